"""Where an article's story takes place, and the country its unplaced actors belong to.

News names the country of a story once or twice near the start ("Somali President X...",
"KABUL —") and then speaks of "the police", "opposition lawmakers" or "the judge" without
repeating it. This module reads the *setting* from the article itself, once per article:

* a dateline ("MOMBASA —", "SAN JOSE, COSTA RICA —") counts for the country of its place;
* every mention of a state (country, demonym, capital, a place inside it, a person of it)
  counts, a mention in the lead sentences more than one further down.

The leader is the setting only if it clearly leads: when two countries are about equally
prominent (a story about two states' relations), there is no setting and nothing is guessed.

It also decides which actors may take the setting: those with no country of their own, not
an international body, and not qualified as foreign ("foreign donors", "Western diplomats").

Public API:
    fills(mentions, kb, text, placed) -> (setting, {(start, end): code}, guessed)
    placed(sents, places) -> ((country code, sentence index), ...) of the places found
    article_setting(text, counted, country_of_place) -> str | None
    takes_setting(words) -> bool
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterable

from . import knowledge
from .actors_kb import COUNTRY_KINDS, norm
from .datelines import body_start, dateline_match, dateline_place
from .grounding import default_gazetteer

_LEXICON = "lexicon/actors.yaml"
#: words in a mention that say the actor is not of the story's country ("foreign troops")
_NOT_LOCAL = knowledge.words(_LEXICON, "not_local")
#: words of a state's own office after which "foreign" names a portfolio ("Foreign Ministry")
_OFFICES = knowledge.words(_LEXICON, "portfolio_office_words")
#: how the lead and the rest weigh against each other; the margin the leader must have
_WEIGHTS = knowledge.table(_LEXICON, "setting_weights")
#: sectors of a state's voice, which in a story between two states may be either's
_SIDE_SECTORS = frozenset(knowledge.ordered(_LEXICON, "side_sector_codes"))
#: sectors of a state's own institutions and people, which in a story between two states
#: belong to the state whose mention of that sector came last
_CARRIED_SECTORS = frozenset(knowledge.ordered(_LEXICON, "carried_sector_codes"))
#: codes of international bodies, whose offices a later bare title may name ("the envoy"); not
#: NGO, whose words name the people a group speaks for ("immigrants' rights groups")
_BODY_CODES = frozenset({"IGO"})
#: sectors of armed groups, whose unplaced fighters belong to the group named before
ARMED_SECTORS = frozenset(knowledge.ordered(_LEXICON, "setting_group_sector_codes"))
#: heads of private people whose nationality word says who they are, not where they are
_NATIONALS = knowledge.words(_LEXICON, "private_person_nouns") | knowledge.words(
    _LEXICON, "national_heads")
#: words for a place in a state, after the state's adjective ("the Rwandan border post")
_PLACE_HEADS = knowledge.words(_LEXICON, "place_demonym_heads")
#: articles, which leave a sector word bare ("the forces")
_ARTICLES = knowledge.words(_LEXICON, "articles")
#: how many sentences back a mention may stand for a later bare one
LOOKBACK = int(knowledge.table(_LEXICON, "counted_limits")["lookback_sentences"])


def article_setting(text: str, counted: Iterable[tuple[str, int]],
                    country_of_place: Callable[[str], str | None],
                    stated: frozenset[str] | None = None) -> str | None:
    """The country the story takes place in, or None when no country clearly leads.

    ``counted``: (country code, sentence index) for each state-bearing mention;
    ``country_of_place``: the country of a place name (for the dateline), or None;
    ``stated``: if given, the states the story names as parties (not only by places in
    them): a dateline counts only for one of those. "BRUSSELS --" over a story of the EU and
    Ukraine, "NAIROBI --" over one of Somalia, say where the reporter files, not where the
    story happens.
    """
    lead_sents = int(_WEIGHTS["lead_sentences"])
    score: dict[str, float] = {}
    for code, sent in counted:
        weight = _WEIGHTS["lead"] if sent < lead_sents else _WEIGHTS["body"]
        score[code] = score.get(code, 0.0) + weight
    place = dateline_place(text)
    if place is not None:
        code = country_of_place(place)
        if code is not None and (stated is None or code in stated):
            score[code] = score.get(code, 0.0) + _WEIGHTS["dateline"]
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < _WEIGHTS["minimum"] or top < second * _WEIGHTS["margin"]:
        return None  # two countries about equally prominent: the story has no one setting
    return best


def takes_setting(words: Iterable[str]) -> bool:
    """Whether a mention with these (lower-case) words, in text order, may take the story's
    country. "Foreign" before a word of a state's own office ("the Ministry of Foreign
    Affairs", "the Foreign Ministry") names the office's portfolio, not a foreign actor."""
    words = list(words)
    portfolios = {w for w, nxt in zip(words, words[1:]) if nxt in _OFFICES}
    return not any(w in _NOT_LOCAL and w not in portfolios for w in words)


