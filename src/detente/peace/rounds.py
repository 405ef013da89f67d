"""Negotiation rounds mentioned in one article.

A sentence mentions a round when it has a talks noun ("talks", "round", "summit", ...) and an
anchor: a date, a venue, a status cue ("held", "postponed", "expected") or the word "round".
Generic mentions ("fresh talks could help", "previous negotiations") have no anchor and are
skipped. A mention without a date of its own that comes after a round of the same tense
("Those talks, which took place in Istanbul, ...") adds to that round instead of opening one.
"The first direct talks since March 2022" also records the earlier round it implies.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .. import docview, knowledge, tree
from ..dates import UNIT_DAYS, unit_days
from ..records import Round, content_id
from ._support import (_BOTH, actors_in, all_mentions, article_text, cached, code_counts,
                       dates_of, glued_actors, is_country, party_code, places_of,
                       precision_of, sentence_text, sentences, starting_in, venue_dict)
from . import consult, talks
from .taxonomy import load_round_vocabulary

_LEXICON = "lexicon/ledger.yaml"
FUTURE = {"announced", "expected", "scheduled"}
_REPORT_DATE = knowledge.pattern(_LEXICON, "report_date", re.I)
_WINDOW = knowledge.pattern(_LEXICON, "window", re.I)
_HYPOTHETICAL = knowledge.pattern(_LEXICON, "hypothetical", re.I)
_FUTURE_WORDS = knowledge.pattern(_LEXICON, "future_words", re.I)
#: Talks someone doubts will happen: "little chance that another summit will take place".
_DOUBT = knowledge.pattern(_LEXICON, "doubt", re.I)
_PRIOR = knowledge.pattern(_LEXICON, "prior", re.I)
_MEDIATOR = knowledge.pattern(_LEXICON, "mediator")
_HOST = knowledge.pattern(_LEXICON, "host")
_LED = knowledge.pattern(_LEXICON, "led", re.I)
_WORDNUM = knowledge.table("lexicon/time.yaml", "number_words")
#: a length in hours that says how long a meeting lasted ("lasted about three hours", "went
#: on for five hours", "a five-hour meeting"); the date stage measures the length
_MEETING_LENGTH = knowledge.pattern(_LEXICON, "meeting_length", re.I)
_PRISONERS = knowledge.pattern(_LEXICON, "prisoners")
#: "the most recent round": explicit about being a round
_STRONG = knowledge.pattern(_LEXICON, "strong", re.I)
_NON_PARTY = frozenset(knowledge.ordered(_LEXICON, "non_party_codes"))

#: a talks noun right after a place names the place as the venue ("Jeddah talks")
_TALKS_AFTER_PLACE = knowledge.pattern(_LEXICON, "talks_after_place", re.I)
#: a place right after these is where the talks are ("in Jeddah"; a city also "to", "from")
_VENUE_BEFORE = knowledge.pattern(_LEXICON, "venue_before", re.I)
_CITY_BEFORE = knowledge.pattern(_LEXICON, "city_before", re.I)
_VENUE_RIGHT_AFTER = knowledge.pattern(_LEXICON, "venue_right_after", re.I)
#: "their talks", "both leaders' meeting": the parties are named elsewhere
_ANAPHORIC_POSS = knowledge.words(_LEXICON, "anaphoric_possessives")
#: "talks with X", "between X and Y": the prepositions that name the parties
_PARTY_PREPS = knowledge.words(_LEXICON, "party_prepositions")


def _num(s: str) -> float:
    s = s.lower().replace(",", "")
    return float(_WORDNUM[s]) if s in _WORDNUM else float(s)


#: Parties that are not in ISO 3166 but sit at negotiating tables.
_EXTRA_PARTIES = frozenset(knowledge.ordered(_LEXICON, "extra_party_codes"))


def _is_country(ctx, code: str | None) -> bool:
    return bool(code) and code not in _NON_PARTY and (
        code in _EXTRA_PARTIES or is_country(ctx, code))


def _first(table, text: str) -> str | None:
    for key, rx in table:
        if rx is not None and rx.search(text):
            return key
    return None


def _all(table, text: str) -> list[str]:
    return [key for key, rx in table if rx is not None and rx.search(text)]


def _codes(ctx, text: str, start: int, places=()) -> list[str]:
    """Codes of the actors named in ``text``; names that are only the meeting place ("the
    Singapore summit", "in Jeddah, Saudi Arabia") are left out when ``places`` is given."""
    span = ctx.doc.char_span(start, start + len(text), alignment_mode="expand")
    if span is None:
        return []
    where = [(p.start, p.end) for p in places]
    doc_text = article_text(ctx)
    out = []
    for a in actors_in(ctx, span):
        if a.start >= 0 and any(a.start < e and s < a.end for s, e in where):
            continue
        if a.start >= 0 and any(re.fullmatch(r",\s*", doc_text[e:a.start]) for _, e in where):
            continue  # "Jeddah, Saudi Arabia": the country of the venue, not a party
        code = party_code(a)
        if code and code not in out:
            out.append(code)
    return out


def _main_party(ctx, exclude=()) -> list[str]:
    """The article's most-named country, for an explicit round mention that names nobody ("the
    postponed round"): one party only, which the cross-article ledger attaches to a known
    process containing it (a second party would be a guess)."""
    counts = code_counts(ctx)
    top = sorted((c for c in counts if _is_country(ctx, c) and c not in exclude),
                 key=lambda c: -counts[c])[:1]
    return top


def _venue(ctx, places, lo: int, hi: int, near: tuple[int, int, int] | None = None):
    """The meeting place: a city in the sentence, else a country/region introduced by "in"/"at"."""
    text = article_text(ctx)
    inside = _named_as_place(ctx, places, lo, hi, _VENUE_BEFORE)
    if near is not None:
        # Places in the talks noun's own phrase come first ("the G7 talks in Quebec follow
        # U.S.-Ukraine talks in Jeddah": Jeddah for the second).
        own = [p for p in inside if near[0] <= p.start < near[1]]
        right_after = [p for p in inside if near[2] <= p.start and _VENUE_RIGHT_AFTER.fullmatch(
            text[near[2]:p.start])]
        inside = right_after or own or [p for p in inside if p.start >= near[0]] or inside
    cities = [p for p in inside if p.feature == "city"]
    return cities[0] if cities else (inside[0] if inside else None)


def _named_as_place(ctx, places, lo: int, hi: int, before) -> list:
    """Places starting in [lo, hi) that the words around them name as a place: ``before``
    right before them ("in Lome") or a talks noun right after ("the Lome talks")."""
    text = article_text(ctx)
    return [p for p in starting_in(places, lo, hi, cache=ctx.cache) if (
        before.search(text[max(lo, p.start - 9):p.start])
        or _TALKS_AFTER_PLACE.match(text[p.end:p.end + 25]))]


def _named_before(ctx, span) -> list[str]:
    """Codes of people named by one of their names ("Kim") after a fuller mention that the actor
    stage resolved earlier in the article ("North Korean leader Kim Jong Un")."""
    out = []
    for t in span:
        if t.pos_ != "PROPN" or t.ent_type_ != "PERSON" or not t.text[:1].isupper():
            continue
        starts, codes = _full_names(ctx).get(t.text, ((), ()))
        k = bisect.bisect_left(starts, t.idx)  # the latest fuller mention before the token
        if k:
            out.append(codes[k - 1])
    return out


def _full_names(ctx) -> dict[str, tuple[list[int], list[str]]]:
    """Each word of a multi-word country-coded mention -> (starts, codes) of those mentions, in
    article order: one lookup per name instead of a scan of every mention."""
    def build():
        index: dict[str, tuple[list[int], list[str]]] = {}
        for m in sorted(all_mentions(ctx), key=lambda m: m.start):
            words = (m.name or "").split()
            if m.code and len(words) > 1 and _is_country(ctx, m.code):
                for w in set(words):
                    index.setdefault(w, ([], []))
                    index[w][0].append(m.start)
                    index[w][1].append(m.code)
        return index
    return cached(ctx, "full_names", build)


def _tied_codes(ctx, sent, noun_m, venues) -> tuple[list[str], bool, str | None]:
    """Parties tied to the talks noun by the parse, and whether it is anaphoric ("their
    summit", "the talks between the two").

    The noun phrase itself ("talks between Russia and Ukraine", "U.S.-Ukraine talks") and the
    verb that governs it (its subject and its "with"/"between" phrases: "X held talks with Y",
    "X will join Z for the talks with Y") name the parties; other countries in the sentence
    (a speaker's nationality, "U.S. restrictions") do not.
    """
    doc = ctx.doc
    s0 = sent.start_char
    span = doc.char_span(s0 + noun_m.start(), s0 + noun_m.end(), alignment_mode="expand")
    if span is None:
        return [], False, None
    noun = span.root
    spans = [doc[noun.left_edge.i:noun.right_edge.i + 1]]
    anaphoric = any(c.dep_ == "poss" and c.lower_ in _ANAPHORIC_POSS for c in noun.children) \
        or bool(_BOTH.search(spans[0].text))
    verbs = 0
    for child, tok in tree.steps_up(noun, limit=7):
        if child.dep_ not in talks.CLIMB + (("advcl",) if verbs else ()):
            break
        if tok.pos_ in ("VERB", "AUX"):
            verbs += 1
            before = len(spans)
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass", "agent") and not tree.dominates(c, noun) or (
                        c.dep_ == "prep" and c.lower_ in _PARTY_PREPS):
                    spans.append(doc[c.left_edge.i:c.right_edge.i + 1])
            if len(spans) == before and tok.dep_ == "xcomp":
                # "the United States hopes to resolve ... during talks with Y": the subject
                # of the verb the infinitive depends on.
                spans += [doc[c.left_edge.i:c.right_edge.i + 1] for c in tok.head.children
                          if c.dep_ in ("nsubj", "nsubjpass")]
            # "X and Y have been stuck since talks failed": the clause the talks clause hangs on.
            if len(spans) > before or verbs > 1:
                break
    codes: list[str] = []
    for sp in spans:
        found = _codes(ctx, sp.text, sp.start_char, venues) + _named_before(ctx, sp)
        for t in sp:
            if re.search(r"[\w.]-[A-Z]", t.text):  # "U.S.-Ukraine talks": two names in one token
                found += [a.code for a in glued_actors(ctx, t)]
        for c in found:
            if c not in codes:
                codes.append(c)
    # The words about who sits at the table, for the level ("delegations", "foreign ministers").
    return codes, anaphoric, " | ".join(sp.text for sp in spans)


