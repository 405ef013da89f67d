"""Time stage: date expressions in the text, resolved against the publication date.

Candidates are spaCy DATE entities plus a few patterns the statistical NER misses ("on
Wednesday", "last month", "mid-March", "over two years"). Each candidate is widened to the
preposition in front of it, because that word decides what the date *is*: "since March 2022"
starts an interval, "until June" ends one, "over two years" is a length of time and not a date.

Resolution is rule-based (fast, runs on every article). An expression that fits none of the
rules stays ``unresolved``: a general date parser (dateparser) was tried as a fallback and,
over the 89 VOA stories, resolved none of the four leftovers it saw while costing more time
than all the rules together, so it was dropped. Relative expressions need the
publication date: without one they come back ``unresolved``; we never fall back to today or
to the publication date itself.

Public API (keep stable):
    resolve_dates(doc, published: date | None) -> list[DateRef]
    date_for(ctx, token) -> DateRef | None      the date attached to an event trigger
    clause_dates(ctx, sent, token) -> list[DateRef]  dates that may date the trigger's clause
                                                 (from ``grounding``, with the inheritance
                                                 of dates between clauses)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from . import docview, knowledge, periods, tree
from .errors import KnowledgeBaseError
from .grounding import attached_to, clause_dates, inherited_date
from .records import DateRef
from .relative_days import anchor_days

__all__ = ["clause_dates", "date_for", "names_other_time", "noun_date", "parse_expression",
           "resolve_dates", "unit_days", "weekday_mismatch"]

_TIME = "lexicon/time.yaml"
MONTHS = {**knowledge.table(_TIME, "months"), **knowledge.table(_TIME, "month_abbreviations"),
          **knowledge.table(_TIME, "month_other_spellings")}
WEEKDAYS = {d: i for i, d in enumerate(knowledge.ordered(_TIME, "weekdays"))}
_WEEKDAY_NAMES = [d.capitalize() for d in WEEKDAYS]  # Monday first, as date.weekday() counts
# floats: a length is a fractional number of days
UNIT_DAYS = {unit: float(days) for unit, days in knowledge.table(_TIME, "unit_days").items()}
NUMBER_WORDS = knowledge.table(_TIME, "number_words")
_RELATIVE_DAYS = knowledge.table(_TIME, "relative_days")
_SHIFTS = knowledge.table(_TIME, "period_shifts")
#: quantities too vague to turn "N years ago" into a year
VAGUE = knowledge.words(_TIME, "vague_quantities")

# --- patterns (time.yaml): word-bearing fragments spliced into templates ------------------
_FRAGMENTS = knowledge.table(_TIME, "fragments")


def _template(text: str, where: str) -> re.Pattern:
    """Compile a time.yaml template after splicing in its <MONTH>, <WEEKDAY>, <COUNT>, <UNIT>."""
    for name, fragment in _FRAGMENTS.items():
        text = text.replace(f"<{name.upper()}>", fragment)
    try:
        return re.compile(text)
    except re.error as exc:
        raise KnowledgeBaseError(f"detente/data/{_TIME}: {where} does not compile: {exc}") from exc


# Run over the raw text; the NER misses these often.
_DISCOVER = [_template(p, f"discovery pattern {i + 1}")
             for i, p in enumerate(knowledge.ordered(_TIME, "discovery"))]
_TEMPLATES = {key: _template(p, f"template {key!r}")
              for key, p in knowledge.table(_TIME, "templates").items()}
# Words in front of a date that change its meaning; absorbed into the expression.
_LEAD = knowledge.pattern(_TIME, "lead")
_START = knowledge.words(_TIME, "interval_start_words")
_END = knowledge.words(_TIME, "interval_end_words")
_OVER = knowledge.words(_TIME, "over_bound_words")
_UNDER = knowledge.words(_TIME, "under_bound_words")
_ABOUT = knowledge.words(_TIME, "about_bound_words")
_PREFIX = knowledge.pattern(_TIME, "prefix")
_FUTURE = knowledge.pattern(_TIME, "future")
_UNRESOLVABLE = knowledge.pattern(_TIME, "unresolvable")


def resolve_dates(doc, published: dt.date | None) -> list[DateRef]:
    """Every date expression in ``doc``, in text order, resolved against ``published``."""
    text = docview.text(doc)
    spans = [(e.start_char, e.end_char) for e in docview.ents(doc) if e.label_ == "DATE"]
    for pattern in _DISCOVER:
        spans.extend(m.span() for m in pattern.finditer(text))
    refs = []
    for start, end in _split_joined(text, _merge(spans)):
        start = _widen(doc, text, start)
        surface = text[start:end]
        if _is_noise(surface, text, start, end):
            continue
        ranged = _range(surface, start, published)
        if ranged:
            refs.extend(ranged)
            continue
        tense = _tense(doc, start, end)
        future = True if tense == "future" else False if tense == "past" else None
        refs.append(parse_expression(surface, start, end, published, future))
    return anchor_days(refs)  # "a day earlier": from the day named last


_SINCE = tuple(knowledge.ordered(_TIME, "state_start_words"))
#: words before the date a span lasts to ("until May"): no act happens on that date
_UNTIL = tuple(f"{w} " for w in knowledge.ordered(_TIME, "span_end_words"))
#: acts whose result lasts ("held", "banned", "closed"): "has been held since" dates the act
_STATE_VERBS = knowledge.words(_TIME, "state_verbs")
#: subjects that count many acts ("hundreds have been detained since"): a tally, not a state
_TALLY_WORDS = knowledge.words(_TIME, "tally_words")


def date_for(ctx, token) -> DateRef | None:
    """The date expression attached to the event trigger ``token`` (a spaCy Token), else None.

    Attached means syntactically owned by the trigger: in its prepositional phrases or
    temporal modifiers ("held on May 16", "the May 16 talks"), in a relative clause or
    participle on a trigger noun ("talks, which took place on May 16"), or in a subject-less
    participle clause on a trigger verb ("Speaking on Wednesday, X said"). Dates owned by
    another verb or noun in the same sentence are not returned. Durations are not dates.
    """
    sent = token.sent
    found = []
    state = _state_since(token)
    for ref in ctx.dates_in(sent.start_char, sent.end_char):
        if ref.kind == "duration" or ref.kind == "interval_start" and \
                ref.text.lower().startswith(_SINCE) and not state:
            continue  # "arrested 2,400 people since February 1": a start, not the date
        if ref.kind == "interval_end" and ref.text.lower().startswith(_UNTIL):
            continue  # "suspended the talks until May": the span's end, not the act's date
        span = token.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and attached_to(span, token) and not names_other_time(span, token) \
                and not _possessor_of_other(span, token):
            found.append(ref)
    if not found:
        return inherited_date(ctx, token)
    # "ended Friday's attack early Saturday": the noun's own possessive day is its date
    owned = {c.idx for c in token.children if c.dep_ == "poss"}
    found.sort(key=lambda r: (r.value is None, not any(r.start <= i < r.end for i in owned),
                              abs(r.start - token.idx)))
    return found[0]


#: verbs of taking part in the event their object names ("joined Tuesday's protest")
_TAKING_PART = knowledge.words(_TIME, "taking_part_verbs")
#: how a day written on a noun hangs on it: "Tuesday's protest", "the Monday talks"
_ON_NOUN = frozenset({"poss", "compound", "nmod"})


def noun_date(ctx, noun) -> DateRef | None:
    """The day written on the event noun of a light verb of taking part ("joined Tuesday's
    protest", "held the Monday talks"): the noun's event is the act, so its day is the act's;
    not so for a verb acting on the event ("called off next week's talks")."""
    if noun is None or not tree.is_verb(noun.head) or \
            noun.head.lemma_.lower() not in _TAKING_PART:
        return None  # "called off next week's talks": the calling off is not the talks
    sent = noun.sent
    for ref in ctx.dates_in(sent.start_char, sent.end_char):
        if ref.kind != "point" or not ref.value:
            continue
        span = noun.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in _ON_NOUN and span.root.head.i == noun.i:
            return ref
    return None


def _possessor_of_other(span, token) -> bool:
    """"thanked allies after Wednesday's coup attempt": the day is written as the possessor of
    another noun, whose time it is, though the lead word ("after") hangs the words on the
    trigger."""
    return any(t.dep_ == "poss" and t.head.i != token.i and not tree.in_span(t.head, span)
               and t.head.pos_ == "NOUN" for t in span)


#: words before a date that is the time of what a noun names ("a new trial for 2025")
_FOR_TIME = tuple(f"{w} " for w in knowledge.ordered(_TIME, "target_date_words"))


#: how far up a trigger noun the head of its phrase is looked for ("round" of "talks")
_NOUN_PHRASE_STEPS = 2


def names_other_time(span, token) -> bool:
    """"ordered a new trial for 2025", "called elections for June": a date brought in by
    "for" is the time of what is set (a trial, a vote), not of the act told as done that sets
    it; it is the time of a trigger noun it hangs on ("talks scheduled for Monday"), and of
    an act still to come ("will hold talks for Monday")."""
    root = span.root
    if not span.text.lower().startswith(_FOR_TIME) or root.i == root.head.i:
        return False
    owner = root.head
    if tree.is_verb(token):  # an act told as done sets the time of what is to come
        return token.tag_ == "VBD" or token.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    # a trigger noun's own time: on it, on a participle on it or on the phrase it heads the
    # end of ("the second round of talks, planned for April 8"), or on the verb it is the
    # subject or object of ("the vote was set for June")
    return not (owner.i == token.i or owner.head.i == token.i or token.head.i == owner.i or (
        owner.dep_ == "acl" and any(head.i == owner.head.i
                                    for head in tree.ancestors(token, _NOUN_PHRASE_STEPS))))


#: state verbs that name a state only in the passive ("has been held since", not "has held
#: talks since")
_PASSIVE_ONLY_STATES = knowledge.words(_TIME, "passive_only_state_verbs")


def _state_since(verb) -> bool:
    """"X has been held since 2020", "the border had been closed since May", "the army has
    besieged the city since May": a state that began with the act, whose "since" date is the
    act's. Not a tally ("200 people have been
    arrested since May": many acts across the span)."""
    if not tree.is_verb(verb) or verb.lemma_.lower() not in _STATE_VERBS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ == "been" for c in kids):
        # active: "has besieged the city since May", "has been blockading it since 2007";
        # not "have not held talks since 2011" (a verb of detention only when passive)
        return verb.lemma_.lower() not in _PASSIVE_ONLY_STATES and not any(
            c.dep_ in ("nsubjpass", "neg") for c in kids) and any(
            c.dep_ == "nsubj" for c in kids) and (verb.tag_ == "VBN" or verb.tag_ == "VBG" and
                                                  any(c.lower_ == "been" for c in kids))
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    return subject is not None and not subject.like_num and \
        subject.lower_ not in _TALLY_WORDS and not any(
            c.dep_ == "nummod" or c.like_num or c.lower_ in _TALLY_WORDS
            for c in subject.children)