def fills(mentions, kb, text: str, placed=()) -> tuple[
        str | None, dict[tuple[int, int], str], set[tuple[int, int]]]:
    """The story's setting, the country each actor without one takes, and which of those
    are the setting's guess.

    ``mentions``: the article's mentions in order, each with ``actors``, ``sent``, ``head``
    (last sector or title word), ``local`` (may take a country from the story) and
    ``described`` (the country its appositive names). A person takes the country of their
    appositive, on every mention of their name (those before it too); a sector word repeated
    from an earlier mention that named a country takes that country ("a Peruvian judge" ...
    "the judge"); in a story with no setting, an institution or people of the
    ``carried_sector_codes`` takes the state of the last mention of its sector ("a Zorvanian
    judge" ... "the court"); otherwise a local actor takes the setting, if any. ``placed``: the
    (country, sentence) of the article's places (``placed()``), which set a story that names
    no state. Actors are keyed by (start, end) character offsets.
    """
    countries = kb.countries
    where, scene = _setting_and_scene(mentions, kb, text, placed)
    heads: dict[str, tuple[str, str | None]] = {}  # a sector word -> (code, sector) it had
    # a person's name -> the country their description gave, wherever in the story it is
    # given: the first mention may come before the one that describes the person
    people: dict[str, str] = {}
    for m in mentions:
        if m.described and m.actors[0].name:
            people.setdefault(m.actors[0].name, m.described)
    out: dict[tuple[int, int], str] = {}
    guessed: set[tuple[int, int]] = set()
    armed: tuple[str, int] | None = None  # the armed group named last: its code, sentence
    later = {} if where else _later_heads(mentions, countries)
    sectors: dict[str, tuple[str, int]] = {}  # a carried sector -> (code, sentence) named last
    for m in mentions:
        for a in m.actors:
            if a.code is None and a.org is None and m.local and a.start >= 0:
                code = m.described or people.get(a.name or "") or _same_word(
                    heads, m.head, a) or _armed_group(a, m, armed) or _not_elsewhere(
                    _same_word(later, m.head, a), m, placed)
                if code is None and where is None and m.kinds[0] != "person":
                    code = _same_sector(sectors, a, m)
                guess = where if m.kinds[0] == "person" or a.sector in _SIDE_SECTORS else scene
                if code:
                    out[(a.start, a.end)] = code
                elif guess:
                    out[(a.start, a.end)] = guess
                    guessed.add((a.start, a.end))
        if m.head and len(m.actors) == 1 and (m.actors[0].code in countries or (
                m.actors[0].code in _BODY_CODES and is_title(kb, m.head))):
            # "U.N. Secretary-General X" ... "the secretary-general": an office named once
            # with its state or international body keeps it
            heads[m.head] = (m.actors[0].code, m.actors[0].sector)
        a = m.actors[0]
        if (len(m.actors) == 1 and m.kinds[0] == "org" and a.code is not None
                and a.sector in ARMED_SECTORS and a.start >= 0):
            armed = (a.code, m.sent)
        if len(m.actors) == 1 and m.head and a.code in countries \
                and a.sector in _CARRIED_SECTORS:
            sectors[a.sector] = (a.code, m.sent)  # "Zorvanian police"; not a bare "Zorvanians"
    return where, out, guessed