def _continues(rounds: list[dict], rnd: dict) -> bool:
    """Whether a weak mention (parties not named) refers back to the previous round."""
    prev = [r for r in rounds if not r.get("_implied")]
    return bool(prev) and rnd["date"] is None and \
        (prev[-1]["status"] in FUTURE) == (rnd["status"] in FUTURE)


def _same_round(rounds: list[dict], rnd: dict) -> dict | None:
    """The previous round when a mention is more of it: a continuation (``_continues``) or
    the same month told at the same or another precision ("May 16" after "in May")."""
    prev = [r for r in rounds if not r.get("_implied")]
    if _continues(rounds, rnd):
        return prev[-1]
    old = prev[-1] if prev else None
    if old and rnd["date"] and old["date"] and rnd["date"][:7] == old["date"][:7] and \
            (old["date"] == rnd["date"] or old["date_precision"] != rnd["date_precision"]):
        return old
    return None


def _settle_parties(ctx, rounds: list[dict], rnd: dict, near_prev: bool = False) -> dict | None:
    """A mention naming fewer than two parties: a continuation of the article's previous round,
    an anaphor for it ("their second summit"), or an explicit round ("the postponed round");
    anything else is not a round. Parties are never filled in from elsewhere in the article
    beyond that."""
    weak, strong, anaphoric = rnd.pop("_weak"), rnd.pop("_strong"), rnd.pop("_anaphoric")
    if not weak:
        return rnd
    prev = [r for r in rounds if not r.get("_implied")]
    if _continues(rounds, rnd):
        return rnd
    # "An attempt ... at working-level talks in Stockholm in October broke down", right after
    # the story's summits: a mention naming no party, close to the previous round, continues
    # that process.
    if prev and (anaphoric or (rnd["process"] and set(rnd["process"]) <= set(prev[-1]["process"]))
                 or (not rnd["process"] and near_prev)):
        rnd["process"] = list(prev[-1]["process"])
        return rnd
    if strong:
        # "the most recent round of negotiations", explicit about being a round, in a story
        # that has already named its process: that process.
        if not rnd["process"] and prev:
            rnd["process"] = list(prev[-1]["process"])
        if not rnd["process"]:
            rnd["process"] = _main_party(ctx, set(rnd["mediators"]) | {rnd["host"]})
        return rnd if rnd["process"] else None
    return None