# --- candidates ------------------------------------------------------------------------------
#: words the NER runs two time expressions together over ("on Saturday after months of
#: fighting" is one DATE entity): a day, then the length of what went before it
_JOINING = knowledge.pattern(_TIME, "joined_expressions")


def _split_joined(text: str, spans):
    """Each span, cut in two where it runs a date into a length after a joining word
    ("Saturday after months": "Saturday" and "after months"), so each is read alone."""
    out = []
    for start, end in spans:
        m = _JOINING.search(text, start, end)
        if m is not None and m.start() > start and m.end() == end:
            lead = len(m.group()) - len(m.group().lstrip(", \t\n"))
            out.extend([(start, m.start()), (m.start() + lead, end)])
        else:
            out.append((start, end))
    return out


def _merge(spans):
    merged: list[list[int]] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(s) for s in merged]


def _widen(doc, text: str, start: int) -> int:
    """Pull up to two meaning-bearing words in front of the span into it ("over two years"),
    but not a verb's particle: in "has gone on for over two years" the "on" is the verb's."""
    for _ in range(2):
        m = _LEAD.search(text, max(0, start - 25), start)
        if not m or _is_particle(doc, m.start()):
            break
        start = m.start()
    return start


def _is_particle(doc, at: int) -> bool:
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span[0].dep_ == "prt"


