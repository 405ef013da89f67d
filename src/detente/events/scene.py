"""The scene an incident sets: when and where the acts told after it happened.

A report of violence opens with the incident, dated and placed ("Militants attacked a train
Tuesday in X province"), then tells its course without repeating either: "the group said it
had blown up the tracks", "16 attackers had been killed", "he opened fire on a patrol". Those
acts happened then and there; dated by the publication day and placed nowhere, they land a
day late and off the map.

An act of a scene category (data/ontology.yaml ``scene_carried``: force, arrests and
protest) with neither a date nor a place of its own takes both from the latest earlier act of
any of those categories that has a place
and a calendar date, or a place and no date at all (the day's news: the act then takes the
place only), when:

- it is told as done, in the simple past or past perfect ("killed", "had been killed"), or
  as going on then ("were holding 200 hostages"): the
  present perfect and the present tell a tally or a state over time ("security forces have
  arrested 2,400 people"), which no one scene holds;
- it is asserted (not a plan, a denial or background), and the scene is asserted or, with
  a calendar date, historical (the course of an incident of years ago is history too);
- the act's sentence names no place of another country than the scene's ("fired rockets on
  X, in northern Israel ... struck a militant in southern Lebanon": across the border), nor
  other places by a place noun ("were arrested in other towns");
- the scene is close (``scene_limits`` in data/lexicon/events.yaml) and no sentence
  from the scene's to the act's names another day, month or year: a new date is a new
  occasion ("The prison break Thursday ...", "Last year ..."); for an undated scene, any date
  but the publication day ("Also Monday, ...").

An unplaced act dated the scene's own day through the incident it names, its sentence naming
no day itself ("attacked an office during the protest", "arrested 40 people after the
clashes"), takes the scene's place; "Also on Monday, gunmen killed ..." names a day again and
is another incident of that day.

An unplaced act told at the incident's place by a bare definite noun of it ("arrested two
suspects at the scene on Monday", "near the site of the blast"; ``scene_place_nouns``) is
there, within reach, whatever its day; not "at the test site", "the site of another bombing".

A lead may tell the outcome before the scene: "More than 200 people were injured when police
fired tear gas. ... Hundreds gathered in X Thursday to protest". An unplaced act before the
article's first scene, close to it (``lead_reach``), with no place nor other day named in
between and not in a relative clause describing a party, takes that scene.

An undated act placed where the dated scene is continues it (it takes the scene's date and
sets no new scene): "bombed X village on Tuesday ... they came to bomb the village".

An act beyond the scene's reach, or after a new date, still takes it when the sentence just
before names the incident by its day ("Tuesday's attack marked an escalation. The militants
blew up the tracks ..."). An unplaced event noun named as told before with the scene's own day ("Tuesday's attack
marked an escalation", "the attack on Tuesday") is the incident told again, however far on:
it takes the scene's place.
"""

from __future__ import annotations

from .. import knowledge, tree
from ..dates import date_for
from ..grounding import LOCATION_NOUNS
from .elsewhere import scene_abroad
from .extract import DEFINITE, Draft
from .lexicon import category_set, events_words, load_lexicon
from .modality import told_in_past

__all__ = ["carry_scene", "told_as_done"]

#: acts whose course a report tells after opening with the incident
SCENE_CATEGORIES = category_set("scene_carried")
#: how many sentences after the incident its scene still holds
SCENE_REACH = int(knowledge.table("lexicon/events.yaml", "scene_limits")["reach_sentences"])
#: how many sentences before the first scene a lead's outcome may be told
_LEAD_REACH = int(knowledge.table("lexicon/events.yaml", "scene_limits")["lead_reach"])
#: words that make a place noun other places than the scene's ("in other towns")
_ELSEWHERE = knowledge.words("lexicon/places.yaml", "elsewhere_words")
#: marks of a clause of another time than the one it hangs on ("after a bus killed ...")
_TIME_MARKS = knowledge.words("lexicon/events.yaml", "time_clause_marks")
#: nouns of the place an incident told before happened ("at the scene", "the site of the blast")
_SCENE_PLACES = knowledge.words("lexicon/places.yaml", "scene_place_nouns")
#: prepositions of where an act is ("at the scene", "near the site")
_VENUE_PREPS = knowledge.words("lexicon/places.yaml", "venue_prepositions")
#: auxiliaries of the present perfect ("have arrested"): a tally over time, not one scene
_PERFECT_AUX = events_words("present_perfect_aux")