@dataclass(frozen=True)
class _Inputs:
    """What every mention of one article reads: the stages' output and the ledger's words."""
    vocab: object  #: the round vocabulary (talks nouns, statuses, formats, outcomes)
    refs: list  #: the date stage's references
    places: list  #: the place stage's places
    speakers: dict  #: sentence start -> (speaker dict, speech verb)
    meetings: consult.Meetings  #: the event stage's CONSULT events


def _mention(ctx, sent, noun_m, inputs: _Inputs):
    """A round record for the talks mention in ``sent`` (or None when it is generic).

    When the event stage coded the mention as a CONSULT event, the event gives the parties,
    the date, the venue and (without a status word) the status; otherwise the ledger reads
    them from the parse, through the actor, date and place stages."""
    text = sentence_text(ctx, sent)
    s0 = sent.start_char
    before = text[max(0, noun_m.start() - 70):noun_m.start()]  # read as before[-60:], [-70:]
    # Status words count near the talks noun only ("tensions are expected to rise" does not
    # make a meeting expected).
    noun_span = ctx.doc.char_span(s0 + noun_m.start(), s0 + noun_m.end(), alignment_mode="expand")
    near, tied, event = None, None, None
    if noun_span is not None:
        root = noun_span.root
        near = (ctx.doc[root.left_edge.i].idx,
                ctx.doc[root.right_edge.i].idx + len(ctx.doc[root.right_edge.i]), s0 + noun_m.end())
        tied = talks.tied_tokens(root)
        event = consult.event_for(inputs.meetings, root, talks.governing_verb(root))
    window = (max(0, noun_m.start() - 60), noun_m.end() + 120)
    status = talks.first_tied(ctx, inputs.vocab.status, text, s0, window, tied)
    point_dates = [r for r in ctx.dates_in(s0, sent.end_char)
                   if r.kind == "point" and r.value
                   and not _REPORT_DATE.search(article_text(ctx)[max(s0, r.start - 40):r.start])
                   and (tied is None or talks.date_tied(ctx, r, tied))]
    venue = _venue(ctx, inputs.places, s0, sent.end_char, near)
    if event is not None:
        if consult.status_of(event) is None and status not in consult.OVERRIDING:
            return None  # "did not meet", "could meet": the event stage says no meeting
        venue = _event_venue(event.location, venue)
    ev_date = consult.date_of(event) if event is not None else None
    has_round = cached(ctx, ("round_word", s0), lambda: bool(re.search(r"\bround\b", text, re.I)))
    if not (point_dates or ev_date or venue or status or has_round):
        return None
    if _HYPOTHETICAL.search(before[-60:]) and status not in ("expected", "scheduled"):
        return None
    if _DOUBT.search(before[-70:]):
        return None
    if ev_date is not None:
        status, date_ref = status or consult.status_of(event), ev_date
    else:
        status = status or (consult.status_of(event) if event is not None else None)
        status, date_ref = _status_and_date(ctx, text, s0, noun_m, status, point_dates)
    rnd = _round_dict(ctx, sent, noun_m, inputs, (venue, event))
    if rnd is None:
        return None
    rnd.update(status=status, date=date_ref.value if date_ref else None,
               date_precision=(date_ref.precision or precision_of(date_ref.value))
               if date_ref else None, date_text=date_ref.text if date_ref else None)
    rnd["_speaker"] = rnd["_speaker"] if status in FUTURE | {"postponed", "cancelled"} else None
    _add_facts(ctx, rnd, sent, inputs)
    return rnd


