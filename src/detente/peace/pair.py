"""What a dossier on two parties holds: the part of the ledger, events and quotes about the pair.

``about(ledger, pair, events, quotes, names)`` keeps, for a pair {A, B}, only what involves both
parties, one party about the other, or the process between them:

* a **round** whose process includes A and B (a meeting of the pair, mediated or not);
* an **event** with A and B both among its actors and recipients (A acts on B, B on A, they act
  together, or a third party acts on both), or one a round of the pair rests on;
* a **quote** by A whose words or sentence name B (or by B naming A), a quote by anyone else
  whose words name both, or a quote told in a sentence that reports a round of the pair;
* a **position** held by A that ``concerns`` B (or by B concerning A), one whose evidence
  sentence names the other party, one stated in an article that reports a round of the pair
  (a position in their process), or one on an issue the other party also takes a position on
  in the same article (a proposal and its acceptance);
* a **statement** by A or B that holds a kept quote or event;
* a **claim** about a kept round, or whose sentences name both parties;
* as **sources**, only the articles these items come from.

"Names" means a written form of the party the actor knowledge base knows (country names,
demonyms, seats of government, officials), matched with the capitals it is written with
(see ``party_names``); the knowledge base is the actor stage's, so this is no second resolver.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

__all__ = ["about", "party_names"]

_ARTICLE_KEYS = ("title", "url", "published")
#: entity kinds of the actor knowledge base whose names stand for a party in running text
_NAMING_KINDS = ("country", "demonym", "seat", "org", "body", "person")


def party_names(kb, codes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """code -> the written forms the knowledge base ``kb`` resolves to that party (its names,
    demonyms, seats, organisations tied to it, and officials whose every office is in it),
    plus each official's surname ("Zelenskyy" for Volodymyr Zelenskyy)."""
    want = {c.upper() for c in codes}
    out: dict[str, set[str]] = {c: set() for c in want}
    for lex in kb.phrases.values():
        entity = lex.entity
        if entity is None or entity.kind not in _NAMING_KINDS:
            continue
        code = _entity_code(entity)
        if code not in want:
            continue
        for words in lex.cases:
            out[code].add(" ".join(words))
        if entity.kind == "person" and entity.name and " " in entity.name:
            surname = entity.name.rsplit(" ", 1)[1]
            if surname.lower() not in kb.given_names:  # "Austin", "Harris": first names too
                out[code].add(surname)
    return {c: tuple(sorted(v, key=lambda s: (-len(s), s))) for c, v in out.items()}


def _entity_code(entity) -> str | None:
    """The one party an entity stands for: its code, or the code all its terms share (a
    person who held offices in one country); None when that is not one party."""
    codes = {t.code or entity.code for t in entity.terms} or {entity.code}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return code.upper() if isinstance(code, str) else None


def _matcher(names: Iterable[str]):
    """A search over text for any of ``names`` as whole words, with the capitals as written
    (so the pronoun "us" is never the US), or None without names."""
    names = [n for n in names if n]
    if not names:
        return None
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(r"(?<![\w.])(?:" + alternation + r")(?!\w)").search


