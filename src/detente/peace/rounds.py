"""Negotiation rounds mentioned in one article.

A sentence mentions a round when it has a talks noun ("talks", "round", "summit", ...) and an
anchor: a date, a venue, a status cue ("held", "postponed", "expected") or the word "round".
Generic mentions ("fresh talks could help", "previous negotiations") have no anchor and are
skipped. A mention without a date of its own that comes after a round of the same tense
("Those talks, which took place in Istanbul, ...") adds to that round instead of opening one.
"The first direct talks since March 2022" also records the earlier round it implies.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pycountry

from ..records import content_id
from ._support import (actors_in, code_counts, dates_between, dates_of, places_of, sentences,
                       precision_of, venue_dict)
from .taxonomy import load_round_vocabulary

FUTURE = {"announced", "expected", "scheduled"}
_REPORT_DATE = re.compile(r"\b(?:said|says|told|announced|speaking|stated|added|wrote)\b[^.,;]{0,20}$", re.I)
_WINDOW = re.compile(r"\b(?:soon|shortly|next week|next month|later this (?:week|month|year)|"
                     r"in the coming (?:days|weeks|months)|within (?:days|weeks))\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless|could|might|would)\b[^.]{0,40}$", re.I)
_PRIOR = re.compile(r"\bfirst\s+(?P<kind>[\w\- ]{0,30}?)\s*(?:talks|negotiations|meeting|round)\b"
                    r"[^.]{0,80}?\bsince\s+", re.I)
_MEDIATOR = re.compile(r"\b(?:mediated|brokered|facilitated|hosted|convened|organi[sz]ed)\s+by\s+"
                       r"(?P<who>[^,.;]+)|\bunder the auspices of\s+(?P<who2>[^,.;]+)|"
                       r"(?P<who3>\b[A-Z][\w.]+(?:\s[A-Z]\w+)?)-(?:brokered|mediated|hosted|facilitated|led)\b|"
                       r"\b(?:under|with|through)\s+(?P<who4>[A-Z]\w+)\s+(?:mediation|auspices)\b")
_HOST = re.compile(r"\bhosted\s+by\s+(?P<who>[^,.;]+)|(?P<who3>\b[A-Z][\w]+)-hosted\b")
_LED = re.compile(r"\b(?:led|headed)\s+by\s+(?P<who>[^,.;]+)", re.I)
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_HOURS = re.compile(r"\b(?:lasted|lasting|went on for|for)\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                    r"more than\s+|over\s+)?(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|"
                    r"eight|nine|ten|eleven|twelve)\s+hours?\b|"
                    r"\b(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten)-hour\b", re.I)
_PRISONERS = re.compile(r"\b(?P<n>\d[\d,]*)\s+(?:\w+\s+)?(?:prisoners|captives|detainees|POWs|soldiers)\b")
_NON_PARTY = {"IGO", "NGO", "WST", "UNO", "EUR", "IMG", "AFR", "ASA", "MEA", "NAF"}


def _num(s: str) -> float:
    s = s.lower().replace(",", "")
    return float(_WORDNUM[s]) if s in _WORDNUM else float(s)


#: Parties that are not in ISO 3166 but sit at negotiating tables.
_EXTRA_PARTIES = {"XKX", "IMG"}


def _is_country(code: str | None) -> bool:
    return bool(code) and code not in _NON_PARTY and (
        code in _EXTRA_PARTIES or pycountry.countries.get(alpha_3=code) is not None)


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
    doc_text = ctx.doc.text
    out = []
    for a in actors_in(ctx, span):
        if a.start >= 0 and any(a.start < e and s < a.end for s, e in where):
            continue
        if a.start >= 0 and any(re.fullmatch(r",\s*", doc_text[e:a.start]) for _, e in where):
            continue  # "Jeddah, Saudi Arabia": the country of the venue, not a party
        # Organisations are named by their short name ("EU", "UN"): "IGO" alone says nothing.
        code = a.org if a.code in ("IGO", "NGO") and a.org else a.code
        if code and code not in out:
            out.append(code)
    return out


def _default_process(ctx, exclude=()) -> list[str]:
    """The article's two most-named parties (mediators and the host left out)."""
    counts = code_counts(ctx)
    top = sorted((c for c in counts if _is_country(c) and c not in exclude),
                 key=lambda c: -counts[c])[:2]
    return sorted(top)


