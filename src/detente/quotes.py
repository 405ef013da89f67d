"""Quote stage: direct and indirect speech, with the speaker resolved to an actor.

Direct quotes are found in the text (``quotemarks``) and attributed through the parse: a
speech verb in the quote's own sentence (“…,” X said / said X / X said: “…”), else in the next
short sentence of its paragraph ("X said.") or in the previous one ending with a colon. Scare
quotes around a word or two are not quotes, nor is the name of a work ("Meet the Press"). A
quote with no speaker of its own (a paragraph that is all quote) is the previous speaker's:
the last quoted, or whoever was reported speaking after that ("Roe told VOA. “…”").

Indirect speech: a speech verb with a clausal complement ("X said (that) …", "X warned that …")
or "according to X, …".

Dates: a quote carries the date of the speech when the text gives one ("Speaking on Wednesday,
X said", "X said on Wednesday"); later quotes by the same speaker inherit it (the usual
newswriting convention); otherwise the date is None, never the publication date.

The stage runs before events, which are handed its ``Speech``: an event whose own sentence
gives no date takes the date of its actor's statement ("X said on Monday ... X will send").

Speech acts: every speech verb outside quoted material ("X said", "X insisted", "according
to X") with its speaker resolved as a quote's speaker is (a pronoun takes the previous
speaker). The ledger builds its statements, and finds who announced a round or holds a
position, from these acts: one speaker resolver and one speech-verb list for the whole system.

Public API (keep stable):
    extract_speech(ctx) -> Speech              what the pipeline calls: quotes, speaker dates, acts
    speech_acts(ctx) -> list[SpeechAct]
    extract_quotes(ctx) -> list[Quote]
    speaker_dates(ctx) -> dict[str, DateRef]   speaker name -> date of their statement
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping

from . import docview, knowledge, speaker_codes, speakers, tree
from . import quote_layout as layout
from . import speaker_bodies as bodies
from . import speaker_locals as private
from . import speaker_pronouns as pronouns
from . import quote_scope as scope
from . import speech_subjects as subjects
from .quotemarks import a_title, article_spans
from .dates import date_for
from .ranges import Overlaps
from .records import Actor, DateRef, Evidence, Quote, content_id

_SPEECH = "lexicon/speech.yaml"
#: the one speech-verb list: quotes, speaker dates and the ledger's statements read it
SPEECH_VERBS = knowledge.words(_SPEECH, "speech_verbs")
#: subjects of "indicate", "suggest", "show" that are not anyone speaking
NOT_SPEAKERS = knowledge.words(_SPEECH, "not_speakers")
#: "The ministry said …. It said the move …": verbs whose subject "it" is a body speaking
#: again, not a thing ("it suggests", "it shows")
_IT_SAYS = knowledge.words(_SPEECH, "body_pronoun_verbs")
PRONOUNS = knowledge.words(_SPEECH, "pronouns")
#: "the statement said": a statement already mentioned, of the last named speaker
STATEMENT_NOUNS = knowledge.words(_SPEECH, "statement_nouns")
_SPEAKER_PREPS = knowledge.words(_SPEECH, "speaker_prepositions")
#: verbs that put a name on something ("called it a 'disgrace'"): a short quote below one
#: is the subject's words, as below a speech verb
NAMING_VERBS = knowledge.words(_SPEECH, "naming_predicates")
#: words left in lower case inside the name of a work ("Meet the Press")
TITLE_SMALL_WORDS = knowledge.words(_SPEECH, "title_small_words")
#: how far up the parse a short quote's reporting verb is looked for
_CLIMB = 8
#: dependencies of the name given to something ("called it a 'disgrace'", "deemed 'unfair'")
_PREDICATIVE = frozenset({"oprd", "xcomp", "acomp", "attr", "ccomp"})
#: a quote this short must also end in punctuation and have a speaker ("No," she said)
MIN_WORDS = 4


@dataclass(frozen=True)
class SpeechAct:
    """A speech verb (or "according to") outside quoted material, with its speaker."""

    verb: int  #: token index of the speech verb ("said"), or of "according"
    start: int  #: character offset of that token in the article
    speaker: Actor  #: resolved as a quote's speaker is; a pronoun is the previous speaker
    #: character range of the whole subject phrase ("Russia and Ukraine", "Lavrov, who ..."):
    #: where a reader can ask the actor stage whom it names
    subject: tuple[int, int] = (-1, -1)


@dataclass(frozen=True)
class Speech:
    """The quote stage's output, handed to the event stage and the ledger."""

    quotes: tuple[Quote, ...] = ()  #: direct and indirect quotes, in text order
    #: speaker name (``Actor.name`` or its text) -> date of their first dated statement
    speaker_dates: Mapping[str, DateRef] = field(default_factory=lambda: MappingProxyType({}))
    acts: tuple[SpeechAct, ...] = ()  #: every speech act with its speaker, in text order


