"""Which events told as not done (hypothetical, negated) are worth a line of output.

The strict scorer skips such events, but readers and coders read every line. A coder
records a plan, a promise, a threat's content, a proposal, a refusal or a denial by a named
party; an act that is only wished, questioned, feared, set as a condition or aimed at is
not one, and neither is a missing act with no one to miss it. So an event stays out when:

- it is hypothetical and its clause says it is wished or asked for, not offered: hoped
  ("I'm hoping they will make concessions"), wanted ("voiced interest in making aid
  conditional"), due ("were supposed to sign a deal"), needed ("the next step will be for X
  to sign"), feared or demanded by a noun ("fears that the tariffs would cause"), an open
  question ("unclear whether X will drop the tariffs");
- it is hypothetical and it is the condition of another clause ("warned that the bases are
  at risk if Turkey is sanctioned", "unless the U.S. puts concessions on the table");
- it is hypothetical and it is what an effort or a preparation is for ("in attempts to
  induce U.S. concessions", "in an effort to make the country give up its program",
  "making bombs to carry out attacks");
- it is hypothetical by a modal of obligation on its own verb ("China must quit
  intimidating Taiwan"): the demand is the event, its content is not;
- it is hypothetical or negated and has no coded doer ("no passengers were killed", "a
  country avoided a hit from the storm", "no country has recognized the junta"): there is
  no one who refrained or would act; or it lies ahead with no coded party at all;
- it is hypothetical or ahead and it is what one party expects another to do ("Pakistan
  expects the Afghan government to deny use of its soil");
- it is a cooperative act ahead with one side and no counterpart ("the president's proposal
  to deepen investment will ...", "we will continue working with the Justice Department").

A hypothetical reported with "would" by the party itself ("said it would resume
cooperation with Ukraine") and a refusal ("refused to meet to discuss") stay. Cue words
live in ``data/triggers.yaml`` (``modality``), the marks of a condition in
``data/lexicon/cautions.yaml``; every climb is bounded.
"""

from __future__ import annotations

from .. import tree
from . import irrealis
from .lexicon import COPULAS, category_set, conditioned
from .modality import scope
from .parties import codes

#: How far up a clause of condition or effort is looked for.
_REACH = 5
#: Links along which the act stays inside the clause that is looked for (a relative clause
#: tells something known: "the sanctions that were imposed if ..." is no condition of it).
_INSIDE_DEPS = frozenset({"xcomp", "ccomp", "conj", "acl", "advcl", "dobj", "pobj", "prep",
                          "pcomp", "nsubj", "nsubjpass", "attr", "oprd"})
NOT_DONE = frozenset({"hypothetical", "negated"})
#: cooperative acts a plan tells with its counterpart (data/lexicon/cautions.yaml)
COUNTERPART_AHEAD = category_set("counterpart_ahead", "lexicon/cautions.yaml")



def worth_keeping(draft, lex) -> bool:
    """Whether a draft told as not done, or as ahead, says something a coder would record."""
    if draft.modality not in NOT_DONE and draft.modality != "future":
        return True
    doer = draft.inherited or any(a.code for a in draft.actor)
    if not doer and (draft.modality in NOT_DONE or not any(r.code for r in draft.recipient)):
        return False  # nobody who would act or refrained
    if draft.modality == "negated":
        return True
    if draft.modality == "future" and draft.event in COUNTERPART_AHEAD and not any(
            r.code for r in draft.recipient) and len(codes(draft.actor)) < 2:
        return False  # "the proposal to deepen investment will ...": no one to do it with
    cand, cues = draft.cand, lex.modality
    if cand.kind == "obligation":
        return True  # a demand made now ("said X must ...") is read as a request
    own, governing = scope(cand, lex.reporting)
    start = irrealis.start_of(cand)
    if _wished(cand, start, governing, cues) or _conditional(start) \
            or _for_an_effort(start, cues) or _expected_of_another(start, cues):
        return False
    return draft.modality == "future" or not (
        _obliged(own, governing, cues) or _capacity_or_aim(own, cues))


