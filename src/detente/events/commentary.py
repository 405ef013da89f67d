"""Named commentators: a person the text introduces by an analyst's or scholar's title.

"Professor of politics Jane Doe agreed that tensions would continue", "John Roe, an analyst at
a think tank, said sanctions would follow": the person comments on the news; sharing a view
is no agreement between parties, and an act they foresee is no act. ``extract._commentary``
drops such candidates for unnamed commentators ("critics", "analysts": ``bare``) and for the
named ones (``titled``). Officials, researchers of rights groups and lawyers are no commentators here:
what they say is an act of their side.

Titles live in ``data/lexicon/events.yaml`` (``commentator_titles``).
"""

from __future__ import annotations

from .lexicon import events_words

#: Lemmas of titles that make a named person a commentator ("professor", "analyst").
TITLES = events_words("commentator_titles")
#: Links by which a title hangs on a name: "Professor X" (compound, or nmod when the title
#: has its own "of" phrase), "X, an analyst at Y" (appos).
_TITLE_DEPS = frozenset({"compound", "nmod", "appos"})


def titled(tok) -> bool:
    """A name with a commentator's title."""
    if tok.pos_ != "PROPN":
        return False
    return any(c.dep_ in _TITLE_DEPS and (c.lemma_.lower() in TITLES or c.lower_ in TITLES)
               for c in tok.children)


def commentator(lex, tok) -> bool:
    """'critics', or 'Professor X', 'X, an analyst at Y'."""
    return bare(lex, tok) or titled(tok)


def bare(lex, tok) -> bool:
    """'critics', 'some analysts': no name, no side, no possessor."""
    if tok.lower_ not in lex.commentators and tok.lemma_.lower() not in lex.commentators:
        return False
    return not any(c.dep_ in ("poss", "compound", "appos") or c.ent_type_ in ("NORP", "GPE")
                   or (c.dep_ == "prep" and c.lower_ in ("from", "at", "of", "with"))
                   for c in tok.children)
