"""The time a story is told from, for an article that carries no publication date.

Many pages reach us without a date (a feed item, a copied wire story, a site that prints none).
Their background is dated all the same ("Rwanda established diplomatic relations with Korea in
1963", "In 2020, the two countries signed an air services agreement") and, with no day to
measure it from, was told as news. The story is at least as late as the latest act it tells as
done: that act's last day stands in for the publication day when history is read
(``modality.is_history``), so an act dated years before it is background. Acts told as to come
do not count ("elections due in 2027" says nothing of when the story was written), nor do acts
with no calendar date.

The estimate errs early, never late: when the news itself is undated and only old acts carry
dates, the latest of them is taken as the story's time and only acts a year or more before it
become history.
"""

from __future__ import annotations

import datetime as dt

from ..records import last_day

__all__ = ["story_now"]

#: modalities of acts told as done, whose dates say the story was written after them
_DONE = ("asserted", "historical")


def story_now(drafts, published: dt.date | None) -> dt.date | None:
    """``published`` when the article has one, else the last day of the latest calendar date
    of an act told as done, else None."""
    if published is not None:
        return published
    ends = []
    for d in drafts:
        ref = d.date
        if d.modality in _DONE and ref is not None and ref.kind == "point" and ref.value:
            try:
                ends.append(last_day(ref.value))
            except ValueError:
                continue  # a value the calendar cannot hold says nothing of the story's time
    return max(ends, default=None)
