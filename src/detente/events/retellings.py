"""One real event, one record per article.

News tells an event more than once: the lead says what happened, later paragraphs retell it
with detail ("Rebels attacked a convoy ..." then "The attack on the aid convoy ...").
Coded sentence by sentence, each retelling is a row of its own, and a user counting events
counts the same siege five times. Two drafts of one article are taken for the same event when
nothing the text says sets them apart:

- one of them names the event as something already told: an event noun with a definite,
  demonstrative, date-possessive or thing-possessive determiner ("the attack", "this ban",
  "Tuesday's ambush", "the force's activation"), a light verb of doing or joining with a
  definite or dated event noun ("carried out the strike", "held the talks", "took part in the
  meeting": ``renewing_light_verbs``; not "held the first talks"), or a gerund clause that
  is the subject of a comment ("the junta barring him is a sign").
  Two clauses with verbs of their own ("authorities rejected the claims", later "authorities
  rejected the report") are two acts, even with the same parties;
- same category, both told as having happened (asserted or historical, in either mix: the
  dates below tell an earlier event apart; a future plan is not its later execution, a
  negated act not an asserted one);
- the same, non-empty, set of actor codes (a draft with no coded actor is too vague to
  identify anything), the same sectors where both name them (in a civil war both sides
  share a country: "the army killed 33 rebels" is no retelling of "the rebels' attack"), and
  the same recipient codes, unless the retelling names none;
- modes that do not differ (one may be unknown);
- dates that do not conflict (one unknown, or one the same as or inside the other: a month
  and a day of that month);
- places that do not conflict (one unknown, the same place, a country and a place in it, or
  a region or a country and a site off the map of no known country, "the Nur Shams camp").

A meeting planned by the same doers, told again as planned, with the same other side or one
naming none, on dates that do not conflict ("will hold talks this week with his
counterpart" ... "before his scheduled meeting with the envoy") is one plan (``_same_plan``).

A meeting of the same two sides (by country) told twice with verbs of its own, on a day read
from the words, the other telling giving the same day or none ("X met Y on Monday" ... "X
wrote after meeting Y"), is one meeting: two sides meet once a day in one story.

The act of an article's lead (its first body sentence), told with no date of its own, told
again later with a day or place ("navy ships have entered the country's waters" ... "two
frigates entered its waters early Monday"; "Chile has called off the talks" ... "Chile's
decision to cancel the meeting") is one act: the lead sums up
what the story then tells (``_lead_retold``: same category, both told as now, the same doers
and sectors, no other named recipient or people, the later day no more than a week before
publication, places that agree).

An attack by unnamed assailants retold in other words, with no event noun to tie the
tellings ("gunmen attacked the village" ... "the bandits started shooting" ... "seven people
were killed on the spot"), is folded by ``one_attack`` (see there for what keeps two attacks
apart). The folded record takes the doers of a telling that names them when its own has none
or only a place standing in for them.

Two tolls with no doer in two sentences may tell two attacks; a telling that names the doers
ties them: a toll with no doer at all joins the tellings of an attack when it is the same
event as one of them naming the doers and agrees with the other tolls on all else ("At least
ten policemen were killed ..." ... "Militants stormed the station ..." ... "the official
confirmed that ten policemen were killed").

A toll with no doer that the rules above leave alone ("14 civilians were killed", "the
shelling has wounded many civilians") is folded into the attack told before it, or into the
act of force its "when" clause names, by ``tolls`` (see there).

An attack on a named person told a second time with no doer ("... and X was killed") is the
same attack, whatever its words (``material.same_victim``). Two verbs of one category joined
in one sentence by the same doers ("rebels stormed the village and killed 20 people") are one
act told in steps, unless the second is the same verb again or told as later, or they name
different victims, dates or places; two attacks in one sentence by the same side (country
and sector) are one fight on the same terms.

An act with no date of its own told as part of an event named as already told ("five
soldiers were also killed in the attack", "were arrested during the raid") takes the date of
the latest earlier dated event of that noun's category, and its place when it has none of
its own: the sentence points back at it.

The merged record keeps the best-informed retelling as its evidence (a dated one before an
undated one, then one with a place, then the first) and takes a date or place the others
give when it has none; the other sentences stay as ``also_evidence``.
"""

