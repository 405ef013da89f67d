"""The parties of an act of force once its sentence has been read: steps that need the
drafts of the article around it.

- A striker named only by its weapon takes the side that attacked the same country before
  (``weapons.attribute``).
- "16 militants were killed": the state's armed foes killed with no doer named are, in a
  story set in that state, killed by its forces (``doers.reporting_force`` does the same
  when the forces report it themselves); so is a strike told by its weapon that a state's
  force reports killing its armed foes ("the army said the airstrikes killed 30 militants").
- "deported 40 people to Honduras": people sent back to a country are, unless the text
  names their side, that country's; the deporting state's own country (where they were
  held) is no recipient of its deportation, and deportees with no side named take none
  (a state deports foreigners). Extradition is not meant: the destination of
  an extradited suspect is the state that asked for them, not their side.
- "X remains in custody": the one held is X, the holder the state.
- "barred X from entering the United States" (by the United States): the doer's own country
  named as a place is no second target.
- "troops clashed with Chinese soldiers": whom a side fights with is the other side.
- "a war that lasted three years and killed 100,000 people", "the insurgency has killed
  40,000": the toll of a whole war, told as background, is no act of anyone's.
- "killed in what officials called a cowardly attack": the officials name the act; the
  light-verb reading ("called an attack" as ordering one) makes them its doers.
- "the clash between President A and President B", "A clashed with B over tariffs": a
  clash between named persons with no force on either side is an argument, not a fight (a
  clash between troops, police or protesters is violence).
- Single-sentence constructions kept in their own modules: an alert against a disease
  (``alerts``), the wounded of an attack already told (``wounds``), what a strike shuts
  (``protest_effects``), a war named as a time frame (``war_frames``), the doer and place
  left of a withdrawal named by a noun (``movements``), the neighbour across a closed border
  (``borders``), the victim named by a relative pronoun (``relative_victims``).
"""

from __future__ import annotations

import dataclasses

from .lexicon import events_words, particle_keys
from .phrases import phrase, subject_of
from .recipients import FOREIGN, OUTWARD, is_place
from . import alerts, borders, force_roles, movements, protest_effects, relative_victims, \
    war_frames, weapons, wounds
from .. import knowledge, tree
from ..records import Actor
from .doers import FOES, FORCES
from .parties import state_actor

#: Verbs (lemmas) of sending people back to a country: the destination is their side.
RETURNING = events_words("returning_verbs")
#: "CATEGORY/mode" of the acts a state does to its own people unless the text says
#: otherwise: arrests, bans, executions (matched lower-cased).
AT_HOME = frozenset(events_words("home_force_acts"))
#: Verbs (lemmas) of staying where one is held: "remains in custody".
STAYING = events_words("staying_verbs")
#: Characters a place mention may begin before the actor's words ("the " of "the U.S.").
PLACE_LEAD = 8
#: Nouns (lemmas) of a fight that may be only a war of words between persons.
WORDY = events_words("wordy_clash_nouns")
#: Nouns (lemmas) of a whole war: as the subject of a harm, a toll, not one act.
WARS = war_frames.WARS
#: Verbs (lemmas) of combat whose "with" party is the other side ("fought with rebels").
COMBAT = events_words("combat_with_verbs")
#: Verbs of naming (lemmas): "what officials called an attack" names an act, does none.
NAMING = force_roles.NAMING_VERBS
#: Entity types of a party whose clash is an argument ("between President A and President B").
PERSONS = frozenset(knowledge.ordered("lexicon/events.yaml", "wordy_clash_entities"))


def settle(ctx, d, kept: list, around: tuple) -> bool:
    """Complete the parties of draft ``d`` (``kept``: the article's drafts so far,
    ``around``: this sentence's drafts before and after it); False when ``d`` is no act of
    force."""
    before, after = around
    weapons.attribute(ctx, d, kept, (before, after))
    if alerts.civil_alert(d):
        return False  # "went on high alert after an Ebola case": no force moved
    if wounds.more_of_toll(d, before) or protest_effects.is_protest_effect(d) or \
            war_frames.is_frame(d) or war_frames.described_struggle(d):
        return False  # one attack; "a strike shut the city"; "prices rose amid the war"
    d.recipient = relative_victims.antecedent_victims(ctx, d) or d.recipient
    moved_by = movements.mover(ctx, d)
    if moved_by:
        d.actor = moved_by
        if not any(r.code for r in d.recipient):
            d.recipient = movements.left_country(ctx, d) or d.recipient
    d.recipient = borders.neighbour(ctx, d) or d.recipient
    if d.event == "ASSAULT" and (_argument(d.cand) or _naming(d.cand) or _toll(d.cand)):
        return False
    if d.event == "ASSAULT" and not d.actor:
        d.actor = _foes_killed(ctx, d) or _reported_strike(ctx, d) or _mutual(d)
    elif d.event == "ASSAULT" and weapons.unattributed(d):
        d.actor = _reported_strike(ctx, d) or d.actor
    if d.event == "ASSAULT" and not any(r.code for r in d.recipient):
        d.recipient = _opponent(ctx, d) or d.recipient
    if d.event == "COERCE" and d.cand.kind == "verb" and \
            _returning(d.cand.head):
        dest = _destination(ctx, d.cand.head)
        if dest is not None:
            d.actor = _deporter(ctx, d.actor, dest.code)
            if d.location is not None and d.location.start == dest.start:
                d.location = None  # where they were sent is not where it was done
        if dest is not None and _unsided(d.recipient, d.actor, dest.code):
            d.recipient = (dest,)
        elif dest is None:
            d.recipient = _foreigners(ctx, d.recipient, d.actor)
    elif d.event == "COERCE" and len({r.code for r in d.recipient if r.code}) > 1:
        d.recipient = _not_itself(ctx, d.recipient, d.actor)
    elif f"{d.event}/{d.mode}".lower() in AT_HOME:
        _held(ctx, d)
        d.recipient = _own_people(ctx, d)
    return True