def _is_noise(surface: str, text: str, start: int, end: int) -> bool:
    low = surface.lower()
    # ages and adjectival lengths are not dates: "a 12-year-old", "the three-year war"
    if _AGE.search(low) or text[end:end + 4] in ("-old", " old"):
        return True
    # bare small numbers the NER calls dates ("67") carry no date
    return not re.search(r"[a-z0-9]", low) or bool(re.fullmatch(r"\d{1,3}", low))


_FUTURE_AUX = knowledge.words(_TIME, "future_auxiliaries")
_PAST_AUX = knowledge.words(_TIME, "past_auxiliaries")
_POSSIBLE_AUX = knowledge.words(_TIME, "possible_auxiliaries")
_FUTURE_VERBS = knowledge.words(_TIME, "future_verbs")
#: Verbs whose infinitive complement lies ahead of them ("agreed to meet again in April").
_FORWARD_VERBS = _FUTURE_VERBS | knowledge.words(_TIME, "forward_verbs")


def _tense(doc, start: int, end: int) -> str | None:
    """"future", "past" or None (unknown / present) for the verb that owns the date.

    With a parse, only the governing verb counts ("said on Monday that talks would be held on
    Friday": Monday is past, Friday future); without one, any future marker in the sentence.
    """
    span = doc.char_span(start, end, alignment_mode="expand") if doc.has_annotation("DEP") else None
    if span is None:
        return "future" if _FUTURE.search(_sentence_of(doc, start, end)) else None
    tok = tree.first_ancestor(span.root, lambda t: tree.is_verb(t) and not tree.in_span(t, span),
                              include_self=True)
    if tok is None:
        return None
    return _verb_tense(tok)


