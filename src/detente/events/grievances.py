"""Criticism a named party voices through a feeling or a reaction, told by the narrator:
"Japan is outraged by China's decision", "Ukraine held Russia responsible for the attack",
"Russia's move drew criticism from Germany". The phrases about a party's conduct are read
as in reported speech (``blame``); word lists in data/lexicon/criticism.yaml.
"""

from __future__ import annotations

import itertools

from .. import knowledge
from . import quoted
from .blame import (MAX_TOKENS, PARTY_ENTS, blamed_in, felt_about, named, passive,
                    subject, unasserted)
from .lexicon import Lexicon
from ..records import Actor
from .triggers import Candidate

_FILE = "lexicon/criticism.yaml"
FEELINGS = knowledge.words(_FILE, "feeling_words")
FEELING_PREPS = knowledge.words(_FILE, "feeling_preps")
FEELERS = knowledge.words(_FILE, "feeler_nouns")
HOLDING = knowledge.words(_FILE, "holding_verbs")
HELD = knowledge.words(_FILE, "holding_words")
CLAIMING = knowledge.words(_FILE, "claim_making_verbs")
#: What befalls a party ("Khan's arrest"): a reaction to it is not aimed at its owner.
UNDERGONE = knowledge.words(_FILE, "undergone_nouns")
#: "met with protests from Beijing / the foreign ministry": a state's complaint, no crowd
PROTESTING_STATES = knowledge.words(_FILE, "protesting_states")
#: Feelings harsh enough to be criticism of a party itself, not only of its conduct
#: ("angry with Ankara", "critical of the government"), and their prepositions.
HARSH = knowledge.words(_FILE, "harsh_feelings")
HARSH_PREPS = knowledge.words(_FILE, "harsh_feeling_preps")
#: "he", "she": who may voice a harsh feeling, a person the story named before
PERSON_PRONOUNS = knowledge.words("lexicon/speech.yaml", "person_pronouns")


def feelings(lex: Lexicon, sent, by_token: dict) -> None:
    """"Japan is outraged by China's decision": a named party's feeling about another named
    party's own conduct, told by the narrator, is its criticism (ACCUSE) of that party. Read
    after the reported clauses, which take their speaker's feelings first."""
    for tok in itertools.islice(sent, MAX_TOKENS):
        if tok.lemma_.lower() in HOLDING and tok.i not in by_token:
            _held_responsible(lex, tok, by_token)
        if tok.lemma_.lower() in CLAIMING and tok.i not in by_token:
            _pressed_claim(lex, tok, by_token)
        if tok.lower_ not in FEELINGS or tok.i in by_token:
            continue
        # "While highly critical of X, Y warned ...": the feeling is the main subject's
        holder = tok.head if tok.dep_ in ("acomp", "advcl") else tok
        subj = subject(holder)
        if not (_party_voice(subj) or _person_pronoun(subj, tok)) or unasserted(holder) \
                or unasserted(tok) or \
                not (tok.dep_ == "acomp" or passive(tok) or _adjective_clause(tok)):
            continue
        party = felt_about(lex, tok, FEELING_PREPS) or _felt_at(lex, tok)
        if party is not None and party.i != subj.i:
            # an adjective clause is its own event beside the main verb's
            key = quoted.PRONOUN_FEELING if subj.pos_ == "PRON" else "condemned"
            by_token[tok.i] = Candidate(tok if tok.dep_ == "advcl" else holder, "ACCUSE",
                                        "disapprove", False, "obligation",
                                        words=[tok], key=key, predicate=holder,
                                        anchor=party)


def _person_pronoun(subj, adj) -> bool:
    """"he has been highly critical of the government": a harsh feeling of a person named
    before (the pronoun is resolved to them like any subject)."""
    return subj is not None and subj.lower_ in PERSON_PRONOUNS and adj.lower_ in HARSH


def _adjective_clause(adj) -> bool:
    """"(While) highly critical of X, Y ...": an adjective heading a clause of its own, said
    of the main clause's subject (not "as angry as ever")."""
    return adj.dep_ == "advcl" and adj.pos_ == "ADJ" and not any(
        c.dep_ == "mark" and c.lower_ not in ("while", "though", "although") for c in adj.children)


def _felt_at(lex: Lexicon, adj):
    """"angry with Ankara", "critical of the government": a harsh feeling about a named party
    itself (not a pronoun)."""
    if adj.lower_ not in HARSH:
        return None
    for prep in adj.children:
        if prep.dep_ != "prep" or prep.lower_ not in HARSH_PREPS:
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ != "PRON" and named(lex, obj):
            return obj
    return None


def _party_voice(subj) -> bool:
    """A subject that can voice a party's feeling or judgment: a name, a party's entity type,
    or one of its institutions ("the government"), not its people ("residents")."""
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in PARTY_ENTS
                                 or subj.lemma_.lower() in FEELERS)


