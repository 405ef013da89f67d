"""The venue of the story's talks: where the meetings of the news days are held.

A story about one round of talks names their venue once and then tells the talks in
sentences of their own: "The envoys arrived in Varno on Monday for two days of talks. ...
Officials said the talks would focus on trade. ... The two sides will meet again Tuesday".
Read sentence by sentence, only the arrival is placed; the meetings told around it are off
the map although the story has said where they are.

Venues of the story's talks are read from:

- a meeting told with its place (a CONSULT placed in its own sentence, not by the dateline);
- a meeting word (``talks_venue_words`` in data/lexicon/places.yaml) with a place tied to it
  ("the talks in Varno", "talks will resume Monday in Varno", "the meeting in the town of
  Varno"), or tied to the verb it is the purpose of ("was in Varno for the talks", "arrived
  in Varno to meet ...");

each in a sentence of the news days (no date of its own more than ``talks_venue_limits``
``days`` from the publication day: "met in Kessa last month" is another occasion).

When all those venues lie in one country and name one most specific place (a city inside
the country named too is the same venue, told more precisely), an unplaced meeting act
(CONSULT whose trigger is a meeting word) of the news days, told as done or to come, takes it;
so does such an act placed only at that country. Only venues of meetings told as the act is
(done, or to come), on its day when both are dated (or on an earlier day for a later day of
the same talks: "opened talks in X on Saturday ... The second day of talks on Sunday";
``meeting_day_nouns``), and of a party of the act when both name
states ("Chilean and Peruvian ministers met in Lima" is no venue of Kenyan talks). Not a
meeting by phone or video (``remote_meeting_words``), nor one whose sentence names a place of
another country after a preposition of place or direction (``talks_elsewhere_prepositions``:
"on their way to Y for talks").

``venues`` looks a sentence or two ahead for a summary's meeting; ``occasions`` carries a visit
to the acts done during it; this pass reads the story's talks as one occasion.

Public API:
    place_story_talks(drafts, ctx) -> None
"""

from __future__ import annotations

import datetime as dt

from .. import knowledge, tree
from ..dates import date_for
from ..grounding import place_phrase_head
from ..places import SPECIFICITY, place_for
from .extract import Draft

__all__ = ["place_story_talks"]

_PLACES = "lexicon/places.yaml"
#: words of a meeting whose venue the story's talks share
MEETING_WORDS = knowledge.words(_PLACES, "talks_venue_words")
#: words that make a meeting another occasion ("a new round", "the next meeting")
NEW_OCCASION = knowledge.words(_PLACES, "new_occasion_words")
#: words of a meeting held apart (by phone, by video): no venue
REMOTE_WORDS = knowledge.words(_PLACES, "remote_meeting_words")
#: prepositions of a place where a meeting is or goes ("in X", "on their way to X"; not "from
#: X", where a party comes from)
ELSEWHERE_PREPS = knowledge.words(_PLACES, "talks_elsewhere_prepositions")
#: how far from the publication day a dated meeting is still one of the news days
WINDOW = dt.timedelta(days=int(knowledge.table(_PLACES, "talks_venue_limits")["days"]))
#: nouns of a later day of the same talks ("the second day of talks")
DAY_NOUNS = knowledge.words(_PLACES, "meeting_day_nouns")
_TOLD = ("asserted", "future")
#: how many heads a purpose's "for" phrase may climb to its verb
_CLIMB = 6


def place_story_talks(drafts: list[Draft], ctx) -> None:
    """Place the unplaced meetings of the news days at the venue of the story's talks."""
    published = ctx.article.published
    meetings = [d for d in drafts
                if d.event == "CONSULT" and d.modality in _TOLD and _meeting_trigger(d)]
    if published is None or not meetings:
        return  # no meeting to place: the story's sentences need not be read for venues
    sources = _venues(drafts, ctx, published)
    if not sources:
        return
    for d in meetings:
        when = _date_value(d)
        if not _news_day(when, published) or _remote(d.sent) or _new_occasion(d):
            continue
        sides = _codes(d)
        run_on = _later_day(d)
        venue = _one_venue([p for p, day, told, parties in sources
                            if (day is None or when is None or day == when[0]
                                or run_on and day < when[0])
                            and told in (None, d.modality)
                            and (not parties or not sides or parties & sides)])
        if venue is None or _other_venue(ctx, d.sent, venue):
            continue
        if d.location is None:
            d.location = venue
        elif d.location.feature == "country" and d.location.country == venue.country and \
                SPECIFICITY.get(venue.feature, 1) < SPECIFICITY["country"]:
            d.location = venue  # "talks in Tanzania" held in the town the story names