def _verb_tense(tok) -> str | None:
    """"future", "past" or None for the clause of the verb ``tok``."""
    # A participle modifying a noun ("talks mediated by Kenya on March 10") has no tense of
    # its own: the clause that holds the noun decides; unless it looks ahead itself ("the
    # round, planned for April 8, has been postponed": April 8 is still to come).
    for _ in range(tree.MAX_DEPTH):
        if tok.dep_ not in ("acl", "amod") or tok.tag_ not in ("VBN", "VBG") or tree.is_root(tok):
            break
        if _lemma_in(tok, _FUTURE_VERBS) and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children):
            return "future"  # a bare participle: "(allegations that) X was planned" is past
        tok = tree.governing_verb(tok) or tree.climb(tok)
    tense = _own_tense(tok)
    if tense is None and _tenseless_frame(tok):
        # "will stop in Oslo before flying on to Cairo Sunday", "likely to dominate when
        # she meets Støre on Sunday": a gerund or present clause of time has no tense of its
        # own; the verb it hangs from looks ahead for it. Only "future" is taken over.
        outer = tree.governing_verb(tok)
        if outer is not None and _own_tense(outer) == "future":
            return "future"
    return tense


#: Subordinators of a clause of time whose present tense tells what is still to come when its
#: main clause looks ahead ("when she meets", "before he leaves").
_FRAME_MARKS = knowledge.words(_TIME, "frame_prepositions")


def _tenseless_frame(verb) -> bool:
    """A verb with no tense of its own in a frame of time: a bare gerund after "before",
    "after", "while" ("before flying"), or a present-tense clause they or "when" open."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # the parser makes "when" an adverb of its clause, "before" a marker or a preposition
    marked = verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in
                                          _FRAME_MARKS for c in verb.children)
    if verb.tag_ == "VBG":
        return marked or verb.dep_ == "pcomp" and verb.head.lower_ in _FRAME_MARKS
    return verb.tag_ in ("VBZ", "VBP") and marked


def _own_tense(tok) -> str | None:
    """"future", "past" or None for one verb: its auxiliaries, an infinitive's governor, a
    verb that looks ahead, a past form."""
    first = tok
    for tok in tree.chain(first, ("xcomp", "conj")):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in _FUTURE_AUX for c in auxes):
            return "future"
        if any(c.lower_ in _POSSIBLE_AUX for c in auxes) and not any(
                c.lower_ == "have" for c in auxes):
            return "future"  # "may meet on Tuesday"; "may have met on Tuesday" is past
        # An infinitive ("agreed to meet again in April", "plans to visit on Friday") looks
        # forward from the verb that governs it.
        if any(c.tag_ == "TO" for c in auxes) and _lemma_in(_governor(tok), _FORWARD_VERBS):
            return "future"
        if _lemma_in(tok, _FUTURE_VERBS) and tok.tag_ != "VBD":
            return "future"
    auxes = [c.lower_ for c in first.children if c.dep_ in ("aux", "auxpass")]
    if first.tag_ == "VBD" or any(a in _PAST_AUX for a in auxes):
        return "past"
    return None


def _lemma_in(tok, lemmas: frozenset) -> bool:
    """``tok``'s lemma is one of ``lemmas``; also its form less an "-s"/"-d", for the
    lemmatizer's slips on regular verbs ("hopes" lemmatised as "hop")."""
    low = tok.lower_
    return tok.lemma_ in lemmas or low.endswith(("s", "d")) and low[:-1] in lemmas


