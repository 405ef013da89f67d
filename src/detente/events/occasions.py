"""A meeting named again as the occasion of later acts places them where it was held.

"Wang Yi began an official visit to Mongolia on Tuesday. ... During the visit, the two
ministers signed a grant agreement": the signing was in Mongolia, though its sentence names
no place. A definite occasion noun ("during the visit", "at the talks", "on the sidelines
of the summit": ``occasion_nouns`` and ``occasion_prepositions`` in
data/lexicon/places.yaml) on an act with no place of its own stands for the meeting told
just before; the act takes that meeting's place. The meeting is the latest placed one of
the categories in ``occasion_carried`` within ``scene_limits`` sentences, preferring one told
with the same noun ("visit" ... "the visit"); none when a place of another country is named
in between as somewhere ("in X", "to X"; not a side: "called on X"): the story has moved on.

A visit told as done holds the acts between the visitor and its hosts told after it: "The
announcement came during a visit by the Indian prime minister to Mauritius. ... Mauritius
conferred its highest honour on him": an asserted act of ``visit_carried`` whose parties'
states are all the visit's, with no place of its own, takes the visit's place, within the
same reach, while no date of another month nor place of another country is named in
between.

Public API:
    carry_occasion(drafts, ctx) -> None
"""

from __future__ import annotations

from .. import knowledge, tree
from ..grounding import DESTINATION_PREPS
from ..places import VENUE_PREPS, place_head, place_root
from .elsewhere import named_as_side
from .extract import DEFINITE, Draft
from .lexicon import category_set
from .placing import OCCASION_NOUNS, OCCASION_PREPS, STAY_WORDS
from .scene import SCENE_REACH

__all__ = ["carry_occasion"]

_PLACES = "lexicon/places.yaml"
#: meetings whose place their later naming as an occasion carries
OCCASION_CARRIED = category_set("occasion_carried", _PLACES)
#: acts between a visitor and its hosts, which a visit told before places
VISIT_CARRIED = category_set("visit_carried", _PLACES)
#: how far up from the trigger the occasion phrase may hang ("During the visit, they are to
#: hold talks": on the verb above the trigger noun)
_UP = 3
#: links by which a verb continues the clause above it ("are to hold talks and sign")
_SAME_CLAUSE = ("xcomp", "conj")


def carry_occasion(drafts: list[Draft], ctx) -> None:
    """Place unplaced acts told at a meeting named again ("during the visit") where that
    meeting was. ``drafts``: in text order, each with ``extra["sent_index"]``."""
    for n, d in enumerate(drafts):
        if d.location is not None:
            continue
        noun = _occasion(d.cand)
        meeting = _meeting(drafts[:n], d, noun.lemma_.lower()) if noun is not None else \
            _visit(ctx, drafts[:n], d)
        if meeting is not None and _hosted(meeting) and not _moved_on(ctx, meeting, d):
            d.location = meeting.location


def _hosted(meeting: Draft) -> bool:
    """A visit placed in its host's state (the visitor's own is a misreading: "a visit to
    the country" read as the visitor's); any other meeting as it is."""
    if _lemma(meeting) not in STAY_WORDS:
        return True
    return meeting.location.country in {a.code for a in meeting.recipient}


def _codes(d: Draft) -> set:
    return {a.code for a in d.actor + d.recipient if a.code}


def _visit(ctx, before: list[Draft], d: Draft) -> Draft | None:
    """The latest placed visit told as done before ``d``, when ``d`` is an asserted act of
    its visitor and hosts alone, within reach and with no new date in between."""
    sides = _codes(d)
    if d.event not in VISIT_CARRIED or d.modality != "asserted" or not sides:
        return None
    visit = next((m for m in reversed(before) if m.event in OCCASION_CARRIED
                  and m.location is not None and m.modality == "asserted"
                  and _lemma(m) in STAY_WORDS), None)
    if visit is not None and visit.location.feature == "site":
        return None  # "received at X airport": a stay is not all spent at its first site
    if visit is None or not sides <= _codes(visit) or \
            d.extra["sent_index"] - visit.extra["sent_index"] > SCENE_REACH or \
            _other_month(ctx, visit, d):
        return None
    return visit


def _other_month(ctx, visit: Draft, d: Draft) -> bool:
    """Whether a date of another month than the visit's (else the publication's) is named
    from the visit's sentence to the act's: "In 2019, ...", "Last year, ..." tell another
    time; "on Wednesday", a day of a stay, does not."""
    published = getattr(getattr(ctx, "article", None), "published", None)
    value = visit.date.value if visit.date is not None and visit.date.value else (
        published.isoformat() if published is not None else None)
    if value is None:
        return False
    month = value[:7]
    for ref in ctx.dates_in(visit.sent.start_char, d.sent.end_char):
        if ref.value and ref.kind != "duration" and not (
                ref.value.startswith(month) or month.startswith(ref.value)):
            return True
    return False


def _occasion(cand):
    """The definite occasion noun under an occasion preposition on the trigger or on a word
    above it in its clause, with no place of its own ("during the visit"), else None."""
    start = cand.noun if cand.noun is not None else cand.head
    for tok in [start, *tree.ancestors(start, limit=_UP)]:
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in OCCASION_NOUNS and any(
                        c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
                        and not any(c.dep_ == "prep" for c in noun.children):
                    return noun  # not "during talks in X" or "at the talks on Y"
        if tree.is_verb(tok) and tok.dep_ not in _SAME_CLAUSE:
            break  # up to the clause's verb only
    return None


def _meeting(before: list[Draft], d: Draft, lemma: str) -> Draft | None:
    """The latest placed meeting within reach before ``d``, one named by ``lemma`` first."""
    near = [m for m in before if m.event in OCCASION_CARRIED and m.location is not None
            and 0 <= d.extra["sent_index"] - m.extra["sent_index"] <= SCENE_REACH
            and m.modality in ("asserted", "future")]
    if not near:
        return None
    named = [m for m in near if _lemma(m) == lemma]
    return (named or near)[-1]


def _lemma(d: Draft) -> str:
    noun = d.cand.noun if d.cand.noun is not None else d.cand.head
    return noun.lemma_.lower()


def _moved_on(ctx, meeting: Draft, d: Draft) -> bool:
    """Whether a place of another country than the meeting's is named from the meeting's
    sentence to the act's."""
    country = meeting.location.country
    return any(p.country and p.country != country and _somewhere(ctx.doc, p)
               for p in ctx.places_in(meeting.sent.end_char, d.sent.end_char))


def _somewhere(doc, place) -> bool:
    """A place named as where something is or goes ("in X", "to X"), not as a side ("called
    on X", "X said")."""
    root = place_root(doc, place)
    if root is None or named_as_side(doc, place):
        return False
    head = place_head(root)
    return head.dep_ == "pobj" and head.head.lower_ in VENUE_PREPS | DESTINATION_PREPS
