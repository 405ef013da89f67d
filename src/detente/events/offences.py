"""The offence a charge, an arrest or a conviction names: no part of the act's own scene.

"convicted of spying for X", "arrested for insulting Y's king", "jailed over spying in Z":
the "of"/"for"/"over" phrase tells the deed the party is held for, done by a gerund. A state,
place or date named inside it is whom the deed served, where or when it was done; not where
or when the arrest or conviction was made, nor whose organs made it.

Public API:
    offence_tokens(cand) -> frozenset of token indices of the offence phrase (empty if none)
    inside_offence(party, place_start) -> whether a place is in the party's offence phrase
    held_on(cand, tok) -> whether a prepositional object is the grounds the act was done on

"arrested two men on suspicion of planning attacks on police", "jailed a minister on charges of
corruption in a deal with Chinese firms": the noun of grounds ("suspicion", "charges") after
"on"/"over"/"for" is the offence's head, not a second party the arrest is done to, and no party
named inside it (the police, the firms) is held.
"""

from __future__ import annotations

from .. import knowledge
from .lexicon import category_set, events_words

__all__ = ["held_on", "inside_offence", "offence_tokens"]

#: Acts whose "for/of/over" phrase names an alleged offence (data/ontology.yaml).
CHARGING = category_set("charging")
#: "for", "over", "of" (data/lexicon/cautions.yaml)
OFFENCE_PREPS = knowledge.words("lexicon/cautions.yaml", "offence_preps")
#: "on", "over", "for" and the nouns of grounds after them (data/lexicon/events.yaml)
GROUNDS_PREPS = events_words("grounds_preps")
GROUNDS_NOUNS = events_words("grounds_nouns")


def held_on(cand, tok) -> bool:
    """Whether ``tok``, the object of a preposition of a charging act, is the grounds it was
    done on ("arrested X on suspicion of ...", "detained Y on charges of ..."): no party."""
    return cand.event in CHARGING and tok.dep_ == "pobj" and \
        tok.head.lower_ in GROUNDS_PREPS and tok.lemma_.lower() in GROUNDS_NOUNS


def offence_tokens(cand) -> frozenset[int]:
    """Token indices of the offence phrase under a charging verb ("of spying for X"); only a
    deed told by a gerund counts ("convicted of spying", not "accused of links to X")."""
    if cand.event not in CHARGING or cand.kind != "verb":
        return frozenset()
    verb = cand.head
    # the parser hangs the phrase on the verb or on the party held ("convicted the activist
    # of spying")
    owners = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return frozenset(i for o in owners for i in _gerund_phrases(o))


def inside_offence(party, place_start: int) -> bool:
    """Whether a place starting at character ``place_start`` lies in an offence phrase the
    parser hung on the ``party`` held ("the activist of spying for X")."""
    return any(party.doc[i].idx == place_start for i in _gerund_phrases(party))


def _gerund_phrases(owner) -> set[int]:
    out: set[int] = set()
    for prep in owner.children:
        if prep.dep_ != "prep" or prep.lower_ not in OFFENCE_PREPS:
            continue
        if any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in prep.children):
            out.update(t.i for t in prep.subtree)
    return out