def _event_venue(place, venue):
    """The CONSULT event's place, unless the sentence names a city inside it as the venue
    ("talks mediated by Kenya in Nairobi": the event's Kenya, the meeting's Nairobi)."""
    if place is None:
        return venue
    if venue is not None and venue.feature == "city" and place.feature != "city" \
            and venue.country == place.country:
        return venue
    return place


def _parties(ctx, codes: list[str], mediators: list[str], speaker, venue) -> list[str]:
    """The parties among the codes tied to a mention: countries, not its mediators, not the
    announcer of others' talks, not the venue's country unless two others are named."""
    sent_codes = [c for c in codes if _is_country(ctx, c) and c not in mediators]
    if speaker and speaker.get("code") in sent_codes and \
            len(set(sent_codes) - {speaker["code"]}) >= 2:
        # "X and Y will meet, Kenya's foreign ministry said": the announcer is not a party.
        sent_codes = [c for c in sent_codes if c != speaker["code"]]
    if venue and venue.country in sent_codes and venue.country not in mediators:
        # "talks in Ankara": the venue's country is a party only if it is named as one.
        named = [c for c in sent_codes if c != venue.country]
        if len(named) >= 2:
            sent_codes = named
    return sorted(set(sent_codes))


def _round_dict(ctx, sent, noun_m, inputs: _Inputs, where) -> dict | None:
    """The round of one mention, but for its status and date: parties (the CONSULT event's
    when it names two, else those the parse ties to the noun), venue, mediators and the rest.
    None when the event is a meeting with a body rather than between parties ("meetings with
    G7 foreign ministers": the event names both sides, one is a body, and fewer than two
    parties are countries)."""
    venue, event = where
    text, s0 = sentence_text(ctx, sent), sent.start_char
    mediators, host = _mediators_and_host(ctx, text, s0)
    venues = _venues(ctx, inputs.places, s0, sent.end_char, venue)
    tied, anaphoric, table_words = _tied_codes(ctx, sent, noun_m, venues)
    who = inputs.speakers.get(s0)
    speaker = who[0] if who else None
    process = _parties(ctx, tied, mediators, speaker, venue)
    if event is not None:
        coded = _parties(ctx, consult.party_codes(event), mediators, speaker, venue)
        bodies = [c for c in consult.party_codes(event) if not _is_country(ctx, c)]
        if event.actor and event.recipient and bodies and len(coded) < 2:
            return None
        # an event naming fewer than two parties ("the Singapore summit") is completed by
        # the parties the parse ties to the noun, under the same rules
        process = coded if len(coded) >= 2 else _parties(
            ctx, consult.party_codes(event) + tied, mediators, speaker, venue)
    if host is None and venue and venue.country and venue.country not in process:
        host = venue.country
    return {
        "process": process, "date": None, "date_precision": None, "date_text": None,
        "window": (_WINDOW.search(text).group(0) if _WINDOW.search(text) else None),
        "status": None,
        "format": _first(inputs.vocab.format, text),
        "level": _first(inputs.vocab.level, table_words if table_words is not None
                        else text[max(0, noun_m.start() - 100):noun_m.end() + 40]),
        "venue": venue_dict(venue), "host": host, "mediators": mediators,
        "participants": _led_by(ctx, text, s0), "outcome": [],
        "announced_by": None, "announced_on": None, "duration_hours": None, "prisoners": None,
        "_weak": len(process) < 2, "_strong": bool(_STRONG.search(text)),
        "_anaphoric": anaphoric, "_speaker": speaker,
        "sources": [{"article_id": ctx.article.id, "evidence": text, "start": s0,
                     "end": sent.end_char}],
        "events": [event.id] if event is not None else [],
    }