def _expected_of_another(start, cues: dict) -> bool:
    """What one party expects another to do: "Pakistan expects the Afghan government to deny
    use of its soil" (a demand), "a general said he expects North Korea to launch a missile"
    (a forecast). "X is expected to meet Y" and "X expects to sign" tell X's own plan."""
    expecting = cues.get("expecting_verbs", frozenset())
    for child, head in tree.steps_up(start, limit=3):
        if child.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        if tree.is_verb(head) and head.lemma_.lower() in expecting:
            return tree.is_verb(child) and (tree.subject(child) is not None or any(
                c.dep_ == "dobj" for c in head.children)) and not any(
                c.dep_ == "nsubjpass" for c in head.children)
    return False


def _wished(cand, start, governing, cues: dict) -> bool:
    """Hoped, wanted, due, needed, feared or asked for, or an open question."""
    wishing = cues.get("wish_adverbs", frozenset())
    return (irrealis._hoped(cand, governing, cues) or irrealis._wanted(start, cues)
            or any(g is not None and irrealis._due(g, cues) for g in governing)
            or irrealis._content_of(start, cues) or irrealis._asked_by_subject(cand, cues)
            or irrealis._open_question(start, cues)
            or any(g is not None and irrealis._needed(g, cues) for g in governing[:2])
            or any(t is not None and irrealis.judged_needful(t, COPULAS)
                   for t in (cand.head, start, *governing[:2]))
            or any(t is not None and c.dep_ == "advmod" and c.lower_ in wishing
                   for t in (cand.head, start, *governing[:2]) for c in t.children))


def _conditional(start) -> bool:
    """The act is (inside) a clause of condition: "if Turkey is sanctioned", "unless the
    U.S. puts concessions on the table"."""
    if conditioned(start):
        return True
    for child, head in tree.steps_up(start, limit=_REACH):
        if child.dep_ not in _INSIDE_DEPS:
            return False
        if conditioned(head):
            return True
    return False


def _for_an_effort(start, cues: dict) -> bool:
    """The act is what an effort is for: "in attempts to induce concessions", "in an effort
    to make X give up", "making bombs to carry out attacks"."""
    efforts = cues.get("effort_nouns", frozenset())
    after_in = cues.get("effort_nouns_after_in", frozenset())
    preparing = cues.get("preparing_verbs", frozenset())
    for child, head in tree.steps_up(start, limit=_REACH):
        if child.dep_ not in _INSIDE_DEPS:
            return False
        noun = head.lemma_.lower()
        if head.pos_ == "NOUN" and (noun in efforts or (
                noun in after_in and head.i > 0 and head.doc[head.i - 1].lower_ == "in")) \
                and child.dep_ in ("acl", "relcl") and tree.to_infinitive(child):
            return True
        if tree.is_verb(head) and head.lemma_.lower() in preparing and child.dep_ in (
                "advcl", "xcomp") and tree.to_infinitive(child) and not tree.subject(child):
            return not _business_or_content(head, cues)  # "made trips to investigate"
    return False


def _obliged(own, governing, cues: dict) -> bool:
    """A modal of obligation on the act's own verb or the verb it completes: "China must
    quit intimidating Taiwan", "Russia should withdraw its troops"."""
    musts = cues.get("obligation_modals", frozenset())
    verbs = [t for t in own if t is not None] + [g for g in governing[:1] if g is not None]
    return any(tree.is_verb(t) and any(c.dep_ == "aux" and c.lower_ in musts
                                       for c in t.children) for t in verbs)


def _capacity_or_aim(own, cues: dict) -> bool:
    """A capacity ("sanctions can snap back") or a bare infinitive of purpose ("led talks
    to reach the agreement", "kept tariffs in place to pressure them"): not a deed. The
    purpose of a trip or an occasion is its business, done on it ("were in Washington to
    meet officials", "called a news conference to urge X to"), and that of a measure is its
    content ("approved a law to dismantle the party"): they stay as they were read."""
    able = cues.get("ability_modals", frozenset())
    return any(t is not None and tree.is_verb(t) and (
        (irrealis._aim(t, cues) and not _business_or_content(t.head, cues)) or any(
            c.dep_ == "aux" and c.lemma_.lower() in able for c in t.children)) for t in own)


def _business_or_content(verb, cues: dict) -> bool:
    """A verb whose infinitive of purpose is done on it (a trip, an occasion, "made trips to
    Kabul to investigate") or is the content of the measure it takes ("approved a law to
    dismantle the party")."""
    measures = cues.get("measure_nouns", frozenset()) | cues.get("trip_nouns", frozenset())
    return verb.lemma_.lower() in cues.get("occasion_verbs", frozenset()) or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in measures
        for c in verb.children)
