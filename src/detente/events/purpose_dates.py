"""An act told with its purpose takes the date of the purpose ("Nairobi received $300
million in Japanese loans to rebuild a railway in 2017", "Moscow sent troops to crush the
uprising in 2014"): the date hangs on the infinitive in the parse, but the act and the aim it
was done for share their time. Only for an act told in the simple past with no date of its
own, and only a calendar date the infinitive itself owns (not one of a noun inside it: "paid
to rebuild the bridge destroyed in 2016"). An aim looking ahead has no calendar date of the
act ("agreed to meet in May" is an ``xcomp``, not a purpose; "pledged funds to rebuild the
city by 2030" gives an end, not a point). A date of history then makes the act history too
(``modality.date_aged``, which runs after this).
"""

from __future__ import annotations

from .. import tree
from ..grounding import attached_to

__all__ = ["date_by_purpose"]


def date_by_purpose(drafts, ctx) -> None:
    """Give each undated, asserted past act in ``drafts`` the date of its purpose clause."""
    for d in drafts:
        verb = _verb_of(d.cand)
        if d.date is not None or d.date_override is not None or d.modality != "asserted" \
                or verb is None or verb.tag_ != "VBD":
            continue
        ref = next((r for clause in _purposes(verb) for r in _own_dates(ctx, clause)), None)
        if ref is not None:
            d.date = ref


def _verb_of(cand):
    """The verb that tells the act: the trigger verb, or the verb whose object phrase holds
    the trigger noun ("received $300 million in Japanese loans")."""
    if cand.kind in ("verb", "light"):
        return cand.head if tree.is_verb(cand.head) else None
    noun = cand.noun if cand.noun is not None else cand.head
    up = tree.first_ancestor(noun, lambda t: t.dep_ not in ("pobj", "prep", "dobj", "compound"),
                             include_self=True)
    return up if up is not None and tree.is_verb(up) and up.i != noun.i else None


def _purposes(verb):
    """The infinitive clauses of purpose on ``verb`` ("to rebuild a railway")."""
    for child in verb.children:
        if child.dep_ == "advcl" and tree.to_infinitive(child):
            yield child


def _own_dates(ctx, clause):
    """The calendar dates the infinitive ``clause`` owns itself."""
    doc = clause.doc
    end = clause.right_edge.idx + len(clause.right_edge.text)
    for ref in ctx.dates_in(clause.left_edge.idx, end):
        if ref.kind != "point" or not ref.value:
            continue
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and attached_to(span, clause):
            yield ref