def _returning(verb) -> bool:
    """"deported", "repatriated", "sent back" (a verb of ``RETURNING`` with its particle)."""
    lemma = verb.lemma_.lower()
    return lemma in RETURNING or any(
        k in RETURNING for k in particle_keys(verb, lemma, ("prt", "advmod")))


def _held(ctx, d) -> None:
    """"X remains in custody": the subject of a verb of staying is the one held; the holder
    is the party named with the custody ("in the custody of the rebels", "in Thai
    detention"), else, unnamed,
    the state of the story's country (or of the place it is told in)."""
    cand = d.cand
    if cand.kind != "light" or cand.head.lemma_.lower() not in STAYING or not d.actor:
        return
    holders = tuple(r for r in d.recipient if not is_place(ctx, r, PLACE_LEAD)) \
        or _owner(ctx, cand.noun)
    d.recipient, d.actor = d.actor, holders
    home = ctx.actors.setting or (d.location.country if d.location is not None else None)
    if holders or home is None:
        return
    d.actor = (state_actor(ctx, home),)


def _owner(ctx, noun) -> tuple:
    """The coded party a custody noun belongs to: "Thai detention", "the army's custody"."""
    if noun is None:
        return ()
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i:
            found = tuple(a for a in ctx.actors.resolve(ctx.doc[c.left_edge.i:c.i + 1])
                          if a.code)
            if found:
                return found
    return ()


def _own_people(ctx, d) -> tuple:
    """The recipients of a state's arrest, ban or execution, given the state's country when
    none has one and the text names no one ("a man", "a cell", not "a French tourist")."""
    codes = {a.code for a in d.actor if a.code}
    countries = ctx.actors.kb.countries
    if len(codes) != 1 or not d.recipient or any(r.code for r in d.recipient):
        return d.recipient
    home = next(iter(codes))
    if home not in countries or (d.location is not None and d.location.country not in (
            None, home)):
        return d.recipient
    for r in d.recipient:
        span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand") \
            if r.start >= 0 else None
        if span is None:
            return d.recipient
        # the whole phrase: the actor's words may leave out a modifier ("foreign journalists")
        words = ctx.doc[min(span.start, span.root.left_edge.i):span.end]
        if any(t.pos_ == "PROPN" or t.lower_ in FOREIGN or t.lemma_.lower() in OUTWARD
               for t in words):
            return d.recipient
    return tuple(dataclasses.replace(r, code=home) for r in d.recipient)


def _opponent(ctx, d) -> tuple:
    """"troops clashed with Chinese soldiers", "fought with rebels": whom a side fights
    with is the other side, when the parse gives no target (not "fought with rifles":
    only a party the actor list names; "fought with X against Y" has its target)."""
    verb = d.cand.head
    if d.cand.kind != "verb" or verb.lemma_.lower() not in WORDY | COMBAT:
        return ()
    where = d.location.country if d.location is not None else None
    for g in _objects(verb, "with"):
        found = ctx.actors.resolve(phrase(g))
        named = tuple(a for a in found if a.code)
        if named:
            return named
        if found and where and not any(a.code for a in found):
            # "clashed with police in Nairobi": an unnamed side is of the place
            return tuple(dataclasses.replace(a, code=where) for a in found)
    return ()


def _reported_strike(ctx, d) -> tuple:
    """"The army said the airstrikes killed 30 militants": a strike told by its weapon,
    reported by a state's force, whose victims are all that state's armed foes, is the
    reporting force's own (as a passive one is, ``doers.reporting_force``)."""
    speakers = d.extra.get("speaker_actors") or ()
    forces = tuple(s for s in speakers if s.sector in FORCES)
    codes = {s.code for s in speakers}
    if not forces or not d.recipient or len(codes) != 1 or not codes <= set(
            ctx.actors.kb.countries):
        return ()
    if not all(r.sector in FOES and r.code in codes | {None} for r in d.recipient):
        return ()
    return forces


