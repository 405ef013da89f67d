"""A raid by the police is an act of law enforcement, not an armed attack.

"Police raided a house near the bypass and arrested five suspects", "counter-terrorism
officers raided the group's offices": a search and seizure by a state's police or
intelligence service is coercion (COERCE), as its arrests are. A raid by gunmen, rebels or
an army ("gunmen raided the village", "troops raided the rebel base") stays an attack.
"""

from __future__ import annotations

from .. import knowledge

#: Sectors of the police and intelligence services (data/lexicon/material.yaml).
POLICING = frozenset(s.upper() for s in knowledge.words("lexicon/material.yaml",
                                                         "policing_sectors"))
#: Lemmas of the words of a raid (data/lexicon/material.yaml).
RAIDS = knowledge.words("lexicon/material.yaml", "raid_words")


def police_raids(drafts) -> None:
    """Recode, in place, attacks told by a raid word whose doers are all police or
    intelligence (see the module docstring)."""
    for d in drafts:
        if d.event != "ASSAULT" or not d.actor:
            continue
        word = d.cand.noun if d.cand.kind in ("noun", "light") and d.cand.noun is not None \
            else d.cand.head
        if word.lemma_.lower() not in RAIDS:
            continue
        if all(a.sector in POLICING for a in d.actor):
            d.event, d.mode = "COERCE", None
