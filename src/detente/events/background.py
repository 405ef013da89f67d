"""Acts a story tells as background: before the news, though no date of their own says so.

Two frames of news prose put an act in the past of the story:

* a prepositional frame of earlier occasions on its verb: "In the past, Ankara has threatened
  to close the base", "In previous rounds of talks, Iran rejected the demand" (the words are
  ``background_frame_*`` in data/lexicon/time.yaml). "In the past two weeks" is no such frame:
  a span of time that runs up to the story is news;
* a span that started over a year before the story: "Since he took office in 2022, he has
  made several trips to the capital", "has received 23 loans since 1947". Undated, asserted
  and told over the span, the acts are the record of years; a span that started weeks or
  months ago ("arrested 2,400 people since February 1") runs through the news;
* a "before" clause or phrase whose own date is history: "He spent 800 days in prison before a
  court in October 2023 granted him house arrest", "were held for three years before being
  freed in 2019". What came before an act of history is history too. Its date is unknown (the
  clause dates its end, not the act), so the act keeps none of its own.
"""

from __future__ import annotations

from .. import knowledge, tree

__all__ = ["dated", "framed_as_past", "later_dates", "span_starts"]

_TIME = "lexicon/time.yaml"
_FRAME_PREPS = knowledge.words(_TIME, "background_frame_prepositions")
_FRAME_NOUNS = knowledge.words(_TIME, "background_frame_nouns")
_FRAME_ADJECTIVES = knowledge.words(_TIME, "background_frame_adjectives")
#: units of time: "in the past two weeks", "in previous years" run up to the story
_UNITS = knowledge.words(_TIME, "temporal_nouns")
#: the word of a clause or phrase told as coming after the act
_BEFORE = "before"
#: words that open the start of a span the act is told over ("since")
_SINCE = knowledge.words(_TIME, "state_start_words")


#: prepositions of a span, not of a date the act took place on ("since 2014", "for years")
_SPAN_PREPS = knowledge.words(_TIME, "span_prepositions")
#: links of a time phrase on a word ("in 1998", "last year")
_TIME_DEPS = frozenset({"prep", "npadvmod", "tmod"})


def dated(word) -> bool:
    """Whether a time phrase on ``word`` (a verb or an event noun) says when it took place
    ("in 1998", "last year", "on Monday"); a span ("since 2014", "for years") does not."""
    for c in word.children:
        if c.dep_ not in _TIME_DEPS or c.lower_ in _SPAN_PREPS:
            continue
        if any(t.ent_type_ in ("DATE", "TIME") or (t.like_num and len(t.text) == 4)
               for t in c.subtree):
            return True
    return False


def framed_as_past(own) -> bool:
    """Whether a verb of the trigger (``own``: its tokens) carries a frame of earlier
    occasions: "in the past", "in past disputes", "in previous talks"."""
    for t in own:
        if not tree.is_verb(t) or t.tag_ in ("VBZ", "VBP"):
            continue  # "in past years the festival draws crowds": a habit up to now
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in _FRAME_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and _earlier_occasion(noun):
                    return True
    return False


def _earlier_occasion(noun) -> bool:
    """"the past", or a noun that is not a unit of time with an adjective of earlier times
    ("past disputes", "previous rounds") and no number ("the past two years")."""
    if noun.lower_ in _FRAME_NOUNS:
        return True
    kids = list(noun.children)
    if noun.lemma_.lower() in _UNITS or noun.lower_ in _UNITS or any(
            c.dep_ == "nummod" or c.like_num for c in kids):
        return False
    return any(c.dep_ == "amod" and c.lower_ in _FRAME_ADJECTIVES for c in kids)


def later_dates(ctx, head) -> list:
    """The calendar dates of the "before" clauses or phrases of the trigger verb ``head``:
    "spent years in prison before a court in 2019 freed him" gives 2019."""
    return _clause_dates(ctx, head, _before_clause, lambda r: r.kind == "point" and r.value)


def _clause_dates(ctx, head, pick, keep) -> list:
    """The dates ``keep`` accepts in the clauses or phrases ``pick`` finds among the children
    of the trigger verb of ``head`` (``pick(child)``: the clause, or None)."""
    verb = _verb_of(head)
    out = []
    for child in verb.children if verb is not None else ():
        clause = pick(child)
        if clause is None:
            continue
        start = clause.left_edge.idx
        end = clause.right_edge.idx + len(clause.right_edge.text)
        out.extend(r for r in ctx.dates_in(start, end) if keep(r))
    return out


def _before_clause(child):
    """The clause or phrase ``child`` opens when it tells what came after the act ("before a
    court granted him bail", "before being freed"), else None."""
    if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == _BEFORE for c in child.children):
        return child
    if child.dep_ == "prep" and child.lower_ == _BEFORE:
        return next((c for c in child.children if c.dep_ in ("pcomp", "pobj")), None)
    return None


def span_starts(ctx, head) -> list:
    """The calendar dates of the "since" phrases or clauses of the trigger verb ``head``:
    "has made several trips since he took office in 2022" gives 2022."""
    return _clause_dates(ctx, head, _since_clause, lambda r: r.value and r.kind != "duration")


def _since_clause(child):
    """``child`` when it opens a "since" phrase or clause, else None."""
    opens = child.dep_ == "prep" and child.lower_ in _SINCE or child.dep_ == "advcl" and \
        any(c.dep_ == "mark" and c.lower_ in _SINCE for c in child.children)
    return child if opens else None


def _verb_of(head):
    """The trigger verb, or the verb a trigger noun is the subject or object of ("has
    received 23 loans since 1947")."""
    if tree.is_verb(head):
        return head
    if head.dep_ in ("dobj", "nsubj", "nsubjpass") and tree.is_verb(head.head):
        return head.head
    return None