def _future_year(ref, published):
    """A meeting still to come is not in the past: "will meet on March 10" read as last year's
    March 10 (no year in the words) moves to the next occurrence after publication."""
    if not published or not ref.value or len(ref.value) != 10 or re.search(r"\b\d{4}\b", ref.text):
        return ref
    day = dt.date.fromisoformat(ref.value)
    if (published - day).days > 7:
        try:
            fixed = day.replace(year=day.year + 1)
        except ValueError:
            return ref
        if fixed >= published - dt.timedelta(days=7):
            return dataclasses.replace(ref, value=fixed.isoformat())
    return ref


def _venue(ctx, places, lo: int, hi: int):
    """The meeting place: a city in the sentence, else a country/region introduced by "in"/"at"."""
    text = ctx.doc.text
    inside = [p for p in places if lo <= p.start < hi and (
        re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(lo, p.start - 9):p.start], re.I)
        or re.match(r"\W{0,2}\s*(?:peace\s+)?(?:talks|summit|meeting|negotiations|round|"
                    r"conference|process)\b", text[p.end:p.end + 25], re.I))]
    cities = [p for p in inside if p.feature == "city"]
    return cities[0] if cities else (inside[0] if inside else None)


#: "cabinet meeting", "board meeting": a body meeting on its own, not parties negotiating.
_INTERNAL = re.compile(r"\b(?:cabinet|council|board|party|shareholders?|annual|political|"
                       r"parliamentary|committee|staff|town hall|family|campaign|press|news|"
                       r"climate|trade|budget|business|investor|donor)s?\W*$", re.I)
_BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.]+\s+){0,3}(?:council|assembly|board|cabinet|"
                         r"committee|parliament|party|politburo)\b", re.I)
_STRONG = re.compile(r"\b(?:peace|ceasefire|truce|direct|face-to-face|proximity|indirect)\s+"
                     r"(?:talks|negotiations)\b|\b(?:next|new|second|third|fourth|fifth|last|latest|postponed|"
                     r"previous|first)\s+round\b|\bround\s+of\b", re.I)