def carry_scene(drafts: list[Draft], ctx) -> None:
    """Give undated, unplaced acts of an incident told just before its date and place.
    ``drafts``: in text order, each with ``extra["sent_index"]``."""
    scene: Draft | None = None
    for d in drafts:
        if d.event not in SCENE_CATEGORIES:
            continue
        if _sets_scene(d) and not _same_place_undated(d, scene):
            scene = d
            continue
        if scene is not None and (_names_the_scene(d, scene) or _at_the_scene(ctx, d, scene)):
            d.location = scene.location  # "Tuesday's attack marked an escalation"
            continue
        same_day = _same_day(ctx, d, scene)
        if scene is None or d.date is not None and not same_day \
                or d.date_override is not None \
                or not _same_place_undated(d, scene) and d.location is not None \
                or d.modality != "asserted" \
                or not (told_as_done(d.cand.head) or _past_progressive(d.cand.head)) \
                or scene.event != d.event and not _main_scene(scene) \
                or scene_abroad(ctx, d.sent, scene.location) or _other_places(d.sent):
            continue
        if (d.extra["sent_index"] - scene.extra["sent_index"] > SCENE_REACH
                or _new_date_between(ctx, scene, d)) and not _renamed_before(ctx, scene, d):
            continue
        if same_day:
            d.location = scene.location  # "attacked an office during the protest"
        else:
            d.date, d.location = scene.date, scene.location
    _lead_outcome(drafts, ctx)


def _lead_outcome(drafts: list[Draft], ctx) -> None:
    """A lead that tells an incident's outcome before the report sets its scene: "More than
    200 people were injured when police fired tear gas to disperse the crowd. ... Hundreds
    of people gathered in X Thursday to protest ...". An unplaced act of a scene category
    told as done and asserted (not in a relative clause, and with no state of its parties
    foreign to the scene's) before the article's first scene, which is dated to a day or
    undated, within ``lead_reach`` sentences of it, with no place named in between nor
    another day, takes the scene (its date too when it has none)."""
    scene = next((d for d in drafts if d.event in SCENE_CATEGORIES and _sets_scene(d)), None)
    if scene is None or scene.date is not None and scene.date.precision != "day":
        return  # "Earlier this month, ..." is background, not the lead's day
    for d in drafts:
        if d.extra["sent_index"] >= scene.extra["sent_index"]:
            return
        if d.event not in SCENE_CATEGORIES or d.location is not None \
                or d.date_override is not None or d.modality != "asserted" \
                or scene.modality != "asserted" or not told_as_done(d.cand.head) \
                or _described(d.cand.head) \
                or scene.event != d.event and not _main_scene(scene) \
                or scene.extra["sent_index"] - d.extra["sent_index"] > _LEAD_REACH \
                or ctx.places_in(d.sent.start_char, scene.sent.start_char) \
                or _other_sides(d, scene):
            continue
        if d.date is None and not ctx.dates_in(d.sent.start_char, scene.sent.start_char):
            d.date, d.location = scene.date, scene.location
        elif _same_day(ctx, d, scene):
            d.location = scene.location


def _other_sides(d: Draft, scene: Draft) -> bool:
    """The act and the scene name parties of no state in common ("Israeli jets killed 20
    people. Russian missiles struck X"): two incidents, not one told twice."""
    mine = {a.code for a in d.actor + d.recipient if a.code}
    theirs = {a.code for a in scene.actor + scene.recipient if a.code}
    return bool(mine) and bool(theirs) and not mine & theirs


def _described(head) -> bool:
    """The act is told in a relative clause describing a party ("an outlet that was
    recently shut down by the junta"): its background, not the lead's incident."""
    return any(child.dep_ == "relcl" for child, _ in tree.steps_up(head))


def _main_scene(scene: Draft) -> bool:
    """The incident is told in its sentence's own time, not in a clause set before or after
    it, and its date too ("Students marched in X after a bus killed two pupils on Tuesday":
    neither the deaths nor the march set the day of the arrests told next). An act of another
    category takes only such a scene."""
    if _in_time_clause(scene.cand.head, None):
        return False
    if scene.date is None:
        return True
    at = next((t for t in scene.sent if t.idx >= scene.date.start), None)
    return at is None or not _in_time_clause(at, scene.cand.head)


def _in_time_clause(tok, stop) -> bool:
    """Whether ``tok`` lies in an adverbial clause of another time ("after ...") below
    ``stop`` (a token, or None for the sentence's root)."""
    for child, head in tree.steps_up(tok):
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS
                                         for c in child.children):
            return True
        if stop is not None and head.i == stop.i:
            return False
    return False


def _other_places(sent) -> bool:
    """The act's sentence tells it of other places than the scene: "another 11 were arrested
    in other towns", "clashes spread to several cities"."""
    return any(tok.lemma_.lower() in LOCATION_NOUNS and any(
        c.dep_ in ("amod", "det") and c.lower_ in _ELSEWHERE for c in tok.children)
        for tok in sent)


