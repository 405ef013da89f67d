"""Where a statement is made, as the dateline tells it.

A statement happens where its maker speaks, not where what it is about happens: "WASHINGTON
— The State Department condemned the strikes on Gaza" was made in Washington, and Gaza is
only its topic. So for an act made by saying it (``made_where_said`` in
data/lexicon/places.yaml) the dateline's place stands when its makers are of the
dateline's state and the dateline is that state's capital, whatever state the statement is
aimed at; a meeting or an act of force still needs every party there
(``places.dateline_place``).

- A speaker's own act inside quotation marks ('"We condemn the attacks," the spokeswoman
  said') is made by the speaking, so it is placed like the speaking; an act a speaker only
  tells ('"They shelled our village," he said') is not.
- "here" on an act's clause is the dateline's place in wire style ("BEIJING — Xi met here
  Tuesday with ..."), or the place the word is tied to ("here at the White House").
- Not once the text has told its makers travelling elsewhere ("on a visit to Cairo",
  "arrived in Israel on Monday"): then the dateline is only where the story was filed.

Public API:
    said_at_home(event, actor, filed_place) -> the makers who alone place a statement, or None
    own_words(cand) -> bool
    here_place(ctx, cand, filed_place) -> Place | None
    travelled(ctx, sent, filed_place, body) -> bool
"""

from __future__ import annotations

from .. import knowledge, tree
from ..grounding import default_gazetteer
from ..place_names import JOURNEY_VERBS
from ..places import VENUE_PREPS, place_head, place_root
from .lexicon import category_set, events_words

__all__ = ["MADE_WHERE_SAID", "here_place", "own_words", "said_at_home", "travelled"]

_PLACES = "lexicon/places.yaml"
#: acts made by saying them: made where their maker speaks
MADE_WHERE_SAID = category_set("made_where_said", _PLACES)
#: adverbs that stand for the dateline's place in wire copy ("met here Tuesday")
_HERE = knowledge.words(_PLACES, "dateline_adverbs")
#: verbs and nouns of a journey, whose place says the makers were not at the dateline
_JOURNEY_VERBS = JOURNEY_VERBS | knowledge.words(_PLACES, "visited_place_verbs")
_JOURNEY_NOUNS = knowledge.words(_PLACES, "journey_nouns")
#: a speaker's own pronouns in a quote
_FIRST_PERSON = events_words("first_person")
#: clauses on a trigger that carry its own circumstances ("met X to discuss ... here")
_OWN_CLAUSES = ("advcl", "xcomp")


def said_at_home(event: str, actor: list, filed_place) -> list | None:
    """The makers of a statement filed from their own state's capital, by whom alone the
    dateline places it ("WASHINGTON — the State Department condemned ..."); None for any
    other act, a maker of no state ("rights groups urged"), a dateline of another state or
    a city other than the capital ("NEW YORK — the president threatened": where the markets
    desk files, not where he spoke)."""
    if event not in MADE_WHERE_SAID or filed_place is None or not filed_place.country:
        return None
    gazetteer = default_gazetteer()
    states = {a.code for a in actor if a.code in gazetteer.countries}
    capital = gazetteer.capitals.get(filed_place.country)
    if states != {filed_place.country} or capital is None or not (
            capital.name == filed_place.name or capital.geonameid is not None
            and capital.geonameid == filed_place.geonameid):
        return None
    return list(actor)


def own_words(cand) -> bool:
    """A statement made by its speaker in the quote itself: its trigger's subject is the
    speaker ("we condemn", "I call on both sides"), or of the verb it is joined to."""
    if cand.event not in MADE_WHERE_SAID or not tree.is_verb(cand.head):
        return False
    subject = tree.subject(tree.climb(cand.head, ("conj",)))  # "we condemn ... and call"
    return subject is not None and subject.lower_ in _FIRST_PERSON and subject.pos_ == "PRON"


def _clause_words(head):
    """The trigger and the heads of the subjectless clauses on it."""
    out = [head]
    for child in head.children:
        if child.dep_ in _OWN_CLAUSES and tree.is_verb(child) and tree.subject(child) is None:
            out.append(child)
    return out


def here_place(ctx, cand, filed_place):
    """The place "here" gives the act: the place tied to the word ("here at the White
    House"), else the dateline's city; None without the word or a dateline city."""
    for word in _clause_words(cand.head):
        for here in word.children:
            if here.dep_ != "advmod" or here.lower_ not in _HERE:
                continue
            for prep in here.children:
                if prep.dep_ == "prep" and prep.lower_ in VENUE_PREPS:
                    found = ctx.places_in(prep.idx, prep.right_edge.idx + len(prep.right_edge))
                    if found:
                        return found[0]
            if filed_place is not None and filed_place.feature != "country":
                return filed_place
    return None


def _journey_place(doc, place) -> bool:
    """A place a journey goes to or ends in: "travelled to X", "arrived in X", "visited X",
    "on a visit to X"."""
    root = place_root(doc, place)
    if root is None:
        return False
    head = place_head(root)
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in _JOURNEY_VERBS
    if head.dep_ != "pobj":
        return False
    owner = head.head.head
    if tree.is_verb(owner):
        return owner.lemma_.lower() in _JOURNEY_VERBS
    return owner.lemma_.lower() in _JOURNEY_NOUNS


def travelled(ctx, sent, filed_place, body: int) -> bool:
    """Whether the story, from its start up to the end of ``sent``, tells a journey to a
    place other than the dateline's and its country."""
    for place in ctx.places_in(body, sent.end_char):
        if place.country == filed_place.country and (
                place.feature == "country" or place.name == filed_place.name):
            continue
        if _journey_place(ctx.doc, place):
            return True
    return False
