"""Relative clauses whose noun is the object of their verb.

- "the envoy, with whom he held talks", "Canada and Mexico, which he hit with a levy": a
  relative pronoun object stands for the noun its clause modifies (``relative_head``), but
  not after a locative preposition ("the embassy at which bombs were thrown": where);
- "the Iranian officers it accused of ...", "the activists police arrested": a relative
  clause with a subject of its own and no object has its noun for object, when the noun
  names a party (``object_antecedent``).
"""

from __future__ import annotations

from .phrases import LOCATIVE_PREPS, WH


def party_noun(tok, lex) -> bool:
    """Whether a noun phrase head names a party (a person, a people, a body), not a thing or
    a place ("annexed the region from X": X is the party)."""
    return tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "NORP", "ORG") or (
        tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.agent_nouns
                                or tok.lower_ in lex.agent_nouns))


def names_party(tok) -> bool:
    """Whether an object is a party named in its own right, not a thing its possessor owns nor
    a party the possessor's side gives a country: "accused its rival Pakistan", "its smaller
    neighbour, Rwanda", as against "its decision", "Serbia's crackdown", "urged his people"."""
    return _named(tok) or any(c.dep_ == "appos" and _named(c) for c in tok.children)


def _named(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")


def relative_head(tok):
    """"the envoy, with whom he held talks": a relative pronoun object stands for the noun its
    clause modifies; any other token is itself."""
    if tok.lower_ not in WH or tok.dep_ not in ("pobj", "dobj") or (
            tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS):
        return tok  # "the embassy at which bottles were thrown": where, not who
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else tok


def object_antecedent(verb, subj, lex) -> bool:
    """"the officers it accused", "the activists police arrested": a relative clause with a
    subject of its own and no object has the noun it modifies for object, when that noun
    names a party (a thing, "the sanctions the EU imposed", is no recipient)."""
    noun = verb.head
    if verb.dep_ != "relcl" or subj is None or subj.i == noun.i or noun.pos_ not in (
            "NOUN", "PROPN") or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp")
                                     for c in verb.children):
        return False
    return party_noun(noun, lex) or any(c.dep_ in ("amod", "compound") and c.ent_type_ in (
        "NORP", "GPE") for c in noun.children)
