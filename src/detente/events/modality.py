"""Modality and hedging of an event: asserted, future, hypothetical, negated or historical.

Cue words live in ``data/triggers.yaml`` (``modality``); this module only decides *where* to
look. The scope of an event is its trigger words, their function-word children (auxiliaries,
negation, markers, adverbs, determiners and adjectives of an event noun) and the clauses that
govern it through complement links ("is expected to be announced", "failed to reach",
"unclear whether Kyiv would agree"). Relative clauses and reporting verbs end the climb: what
they govern is presupposed or the speaker's claim, not the event's modality.

When several cues apply, the strongest wins: negated > hypothetical > future > historical.
"""

from __future__ import annotations

import datetime as dt

from .. import knowledge, tree
from ..ranges import Cache, uncached
from ..records import last_day
from . import adjuncts, coordination
from . import irrealis
from .background import framed_as_past, later_dates, span_starts
from .lexicon import COPULAS, category_set, events_words

#: Dependencies along which a governing clause passes its modality down.
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "conj", "pcomp", "pobj", "prep", "dobj", "nsubj",
                        "nsubjpass", "attr", "oprd", "appos", "acl", "advcl", "csubj",
                        "npadvmod"})
#: Children that carry modality words for the token they hang on.
FUNCTION_DEPS = frozenset({"aux", "auxpass", "neg", "mark", "advmod", "det", "amod",
                           "npadvmod", "acomp", "prep", "predet", "nummod", "quantmod"})
ORDER = ("negated", "hypothetical", "future", "historical", "asserted")
#: Modals that keep an event hypothetical when it is also future ("could meet", not "would").
OPEN_MODALS = events_words("open_modals")


def _copula_open(cand, m) -> bool:
    """A predicative adjective whose copula carries a modal of possibility or a mark of
    condition: "the junta may be ready to bargain", "could be open to new offers", "if they
    are willing to talk". The parser hangs the modal on the copula, which the adjective's
    own words do not reach ("would be", "will be" stay a stance reported ahead)."""
    adj = cand.head
    if cand.kind != "verb" or adj.pos_ != "ADJ" or adj.dep_ != "acomp":
        return False
    return any((c.dep_ == "aux" and c.lower_ in OPEN_MODALS)
               or (c.dep_ == "mark" and c.lower_ in m["hypothetical_marks"])
               for c in adj.head.children)


#: "no country", "neither side": determiners that make a subject nobody
NEGATIVE_DETERMINERS = events_words("negative_subject_determiners")
#: Negators that count only next to the event ("no talks"), not in a governing clause.
NEAR_ONLY_NEGATORS = events_words("near_only_negators")
#: Categories whose light verb of intent is the act itself: "sought talks" asks for talks now
#: (while "planned talks", "scheduled a rally" lie ahead).
ASKED_NOW = category_set("intent_verb_is_the_act", "lexicon/events.yaml")
#: adverbs that tell an act as background ("had previously rejected"; data/lexicon/time.yaml)
BACKGROUND_ADVERBS = knowledge.words("lexicon/time.yaml", "background_adverbs")


def _planned(cand, own, m) -> bool:
    """A light verb of intent that puts its event ahead ("planned talks"); "sought talks" is
    a request made now."""
    noun = cand.anchor or cand.noun
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == adjuncts.STANCE_PREP \
            and noun.lemma_.lower() in adjuncts.STANCES:
        return False  # "set themselves on fire in protest": an act told with its stance
    return cand.kind == "light" and cand.event not in ASKED_NOW \
        and bool({t.lemma_.lower() for t in own} & m["future_verbs"])


#: words after "not" that make it additive: "not only X but also Y" negates neither
ADDITIVE_AFTER_NOT = knowledge.words("lexicon/cautions.yaml", "additive_after_not")


def _words(tok) -> tuple[str, str]:
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("DATE", "TIME"):
        return "", ""  # a month's name is no modal: "held since May"
    if tok.lower_ == "not" and tok.i + 1 < len(tok.doc) and \
            tok.doc[tok.i + 1].lower_ in ADDITIVE_AFTER_NOT:
        return "", ""
    return tok.lemma_.lower(), tok.lower_