def _tense_status(ctx, start: int, end: int) -> str | None:
    """Status from the verb governing the talks noun: past -> held, "will"/"to" -> scheduled."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had")
                                                       for c in tok.children)):
        return "held"
    if any(c.lower_ in ("will", "shall") or (c.lower_ == "to" and c.dep_ == "aux")
           for c in tok.children):
        return "scheduled"
    return None


def _talks_noun(ctx, sent, vocab):
    """The first talks noun of the sentence used as a noun and not an internal meeting."""
    for m in vocab.talks.finditer(sent.text):
        span = ctx.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                 alignment_mode="expand")
        if span is not None and span.root.pos_ not in ("NOUN", "PROPN") and span.root.tag_:
            continue  # "round up", "meeting the demand"
        if _INTERNAL.search(sent.text[max(0, m.start() - 25):m.start()]) or \
                _BODY_AFTER.match(sent.text[m.end():m.end() + 50]):
            continue
        return m
    return None


def _continues(rounds: list[dict], rnd: dict) -> bool:
    """Whether a weak mention (parties not named) refers back to the previous round."""
    prev = [r for r in rounds if not r.get("_implied")]
    return bool(prev) and rnd["date"] is None and \
        (prev[-1]["status"] in FUTURE) == (rnd["status"] in FUTURE)


def _mention(ctx, sent, noun_m, vocab, refs, places, speakers):
    """A round record for the talks mention in ``sent`` (or None when it is generic)."""
    text = sent.text
    s0 = sent.start_char
    before = text[:noun_m.start()]
    # Status words count near the talks noun only ("tensions are expected to rise" does not
    # make a meeting expected).
    status = _first(vocab.status, text[max(0, noun_m.start() - 60):noun_m.end() + 120])
    point_dates = [r for r in dates_between(refs, s0, sent.end_char)
                   if r.kind == "point" and r.value
                   and not _REPORT_DATE.search(ctx.doc.text[max(s0, r.start - 40):r.start])]
    venue = _venue(ctx, places, s0, sent.end_char)
    has_round = bool(re.search(r"\bround\b", text, re.I))
    if not (point_dates or venue or status or has_round):
        return None
    if _HYPOTHETICAL.search(before[-60:]) and status not in ("expected", "scheduled"):
        return None
    if status is None:
        status = _tense_status(ctx, s0 + noun_m.start(), s0 + noun_m.end())
    if status is None:
        status = "held" if point_dates and point_dates[0].value <= str(ctx.article.published or "9") \
            else ("scheduled" if point_dates else "expected")
    date_ref = point_dates[0] if point_dates else None
    if date_ref is not None and status in FUTURE | {"postponed"}:
        date_ref = _future_year(date_ref, ctx.article.published)
    mediators, host = [], None
    for m in _MEDIATOR.finditer(text):
        who = next(g for g in (m.group("who"), m.group("who2"), m.group("who3"), m.group("who4")) if g)
        mediators += [c for c in _codes(ctx, who, s0 + text.index(who)) if c not in mediators]
    hm = _HOST.search(text)
    if hm:
        who = hm.group("who") or hm.group("who3")
        codes = _codes(ctx, who, s0 + text.index(who))
        host = codes[0] if codes else None
    venues = [p for p in places if s0 <= p.start < sent.end_char and p.feature == "city"]
    if venue is not None and venue not in venues:
        venues.append(venue)
    sent_codes = [c for c in _codes(ctx, text, s0, venues) if _is_country(c) and c not in mediators]
    spk = speakers.get(s0)
    if spk and spk[0].get("code") in sent_codes and len(set(sent_codes) - {spk[0]["code"]}) >= 2:
        # "X and Y will meet, Kenya's foreign ministry said": the announcer is not a party.
        sent_codes = [c for c in sent_codes if c != spk[0]["code"]]
    if venue and venue.country in sent_codes and venue.country not in mediators:
        # "talks in Ankara": the venue's country is a party only if it is named as one.
        named = [c for c in sent_codes if c != venue.country]
        if len(named) >= 2:
            sent_codes = named
    weak = len(set(sent_codes)) < 2
    process = sorted(set(sent_codes)) if not weak else _default_process(
        ctx, set(mediators) | ({venue.country} if venue and venue.country not in sent_codes else set()))
    if host is None and venue and venue.country and venue.country not in process:
        host = venue.country
    participants = []
    for m in _LED.finditer(text):
        span = ctx.doc.char_span(s0 + m.start("who"), s0 + m.end("who"), alignment_mode="expand")
        if span is not None:
            participants += [e.text for e in span.ents if e.label_ == "PERSON"]
    who = speakers.get(s0)
    rnd = {
        "process": process,
        "date": date_ref.value if date_ref else None,
        "date_precision": (date_ref.precision or precision_of(date_ref.value)) if date_ref else None,
        "date_text": date_ref.text if date_ref else None,
        "window": (_WINDOW.search(text).group(0) if _WINDOW.search(text) else None),
        "status": status,
        "format": _first(vocab.format, text),
        "level": _first(vocab.level, text[max(0, noun_m.start() - 100):noun_m.end() + 40]),
        "venue": venue_dict(venue),
        "host": host,
        "mediators": mediators,
        "participants": participants,
        "outcome": [],
        "announced_by": None,
        "announced_on": None,
        "duration_hours": None,
        "prisoners": None,
        "_weak": weak and not _STRONG.search(text),
        "_speaker": who[0] if who and status in FUTURE | {"postponed", "cancelled"} else None,
        "sources": [{"article_id": ctx.article.id, "evidence": text, "start": s0,
                     "end": sent.end_char}],
    }
    _add_facts(rnd, text, vocab)
    return rnd


def _add_facts(rnd: dict, text: str, vocab) -> None:
    """Outcomes and figures stated in a sentence about an existing round."""
    if rnd["status"] == "held":
        for o in _all(vocab.outcomes, text):
            if o not in rnd["outcome"]:
                rnd["outcome"].append(o)
    m = _HOURS.search(text)
    if m and rnd["duration_hours"] is None:
        hours = _num(m.group("n") or m.group("n2"))
        rnd["duration_hours"] = int(hours) if hours.is_integer() else hours
        rnd.setdefault("figures_evidence", {})["duration_hours"] = text
    m = _PRISONERS.search(text)
    if m and rnd["prisoners"] is None:
        rnd["prisoners"] = int(_num(m.group("n")))
        rnd.setdefault("figures_evidence", {})["prisoners"] = text


def _prior_round(ctx, sent, refs, rnd) -> dict | None:
    """"the first direct talks since March 2022" -> a held round in March 2022."""
    m = _PRIOR.search(sent.text)
    if not m:
        return None
    at = sent.start_char + m.end()
    ref = next((r for r in refs if at - 8 <= r.start <= at + 25 and r.value), None)
    if ref is None:
        return None
    vocab = load_round_vocabulary()
    prior = dict(rnd, date=ref.value, date_precision=ref.precision or precision_of(ref.value),
                 date_text=ref.text, status="held", venue=None, host=None, outcome=[],
                 window=None, participants=[], duration_hours=None, prisoners=None,
                 _speaker=None, _implied=True,
                 format=_first(vocab.format, m.group(0)), level=None,
                 sources=[dict(rnd["sources"][0])])
    return prior


def _merge_into(target: dict, new: dict) -> None:
    for key in ("date", "date_precision", "date_text", "format", "level", "venue", "host",
                "duration_hours", "prisoners", "window"):
        if target.get(key) is None and new.get(key) is not None:
            target[key] = new[key]
    for key in ("mediators", "participants", "outcome"):
        target[key] += [v for v in new[key] if v not in target[key]]
    for key, said in (new.get("figures_evidence") or {}).items():
        target.setdefault("figures_evidence", {}).setdefault(key, said)
    if new["status"] in ("postponed", "cancelled") or (
            new["status"] == "held" and target["status"] in FUTURE):
        target["status"] = new["status"]
    target["sources"] += [s for s in new["sources"] if s not in target["sources"]]


def extract_rounds(ctx, statements, speakers) -> list[dict]:
    vocab = load_round_vocabulary()
    refs = dates_of(ctx)
    places = places_of(ctx)
    rounds: list[dict] = []
    last: tuple[int, dict] | None = None  # (sentence index, round) of the latest mention
    for n, sent in enumerate(sentences(ctx)):
        m = _talks_noun(ctx, sent, vocab)
        rnd = _mention(ctx, sent, m, vocab, refs, places, speakers) if m else None
        if rnd is not None and rnd.pop("_weak") and not _continues(rounds, rnd):
            rnd = None  # one party or none named, and nothing to attach to: not a round
        if rnd is None:
            # "The two sides agreed to exchange 120 prisoners": facts about the round just
            # described, in the sentences right after it.
            if last is not None and n - last[0] <= 2 and last[1]["status"] == "held":
                before = (list(last[1]["outcome"]), last[1]["duration_hours"], last[1]["prisoners"])
                _add_facts(last[1], sent.text, vocab)
                if before != (last[1]["outcome"], last[1]["duration_hours"], last[1]["prisoners"]):
                    last[1]["sources"].append({"article_id": ctx.article.id, "evidence": sent.text,
                                               "start": sent.start_char, "end": sent.end_char})
                    last = (n, last[1])
            continue
        prior = _prior_round(ctx, sent, refs, rnd)
        same = None
        for old in reversed(rounds):
            if old.get("_implied"):
                continue
            if rnd["date"] is None and (old["status"] in FUTURE) == (rnd["status"] in FUTURE):
                same = old
            elif rnd["date"] and old["date"] and rnd["date"][:7] == old["date"][:7] and \
                    (old["date"] == rnd["date"] or old["date_precision"] != rnd["date_precision"]):
                same = old
            break
        if same is not None:
            _merge_into(same, rnd)
            _add_facts(same, sent.text, vocab)
        else:
            rounds.append(rnd)
        last = (n, same or rnd)
        if prior is not None:
            rounds.append(prior)
    dates_by_speaker = {(s["speaker"].get("name") or s["speaker"].get("code")): s["date"]
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
        out.append(r)
    return out
