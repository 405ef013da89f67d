"""The other party of an act done to a place: the state of the place its object names.

"Rebels took control of the capital, Tarvo", "the army withdrew from part of Zorland", "the
donor has given $5 million toward relief efforts in Zorland": the act names no one on the
other end, only a place it was done to, left or given to; PLOVER codes the place's state as
the recipient (as "shelled Kharkiv" is done to Ukraine's side, ``targets.place_party``).

The place must be what the act's object is, or a part of it ("part of X", "the capital, X",
"efforts in X"): reached from the trigger through its object and prepositions of
``place_object_preps`` only, never through a clause or a word that names an act of its own
("withdrew from the talks in Geneva" left the talks, not Switzerland), nor as a border's far
side ("troops near the border with X"). Only for the categories of
``place_object_categories``, and only when no recipient with a country was read (what the
parse names wins, and a named victim takes its country by other rules).
"""

from __future__ import annotations

from dataclasses import replace

from .. import actor_landmarks, knowledge, tree
from ..places import VENUE_PREPS, place_root
from ..records import Actor
from .lexicon import category_set, load_lexicon

_FILE = "lexicon/recipients.yaml"
#: Acts done to, left or given to a place, whose state is then the recipient.
PLACE_OBJECT = category_set("place_object_categories", _FILE)
#: Prepositions through which an act's object leads to the place ("control of X", "withdrew
#: from X", "given toward efforts in X").
PLACE_OBJECT_PREPS = knowledge.words(_FILE, "place_object_preps")
#: Dependencies that keep a word inside the object's own phrase.
_PHRASE_DEPS = frozenset({"pobj", "dobj", "prep", "appos", "compound", "conj"})
#: Steps from the place word up to the trigger, at most.
_MAX_STEPS = 9
#: Acts whose named people are their victims, not the doer's own (they keep the place).
VICTIM_OBJECT = category_set("victim_object_categories", _FILE)
#: "its troops", "their forces": the doer's own
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def object_place_party(ctx, cand, event: str, recipient: tuple) -> tuple:
    """``recipient``, or, when none of it has a country, the state of the place the act's
    object names (see the module doc), as an actor with the place's words and no sector, in
    place of the uncoded ones ("withdrew its troops from X": the troops are the doer's own)."""
    if any(r.code for r in recipient) or event not in PLACE_OBJECT:
        return recipient
    lex = load_lexicon()
    heads = {t.i for t in (cand.head, cand.noun) if t is not None}
    sent = cand.head.sent
    for place in ctx.places_in(sent.start_char, sent.end_char):
        if not place.country or actor_landmarks.border_side(
                ctx.doc, place.start, place.end) is not None:
            continue
        root = place_root(ctx.doc, place)
        if root is not None and _object_of(root, heads, lex):
            victims = _victims(ctx, event, recipient)
            if victims:  # "kidnapped 30 students from a school in X": X's students
                return tuple(replace(r, code=place.country) for r in victims)
            return (Actor(place.text, place.country, None, place.name, None, None,
                          place.start, place.end),)
    return recipient


def _victims(ctx, event: str, recipient: tuple) -> tuple:
    """The written people (with a sector, not the doer's own "its troops") an act of harm or
    custody is done to; () when there are none or the act is of another kind."""
    if event not in VICTIM_OBJECT:
        return ()
    out = []
    for r in recipient:
        span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand") if r.start >= 0 \
            else None
        if r.sector is None or span is None or \
                any(t.lower_ in _OWN_POSSESSIVES for t in span):
            return ()
        out.append(r)
    return tuple(out)


def _object_of(root, heads: set, lex) -> bool:
    """Whether the place word ``root`` stands in the object phrase of a trigger word (token
    indices ``heads``), through phrase links and ``PLACE_OBJECT_PREPS`` alone, past no word
    that names an act of its own, and not by a preposition the trigger takes for its venue
    ("in X" on the trigger itself; "efforts in X" inside the object leads on)."""
    if root.i in heads:
        return False
    for tok, up in tree.steps_up(root, limit=_MAX_STEPS):
        if tok.dep_ not in _PHRASE_DEPS:
            return False
        if tok.dep_ == "prep" and (tok.lower_ not in PLACE_OBJECT_PREPS or (
                up.i in heads and tok.lower_ in VENUE_PREPS)):
            return False  # "killed in X", "talks at X": where, told by the act's place
        if up.i in heads:
            # "a U.S. strike", "the U.S. withdrawal": the doer, not the object
            return tok.dep_ in ("dobj", "prep")
        if up.pos_ == "NOUN" and lex.nouns.get(lex.lemma(up)):
            return False  # "withdrew from the talks in Geneva": the talks are left
    return False