def _mutual(d) -> tuple:
    """"Four soldiers and five militants were killed in an exchange of fire": a toll that
    counts both a state's forces and their armed foes, with no doer named, is the two sides'
    fight, each the other's doer; uncoded parties name no side."""
    if not d.recipient or any(r.code is None for r in d.recipient) or \
            d.cand.kind != "verb" or not tree.is_passive(d.cand.head):
        return ()  # a toll told in the passive, not "battles against X" (no toll)
    sectors = {r.sector for r in d.recipient}
    if not sectors & (FORCES - {"GOV"}) or not sectors & FOES or not sectors <= FORCES | FOES:
        return ()
    return d.recipient


def _foes_killed(ctx, d) -> tuple:
    """"16 militants were killed": armed foes of the state killed in the passive with no
    doer named are, in a story set in that state, its forces' dead (inferred, no mention);
    civilians killed are anyone's."""
    home = ctx.actors.setting
    if home is None or home not in ctx.actors.kb.countries or d.cand.kind != "verb" \
            or not d.recipient:
        return ()
    if not subject_of(d.cand.head)[1]:
        return ()
    if not all(r.sector in FOES and r.code in (None, home) for r in d.recipient):
        return ()
    return (state_actor(ctx, home),)


def _deporter(ctx, actor: tuple, dest: str) -> tuple:
    """Unnamed deporters ("authorities", "immigration agents") given the destination's
    country, as if it were where the act happened, and a state inferred from the
    destination as the place of the act, are of the story's country instead (none when the
    story is set in the destination)."""
    home = ctx.actors.setting
    home = home if home != dest else None
    out = []
    for a in actor:
        if a.code == dest and a.start < 0:  # the state of the place, inferred
            if home is None:
                continue
            a = state_actor(ctx, home)
        elif a.code == dest and not _named_side(ctx, a):
            a = dataclasses.replace(a, code=home)
        out.append(a)
    return tuple(out)


def _not_itself(ctx, recipient: tuple, actor: tuple) -> tuple:
    """"barred X from entering the United States": the doer's own country named as a place
    the target is kept out of is no second target."""
    own = {a.code for a in actor if a.code}
    return tuple(r for r in recipient if r.code not in own or not is_place(ctx, r, PLACE_LEAD))


def _foreigners(ctx, recipient: tuple, actor: tuple) -> tuple:
    """Deportees given the deporter's country by inference (where they were held, the
    story's setting) lose it: a state deports foreigners. A side the words name stays."""
    own = {a.code for a in actor if a.code}
    out = []
    for r in recipient:
        if r.code in own and not _named_side(ctx, r):
            r = dataclasses.replace(r, code=None)
        out.append(r)
    return tuple(out)


def _named_side(ctx, actor) -> bool:
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand") \
        if actor.start >= 0 else None
    return span is not None and any(a.code for a in ctx.actors.resolve(span))


def _unsided(recipient: tuple, actor: tuple, dest: str) -> bool:
    """The recipient names no side of its own: uncoded, or given the deporter's country
    (where they were held), and not already the destination's."""
    own = {a.code for a in actor if a.code}
    codes = {r.code for r in recipient}
    return dest not in codes and dest not in own and all(c is None or c in own for c in codes)


def _destination(ctx, verb):
    """The country a "to" phrase of the verb, or of its object, sends people to."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            end = g.right_edge.idx + len(g.right_edge)
            for place in ctx.places_in(g.left_edge.idx, end):
                if place.country and place.feature == "country":
                    return Actor(place.text, place.country, None, place.name, None, None,
                                 place.start, place.end)
    return None


def _argument(cand) -> bool:
    """A "clash" (noun, or the verb a parser makes of it) whose parties are all named
    persons: a war of words. The "between" parties decide; without them, the subject and
    the "with" party ("A clashed with B over tariffs")."""
    word = cand.noun if cand.kind == "noun" else cand.head
    if word is None or word.lemma_.lower() not in WORDY:
        return False
    parties = _objects(word, "between")
    if not parties and word.pos_ == "VERB":
        parties = [c for c in word.children if c.dep_ == "nsubj"] + _objects(word, "with")
    parties += [c for p in parties for c in p.conjuncts]
    return bool(parties) and all(p.ent_type_ in PERSONS for p in parties)


def _objects(word, prep: str) -> list:
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ == "pobj"]


def _naming(cand) -> bool:
    """"what officials called an attack": the act noun is what the naming verb calls
    something (its predicate complement), not an act the verb's subject does."""
    noun = cand.noun
    if cand.kind != "light" or noun is None or cand.head.lemma_.lower() not in NAMING:
        return False
    return noun.dep_ in ("oprd", "attr") or (noun.dep_ == "pobj" and noun.head.lower_ == "as")


def _toll(cand) -> bool:
    """A harm verb whose subject is a whole war ("the war has killed thousands"): the war's
    toll told as background, not one act in it."""
    if cand.kind != "verb":
        return False
    subj, passive = subject_of(cand.head)
    return subj is not None and not passive and subj.lemma_.lower() in WARS
