"""Verbal acts that are no political event: people's own affairs and their past.

Features, interviews and analyses tell what people do and did around the news. Read word by
word, those sentences give refusals, promises and calls that no coder would record:

- a private person's own refusal or resolve, with no counterpart named: "the family refuses
  to leave their home", "he remains committed to his role as a volunteer", "some residents
  are refusing to abandon their homes" (a civilian group or a named person with no office and
  no country, no recipient); a public thing refused or pledged keeps the act ("a critic of
  the government rejected the ceasefire");
- a speaker who "spoke by phone" from somewhere, with no one on the other end: the phone is
  how a reporter heard them, not a call between two parties ("a resident, speaking by phone
  from the besieged town, said ...");
- a relative clause in the past perfect that tells who a person is by what they had done
  ("the general, who had threatened to march on the capital, was arrested"): background to
  the news, an act of the past (``past_of_person`` makes it historical, as the fourth session
  chose for a former official's deeds, rather than dropping it);
- a meeting that has not happened since a time ("the two leaders have not met since 2015",
  "have not held talks since the war"): an absence told, no refusal (``absent_since`` puts
  the negated meeting back in place of the REJECT the negation made of it).

Word lists: ``data/lexicon/events.yaml`` (bystanders block); categories: ``ontology.yaml``.
"""

from __future__ import annotations

from .. import tree
from .lexicon import category_set, events_words

#: Categories of a person's own refusal or resolve.
_OWN_AFFAIRS = category_set("private_act_categories")
#: Categories of what people say or decide, for the past-perfect relative clause.
_VERBAL = category_set("verbal_categories")
#: Auxiliaries of the past perfect ("who had refused").
_PERFECT_AUX = events_words("past_perfect_aux")
#: Sense keys of a bare "spoke/talked by phone" (the sense table's phone cue).
_PHONE_KEYS = events_words("bare_phone_keys")
#: Categories whose negation by their doer is read as a refusal (ontology.yaml).
_REFUSED_WHEN_NEGATED = category_set("rejected_when_negated")
#: "since 2015", "since they last met": the time an absence is counted from.
_SINCE = events_words("absence_since_words")
#: Sectors of private people ("residents", "villagers", "a family").
_PRIVATE_SECTORS = events_words("private_sectors")
#: Public things whose refusal or acceptance is political whoever voices it ("the ceasefire").
_PUBLIC_THINGS = events_words("political_objects")


def not_an_act(ctx, draft) -> bool:
    """Whether a draft is one of the module docstring's non-events."""
    if draft.event in _OWN_AFFAIRS and not draft.recipient and draft.actor and all(
            _private(ctx, a) for a in draft.actor) and not _public_object(draft.cand.head):
        return True
    return _lone_call(draft)


def _private(ctx, actor) -> bool:
    """A civilian group, or a named person with no office, no body and no country."""
    if actor.code or actor.role or actor.org:
        return False
    if (actor.sector or "").lower() in _PRIVATE_SECTORS:
        return True
    if actor.sector or actor.start < 0:
        return False
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _public_object(head) -> bool:
    """'rejected the ceasefire', 'committed to the peace plan': the thing refused or pledged is
    public, so the act is political even from a person with no office."""
    for child in head.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr") and child.lemma_.lower() in _PUBLIC_THINGS:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _PUBLIC_THINGS
                                        for g in child.children):
            return True
    return False


def _lone_call(draft) -> bool:
    """'spoke by phone from a bunker': one speaker, no counterpart ("X and Y spoke by phone",
    "the two leaders spoke by phone" name both ends)."""
    if draft.event != "CONSULT" or draft.cand.kind != "verb" or draft.recipient \
            or draft.cand.key not in _PHONE_KEYS:
        return False
    subj = tree.subject(draft.cand.head)  # "the two leaders spoke": a plural is both ends
    return subj is None or (subj.tag_ not in ("NNS", "NNPS")
                            and not any(c.dep_ == "conj" for c in subj.children))


def past_of_person(draft) -> None:
    """'X, who had refused to ...': the clause describes X by an earlier act, history."""
    if draft.modality == "asserted" and _past_of_person(draft):
        draft.modality = "historical"


def _past_of_person(draft) -> bool:
    """Whether the draft is a past-perfect relative clause on a person or group noun."""
    head = draft.cand.head
    if draft.event not in _VERBAL or head.dep_ != "relcl" or head.head.pos_ not in (
            "NOUN", "PROPN", "PRON"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in head.children)


def absent_since(draft) -> None:
    """'have not met since 2015': the REJECT the negation made is the negated act again."""
    cand = draft.cand
    if draft.event != "REJECT" or cand.event not in _REFUSED_WHEN_NEGATED:
        return
    head = cand.head
    if not any(c.dep_ == "neg" for c in head.children):
        return
    if any((c.dep_ == "prep" and c.lower_ in _SINCE) or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _SINCE for m in c.children))
           for c in head.children):
        draft.event, draft.mode, draft.modality = cand.event, cand.mode, "negated"