from __future__ import annotations

from datetime import date as _date

from .. import coref, knowledge, places, tree
from ..datelines import body_start
from ..dates import date_for
from . import claims, hosted, material, one_attack, restated, tolls
from .meetings import MEETINGS
from .extract import DEFINITE, Draft
from .parties import codes as _codes
from .phrases import has_object
from .lexicon import events_words, load_lexicon
from .triggers import lem

#: Modalities that assert the event happened (or happens); the others never merge.
_ASSERTING = ("asserted", "historical")
#: Meetings, whose later mentions may name some of their sides only (ontology.yaml).
#: "killed in the attack", "arrested during the raid" (data/lexicon/time.yaml)
_WITHIN = knowledge.words("lexicon/time.yaml", "within_event_prepositions")
#: "also arrested": another act of the kind (data/lexicon/time.yaml)
_ALSO = knowledge.words("lexicon/time.yaml", "also_words")
#: "held the talks", "carried out the strike": light verbs that name an event told before
#: (data/lexicon/events.yaml)
_RENEWING = events_words("renewing_light_verbs")
#: "the first talks": adjectives (word forms) of an event told as new
_FIRST = events_words("first")


def _date_value(d: Draft) -> str | None:
    return d.date.value if d.date is not None else None


def _dates_agree(a: Draft, b: Draft) -> bool:
    x, y = _date_value(a), _date_value(b)
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(x)


def _places_agree(a: Draft, b: Draft) -> bool:
    x, y = a.location, b.location
    if x is None or y is None:
        return True
    if x.name == y.name:
        return True
    if any(p.country is None and p.lat is None and p.feature != "region" and
           q.feature in ("region", "country") for p, q in ((x, y), (y, x))):
        return True  # a site off the map of no known country may lie in the region or country
    # a country and a place inside it agree ("in Peru" ... "in Cusco"); two towns do not; nor
    # two regions, unless one is off the map and may lie in the other ("in Sangin district in
    # southern Helmand province" ... "in Sangin district")
    return x.country == y.country and ("country" in (x.feature, y.feature) or (
        x.feature == y.feature == "region" and None in (x.lat, y.lat)))


def told_before(d: Draft) -> bool:
    """The trigger is an event noun determined as known: "the attack", "Tuesday's attack"."""
    head = d.cand.head
    if d.cand.kind == "verb" and head.tag_ == "VBG" and (
            head.dep_ in ("csubj", "nsubj") or (head.dep_ == "acl" and head.head.dep_ in (
                "csubj", "nsubj") and head.head.i < head.i)):
        # a gerund clause as the subject of a comment: "the junta barring him is a sign of
        # ..." (the parser often hangs the gerund on its subject noun)
        return True
    if _renewed(d.cand):
        return True
    noun = d.cand.noun if d.cand.kind == "noun" else None
    if claims.is_claim(d):
        noun = d.cand.noun  # "claimed responsibility for the attack": the attack told before
    if noun is None:
        return False
    return known_event(noun)


def known_event(noun) -> bool:
    """The event noun is determined as known: "the attack", "Tuesday's attack", "the force's
    activation"."""
    # a possessive dates the event ("Tuesday's attack") or names what it was done to, told
    # before ("the force's activation"); a named actor's ("Israel's attacks") says who did
    # it, which says nothing about it being told before
    return any((c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or (
        c.pos_ == "NOUN" and not c.ent_type_)))
               or (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE)
               for c in noun.children)