def extract_speech(ctx) -> Speech:
    """The article's quotes, the date each speaker spoke and every speech act, computed once."""
    return Speech(tuple(extract_quotes(ctx)), MappingProxyType(dict(speaker_dates(ctx))),
                  tuple(ctx.cache("quotes.acts", lambda: speech_acts(ctx))))


def speech_acts(ctx) -> list[SpeechAct]:
    """Speech verbs with a subject, and "according to X", outside quoted material, in text
    order, each with its speaker; a pronoun speaker ("he said") is the previous act's."""
    out: list[SpeechAct] = []
    for tok, head in _reports(ctx):
        if head is None or tok.lower_ != "according" and _mute(head, tok):
            continue
        speaker = _speaker(ctx, head)
        if speaker is None and out and head.lower_ in PRONOUNS:
            speaker = out[-1].speaker
        if speaker is not None:
            words = ctx.doc[head.left_edge.i:head.right_edge.i + 1]
            out.append(SpeechAct(tok.i, tok.idx, speaker, (words.start_char, words.end_char)))
    return out


def extract_quotes(ctx) -> list[Quote]:
    """Direct and indirect quotes in the article, in text order."""
    doc = ctx.doc
    spans = article_spans(ctx)
    records = [q for q in (_direct(ctx, s, e, spans) for s, e in spans) if q is not None]
    records = layout.run_on(_text(ctx), records)
    # a few words quoted inside reported speech leave the reported speech a quote too
    taken = [(q.evidence.trigger_start, q.evidence.trigger_end) for q in records
             if len(q.text.split()) >= MIN_WORDS]
    # a short quote said on its own (“We are worried,” Roe said) is also the complement of
    # its verb: one quote, not two
    direct = {(q.evidence.trigger_start, q.evidence.trigger_end) for q in records}
    records += [q for q in _indirect(ctx, taken)
                if (q.evidence.trigger_start, q.evidence.trigger_end) not in direct]
    records.sort(key=lambda q: q.evidence.trigger_start or 0)
    named = speaker_codes.settled(ctx, [q.speaker for q in records])
    records = [replace(q, speaker=a) for q, a in zip(records, named)]
    return _fill_speakers_and_dates(ctx, records)


def speaker_dates(ctx) -> dict[str, DateRef]:
    """For each speaker, the date the article gives for their statement (first one found)."""
    return ctx.cache("quotes.speaker_dates", lambda: _speaker_dates(ctx))


def _speaker_dates(ctx) -> dict[str, DateRef]:
    out: dict[str, DateRef] = {}
    for tok, subj in _statements(ctx):
        if subj is None:
            continue
        speaker = _speaker(ctx, subj)
        when = date_for(ctx, tok)
        if speaker is not None and when is not None and when.value is not None:
            out.setdefault(_name(speaker), when)
    return out


