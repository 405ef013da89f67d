"""Criticism told without an accusing verb: a speaker calls another party's act by a
condemning name ("X said Israel's cruel attacks must stop", "they face discrimination by the
government", "'Russia's aggression is a crime,' she said").

Only reported speech counts (the clause under a reporting verb, which is also where a direct
quote hangs): the narrator's own adjectives are no one's accusation. The party blamed is the
one the condemned act belongs to: its possessor or its "by" phrase. A possessor that suffers
the act ("Lai's unjust detention") is the victim, not the one blamed, so it does not count.
"""

from __future__ import annotations

import itertools

from .lexicon import Lexicon, events_words

#: Nouns (lemmas) that name a wrong done to others: said of a party, they blame it.
WRONG_NOUNS = events_words("wrong_nouns")
#: Entity types that name a party.
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Tokens of a reported clause read at most (a clause is a sentence at worst; this bounds it).
MAX_TOKENS = 120


def condemned_act(lex: Lexicon, clause) -> tuple | None:
    """(the condemning word, the blamed party's token) for the first act of a named party that
    the reported ``clause`` condemns, else None."""
    for tok in itertools.islice(clause.subtree, MAX_TOKENS):
        if tok.pos_ != "NOUN":
            continue
        word = next((c for c in tok.children if c.dep_ == "amod"
                     and c.lemma_.lower() in lex.condemnatory), None)
        if word is None and tok.lemma_.lower() in WRONG_NOUNS:
            word = tok
        if word is None:
            continue
        party = _blamed(lex, tok)
        if party is not None:
            return word, party
    return None


def _blamed(lex: Lexicon, noun):
    """The named party a condemned act belongs to: "Israel's attacks", "exploitation by the
    government"; None when the act names none, or only the one it was done to."""
    entry = lex.nouns.get(noun.lemma_.lower())
    patient = entry is not None and bool(  # the lexicon keeps these keys lower-cased
        {entry.event.lower(), f"{entry.event}/{entry.mode}".lower()} & lex.poss_is_patient)
    for c in noun.children:
        if c.dep_ == "poss" and not patient and _named(lex, c):
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _named(lex, obj):
                return obj
    return None


def _named(lex: Lexicon, tok) -> bool:
    """A party by name or by what it is ("the government", "Iran's rulers"), not a pronoun."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTS \
        or tok.lemma_.lower() in lex.agent_nouns