def _status_and_date(ctx, text: str, s0: int, noun_m, status, point_dates):
    """(status, date reference) of a talks mention: a status word found near the noun, else
    the governing verb's tense, else the date's side of publication or future words. The date
    is the date stage's, which reads a day still to come ("planned for April 8", "talks
    Tuesday" after "hopes to") as the coming one."""
    if status is None:
        status = talks.tense_status(ctx, s0 + noun_m.start(), s0 + noun_m.end())
    if status is None:  # no status word and no tense: the date's side of publication
        if point_dates:
            status = "held" if point_dates[0].value <= str(ctx.article.published or "9") \
                else "scheduled"
        else:
            # No date, no status word, no tense on a governing verb: future words decide.
            status = "expected" if _FUTURE_WORDS.search(text) else "held"
    return status, point_dates[0] if point_dates else None


def _mediators_and_host(ctx, text: str, s0: int):
    """(mediator codes in order of mention, host code or None) named in a sentence."""
    mediators, host = [], None
    for m in _MEDIATOR.finditer(text):
        who = next(g for g in (m.group("who"), m.group("who2"), m.group("who3"), m.group("who4")) if g)
        mediators += [c for c in _codes(ctx, who, s0 + text.index(who)) if c not in mediators]
    hm = _HOST.search(text)
    if hm:
        who = hm.group("who") or hm.group("who3")
        codes = _codes(ctx, who, s0 + text.index(who))
        host = codes[0] if codes else None
    return mediators, host


