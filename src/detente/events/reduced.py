"""Doers the parser loses in reduced relative clauses, and in a step taken.

"..., a charge the ministry rejected Thursday": with no "that", the small model often hangs
"rejected" on an earlier noun as a bare modifier and folds "the ministry" into the nominal
before it, so the verb has no subject. The doer is then the noun right before the verb,
provided the verb has no object of its own (the relativised noun is its object), no
by-phrase (a passive participle, "the plan backed by X"), and that noun is not the word the
verb modifies ("the claim made ...").

"Canada took the rare step of expelling the envoy": the act is a gerund hung on "of", and its
doer is whoever took the step.
"""

from __future__ import annotations

from .. import tree
from .lexicon import category_set, events_words
from .phrases import agent_of
from .weapons import is_weapon

#: Dependencies of a verb hung on a noun without a clause of its own.
MODIFIER_DEPS = frozenset({"acl", "relcl"})
#: What stands between the doer and its verb without breaking the pattern ("also rejected").
SKIPPED_DEPS = frozenset({"advmod", "aux", "neg"})
OWN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "csubj", "ccomp",
                               "xcomp", "attr"})


def reduced_relative_subject(cand) -> list:
    """[the doer token] of a verb trigger in a reduced relative clause, else []."""
    verb = cand.head
    # a past tense: a bare participle ("a report released Thursday") is passive
    if cand.kind != "verb" or verb.dep_ not in MODIFIER_DEPS or verb.tag_ != "VBD":
        return []
    if any(c.dep_ in OWN_ARGUMENT_DEPS for c in verb.children):
        return []
    sent = verb.sent
    prev = None
    for i in range(verb.i - 1, max(sent.start, verb.i - 4) - 1, -1):
        tok = verb.doc[i]
        if tok.head.i == verb.i and tok.dep_ in SKIPPED_DEPS:
            continue
        prev = tok
        break
    # a preposition's object is no clause's subject ("an assessment from the ministry")
    if prev is None or prev.i == verb.head.i or prev.pos_ not in ("PROPN", "NOUN") \
            or prev.dep_ == "pobj":
        return []
    if any(c.i > verb.i for c in prev.children):
        return []  # the noun goes on past the verb: not the end of a phrase before it
    return [prev]


#: Nouns of a measure taken whose "of" gerund is the act ("took the rare step of expelling").
STEP_NOUNS = events_words("step_nouns")
#: Verbs by which such a step is taken.
TAKING = events_words("step_taking_verbs")


def step_verb(cand):
    """The verb that took the step a gerund act is "of" ("took the unusual step of expelling
    the envoy"), else None."""
    verb = cand.head
    if cand.kind != "verb" or verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    step = prep.head
    if prep.lower_ != "of" or step.i == prep.i or step.lemma_.lower() not in STEP_NOUNS:
        return None
    if step.dep_ != "dobj" or step.head.lemma_.lower() not in TAKING:
        return None
    return step.head


def step_taker(cand) -> list:
    """[the subject of "took"] of a gerund act in a step taken: the parser hangs the act on
    "of", so it has no subject of its own."""
    taking = step_verb(cand)
    subj = tree.subject(taking) if taking is not None else None
    return [subj] if subj is not None and subj.pos_ in ("PROPN", "NOUN") else []


#: ASSAULT, COERCE, MOBILIZE: acts of force, whose doer a by-phrase on the act names
FORCE = category_set("force_categories", "lexicon/cautions.yaml")
#: "bomb", "grenade": weapons planted or thrown, which are no people though the doer nouns
#: list them (a weapon does the harm when no one is named)
PLANTED = events_words("planted_weapons")
#: "hit", "strike": verbs by which a vehicle runs into a planted weapon
STRUCK = events_words("struck_verbs")


#: How many appositions ("the claim ..., a charge ...") are followed up to the noun rejected.
APPOS_REACH = 3


def rejected_claim_owner(cand) -> list:
    """[the subject of the clause whose object the reduced relative takes up] ("Kabul
    repeated the claim ..., a charge Islamabad rejected": Kabul), else []: whose claim
    is rejected or denied."""
    if not reduced_relative_subject(cand):
        return []
    noun = tree.climb(cand.head.head, ("appos",), limit=APPOS_REACH)
    if noun.dep_ != "dobj":
        return []
    subj = tree.subject(noun.head)
    return [subj] if subj is not None else []


def restore_doer(cand, roles, agent_nouns: frozenset[str] = frozenset()) -> None:
    """Put the reduced relative's doer, and whose claim it answers, into ``roles``; an act
    of force done by a strike or a bomb that a participle says someone carried out or
    planted ("an airstrike carried out by X killed ...") is that someone's."""
    doer = reduced_relative_subject(cand) or step_taker(cand)
    if doer:
        roles.actor = doer
        roles.recipient = roles.recipient or rejected_claim_owner(cand)
    elif cand.event in FORCE and roles.actor and _struck_planted(cand):
        # "their vehicle struck a landmine": whoever rode it is hit ("soldiers died when
        # ..."); the planter is unnamed
        hurt = tree.subject(cand.head.head) if cand.head.dep_ == "advcl" else None
        roles.recipient, roles.actor = roles.actor + ([hurt] if hurt is not None else []), []
    elif cand.event in FORCE and roles.actor:
        roles.actor = [_participle_agent(t, agent_nouns) or t for t in roles.actor]
    elif cand.event == "ASSAULT" and cand.kind == "noun":
        # "an attack launched by X"; not a measure ("restrictions imposed by X"), which a
        # story names mostly as a standing state, no act of its own
        agent = _participle_agent(cand.head, agent_nouns)
        roles.actor = [agent] if agent is not None else roles.actor


def _struck_planted(cand) -> bool:
    """Whether the verb trigger's object is a planted weapon ("struck a landmine", "hit
    an explosive device"): its subject ran into it, and is the one harmed."""
    return (cand.kind == "verb" and cand.head.lemma_.lower() in STRUCK
            and any(c.dep_ == "dobj" and c.lemma_.lower() in PLANTED
                    for c in cand.head.children))


def _participle_agent(tok, agent_nouns: frozenset[str]):
    """The by-phrase's noun of a passive participle on the thing ``tok`` ("a bomb planted
    by militants", "an attack launched by Russian forces"), else None. Not on people
    ("civilians targeted by X" are the victims) and not on names."""
    lemma = tok.lemma_.lower()
    people = (lemma in agent_nouns or tok.lower_ in agent_nouns) and not (
        is_weapon(tok) or lemma in PLANTED)
    if tok.pos_ != "NOUN" or people:
        return None
    verb = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    return agent_of(verb) if verb is not None else None