def _governor(tok):
    """The verb an infinitive hangs from, through coordination ("agreed to X and to Y")."""
    return tree.climb(tok, ("conj",)).head


def _sentence_of(doc, start: int, end: int) -> str:
    if doc.has_annotation("SENT_START"):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            return span.sent.text
    text = docview.text(doc)
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = text.find(". ", end)
    return text[left + 1:right if right != -1 else len(text)]


_RANGE = knowledge.pattern(_TIME, "range")
_AGE = knowledge.pattern(_TIME, "age_suffix")
_ABBREVIATION_DOT = knowledge.pattern(_TIME, "abbreviation_dot")
_QUALIFIER = knowledge.pattern(_TIME, "qualifier")
_LEFTOVER = knowledge.pattern(_TIME, "leftover")
_NAMED_MONTH = knowledge.pattern(_TIME, "named_month")
_BARE_YEAR = knowledge.pattern(_TIME, "bare_year")
_SEASON_YEAR = knowledge.pattern(_TIME, "season_year")
_WEEKDAY = knowledge.pattern(_TIME, "weekday")
_PERIOD = knowledge.pattern(_TIME, "period")
_SEASON = knowledge.pattern(_TIME, "season")


def _range(surface: str, start: int, published) -> list[DateRef]:
    """"from 2001 to 2018", "2014-2016", "between March 2022 and May 2023": two bounds."""
    m = _RANGE.match(surface)
    if not m:
        return []
    first = parse_expression(surface[:m.end("a")], start, start + m.end("a"), published)
    second = parse_expression(m["b"], start + m.start("b"), start + m.end("b"), published)
    if first.value is None or second.value is None or first.value > second.value:
        return []
    return [replace(first, kind="interval_start"), replace(second, kind="interval_end")]


# --- parsing one expression -------------------------------------------------------------------
def parse_expression(surface: str, start: int, end: int, published: dt.date | None,
                     future: bool | None = False) -> DateRef:
    """Turn one date expression into a DateRef (kind, ISO value, precision, duration).

    ``future``: the tense of the verb that owns the date (None when unknown or present).
    A day or month without a year is the latest one up to publication, except in future
    sentences (a day: the next one, allowing a week's lag in reporting; a month: the nearest),
    and in deadlines ("until June", "by March 3") of unknown tense, where it is the nearest
    one on either side.
    """
    leads, core = _peel(_normalise(surface))
    lead = leads[0] if leads else ""
    ref = functools.partial(DateRef, surface, start, end)
    if _UNRESOLVABLE.match(core):
        return ref("unresolved")
    duration = _duration(core, leads)
    if duration is not None:
        days, bound = duration
        return ref("duration", duration_days=days, bound=bound)
    ahead = bool(future)  # a future tense: the day lies ahead; a deadline: either side
    if future is None:
        future = lead in _END
    resolved = _resolve(core, published, future, ahead)
    if resolved is None:
        return ref("unresolved")
    value, precision = resolved
    if precision == "month" and _ROUNDED.intersection(leads) and _years_ago(core):
        value, precision = value[:4], "year"  # "about a year ago": a round figure, no month
    kind = "interval_start" if lead in _START else "interval_end" if lead in _END else "point"
    return ref(kind, value, precision)


#: leads that make a length a round figure ("about a year ago", "nearly a year ago")
_ROUNDED = knowledge.words(_TIME, "rounding_leads")


def _years_ago(core: str) -> bool:
    """"a year ago", "one year ago": a count of years back."""
    m = _TEMPLATES["ago"].fullmatch(core)
    return m is not None and m[2].startswith("year")


def _peel(core: str) -> tuple[list[str], str]:
    """(the lead words, outermost first, the rest): "for over two years" -> ["for", "over"]."""
    leads: list[str] = []
    m = _PREFIX.match(core)
    while m and len(core) > m.end():  # every match eats at least a word and a space
        leads.append(m.group(1))
        core = core[m.end():]
        m = _PREFIX.match(core)
    return leads, core