def about(ledger: dict, pair: Iterable[str], events: Iterable[dict] = (),
          quotes: Iterable[dict] = (), names: Mapping[str, Iterable[str]] | None = None) -> dict:
    """The ledger restricted to the pair (see the module docstring), with ``events`` and
    ``quotes`` keys holding the kept events and quotes and ``articles`` only their sources."""
    a, b = (p.upper() for p in pair)
    names = names or {}
    said = {code: _matcher(names.get(code, ())) for code in (a, b)}

    def named(text: str | None) -> set[str]:
        return {code for code, find in said.items() if text and find and find(text)}

    rounds = [r for r in ledger["rounds"] if {a, b} <= set(r.get("process") or ())]
    round_sentences = {(s.get("article_id"), s.get("start")) for r in rounds
                       for s in r.get("sources") or ()}
    round_events = {i for r in rounds for i in r.get("events") or ()}
    kept_events = [ev for ev in events if ev.get("id") in round_events
                   or {a, b} <= _event_parties(ev)]
    kept_quotes = [q for q in quotes if _quote_about(q, a, b, named, round_sentences)]
    # both sides on one issue in one article: two halves of one question between them
    faced = {(p.get("holder"), p.get("issue"), ev.get("article_id"))
             for p in ledger["positions"] for ev in p.get("evidence") or ()}
    positions = [p for p in ledger["positions"]
                 if _position_about(p, a, b, named, round_sentences)
                 or _answered(p, a, b, faced)]
    quote_ids = {q.get("id") for q in kept_quotes}
    event_ids = {ev.get("id") for ev in kept_events}
    statements = [s for s in ledger.get("statements") or ()
                  if _speaker_code(s.get("speaker")) in (a, b)
                  and (quote_ids & set(s.get("quotes") or ())
                       or event_ids & set(s.get("events") or ()))]
    round_ids = {r.get("id") for r in rounds}
    claims = [c for c in ledger.get("claims") or ()
              if c.get("round") in round_ids
              or {a, b} <= set().union(*(named(x.get("sentence"))
                                         for x in c.get("evidence") or ()))]
    sources = _sources(rounds, positions, kept_events, kept_quotes, statements, claims)
    # an article may give only an event or a quote, and no ledger item to list it
    known = dict(ledger.get("articles") or {})
    for x in (*kept_events, *kept_quotes):
        known.setdefault(x.get("article_id"), {k: x.get(k) for k in _ARTICLE_KEYS}
                         | {"id": x.get("article_id")})
    articles = {aid: meta for aid, meta in known.items() if aid in sources}
    return dict(ledger, rounds=rounds, positions=positions, statements=statements,
                claims=claims, articles=articles, events=kept_events, quotes=kept_quotes)


def _event_parties(ev: dict) -> set[str]:
    out = set()
    for actor in (ev.get("actor") or []) + (ev.get("recipient") or []):
        for key in ("code", "org"):
            if isinstance(actor.get(key), str):
                out.add(actor[key].upper())
    return out


def _speaker_code(speaker) -> str | None:
    code = (speaker or {}).get("code") if isinstance(speaker, dict) else None
    return code.upper() if isinstance(code, str) else None


def _quote_about(q: dict, a: str, b: str, named, round_sentences: set) -> bool:
    evidence = q.get("evidence") or {}
    if (q.get("article_id"), evidence.get("start")) in round_sentences \
            and evidence.get("start") is not None:
        return True
    speaker = _speaker_code(q.get("speaker"))
    if speaker in (a, b):
        other = b if speaker == a else a
        return other in named(q.get("text")) | named(evidence.get("sentence"))
    # a third party's words must name both themselves: the sentence around them often names
    # a party only to say who else spoke
    return {a, b} <= named(q.get("text"))


def _position_about(p: dict, a: str, b: str, named, round_sentences: set) -> bool:
    holder = p.get("holder")
    if holder not in (a, b):
        return False
    other = b if holder == a else a
    if p.get("concerns") == other:
        return True
    round_articles = {aid for aid, _ in round_sentences}
    for ev in p.get("evidence") or ():
        # said in a story that reports a meeting of the pair: a position in their process
        if ev.get("article_id") in round_articles:
            return True
        if other in named(ev.get("sentence")):
            return True
    return False


def _answered(p: dict, a: str, b: str, faced: set) -> bool:
    holder = p.get("holder")
    if holder not in (a, b):
        return False
    other = b if holder == a else a
    return any((other, p.get("issue"), ev.get("article_id")) in faced
               for ev in p.get("evidence") or ())


def _sources(rounds, positions, events, quotes, statements, claims) -> set[str]:
    out = {s.get("article_id") for r in rounds for s in r.get("sources") or ()}
    out |= {h.get("article_id") for r in rounds for h in r.get("status_history") or ()}
    out |= {e.get("article_id") for p in positions for e in p.get("evidence") or ()}
    out |= {x.get("article_id") for x in (*events, *quotes, *statements)}
    out |= {c.get("article_id") for c in claims}
    out |= {e.get("article_id") for c in claims for e in c.get("evidence") or ()}
    out.discard(None)
    return out
