"""The episode an article commemorates: its retellings are history.

Anniversary stories ("Vietnam marks 50 years since the massacre", "survivors gathered on
the anniversary of the bombing") tell the old act again in the words of news: "soldiers
killed 504 civilians in the village", with no date, as if it happened on the day of the
story. The event noun a historical noun governs ("the anniversary of the massacre") is
history already (``modality``); an undated act of its category told as done is a retelling
of it, and so history too, when:

- it lies inside the historical noun's own phrase ("the commemoration of the massacre in the
  village, where 504 civilians were killed"), not merely in its sentence ("on the anniversary
  of the massacre, gunmen attacked the mourners" tells a new attack); or
- its sentence gives the same toll as the phrase's sentence ("504 civilians" both times): a
  count of ten or more, not a date or an ordinal.

An undated retelling keeps no date (the record is history, not news of the day).
"""

from __future__ import annotations

from .. import tree
from .lexicon import load_lexicon

#: How many links up from the event noun the historical noun is looked for ("the 50th
#: anniversary of the massacre": noun <- of <- anniversary).
_REACH = 3
#: Entity types of numbers that count no victims ("50 years", "the 50th").
_NOT_TOLLS = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: The smallest count that ties two tellings (small counts recur by chance).
_LEAST = 10


def carry_commemorated(drafts) -> None:
    """Mark the retellings of a commemorated episode as history (module docstring)."""
    if not drafts:
        return
    episodes = _episodes(drafts[0].sent.doc)
    for category, holder in episodes:
        inside = {t.i for t in holder.subtree}
        tolls = _tolls(holder.sent)
        for d in drafts:
            if d.event != category or d.modality != "asserted" or d.date is not None \
                    or d.date_override is not None:
                continue
            if d.cand.head.i in inside or (d.sent.start != holder.sent.start
                                           and tolls & _tolls(d.sent)):
                d.modality = "historical"


def _episodes(doc) -> list:
    """(category, historical noun) for each event noun a historical noun governs ("the
    anniversary of the massacre"), whether or not the noun became a record of its own."""
    lex = load_lexicon()
    marks = lex.modality.get("historical_nouns", frozenset())
    found = []
    for tok in doc:
        entry = lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if entry is None or entry.event is None:
            continue
        for _child, head in tree.steps_up(tok, limit=_REACH):
            if head.lemma_.lower() in marks:
                found.append((entry.event, head))
                break
    return found


def _tolls(sent) -> frozenset[str]:
    """Counts of ten or more in the sentence ("504 civilians"), as written without commas."""
    out = set()
    for t in sent:
        if t.dep_ != "nummod" or t.ent_type_ in _NOT_TOLLS:
            continue
        digits = t.text.replace(",", "")
        if digits.isdigit() and int(digits) >= _LEAST:
            out.add(digits)
    return frozenset(out)
