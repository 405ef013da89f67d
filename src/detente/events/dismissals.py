"""A person dismissed from a post for dissent: repression, and only then.

"State television dismissed a news anchor after he criticized the president", "a reporter said
he was dismissed from his job after tweeting about his opposition to the laws", "fired the
heads of the broadcaster after they aired reports critical of the government": a state that
puts people out of their posts for what they said or stood for restricts their freedom (PLOVER
COERCE, mode restrict). The same words tell everyday news as often ("the bank dismissed 500
employees, citing falling profits", "the board sacked the coach after a string of defeats"),
so a dismissal (a COERCE reading of a verb of ``dismissal_verbs`` whose object matched its
sense rule's people, data/triggers.yaml) is kept only when

- a reason after it ("after", "because", "for", "over": ``reason_marks``) holds a word of
  dissent (``dissent_words``: criticize, oppose, protest ...), and
- no doer outside the state is named: the doers are a state's force or body (a sector of
  ``dismissing_sectors``, or a force word of ``obstructing_forces``), or none is named (the
  passive "was dismissed": the state of the place, as for an arrest).

Anything else is no event.
"""

from __future__ import annotations

from .lexicon import events_words
from .obstruction import is_force
from .senses import lem, object_words

VERBS = events_words("dismissal_verbs")
REASON_MARKS = events_words("reason_marks")
DISSENT = events_words("dissent_words")
SECTORS = frozenset(w.upper() for w in events_words("dismissing_sectors"))


def _dismissal(lex, cand) -> bool:
    """A COERCE reading of a dismissal verb chosen by its people (not "fired tear gas")."""
    if cand.event != "COERCE" or cand.key not in VERBS or cand.kind != "verb":
        return False
    words = object_words(cand.head)
    return any(r.event == "COERCE" and r.objects & words for r in lex.senses.get(cand.key, ()))


def _reasons(verb) -> list:
    """The clauses and phrases after the verb that give its reason."""
    out = []
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ in REASON_MARKS:
            out.append(c)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS
                                       for m in c.children):
            out.append(c)
    return out


def _for_dissent(verb) -> bool:
    return any(lem(t) in DISSENT or t.lower_ in DISSENT
               for r in _reasons(verb) for t in r.subtree)


def _by_state(roles, actor: tuple) -> bool:
    if not roles.actor:
        return True  # "was dismissed from his job": the state of the place, as for an arrest
    return any(is_force(t) for t in roles.actor) or any(
        a.code and a.sector in SECTORS for a in actor)


def not_political(lex, cand, roles, actor: tuple) -> bool:
    """Whether a dismissal is no repression (the candidate is then no event)."""
    if not _dismissal(lex, cand):
        return False
    return not (_for_dissent(cand.head) and _by_state(roles, actor))
