"""Criticism told by what an act shows, does or amounts to, with no accusing verb: a speaker
says a party's act reveals a wrong of that party, does a wrong itself, or is one.

- "said the executions show the brutality of the regime", "said the drills demonstrate
  China's intention to intimidate Taiwan", "said the case highlights how far Iran will go to
  silence its critics", "said X's actions reveal fear of any opposition": a revealing word
  ("show", "an example of", "a sign of") whose object names a fault of a named party (a wrong,
  a trait, an intent to coerce, or a wrong or coercion the party is shown doing). The party is
  the one the fault or the shown deed belongs to, else the one whose act reveals it. Force
  shown is left alone: "the raid shows how Israel will strike its enemies" is a boast.
- "said the decision undermines the will of the people", "said the arrests by the junta
  undermine the vote": a wrongdoing verb whose subject is an act, not a party; the act's doer
  is blamed (named in the act's phrase, or the doer of the act the noun points back at).
- "said the siege amounts to collective punishment", "said the move constitutes a violation
  of international law": a linking verb whose complement condemns its subject.

Only the clause a reporting verb reports is read (the caller's business); the narrator's own
"the crackdown shows the regime's fear" is no one's accusation. Word lists are in
data/lexicon/criticism.yaml.
"""

from __future__ import annotations

import itertools

from .. import knowledge, tree
from . import blame, criticism
from .lexicon import Lexicon

_FILE = "lexicon/criticism.yaml"
#: "show", "reveal", "an example of", "a sign of": words that present what follows as shown.
REVEALING = knowledge.words(_FILE, "revealing_words")
#: "fear", "contempt", "disregard": faults that a revealing word makes a criticism of their
#: owner (alone they are no wrong: "fear of the storm").
REVEALED_FAULTS = knowledge.words(_FILE, "revealed_faults")
#: "China's intention to intimidate", "an attempt by the junta to silence": nouns whose
#: clause names what their owner means to do.
INTENT_NOUNS = knowledge.words(_FILE, "intent_nouns")
#: "amounts to collective punishment", "constitutes a violation": linking verbs (lemmas) and
#: the prepositions their complement takes (none: a direct object).
_LINKS = {verb: frozenset(preps or ()) for verb, preps in
          knowledge.table(_FILE, "linking_verbs").items()}
#: "said Egypt's detention of the blogger was deeply troubling": words of concern (lemmas or
#: forms) that judge an act only when the act names its doer (a situation "is alarming").
TROUBLING = knowledge.words(_FILE, "troubling_words")
#: Sectors (upper case) of a state's own executive organs: one of them shown coercing by
#: another of its state tells the state's resolve ("the raid shows how our police will arrest
#: anyone who breaks the law"), not a charge.
_EXECUTIVE = frozenset(s.upper() for s in knowledge.words(_FILE, "executive_sectors"))
#: Categories of a deed whose doer a revealing word blames: coercion ("to suppress
#: freedoms", "to intimidate Taiwan").
SHOWN_CATEGORIES = frozenset({"COERCE"})
#: Links by which a deed shown goes on in a verb of its own ("uses laws to suppress",
#: "is determined to silence").
_CHAIN_DEPS = frozenset({"xcomp", "advcl", "acomp", "conj"})
#: How many links of such a chain are followed.
_CHAIN_DEPTH = 3


def shown_wrong(lex: Lexicon, clause) -> tuple | None:
    """(the revealing word, the blamed party's token) when the reported ``clause`` says an
    act shows a fault of a named party, else None."""
    for tok in itertools.islice(clause.subtree, blame.MAX_TOKENS):
        if tok.lemma_.lower() not in REVEALING or tok.pos_ not in ("VERB", "NOUN") \
                or blame.unasserted(tok if tok.pos_ == "VERB" else clause):
            continue
        party = _shown_party(lex, tok)
        if party is not None:
            return tok, party
    return None


def _shown_party(lex: Lexicon, word):
    """The named party whose fault the revealing ``word`` shows, else None."""
    shown = [c for c in word.children if c.dep_ in ("dobj", "ccomp")]
    shown += [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ in ("pobj", "pcomp")]
    for obj in shown:
        if obj.pos_ in ("VERB", "AUX"):
            party = _doer_shown(lex, obj)  # "shows that X is determined to silence ..."
        elif obj.pos_ == "NOUN":
            party = _fault_owner(lex, obj, word)
        else:
            party = None
        if party is not None:
            return party
    return None