def unit_days(ref: DateRef) -> float | None:
    """The length in days of the unit a duration is counted in ("over two years": a year's),
    which is how far off a stated length may be before it says something else."""
    if ref.kind != "duration":
        return None
    m = _DURATION.match(_peel(_normalise(ref.text))[1])
    if not m:
        return None
    unit = m.group("unit").rstrip("s")
    return UNIT_DAYS["century" if unit.startswith("centur") else unit]


_WEEKDAY_WORD = _template(r"\b<WEEKDAY>\b", "the weekday word")


def weekday_mismatch(ref: DateRef) -> tuple[int, str, str] | None:
    """When an expression gives a calendar day and a weekday that day is not ("Tuesday, May 16"
    when May 16 is a Friday): (offset of the weekday in ``ref.text``, the weekday as written,
    the day's real weekday). None when they agree or there is nothing to compare."""
    if ref.precision != "day" or not ref.value or not re.search(r"\d", ref.text):
        return None  # a bare "Tuesday" is resolved from the weekday itself
    m = _WEEKDAY_WORD.search(ref.text)
    if m is None:
        return None
    actual = _WEEKDAY_NAMES[dt.date.fromisoformat(ref.value).weekday()]
    if actual.lower() == m.group(0).lower():
        return None
    return m.start(), m.group(0), actual


def _normalise(surface: str) -> str:
    s = surface.lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"(?<=[a-z])'s$", "", re.sub(r"\s+", " ", s).strip(" ,.;:"))  # "last year's"
    s = _ABBREVIATION_DOT.sub(r"\1", s)
    s = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)
    # adjectival lengths read as lengths: "a three-year war", "the two-day talks"
    s = _TEMPLATES["adjectival_length"].sub(r"\1 \2", s)
    return s


