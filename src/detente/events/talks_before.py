"""The other side of a negotiation that names none, from the talks told just before it.

"Pakistan said discussions with the IMF are progressing. The minister confirmed Islamabad is
negotiating a three-year loan program": news names the other side of talks once and then
goes on about them; a negotiation with no party of its own, by a doer whose side the sentence
before names, continues the talks that sentence (or the one before it) holds "with" a party.
Only one doer's side counts: "the two sides are negotiating" has no other end to find.
"""

from __future__ import annotations

from .. import docview
from .counterparts import coded, side_of
from .lexicon import events_words, load_lexicon
from .triggers import lem

#: Words of talks that go on (a visit or a meeting is an occasion of its own).
TALKS = events_words("continued_talks_words")
#: How many sentences back the talks may have been named.
REACH = 2


def _with_party(ctx, tok, own: set) -> tuple:
    """The coded parties, not ``own``, of a "with" phrase on the talks word ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                if g.dep_ == "pobj":
                    found = coded(side_of(ctx, g), own)
                    if found:
                        return found
    return ()


def _names_side(ctx, sent, own: set) -> bool:
    return any(m.code in own for m in ctx.actors.mentions
               if sent.start_char <= m.start < sent.end_char)


def continued_talks(ctx, cand, sent, event: str, actor: tuple, recipient: tuple) -> tuple:
    """``recipient``, or for talks with no other party by one side, the party that a talks
    word "with" names in its own sentence ("during their meeting with X, they discussed"),
    else in one of the two sentences before that names the doer's side too."""
    own = {a.code for a in actor if a.code}
    word = cand.noun if cand.kind == "noun" and cand.noun is not None else cand.head
    if event != "CONSULT" or recipient or len(own) != 1 or lem(word) not in TALKS:
        return recipient
    lex = load_lexicon()
    for before in [sent] + docview.sentences_before(sent, REACH):
        if before.start != sent.start and not _names_side(ctx, before, own):
            continue
        for tok in before:
            table = lex.nouns if tok.pos_ == "NOUN" else lex.verbs if tok.pos_ == "VERB" \
                else None
            entry = table.get(lex.lemma(tok)) if table is not None else None
            if entry is None or entry.event != "CONSULT":
                continue
            found = _with_party(ctx, tok, own)
            if found:
                return found[:1]
    return recipient
