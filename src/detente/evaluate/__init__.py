"""Scoring detente against gold: sentence gold (PLOVER GSR) and document gold (seed article).

Everything here except ``run.py`` is a pure function over gold records and system outputs in
the ``Analysis.as_dict()`` shape, so it is tested on tiny hand-made examples.

Definitions (the figures mean exactly this)
-------------------------------------------
Codes. Actor codes are upper-cased; ``None``, empty and ``***`` are dropped; CAMEO spellings are
mapped to ours (JAP->JPN, ITL->ITA, UNO->IGO). An actor list becomes a *set* of codes.

Strict view. A system event with modality ``negated`` or ``hypothetical`` is not an assertion.
A ``future`` CONSULT/SUPPORT/COOPERATE/AID counts as AGREE (PLOVER manual); any other modality
(asserted, historical, future of another category) keeps its category.

Sentence gold (``*.jsonl``, one record per sentence). Each sentence is analysed as its own
article published on 2000-01-01 (the gold's dates are placeholders; dates are not scored). The
system events of a sentence are taken in the strict view (not-asserted ones are counted apart
and never paired). Within a sentence and a category, gold and system events are paired one to
one, greedily, best participant overlap first (2 per shared actor code, 1 per shared recipient
code, +1 if the actor sets are equal; ties by text order). A pair is a true positive; an
unpaired gold event a miss (fn); an unpaired system event a false positive (fp).

``category_confusion`` (sentence gold): in each sentence, misses and false positives are
sorted by category and zipped; each pair "GOLD->SYSTEM" is counted as a likely wrong category.

Document gold (``*.json``: events, must_not_assert, quotes, statements, rounds, positions,
claims; text from ``text_file`` relative to the gold; published from the gold unless
``--published``). A system event may pair with a gold event of the same *native* category (not
strict-mapped: modality is scored separately) only if its evidence sentence contains the gold
``evidence`` substring or its [start, end) span overlaps an occurrence of it in the article.
Pairing is then as above. Unpaired system events are false positives only if they are
assertions in the strict view (a correctly negated event is not punished). Matched pairs feed a
modality confusion table (gold modality -> system modality) and ``modality_acc``.

Categories: per-category precision/recall/F1 from tp/fp/fn; micro over all pairs; macro F1 is
the mean F1 over categories present in gold or system output.

On matched pairs: ``actor_country_acc`` = share whose actor code set equals the gold set;
``actor_country_overlap`` = share that share at least one code (both empty counts); the same for
``recipient_*`` (gold empty and system empty is correct). Reciprocal gold events (flagged
``reciprocal``, or two or more actors and no recipient: "X and Y held talks") are compared with
the system's actors and recipients together on the actor side, since "X held talks with Y"
says the same; a system recipient then only counts if the gold lists it as a recipient too. ``sector_acc``: for each gold actor
with a sector whose code appears on the same side of the system event, correct if one of those
system actors has the same first three sector letters. ``date_acc`` (document gold): the system
date equals the gold date at the gold's precision (gold ``null``, the text gives no date: no
system date, or the publication date standing in, ``date_basis: publication``).
``location_name_acc`` / ``location_country_acc``: where the gold names a location / a country
(alpha-2 or alpha-3), the system location's name or text contains or equals it / its country
equals it.

A gold event may list ``also_evidence`` (the same event told again later) and a system event
may too (the records it folded in): they pair when any sentence of one supports any of the
other. On each pair, ``full_actor_country`` = actor and recipient code sets both right (as
above); ``full_date`` = the gold date at its precision, or, for a gold ``null`` (the text gives
no date), no system date or one marked ``date_basis: publication``; ``full_place`` = the gold
place by name (a country-level gold place: by country), or, for a gold ``null``, no system
place; ``fully_right`` = all three. ``fully_right_of_output`` = fully right pairs / system
events in the strict view; ``fully_right_of_gold`` = the same / gold events;
``actor_no_country_share`` = system events (strict view) none of whose actors has a code.

A folder of document gold files (``quality/gold/voa``) is scored pooled: counts (tp/fp/fn,
pairs, quotes, must-not items) are summed over the articles, then the ratios are taken.

Document extras. ``must_not.violations``: for each must-not item, the number of system events
that are assertions in the strict view, of that category (``ANY`` = any), whose evidence
sentence contains the item's ``evidence`` text, and that are not paired with a gold event (one
sentence can hold both a must-not and a gold event: "ended without a ceasefire agreement, though
both parties signaled a willingness to continue"). Quotes: a gold quote is found by the first system
quote whose text contains ``text_contains`` (normalised quotes/case/space) or is contained in it
and at least half as long; ``attribution`` = share of gold quotes found with the speaker's name
and country right; name, country, sector, role, date are also reported one by one. Statements:
found when a system statement's evidence overlaps the gold evidence; speaker and date scored.
Rounds, positions and claims: see ``ledger.py``.
"""

from __future__ import annotations

from .document import score_document_gold
from .report import render
from .run import SENTENCE_PUBLISHED, evaluate_file, load_gold
from .sentences import score_sentence_gold

__all__ = ["SENTENCE_PUBLISHED", "evaluate_file", "load_gold", "render", "score_document_gold",
           "score_sentence_gold"]
