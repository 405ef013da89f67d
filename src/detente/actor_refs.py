"""Actor stage: descriptions of a state that refer back to it by its region.

"Authorities said the cell planned attacks in the North African country": news names a state
once and then describes it by where it lies ("the Central Asian nation", "the tiny Gulf
kingdom"). The region's adjective there does not name the region as a party: the phrase is a
back-reference to the state named just before, like "the country" (``actors._country_ref``).
Here such phrases are found among the segments and become that back-reference.
"""

from __future__ import annotations

from . import knowledge
from .actors_kb import COUNTRY_KINDS, Lex

__all__ = ["described_states"]

_LEXICON = "lexicon/actors.yaml"
#: words for a state that a region's adjective may describe ("the North African country")
_HEADS = knowledge.words(_LEXICON, "state_descriptor_heads")
#: at most this many plain modifier words on each side of the region's adjective
#: ("the tiny oil-rich Gulf kingdom": "tiny", "oil", "-", "rich")
_GAP = 4
#: a back-reference to one state, of no sector ("the country")
_REF = Lex(ref=("country", None, True))


def described_states(segs: list, keys: list[str], doc, kb, make_seg) -> list:
    """``segs`` (in token order) with every "the <region> <state word>" phrase turned into
    one back-reference segment built by ``make_seg(start, end, lex)``."""
    taken = {i for s in segs for i in range(s.start, s.end)}
    out, drop = [], set()
    for k, seg in enumerate(segs):
        span = _phrase(seg, keys, doc, kb, taken)
        if span is None:
            continue
        start, end = span
        drop.update(j for j, other in enumerate(segs)
                    if other.start < end and start < other.end)
        out.append(make_seg(start, end, _REF))
    if not out:
        return segs
    return sorted([s for j, s in enumerate(segs) if j not in drop] + out,
                  key=lambda s: s.start)


def _phrase(seg, keys: list[str], doc, kb, taken: set[int]) -> tuple[int, int] | None:
    """The token range of "the ... <region> ... <state word>" around ``seg``, or None."""
    ent = seg.entity
    if seg.kind != "entity" or ent is None or ent.code is None or ent.kind == "person":
        return None
    if ent.kind in COUNTRY_KINDS or ent.code in kb.countries:
        return None  # "the Iraqi state" is Iraq already; a town's country is no region
    start = _left_edge(seg.start, keys, doc, taken)
    head = _right_head(seg.end, keys, doc, taken)
    if start is None or head is None:
        return None
    if doc[head].dep_ == "compound" or keys[head + 1:head + 2] == ["of"]:
        return None  # "the Gulf state media", "the West African state of Mali"
    if doc[head].tag_ in ("NNS", "NNPS"):
        return None  # "the Gulf states" name the region's states together
    return start, head + 1


def _left_edge(i: int, keys: list[str], doc, taken: set[int]) -> int | None:
    """The token of the "the" opening the phrase that ends at ``i``, over plain modifiers."""
    for j in range(i - 1, max(-1, i - 2 - _GAP), -1):
        if keys[j] == "the" and j not in taken:
            return j
        if j in taken or not _plain(doc[j]):
            return None
    return None


def _right_head(i: int, keys: list[str], doc, taken: set[int]) -> int | None:
    """The state word closing the phrase that starts at ``i``, over plain modifiers."""
    for j in range(i, min(len(keys), i + 1 + _GAP)):
        if keys[j] in _HEADS and j not in taken:
            return j
        if j in taken or not _plain(doc[j]):
            return None
    return None


def _plain(tok) -> bool:
    """A lower-case modifier word or a hyphen ("tiny", "oil-rich"), not a name or a verb."""
    return tok.text == "-" or (tok.text.isalpha() and tok.text.islower()
                               and tok.pos_ in ("ADJ", "ADV", "NOUN"))
