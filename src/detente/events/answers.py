"""Denials that answer an accusation told just before, and fire that answers fire.

"Islamabad has blamed recent attacks on militants based in Afghanistan. Kabul denies
sheltering them": a rejection that names no one on the other end, by a party an accusation or
a demand of the last few sentences was aimed at, answers whoever made that accusation or
demand. The categories come from ``answered_categories`` in
``data/lexicon/recipients.yaml``.

"North Korean troops fired at a guard post ... The South Korean side returned fire": shooting
back (``answering_force``) that names no one it is aimed at, or only its own side, is aimed at
whoever did the attack told just before on the answering side (``answer_attacks``).
"""

from __future__ import annotations

from .. import knowledge
from .lexicon import category_set
from .parties import codes
from .recipients import ANSWERING_FORCE as ANSWERING, CHARGE_NOUNS, CLAIM_REACH, answering_word

_FILE = "lexicon/recipients.yaml"
#: What a rejection may answer: an accusation, a demand.
ANSWERED = category_set("answered_categories", _FILE)
#: How many sentences back the accusation may be told ("... denies it", a paragraph later).
REACH = knowledge.table(_FILE, "answer_reach")["sentences"]
#: What the answer answers: force used against the answering side.
ATTACKS = category_set("answered_force", _FILE)


def _answered(d, drafts: list, k: int) -> tuple:
    """The parties the rejection ``d`` answers: the doers, other than its own, of the nearest
    accusation or demand before it, within ``REACH`` sentences, aimed at its doer, that the
    text names (``drafts[k]`` is ``d``; those before it are read back to front)."""
    own = codes(d.actor)
    here = d.extra.get("sent_index", 0)
    # "dismissed the accusations": a claim named as such is answered however far back
    # (only by an accusation, not a demand)
    claim = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CHARGE_NOUNS
                for c in d.cand.head.children)
    reach, answered = (CLAIM_REACH["sentences"], ("ACCUSE",)) if claim else (REACH, ANSWERED)
    for x in map(drafts.__getitem__, range(k - 1, -1, -1)):
        if here - x.extra.get("sent_index", 0) > reach:
            break
        if x.event not in answered or x.modality == "negated" or not own & codes(x.recipient):
            continue
        # an accuser the story only implies ("X stands accused", inferred) is a guess: no
        # denial is pinned on it
        return tuple(a for a in x.actor if a.code and a.code not in own and a.start >= 0)
    return ()


def answer_accusations(drafts: list) -> None:
    """Give each rejection with no recipient of known country, by a party with a country,
    the makers of the accusation or demand it answers (see the module's doc); then verbs
    coordinated after another verbal act share its recipient (``reactions``); ``drafts`` in
    text order, changed in place."""
    for k, d in enumerate(drafts):
        if d.event != "REJECT" or codes(d.recipient) or not codes(d.actor):
            continue
        found = _answered(d, drafts, k)
        if found:
            d.recipient = found


def answering(d) -> bool:
    """Whether draft ``d`` is force told as an answer ("returned fire", "hit back")."""
    return answering_word(d.cand.head, d.cand.key)


def answer_attacks(drafts: list) -> None:
    """Aim each answering force act with no recipient of another country than its doer's at
    the doers of the nearest attack before it, within ``REACH`` sentences, on its doer's side
    (see the module's doc); ``drafts`` in text order, changed in place."""
    for k, d in enumerate(drafts):
        own = codes(d.actor)
        if d.event not in ATTACKS or not own or codes(d.recipient) - own or not answering(d):
            continue
        here = d.extra.get("sent_index", 0)
        for x in map(drafts.__getitem__, range(k - 1, -1, -1)):
            if here - x.extra.get("sent_index", 0) > REACH:
                break
            if x.event not in ATTACKS or x.modality == "negated" or not own & codes(x.recipient):
                continue
            found = tuple(a for a in x.actor if a.code and a.code not in own and a.start >= 0)
            if found:
                d.recipient = found
            break