def _same_sector(named: dict[str, tuple[str, int]], actor, mention) -> str | None:
    """The state whose mention of the same sector came last, a few sentences back at most
    (``named``: sector -> (code, sentence)), for an unplaced mention of a state's own
    institutions or people in a story between two states: "a Zorvanian judge blocked the
    order ... the court also barred the police" is that state's court."""
    if actor.sector not in _CARRIED_SECTORS or actor.sector not in named:
        return None
    code, sent = named[actor.sector]
    return code if 0 <= mention.sent - sent <= LOOKBACK else None


def _setting_and_scene(mentions, kb, text: str, placed=()) -> tuple[str | None, str | None]:
    """The story's setting (``article_setting`` over the mentions of states) and its scene:
    the setting, else the state whose towns and provinces the story names."""
    countries = kb.countries
    place_of = lambda name: _country_of_place(kb, name)  # noqa: E731
    # the dateline's own words ("GENEVA, SWITZERLAND --") count only for a state the story's
    # body names as a party: alone, they say where the reporter files, not where it happens
    head = dateline_match(text)
    body = body_start(head) if head is not None else 0
    stated = frozenset(a.code for m in mentions if not m.landmark and (
        not m.actors or m.actors[0].start >= body) and not _of_a_place(m, text)
                       for a, kind in zip(m.actors, m.kinds)
                       if kind != "place" and a.code in countries) or None
    # (a body that names no state at all leaves the dateline as the best word on where:
    # "KANO -- Gunmen killed seven villagers in Tudun Wada village")
    # a state named only as a border's side says where the border runs, not where the story is
    counted = [(a.code, m.sent, _national(m)) for m in mentions if not m.landmark
               for a in m.actors if a.code in countries and (
                   a.start >= body or stated is None or a.code in stated)]
    where = article_setting(text, [(c, s) for c, s, _ in counted], place_of, stated)
    if where is None and any(n for _, _, n in counted):
        # "the killing of a British aid worker" in a story of Nigeria: a nationality of
        # private people says who they are, not where the story is, so in a close race it
        # weighs as if named further down
        lead = int(_WEIGHTS["lead_sentences"])
        where = article_setting(text, [(c, max(s, lead) if n else s)
                                       for c, s, n in counted], place_of, stated)
    if not counted and placed:
        # "bandits attacked a police station in Zurmi, Zamfara State": a story that names no
        # state, only its provinces and towns, is set where they are, when they all lie in one
        # country (or one clearly leads)
        codes = {code for code, _ in placed}
        where = codes.pop() if len(codes) == 1 else article_setting(text, placed, lambda _: None)
    # two states about equally named (a row between them): the towns and provinces the story
    # names still say where it happens, and so whose its unnamed gunmen are (not whose its
    # people or "the government" are: those are as likely of either side)
    scene = where or article_setting(text, [(a.code, m.sent) for m in mentions if m.kinds[0]
                                            == "place" for a in m.actors if a.code in countries],
                                     place_of, stated)
    return where, scene


def placed(sents, places) -> tuple[tuple[str, int], ...]:
    """(country code, sentence index) of each place found in the article (``places``, with
    character offsets) whose name the gazetteer knows in one country only ("Zamfara", "Sagaing
    Region"); ``sents``: the article's sentences. A name several countries have ("Hyderabad")
    is read as the bigger place, which says too little of where a story is to set it."""
    starts = [s.start_char for s in sents]
    gazetteer = default_gazetteer()
    return tuple((p.country, max(bisect_right(starts, p.start) - 1, 0)) for p in places
                 if p.country and {e.country for e, _ in gazetteer.candidates(p.text)
                                   or gazetteer.candidates(p.name)} == {p.country})


