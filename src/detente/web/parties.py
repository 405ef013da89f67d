"""The actor and dyad pages: one party, or two, across events, rounds, positions and quotes.

A party in a path is a code (RUS), an organisation's short name (UN) or a name the store or
the actor knowledge base knows (Russia, "United Nations"); a value that is no such thing is a
400 naming the path parameter (``a``, ``b``, ``code``), an unknown party a 404 saying what
would be accepted. The dyad page keeps what ``peace.pair.about`` keeps for the pair (of its
latest ``PAIR_EVENTS`` events and ``PAIR_QUOTES`` candidate quotes), the selection
``detente dossier`` prints through the same template (``pairview.dossier_html``).

Reading stays cheap on a large store: one statement selects a party's (or pair's) events once
(from ``party_events``, which ``Store.write`` keeps, while it describes the rows; else by
joining the actor rows with the events) and returns the month-by-category counts, the total,
the latest keys and the counterparts; the latest events are fetched by rowid;
quotes are narrowed in SQL by a superset of the names ``pair`` matches; the cross-article
ledger is built once per change of the file.
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any, Callable
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import summary as kept
from ..actors import load_kb
from ..errors import DetenteError, StoreBusy, StoreError
from ..peace import ledger as ledger_mod
from ..peace import pair
from ..store import Store
from . import pairview, queries
from .params import BadParameter

#: Longest party value read from a path (a name an analyst types, not a paragraph).
MAX_PARTY = 80
LIST_EVENTS = pairview.LIST_EVENTS
#: Events and quotes handed to ``pair.about`` for a dyad: the latest (the chart and the
#: event count take every event; the page lists what is kept of these).
PAIR_EVENTS = 500
PAIR_QUOTES = 500
#: Quotes a party's own page lists (the latest).
LIST_QUOTES = 50
#: Entity kinds of the knowledge base that stand for a party (not a person or a place).
_PARTY_KINDS = ("country", "demonym", "seat", "org", "body")


class UnknownParty(DetenteError):
    """A well-formed party that neither the store nor the knowledge base knows (404)."""


# ----------------------------------------------------------------------------- parties
def _checked(value: str, name: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise BadParameter(name, "give a party: a code (RUS), an organisation (UN) or a "
                                 "name (Russia)")
    if len(text) > MAX_PARTY:
        raise BadParameter(name, f"at most {MAX_PARTY} characters")
    if any(not c.isprintable() for c in text):
        raise BadParameter(name, "control characters are not allowed")
    return text


def _kb_code(text: str) -> str | None:
    """The party the knowledge base reads ``text`` as (a country or organisation name)."""
    kb = load_kb()
    key = text.lower()
    key = key[4:] if key.startswith("the ") else key
    for code, name in kb.countries.items():
        if name.lower() == key:
            return code
    for words, lex in kb.phrases.items():
        ent = lex.entity
        if ent is not None and ent.kind in _PARTY_KINDS and " ".join(words).lower() == key:
            code = ent.org or ent.code
            if code:
                return code.upper()
    return None


def resolve(store: Store | None, value: str, name: str, ledger: dict) -> str:
    """The code of the party ``value`` names (see the module docstring)."""
    text = _checked(value, name)
    up = text.upper()
    if up in _ledger_parties(ledger):
        return up
    if store is not None:
        hit = store.con.execute("SELECT 1 FROM event_actors WHERE upper(code) = ? OR "
                                "upper(org) = ? LIMIT 1", [up, up]).fetchone()
        if hit:
            return up
        named = store.con.execute(
            "SELECT upper(coalesce(org, code)) AS k, count(*) AS n FROM event_actors WHERE "
            "lower(name) = lower(?) AND coalesce(org, code) IS NOT NULL GROUP BY k "
            "ORDER BY n DESC, k LIMIT 1", [text]).fetchone()
        if named:
            return named[0]
    if up in load_kb().countries:  # a country with nothing stored yet: an empty page
        return up
    code = _kb_code(text)
    if code:
        return code
    raise UnknownParty(f"{name}: no party {text[:MAX_PARTY]!r} in this store; give a code "
                       "(RUS), an organisation (UN) or a country or organisation name "
                       "(Russia)")


def _ledger_parties(ledger: dict) -> set[str]:
    out = {c for r in ledger["rounds"] for c in r.get("process") or ()}
    out |= {p.get("holder") for p in ledger["positions"]}
    out |= {p.get("concerns") for p in ledger["positions"]}
    return {c.upper() for c in out if isinstance(c, str)}


def display_name(store: Store | None, code: str) -> str:
    """What to call ``code`` on the page: its country name, else the name the store most
    often gives the organisation or actor with that code."""
    country = load_kb().countries.get(code)
    if country:
        return country
    if store is not None:
        # an organisation's own name (the rows naming it by its short name) before its people
        row = store.con.execute(
            "SELECT name, count(*) AS n, bool_or(upper(org) = ?) AS own FROM event_actors "
            "WHERE (upper(org) = ? OR upper(code) = ?) AND name IS NOT NULL GROUP BY name "
            "ORDER BY own DESC, n DESC, name LIMIT 1", [code, code, code]).fetchone()
        if row:
            return row[0]
    return code


# ----------------------------------------------------------------------------- SQL pieces
_OF = "SELECT article_id, event_id FROM event_actors WHERE upper(code) = ? OR upper(org) = ?"


def _pair_keys(a: str, b: str, round_events: list[str]) -> tuple[str, list]:
    """Events with both parties among actors and recipients, or that a round of the pair
    rests on (``pair.about``'s rule, which it checks again on the rows it is given)."""
    sql, params = f"{_OF} INTERSECT {_OF}", [a, a, b, b]
    if round_events:  # a scan of the events only when there are such ids
        sql += " UNION SELECT article_id, id FROM events WHERE id IN (SELECT unnest(?))"
        params.append(round_events)
    return sql, params


#: The asserted events of the (article_id, event_id) keys a query ``k`` selects, with what
#: ``_summary`` counts: read from the events table (the way for a store whose kept
#: ``party_events`` does not describe its rows).
_LIVE = ("SELECT e.article_id, e.id, e.event, e.date, e.date_precision, e.rowid AS rid FROM "
         "(SELECT DISTINCT * FROM ({keys})) k JOIN events e ON e.id = k.event_id AND "
         "e.article_id = k.article_id WHERE e.modality = 'asserted'")
#: The same from ``party_events`` (see summary.py): one party's rows, no join of the events.
_KEPT = "SELECT article_id, event_id AS id, event, date, date_precision FROM party_events"


def _party_events(store: Store, code: str) -> tuple[str, list]:
    """SQL of the asserted events naming ``code``, each once (article_id, id, event, date,
    date_precision, rid: its rowid), and its parameters."""
    if kept.parties_current(store.con):  # with the event's parties, for its counterparts
        return _KEPT.replace(" FROM", ", rid, parties FROM", 1) + " WHERE party = ?", [code]
    return _LIVE.format(keys=_OF), [code, code]


def _pair_events(store: Store, a: str, b: str, round_events: list[str]) -> tuple[str, list]:
    """The same for the events of two parties together, or that a round of theirs rests on."""
    if not kept.parties_current(store.con):
        keys, params = _pair_keys(a, b, round_events)
        return _LIVE.format(keys=keys), params
    sql = _KEPT.replace(" FROM", ", rid FROM", 1) + " WHERE party = ? AND list_contains(keys, ?)"
    params: list = [a, b]
    if round_events:
        # an event both ways counted once (its kept rowid may be older than the table's)
        sql = (f"SELECT DISTINCT ON (article_id, id) * FROM ({sql} UNION ALL SELECT "
               "e.article_id, e.id, e.event, e.date, e.date_precision, e.rowid FROM events e "
               "WHERE e.id IN (SELECT unnest(?)) AND e.modality = 'asserted')")
        params.append(round_events)
    return sql, params


def _summary(store: Store, events: str, params: list, latest: int,
             counterparts_of: str | None = None) -> dict:
    """One statement over the asserted events the query ``events`` selects (see
    ``_party_events``): the month-by-category counts, the total, the keys of the latest
    ``latest`` events and, for one party, the other parties of its events. The selection is
    made once."""
    sql = (f"WITH m AS MATERIALIZED ({events}) "
           "SELECT 'month', strftime(date, '%Y-%m') AS x, event, count(*), NULL FROM m WHERE "
           "date_precision IN ('day', 'month') GROUP BY x, event "
           "UNION ALL SELECT 'total', NULL, NULL, count(*), NULL FROM m "
           "UNION ALL SELECT 'latest', article_id, id, rn, rid FROM (SELECT article_id, id, "
           "rid, row_number() OVER (ORDER BY date DESC NULLS LAST, article_id DESC, id DESC) "
           "AS rn FROM m) WHERE rn <= ?")
    args = [*params, latest]
    if counterparts_of and "parties FROM party_events" in events:
        # the kept parties of each event, the party itself left out
        sql += (" UNION ALL SELECT 'with', x, NULL, count(*), NULL FROM (SELECT "
                "unnest(parties) AS x FROM m) WHERE x <> ? GROUP BY x")
        args.append(counterparts_of)
    elif counterparts_of:
        # a semi-join by event id (ids are content ids: one article's), not a join
        sql += (" UNION ALL SELECT 'with', upper(coalesce(o.org, o.code)) AS x, NULL, "
                "count(DISTINCT o.event_id), NULL FROM event_actors o WHERE o.event_id IN "
                "(SELECT id FROM m) AND coalesce(o.org, o.code) IS NOT NULL AND "
                "upper(coalesce(o.org, o.code)) <> ? GROUP BY x")
        args.append(counterparts_of)
    out: dict = {"months": [], "total": 0, "latest": [], "with": []}
    for part, x, y, n, rid in store.con.execute(sql, args).fetchall():
        if part == "month":
            out["months"].append((x, y, n))
        elif part == "total":
            out["total"] = n
        elif part == "latest":
            out["latest"].append((n, x, y, rid))
        else:
            out["with"].append({"code": x, "events": n})
    out["latest"] = [(aid, eid, rid) for _, aid, eid, rid in sorted(out["latest"])]
    out["with"] = sorted(out["with"], key=lambda c: (-c["events"], c["code"]))[:12]
    return out


def _event_rows(store: Store, keys: list[tuple[str, str, int | None]]) -> list[dict]:
    """Full event rows for (article_id, event_id, rowid) keys, in their order. Each row is
    fetched by its rowid and kept only if it is the event the key names (a rowid read from
    ``party_events`` may have changed since); the others by id, a scan of the events."""
    if not keys:
        return []
    wanted = {(k[0], k[1]) for k in keys}
    by_key: dict[tuple[str, str], dict] = {}
    rids = sorted({k[2] for k in keys if k[2] is not None})
    if rids:
        for r in queries.rows_by_rowid(store, rids):
            if (r["article_id"], r["id"]) in wanted:
                by_key[(r["article_id"], r["id"])] = r
    missing = sorted({k[1] for k in keys if (k[0], k[1]) not in by_key})
    if missing:
        rows = store._dicts("SELECT e.*, a.title, a.url, a.published FROM events e JOIN "
                            "articles a ON a.id = e.article_id WHERE e.id IN (SELECT "
                            "unnest(?))", [missing])
        for r in rows:
            by_key.setdefault((r["article_id"], r["id"]), r)
    return store.with_actors([by_key[k] for k in ((k[0], k[1]) for k in keys) if k in by_key])


def _search(names) -> Callable[[str], Any] | None:
    """A search for any of ``names`` as whole words, capitals as written (as ``pair``
    matches a party's names in a sentence)."""
    alternation = "|".join(re.escape(n) for n in names if n)
    return re.compile(rf"(?<![\w.])(?:{alternation})(?!\w)").search if alternation else None


def _re2(names: list[str]) -> str | None:
    """An RE2 alternation of ``names``: a superset of ``pair``'s whole-word matches (RE2 has
    no look-behind), narrowing the quotes in SQL before ``pair.about`` decides."""
    parts = ["".join("\\" + ch if ch in r"\.^$|?*+()[]{}" else ch for ch in n)
             for n in names if n]
    return "(" + "|".join(parts) + ")" if parts else None


def _quote_rows(store: Store, where: str, params: list, limit: int) -> list[dict]:
    """The latest ``limit`` quotes meeting ``where``, oldest first."""
    rows = store._dicts("SELECT q.*, a.title, a.url, a.published FROM quotes q JOIN articles a "
                        f"ON a.id = q.article_id WHERE {where} ORDER BY a.published DESC "
                        "NULLS LAST, q.article_id DESC, q.sentence_start DESC, q.id DESC "
                        "LIMIT ?", [*params, limit])[::-1]
    out = []
    for r in rows:
        speaker = {f: r.get(f"speaker_{f}") for f in ("text", "name", "code", "sector", "org")}
        pub = r.get("published")
        out.append({"id": r["id"], "speaker": speaker if any(speaker.values()) else None,
                    "text": r["text"], "direct": r["direct"], "date": r["date"],
                    "evidence": {"sentence": r["sentence"], "start": r["sentence_start"],
                                 "end": r["sentence_end"]},
                    "article_id": r["article_id"], "title": r.get("title"),
                    "url": r.get("url"), "published": pub.isoformat()
                    if hasattr(pub, "isoformat") else pub})
    return out


# ----------------------------------------------------------------------------- page data
def dyad_data(store: Store | None, led: dict, a: str, b: str, names: dict) -> dict:
    """The dyad page of ``a`` and ``b``: ``pair.about`` on the pair's latest events and
    quotes (the counts and the chart take every event)."""
    rounds = [r for r in led["rounds"] if {a, b} <= set(r.get("process") or ())]
    round_events = sorted({i for r in rounds for i in r.get("events") or ()})
    summary = {"months": [], "total": 0}
    events: list[dict] = []
    quotes: list[dict] = []
    if store is not None:
        sql, params = _pair_events(store, a, b, round_events)
        summary = _summary(store, sql, params, PAIR_EVENTS)
        events = _event_rows(store, summary["latest"])[::-1]
        said = _re2([*names.get(a, ()), *names.get(b, ())])
        round_articles = sorted({s.get("article_id") for r in rounds
                                 for s in r.get("sources") or ()} - {None})
        cond = "q.article_id IN (SELECT unnest(?))"
        args: list[Any] = [round_articles]
        if said:
            cond += (" OR regexp_matches(coalesce(q.text, '') || ' ' || "
                     "coalesce(q.sentence, ''), ?)")
            args.append(said)
        quotes = _quote_rows(store, cond, args, PAIR_QUOTES)
    part = pair.about(led, (a, b), events, quotes, names)
    view = pairview.pair_view(part, a, b)
    view["timeline"] = pairview.timeline(summary["months"])
    view["counts"]["events"] = summary["total"]
    view["events"] = part["events"][-LIST_EVENTS:][::-1]
    return view


def party_data(store: Store | None, led: dict, code: str) -> dict:
    """One party's page: its events by month, counterparts, rounds, positions, quotes."""
    rounds = [r for r in led["rounds"] if code in (r.get("process") or ())]
    round_ids = {r.get("id") for r in rounds}
    positions = [p for p in led["positions"] if code in (p.get("holder"), p.get("concerns"))]
    said = _search(pair.party_names(load_kb(), (code,)).get(code, ()))
    claims = [c for c in led.get("claims") or () if c.get("round") in round_ids
              or any(said and said(x.get("sentence") or "") for x in c.get("evidence") or ())]
    summary: dict = {"months": [], "total": 0, "with": []}
    events: list[dict] = []
    quotes: list[dict] = []
    if store is not None:
        sql, params = _party_events(store, code)
        summary = _summary(store, sql, params, LIST_EVENTS, counterparts_of=code)
        events = _event_rows(store, summary["latest"])
        quotes = _quote_rows(store, "upper(q.speaker_code) = ? OR upper(q.speaker_org) = ?",
                             [code, code], LIST_QUOTES)
    view = {"timeline": pairview.timeline(summary["months"]),
            "rounds": pairview.rounds(rounds),
            "positions": pairview.positions(positions),
            "quotes": pairview.quotes(quotes, code),
            "claims": pairview.claims(claims),
            "counterparts": summary["with"],
            "events": events}
    view["counts"] = {"events": summary["total"], "rounds": len(rounds),
                      "positions": len(positions), "quotes": len(quotes),
                      "claims": len(claims)}
    return view


# ----------------------------------------------------------------------------- rendering
def article_href(article_id: Any, start: Any = None) -> str:
    """The article page, at the sentence starting at ``start`` (its anchor ``s-START``)."""
    path = "/articles/" + quote(str(article_id or ""), safe="")
    return f"{path}#s-{int(start)}" if isinstance(start, int) else path


def _page_context(view: dict) -> dict:
    return pairview.dyad_context(view, False, article_href)


# ----------------------------------------------------------------------------- routes
class PartyPages:
    """The actor and dyad handlers of one ``Dashboard`` (its database, templates, errors)."""

    def __init__(self, dashboard):
        self.d = dashboard
        self._lock = threading.Lock()
        self._ledger: tuple[tuple | None, dict] = (None, {})

    def ledger(self) -> dict:
        """The cross-article ledger, rebuilt only when the file changed."""
        state = queries.file_state(self.d.db)
        with self._lock:
            if self._ledger[0] != state:
                with queries.opened(self.d.db) as store:
                    items = store.ledger_items() if store else []
                self._ledger = (state, ledger_mod.build(items))
            return self._ledger[1]

    def actor(self, request: Request, fmt: str) -> Response:
        led = self.ledger()
        with queries.opened(self.d.db) as store:
            code = resolve(store, request.path_params["code"], "code", led)
            party = {"code": code, "name": display_name(store, code)}
            view = party_data(store, led, code)
        data = {"party": party, **view}
        if fmt == "json":
            return self.d.json(data)
        return self.d.page("actor.html", {"p": party, "v": data, **_page_context(view)})

    def dyad(self, request: Request, fmt: str) -> Response:
        led = self.ledger()
        with queries.opened(self.d.db) as store:
            a = resolve(store, request.path_params["a"], "a", led)
            b = resolve(store, request.path_params["b"], "b", led)
            if a == b:
                raise BadParameter("b", f"{a} twice: a dyad is two different parties")
            names = pair.party_names(load_kb(), (a, b))
            parties = [{"code": c, "name": display_name(store, c)} for c in (a, b)]
            view = dyad_data(store, led, a, b, names)
        data = {"parties": parties, **view}
        if fmt == "json":
            return self.d.json(data)
        return self.d.page("dyad.html", {"a": parties[0], "b": parties[1], "v": data,
                                         **_page_context(view)})

    def guarded(self, handler: Callable[[Request, str], Response], fmt: str):
        def endpoint(request: Request) -> Response:
            try:
                if request.query_params:  # these pages take no filters (yet): say so
                    name = sorted(request.query_params)[0][:40]
                    raise BadParameter(name, "unknown parameter; this page takes none (the "
                                             "parties are in the path)")
                with self.d.gate.reading():
                    return handler(request, fmt)
            except BadParameter as exc:
                return self.d.error(fmt, 400, str(exc), parameter=exc.name)
            except UnknownParty as exc:
                return self.d.error(fmt, 404, str(exc))
            except StoreBusy as exc:
                return self.d.error(fmt, 503, f"ingest in progress, retry in a moment ({exc})",
                                    retry=True)
            except StoreError as exc:
                return self.d.error(fmt, 500, str(exc))
        return endpoint

    def routes(self) -> list[Route]:
        g = self.guarded
        # the .json routes first: "{b}" would take "UKR.json" whole
        return [Route("/actors/{code}.json", g(self.actor, "json")),
                Route("/actors/{code}", g(self.actor, "html")),
                Route("/dyads/{a}/{b}.json", g(self.dyad, "json")),
                Route("/dyads/{a}/{b}", g(self.dyad, "html"))]


def sentence_starts(store: Store, article_id: str) -> set[int]:
    """Offsets of the sentences the ledger and the quotes cite in one article: the anchors
    (``s-START``) the actor and dyad pages link their evidence to."""
    out: set[int] = set()
    for r in store._dicts("SELECT sentence_start AS s FROM quotes WHERE article_id = ? UNION "
                          "SELECT sentence_start FROM events WHERE article_id = ?",
                          [article_id, article_id]):
        if isinstance(r["s"], int):
            out.add(r["s"])
    for item in _ledger_of(store, article_id):
        for key in ("evidence", "sources"):
            for ev in item.get(key) or ():
                if isinstance(ev, dict) and isinstance(ev.get("start"), int):
                    out.add(ev["start"])
    return out


def _ledger_of(store: Store, article_id: str) -> list[dict]:
    out = []
    for (item,) in store.con.execute("SELECT item FROM ledger WHERE article_id = ?",
                                     [article_id]).fetchall():
        try:
            value = json.loads(item)
        except (TypeError, ValueError):
            continue
        if isinstance(value, dict):
            out.append(value)
    return out


def anchored(pieces: list[tuple[str, str | None]], starts: set[int]
             ) -> list[tuple[str, str | None, str | None]]:
    """``segments`` output cut again at each offset in ``starts``: (piece, mark, anchor id)
    where a piece begins at a cited sentence."""
    out: list[tuple[str, str | None, str | None]] = []
    pos = 0
    for piece, mark in pieces:
        end = pos + len(piece)
        cuts = sorted(s for s in starts if pos <= s < end)
        bounds = [pos, *[c for c in cuts if c > pos], end]
        for lo, hi in zip(bounds, bounds[1:]):
            out.append((piece[lo - pos:hi - pos], mark, f"s-{lo}" if lo in starts else None))
        pos = end
    return out
