"""Statements and stances told more than once: one event, one record.

``retellings`` folds an event told again as a named event ("the attack", "this ban"). A
statement is often told again with a verb of its own, which that rule leaves apart on
purpose ("rejected the claims" ... "rejected the report" are two acts). Two narrower
constructions are safe to fold:

- one statement in one sentence: the same doer's acts of a statement category
  (``one_statement`` in data/ontology.yaml) in one sentence, asked of or aimed at the same
  party (or one names none): "Trump approval: during the visit Trump said he was inclined to
  approve the deal" is one approval, however many words tell it;
- a statement retold in its speaker's own words a sentence or two later ("Moise condemned
  the jailbreak. 'We condemn this jailbreak,' he wrote"): the quote gives the words of the
  statement already told;
- a stance restated: the same doer's stance (``restated_stance``) on the same thing, told
  again in a later sentence with that thing named as known ("supports a deal" ... "approve
  the deal"): a stance is held, not done twice.

Both need the same, non-empty, set of coded doers, and both told as having happened;
``retellings`` still checks that dates and places do not conflict.

An attack's toll told in the next sentence in the passive, with no doer and no date of its
own ("Commandos stormed the ship. Nine activists aboard were killed.") is that attack told
on (``casualties_of``), unless the dead are of the attackers' own side ("Militants attacked
the train. Sixteen militants were killed." tells the army's answer).
"""

from __future__ import annotations

from .. import tree
from .extract import DEFINITE, Draft
from .lexicon import category_set, events_words
from .parties import codes as _codes

#: Categories whose acts by one doer in one sentence are one statement.
ONE_STATEMENT = category_set("one_statement")
#: Categories whose stance on one thing, told again, is one event.
RESTATED_STANCE = category_set("restated_stance")
#: "we", "I": the speaker's own words (data/lexicon/events.yaml)
FIRST_PERSON = events_words("first_person")
#: How many sentences after a statement its speaker's own words may retell it.
OWN_WORDS_REACH = 2
#: Modalities of acts told as having happened.
_TOLD = ("asserted", "historical")
#: How the thing a stance is about hangs on its word ("approve the deal", "approval of the
#: deal", "support for the plan").
_THING_DEPS = ("dobj", "pobj")
_THING_PREPS = ("of", "for", "to", "on")


def same_parties(a: Draft, b: Draft) -> bool:
    """The same doers (by country), and no two different named sides on the other end."""
    doers = _codes(a.actor)
    if not doers or doers != _codes(b.actor):
        return False
    ra, rb = _codes(a.recipient), _codes(b.recipient)
    return not (ra and rb and ra != rb)


def restated(a: Draft, b: Draft) -> bool:
    """``a`` and ``b`` tell one statement or one stance (see the module docstring)."""
    if a.event != b.event or a.modality not in _TOLD or b.modality not in _TOLD:
        return False
    if not same_parties(a, b):
        return False
    if a.sent.start == b.sent.start:
        return a.event in ONE_STATEMENT and not _same_word_again(a, b)
    first, later = sorted((a, b), key=lambda d: d.cand.head.i)
    if a.event in ONE_STATEMENT and _own_words(first, later):
        return True
    if a.event not in RESTATED_STANCE:
        return False
    thing, known = _thing(later)
    return known and thing is not None and _thing(first)[0] == thing


def casualties_of(a: Draft, b: Draft) -> bool:
    """One of the drafts is the toll of the attack the other tells (see the module
    docstring)."""
    if a.event != "ASSAULT" or b.event != "ASSAULT" or a.modality not in _TOLD \
            or b.modality not in _TOLD:
        return False
    attack, toll = sorted((a, b), key=lambda d: d.cand.head.i)
    gap = toll.extra.get("sent_index", 0) - attack.extra.get("sent_index", 0)
    if gap != 1 or toll.date is not None or any(x.code for x in toll.actor) \
            or not _codes(attack.actor) or toll.cand.kind != "verb":
        return False
    head = toll.cand.head
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) or any(
            c.dep_ == "agent" for c in head.children):
        return False
    own_side = {x.sector for x in attack.actor if x.sector}
    return not own_side & {x.sector for x in toll.recipient if x.sector}


def _own_words(first: Draft, later: Draft) -> bool:
    """The later draft is its speaker's own words ("we condemn", "I urge"), a sentence or two
    after the statement was told: "X condemned the attack. 'We condemn this act,' X said."."""
    gap = later.extra.get("sent_index", 0) - first.extra.get("sent_index", 0)
    if not 0 < gap <= OWN_WORDS_REACH:
        return False
    subject = tree.subject(later.cand.head)
    return subject is not None and subject.lower_ in FIRST_PERSON


def _same_word_again(a: Draft, b: Draft) -> bool:
    """"urged X to leave and urged Y to stay": the same verb twice tells two acts."""
    return a.cand.kind == b.cand.kind == "verb" and \
        a.cand.head.lemma_.lower() == b.cand.head.lemma_.lower()


def _thing(d: Draft) -> tuple[str | None, bool]:
    """(lemma, named as known) of the common noun a stance is about: the object of its verb
    or the noun after "of/for/to/on"; (None, False) when it names none."""
    head = d.cand.head
    for c in head.children:
        noun = c
        if c.dep_ == "prep" and c.lower_ in _THING_PREPS:
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ not in _THING_DEPS:
            continue
        if noun is None or noun.pos_ != "NOUN":
            continue
        known = any(g.dep_ in ("det", "predet") and g.lower_ in DEFINITE
                    for g in noun.children)
        return noun.lemma_.lower(), known
    return None, False
