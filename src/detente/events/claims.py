"""Claims of responsibility: the group that claims an attack is who carried it out.

Conflict reporting names the doer of an attack mostly through the claim that follows it
("The group claimed responsibility for the bombing", "took responsibility for the attack",
"claimed the attack"). Read as words, the claim is a statement and the attack a noun with no
doer; read as news, the claim says who attacked. The attack noun is therefore tied to the
claiming verb the way a light verb takes its event noun ("carried out the attack"): the verb's
subject becomes the attack's doer, its clause gives date and place, and an attack told before
("the attack") is merged with its earlier telling by the article-level steps.

Only the categories listed in data/lexicon/events.yaml (``claimed_categories``) are claimed
this way: "claimed credit for the ceasefire" does not make the claimant a party to the truce.
"""

from __future__ import annotations

from .lexicon import events_words

#: Nouns a claimant takes for an act: "responsibility for", "credit for".
CLAIM_NOUNS = events_words("claim_nouns_for_acts")
#: Verbs of claiming: "claimed", "took", "accepted", "admitted".
CLAIM_VERBS = events_words("claim_verbs_for_acts")
DEFINITE = events_words("definite")
#: Categories of the acts a claim of responsibility tells the doer of.
CLAIMED = frozenset(c.upper() for c in events_words("claimed_categories"))


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _tally(noun) -> bool:
    """"claimed responsibility for several attacks": a count of past acts, not one act (a
    definite plural, "the attacks", still names acts told before)."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def claiming_verb(event: str, noun):
    """The verb through which a group claims the act ``noun`` names, or None.

    "claimed responsibility for the attack" and "took responsibility for the bombing" (the act
    is the object of "for" under a claim noun that the verb takes as its object); "claimed the
    attack" (the act is the claim verb's own object)."""
    if event not in CLAIMED or _tally(noun):
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and _lemma(noun.head) == "claim":
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    claim = noun.head.head
    if claim.dep_ not in ("dobj", "nsubjpass") or _lemma(claim) not in CLAIM_NOUNS:
        return None
    verb = claim.head
    if verb.pos_ != "VERB" or _lemma(verb) not in CLAIM_VERBS:
        return None
    return verb