def _pressed_claim(lex: Lexicon, verb, by_token: dict) -> None:
    """"Pakistan reiterated the claim that the attack was orchestrated by militants based in
    Afghanistan": the claim's maker blames whom the claim's content blames (the content
    itself stays unasserted)."""
    if passive(verb) or unasserted(verb) or not _party_voice(subject(verb)):
        return
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in lex.claim_nouns:
            continue
        clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        hit = blamed_in(lex, clause) if clause is not None else None
        if hit is not None and hit[1].i != subject(verb).i:
            by_token[verb.i] = Candidate(verb, "ACCUSE", "allege", False, "obligation",
                                         words=[verb, obj], key="condemned", predicate=verb,
                                         anchor=hit[1])
            return


def _held_responsible(lex: Lexicon, verb, by_token: dict) -> None:
    """"Ukraine held Russia responsible for the attack": the one held is blamed; "was held
    responsible" names no one who holds, "will hold X responsible" is not done yet."""
    word = next((c for c in verb.children if c.lower_ in HELD), None)
    if word is None or passive(verb) or unasserted(verb) or \
            not _party_voice(subject(verb)):
        return
    held = next((c for c in verb.children if c.dep_ == "dobj"), None) or subject(word)
    if held is not None and named(lex, held) and held.pos_ != "PRON":
        by_token[verb.i] = Candidate(verb, "ACCUSE", "allege", False, "obligation",
                                     words=[verb, word], key="condemned", predicate=verb,
                                     anchor=held)


def reaction_parties(lex: Lexicon, cand) -> tuple[list, list] | None:
    """(actor, recipient) phrases of a reaction: who reacts is named by the "from" phrase
    after the verb ("drew condemnation from X"), or by the noun's own "by" phrase ("sparked
    protests by labor unions"); its target is the verb's subject (``reaction_target``).
    None for a protest when neither is named. A protest a state makes is its complaint
    (ACCUSE)."""
    head = cand.head
    froms = [g for t in head.subtree if t.dep_ == "prep" and t.lower_ == "from"
             and t.i > head.i for g in t.children if g.dep_ == "pobj"]
    if not froms and cand.noun is not None:
        froms = [g for t in cand.noun.children if t.dep_ == "prep" and t.lower_ == "by"
                 for g in t.children if g.dep_ == "pobj"]
    target = reaction_target(lex, head)
    if not froms and not target and cand.event == "PROTEST":
        return None  # "anger over X's rule sparked protests": no side named either way
    if cand.event == "PROTEST" and froms and (froms[0].ent_type_ == "GPE" or any(
            t.lemma_.lower() in PROTESTING_STATES for t in froms[0].subtree)):
        cand.event, cand.mode = "ACCUSE", "disapprove"  # "met with protests from Beijing"
    return froms[:1], target


def reaction_target(lex: Lexicon, verb) -> list:
    """The party a criticism drawn or met with is aimed at: the subject of "drew criticism",
    "met with opposition" when it is a party, else the party its phrase names as its own
    ("Russia's plan", "the Russian plan", "the minister's remarks"); none when the phrase names
    no party, or when what it names was done to that party ("Khan's arrest sparked
    protests": no protest at Khan)."""
    subj = subject(verb)
    if subj is None:
        return []
    if named(lex, subj) and subj.pos_ in ("PROPN", "NOUN"):
        return [subj]
    if subj.lemma_.lower() in UNDERGONE:
        return []
    owner = next((c for c in subj.children if c.dep_ in ("poss", "amod", "compound")
                  and c.ent_type_ in PARTY_ENTS), None) or next(
        (c for c in subj.children if c.dep_ == "poss" and named(lex, c)), None)
    return [owner] if owner is not None else []


def is_reaction(lex: Lexicon, cand) -> bool:
    """Whether a candidate is a reaction whose "from" phrase names who reacts ("met with
    opposition from X", "came under criticism from X"): by its key, or by the verb, any
    preposition and the noun it merged with."""
    if cand.key in lex.reactions_from:
        return True
    if cand.kind != "light" or cand.noun is None:
        return False
    verb, noun = cand.head.lemma_.lower(), cand.noun.lemma_.lower()
    preps = [noun] + [f"{c.lower_} {noun}" for c in cand.head.children if c.dep_ == "prep"]
    return any(f"{verb} {p}" in lex.reactions_from for p in preps)


def protesters(cand, recipient: tuple, placed: tuple) -> tuple:
    """The unnamed doers of a protest a party faced or met with ("Peru's president faced new
    protests"): people of the target's own country, told by the protest noun; the state of
    the protest's place (``placed``) when the target has no country or the place is abroad."""
    codes = list(dict.fromkeys(r.code for r in recipient if r.code))
    noun = cand.noun if cand.noun is not None else cand.head
    if len(codes) != 1 or any(a.code and a.code != codes[0] for a in placed):
        return placed
    return (Actor(noun.text, codes[0], "CVL", None, None, None, noun.idx,
                  noun.idx + len(noun.text)),)


def reactor_place(lex: Lexicon, cand, roles, location) -> bool:
    """Whether the place found for a reaction is the party reacting ("prompted condemnation
    from Greece", "faced accusations from Colombia"): a side, not where it happened."""
    if location is None or not is_reaction(lex, cand):
        return False
    return any(t.idx <= location.start < t.idx + len(t) for tok in roles.actor
               for t in tok.subtree)