def _later_day(d: Draft) -> bool:
    """"The second day of talks on Sunday": a meeting told as a day of talks running on,
    held where they opened on an earlier day."""
    noun = d.cand.noun if d.cand.noun is not None else d.cand.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.lemma_.lower() in DAY_NOUNS


def _new_occasion(d: Draft) -> bool:
    """"A new round of negotiations is expected", "the next meeting": a meeting told as
    another occasion than the talks so far, whose venue is not theirs."""
    words = [t for t in (d.cand.noun, d.cand.anchor) if t is not None]
    return any(c.dep_ in ("amod", "det") and c.lower_ in NEW_OCCASION
               for w in words for c in w.children)


def _venues(drafts, ctx, published) -> list[tuple]:
    """(place, day or None, modality or None, states) of each meeting of the news days the
    story places: a meeting word that is an act's trigger is told as that act is ("his
    meeting in X" after a meeting told as done is no venue of talks to come), and its parties
    are that act's (or the act of the verb it is the purpose of)."""
    found = [(d.location, (_date_value(d) or (None,))[0], d.modality, _codes(d))
             for d in drafts
             if d.event == "CONSULT" and d.location is not None and d.modality in _TOLD
             and d.location.country and _news_day(_date_value(d), published)
             and d.sent.start_char <= d.location.start < d.sent.end_char]
    acts = {t.i: d for d in drafts for t in (d.cand.head, d.cand.noun) if t is not None}
    for sent in ctx.doc.sents:
        if not _news_sentence(ctx, sent, published) or _remote(sent):
            continue
        for tok in sent:
            if tok.lemma_.lower() not in MEETING_WORDS and tok.lower_ not in MEETING_WORDS:
                continue
            for owner, own in _owners(tok):
                place = place_for(ctx, owner, targets=False)
                if place is not None and place.country:
                    date = date_for(ctx, owner) if own else None
                    act = acts.get(tok.i) or acts.get(owner.i)
                    found.append((place, date.value if date is not None and
                                  date.precision == "day" else None,
                                  acts[tok.i].modality if tok.i in acts else None,
                                  _codes(act) if act is not None else set()))
    return found


def _one_venue(found):
    """The one most specific place of ``found`` when all lie in one country, else None."""
    if not found or len({p.country for p in found}) > 1:
        return None
    best = min(SPECIFICITY.get(p.feature, 1) for p in found)
    finest = [p for p in found if SPECIFICITY.get(p.feature, 1) == best]
    if len({p.name for p in finest}) > 1:
        return None  # two towns of one country: two occasions
    return finest[0]


def _owners(tok):
    """(token, own) for the tokens whose place is the meeting's: the word itself (whose date
    is the meeting's), and the verb it is the purpose of ("in X on Monday for the talks",
    "arrived in X to meet": the arrival's day is not the meeting's)."""
    yield tok, True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "two days of talks", "a round of talks"
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        # "was in X for the talks", "arrived in X as part of a delegation for the talks"
        for up in tree.ancestors(tok.head, _CLIMB):
            if up.pos_ in ("VERB", "AUX"):
                yield up, False
                break
    if tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        yield tok.head, False


def _codes(d: Draft) -> set:
    return {a.code for a in d.actor + d.recipient if a.code}


def _meeting_trigger(d: Draft) -> bool:
    return any(t is not None and (t.lemma_.lower() in MEETING_WORDS or t.lower_ in MEETING_WORDS)
               for t in (d.cand.head, d.cand.noun))


def _remote(sent) -> bool:
    return any(t.lower_ in REMOTE_WORDS for t in sent)


def _other_venue(ctx, sent, venue) -> bool:
    """The sentence names a place of another country than the talks' where something is or
    goes ("in X", "at X", "on their way to X"): its meeting is held there."""
    for p in ctx.places_in(sent.start_char, sent.end_char):
        if not p.country or p.country == venue.country:
            continue
        span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
        head = None if span is None else place_phrase_head(span.root)  # "the city of X"
        if head is not None and head.dep_ == "pobj" and head.head.lower_ in ELSEWHERE_PREPS:
            return True
    return False


def _date_value(d: Draft):
    if d.date_override is not None:
        return d.date_override[0], d.date_override[1]
    if d.date is None or not d.date.value or d.date.source == "publication":
        return None
    return d.date.value, d.date.precision


def _news_day(value, published) -> bool:
    """An undated act, or one dated to a day within the window of the publication day."""
    if value is None:
        return True
    text, precision = value
    if precision != "day":
        return False
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return False
    return abs(day - published) <= WINDOW


def _news_sentence(ctx, sent, published) -> bool:
    return all(_news_day((d.value, d.precision), published)
               for d in ctx.dates_in(sent.start_char, sent.end_char)
               if d.value and d.source != "publication" and d.kind == "point")