def scope(cand, reporting: frozenset[str]) -> tuple[list, list]:
    """(own tokens, governing tokens) whose words decide the modality of a candidate."""
    if cand.kind == "obligation":  # "said X must ...": the saying is what is asserted
        own = [cand.predicate]
        return own, _climb(cand.predicate, reporting)
    own = [t for t in cand.words if t is not None]
    noun = cand.anchor or cand.noun
    if cand.kind == "noun" and noun is not None and noun.dep_ == "pobj" \
            and noun.head.lower_ in CONCESSIVE_PREPS | FRAME_PREPS:
        # "didn't arm them, despite X's accusations": made, whatever is denied; "may offer a
        # deal during the talks": the talks are held, whatever is offered
        return own, []
    for extra in (cand.anchor, cand.predicate):
        if extra is not None and extra not in own:
            own.append(extra)
    return own, _climb(irrealis.start_of(cand), reporting)


def _climb(cur, reporting: frozenset[str]) -> list:
    governing = []
    real = coordination.partner(cur)
    if real.i != cur.head.i:
        # "said the talks would resume and called on X": the call is the saying's partner
        governing.append(real)
        if real.lemma_.lower() in reporting:
            return governing
        cur = real
    for child, head in tree.steps_up(cur, limit=6):
        if child.dep_ not in CLIMB_DEPS or (child.dep_ == "conj" and tree.subject(child)):
            break  # "did not reply, but they have denied it": a clause of its own
        if _told_aside(child, head) or _instead(child) or _remarked_on(child, head):
            break
        governing.append(head)
        if head.lemma_.lower() in reporting and child.dep_ in ("ccomp", "conj", "advcl"):
            break  # "claimed that": hedging only
    return governing


#: adverbs that set a clause against the one it hangs on ("instead accusing X")
CONTRAST_ADVERBS = knowledge.words("lexicon/cautions.yaml", "contrast_adverbs")
#: prepositions of an absolute clause: "could accelerate, with X warning that ..."
ABSOLUTE_PREPS = knowledge.words("lexicon/cautions.yaml", "absolute_preps")
#: subordinators of a past clause of time or cause, which tells a fact of its own
FACT_MARKS = knowledge.words("lexicon/cautions.yaml", "fact_clause_marks")
#: prepositions that concede their object as given ("despite X's accusations")
CONCESSIVE_PREPS = knowledge.words("lexicon/cautions.yaml", "concessive_preps")
#: prepositions of a frame of time, whose event noun happens whatever its clause does
FRAME_PREPS = knowledge.words("lexicon/cautions.yaml", "frame_preps")


def _instead(child) -> bool:
    """"denied the claims, instead accusing Burundi": a clause set against the one it hangs
    on keeps its own modality."""
    return child.dep_ in ("advcl", "conj") and any(
        c.dep_ == "advmod" and c.lower_ in CONTRAST_ADVERBS for c in child.children)


def _remarked_on(child, head) -> bool:
    """"X accused Y of shelling the town, a charge Y denied": the parser hangs the clause
    on the remark set after it, whose object stands first, before its own subject ("a
    charge Y denied", "a move Z welcomed"). The remark is about the clause, which keeps
    its own modality."""
    if child.i > head.i or child.dep_ not in ("ccomp", "conj"):
        return False
    subject = tree.subject(head)
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or not child.i < obj.i < subject.i < head.i:
        return False
    first = obj.left_edge.i
    return first > 0 and head.doc[first - 1].text == "," and \
        child.right_edge.i < first


def _told_aside(child, head) -> bool:
    """An absolute clause with its own subject keeps its own modality: "the slide could
    accelerate, with the minister warning that ...": the warning was made. So does a clause
    of time or cause in the past tense with its own subject: "ties collapsed after troops
    stormed a ship": the storming happened, whatever became of the ties."""
    if child.dep_ == "prep" and child.lower_ in CONCESSIVE_PREPS:
        return True  # "denied it, despite Burundi's accusations": the accusations were made
    if child.dep_ == "advcl" and child.tag_ == "VBD" and tree.subject(child) is not None:
        return any(c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in child.children)
    return child.dep_ == "pcomp" and head.lower_ in ABSOLUTE_PREPS and \
        tree.subject(child) is not None


def _children(tokens, deps=FUNCTION_DEPS):
    out = []
    for t in tokens:
        out.append(t)
        for c in t.children:
            if c.dep_ in deps:
                out.append(c)
                if c.dep_ in ("prep", "npadvmod", "advmod"):
                    out.extend(c.children)
    return out


