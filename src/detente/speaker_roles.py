"""Whether words written beside a speaker's name are an office or occupation at all: an age
("Jane Roe, 35, said"), a bare honorific ("Mr Roe", "Dr Roe") or an owner is none. A helper of the
speaker descriptions (``speakers``)."""

from __future__ import annotations

import re

from . import knowledge

#: forms of address that name no office ("Mr", "Dr", "Mrs"), lower case without full stop
HONORIFICS = knowledge.words("lexicon/speech.yaml", "honorifics")


def a_role(text: str) -> bool:
    """Whether ``text`` may be a speaker's role: some word in it that is neither a number
    (an age) nor a form of address, and not an owner ("the Acme Fund's Jane Roe": whom she
    works for, not her office)."""
    words = re.findall(r"[^\W_][\w'’-]*", text)
    return not re.search(r"['’]s?\s*$", text) and any(
        not w.isdigit() and w.lower() not in HONORIFICS for w in words)


def first_role(*written):
    """The first of the (text, span) descriptors found that is a role, or None."""
    return next((w for w in written if w is not None and a_role(w[0])), None)
