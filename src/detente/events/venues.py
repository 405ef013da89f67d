"""A meeting's venue told just after the act it was held for.

News opens with what a meeting produced and names where it met in the next sentence: "Two
clans have sealed a grazing pact ... Their elders gathered in the hill town of X to seal
it"; "The unions have agreed to pause the strike ... Their envoys met in Y, where they had
talked for a week"; "The rival chiefs are holding a fourth day of talks ... A bishop is
chairing the talks between them in Z". Read sentence by sentence, the opening act has no
place of its own and is left off the map.

An act of ``venue_told_after`` (data/lexicon/places.yaml: a deal agreed or signed, a
meeting) told as done or to be done, with no place nor date of its own (the day's news: an
act dated "earlier this week" or "on Wednesday" is an occasion of its own, which a meeting
told next need not be), takes the place of the first
meeting (a CONSULT of the same time: done, or to come) told after it within
``venue_told_after_limits`` sentences, when:

- the meeting's place is named in its own sentence (not the dateline's, given to a party's
  statement);
- a state of the act's doers is a party to the meeting (a third party's meeting elsewhere is
  another occasion);
- their dates agree (one unknown, or the same value);
- no place of another country than the venue's is named between the act's sentence and the
  meeting's: the story has moved on.

A meeting or deal named as told before ("their meeting", "the deal": ``venue_told_nouns``),
the subject of a verb of its happening (``venue_told_verbs``: began, was announced, was
signed) with a venue in its clause ("in X", "at talks in X"), is the act told again: "When
their meeting opened in Varno", "The pact was sealed Friday in Kessa", "The truce was
signed at talks in Dunmor" place an asserted act of the sentences just before them that has
no place, whether or not the retelling is an act the extraction keeps.

``occasions`` carries a meeting told before to the acts named as done at it ("during the
visit"); this pass looks the other way, from a summary to the meeting it sums up.

Public API:
    carry_venue_ahead(drafts, ctx) -> None
"""

from __future__ import annotations

from .. import knowledge
from ..grounding import place_phrase_head
from ..places import VENUE_PREPS
from .extract import DEFINITE, Draft
from .lexicon import category_set

__all__ = ["carry_venue_ahead"]

_PLACES = "lexicon/places.yaml"
#: acts of a meeting that take the venue of the meeting told just after them
VENUE_TOLD_AFTER = category_set("venue_told_after", _PLACES)
#: how many sentences after the act its meeting may be told
REACH = int(knowledge.table(_PLACES, "venue_told_after_limits")["reach_sentences"])
#: the time of an act and of the meeting that places it must be the same
_SAME_TIME = ("asserted", "future")
#: a meeting or deal named again, and the verbs of its happening, in a retelling
RETOLD_NOUNS = knowledge.words(_PLACES, "venue_told_nouns")
RETOLD_VERBS = knowledge.words(_PLACES, "venue_told_verbs")


def carry_venue_ahead(drafts: list[Draft], ctx) -> None:
    """Place unplaced meeting acts at the venue of the meeting told right after them.
    ``drafts``: in text order, each with ``extra["sent_index"]``."""
    for n, d in enumerate(drafts):
        if d.location is not None or d.event not in VENUE_TOLD_AFTER or \
                d.modality not in _SAME_TIME or _value(d) is not None:
            continue  # a dated act is an occasion of its own ("agreed earlier this week")
        meeting = _meeting_after(drafts[n + 1:], d)
        if meeting is not None and not _moved_on(ctx, d, meeting.location, meeting.sent):
            d.location = meeting.location
            continue
        found = _retold_venue(ctx, d) if d.modality == "asserted" else None
        if found is not None and not _moved_on(ctx, d, *found):
            d.location = found[0]


def _meeting_after(after: list[Draft], d: Draft) -> Draft | None:
    """The first placed meeting of ``d``'s time and parties told in a later sentence within
    reach, else None."""
    sides = {a.code for a in d.actor if a.code}
    for m in after:
        gap = m.extra["sent_index"] - d.extra["sent_index"]
        if gap > REACH:
            return None
        if gap < 1 or m.event != "CONSULT" or m.location is None or m.modality != d.modality:
            continue
        if not m.sent.start_char <= m.location.start < m.sent.end_char:
            continue  # the dateline's place, not one the meeting's sentence names
        if sides & _codes(m) and _same_date(d, m):
            return m
    return None


def _codes(d: Draft) -> set:
    return {a.code for a in d.actor + d.recipient if a.code}


def _same_date(d: Draft, m: Draft) -> bool:
    first, second = (_value(x) for x in (d, m))
    return first is None or second is None or first == second


def _value(d: Draft):
    if d.date_override is not None:
        return d.date_override[0]
    return d.date.value if d.date is not None and d.date.value else None


def _moved_on(ctx, d: Draft, venue, sent) -> bool:
    """Whether a place of another country than the venue's is named between the act's
    sentence and the sentence ``sent`` that names the venue."""
    return any(p.country and p.country != venue.country
               for p in ctx.places_in(d.sent.end_char, sent.start_char))


def _retold_venue(ctx, d: Draft):
    """(venue, sentence) of a retelling of ``d`` in the sentences just after it ("As their
    meeting began in X"), else None."""
    doc = d.sent.doc
    end = d.sent.end
    for _ in range(REACH):
        if end >= len(doc):
            return None
        sent = doc[end].sent
        for tok in sent:
            venue = _venue_of_retelling(ctx, tok)
            if venue is not None:
                return venue, sent
        end = sent.end
    return None


def _venue_of_retelling(ctx, noun):
    """The venue in the clause of ``noun`` when it names a meeting or deal told before and is
    the subject of a verb of its happening told as done, else None."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() not in RETOLD_NOUNS \
            and noun.lower_ not in RETOLD_NOUNS or verb.lemma_.lower() not in RETOLD_VERBS \
            or verb.tag_ not in ("VBD", "VBN") or any(c.tag_ == "MD" for c in verb.children):
        return None
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE
               for c in noun.children):
        return None  # "a deal was signed in X": not one told before
    for place in ctx.places_in(noun.sent.start_char, noun.sent.end_char):
        head = _phrase_head(ctx, place)
        if head is not None and head.dep_ == "pobj" and head.head.lower_ in VENUE_PREPS and (
                head.head.head.i == verb.i or _on_venue_of(head.head.head, verb)):
            return place
    return None


def _on_venue_of(noun, verb) -> bool:
    """"sealed at talks in X": ``noun`` is itself the object of a venue preposition of
    ``verb``."""
    return noun.dep_ == "pobj" and noun.head.lower_ in VENUE_PREPS and noun.head.head.i == verb.i


def _phrase_head(ctx, place):
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    return None if span is None else place_phrase_head(span.root)