# --- direct speech ----------------------------------------------------------------------------
def _direct(ctx, start: int, end: int, spans):
    doc, text = ctx.doc, _text(ctx)
    raw = text[start:end]
    body = raw.strip().rstrip(",").rstrip()
    if not body:
        return None
    words = len(body.split())
    sents = _sents_between(ctx, start, end)
    verb = None
    inside = layout.words_before(text, sents[0].start_char, start)
    if inside and a_title(body, TITLE_SMALL_WORDS) and not re.search(r"[.!?…]$", body):
        return None  # the report "Annual Review of the Sector", the show "Meet the Press"
    if inside and scope.reporters_words(ctx.doc.char_span(start, end, alignment_mode="expand")):
        return None  # "Asked whether the 'deal' was dead, X said": the reporter's words
    if words < MIN_WORDS:
        # scare quotes (so-called “referendum”) unless it is said on its own (“No,” she
        # said) or is the words of someone reported in the sentence ("X called it a
        # 'historic step'", "X said the law was 'unfair'")
        if not re.search(r"[,.!?…]$", raw.strip()) or inside:
            if a_title(body, TITLE_SMALL_WORDS):
                return None  # the book "Night Roads", the game "Red Oracle": a name of a work
            verb = _reporting_verb(ctx, start, end, spans) or layout.attributed_after(
                text, raw, end, _statements_in(ctx, sents[-1]))  # “very unfair,” Roe added
            if verb is None:
                return None
    # a naming verb above a longer quote too: "X described the plan as “a disaster for us”"
    named = inside and not layout.a_name(body, TITLE_SMALL_WORDS)
    verb = verb or _governing_speech_verb(ctx, start, end, spans) or (
        _reporting_verb(ctx, start, end, spans) if named else None) \
        or _nearest_speech_verb(ctx, sents, start, end)
    attribution_sents = list(sents)
    if verb is None:
        following = layout.next_in_paragraph(text, _neighbour(doc, sents[-1], +1))
        if following is not None and len(following) <= 15:
            verb = _nearest_speech_verb(ctx, [following], start, end, require_empty=True)
            if verb is not None:
                attribution_sents.append(following)
    if verb is None:
        preceding = _neighbour(doc, sents[0], -1)
        if preceding is not None and preceding.text.rstrip().endswith(":"):
            verb = _nearest_speech_verb(ctx, [preceding], start, end)
            if verb is not None:
                attribution_sents.insert(0, preceding)
    subj = subjects.reporter(verb) if verb is not None else None
    if subj is None or _mute(subj, verb):
        subj = _according_to(ctx, sents)
    speaker = _speaker(ctx, subj) if subj is not None else None
    if subj is None:
        speaker, dash_sent = layout.dash_speaker(ctx, text, end, sents[-1], _sents_between)
        if dash_sent is not None and dash_sent.start_char >= attribution_sents[-1].end_char:
            attribution_sents.append(dash_sent)
        if speaker is None and not layout.stands_alone(text, sents, start, end):
            return None  # a phrase quoted inside a sentence with no one saying it: a title
    when = date_for(ctx, verb) if verb is not None else None
    lo = start + raw.index(body)  # offsets of the words themselves, without spaces or comma
    return _make(ctx, speaker, body, True, when, attribution_sents, lo, lo + len(body))


def _nearest_speech_verb(ctx, sents, start, end, require_empty=False):
    best = None
    for sent in sents:
        for tok, subj in _statements_in(ctx, sent):
            if require_empty and any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
                continue  # "X said the talks failed" is its own statement, not our attribution
            if subj is None or layout.across_break(_text(ctx), start, end, tok.idx):
                continue  # the parser ran two paragraphs together: the verb is the next one's
            distance = start - tok.idx if tok.idx < start else tok.idx - end
            if best is None or distance < best[0]:
                best = (distance, tok)
    return best[1] if best else None


def _governing_speech_verb(ctx, start, end, spans):
    """The speech verb whose clause holds the quote, when it has a speaker: "X said that while
    Y was testifying, she was “overwhelmed …”" is X's, though "testifying" is nearer."""
    words = ctx.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return None
    for _, tok in tree.steps_up(words.root, _CLIMB):
        if _inside(tok.idx, spans) or not _is_speech_verb(ctx, tok) \
                or layout.across_break(_text(ctx), start, end, tok.idx):
            continue
        # "the book was banned, saying …": a passive clause's subject did not say it
        if _has_speaker(tok, passive=False):
            return tok
    return None


