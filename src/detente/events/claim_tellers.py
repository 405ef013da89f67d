"""Who made "the claims" a denial answers, when the story told them only as said.

"Zorland's army said its patrol killed 17 fighters ... Vorland's president rejected the
claims": the claims were what another party said just before, with no accusation word the
reaction reading could follow back (``recipients.earlier_doers`` follows "accused",
"alleged", "the allegations"). The maker is the subject of the nearest earlier statement
(a sentence whose main verb is a reporting verb) by a coded party other than the one
denying, a few sentences back at most, past only the denier's own statements and earlier
answers to the same claims: a sentence between that tells anything else ("X expressed
concern about ...", "Y is accused of ...") is where the claims are, and no one is read.
Only for a definite plural noun of what was said (``said_claim_nouns``: "the claims", "those
assertions"; an accusation proper is told with its own word), and only when nothing else
named the maker.
"""

from __future__ import annotations

from .. import docview, knowledge, tree
from .recipients import BACK_SENTENCES

#: What a party only said ("the claims"), as opposed to what it accused another of.
SAID_CLAIMS = knowledge.words("lexicon/recipients.yaml", "said_claim_nouns")

#: Determiners that make a claim noun refer back to claims told before.
_BACK_DETS = frozenset({"the", "those", "these", "such"})


def said_by(obj, lex, doers, own: set) -> tuple:
    """The coded party, not ``own``, whose statement told in one of the few sentences before
    is what the claim noun ``obj`` refers to; ``doers``: token -> parties (with
    coreference: "They said ..."); () when the noun is no such reference or none is found."""
    if obj.pos_ != "NOUN" or obj.tag_ != "NNS" or obj.lemma_.lower() not in SAID_CLAIMS \
            or not any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in obj.children):
        return ()
    lemma = obj.lemma_.lower()
    for sent in docview.sentences_before(obj.sent, BACK_SENTENCES):
        if any(t.lemma_.lower() == lemma for t in sent):
            continue  # an earlier answer to the same claims ("X rejected the claims")
        verb = sent.root
        if verb.lemma_.lower() not in lex.reporting:
            return ()  # the sentence just before tells something else: the claims are in it
        subj = tree.subject(verb, ("nsubj",))
        found = tuple(a for a in doers(subj) if a.code) if subj is not None else ()
        if found and not {a.code for a in found} & own:
            return found
        # the denier's own statement ("He said the raid was unlawful"), or one whose teller
        # cannot be named: the claims lie before
    return ()
