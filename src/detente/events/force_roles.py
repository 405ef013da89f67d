"""Who did a harm told in the passive, and whom it befell, where the parse hides them.

"X was killed in what Kenyan and Somali officials describe as a joint operation": the act
through which the harm happened is not the preposition's object but the complement of a
verb of naming inside it. Its doer is the nationality the act noun carries ("what officials
called an Israeli strike"), else, for a joint act, the parties who call it theirs (the
describers of a joint operation are its partners; those who only call an attack
"indiscriminate" are not its doers).

"One of the group's senior leaders was killed": the victim is a member counted out of a
group; the group is harmed, as for "the group's commander was killed".
"""

from __future__ import annotations

from .lexicon import events_words

#: Verbs of naming whose complement says what an act was: "called", "described as".
NAMING_VERBS = events_words("act_naming_verbs")
#: Adjectives that make an act the shared act of those who name it ("a joint operation").
JOINT = events_words("joint_act_adjectives")
#: Entity types of the words that name a doer's side on an act noun.
SIDE_ENTS = ("NORP", "GPE")
#: Entity types of places named inside the phrase of the act.
PLACE_ENTS = ("GPE", "LOC", "FAC")
#: Tokens of a means phrase searched for the places it names.
MEANS_REACH = 40


def _named_act(verb, means_nouns: frozenset[str]):
    """The act noun a verb of naming gives as what something was ("called a joint
    operation", "described as a strike", "said was an airstrike"), else None."""
    for c in verb.children:
        if c.dep_ in ("oprd", "attr", "dobj", "ccomp") and c.lemma_.lower() in means_nouns:
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in means_nouns:
                    return g
        if c.dep_ == "ccomp" and c.lemma_ == "be":  # "what officials said was a raid"
            for g in c.children:
                if g.dep_ == "attr" and g.lemma_.lower() in means_nouns:
                    return g
    return None


def _side_word(noun):
    """The nationality or country word on an act noun ("an Israeli strike"), else None."""
    return next((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                 and c.i < noun.i and c.ent_type_ in SIDE_ENTS), None)


def described_act(prep, means_nouns: frozenset[str]):
    """(act noun, doer token) of "in what X called a joint operation" under the
    preposition ``prep``, else (None, None); the doer is None when the words name none."""
    for g in prep.children:
        if g.dep_ != "pcomp" or g.lemma_.lower() not in NAMING_VERBS:
            continue
        act = _named_act(g, means_nouns)
        if act is None:
            continue
        side = _side_word(act)
        if side is not None:
            return act, side
        subj = next((c for c in g.children if c.dep_ == "nsubj"), None)
        joint = any(c.dep_ == "amod" and c.lower_ in JOINT for c in act.children)
        return act, (subj if joint else None)
    return None, None


def counted_member(subj, member_nouns: frozenset[str]):
    """"one of the group's leaders": the member noun counted out ("leaders"), else
    ``subj``."""
    if subj.pos_ not in ("NUM", "PRON") and subj.lower_ not in ("one", "some", "several"):
        return subj
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in member_nouns:
                    return g
    return subj


def means_phrase(obj, means_preps: frozenset[str]) -> bool:
    """Whether ``obj`` is the object of a means preposition of a passive harm ("was killed
    in a car bomb explosion in eastern Beirut"): the act through which it happened, or
    where, never a second victim."""
    return obj.head.lower_ in means_preps


def means_places(obj) -> list:
    """The places a means phrase names (``means_phrase``): where the harm happened."""
    start, end = obj.left_edge.i, min(obj.right_edge.i + 1, obj.left_edge.i + MEANS_REACH)
    return [t for t in obj.doc[start:end] if t.ent_type_ in PLACE_ENTS and t.ent_iob_ == "B"]


def raised_victim(cand, roles) -> None:
    """"Eight people were reported to have been killed", "five persons have been confirmed
    killed": the subject of the passive reporting verb is the harm's patient, raised out of
    its clause, not its doer. Moves it from the actor to the recipient, in place. A harm
    told in the active ("were reported to have attacked the town") keeps its doer."""
    head = cand.head
    if cand.event != "ASSAULT" or cand.kind != "verb" or head.tag_ != "VBN" \
            or head.dep_ != "xcomp":
        return
    deps = {c.dep_ for c in head.children}
    if "auxpass" not in deps and "aux" in deps:
        return  # "to have attacked": the perfect of an active verb
    raised = {c.i for c in head.head.children if c.dep_ == "nsubjpass"}
    moved = [t for t in roles.actor if t.i in raised]
    if moved:
        roles.actor = [t for t in roles.actor if t.i not in raised]
        roles.recipient = moved + [t for t in roles.recipient if t.i not in raised]