def _renewed(cand) -> bool:
    """A light verb of doing or joining with an event noun determined as known: "held the
    talks", "carried out the strike", "joined Tuesday's protest" (not "held the first
    talks", "launched the second offensive": a new one)."""
    if cand.kind != "light" or cand.noun is None:
        return False
    verb = lem(cand.head)
    if verb not in _RENEWING and not any(
            c.dep_ in ("prt", "dobj") and f"{verb} {c.lower_}" in _RENEWING
            for c in cand.head.children):  # "carried out the attack", "took part in the talks"
        return False
    noun = cand.anchor or cand.noun
    if any(c.dep_ == "amod" and (c.lower_ in _FIRST or c.ent_type_ == "ORDINAL")
           for c in noun.children):
        return False
    # a possessive on a light verb's noun names its doer ("launched his country's
    # offensive"), unless it dates it ("joined Tuesday's protest")
    return any((c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
               or (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE)
               for c in noun.children)


def names_attack(d: Draft) -> bool:
    """The draft names the attack as known: "the attack was made on a patrol", or its harm
    happened in it ("were killed in the bombing")."""
    if d.cand.kind == "light" and d.cand.noun is not None and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in d.cand.noun.children):
        return True  # "the attack was made on a police patrol"
    return told_before(d) or (tree.is_verb(d.cand.head)
                              and _event_told_before(d.cand.head) == "ASSAULT")


def _steps(a: Draft, b: Draft) -> bool:
    """Two joined verbs of one category with the same coded doers in one sentence: "stormed
    the village and killed 20 residents", "were rounded up and detained"."""
    if a.sent.start != b.sent.start or a.event != b.event or a.modality != b.modality \
            or "verb" not in (a.cand.kind, b.cand.kind):
        return False
    first, second = sorted((a.cand.head, b.cand.head), key=lambda t: t.i)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    if _told_apart(a, b) or _own_objects(a, b):
        return False
    return restated.same_parties(a, b)


def _own_objects(a: Draft, b: Draft) -> bool:
    """"recalled its envoy and expelled the ambassador": two acts of one category other than
    force, each verb with its own object and of another mode, are two events (where "stormed
    the village and killed 20" tells one attack)."""
    if a.event == "ASSAULT" or not (a.mode and b.mode and a.mode != b.mode):
        return False
    return has_object(a.cand.head) and has_object(b.cand.head)


def _told_apart(a: Draft, b: Draft) -> bool:
    """"killed six attackers and later killed 50 militants": the same verb again, or a verb
    told as coming later, is another act."""
    first, second = sorted((a.cand.head, b.cand.head), key=lambda t: t.i)
    if a.cand.kind == b.cand.kind == "verb" and first.lemma_.lower() == second.lemma_.lower():
        return True
    return any(c.dep_ == "advmod" and c.lower_ in material.LATER_ADVERBS
               for c in second.children)


def _one_sentence_attack(a: Draft, b: Draft) -> bool:
    """Two attacks told in one sentence by the same side ("deadly violence that began Monday in
    the coastal region, where security forces clashed with fighters"): one fight, unless the
    sides' sectors, the victims, dates or places tell them apart."""
    if a.sent.start != b.sent.start or a.event != "ASSAULT" or b.event != "ASSAULT" \
            or _told_apart(a, b):
        return False
    xa, xb = _codes(a.actor), _codes(b.actor)
    if not xa or xa != xb or not _sectors_agree(a.actor, b.actor):
        return False  # in a civil war both sides share a country: the sector tells them apart
    ra, rb = _codes(a.recipient), _codes(b.recipient)
    # "a bomb killed 11 miners, while the group attacked a military vehicle": other victims
    return not (ra and rb and ra != rb) and _sectors_agree(a.recipient, b.recipient)


def _sectors_agree(x, y) -> bool:
    sx = {a.sector for a in x if a.sector}
    sy = {a.sector for a in y if a.sector}
    return not sx or not sy or sx == sy


