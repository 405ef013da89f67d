"""Actor stage: words that name a state without naming it: a region's description of it, a
party of its legislature.

"Authorities said the cell planned attacks in the North African country": news names a state
once and then describes it by where it lies ("the Central Asian nation", "the tiny Gulf
kingdom"). The region's adjective there does not name the region as a party: the phrase is a
back-reference to the state named just before, like "the country" (``actors._country_ref``).
Here such phrases are found among the segments and become that back-reference.

"Republican Representative X", "Democratic senators": a party that sits in one state's
legislature, before a word for a legislator, says whose legislator it is, where the story
need not say "U.S." (``party_states``).
"""

from __future__ import annotations

from . import knowledge, tree
from .actors_kb import COUNTRY_KINDS, Entity, Lex

__all__ = ["described_states", "halves", "party_states", "passing_place"]

_LEXICON = "lexicon/actors.yaml"
#: words for a state that a region's adjective may describe ("the North African country")
_HEADS = knowledge.words(_LEXICON, "state_descriptor_heads")
#: at most this many plain modifier words on each side of the region's adjective
#: ("the tiny oil-rich Gulf kingdom": "tiny", "oil", "-", "rich")
_GAP = 4
#: a back-reference to one state, of no sector ("the country")
_REF = Lex(ref=("country", None, True))
#: capitalised party names -> the state whose legislature the party sits in; the words for a
#: legislator after which the party name says the state
_PARTY_STATES = knowledge.table(_LEXICON, "party_states")
_LEGISLATORS = knowledge.words(_LEXICON, "legislator_words")
#: a capitalised "North" or "South" alone -> (the half of a divided state it names, the other)
_HALVES = {k: tuple(v) for k, v in knowledge.table(_LEXICON, "divided_state_halves").items()}
#: prepositions after which a state is where something goes or happens, not who acts
_PASSING = knowledge.words(_LEXICON, "passing_place_prepositions")


def passing_place(doc, start_char: int, end_char: int) -> bool:
    """Whether the state named at [start_char, end_char) is only a place something passes
    through or goes to ("drugs bound for Europe and the United States", "fled into
    Thailand"): the object of such a preposition, alone or as a conjunct of it. A later
    "the government" looks past it to a state the story has named as a party."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return False
    tok = tree.climb(span.root, ("conj",), limit=4)  # "for Europe and the United States"
    return tok.dep_ == "pobj" and tok.head.lower_ in _PASSING


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


def party_states(segs: list, keys: list[str], doc, kb, make_seg) -> list:
    """``segs`` with a state's demonym segment (``make_seg(start, end, entity)``) for each
    party name right before a legislator's title or word ("Republican Representative")."""
    taken = {i for s in segs for i in range(s.start, s.end)}
    starts = {s.start: s for s in segs}
    added = []
    for i, key in enumerate(keys[:-1]):
        code = _PARTY_STATES.get(key)
        nxt = starts.get(i + 1)
        if i > 0 and doc[i - 1].text[:1].isupper() and not doc[i].is_sent_start:
            continue  # "Liberal Democratic lawmakers": part of a longer party name
        if (code is None or i in taken or not doc[i].text[:1].isupper() or nxt is None
                or nxt.kind not in ("title", "sector") or keys[nxt.end - 1] not in _LEGISLATORS):
            continue
        entity = Entity(kind="demonym", code=code, sector=None, name=kb.country_name(code))
        added.append(make_seg(i, i + 1, entity))
    if not added:
        return segs
    return sorted(segs + added, key=lambda s: s.start)


def halves(segs: list, keys: list[str], doc, kb, make_seg) -> list:
    """``segs`` with a state segment (``make_seg(start, end, entity)``) for each capitalised
    "North" or "South" standing alone for a half of a divided state ("talks with the rival
    North", "the North's missile program", "North and South Korea"), in a story whose
    segments name either half; not where it begins or ends a longer name ("South China Sea",
    "North Hamgyong Province", "the Global South") or is a compass point ("in the north")."""
    named = {s.entity.code for s in segs if s.entity is not None and s.entity.code}
    taken = {i for s in segs for i in range(s.start, s.end)}
    added = []
    for i, key in enumerate(keys):
        pair = _HALVES.get(key)
        if pair is None or i in taken or not named & set(pair) or not doc[i].text.istitle():
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            continue  # "South China Sea", "North Hamgyong", "North Africa"
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and not doc[i].is_sent_start and prev.is_alpha and prev.is_title \
                and prev.pos_ != "DET":
            continue  # "the Global South", "the American South", "the Far North"
        entity = Entity(kind="country", code=pair[0], sector=None, name=kb.country_name(pair[0]))
        added.append(make_seg(i, i + 1, entity))
    if not added:
        return segs
    return sorted(segs + added, key=lambda s: s.start)
