"""Whether the possessor of an event noun did the act or suffered it.

"Russia's invasion", "the army's crackdown": the possessor acts. "The journalist's arrest",
"the envoy's assassination", "the general's killing": the possessor is the one the act was
done to, and whoever condemns or rejects the act is aimed at its doer, not at the victim.
Two readings decide:

- the categories and modes listed under ``poss_is_patient`` (data/triggers.yaml), whose
  possessor is the victim whoever it is;
- the nouns listed under ``patient_possessor_nouns`` (data/lexicon/recipients.yaml), whose
  possessor is the victim when it is a person ("Ahmed's killing") and the doer when it is a
  state or a body ("Iran's executions").

An "of" phrase names the victim itself, and then the possessor is the doer whatever the noun:
"the army's killing of protesters", "Russia's release of the prisoners".
"""

from __future__ import annotations

from .. import knowledge
from .relatives import names_party

#: Event nouns whose possessor, when a person, is the one the act was done to.
PATIENT_NOUNS = knowledge.words("lexicon/recipients.yaml", "patient_possessor_nouns")
#: Entity types of possessors that are states or bodies, which do such acts.
DOER_ENTS = ("GPE", "NORP", "ORG")
#: Possessive pronouns that stand for a person ("his arrest").
PERSONAL = frozenset({"his", "her"})


def possessor(noun):
    """The possessor token of ``noun`` ("Ahmed" in "Ahmed's arrest"), or None."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _of_object(noun) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" for g in c.children) for c in noun.children)


def _person(tok) -> bool:
    """A possessor naming a person, not a state or a body."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSONAL
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.ent_type_ not in DOER_ENTS)


def possessor_suffers(noun, lex, event: str | None = None, mode: str | None = None) -> bool:
    """Whether the possessor of the event noun ``noun`` is the party the act was done to.
    ``event``/``mode``: the noun's category and mode when the caller knows them, else the
    lexicon's entry for the noun."""
    owner = possessor(noun)
    if owner is None or _of_object(noun):
        return False
    if event is None:
        entry = lex.nouns.get(lex.lemma(noun))
        if entry is None:
            return False
        event, mode = entry.event, entry.mode
    if {event.lower(), f"{event}/{mode}".lower()} & lex.poss_is_patient:
        return True
    return (lex.lemma(noun) in PATIENT_NOUNS or noun.lower_ in PATIENT_NOUNS) and _person(owner)


def acting_owner(noun, lex) -> list:
    """The possessor of an object that did what the object names ("denounced Serbia's
    crackdown": Serbia), as a one-token list; none when the possessor suffered it ("X's
    arrest") or the object is a party named in its own right ("accused its rival Rwanda")."""
    owner = possessor(noun)
    if owner is None or possessor_suffers(noun, lex) or names_party(noun):
        return []
    return [owner]


def of_is_doer(noun, lex, event: str, mode: str | None, targeted=frozenset()) -> bool:
    """Whether the "of" phrase of the event noun ``noun`` names its doer: so for the
    categories listed under ``of_is_agent`` ("the withdrawal of Russian troops", "the demands
    of the protesters"), unless a possessor already does an act of the ``targeted``
    categories ("Kenya's criticism of Sudan", "Russia's rejection of the plan": the "of"
    phrase is the one criticised or rejected)."""
    if event.lower() not in lex.of_is_agent and f"{event}/{mode}".lower() not in lex.of_is_agent:
        return False
    owner = possessor(noun)
    return event not in targeted or owner is None or possessor_suffers(noun, lex, event, mode)
