"""One attack by unnamed assailants, retold sentence after sentence: one record.

A short violence report tells its attack again and again, each time with other words and no
event noun to tie the tellings together: "Gunmen attacked a village, killing 12" ... "The
bandits raided the village on Tuesday" ... "the armed men started shooting" ... "Seven people
were killed on the spot". ``retellings`` folds a retelling that names the attack as known
("the attack"); this module folds the others when nothing in the text sets them apart:

- both told as having happened (asserted; historical only when both are dated), not too many sentences apart (``REACH``; in
  one sentence only when one of them is the toll with no doer: "adding that two soldiers
  were also wounded"), and neither sentence marks another attack ("another", "a separate
  attack", "earlier": data/lexicon/material.yaml ``attack_apart_words``) or a later act
  ("snipers later killed three of them", "earlier this month": ``time_shift_words``), and
  their modes do not differ ("blew up the tracks and took 100 passengers hostage" tells two
  acts);
- the doers are irregular (gunmen, bandits, militants, a suicide bomber: no sector of a
  state's organs, no civilians), with the same country codes, or one of the two tells the
  toll with no doer at all ("Seven people were killed on the spot"), or only the place
  stood in for one (``extra["placed"]``); at least one of them has a coded doer, unless
  both are in one sentence ("10 officers were killed and four wounded") or one names the
  attack as known ("the attack was made on a police patrol", "killed in the bombing");
- the victims have the same country codes (or one names none) and are of the same side:
  civilians, a state's forces, or irregular fighters ("gunmen killed 10 villagers" and "the
  gunmen opened fire on security forces as they arrived" are two attacks, "snipers killed
  the suicide bombers" is not the bombers' attack on the passengers), and not the doers'
  own side (dead militants after an attack by militants tell the answer to it); victims
  named by a word that names no side ("people", "persons": ``unsided_victim_words``) count
  for none when the two share a sentence or one names the attack as known ("six persons
  including a police corporal were killed" ... "four people were wounded in Friday's
  attack");
- the caller (``retellings.same_event``) checks that dates and places do not conflict;
  where a date could not be resolved, the time words of the two sentences must share one.

A state's forces (an army, police) are left to the stricter rules: a war story tells many
strikes by the same army, and only a named "the strike" ties two of them.
"""

from __future__ import annotations

from typing import Callable

from .. import knowledge
from .lexicon import events_words, load_lexicon

#: Sectors of a state's organs (data/lexicon/events.yaml state_sectors).
STATE = frozenset(s.upper() for s in events_words("state_sectors"))
#: Sectors of irregular armed men (rebels, unidentified armed men, criminal gangs).
FIGHTERS = frozenset(knowledge.ordered("lexicon/material.yaml", "fighter_sectors"))
#: Words for assailants (word forms): victims so named are fighters, whatever their sector.
ASSAILANTS = knowledge.words("lexicon/material.yaml", "assailant_words")
#: "people", "persons": words for victims that name no side (word forms).
UNSIDED = knowledge.words("lexicon/material.yaml", "unsided_victim_words")
#: Sectors whose doers are no assailants ("villagers were accused of killings").
NOT_ASSAILANTS = frozenset(knowledge.ordered("lexicon/material.yaml", "not_assailant_sectors"))
#: "another attack", "in a separate incident", "earlier": words that set an attack apart.
APART = knowledge.words("lexicon/material.yaml", "attack_apart_words")
#: "later", "earlier", "previously": an act told at another time than the report's attack.
SHIFTS = knowledge.words("lexicon/material.yaml", "time_shift_words")  # "later", "earlier"
#: "across", "since": on the harm verb itself, a toll spread over places or time (a tally)
TALLY = knowledge.words("lexicon/material.yaml", "tally_words")
#: Nouns that name an incident without a category ("a separate incident").
INCIDENT_NOUNS = knowledge.words("lexicon/material.yaml", "incident_nouns")
#: How many sentences apart two tellings of one attack may be.
REACH = 8
#: How a word that sets an attack apart hangs on the event noun it modifies.
_MODIFIERS = ("amod", "det", "predet", "nummod", "advmod", "compound")
#: Modalities of an attack told as having happened (a historical one only with dates on both
#: tellings for the caller to compare: "in 2009, gunmen attacked" is no undated toll's attack).
_TOLD = ("asserted", "historical")


def doer_codes(d) -> frozenset[str]:
    """The country codes of the draft's named doers (none when a place stands in for them)."""
    if d.extra.get("placed"):
        return frozenset()  # the place stood in for an unnamed doer
    return frozenset(a.code for a in d.actor if a.code)


def _irregular(d) -> bool:
    """No doer of a state's organs or of civilians (a doer with no sector counts as
    irregular: "the armed men")."""
    return not any(a.sector in STATE or a.sector in NOT_ASSAILANTS for a in d.actor)


def told_apart(d) -> bool:
    """Whether the draft's sentence sets its act apart (``_sets_apart``), read once per draft:
    the merge compares every pair."""
    if "apart" not in d.extra:
        d.extra["apart"] = _sets_apart(d)
    return d.extra["apart"]