def _same_day(ctx, d: Draft, scene: Draft | None) -> bool:
    """An unplaced act dated the scene's own calendar day through the incident it names,
    its sentence naming no day itself: "attacked an office during the protest", "arrested
    40 people after the clashes". Not "Also on Monday, gunmen killed two soldiers": a day
    named again opens another incident of that day."""
    return scene is not None and d.location is None and d.date is not None and \
        scene.date is not None and bool(scene.date.value) and scene.date.precision == "day" \
        and d.date.value == scene.date.value and not any(
            ref.value for ref in ctx.dates_in(d.sent.start_char, d.sent.end_char))


def _same_place_undated(d: Draft, scene: Draft | None) -> bool:
    """An undated act placed where the dated scene is ("bombed the village" after "bombed X
    village on Tuesday"): the incident's course, not a new scene."""
    return scene is not None and d.date is None and scene.date is not None and \
        d.location is not None and scene.location is not None and \
        d.location.name == scene.location.name


def _renamed_before(ctx, scene: Draft, d: Draft) -> bool:
    """The sentence before the act names the incident by its day ("Tuesday's attack marked
    an escalation. The militants blew up the tracks ..."), and the act's own names no other
    day: the report has gone back to the scene."""
    if scene.date is None or not scene.date.value or scene.date.precision != "day" or \
            d.sent.start == 0:
        return False
    value = scene.date.value
    if any(ref.value and not value.startswith(ref.value)
           for ref in ctx.dates_in(d.sent.start_char, d.sent.end_char)):
        return False
    nouns = load_lexicon().nouns
    for tok in d.cand.head.doc[d.sent.start - 1].sent:
        entry = nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if entry is None or entry.weak or entry.event != d.event:
            continue
        ref = date_for(ctx, tok)
        if ref is not None and ref.value == value:
            return True
    return False


def _at_the_scene(ctx, d: Draft, scene: Draft) -> bool:
    """An unplaced act told at the incident's place by a bare definite noun of it, within
    reach: "arrested two suspects at the scene on Monday", "near the site of the blast"
    (not "at the construction site", "the site of a new attack")."""
    if d.location is not None or d.extra["sent_index"] - scene.extra["sent_index"] > SCENE_REACH \
            or scene_abroad(ctx, d.sent, scene.location):
        return False
    for prep in d.cand.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _VENUE_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _SCENE_PLACES and \
                    _bare_definite(noun) and all(_bare_definite(o) for of in noun.children
                                                 if of.dep_ == "prep" and of.lower_ == "of"
                                                 for o in of.children if o.dep_ == "pobj"):
                return True
    return False


def _bare_definite(noun) -> bool:
    """"the scene", "the blast", "Tuesday's attack": definite, with no word naming another
    kind of it ("the construction site", "a new attack")."""
    deps = [c.dep_ for c in noun.children if c.dep_ not in ("prep", "punct")]
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
               for c in noun.children) and all(dep in ("det", "poss") for dep in deps)


def _names_the_scene(d: Draft, scene: Draft) -> bool:
    """An unplaced event noun named as told before ("the attack", "Tuesday's attack") with
    the scene's own calendar day: the incident itself, told again."""
    noun = d.cand.noun if d.cand.noun is not None else d.cand.head
    if d.cand.kind != "noun" or d.location is not None or d.date is None \
            or scene.date is None or not scene.date.value or scene.date.precision != "day" \
            or d.date.value != scene.date.value or d.event != scene.event:
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or
               c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.children)


def _sets_scene(d: Draft) -> bool:
    """An asserted act with a place of its own, and a calendar date or none at all; or a
    historical one with both (an incident of years ago told in its course: its acts are
    history too, ``modality.date_aged``)."""
    if d.location is None or d.modality not in ("asserted", "historical"):
        return False
    if d.date is None:
        return d.modality == "asserted"
    return bool(d.date.value) and d.date.kind == "point"


def told_as_done(head) -> bool:
    """A verb in the simple past ("killed", "were killed") or past perfect ("had blown up"),
    not the present perfect ("have arrested") nor the present."""
    if not tree.is_verb(head):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _PERFECT_AUX or a.tag_ in ("VBZ", "VBP", "MD")
           for a in auxes):
        return False
    return told_in_past(head)


def _past_progressive(head) -> bool:
    """A verb told as going on then ("were holding 200 hostages", "was firing on the
    crowd"): the scene's course too."""
    return tree.is_verb(head) and head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children)


def _new_date_between(ctx, scene: Draft, d: Draft) -> bool:
    """Whether a date other than the scene's is named after the scene's date and up to the
    end of the act's sentence."""
    start = scene.date.end if scene.date is not None else scene.sent.end_char
    end = d.sent.end_char
    # an undated incident is the news of the day it is reported: "Also Monday" goes on
    published = getattr(getattr(ctx, "article", None), "published", None)
    value = scene.date.value if scene.date is not None else (
        published.isoformat() if published is not None else None)
    for ref in ctx.dates_in(start, end):
        if ref.start < start or not ref.value or ref.kind == "duration":
            continue
        if value is None or not (value.startswith(ref.value) or ref.value.startswith(value)):
            return True
    return False