def _number(word: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return NUMBER_WORDS.get(word)


_DURATION = _TEMPLATES["duration"]
_WINDOWS = knowledge.ordered(_TIME, "window_openers")
_LENGTH_LEADS = knowledge.words(_TIME, "length_leads")


def _duration(core: str, leads: list[str]) -> tuple[float | None, str] | None:
    """(days or None when unmeasurable, bound) of a length of time; the bound is said by the
    lead word nearest the number ("for more than three years": "more than")."""
    m = _DURATION.match(core)
    if not m:
        return None
    bounds = [w for w in leads if w in _OVER | _UNDER | _ABOUT]
    lead = bounds[-1] if bounds else ""
    unit = m.group("unit").rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    plural = m.group("unit").endswith("s") or unit == "century" and "centuries" in core
    num = m.group("num")
    window = core.startswith(_WINDOWS)
    if num is None and not (plural or window or any(w in _LENGTH_LEADS for w in leads)):
        return None  # bare "year" / "month": not a length
    bound = ("over" if lead in _OVER else "under" if lead in _UNDER
             else "about" if lead in _ABOUT else "exact")
    if num is None:
        # "for years", "decades": a length we cannot measure
        return (UNIT_DAYS[unit] if window and not plural else None), bound
    n = _number(num)
    if n is None:
        return None
    if core.endswith("and a half"):
        n += 0.5
    if num in VAGUE:
        bound = "about"
    return n * UNIT_DAYS[unit], bound


def _resolve(core: str, pub: dt.date | None, future: bool, ahead: bool = False):
    """(value, precision) for absolute and relative expressions, or None if no rule fits."""
    core = _QUALIFIER.sub("", core).removeprefix("the ").strip()
    core = _LEFTOVER.sub("", core)
    m = re.fullmatch(r"((?:19|20)\d\d) [a-z][a-z -]*", core)
    if m:
        return m[1], "year"  # "the 2024 hunting season"
    m = _NAMED_MONTH.fullmatch(core)
    if m and (m[2] or m[3]) in MONTHS and pub is not None:
        return _named_month(MONTHS[m[2] or m[3]], m[1], m[4], pub)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", core)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(?:[a-z]+day,? )?(?:([a-z]+) (\d{1,2})|(\d{1,2}) (?:of )?([a-z]+))"
                     r"(?:,? (\d{4}))?", core)
    if m and (m[1] or m[4]) in MONTHS:
        month = MONTHS[m[1] or m[4]]
        day = int(m[2] or m[3])
        if m[5]:
            return _day(int(m[5]), month, day)
        return _infer_day(month, day, pub, future, ahead)
    m = re.fullmatch(r"([a-z]+)(?:,? (?:of )?(\d{4}))?", core)
    if m and m[1] in MONTHS:
        month = MONTHS[m[1]]
        if m[2]:
            return f"{int(m[2]):04d}-{month:02d}", "month"
        if pub is None:
            return None
        here = pub.year * 12 + pub.month - 1
        options = [(y * 12 + month - 1, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if future:
            year = min(options, key=lambda o: abs(o[0] - here))[1]
        else:
            year = max(o for o in options if o[0] <= here)[1]
        return f"{year:04d}-{month:02d}", "month"
    m = _BARE_YEAR.fullmatch(core)
    if m:
        return m[1], "year"
    m = _SEASON_YEAR.fullmatch(core)
    if m:
        return periods.cover(*periods.season(m[1], int(m[2])))
    if pub is None:
        return None
    return _relative(core, pub, future)


def _named_month(month: int, which: str | None, year_word: str | None, pub: dt.date):
    """"last August" (the latest August before this month), "July last year", "this June"."""
    if year_word:
        year = pub.year + _SHIFTS[year_word]
    elif which == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif which == "next":
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year
    return f"{year:04d}-{month:02d}", "month"


def _day(year: int, month: int, day: int):
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None  # "February 30": impossible, left unresolved


#: A day still to come may be reported up to this many days late ("talks will open on May 25"
#: in a story dated May 29 is that May 25, not next year's).
_FUTURE_SLACK = dt.timedelta(days=7)


def _infer_day(month: int, day: int, pub: dt.date | None, future: bool, ahead: bool):
    """The most recent such day not after publication. In future-tense sentences (``ahead``)
    the first one from a week before publication on ("will meet on April 8"); in deadlines of
    unknown tense ("was to end by May 1") the nearest one on either side."""
    if pub is None or not 1 <= day <= 31:
        return None
    candidates = []
    for year in range(pub.year + 1, pub.year - 8, -1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue  # February 29 outside leap years
    if not candidates:
        return None
    past = [c for c in candidates if c <= pub]
    if ahead:
        coming = [c for c in candidates if c >= pub - _FUTURE_SLACK]
        best = coming[-1] if coming else None  # candidates run from the latest year down
    elif future:
        best = min(candidates, key=lambda c: abs((c - pub).days))
    else:
        best = past[0] if past else None
    return (best.isoformat(), "day") if best else None


def _relative(core: str, pub: dt.date, future: bool):
    if core in _RELATIVE_DAYS:
        return (pub + dt.timedelta(days=_RELATIVE_DAYS[core])).isoformat(), "day"
    m = _WEEKDAY.fullmatch(core)
    if m and m[2] in WEEKDAYS:
        return _weekday(WEEKDAYS[m[2]], m[1], pub, future).isoformat(), "day"
    m = _TEMPLATES["ago"].fullmatch(core)
    if m:
        return _ago(m[1], m[2], pub)
    m = _PERIOD.fullmatch(core)
    if m:
        return periods.period(m[1] or m[2], m[3], pub)
    if core in ("weekend", "over the weekend", "at the weekend"):
        return periods.period("recent", "weekend", pub)
    m = _SEASON.fullmatch(core)
    if m and m[1]:
        year = pub.year + _SHIFTS[m[1]]
        return periods.cover(*periods.season(m[2], year))
    return None


def _weekday(target: int, modifier: str | None, pub: dt.date, future: bool) -> dt.date:
    back = (pub.weekday() - target) % 7  # a Wednesday story's "on Wednesday" is that day
    previous = pub - dt.timedelta(days=back)
    if modifier == "last" and back == 0:
        return pub - dt.timedelta(days=7)
    if modifier == "this":  # "this Friday": the Friday of the publication week
        return pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=target)
    if modifier in ("next", "this coming") or (future and modifier != "last"):
        ahead = (target - pub.weekday()) % 7
        if modifier == "next" and ahead == 0:
            ahead = 7
        return pub + dt.timedelta(days=ahead)
    return previous


def _ago(num: str, unit: str, pub: dt.date):
    n = _number(num)
    if n is None or num in VAGUE or n != int(n):
        return None
    return periods.ago(int(n), unit.rstrip("s"), pub)
