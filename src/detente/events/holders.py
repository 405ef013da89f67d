"""Whom a demand for a detainee's release is made of: whoever holds the detainee.

"Iranian authorities arrested two French teachers. France demanded the release of the
teachers", "Russian agents detained an American reporter ... The United States demanded his
immediate release", "requested consular access to the soldiers": a request whose object is
the freeing of (or access to) people is addressed to the party that took them, as an arrest or
seizure told before in the story says, not to the people themselves nor, when they are its
own nationals, to the requester's own country. The nouns and the reach are in
data/lexicon/recipients.yaml.
"""

from __future__ import annotations

from .. import knowledge
from .parties import codes

_FILE = "lexicon/recipients.yaml"
#: What a holder grants a detainee ("release", "freedom", "access").
RELEASE_NOUNS = knowledge.words(_FILE, "release_nouns")
#: How many sentences back the taking may be told.
REACH = knowledge.table(_FILE, "holder_reach")["sentences"]


def _release(cand):
    """The noun of a request's object that names a detainee's freeing ("demanded the release
    of X", "called for his release", "requested access to X"), or None."""
    for c in cand.head.children:
        objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ == "for" else []
        for obj in objs:
            if obj.lemma_.lower() in RELEASE_NOUNS:
                return obj
    return None


def _held(d, noun) -> set:
    """The countries of the people whose release is asked: the recipients named inside the
    noun's phrase, else the requester's own (a state asks for its nationals)."""
    start, right = noun.left_edge.idx, noun.right_edge
    end = right.idx + len(right)
    inside = {r.code for r in d.recipient if r.code and start <= r.start and r.end <= end}
    return inside or codes(d.actor)


def _taker(d, drafts: list, k: int, held: set) -> tuple:
    """The doers, not the requester's own, of the nearest seizure before ``drafts[k]`` within
    ``REACH`` sentences whose recipients are of the ``held`` countries."""
    own = codes(d.actor)
    here = d.extra.get("sent_index", 0)
    for x in map(drafts.__getitem__, range(k - 1, -1, -1)):
        if here - x.extra.get("sent_index", 0) > REACH:
            break
        if x.event != "COERCE" or x.modality == "negated" or not held & codes(x.recipient):
            continue
        # a state inferred from where its organs held them ("was detained in Moscow") too
        found = tuple(a for a in x.actor if a.code and a.code not in own)
        if found:
            return found
    return ()


def aim_releases(drafts: list) -> None:
    """Give each request for a detainee's release (see the module's doc) whose recipients
    are none or of the detainees' countries the party that took them, where the story told it
    before; ``drafts`` in text order, changed in place."""
    for k, d in enumerate(drafts):
        if d.event != "REQUEST" or d.cand.kind != "verb" or not codes(d.actor):
            continue
        noun = _release(d.cand)
        if noun is None:
            continue
        held = _held(d, noun)
        if codes(d.recipient) - held:
            continue  # "urged Iran to release them": addressed already
        found = _taker(d, drafts, k, held)
        if found:
            d.recipient = found