def _reporting_verb(ctx, start, end, spans):
    """The speech or naming verb ("said", "called", "described ... as") above a short quote
    in the parse, if it has a speaker: the quote is that speaker's words."""
    words = ctx.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return None
    tok = words.root
    content = [t for t in words if not t.is_punct]
    label = len(content) == 1 and content[0].pos_ in ("NOUN", "PROPN")
    predicate = False  # met "as" or a complement on the way up: what something is called
    for child, tok in tree.steps_up(tok, _CLIMB):
        predicate = (predicate or child.dep_ in _PREDICATIVE or child.lower_ == "as"
                     or tok.lower_ == "as")
        if _inside(tok.idx, spans):
            continue
        naming = tok.lemma_.lower() in NAMING_VERBS
        if tok.pos_ == "VERB" and (naming or _is_speech_verb(ctx, tok)):
            if not predicate or not naming and label:
                # the "peace plan" was dismissed as unworkable; X said the "referendum" was
                # legal; X added a "protection" chapter: the thing named, not the words said
                return None
            return tok if _has_speaker(tok) else None
    return None


def _has_speaker(verb, *, passive: bool = True) -> bool:
    """Whether a speech or naming verb has someone who speaks: a reporter
    (``speech_subjects.reporter``) that is no word for a thing ("the data suggest"); with
    ``passive`` False, no passive subject either."""
    subj = subjects.reporter(verb)
    return subj is not None and not _mute(subj, verb) and (
        passive or not subjects.heard(subj, verb))


def _mute(subj, verb) -> bool:
    """Whether the subject ``subj`` of ``verb`` is a word for a thing, which speaks to no one
    ("the data suggest", "it shows"); "it" with a verb of saying is a body named before ("The
    ministry said …. It said …", "it" right before the verb)."""
    return subj.lemma_.lower() in NOT_SPEAKERS and not (
        subj.lower_ == "it" and verb.lemma_.lower() in _IT_SAYS and subj.i < verb.i
        and all(t.pos_ in ("ADV", "AUX") for t in subj.doc[subj.i + 1:verb.i]))


def _according_to(ctx, sents):
    for sent in sents:
        for tok, obj in _reports_in(ctx, sent):
            if tok.lower_ == "according" and obj is not None:
                return obj
    return None


# --- indirect speech --------------------------------------------------------------------------
def _indirect(ctx, taken) -> list[Quote]:
    """Reported speech. ``taken``: the direct quotes kept."""
    doc = ctx.doc
    out = []
    covered = Overlaps(taken)  # a scan per speech verb would be quadratic in quotes
    for tok, subj in _reports(ctx):
        if tok.lower_ != "according":
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if clause is None or subj is None or _mute(subj, tok) \
                    or subjects.heard(subj, tok):
                continue  # "X was told that …", "X was asked whether …": X is who heard it
            lo, hi = _own_report(clause, *scope.clause_edges(clause, tok))
            if lo.i < tok.i < hi.i or lo.is_quote:
                continue  # the verb inside its own complement (a parse we cannot trust), or
                # a complement that opens with a quote mark: direct speech, found above
            content = doc[lo.i:hi.i + 1]
            if covered(content.start_char, content.end_char):
                continue  # the direct quote already covers this
            # a paragraph break ends the report, where the parse ran two paragraphs together
            body = re.sub(r"^(?:that|whether)\s+", "", content.text).split("\n", 1)[0]
            body = body.rstrip(" ,.;:")
            if len(body.split()) < 3:
                continue
            when = date_for(ctx, tok)
            start = content.start_char + content.text.find(body)
            out.append(_make(ctx, _speaker(ctx, subj), body, False, when, [tok.sent],
                             start, start + len(body)))
        else:
            q = _according_quote(ctx, tok, covered)
            if q is not None:
                out.append(q)
    return out


def _own_report(clause, lo, hi):
    """(lo, hi) of a report cut before a speech verb the parser conjoined to it that is the
    speaker's own next statement ("… her country's goal is Z, and added she hopes …"; see
    ``speech_subjects.shared_report``): that one is reported on its own."""
    joined = next((c for c in clause.rights if c.dep_ == "conj" and _speech_verb(c)), None)
    if joined is None or not subjects.shared_report(clause):
        return lo, hi
    end = joined.left_edge.i - 1
    while end > lo.i and (clause.doc[end].is_punct or clause.doc[end].dep_ == "cc"):
        end -= 1  # bounded by the report's first word
    return lo, clause.doc[end]


