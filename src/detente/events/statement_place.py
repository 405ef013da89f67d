"""Where a statement was made is not where what it is about happens.

"Uganda denied backing insurgents in Congo", "Kenya accused Somalia of arming militants in
Mandera", "the council appealed to Israel and Hamas for a ceasefire in Gaza", "stressed that
both must work for peace in Yemen": the place hangs on what is denied, alleged or asked (or
names the party asked, or sits in a participle of saying: "urged X to act, saying militants
attack from Y"), so it says nothing of where the denial, accusation or appeal was made. A place reached from a statement's
trigger through a clause it governs, a preposition that is not of place, or another act
joined to it ("accused X of stalling and vowed to press the offensive in Y") is dropped;
"said in Moscow", "told a rally in Kyiv" keep theirs.
"""

from __future__ import annotations

from .. import tree
from ..places import place_head, place_root
from .lexicon import Lexicon, events_words
from .said_here import MADE_WHERE_SAID

#: Prepositions that put a statement somewhere ("in Moscow", "at a rally").
VENUE_PREPS = events_words("statement_venue_preps")
#: Links by which a statement governs what it says or asks.
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})  # not "speaking in Paris, X said"
#: How far up from a place its statement's trigger may be.
_REACH = 8


def content_place(lex: Lexicon, cand, doc, place) -> bool:
    """Whether ``place`` hangs on a statement's trigger through what the statement is
    about or is addressed to, not through a place of its own (the category is tested first:
    the parse is read only for statements)."""
    if place is None or lex.quad(cand.event) != "verbal_conflict" and \
            cand.event not in MADE_WHERE_SAID:
        return False
    root = place_root(doc, place)
    if root is None:
        return False
    head = place_head(root)
    words = [t for t in cand.words + [cand.head, cand.noun, cand.anchor] if t is not None]
    trigger = {t.i for t in words}
    if head.i in trigger:
        return False
    # "both must work for peace in X": a modal's whole clause is what is asked
    modal = any(t.tag_ == "MD" for t in words)
    for child, up in tree.steps_up(head, limit=_REACH):
        if up.i in trigger:
            if modal:
                return True
            if child.dep_ == "prep":
                return child.lower_ not in VENUE_PREPS
            # "accused X of Y and ordered operations in Z": the place of another act joined
            # to the statement, not of the statement
            return child.dep_ in _CONTENT_DEPS or _said_in_participle(lex, child, head) or \
                child.dep_ == "conj" and tree.is_verb(child)
    return False


def _said_in_participle(lex: Lexicon, participle, place) -> bool:
    """"urged X to act, saying Y were attacked in Z": the place is inside what a participle of
    saying reports (not "telling journalists in Z that ...", where it was told)."""
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and \
        participle.lemma_.lower() in lex.reporting and any(
            c.dep_ in _CONTENT_DEPS and c.left_edge.i <= place.i <= c.right_edge.i
            for c in participle.children)
