"""Blame inside a direct quote whose sentence has no reporting verb of its own: '"Russia
has violated the ceasefire again. Its forces shelled our cities overnight," he said.' The
first sentence is the speaker's charge as much as "X said Russia violated the ceasefire",
but no verb of its own reports it; the quote stage knows whose words these are.

``quoted_blame`` reads such a sentence (one with a quotation mark and no reporting verb) as
a reported clause would be read (``criticism.condemned_act``, and "X is the aggressor") and
adds a candidate on the blamed party; ``voice_quoted`` then gives each such draft the coded
speaker of the direct quote that holds it, and drops it when the words are no coded
speaker's (the narrator's own sentence, an unnamed witness, the party blaming itself).
"""

from __future__ import annotations

import itertools

from .. import docview
from . import blame, criticism
from .lexicon import PARTY_ENTS, Lexicon, events_words
from .triggers import Candidate, lem

#: The key of a quoted charge's candidate, read by ``voice_quoted``.
QUOTED = "quoted charge"
#: The key of a harsh feeling voiced by a pronoun ("he was highly critical of X"): kept only
#: when the pronoun resolves to a coded party (an analyst's criticism is no party's).
PRONOUN_FEELING = "felt by a pronoun"
#: Characters that open or close a direct quote.
QUOTE_MARKS = frozenset('"\u201c\u201d')
#: "we", "us": the speaker's own side (data/lexicon/events.yaml)
_FIRST_PERSON = events_words("first_person")
#: The key of a charge attributed by "according to X", read by ``voice_quoted``.
ACCORDING = "according charge"
#: How many sentences a quote may run before or after the one read.
REACH = 3


def quoted_blame(lex: Lexicon, sent, by_token: dict) -> None:
    """Add a candidate for the first named party the sentence blames, when the sentence is
    inside a direct quote and has no reporting verb of its own. Its predicate is the verb
    of the quote's attribution in a later sentence ('," he said'), whose subject speaks."""
    toks = list(itertools.islice(sent, blame.MAX_TOKENS))
    if any(lem(t) in lex.reporting and t.pos_ == "VERB" for t in toks) \
            or not _inside_quote(sent):
        return
    said = None
    for root in [t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]:
        hit = criticism.condemned_act(lex, root) or _judged_subject(lex, root)
        if hit is None or hit[1].pos_ == "PRON" or hit[1].i in by_token:
            continue
        said = said or _attribution(lex, sent)
        if said is None:
            return
        word, party = hit
        by_token[party.i] = Candidate(party, "ACCUSE", "disapprove", False, "obligation",
                                      words=[word], key=QUOTED, predicate=said, anchor=party)
        return


def according_blame(lex: Lexicon, sent, by_token: dict) -> None:
    """'Russian forces violated the truce overnight, according to Ukraine's military': the
    source named by "according to" blames the party its clause says did a wrong. The
    candidate sits on the source. The role reader takes an obligation's actor from its
    predicate's subject and its recipient from its anchor, so the clause's verb gives the
    blamed party and the anchor the source; ``voice_quoted`` turns the two around."""
    for tok in itertools.islice(sent, blame.MAX_TOKENS):
        if tok.lower_ != "according" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        source = next((g for g in to.children if g.dep_ == "pobj"), None) \
            if to is not None else None
        if source is None or source.i in by_token or not (blame.named(lex, source) or any(
                c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in PARTY_ENTS
                for c in source.children)):
            continue  # "according to Ukraine's military", not "according to the report"
        hit = criticism.condemned_act(lex, tok.head)
        if hit is None or hit[1].pos_ == "PRON" or hit[1].i == source.i:
            continue
        if blame.subject(tok.head) is None or blame.subject(tok.head).i != hit[1].i:
            continue  # the blamed party must be the clause's subject (see above)
        by_token[source.i] = Candidate(source, "ACCUSE", "allege", False, "obligation",
                                       words=[hit[0]], key=ACCORDING, predicate=tok.head,
                                       anchor=source)
        return


def _inside_quote(sent) -> bool:
    """Whether the sentence opens a direct quote or continues one an earlier sentence (at
    most REACH back) opened and did not close."""
    if sent[0].text in QUOTE_MARKS:
        return True
    marks = 0
    for cur in docview.sentences_before(sent, REACH):
        marks += sum(1 for t in cur if t.text in QUOTE_MARKS)
        if cur[0].text in QUOTE_MARKS:
            return marks % 2 == 1
    return False


def _attribution(lex: Lexicon, sent):
    """The reporting verb that closes the quote ('," he said'), in this sentence or one of
    the next REACH, with a subject; else None."""
    doc, cur = sent.doc, sent
    for _ in range(REACH + 1):
        closed = False
        for tok in itertools.islice(cur, blame.MAX_TOKENS):
            if tok.text in QUOTE_MARKS and tok.i > sent.start:
                closed = True
            elif closed and lem(tok) in lex.reporting and tok.pos_ == "VERB" \
                    and blame.subject(tok) is not None:
                return tok
        if closed or cur.end >= len(doc):
            return None  # the quote closed with no attribution after it
        cur = doc[cur.end].sent
    return None


def _judged_subject(lex: Lexicon, root) -> tuple | None:
    """'Russia is the aggressor': a named subject judged by its copula's predicate."""
    if lem(root) != "be" or blame.unasserted(root):
        return None
    subj = blame.subject(root)
    if subj is None or not blame.named(lex, subj):
        return None
    pred = next((c for c in root.children if c.dep_ in ("attr", "acomp")
                 and criticism.judged(lex, c)), None)
    return (pred, subj) if pred is not None else None


def voice_quoted(kept: list, quotes) -> list:
    """Quoted charges (and feelings voiced by a pronoun) whose speaker has no country, or is
    the party blamed, are left out; a quoted charge whose attribution names no country takes
    the coded speaker the quote stage found."""
    out = []
    for d in kept:
        if d.cand.key == ACCORDING:
            d.actor, d.recipient = d.recipient, d.actor  # read the other way round
        if d.cand.key == QUOTED and not any(a.code for a in d.actor):
            said = quote_speaker(d.cand.head.idx, quotes)
            d.actor = (said,) if said is not None else d.actor
        blamed = {r.code for r in d.recipient if r.code}
        if d.cand.key in (QUOTED, PRONOUN_FEELING, ACCORDING) and (
                not any(a.code for a in d.actor) or not blamed
                or {a.code for a in d.actor} & blamed):
            continue
        out.append(d)
    return out


def quote_speaker(offset: int, quotes):
    """The coded speaker of the direct quote whose words hold ``offset``, else None."""
    for q in quotes:
        start, end = q.evidence.trigger_start, q.evidence.trigger_end
        if q.direct and q.speaker is not None and q.speaker.code and start is not None \
                and end is not None and start <= offset < end:
            return q.speaker
    return None


def first_person_recipient(tokens, recipient: tuple, quotes) -> tuple:
    """"It is not the first time Khartoum has accused us": a first-person pronoun on the
    receiving end of an act in a direct quote is the quote's coded speaker (their side);
    ``recipient`` unchanged when it names a coded party or no such pronoun is there."""
    if any(r.code for r in recipient) or not tokens or not all(
            t.pos_ == "PRON" and t.lower_ in _FIRST_PERSON for t in tokens):
        return recipient
    said = quote_speaker(tokens[0].idx, quotes)
    return (said,) if said is not None else recipient
