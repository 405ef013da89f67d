"""Doers the parser loses in reduced relative clauses.

"..., a charge the ministry rejected Thursday": with no "that", the small model often hangs
"rejected" on an earlier noun as a bare modifier and folds "the ministry" into the nominal
before it, so the verb has no subject. The doer is then the noun right before the verb,
provided the verb has no object of its own (the relativised noun is its object), no
by-phrase (a passive participle, "the plan backed by X"), and that noun is not the word the
verb modifies ("the claim made ...").
"""

from __future__ import annotations

from .. import tree

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


def restore_doer(cand, roles) -> None:
    """Put the reduced relative's doer, and whose claim it answers, into ``roles``."""
    doer = reduced_relative_subject(cand)
    if doer:
        roles.actor = doer
        roles.recipient = roles.recipient or rejected_claim_owner(cand)