def _doer_shown(lex: Lexicon, verb):
    """"(an example of) how China uses laws to suppress freedoms", "(shows) that Turkey is
    determined to silence the media": the named subject of a clause whose deed is a wrong or
    an act of force, else None."""
    if blame.unasserted(verb) and not _how(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = blame.subject(verb)
    if subj is None or subj.pos_ == "PRON" or not blame.named(lex, subj):
        return None
    return subj if _wrong_chain(lex, verb) else None


def _how(verb) -> bool:
    """"how far Iran will go to silence": a clause of manner, which tells what a party does,
    whatever its modal says."""
    return any(t.lower_ == "how" for t in itertools.islice(verb.subtree, blame.MAX_TOKENS)
               if t.i < verb.i)


def _wrong_chain(lex: Lexicon, verb) -> bool:
    """Whether the verb, or a verb it goes on in ("uses laws to suppress"), is a wrongdoing
    verb or a trigger of coercion. Not force: "the raid shows how Israel will strike its
    enemies" is a state's boast of its own force as often as a charge."""
    layer = [verb]
    for _ in range(_CHAIN_DEPTH):
        for v in layer:
            entry = lex.verbs.get(v.lemma_.lower())
            if v.lemma_.lower() in blame.WRONG_VERBS or (
                    entry is not None and entry.event in SHOWN_CATEGORIES):
                return True
        layer = [c for v in layer for c in v.children if c.dep_ in _CHAIN_DEPS
                 and c.pos_ in ("VERB", "AUX", "ADJ")]
    return False


def _fault_owner(lex: Lexicon, noun, word):
    """"the brutality of the regime", "China's intention to intimidate", "(X's actions
    reveal) fear of any opposition": the named party a shown fault belongs to, else None."""
    lemma = noun.lemma_.lower()
    faulty = lemma in REVEALED_FAULTS or lemma in blame.WRONGS or any(
        c.dep_ == "amod" and c.lemma_.lower() in lex.condemnatory for c in noun.children)
    intent = lemma in INTENT_NOUNS and any(
        c.dep_ in ("acl", "xcomp") and _wrong_chain(lex, c) for c in noun.children)
    if not faulty and not intent:
        return None
    owner = criticism.owner_of(lex, noun)
    if owner is not None:
        return owner
    # the fault is the revealing act's own: "the Taliban's actions reveal fear"
    act = blame.subject(word) if word.pos_ == "VERB" else _linked_subject(word)
    return criticism.judged_owner(lex, act) if act is not None else None


def _linked_subject(noun):
    """The subject a predicate noun is said of: "(the arrests) are a sign of ..."."""
    if noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB"):
        return blame.subject(noun.head)
    return None


def act_judged(lex: Lexicon, clause):
    """The word by which a reported clause says an act does a wrong or amounts to one
    ("undermines", "collective punishment"), else None."""
    return _act_wrong(lex, clause) or _linked_judgment(lex, clause) \
        or _troubling(lex, clause)


def _act_wrong(lex: Lexicon, clause):
    """"said the decision undermines the will of the people": the wrongdoing verb whose
    subject is an act (an event noun or a general word for one), else None."""
    if clause.lemma_.lower() not in blame.WRONG_VERBS or blame.unasserted(clause) \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in blame.INNOCENT
                   for c in clause.children):
        return None
    subj = tree.subject(clause, ("nsubj",))
    return clause if subj is not None and _an_act(lex, subj) else None


def _linked_judgment(lex: Lexicon, clause):
    """"said the siege amounts to collective punishment", "said the move constitutes a
    violation of international law": the condemning complement of a linking verb whose
    subject is an act, else None."""
    preps = _LINKS.get(clause.lemma_.lower())
    if preps is None or blame.unasserted(clause):
        return None
    subj = tree.subject(clause, ("nsubj",))
    if subj is None or not _an_act(lex, subj):
        return None
    preds = [c for c in clause.children if c.dep_ == "dobj"] if not preps else [
        g for c in clause.children if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children if g.dep_ == "pobj"]
    return next((p for p in preds if criticism.judged(lex, p)), None)


def _troubling(lex: Lexicon, clause):
    """"said his detention by Egypt was deeply troubling": the word of concern said of an act
    whose doer the act's phrase names, else None."""
    if clause.lemma_.lower() != "be" or blame.unasserted(clause):
        return None
    word = next((c for c in clause.children if c.dep_ == "acomp"
                 and (c.lower_ in TROUBLING or c.lemma_.lower() in TROUBLING)), None)
    subj = tree.subject(clause, ("nsubj",))
    if word is None or subj is None or not _an_act(lex, subj) \
            or criticism.judged_owner(lex, subj) is None:
        return None
    return word


def _an_act(lex: Lexicon, noun) -> bool:
    """Whether a subject names an act, not a party or a thing: "the decision", "the arrests"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in lex.not_agents:
        return False
    lemma = noun.lemma_.lower()
    entry = lex.nouns.get(lemma)
    return lemma in criticism.ACT_NOUNS or (entry is not None and entry.event is not None)


def drop_boasts(kept: list) -> list:
    """Leave out a criticism read from a revealing word whose critic and blamed party are
    the executive organs of one state: "India's home minister said the raid shows how Indian
    police will arrest anyone who breaks the law" boasts, it does not accuse."""
    out = []
    for d in kept:
        word = d.cand.words[0] if d.event == "ACCUSE" and d.cand.words else None
        if word is not None and word.lemma_.lower() in REVEALING and _one_state(d):
            continue
        out.append(d)
    return out


def _one_state(d) -> bool:
    """Whether actor and recipient are one country's executive organs (or the country)."""
    parties = [*d.actor, *d.recipient]
    codes = {p.code for p in parties if p.code}
    return len(codes) == 1 and bool(d.actor) and bool(d.recipient) and all(
        p.code and (p.sector is None or p.sector.upper() in _EXECUTIVE) for p in parties)