def _of_a_place(mention, text: str) -> bool:
    """Whether the mention is a state's adjective before a word for a place in it ("the
    Rwandan border post of X", "the Thai province of Tak", "on Afghan soil"): it names where,
    not a party, so a dateline of that state ("X, Rwanda --") still says only where the
    reporter files."""
    if mention.kinds[0] != "demonym":
        return False
    after = text[mention.end_char:mention.end_char + 40].split()
    return bool(after) and after[0].strip(",.;:").lower() in _PLACE_HEADS


def _national(mention) -> bool:
    """Whether the mention is a nationality word of private people ("a British aid worker",
    "two French tourists"), not of a state's office or forces."""
    return (mention.kinds[0] == "demonym" and mention.head is not None
            and mention.head in _NATIONALS)


def _later_heads(mentions, countries) -> dict[str, tuple[str, str | None]]:
    """Sector words that the story ties to one state only ("the military said ... Pakistan's
    military issued a statement"): in a story between two states, which has no setting, a
    bare "the military" of the lead is the state whose military the story names, when it
    names no other's. A head named with two states maps to nothing."""
    seen: dict[str, set[str]] = {}
    sectors: dict[str, str | None] = {}
    for m in mentions:
        if m.head and len(m.actors) == 1 and m.actors[0].code in countries \
                and m.kinds[0] in COUNTRY_KINDS:
            seen.setdefault(m.head, set()).add(m.actors[0].code)
            sectors.setdefault(m.head, m.actors[0].sector)
    return {head: (codes.pop(), sectors[head]) for head, codes in seen.items()
            if len(codes) == 1}


def _not_elsewhere(code: str | None, mention, placed) -> str | None:
    """``code``, which a later mention gave, unless the mention's own sentence names only
    places of another country: "Police fired tear gas in Mogadishu ... Kenyan police said"
    are not Kenya's police in Somalia's capital."""
    here = {c for c, sent in placed if sent == mention.sent and c}
    return None if code is not None and here and code not in here else code


def _same_word(named: dict[str, tuple[str, str | None]], head: str | None, actor
               ) -> str | None:
    """The state an earlier mention of the same sector word ``head`` named (``named``: word
    -> (code, sector)). A bare "the forces" is those forces again; a qualified one of
    another sector is another body: "rebel forces" or "security forces" in a story that
    named "Ethiopian forces" or "American forces" are not Ethiopia's or America's."""
    code, sector = named.get(head, (None, None)) if head else (None, None)
    bare = all(w in _ARTICLES for w in actor.text.lower().split()[:-1])
    return code if code is not None and (bare or actor.sector == sector) else None


def _armed_group(actor, mention, armed: tuple[str, int] | None) -> str | None:
    """The country of the armed group named just before ("al-Shabab ... the militants"): an
    unplaced fighter of a story that has just named its group is that group's, which may
    fight in a state other than its own (the story's setting)."""
    if armed is None or actor.sector not in ARMED_SECTORS:
        return None
    code, sent = armed
    return code if 0 <= mention.sent - sent <= LOOKBACK else None


def is_title(kb, word: str | None) -> bool:
    """Whether ``word`` is an office's title ("envoy"), not a sector noun ("forces"): one
    holder's office keeps its body, a body's troops are no later "forces"."""
    lex = kb.phrases.get((word,)) if word else None
    return lex is not None and lex.title is not None


def _country_of_place(kb, name: str) -> str | None:
    """The country of a dateline's place: a country or capital the KB knows by that exact
    name, else the gazetteer's place."""
    lex = kb.phrases.get(tuple(norm(w) for w in name.split()))
    ent = lex.entity if lex is not None else None
    if ent is not None and ent.kind in COUNTRY_KINDS and ent.code in kb.countries:
        return ent.code
    place = kb.place(name)
    return place.code if place is not None else None