def same_event(a: Draft, b: Draft) -> bool:
    """Nothing the text says sets the two drafts apart (see the module docstring)."""
    if a.modality in _ASSERTING and material.same_victim(a, b):
        return _dates_agree(a, b) and _places_agree(a, b)
    if a.modality in _ASSERTING and b.modality in _ASSERTING and (
            _steps(a, b) or _one_sentence_attack(a, b)):
        return _dates_agree(a, b) and _places_agree(a, b)
    if restated.restated(a, b) or restated.casualties_of(a, b) \
            or one_attack.same_attack(a, b, lambda: names_attack(a) or names_attack(b)):
        # told on (restated.py), told again in other words (one_attack.py)
        return _dates_agree(a, b) and _places_agree(a, b)
    if _same_day_meeting(a, b):
        return _places_agree(a, b)
    if _same_plan(a, b):
        return _places_agree(a, b)
    if hosted.host_of(a, b, known_event) or hosted.resumed(a, b, known_event):
        return _places_agree(a, b)  # "the talks were hosted by X", "... resumed on Tuesday"
    if _lead_retold(a, b):
        return _places_agree(a, b)
    if not (told_before(a) or told_before(b)):
        return False
    if a.event != b.event or a.modality not in _ASSERTING or b.modality not in _ASSERTING:
        return False  # asserted and historical tell one event when the dates agree
    if not (restated.same_parties(a, b) and _sectors_agree(a.actor, b.actor)) \
            and not _side_of_meeting(a, b):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    return _dates_agree(a, b) and _places_agree(a, b)


#: how many days before the lead's publication day a later telling may date the lead's act
_LEAD_DAYS = 7


def _lead_retold(a: Draft, b: Draft) -> bool:
    """The lead's act told again later with its day or place: "navy ships have entered the
    country's waters" ... "two frigates entered its waters early Monday"; "two editors have
    been arrested in Laos" ... "the pair was arrested Saturday in Vientiane". A news lead sums
    up the story's act with no date of its own; a later sentence giving the same category,
    told as happening now, by the same doers (the same sectors), to no other named party, in
    no other mode, not told as another act ("also", "later"), not inside a quote, with no
    other named people acting ("the minister arrived in Rome" ... "the president spoke with
    the pope"), and dated no later than the lead's publication day and not more than
    ``_LEAD_DAYS`` before it, tells that act, unless the lead tells two acts of that category
    (which one is retold?). Places are checked by the caller."""
    first, later = sorted((a, b), key=lambda d: d.cand.head.i)
    if not first.extra.get("lead") or later.extra.get("lead") \
            or first.event != later.event \
            or first.modality != "asserted" or later.modality != "asserted":
        return False
    if first.date is not None and first.date.source != "publication":
        return False  # the lead dates its act itself: the dates rule of ``same_event`` holds
    if not (restated.same_parties(first, later) and _sectors_agree(first.actor, later.actor)):
        return False
    if first.mode and later.mode and first.mode != later.mode:
        return False
    if _other_people(first, later) or first.extra.get("lead_kinds", {}).get(first.event, 0) > 1 \
            or later.extra.get("quoted"):
        return False  # other named people act; a lead telling two acts of the kind; a
        # speaker's own account ("'they closed our school,' a teacher said") is theirs
    if any(c.dep_ == "advmod" and (c.lower_ in _ALSO or c.lower_ in material.LATER_ADVERBS)
           for c in later.cand.head.children):
        return False  # "also arrested", "later arrested": another act
    if later.date is None:
        return True
    # an undated lead is told as of the day the article was published
    day = first.date.value if first.date is not None else first.extra.get("lead_published")
    return _days_before(later.date.value, day)


def _other_people(a: Draft, b: Draft) -> bool:
    """Both tellings name the people who act, and no one of them in both ("the minister
    arrived in Rome" ... "the president spoke with the pope"): two acts of one state's
    people."""
    x = {p.name for p in a.actor if p.name and p.role}
    y = {p.name for p in b.actor if p.name and p.role}
    return bool(x) and bool(y) and not x & y


def _days_before(value: str | None, published: str | None) -> bool:
    """``value`` (a day, or the month of ``published``) is ``published`` or a day at most
    ``_LEAD_DAYS`` before it."""
    if not value or not published:
        return False
    if published.startswith(value):
        return True  # the month or year of the lead's day
    try:
        gap = (_date.fromisoformat(published[:10]) - _date.fromisoformat(value)).days
    except ValueError:
        return False
    return 0 <= gap <= _LEAD_DAYS


