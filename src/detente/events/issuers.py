"""Who stands behind a document that acts as a subject: "The statement threatened
sanctions", "The report accused the police of killing protesters". The document is the one an
earlier sentence tied to its author: issued by them ("X issued a statement Tuesday"), or the
one in which they spoke ("X said in its report that ...", "investigators have in their latest
report accused both sides"), or owned or named by them ("Amnesty's report", "the new U.S.
report")."""

from __future__ import annotations

from typing import Callable

from .. import docview, tree
from .lexicon import events_words
from .phrases import SPEECH_NOUNS

#: Verbs by which a party puts out a statement ("issued a statement", "released a letter").
ISSUING = events_words("issuing_verbs")
DEFINITE = events_words("definite")
#: Sentences back that "the statement" may reach for the one a party issued.
STATEMENT_REACH = 3
#: Mentions of "the report" in a row through which the reach is renewed, at most: a story
#: that goes on telling what "the report" says keeps its author.
CHAIN_LINKS = 3
#: Links of a name written before the document noun, and the entity kinds that make it the
#: author ("the U.S. report", "a UN statement"); a place or a date there is no author.
_NAMING_DEPS = frozenset({"compound", "amod", "nmod"})
_AUTHOR_ENTS = frozenset({"GPE", "ORG", "NORP"})


def issuer(noun, actors_for: Callable) -> tuple:
    """The coded author of the document ``noun`` ("the report") an earlier sentence names,
    else (); ``actors_for(tokens)`` reads the parties of tokens."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return ()
    lemma = noun.lemma_.lower()
    gap = 0
    for sent in docview.sentences_before(noun.sent, STATEMENT_REACH * CHAIN_LINKS):
        gap += 1
        if gap > STATEMENT_REACH:
            break
        for tok in sent:
            if tok.lemma_.lower() != lemma:
                continue
            author = _author(tok)
            found = tuple(a for a in actors_for([author]) if a.code) \
                if author is not None else ()
            if found:
                return found
            if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
                gap = 0  # "the report" again: the thread goes on from there
    return ()


def _author(doc_noun):
    """The token naming who put out or spoke through ``doc_noun``, else None."""
    owner = next((c for c in doc_noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return owner  # "Amnesty's report"
    named = next((c for c in doc_noun.children if c.dep_ in _NAMING_DEPS
                  and c.i < doc_noun.i and c.ent_type_ in _AUTHOR_ENTS), None)
    if named is not None:
        return named  # "the new U.S. report", "a UN statement"
    head = doc_noun.head
    if doc_noun.dep_ == "dobj" and head.lemma_.lower() in ISSUING:
        return tree.subject(head)  # "X issued a statement"
    if doc_noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return tree.subject(head.head)  # "X said in its report", "X have in their report"
    return None

