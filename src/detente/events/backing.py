"""The party backed when a backing verb's object is an act another party did.

"X hailed the truce agreed by Y and Z" (or "reached between Y and Z"): Y and Z are backed, not
the truce; the parser hangs the participle under the verb as a clause whose subject is the
truce and whose agent is Y and Z;
"X backed the proposal by Y": the "by" phrase is hung on the verb, though an active verb has
no agent, so it belongs to the object. A date ("agreed by Monday") is never the doer.
The rule is read only for the categories of ``data/lexicon/backing.yaml``.
"""

from __future__ import annotations

from .. import knowledge, tree
from .lexicon import category_set, events_words
from .phrases import agent_of, participle_agent, subject_of

_SOURCE = "lexicon/backing.yaml"
BACKING = category_set("backing_categories", _SOURCE)
DOER_ENTS = frozenset(e.upper() for e in knowledge.words(_SOURCE, "doer_entities"))
NOT_DOER_ENTS = frozenset(e.upper() for e in knowledge.words(_SOURCE, "not_doer_entities"))
CONFERRAL_VERBS = knowledge.words(_SOURCE, "conferral_verbs")
#: "talks between X and Y": the parties of an act named by a "between" phrase.
BETWEEN_PREPS = events_words("between_preps")
CONFERRAL_PREPS = knowledge.words(_SOURCE, "conferral_preps")


def _named(tok) -> bool:
    return tok is not None and tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ not in NOT_DOER_ENTS


def _content_doer(obj):
    """The doer told inside the object by a participle: "the truce agreed by Y" (its agent).
    A content clause ("the announcement that Y had agreed") is ``reactions.content_doer``'s,
    read for every reaction once the parties are resolved."""
    for c in obj.children:
        doer = participle_agent(c)
        if _named(doer):
            return doer
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "the truce reached between Y and Z"
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in BETWEEN_PREPS:
                    party = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if _named(party):
                        return party
    return None


def narrow(verb, event: str, roles) -> bool:
    """Make the doer of the backed act (and the parties joined to it) the recipient, in place
    of the object naming the act; True when it did."""
    if event not in BACKING:
        return False
    holder = _honoured(verb)
    if holder is not None:  # "conferred its highest honour on X": X is backed
        roles.recipient = [holder] + [c for c in holder.children if c.dep_ == "conj"]
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c in roles.recipient), None)
    doer = _backed_party(verb, obj)
    if doer is None:
        return False
    parties = [doer] + [c for c in doer.children if c.dep_ == "conj" and _named(c)]
    roles.recipient = parties + [r for r in roles.recipient if obj is None or r.i != obj.i]
    return True


def _honoured(verb):
    """The holder of an honour conferred, named on the honour ("bestowed a medal on X") or
    on the verb, else None."""
    if verb.lemma_.lower() not in CONFERRAL_VERBS:
        return None
    for head in [verb] + [c for c in verb.children if c.dep_ == "dobj"]:
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in CONFERRAL_PREPS:
                got = next((g for g in p.children if g.dep_ == "pobj" and _named(g)), None)
                if got is not None:
                    return got
    return None


def _backed_party(verb, obj):
    """The doer of the act a backing verb backs, or None. ``obj`` is the verb's direct object
    (None when it has none)."""
    if obj is not None:
        doer = _content_doer(obj)
        if doer is not None:
            return doer
        for c in verb.children:  # "backed the proposal by Y": an active verb has no agent
            if c.dep_ == "prep" and c.lower_ == "by" and not subject_of(verb)[1]:
                by = next((g for g in c.children if g.dep_ == "pobj"), None)
                if by is not None and by.ent_type_ in DOER_ENTS:
                    return by
        return None
    for c in tree.children(verb, ("ccomp",)):  # "hailed the truce agreed by Y"
        subj, passive = subject_of(c)
        if passive and subj is not None and subj.pos_ == "NOUN" and _named(agent_of(c)):
            return agent_of(c)
    return None