def _side_of_meeting(a: Draft, b: Draft) -> bool:
    """"X held talks with Y" ... "during the talks, Y stressed ...": a meeting named again
    by its noun, with only some of its sides, is no second meeting."""
    if a.event not in MEETINGS:
        return False
    first, later = sorted((a, b), key=lambda d: d.cand.head.i)
    if not told_before(later):
        return False
    whole = _codes(first.actor) | _codes(first.recipient)
    part = _codes(later.actor) | _codes(later.recipient)
    return len(whole) > 1 and bool(part) and part <= whole


def _same_day_meeting(a: Draft, b: Draft) -> bool:
    """"X met Y on Monday" ... "X said after meeting Y": a meeting of the same two sides told
    twice in verbs of their own, on one day read from the words (the other telling gives that
    day or none), is one meeting. Sides by their countries, as doers or either end ("A met B"
    ... "a meeting between A and B took place")."""
    if a.event != b.event or a.event not in MEETINGS or a.modality not in _ASSERTING \
            or b.modality not in _ASSERTING:
        return False
    days = {(d.value, d.source) for d in (a.date, b.date) if d is not None}
    if len(days) != 1 or any(d is not None and d.precision != "day" for d in (a.date, b.date)) \
            or next(iter(days))[1] != "text":
        return False  # one day read from the words, or that day and no date at all
    if a.sent.start != b.sent.start and not all(
            d.date is not None or _timeless(d) for d in (a, b)):
        return False  # in one sentence, the day it names is the day of both
    sides = _codes(a.actor) | _codes(a.recipient)
    return len(sides) > 1 and bool(_codes(a.actor)) and bool(_codes(b.actor)) \
        and sides == _codes(b.actor) | _codes(b.recipient) \
        and _sectors_agree(a.actor + a.recipient, b.actor + b.recipient)


def _same_plan(a: Draft, b: Draft) -> bool:
    """A planned meeting told again: "will hold talks this week with his counterpart" ...
    "two days before his scheduled meeting with the envoy" ... "the two sides will
    discuss ...". Two tellings of a meeting, both told as planned, by the same doers (their
    sectors agreeing) with the same other side or one naming none, or between the same two
    sides however told (doers or either end), in no other mode, the
    later not told as another ("also", "later"), on dates that do not conflict: a date only
    taken from the day of publication says nothing of when a plan is to happen. Places are
    checked by the caller."""
    if a.event != b.event or a.event not in MEETINGS or not a.modality == b.modality == "future" \
            or a.sent.start == b.sent.start:
        return False
    sides = [_codes(d.actor) | _codes(d.recipient) for d in (a, b)]
    if not (restated.same_parties(a, b) and _sectors_agree(a.actor, b.actor)) and not (
            len(sides[0]) > 1 and sides[0] == sides[1] and _codes(a.actor) and _codes(b.actor)):
        return False  # the same doers, or the same two sides ("the two sides will discuss")
    if a.mode and b.mode and a.mode != b.mode:
        return False
    later = max((a, b), key=lambda d: d.cand.head.i)
    if any(c.dep_ == "advmod" and (c.lower_ in _ALSO or c.lower_ in material.LATER_ADVERBS)
           for c in later.cand.head.children):
        return False
    x, y = (d.date.value if d.date is not None and d.date.source != "publication" else None
            for d in (a, b))
    return not x or not y or x.startswith(y) or y.startswith(x)


def _timeless(d: Draft) -> bool:
    """An undated telling that names no time it could be on: told as now ("asserted", not
    background), its sentence holding no date or time the date stage left unread ("was held
    this morning"), but for a possessive that dates something else ("this year's summit")."""
    return d.modality == "asserted" and not any(
        e.label_ in ("DATE", "TIME") and e.root.dep_ != "poss" for e in d.sent.ents)


def _rank(d: Draft, filed_end: int) -> tuple:
    value = _date_value(d)
    city = d.location is not None and d.location.feature != "country"
    return (-(len(value) if value else 0), d.location is None, _filed(d, filed_end), not city)