def detect(cand, lex, sent, event_date: str | None = None,
           published: dt.date | None = None, *, cache: Cache = uncached) -> tuple[str, bool]:
    """(modality, hedged) for one candidate in its sentence."""
    m = lex.modality
    own, governing = scope(cand, lex.reporting)
    near = _children(own)
    up = _children(governing, deps=frozenset({"aux", "auxpass", "neg", "mark", "advmod",
                                              "acomp"}))
    found: set[str] = set()

    words_near = {w for t in near for w in _words(t)}
    words_up = {w for t in up for w in _words(t)}
    gov_lemmas = {t.lemma_.lower() for t in governing}

    # Negation: "not", "never", "no talks", "without an agreement", "failed to", "yet to".
    anchor = cand.anchor or cand.noun
    if _negated(cand, m, (words_near, words_up, gov_lemmas - _sisters(cand)), up + near):
        found.add("negated")

    # Hypothetical: modal auxiliaries, "if/whether/unless", "possible", "potential".
    if (words_near | words_up) & (m["hypothetical_aux"] | m["hypothetical_marks"]) \
            or _copula_open(cand, m):  # "may be ready to bargain", "if they are willing"
        found.add("hypothetical")
    if words_near & m["hypothetical_words"] or gov_lemmas & m["hypothetical_words"] \
            or irrealis.judged_needful(cand.head, COPULAS):  # "crucial for X to meet"
        found.add("hypothetical")

    if _ahead(cand, m, (own, governing), words_near, words_up):
        found.add("future")

    marked = bool(words_near & m["hypothetical_marks"] or words_up & m["hypothetical_marks"])
    if gov_lemmas & m.get("attempt_words", frozenset()) and \
            not lex.is_material_conflict(cand.event):
        # "seeking to finalize a deal", "trying to cooperate with everybody": aimed at, not
        # done; an act of force tried ("tried to retake the town by force") was made
        found.add("hypothetical")
        marked = True
    if "hypothetical" in found and "future" in found and not marked \
            and not (words_near | words_up) & OPEN_MODALS:
        found.discard("hypothetical")  # "would" in reported future: "said it would meet"
    construed = irrealis.unrealized(cand, own, governing, m,
                                    lex.quad(cand.event).startswith("material"))
    if construed is not None:
        found.add(construed)
        marked = marked or construed == "hypothetical"
    if marked and "negated" in found and not cand.negated:
        # "if the deal cannot be implemented": a condition, neither done nor refused
        found.discard("negated")

    # Historical: old dates, "previous talks", "years ago".
    if words_near & m["historical_words"] and anchor is not None and any(
            c.dep_ == "amod" and c.lower_ in m["historical_words"] for c in anchor.children):
        found.add("historical")
    if gov_lemmas & m.get("historical_nouns", frozenset()):
        found.add("historical")
    if _background(own) or _record_of_former(cand.head, m.get("former_titles", frozenset())):
        found.add("historical")
    if event_date and published:
        d = _parse(event_date)
        if d is not None:
            if is_history(event_date, published):
                found.add("historical")
            elif d > published and "historical" not in found:
                found.add("future")

    modality = next((o for o in ORDER if o in found), "asserted")
    hedged = bool((words_near | words_up | gov_lemmas) & m["hedges"]) or _sentence_hedge(
        sent, m["hedges"], cache)
    return modality, hedged


#: a decade or a century named by its number ("the 1990s", "the 19th century")
_PAST_PERIOD = knowledge.pattern("lexicon/time.yaml", "past_period")
#: how many days before publication an act is told as history, not news
HISTORY_DAYS = 365
#: an act of an earlier year is history unless it ended within this many days of publication
#: ("on December 30" in a story of January 4 is last week's news)
RECENT_DAYS = 30
#: an act dated to a month or a day more than a season before publication is background too
#: ("cut ties with X in June" in a September story, "launched on February 24" in December)
SEASON_DAYS = 90


def _ahead(cand, m, scopes: tuple, words_near: set, words_up: set) -> bool:
    """Future: "will", "is expected to", "plans to", "upcoming", "next week", "planned talks".
    ``scopes``: the candidate's own tokens and the clauses that govern it."""
    own, governing = scopes
    if words_near & m["future_aux"] or words_up & m["future_aux"]:
        return True
    if {t.lemma_.lower() for t in governing if not _done_act(t)} & m["future_verbs"] \
            or _going_to(governing) & m["future_verbs"]:
        return True
    # "next", "later" are relative: with a past-tense trigger they narrate ("months later,
    # the North invaded"), they do not announce.
    # a noun trigger narrates in its verb's tense ("days later, a blast killed 11")
    told = cand.head if tree.is_verb(cand.head) or not tree.is_verb(cand.head.head) \
        else cand.head.head
    if words_near & m["future_words"] and not told_in_past(told):
        return True
    return _planned(cand, own, m)  # "planned talks", "scheduled a meeting"