def _according_quote(ctx, tok, covered):
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return None
    sent = tok.sent
    phrase_lo, phrase_hi = tok.i, tok.right_edge.i
    before = ctx.doc[sent.start:phrase_lo]
    after = ctx.doc[phrase_hi + 1:sent.end]
    body_span = before if len(before) >= len(after) else after
    body = body_span.text.strip(" ,.;:")
    if len(body.split()) < 3 or covered(body_span.start_char, body_span.end_char):
        return None
    start = body_span.start_char + body_span.text.find(body)
    return _make(ctx, _speaker(ctx, obj), body, False, None, [sent], start, start + len(body))


# --- shared helpers ---------------------------------------------------------------------------
def _reports(ctx) -> tuple:
    """(token, who) for every speech verb and every "according" outside quoted material, in
    text order: the verb's subject (``speech_subjects.subject``), the object of "according
    to"; None where there is none. Five readers walk these, so the article is read once."""
    def build():
        spans = article_spans(ctx)
        out = []
        for tok in docview.tokens(ctx.doc):
            if tok.lower_ == "according":
                found = (tok, subjects.according_object(tok))
            elif _speech_verb(tok):
                found = (tok, subjects.subject(tok))
            else:
                continue
            if not _inside(tok.idx, spans):
                out.append(found)
        return tuple(out)
    return ctx.cache("quotes.reports", build)


def _statements(ctx) -> tuple:
    """``_reports`` without "according": (speech verb, its subject or None)."""
    return ctx.cache("quotes.statements", lambda: tuple(
        r for r in _reports(ctx) if r[0].lower_ != "according"))


def _reports_in(ctx, sent) -> tuple:
    """The ``_reports`` in one sentence, found by bisection."""
    starts = ctx.cache("quotes.report_starts", lambda: [r[0].i for r in _reports(ctx)])
    found = _reports(ctx)
    return found[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]


def _statements_in(ctx, sent):
    return [r for r in _reports_in(ctx, sent) if r[0].lower_ != "according"]


def _is_speech_verb(ctx, tok) -> bool:
    """A speech verb outside quoted material (of ``_statements``)."""
    return tok.i in ctx.cache("quotes.statement_verbs", lambda: frozenset(
        r[0].i for r in _statements(ctx)))


def _speech_verb(tok) -> bool:
    if tok.lemma_.lower() not in SPEECH_VERBS and not subjects.reads_out(tok) \
            or tok.pos_ not in ("VERB", "AUX") and not tree.to_infinitive(tok):
        return False
    if tok.lemma_.lower() == "point" and not any(c.lower_ == "out" for c in tok.children):
        return False
    return not any(c.dep_ == "neg" for c in tok.children)


def _speaker(ctx, head) -> Actor | None:
    """The actor a subject noun phrase names; an unresolved phrase keeps its text. Kept per
    head word: speech acts, speaker dates and quotes each ask for the same subjects."""
    known = ctx.cache("quotes.speaker_of", dict)
    if head.i not in known:
        known[head.i] = _resolve_speaker(ctx, head)
    return known[head.i]


def _resolve_speaker(ctx, head) -> Actor | None:
    if head.lower_ == "it":  # "The ministry said …. It said …" (``_mute``): that body again
        return _body_again(ctx, head)
    head = subjects.issuer(head)  # "a statement posted by the agency": the agency
    if _statement_before(head):
        said = _last_named(ctx, head.idx)
        if said is not None:
            words = ctx.doc[head.left_edge.i:head.i + 1]
            return replace(said[1], text=words.text, start=words.start_char,
                           end=words.end_char)
    found = _phrase_speaker(ctx, head)
    if speakers.describes_person(head):
        found = speakers.by_description(ctx, found, head, _last_named(ctx, head.idx))
    return found


def _body_again(ctx, head) -> Actor | None:
    """Whom "it" names as speaker: the body coreference finds, when that was the subject of
    its clause (not "in Vienna, Austria"), else the last body named as speaking."""
    found = pronouns.antecedent(ctx, head)
    if found is not None and not speakers.is_person(ctx, found):
        span = ctx.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return found
    said = _last_named(ctx, head.idx)
    return said[1] if said is not None and not speakers.is_person(ctx, said[1]) else None


