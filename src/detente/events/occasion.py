"""The place of the occasion an act took place at.

"During a visit to Beijing, the minister signed ...", "At a summit in Nairobi, X urged ...":
the act happened where the visit or the summit was, though no place hangs on the act itself.
An act made by saying it ("Trump said during the visit that he backs the deal") happened where
it was said, so the occasion may hang on the reporting verb above it.

The occasion is a meeting noun of the lexicon (a CONSULT noun: visit, talks, summit ...)
after an occasion preposition (``occasion_prepositions`` in data/lexicon/time.yaml: at,
during, on); its place is the one the places stage ties to that noun ("a visit to X",
"talks in Y").
"""

from __future__ import annotations

from .. import knowledge
from ..grounding import reporting_verb
from ..places import place_for
from ..records import Place
from .lexicon import category_set, load_lexicon

__all__ = ["occasion_place"]

#: prepositions by which an event noun is the occasion of the act it hangs on
_OCCASION_PREPS = knowledge.words("lexicon/time.yaml", "occasion_prepositions")
#: acts made by saying them: the occasion may hang on the verb of saying
_SAID = category_set("dated_by_statement")
#: the category whose nouns name occasions (meetings, visits, summits)
_OCCASIONS = "CONSULT"


def occasion_place(ctx, head, event: str) -> Place | None:
    """The place of the occasion the trigger ``head`` (or, for an act made by saying it, its
    reporting verb) took place at, else None."""
    verbs = [head]
    if event in _SAID:
        said = reporting_verb(head)
        if said is not None:
            verbs.append(said)
    nouns = load_lexicon().nouns
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
                continue
            for noun in prep.children:
                entry = nouns.get(noun.lemma_.lower())
                if noun.dep_ == "pobj" and entry is not None and entry.event == _OCCASIONS:
                    place = place_for(ctx, noun)
                    if place is not None:
                        return place
    return None
