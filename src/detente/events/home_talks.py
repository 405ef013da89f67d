"""Talks among one country's own parties: each side meets the other, both of that country.

"Zorland's clan factions met for a fourth round", "the Zorlandi party leaders talked late
into the night": the parties of a meeting are a group of one country's factions, and the
counterpart of each is another of them. PLOVER codes
the meeting between the country's parties (actor and recipient of that country), as it does
"talks between the Zorlandi government and the rebels"; the sentence names no counterpart
because the group word names both ends.

Only where the doer is such a group (a plural word for parties that meet one another, from
``group_heads``), all of one country, and the sentence names no other state as a party:
"Zorlandi officials held talks" may be talks with a foreign delegation the story names
elsewhere, and "negotiators labored to overcome Vorlish objections" meet the Vorlish.
"""

from __future__ import annotations

import bisect
import dataclasses

from .. import coref, knowledge, tree
from .lexicon import category_set
from .phrases import LOCATIVE_PREPS

_FILE = "lexicon/recipients.yaml"
#: Meetings whose doer may be a group of one country's parties meeting one another.
_MEETINGS = category_set("group_meetings", _FILE)
#: Plural words for parties that meet one another ("factions", "the two sides").
_GROUP_HEADS = knowledge.words(_FILE, "group_heads")


def among_own(ctx, roles, event: str, actor: tuple, recipient: tuple) -> tuple:
    """The recipient of a meeting of one country's parties among themselves: that country
    (the doer's own code and sector, inferred, no mention); ``recipient`` unchanged when it
    has a country, the doer is no such group (or two parties the actor list read), or the
    sentence names another state."""
    if event not in _MEETINGS or any(r.code for r in recipient) or len(actor) != 1:
        return recipient  # "the two sides" read as two parties: the pair is the actor list's
    code = actor[0].code
    if code not in ctx.actors.kb.countries or not _group(roles.actor):
        return recipient
    if _other_state(ctx, roles.actor[0].sent, code):
        return recipient
    return recipient + (dataclasses.replace(actor[0], start=-1, end=-1),)


def _group(tokens) -> bool:
    """Whether a doer word is a plural word for parties that meet one another."""
    return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _GROUP_HEADS for t in tokens)


def _other_state(ctx, sent, code: str) -> bool:
    """Whether the sentence names a state other than ``code`` as a party (not as a place the
    talks are held in, "talks in Zorburg"; an international body mediating is no state)."""
    starts, mentions = coref.mentions_by_start(ctx)
    countries = ctx.actors.kb.countries
    for k in range(bisect.bisect_left(starts, sent.start_char), len(starts)):
        a = mentions[k]
        if a.start >= sent.end_char:
            break
        if a.code in countries and a.code != code and ctx.actors.kind_of(a) != "place" \
                and not _placed(sent.doc, a):
            return True
    return False


def _placed(doc, a) -> bool:
    """Whether the mention ``a`` is where something is held ("talks set in Zorburg,
    Vorland"): inside a locative phrase, alone or after the town it places."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    tok = tree.climb(span.root, ("appos", "conj", "npadvmod"), limit=3)
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
