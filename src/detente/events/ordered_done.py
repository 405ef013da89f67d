"""An act ordered done to someone: "a judge ordered the opposition leader detained", "the
court ordered him jailed for five years", "ordered former President X held in pretrial
detention", "ordered 12 journalists released".

The ordered act is told as a bare participle after its patient (a small clause). The parser
reads it as the order's object with a participle beside it ("ordered him jailed": the
object is the patient), as a participle on that object, or as a clause of its own whose
subject is the patient ("ordered [X held]", the participle tagged as a past tense). Either way the act is the orderer's, done
to the patient: the doer is the order's subject, and the patient is no doer. An ordered act
with an infinitive ("ordered troops to attack") is left to the other rules: there the
object does the act.

Verbs of command are ``ordering_verbs`` of data/lexicon/events.yaml.
"""

from __future__ import annotations

from .. import tree
from .orders import ORDERING


def _order_of(verb):
    """The verb of command whose small clause ``verb`` is, or None."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head  # "ordered [the activist jailed]", parsed as a participle on the object
    elif verb.dep_ not in ("xcomp", "ccomp"):
        return None
    if head.i == verb.i or head.lemma_.lower() not in ORDERING or not tree.is_verb(head):
        return None
    return head


def _patient(verb):
    """The patient of the small clause ``verb`` stands in, or None."""
    if any(c.dep_ == "aux" for c in verb.children):
        return None  # "ordered troops to attack": an infinitive, the object does it
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        return head
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN":
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    if verb.dep_ == "ccomp" and verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("dobj", "mark", "nsubjpass") for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def ordered_done(verb):
    """(orderer, patient, order verb) when ``verb`` is an act ordered done to someone (see
    the module doc), else None. The orderer may be None when the order has no written
    subject."""
    head = _order_of(verb)
    if head is None:
        return None
    patient = _patient(verb)
    if patient is None:
        return None
    return tree.subject(head), patient, head
