"""Which verb a conjoined verb is really coordinated with, where the parser is plainly wrong.

"The minister said the talks would resume on Monday and called on Mali to free the prisoners":
small parsers often hang "called" on "resume", inside what was said, so the call would lose
its subject (the minister) and take the modality of "would resume". A verb in the past tense
cannot be coordinated with a bare infinitive or a verb under a modal ("would resume", "aims to
cut ... and urged"); its real partner is the nearest past-tense verb above that one.
"""

from __future__ import annotations

from .. import tree

#: How far up the real partner may be (a reported clause sits a few steps below its verb).
REACH = 6


def partner(verb):
    """The verb ``verb`` is coordinated with: its parse head, unless that pairing is the
    misparse above, in which case the nearest past-tense verb governing the head."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VB":
        return head
    for anc in tree.ancestors(head, limit=REACH):
        if anc.tag_ == "VBD":
            return anc
    return head