def _done_act(tok) -> bool:
    """A past-tense verb with an object of its own is an act done, not an intent that looks
    ahead: "set fire to tyres and blocked roads" ("set" as in "set to meet" it is not); an
    object that is to do what the infinitive says ("invited the minister to visit") is not."""
    return tok.tag_ == "VBD" and any(c.dep_ == "dobj" for c in tok.children) \
        and not any(c.dep_ == "xcomp" and tree.to_infinitive(c) for c in tok.children)


def is_history(value: str, published: dt.date) -> bool:
    """Whether an act dated ``value`` (ISO, at any precision) is history at publication: it
    began over a year before, or lies wholly in an earlier year and over a month back (an
    act of last December in a March story is background, as PLOVER coders tell it)."""
    start = _parse(value)
    if start is None:
        return False
    if (published - start).days > HISTORY_DAYS:
        return True
    end = last_day(value)
    return end.year < published.year and (published - end).days > RECENT_DAYS


def date_aged(drafts, published: dt.date | None, ctx=None) -> None:
    """An act told as done whose date, found after its modality was read (from a clause or an
    event it is part of, a speaker's statement, the scene), is history (``is_history``) is
    historical, as one dated by its own words is: "In 2019, two reporters
    were detained for filming the arrest of a lawmaker" (the filming dated by the arrest).
    So is an undated act told as coming before a clause of history ("spent years in prison
    before a court in 2019 freed him") or over a span that began over a year back ("has made
    several trips since he took office in 2022"; events/background.py)."""
    if published is None:
        return
    for d in drafts:
        ref = d.date
        if d.modality == "asserted" and ref is None and ctx is not None and (any(
                is_history(r.value, published) for r in later_dates(ctx, d.cand.head)) or any(
                _long_ago(r.value, published) for r in span_starts(ctx, d.cand.head))):
            d.modality = "historical"
        if d.modality != "asserted" or ref is None:
            continue
        if not ref.value:
            # "in the 1990s": no calendar date, history once the decade is over
            end = _period_end(ref.text or "")
            if end is not None and published.year - end > 1:
                d.modality = "historical"
            continue
        if ref.kind == "point" and (is_history(ref.value, published)
                                    or _season_back(ref.value, published)):
            d.modality = "historical"


def _season_back(value: str, published: dt.date) -> bool:
    """An act done on a day or in a month that began over a season (``SEASON_DAYS``) before
    publication: background, as coders tell it ("cut ties with X in June" in a September
    story). A year alone ("earlier this year") is too coarse to tell; a span's start ("held
    since January") runs through the news and is not read here."""
    start = _parse(value)
    return start is not None and len(value) >= 7 and (published - start).days > SEASON_DAYS


def _long_ago(value: str, published: dt.date) -> bool:
    """A span that began over a year before publication: its acts are a record of years
    ("since 2022"); one that began months ago ("since last August") runs through the news."""
    start = _parse(value)
    return start is not None and (published - start).days > HISTORY_DAYS


def _period_end(text: str) -> int | None:
    """The last year of the latest decade or century ``text`` names, else None."""
    ends = [int(m["decade"]) + 9 if m["decade"] else int(m["century"]) * 100
            for m in _PAST_PERIOD.finditer(text)]
    return max(ends) if ends else None


def told_in_past(verb) -> bool:
    """A verb told in the past: "approved", or a participle on a past auxiliary ("was
    approved a few hours later", "had signed"); a bare participle joined to one shares its
    tense ("was arrested and later released")."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _record_of_former(verb, former: frozenset[str]) -> bool:
    """An act told in the past in a relative clause on a doer named by a former post: "X, a
    former official who had negotiated with Y", "Former envoy X, who led the talks"."""
    if verb.dep_ != "relcl" or not told_in_past(verb):
        return False
    holder = verb.head
    names = [holder, *(c for c in holder.children if c.dep_ in ("compound", "appos"))]
    if holder.dep_ == "appos":
        names.append(holder.head)
    return any(c.dep_ == "amod" and c.lower_.strip("-") in former
               for n in names for c in n.children)


def _background(own) -> bool:
    """An act told as done before the story ("has previously called", "have boarded boats
    before"): a background adverb on a verb of the trigger, not in the present tense; or a
    frame of earlier occasions ("In the past, X has threatened"; events/background.py)."""
    if framed_as_past(own):
        return True
    for t in own:
        if not tree.is_verb(t) or t.tag_ in ("VBZ", "VBP"):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS and not any(
                True for _ in c.children) for c in t.children):
            return True
    return False