def _filed(d: Draft, filed_end: int) -> bool:
    """The draft's place is only the dateline's (the text itself puts the act nowhere): a
    guess that any place the text names for the same event beats, however coarse."""
    return d.location is not None and 0 <= d.location.start < filed_end


def merge_retellings(drafts: list[Draft], ctx=None) -> list[Draft]:
    """The drafts with retellings folded into one draft each, in text order of the kept one.

    The kept draft's ``extra["retold"]`` lists the drafts folded into it.
    """
    _mark_lead(drafts, ctx)
    groups: list[list[int]] = []
    for i, d in enumerate(drafts):
        for group in groups:
            if _joins([drafts[j] for j in group], d):
                group.append(i)
                break
        else:
            groups.append([i])
    match = places.filed(ctx) if ctx is not None else None
    filed_end = body_start(match) if match is not None else 0
    kept = []
    for group in groups:
        best = min(group, key=lambda j: (_rank(drafts[j], filed_end), j))
        _fold(drafts[best], [drafts[j] for j in group if j != best], filed_end)
        kept.append(best)
    out = [drafts[j] for j in sorted(kept)]
    out = tolls.fold_tolls(out, lambda a, b: _toll_agrees(a, b, filed_end), names_attack)
    flow_dates(out, ctx)
    return out


def _toll_agrees(attack: Draft, toll: Draft, filed_end: int) -> bool:
    """A toll's date and place do not conflict with the attack's: only its own count (not
    the day of publication, not the dateline's place)."""
    dated = toll.date is not None and toll.date.source != "publication"
    placed = toll.location is not None and not _filed(toll, filed_end)
    return (not dated or _dates_agree(attack, toll)) and (not placed or _places_agree(
        attack, toll))


def _mark_lead(drafts: list[Draft], ctx) -> None:
    """Mark (``extra["lead"]``) the drafts of the article's lead: its first body sentence
    (after the dateline), when it holds a draft; and (``extra["quoted"]``) those told inside
    quotation marks."""
    if ctx is None or not drafts:
        return
    match = places.filed(ctx)
    filed_end = body_start(match) if match is not None else 0
    lead = None
    for n, sent in enumerate(ctx.sentences()):
        if sent.end_char > filed_end and sent.text.strip():
            lead = n
            break
    kinds: dict[str, int] = {}
    for d in drafts:
        d.extra["lead"] = lead is not None and d.extra.get("sent_index") == lead
        d.extra["quoted"] = coref.in_quotes(ctx, d.cand.head)  # a speaker's own account
        if d.extra["lead"]:
            kinds[d.event] = kinds.get(d.event, 0) + 1
    published = getattr(getattr(ctx, "article", None), "published", None)
    for d in drafts:
        if d.extra["lead"]:
            d.extra["lead_kinds"] = kinds
            d.extra["lead_published"] = str(published)[:10] if published else None


def _joins(group: list[Draft], d: Draft) -> bool:
    """``d`` tells the group's event: it is the same event as each of its drafts, or it is a
    toll with no doer at all ("ten policemen were killed") that is the same event as one of
    them naming the doers, while the group's other tolls (no doer, or only a place standing
    in for one) agree with it on all but a telling that ties them: "At least ten policemen
    were killed ..." ... "Militants stormed the station ..." ... "the official confirmed
    that ten policemen were killed" tell one attack."""
    if d.actor:  # only a doer-less toll may join by a tie; the rest must match every member
        # (the host of the meeting, no side of it, need host only one telling)
        if hosted.hosts_told_meeting(d, known_event):
            return any(same_event(g, d) for g in group)
        return all(same_event(g, d) for g in [
            g for g in group if not hosted.hosts_told_meeting(g, known_event)] or group)
    same = [same_event(g, d) for g in group]
    if all(same):
        return True
    if not any(one_attack.doer_codes(g) for g, s in zip(group, same) if s):
        return False
    return all((not g.actor or g.extra.get("placed")) and one_attack.same_attack(
        g, d, lambda: True) and _dates_agree(g, d) and _places_agree(g, d)
        for g, s in zip(group, same) if not s)


