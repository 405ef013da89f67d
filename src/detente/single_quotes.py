"""Quotes written with single marks (‘…’ or '…'), the house style of some outlets and wire
feeds: ‘There will be no truce,’ the president said. Read only in paragraphs with no double
mark, where a single mark cannot be a quote inside a quote.

The same character is the apostrophe ("can’t", "the rebels’ demands"), so a mark closes a
quote only where an apostrophe cannot stand: after the quote's final punctuation (“truce,’”),
or before punctuation or the paragraph's end (‘dead’, he said). A mark between two letters is
always an apostrophe. A quote still open at the paragraph's end runs on only when the next
paragraph opens one again (the convention for quotes over several paragraphs); otherwise it was
no quote. A paragraph that is nothing but a quoted phrase with no final punctuation is a
heading ('Hostility is directed at women'), not speech.
"""

from __future__ import annotations

import re

#: the double marks (curly, straight, angle): a paragraph with one is read by them alone
DOUBLE_MARK = re.compile(r'[“”"«»]')
_SINGLE = re.compile(r"[‘’']")
#: what may stand before an opening mark (the start of a word)
OPENS_AFTER = " \t([{—–-:"
#: the quote's own final punctuation, before a closing mark
_ENDS = ",.!?…"
#: punctuation after a closing mark (‘dead’, he said)
_AFTER_CLOSE = ",.;:!?)…—–"


def single_spans(paragraph: str, following: str) -> list[tuple[int, int]]:
    """Ranges (within ``paragraph``) of the words inside single quote marks; ``following``:
    the next paragraph, whose opening mark lets a quote run on over the paragraph break."""
    if DOUBLE_MARK.search(paragraph) or not _SINGLE.search(paragraph):
        return []
    found: list[tuple[int, int]] = []
    opened = None
    for m in _SINGLE.finditer(paragraph):
        i, ch = m.start(), m.group()
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if before.isalnum() and after.isalnum():
            continue  # "can’t", "Tur’rah": an apostrophe
        if opened is None:
            if ch != "’" and before in OPENS_AFTER and not after.isspace() \
                    and not (ch == "'" and after.isdigit()):  # "the '90s"
                opened = i
        elif ch != "‘" and i > opened + 1 and (
                before in _ENDS or after in _AFTER_CLOSE or not paragraph[i + 1:].strip()):
            found.append((opened + 1, i))
            opened = None
    if opened is not None and following.lstrip()[:1] in ("‘", "'"):
        found.append((opened + 1, len(paragraph.rstrip())))
    return [(s, e) for s, e in found if not _heading(paragraph, s, e)]


def _heading(paragraph: str, start: int, end: int) -> bool:
    """A paragraph that is only the quoted phrase, with no final punctuation inside the marks:
    a subheading quoting someone, not a paragraph of speech."""
    words = paragraph[start:end].rstrip()
    return not paragraph[:start - 1].strip() and not paragraph[end + 1:].strip() \
        and not re.search(r"[.!?…,]$", words)