def _statement_before(head) -> bool:
    """"The army said in a statement …. The statement said …": a statement named with
    "the" and no issuer of its own is the one the last named speaker made."""
    return head.lemma_.lower() in STATEMENT_NOUNS and head.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _phrase_speaker(ctx, head) -> Actor | None:
    doc = head.doc
    # "Jane Roe, the envoy," and "KABUL — envoy Jane Roe": the apposition is the speaker too
    appos = [c.right_edge.i for c in head.rights if c.dep_ == "appos"]
    appos += subjects.named_in_title(head)
    compact = doc[head.left_edge.i:max([head.i] + appos) + 1]
    spans = [compact]
    # "a spokesman for the Kremlin": the actor is in the prepositional phrase. Not clauses:
    # "the fact that Indonesia's results..." does not make Indonesia the speaker.
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _SPEAKER_PREPS), None)
    if prep is not None:
        spans.append(doc[head.left_edge.i:prep.right_edge.i + 1])
    for n, span in enumerate(spans):
        found = speakers.pick(ctx, ctx.actors.resolve(span), head, within=n == 0)
        if n == 0 and (found is None or found.code is None) and head.pos_ == "NOUN":
            found = bodies.aide(ctx, head, found) or found
        if found is not None and n + 1 < len(spans) and head.pos_ == "NOUN" \
                and bodies.unplaced(ctx, found) and not speakers.is_person(ctx, found):
            found = bodies.for_body(ctx, found, spans[n + 1], head) or found
        if found is not None:
            return speakers.described(ctx, speakers.by_title(ctx, found, head))
    if head.lower_ in PRONOUNS:
        return _pronoun_speaker(ctx, head)
    return private.unlisted(ctx, head, spans)


def _pronoun_speaker(ctx, head) -> Actor | None:
    """Whom a pronoun subject ("he said") names (``speaker_pronouns``): the antecedent, unless
    a person's pronoun follows a person's statement made after that mention ("Lee will
    testify, Roe said. “…,” she said."): newswriting's "she" is the last person reported
    speaking, not the last person named. None hands the quote or act the previous speaker
    (``_fill_speakers_and_dates``, ``speech_acts``)."""
    found = pronouns.antecedent(ctx, head)
    if found is not None and head.lower_ in pronouns.PERSON_PRONOUNS:
        resolve = lambda subj: _speaker(ctx, subj)  # noqa: E731
        said = pronouns.last_speaking(
            head, pronouns.person_statements(ctx, _statements(ctx), resolve), resolve, found)
        if said is not None:
            return said[1]
    return _held_title(ctx, found) if found is not None else None


def _held_title(ctx, found: Actor) -> Actor:
    """The antecedent of a pronoun as its own subject phrase resolves: "The top diplomat said
    …. “…,” he said." is whoever "the top diplomat" is (``by_title``, ``by_description``), not
    the country the actor stage read in the title."""
    span = None
    if found.role and found.start >= 0 and not speakers.is_person(ctx, found):
        span = ctx.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is not None and span.root.pos_ == "NOUN":
        held = _speaker(ctx, span.root)
        if held is not None and speakers.names_person(ctx, held):
            return held
    return speakers.described(ctx, found)


def _last_named(ctx, at: int):
    """(subject offset, speaker) of the last statement before ``at`` (and not further than
    ``speaker_pronouns.REACH``) whose subject is not a pronoun: "Roe said", "said Roe"."""
    starts, named = ctx.cache("quotes.named_speakers", lambda: _named_statements(ctx))
    k = bisect.bisect_left(starts, at) - 1
    if k < 0 or at - starts[k] > pronouns.REACH:
        return None
    return named[k]


def _named_statements(ctx) -> tuple[list[int], list[tuple[int, Actor]]]:
    found: list[tuple[int, Actor]] = []
    for tok, subj in _statements(ctx):
        if subj is None or subj.lower_ in PRONOUNS or subj.lemma_.lower() in NOT_SPEAKERS:
            continue
        issuer = subjects.issuer(subj)  # what _resolve_speaker reads: never ask it for a
        # subject it would resolve from this very list (the list is being built)
        if speakers.describes_person(issuer) or _statement_before(issuer) \
                or speakers.describes_person(subj) or _statement_before(subj):
            continue  # "the official said" names no one itself (and is resolved from these)
        speaker = _speaker(ctx, subj)
        if speaker is not None:
            found.append((max(tok.idx, subj.idx), speaker))
    found.sort(key=lambda x: x[0])
    return [f[0] for f in found], found