def _sets_apart(d) -> bool:
    """A word that sets the act apart, on its trigger or on an event noun of the sentence
    ("in another attack", "a separate incident", "had earlier raided"); "another resident
    said" sets nothing apart."""
    nouns = load_lexicon().nouns
    for t in d.sent:
        if t.lower_ in SHIFTS:
            return True  # "snipers later killed three of them", "earlier this month"
        if t.lower_ in TALLY and t.dep_ == "prep" and t.head.i == d.cand.head.i:
            return True  # "have killed hundreds across the region" (not "fire from across")
        if t.lower_ not in APART:
            continue
        owner = t.head
        if owner.i == d.cand.head.i and t.dep_ == "advmod":
            return True  # "were separately attacked"
        if t.dep_ in _MODIFIERS and (owner.lemma_.lower() in nouns
                                     or owner.lemma_.lower() in INCIDENT_NOUNS):
            return True  # "in another attack", "several deadly attacks"; not "shooting many"
    return False


def _side(actors, loose: bool = False) -> str | None:
    """"forces" (a state's organs), "fighters" (irregular armed men), "people" (anyone
    else), or None when no victim has a sector or they are of more than one side.
    ``loose``: victims named by a word that names no side ("people", "persons") count for
    none: told in one sentence with the attack, or as harmed in the attack named as known,
    a toll of people may count soldiers and villagers alike ("six persons including a police
    corporal" ... "three people were wounded in Friday's attack")."""
    sides = {"forces" if a.sector in STATE else "fighters" if a.sector in FIGHTERS
             else "people" for a in actors if a.sector and not (loose and _unsided(a.text))}
    # "three of the attackers": the victims named by a word for assailants are fighters
    sides |= {"fighters" for a in actors if not a.sector
              and set(a.text.lower().split()) & ASSAILANTS}
    return sides.pop() if len(sides) == 1 else None


def _unsided(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and words[-1] in UNSIDED


def _victims_agree(a, b, loose: bool = False) -> bool:
    ca = frozenset(r.code for r in a.recipient if r.code)
    cb = frozenset(r.code for r in b.recipient if r.code)
    if ca and cb and ca != cb:
        return False
    # villagers in one telling and security forces or militants in the other: two attacks
    sa, sb = _side(a.recipient, loose), _side(b.recipient, loose)
    return not (sa and sb and sa != sb)


def same_attack(a, b, named: Callable[[], bool] = lambda: False) -> bool:
    """``a`` and ``b`` tell one attack by unnamed assailants (see the module docstring).
    ``named()``: one of them names the attack as known ("the attack was made on a patrol",
    "were killed in the bombing"), which lets two tolls with no doer fold across sentences;
    asked only for such two tolls (it reads the lexicon)."""
    if a.event != "ASSAULT" or b.event != "ASSAULT" or a.modality not in _TOLD \
            or b.modality not in _TOLD:
        return False
    if "historical" in (a.modality, b.modality) and (a.date is None or b.date is None):
        return False
    if a.sent.start == b.sent.start and doer_codes(a) and doer_codes(b):
        return False  # two doers' acts in one sentence: retellings' own rules decide
    gap = abs(b.extra.get("sent_index", 0) - a.extra.get("sent_index", 0))
    if gap > REACH or told_apart(a) or told_apart(b):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False  # "blew up the tracks" and "took 100 passengers hostage": two acts
    xa, xb = doer_codes(a), doer_codes(b)
    if (not (xa or xb) and a.sent.start != b.sent.start and not named()) \
            or (xa and xb and xa != xb):
        return False  # two tolls with no doer are one in one sentence ("killed and four
        # wounded") or when one names the attack as known; else they may tell two attacks
    if _times_apart(a, b):
        return False
    if not (_irregular(a) and _irregular(b)) or own_side_hit(a, b) or own_side_hit(b, a):
        return False
    if _victims_agree(a, b):
        return True
    loose = a.sent.start == b.sent.start or named()
    return loose and _victims_agree(a, b, True)


def _date_words(d) -> set[str]:
    return {t.lower_ for t in d.sent if t.ent_type_ == "DATE" and t.is_alpha}


def _times_apart(a, b) -> bool:
    """Both sentences name a time and the times share no word ("on Sunday" and "last
    month"), while at least one of them could not be dated (no publication date to count
    from): the dates the caller compares cannot tell them apart, the words can."""
    if a.date is not None and b.date is not None:
        return False
    wa, wb = _date_words(a), _date_words(b)
    return bool(wa) and bool(wb) and not wa & wb


def own_side_hit(a, b) -> bool:
    """``b``'s dead are of ``a``'s doers' side ("Militants attacked the train. Sixteen
    militants were killed."): the answer to the attack, not the attack."""
    doers = {x.sector for x in a.actor if x.sector}
    if doers & {x.sector for x in b.recipient if x.sector}:
        return True
    # "snipers killed the suicide bombers" after the bombers' attack: fighters hit fighters
    return _side(a.actor) == "fighters" and _side(b.recipient) == "fighters"