def _venues(ctx, places, s0: int, end: int, venue) -> list:
    """The sentence's city venues, the mention's own ``venue`` included."""
    # Cities named as places ("in Jeddah", "the Singapore summit"), not capitals standing for
    # their governments ("Washington and Pyongyang have been locked ...").
    venues = [p for p in _named_as_place(ctx, places, s0, end, _CITY_BEFORE)
              if p.feature == "city"]
    if venue is not None and venue not in venues:
        venues.append(venue)
    return venues


def _led_by(ctx, text: str, s0: int) -> list[str]:
    """Names of the people said to lead a delegation in a sentence."""
    participants = []
    for m in _LED.finditer(text):
        span = ctx.doc.char_span(s0 + m.start("who"), s0 + m.end("who"), alignment_mode="expand")
        if span is not None:
            participants += [e.text for e in docview.ents_in(span) if e.label_ == "PERSON"]
    return participants


def _add_facts(ctx, rnd: dict, sent, inputs: _Inputs) -> None:
    """Outcomes and figures stated in a sentence about an existing round."""
    text = sentence_text(ctx, sent)
    if rnd["status"] == "held":
        for o in _all(inputs.vocab.outcomes, text):
            if o not in rnd["outcome"]:
                rnd["outcome"].append(o)
    hours = _meeting_hours(ctx, sent.start_char, sent.end_char)
    if hours is not None and rnd["duration_hours"] is None:
        rnd["duration_hours"] = int(hours) if hours.is_integer() else hours
        rnd.setdefault("figures_evidence", {})["duration_hours"] = text
    m = _PRISONERS.search(text)
    if m and rnd["prisoners"] is None:
        rnd["prisoners"] = int(_num(m.group("n")))
        rnd.setdefault("figures_evidence", {})["prisoners"] = text


def _meeting_hours(ctx, lo: int, hi: int) -> float | None:
    """The first length in hours in [lo, hi) worded as how long something lasted."""
    text = article_text(ctx)
    for ref in ctx.dates_in(lo, hi):
        if ref.kind != "duration" or not ref.duration_days or unit_days(ref) != UNIT_DAYS["hour"]:
            continue
        if _MEETING_LENGTH.search(text[max(lo, ref.start - 25):ref.end]):
            return round(ref.duration_days * 24, 2)
    return None


def _prior_round(ctx, sent, inputs: _Inputs, rnd) -> dict | None:
    """"the first direct talks since March 2022" -> a held round in March 2022, resting on the
    CONSULT event dated then when the event stage coded one."""
    m = _PRIOR.search(sentence_text(ctx, sent))
    if not m:
        return None
    at = sent.start_char + m.end()
    ref = next((r for r in starting_in(inputs.refs, at - 8, at + 26, cache=ctx.cache)
                if r.value), None)
    if ref is None:
        return None
    event = consult.event_dated(inputs.meetings, sent.start_char, sent.end_char, ref.value)
    process = list(rnd["process"])
    if event is not None:
        coded = _parties(ctx, consult.party_codes(event), rnd["mediators"], None, None)
        process = coded if len(coded) >= 2 else process
    prior = dict(rnd, process=process, date=ref.value,
                 date_precision=ref.precision or precision_of(ref.value),
                 date_text=ref.text, status="held", venue=None, host=None, outcome=[],
                 window=None, participants=[], duration_hours=None, prisoners=None,
                 _speaker=None, _implied=True,
                 format=_first(inputs.vocab.format, m.group(0)), level=None,
                 sources=[dict(rnd["sources"][0])],
                 events=[event.id] if event is not None else [])
    return prior