def _make(ctx, speaker, body, direct, when, sents, start, end) -> Quote:
    doc = ctx.doc
    s, e = min(x.start_char for x in sents), max(x.end_char for x in sents)
    ev = Evidence(_text(ctx)[s:e], s, e, body, start, end)
    value = when.value if when is not None else None
    precision = when.precision if when is not None and value else None
    return Quote(id=content_id(ctx.article.id, "quote", start, end, direct),
                 article_id=ctx.article.id, speaker=speaker, text=body, direct=direct,
                 date=value, evidence=ev, date_precision=precision)


def _fill_speakers_and_dates(ctx, quotes: list[Quote]) -> list[Quote]:
    """Quotes with no speaker of their own (a pronoun not resolved, a paragraph that is all
    quote) take the previous speaker: the last quoted, or the speaker of a statement made
    after that quote's sentence ("Roe told VOA. “…”"). Undated quotes take the speaker's
    date."""
    dates = {k: v for k, v in speaker_dates(ctx).items()}
    acts = ctx.cache("quotes.acts", lambda: speech_acts(ctx))
    starts = [a.start for a in acts]
    out, last, last_end = [], None, -1
    for q in quotes:
        if q.speaker is None:
            k = bisect.bisect_left(starts, q.evidence.trigger_start or 0) - 1
            if k >= 0 and starts[k] >= last_end:
                q = replace(q, speaker=acts[k].speaker)
            elif last is not None:
                q = replace(q, speaker=last)
        if q.speaker is not None:
            last, last_end = q.speaker, q.evidence.end
            key = _name(q.speaker)
            known = dates.get(key) or _same_surname(key, dates)
            if q.date is None and known is not None:
                q = replace(q, date=known.value, date_precision=known.precision)
            elif q.date is not None:
                dates.setdefault(key, DateRef(q.text, 0, 0, "point", q.date, q.date_precision))
        out.append(q)
    return out


def _same_surname(key: str, dates: dict[str, DateRef]) -> DateRef | None:
    """"Lavrov" and "Foreign Minister Sergei Lavrov" are one speaker when actors left both
    unnamed; matched on the last word, and only if that picks out a single speaker."""
    last = key.split()[-1].lower() if key.split() else ""
    hits = [v for k, v in dates.items() if k.split() and k.split()[-1].lower() == last]
    return hits[0] if len(hits) == 1 else None


def _name(actor: Actor) -> str:
    return actor.name or actor.text


def _inside(idx: int, spans) -> bool:
    """Whether ``idx`` lies in one of ``spans`` (sorted, non-overlapping, as quote_spans
    gives them): a binary search, since it is asked for every token of every article."""
    i = bisect.bisect_right(spans, (idx, math.inf)) - 1
    return i >= 0 and spans[i][0] <= idx < spans[i][1]


def _parsed(ctx) -> tuple:
    """The article's text, sentences and sentence ends, kept in its cache: Doc.text and
    Doc.sents are rebuilt from the tokens on every access, which made this stage quadratic in
    article length."""
    def build():
        sents = ctx.sentences()
        return ctx.text(), sents, [s.end_char for s in sents]
    return ctx.cache("quotes.parsed", build)


def _text(ctx) -> str:
    return _parsed(ctx)[0]


def _sents_between(ctx, start, end):
    doc = ctx.doc
    _, sents, ends = _parsed(ctx)
    i = bisect.bisect_right(ends, start)
    out = []
    while i < len(sents) and sents[i].start_char < end:
        out.append(sents[i])
        i += 1
    return out or [doc.char_span(start, end, alignment_mode="expand").sent]


def _neighbour(doc, sent, step):
    i = sent.end if step > 0 else sent.start - 1
    if i < 0 or i >= len(doc):
        return None
    return doc[i].sent
