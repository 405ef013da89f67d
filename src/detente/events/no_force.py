"""Words of harm and force that, in their sentence, tell no act of force.

Reports of disasters and accidents use the words of violence for things nobody did to
anybody, and reports of attacks use them for people rather than acts:

- an accident told in a clause of time on the harm ("eight people were killed when a bus
  rolled over", "died and 20 were injured after their truck plunged into a ravine"): the
  vehicle's mishap did the harm, with no political doer (``accident_clause``);
- a harm participle standing for the people harmed ("the wounded were rushed to hospital",
  "doctors treated the injured"): a noun, not a second attack (``harmed_people``);
- a struggle against nature or hardship ("firefighters battled the blaze", "rescuers fought
  through thick mud", "battling strong winds"): no opponent, no fight (``hardship_fight``);
- a toll in a "with" phrase on a disaster or its clause ("the quake was the worst disaster
  in decades, with thousands dead and wounded"): nature did the harm (``nature_toll``);
- forces sent for rescue or relief ("the government dispatched 12,000 troops for rescue
  operations", "deployed soldiers to help flood victims"): a deployment with no conflict in
  it is no mobilization (``relief_deployment``).
"""

from __future__ import annotations

from .. import knowledge, tree
from .lexicon import Lexicon, particle_keys
from .material import ACCIDENT_VERBS, COMBAT_VERBS, struggle

_FILE = "lexicon/material.yaml"
#: "rolled over", "veered off": accidents told by a verb and its particle (lemma + particle)
ACCIDENT_PHRASALS = knowledge.words(_FILE, "accident_phrasals")
#: "when", "after", "as": the clause of time that tells how a harm came about
TIME_MARKS = knowledge.words(_FILE, "harm_time_marks")
#: what a struggle without an opponent is against ("mud", "winds", "the blaze")
HARDSHIPS = knowledge.words(_FILE, "hardship_nouns")
#: prepositions of a struggle's object: "fought through the mud", "battled against the flames"
HARDSHIP_PREPS = knowledge.words(_FILE, "hardship_preps")
#: what forces sent for rescue are for ("rescue operations", "to help flood victims")
RELIEF = knowledge.words(_FILE, "relief_purposes")
#: how many links up from a harm word its "with" phrase and the disaster are looked for
_TOLL_REACH = 6
#: dependencies of a noun slot: a harm participle there names people, not an act
NOUN_SLOTS = ("nsubj", "nsubjpass", "dobj", "pobj")
#: verbs of carrying or tending whose bare harm participle names people ("evacuated wounded")
CARE_VERBS = knowledge.words(_FILE, "care_verbs")
#: people named by a harm word, and the links between them: "dead and injured", "sick, wounded"
HARM_WORDS = knowledge.words(_FILE, "harmed_people_words")
BARE_LINKS = frozenset({"and", "or", ","})
#: how many words back from the participle the carrying verb is looked for
_CARE_REACH = 4


def no_force(lex: Lexicon, cand) -> bool:
    """True when the candidate, in its sentence, tells no act of force (see the module
    docstring)."""
    if cand.event == "ASSAULT":
        return struggle(cand) or (cand.kind == "verb" and (
            accident_clause(cand.head) or harmed_people(cand.head)
            or hardship_fight(lex, cand.head) or nature_toll(lex, cand.head)
            or cared_for(cand.head)))
    if cand.event == "MOBILIZE" and cand.kind == "verb":
        return relief_deployment(cand.head)
    return False


def _accident_verb(verb) -> bool:
    if verb.lemma_.lower() in ACCIDENT_VERBS:
        return True
    return any(k in ACCIDENT_PHRASALS for k in particle_keys(verb, verb.lemma_.lower()))


def accident_clause(head) -> bool:
    """The harm verb, or the harm it is joined to ("were killed and 40 were injured when"),
    has a clause of time whose verb tells an accident."""
    verbs = [head] + ([head.head] if head.dep_ == "conj" else []) + [
        c for c in head.children if c.dep_ == "conj"]
    for verb in verbs:
        for c in verb.children:
            if c.dep_ != "advcl" or not _accident_verb(c):
                continue
            if any(g.dep_ in ("advmod", "mark") and g.lower_ in TIME_MARKS
                   for g in c.children):
                return True
    return False


def nature_toll(lex: Lexicon, head) -> bool:
    """A toll in a "with" phrase on a disaster or on the clause of one ("the earthquake was
    the worst disaster, with thousands dead and wounded", "floods swept the valley, with 40
    people killed")."""
    crossed = False
    for child, up in tree.steps_up(head, limit=_TOLL_REACH):
        if child.dep_ == "prep" and child.lower_ == "with" or any(
                g.dep_ == "mark" and g.lower_ == "with" for g in child.children):
            crossed = True  # "with thousands dead", or a clause: "with 40 people killed"
        if not crossed:
            continue
        if _hardship(lex, up):
            return True
        if tree.is_verb(up):
            subj = tree.subject(up)
            return subj is not None and _hardship(lex, subj)
    return False


def harmed_people(head) -> bool:
    """"The wounded were rushed to hospital": a harm participle in a noun's slot, with an
    article and no clause of its own."""
    if head.tag_ not in ("VBN", "JJ") or head.dep_ not in NOUN_SLOTS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "dobj", "agent")
           for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "those") for c in head.children)


def cared_for(head) -> bool:
    """"Helicopters evacuated wounded", "ambulances carried injured", "pulled dead and
    injured from the rubble": a bare harm participle right after a verb of carrying or
    tending names the people carried (the parser often makes it the clause's verb)."""
    if head.tag_ not in ("VBN", "JJ") or any(c.dep_ in ("aux", "auxpass") for c in
                                             head.children):
        return False
    i = head.i - 1
    while i >= max(0, head.i - _CARE_REACH) and (head.doc[i].lower_ in BARE_LINKS
                                                 or head.doc[i].lower_ in HARM_WORDS):
        i -= 1  # "dead and injured", "sick, wounded"
    return i >= 0 and head.doc[i].lemma_.lower() in CARE_VERBS


def _hardship(lex: Lexicon, noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in HARDSHIPS or lemma in lex.not_agents or noun.lower_ in lex.not_agents


def hardship_fight(lex: Lexicon, head) -> bool:
    """A combat verb whose only object is nature or hardship ("battled the blaze", "fighting
    through thick mud")."""
    if head.lemma_.lower() not in COMBAT_VERBS:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in HARDSHIP_PREPS:
            objects += [g for g in prep.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in head.children):
        return False  # "fought with rebels": an opponent is named ("against" is hardship's)
    return bool(objects) and all(_hardship(lex, o) for o in objects)


def relief_deployment(head) -> bool:
    """Forces sent "for rescue operations" or "to help (flood victims)": their purpose is
    relief, not force."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in RELIEF or any(
                        m.dep_ in ("compound", "amod") and m.lemma_.lower() in RELIEF
                        for m in g.children)):
                    return True
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in RELIEF and tree.to_infinitive(c):
            return True
    return False