def _merge_into(target: dict, new: dict) -> None:
    for key in ("date", "date_precision", "date_text", "format", "level", "venue", "host",
                "duration_hours", "prisoners", "window"):
        if target.get(key) is None and new.get(key) is not None:
            target[key] = new[key]
    for key in ("mediators", "participants", "outcome", "events"):
        target[key] += [v for v in new[key] if v not in target[key]]
    for key, said in (new.get("figures_evidence") or {}).items():
        target.setdefault("figures_evidence", {}).setdefault(key, said)
    if new["status"] in ("postponed", "cancelled") or (
            new["status"] == "held" and target["status"] in FUTURE):
        target["status"] = new["status"]
    target["sources"] += [s for s in new["sources"] if s not in target["sources"]]


def extract_rounds(ctx, statements, speakers, events=()) -> list[Round]:
    """The rounds one article mentions; ``events`` are the event stage's (CONSULT events give
    a round's parties, date, venue and modality)."""
    vocab = load_round_vocabulary()
    inputs = _Inputs(vocab, dates_of(ctx), places_of(ctx), speakers, consult.Meetings.of(events))
    rounds: list[dict] = []
    last: tuple[int, dict] | None = None  # (sentence index, round) of the latest mention
    for n, sent in enumerate(sentences(ctx)):
        rnd = None
        for m in talks.talks_nouns(ctx, sent, vocab):
            rnd = _mention(ctx, sent, m, inputs)
            if rnd is not None:
                rnd = _settle_parties(ctx, rounds, rnd,
                                      near_prev=last is not None and n - last[0] <= 3)
            if rnd is not None:
                break
        if rnd is None:
            # "The two sides agreed to exchange 120 prisoners": facts about the round just
            # described, in the sentences right after it.
            if last is not None and n - last[0] <= 2 and last[1]["status"] == "held":
                before = (list(last[1]["outcome"]), last[1]["duration_hours"], last[1]["prisoners"])
                _add_facts(ctx, last[1], sent, inputs)
                if before != (last[1]["outcome"], last[1]["duration_hours"], last[1]["prisoners"]):
                    last[1]["sources"].append({"article_id": ctx.article.id, "evidence": sentence_text(ctx, sent),
                                               "start": sent.start_char, "end": sent.end_char})
                    last = (n, last[1])
            continue
        prior = _prior_round(ctx, sent, inputs, rnd)
        same = _same_round(rounds, rnd)
        if same is not None:
            _merge_into(same, rnd)
            _add_facts(ctx, same, sent, inputs)
        else:
            rounds.append(rnd)
        last = (n, same or rnd)
        if prior is not None:
            rounds.append(prior)
    dates_by_speaker = {(s.speaker.name or s.speaker.code): s.date
                        for s in statements}
    out = []
    for i, r in enumerate(rounds):
        who = r.pop("_speaker", None)
        r.pop("_implied", None)
        if who and r["status"] in FUTURE:
            r["announced_by"] = who.get("name") or who.get("code")
            r["announced_on"] = dates_by_speaker.get(r["announced_by"]) or (
                ctx.article.published.isoformat() if ctx.article.published else None)
        src = r["sources"][0]
        r["status_history"] = [{"status": r["status"], "date": r["announced_on"] or (
            ctx.article.published.isoformat() if ctx.article.published else None),
            "article_id": ctx.article.id, "evidence": src["evidence"]}]
        r["values_by_source"] = {}
        r["id"] = content_id(ctx.article.id, "round", i, r["process"], r["date"])
        out.append(Round.from_dict(r))
    return out