def _going_to(governing) -> set[str]:
    """Forms of governing verbs right before "to": "going to revoke" is future by its form
    ("going" has the lemma "go"), "going all out to" is not."""
    return {t.lower_ for t in governing
            if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"}


def _negated(cand, m, words: tuple, scope_tokens: list) -> bool:
    """Whether the event is negated; ``words``: (near words, governing words, governing
    lemmas)."""
    words_near, words_up, gov_lemmas = words
    # "pleaded not guilty": the trigger's own phrase holds the negation
    words_near = words_near - set(cand.key.split())
    anchor = cand.anchor or cand.noun
    if cand.negated:
        return True
    if words_near & m["negators"] or words_up & (m["negators"] - NEAR_ONLY_NEGATORS):
        return True
    if anchor is not None and anchor.dep_ == "pobj" and anchor.head.lower_ in m["without"]:
        return True
    if any(t is not None and _passed_over(t, m) for t in (cand.predicate or cand.head, anchor)):
        return True  # "fled rather than surrender", "instead of signing the deal"
    if gov_lemmas & m["negating_verbs"] or gov_lemmas & m["negating_nouns"]:
        return True
    if anchor is not None and anchor.lemma_.lower() in m.get("absence_nouns", ()):
        return True  # "its lack of consensus": the container says none was reached
    if _no_subject(cand.predicate if cand.predicate is not None else cand.head):
        return True  # "no country has recognized ...", "nobody was arrested"
    scope_ids = {t.i for t in scope_tokens}
    for t in scope_tokens:
        # the verb "to" opens must be in scope: "X is the first figure yet to face a probe,
        # and says ...": what X says is not what X has yet to do
        if t.lower_ == "yet" and t.head.i + 1 < len(t.doc) and any(
                c.lower_ == "to" and c.head.i in scope_ids
                for c in t.head.subtree if c.i > t.i):
            return True
    return False


def _passed_over(tok, m) -> bool:
    """The act set against the one done and so not done: a verb joined by "rather than"
    ("fled rather than surrender"), a clause opened by it ("rather than negotiate, it
    imposed ..."), the object of "instead of" ("instead of signing the deal")."""
    doc = tok.doc

    def opens(link) -> bool:  # "than" after "rather", "of" after "instead"
        return link.lower_ in m["set_aside_links"] and link.i > 0 and \
            doc[link.i - 1].lower_ in m["set_aside"]

    if tok.dep_ == "conj" and any(c.dep_ == "cc" and tok.head.i < c.i < tok.i and opens(c)
                                  for c in tok.head.children):
        return True
    if any(c.dep_ == "mark" and opens(c) for c in tok.children):
        return True
    return tok.dep_ in ("pcomp", "pobj") and opens(tok.head)


def _sisters(cand) -> set[str]:
    """Lemmas of the verbs a trigger is only coordinated with ("suspended the group and froze
    its assets", "denied the claim and accused Kyiv"): a sister act, not a governor, so its
    verb does not negate the trigger (a "not" on it still does). A noun is no sister act:
    the parser joins "canceled the drills, as well as a visit" as verb and noun, and the
    visit is what was canceled."""
    out = set()
    for child, head in tree.steps_up(irrealis.start_of(cand), limit=6):
        if child.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") \
                or child.pos_ not in ("VERB", "AUX"):
            break
        out.add(head.lemma_.lower())
    return out


def _no_subject(tok) -> bool:
    """True when the clause's subject is "no one" / "no country" / "nobody" / "none" /
    "neither side"."""
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in ("nobody", "none", "noone") or any(
                g.dep_ in ("det", "preconj") and g.lower_ in NEGATIVE_DETERMINERS
                for g in c.children):
            return True
    return False


def _sentence_hedge(sent, hedges: frozenset[str], cache: Cache) -> bool:
    """Sentence-wide hedges: "according to", "reportedly", "allegedly" anywhere."""
    # once per sentence, not once per trigger
    return cache(("events.hedged", sent.start), lambda: _scan_hedge(sent, hedges))


def _scan_hedge(sent, hedges: frozenset[str]) -> bool:
    prev = ""
    for t in sent:
        low = t.lower_
        if low in hedges and t.pos_ == "ADV":
            return True
        if f"{prev} {low}" in hedges and prev == "according":
            return True
        prev = low
    return False


def _parse(value: str) -> dt.date | None:
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    while len(parts) < 3:
        parts.append(1)
    try:
        return dt.date(*parts[:3])
    except ValueError:
        return None
