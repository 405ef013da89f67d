"""Event nouns named as a topic: commentary on an act, or a field of knowledge, not an act.

- an event noun that is the subject of a judgement ("Talks are the top priority", "the
  sanctions were a mistake") or of its effects ("US sanctions will have an effect on the
  economy", "sanctions pressure has led to closer ties", "the embargo could backfire"): the
  act is named to be weighed; when it is news, another clause tells it ("imposed sanctions",
  "talks resumed"). A dated noun is told as an occasion and stays ("Monday's talks were
  constructive"), and so do a noun told as recent or with its parties ("recent agreements
  between Syria and the SDF are a reminder") and a superlative ("the protest was the
  largest in years"), which report it; acts of force are left to their own rules (``asides.FORCE``: "the strikes have
  led to hundreds of deaths" tells a toll);
- an act in the "of" phrase of a noun that frames it as a subject of talk or thought ("the
  question of a ceasefire", "raised the idea of sending troops", "put the subject of
  imposing sanctions on the agenda", "the prospect of new sanctions"): whatever its
  category, the act is talked of, not done;
- an event noun in what a person knows ("one of the leading experts on US sanctions", "a
  historian of the civil war"): no one acts;
- an undated event noun set in time against another event ("the envoy's visit comes after
  the missile test", "the force's activation follows a report"): the act was told before,
  this sentence tells what came before it (a dated noun stays: "the talks on Monday come
  amid optimism");
- an act named as what a protest or a criticism is about ("condemned the council's move to
  close the border", "voiced disappointment at the withdrawal", "their opposition to the
  rebels' demands"): the reaction is the news, the act it is about was told before or is
  background.

Word lists live in ``data/lexicon/cautions.yaml`` (``effect_verbs``, ``effect_nouns``,
``field_preps``, ``recent_adjectives``, ``pairing_preps``, ``framing_nouns``,
``sequel_verbs``, ``reaction_verbs``, ``reaction_nouns``, ``reaction_preps``); the commentators' nouns in ``triggers.yaml`` and ``events.yaml``.
"""

from __future__ import annotations

from .. import knowledge, tree
from . import commentary
from .asides import FORCE
from .lexicon import COPULAS

_FILE = "lexicon/cautions.yaml"
#: "lead", "backfire", "hurt": verbs that tell what an act does to things, not the act.
EFFECT_VERBS = knowledge.words(_FILE, "effect_verbs")
#: "effect", "impact": objects of "have" that make it a verb of effect.
EFFECT_NOUNS = knowledge.words(_FILE, "effect_nouns")
#: "question", "idea", "prospect": nouns whose "of" phrase names an act as a topic.
FRAMES = knowledge.words(_FILE, "framing_nouns")
#: "on", "of": prepositions by which an expert's noun names the field.
FIELD_PREPS = knowledge.words(_FILE, "field_preps")
#: "recent", "latest": adjectives that tell the noun as news, however it is weighed.
RECENT = knowledge.words(_FILE, "recent_adjectives")
#: "between": a preposition that names the parties of the act.
PAIRING = knowledge.words(_FILE, "pairing_preps")
#: "come", "follow": verbs that set their subject, an event noun, against another event.
SEQUELS = knowledge.words(_FILE, "sequel_verbs")
SEQUEL_PREPS = knowledge.words(_FILE, "sequel_preps")
#: "condemn", "disappointment", "at": what a reaction is and how it names its object.
REACTION_VERBS = knowledge.words(_FILE, "reaction_verbs")
REACTION_NOUNS = knowledge.words(_FILE, "reaction_nouns")
REACTION_PREPS = knowledge.words(_FILE, "reaction_preps")
#: How many joined words up the first of a list is looked for.
_JOINED = 4
#: Entity types that date a noun phrase ("Monday's talks", "the talks on Friday").
_DATED = frozenset({"DATE", "TIME"})


def topic(cand, lex) -> bool:
    """The event is named as a topic (see the module docstring)."""
    if _framed(cand) or _reacted_to(cand):
        return True
    if cand.kind != "noun" or cand.noun is None or cand.event in FORCE:
        return False
    noun = cand.anchor or cand.noun
    return _weighed(noun) or _field(noun, lex)


def _framed(cand) -> bool:
    """"the question of a ceasefire", "the idea of sending troops": the act in the "of"
    phrase of a noun that frames it as a subject of talk or thought."""
    word = (cand.anchor or cand.noun) if cand.kind == "noun" else cand.head
    if word is None:
        return False
    word = tree.climb(word, ("conj",), limit=_JOINED)  # "the subject of issuing X or imposing Y"
    if word.dep_ == "acl":
        word = word.head  # "the question of Polish troops deploying to Ukraine"
    if word.dep_ not in ("pobj", "pcomp") or word.head.lower_ != "of":
        return False
    return word.head.head.lemma_.lower() in FRAMES


def _weighed(noun) -> bool:
    """The subject of a judgement or of an effect, undated."""
    if noun.dep_ != "nsubj" or any(t.ent_type_ in _DATED for t in noun.subtree):
        return False
    if any(c.dep_ == "amod" and c.lower_ in RECENT or c.dep_ == "prep" and c.lower_ in PAIRING
           for c in noun.children):
        return False  # "recent agreements between Syria and the SDF are a reminder": news
    pred = noun.head
    lemma = pred.lemma_.lower()
    if lemma in SEQUELS and any(_after_what(c) for c in pred.children):
        # "the envoy's visit comes after the test": told again, not told ("accusations have
        # come from X" are X's own)
        return True
    if lemma in COPULAS:
        said = [c for c in pred.children if c.dep_ in ("attr", "acomp")]
        return bool(said) and not any(
            t.tag_ in ("JJS", "RBS") for c in said for t in c.subtree)
    if lemma in EFFECT_VERBS:
        return True
    return lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in EFFECT_NOUNS
                                   for c in pred.children)


def _after_what(child) -> bool:
    """What a sequel verb comes after: its object ("follows the test"), an "after" phrase or
    an "after" clause ("comes after X launched a rocket")."""
    if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in SEQUEL_PREPS):
        return True
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SEQUEL_PREPS
                                         for m in child.children)


def _reacted_to(cand) -> bool:
    """"condemned the council's move to close the border", "disappointment at the
    withdrawal": the act (its noun, or the noun its infinitive hangs on) is the object of a
    verb of protest or the "at"/"to" phrase of a noun of protest."""
    word = (cand.anchor or cand.noun) if cand.kind == "noun" else cand.head
    if word is None:
        return False
    if word.dep_ == "acl" and tree.to_infinitive(word) and word.head.pos_ == "NOUN":
        word = word.head  # "the move to close the border"
    word = tree.climb(word, ("conj",), limit=_JOINED)  # "X's decision ..., and X's insistence"
    if word.dep_ == "dobj":
        return word.head.lemma_.lower() in REACTION_VERBS
    return word.dep_ == "pobj" and word.head.lower_ in REACTION_PREPS and \
        word.head.head.lemma_.lower() in REACTION_NOUNS


def _field(noun, lex) -> bool:
    """"experts on US sanctions": the noun names what a commentator knows."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in FIELD_PREPS:
        return False
    holder = prep.head
    words = {holder.lower_, holder.lemma_.lower()}
    return bool(words & lex.commentators or words & commentary.TITLES)
