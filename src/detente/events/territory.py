"""Ground taken by force is an assault, not a confiscation.

The PLOVER manual codes a threat "to occupy, seize control of the whole or part of a
territory" as THREATEN and calls that "distinct from ASSAULT, which refers to military
occupations that have been or are being carried out". So when what a seizing trigger
("seized", "captured", "occupied", "retook", "took control of", "the capture of") takes is
ground (a town, a district, an airport, a named place), the act is ASSAULT with the
extension mode ``occupy``; property, ships, weapons or businesses seized stay COERCE
confiscate, and annexing or nationalising stays the legal act it is. Read on the candidates
after each noun has found its verb and before threats embed their content, so that a threat
to take a town is a THREATEN of mode ``territory``.
"""

from __future__ import annotations

from .lexicon import events_words
from .triggers import lem

#: Nouns (lemmas) of ground.
GROUND_NOUNS = events_words("ground_nouns")
#: Triggers whose seizure stays a legal or political act ("annexed", "nationalized").
SEIZURE_EXEMPT = events_words("seizure_exempt")
#: "took control of X", "tightened their grip on X": X is the ground.
CONTROL_NOUNS = events_words("control_nouns")
#: Entity types of a named place or site.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: What a seizure may have turned into.
SEIZED = ("COERCE", "confiscate")
TAKEN_GROUND = ("ASSAULT", "occupy")


def _of_objects(tok) -> list:
    """The nouns of ``tok``'s "of" (or "over"/"on") phrase: "control of the capital"."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "over", "on")
            for g in p.children if g.dep_ == "pobj"]


def _seized(cand) -> list:
    """The things the candidate's act takes: the verb's object or passive subject (and their
    conjuncts), what a control noun is of, or the "of" phrase of a seizing noun."""
    heads = []
    verb = cand.head
    if cand.kind == "noun":
        heads.extend(_of_objects(cand.noun or verb))
    else:
        heads.extend(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
        if cand.noun is not None and lem(cand.noun) in CONTROL_NOUNS:
            heads.extend(_of_objects(cand.noun))
    out = []
    for h in heads:
        if lem(h) in CONTROL_NOUNS:
            out.extend(_of_objects(h))
        else:
            out.append(h)
        out.extend(c for c in h.children if c.dep_ == "conj")
    return out


def _ground(tok) -> bool:
    return lem(tok) in GROUND_NOUNS or tok.ent_type_ in _PLACE_ENTS


def ground_taken(by_token: dict) -> None:
    """Recode a seizure of ground as the assault it is (in place, on the candidates)."""
    for cand in by_token.values():
        if cand.dropped or (cand.event, cand.mode) != SEIZED:
            continue
        if (cand.key or "").split(" ")[0] in SEIZURE_EXEMPT or lem(cand.head) in SEIZURE_EXEMPT:
            continue
        if any(_ground(t) for t in _seized(cand)):
            cand.event, cand.mode = TAKEN_GROUND


def taken_as_aim(cand, other) -> bool:
    """Whether ``cand``, ground to be taken, is the aim of another act of force ``other``
    ("launched an offensive to recapture the town"), told through an infinitive: an aim of its
    own (the modality stage tells it as not yet done), not a step of the offensive."""
    return (cand.event, cand.mode) == TAKEN_GROUND and other.mode != cand.mode \
        and cand.kind != "noun" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in cand.head.children)
