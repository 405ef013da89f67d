"""Harm with no political doer: floods, crashes, illness and explosions at work kill people,
and killing animals is no attack ("a ferry sank off the coast, killing 200", "a gas cylinder
explosion", "the dogs ... they attack people").

Called by ``extract.build_drafts`` on each candidate of material conflict; reads the parse
around one trigger, the not-event lists of ``data/triggers.yaml`` through the ``Lexicon`` and
the words of ``data/lexicon/material.yaml``. No loop goes beyond one sentence.

Public API:
    not_political(lex, cand, roles) -> bool      nature, accidents, illness, animals
"""

from __future__ import annotations

from .. import knowledge
from .lexicon import Lexicon
from .material import ACCIDENT_VERBS, CAUSE_PREPS, SIDE_ENTS, lemmas

_FILE = "lexicon/material.yaml"
#: nouns of a blast or a fire, an accident where work is done unless a side is named
BLAST_NOUNS = knowledge.words(_FILE, "blast_nouns")
#: places of work ("a chemical plant", "a mine")
WORK_SITES = knowledge.words(_FILE, "work_sites")


def _natural_cause(lex: Lexicon, tok) -> bool:
    """A noun naming nature, an accident or illness, with nothing that names a side."""
    words = lemmas(tok)
    words |= {f"{c.lower_} {w}" for c in tok.children if c.dep_ == "compound" for w in words}
    for c in tok.children:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower():
            # "a gas cylinder explosion": the common noun that names the thing that blew up
            words |= lemmas(c) | {f"{g.lower_} {c.lower_}" for g in c.children
                                   if g.dep_ == "compound"}
    if not words & lex.not_agents or (tok.ent_type_ in SIDE_ENTS and not _start_cap(tok)):
        return False
    return not _side_named(lex, tok)


def _start_cap(tok) -> bool:
    """A common word capitalised only because it opens the sentence ("Wildfires destroyed
    ..."), which the small model often tags as a name."""
    return tok.is_sent_start and tok.text[1:].islower()


def _side_named(lex: Lexicon, tok) -> bool:
    """A modifier that names a side or a doer: "Israeli fire", "the army's fire"."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (
        (c.ent_type_ in SIDE_ENTS and not (_start_cap(c) and lemmas(c) & lex.not_agents))
        or lemmas(c) & lex.agent_nouns) for c in tok.children)


def _work_accident(lex: Lexicon, tok) -> bool:
    """An explosion or a fire at a place of work with no side named ("an explosion at a
    chemical plant"): an accident until the text says otherwise."""
    if tok.lemma_.lower() not in BLAST_NOUNS or _side_named(lex, tok):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in WORK_SITES for g in c.children)
        for c in tok.children)


def _accident(lex: Lexicon, tok) -> bool:
    return _natural_cause(lex, tok) or _work_accident(lex, tok)


def not_political(lex: Lexicon, cand, roles) -> bool:
    """Harm without a political doer: floods, crashes and disease kill people, and killing
    animals is no attack. Only for material conflict; the words are in triggers.yaml."""
    if not lex.is_material_conflict(cand.event):
        return False
    if any(_natural_cause(lex, t) or _animal_pronoun(lex, t) or (
            _animal(lex, t) and not _side_named(lex, t)) for t in roles.actor):
        return True  # nature, illness, accidents, and animals, do harm without a side
    governing = _governing(cand.head)
    if governing is not None and governing.lemma_.lower() in ACCIDENT_VERBS:
        return True  # "a ferry sank off the coast, killing 200"
    for root in (cand.head, cand.noun, governing):
        for c in root.children if root is not None else ():
            if c.dep_ in ("prep", "agent") and c.lower_ in CAUSE_PREPS and any(
                    g.dep_ == "pobj" and _accident(lex, g) for g in c.children):
                return True
            if c.dep_ == "nsubj" and _accident(lex, c):
                return True  # "a tanker exploded"; the parse may leave a place as the actor
    # the patient is the object; "in Vietnam" beside it names a place, not a victim
    patients = [t for t in roles.recipient if t.dep_ in ("dobj", "nsubjpass")] \
        or roles.recipient
    return cand.event == "ASSAULT" and bool(patients) and all(
        _animal(lex, t) for t in patients)


def _governing(head):
    """The verb an adverbial participle with no subject of its own hangs on ("a ferry sank,
    killing 200": the ferry is what killed), else None."""
    if head is None or head.dep_ not in ("advcl", "acl") or head.tag_ != "VBG" or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    if head.dep_ == "acl":  # "A bus overturned ..., killing 14" read as a headline's noun
        return next((c for c in head.head.children if c.dep_ == "acl" and c.i < head.i
                     and c.lemma_.lower() in ACCIDENT_VERBS), None)
    return head.head


def _animal_pronoun(lex: Lexicon, tok) -> bool:
    """"the animals ... they kill people": a pronoun whose nearest noun of its number before
    it in the sentence names animals."""
    plural = {"they": "NNS", "it": "NN"}.get(tok.lower_)
    if tok.pos_ != "PRON" or plural is None:
        return False
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        prev = tok.doc[i]
        if prev.pos_ in ("NOUN", "PROPN") and prev.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            if prev.tag_ == plural:
                return _animal(lex, prev)
    return False


def _animal(lex: Lexicon, tok) -> bool:
    """'dogs', and a count of them: 'thousands of chickens'."""
    if tok.like_num or tok.ent_type_ == "CARDINAL" or lemmas(tok) & lex.count_nouns:
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)
    return tok.pos_ == "NOUN" and bool(lemmas(tok) & lex.not_victims)
