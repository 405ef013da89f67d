"""Acts told with "also" right after a dated act of the same party: the same occasion.

"Malawi's High Court on Jan. 14 ordered all public schools to admit the pupils. The court also
ordered the school to give her extra classes." The second order has no date of its own; dated
by the publication day it would land days late. "Also" ties it to the act just told, by the
same party, so it takes that act's date when:

- its verb carries "also" (``also_words`` in data/lexicon/time.yaml), is told in the simple
  past and asserted, and names no date of its own;
- one of the ``ALSO_REACH`` sentences before (a quote may come in between) holds an act with
  a calendar date (a day, a month) whose subject names the same thing ("the court", "police":
  the same head word), or the sentence just before one whose party a pronoun stands for (of
  the same countries); no country of its actors is not of that act's. The nearest one counts.
"""

from __future__ import annotations

from .. import knowledge, tree

__all__ = ["carry_also"]

#: adverbs that add an act to the one told before ("also", "too")
_ALSO = knowledge.words("lexicon/time.yaml", "also_words")
#: how many sentences back the act an "also" adds to may be (quotes may come in between)
ALSO_REACH = 3


def carry_also(drafts, ctx) -> None:
    """Date the undated "also" acts by the dated act of the same party told just before.
    ``drafts``: in text order, each with ``extra["sent_index"]``."""
    dated: dict[int, list] = {}
    for d in drafts:
        ref = d.date
        if ref is not None and ref.value and ref.kind == "point" and ref.source == "text":
            dated.setdefault(d.extra["sent_index"], []).append(d)
    for d in drafts:
        if not _undated_also(d):
            continue
        index = d.extra["sent_index"]
        for back in range(1, ALSO_REACH + 1):
            others = _other_parties_between(drafts, d, index - back)
            found = next((b for b in dated.get(index - back, ())
                          if _same_party(b, d, back, others)), None)
            if found is not None:
                d.date = found.date
                break


def _undated_also(d) -> bool:
    head = d.cand.head
    return d.date is None and d.date_override is None and d.modality == "asserted" and \
        tree.is_verb(head) and head.tag_ == "VBD" and any(
            c.dep_ == "advmod" and c.lower_ in _ALSO for c in head.children)


def _other_parties_between(drafts, d, first: int) -> bool:
    """Whether an act of another country is told after sentence ``first`` and before ``d``'s."""
    codes = {a.code for a in d.actor if a.code}
    return any(first < x.extra["sent_index"] < d.extra["sent_index"] and
               not {a.code for a in x.actor if a.code} <= codes for x in drafts)


def _same_party(before, d, back: int, others: bool = True) -> bool:
    """A subject with the same head word ("the court" ... "the court also"), or a pronoun for
    the same coded party, named in the sentence before or with only that party's own words
    between ("X on Tuesday dismissed ... '...,' he told reporters. He also accused ..."); no
    other country among the actors."""
    codes = {a.code for a in d.actor if a.code}
    theirs_codes = {a.code for a in before.actor if a.code}
    if codes and codes != theirs_codes:
        return False
    mine, theirs = tree.subject(d.cand.head), tree.subject(before.cand.head)
    if mine is None or theirs is None:
        return False
    if mine.tag_ == "PRP":
        # a pronoun stands for the party just named, or still told since
        return bool(codes) and (back == 1 or not others)
    return mine.lemma_.lower() == theirs.lemma_.lower()