def _event_told_before(head) -> str | None:
    """The category of a definite or dated event noun the act is told as part of ("killed in
    the attack", "wounded in Friday's attack"), else None."""
    nouns = load_lexicon().nouns
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _WITHIN:
            continue
        for obj in prep.children:
            entry = nouns.get(obj.lemma_.lower())
            if obj.dep_ == "pobj" and entry is not None and not entry.weak and any(
                    (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE)
                    or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
                    for c in obj.children):  # "in the attack", "in Friday's attack"
                return entry.event
    return None


def flow_dates(drafts: list[Draft], ctx=None) -> None:
    """Date undated acts told as part of an event told before (see the module docstring).
    ``drafts``: in text order; ``ctx``: the article context, to read dated event nouns that
    are no draft of their own ("lost their lives in Tuesday's hijacking")."""
    for n, d in enumerate(drafts):
        if d.date is not None or d.date_override is not None or d.modality not in _ASSERTING \
                or not tree.is_verb(d.cand.head):
            continue
        category = _event_told_before(d.cand.head)
        if category is None:
            continue
        found, told = None, None
        for e in reversed(drafts[:n]):
            if e.event == category and e.modality in _ASSERTING and e.date is not None \
                    and e.date.value and e.date.kind == "point":
                found, told = (e.cand.head.i, e.date), e
                break
        mention = _dated_mention(ctx, d.cand.head, category) if ctx is not None else None
        if mention is not None and (found is None or mention[0] > found[0]):
            found = mention
        if found is not None:
            d.date = found[1]
            if d.location is None and told is not None and told.date.value == d.date.value:
                d.location = told.location  # "also killed in the attack": there, too


#: how far back (in tokens) an event told before is looked for among the event nouns
_LOOKBACK = 600


def _dated_mention(ctx, head, category: str):
    """(position, date) of the last event noun of ``category`` before ``head`` with a date of
    its own ("Tuesday's hijacking", "the attack on Monday"), else None."""
    nouns = load_lexicon().nouns
    doc = head.doc
    for i in range(head.i - 1, max(-1, head.sent.start - _LOOKBACK), -1):
        tok = doc[i]
        entry = nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if entry is None or entry.weak or entry.event != category:
            continue
        ref = _own_date(ctx, tok)
        if ref is not None and ref.value and ref.kind == "point":
            return i, ref
    return None


def _own_date(ctx, noun):
    """The date an event noun carries: a date possessive or modifier ("Tuesday's hijacking",
    "the May 3 attack", the date a preposition widened: "in Tuesday's hijacking"), else the
    date the time stage attaches to it."""
    marks = [c.idx for c in noun.children
             if c.dep_ in ("poss", "compound", "nmod", "npadvmod") and c.ent_type_ == "DATE"]
    if marks:
        for ref in ctx.dates_in(noun.sent.start_char, noun.sent.end_char):
            if any(ref.start <= at < ref.end for at in marks):
                return ref
    return date_for(ctx, noun)


def _fold(best: Draft, others: list[Draft], filed_end: int = 0) -> None:
    """Fill what the kept retelling lacks from the others and remember them."""
    for g in others:
        if claims.is_claim(g) and not claims.is_claim(best):
            # the claimant names who the story's "gunmen" were (same codes and sectors, or
            # the two would not have merged)
            best.actor = g.actor
        if _codes(g.actor) and (not _codes(best.actor) or (
                best.extra.get("placed") and not g.extra.get("placed"))):
            # the toll told with no doer (or only its place): the attack's doers did it
            best.actor, best.extra["placed"] = g.actor, g.extra.get("placed")
        if best.date is None and g.date is not None:
            best.date = g.date
        if not best.recipient and g.recipient:
            best.recipient = g.recipient
        own = g.location is not None and not _filed(g, filed_end)
        if g.location is not None and best.location is None or own and (
                _filed(best, filed_end) or (best.location.feature == "country"
                                             and g.location.feature != "country")):
            best.location = g.location  # the more precise place of the same event
    best.extra["retold"] = others
