"""Stories: the linking rule on hand-made rows (hermetic), the store keeping stories current
at ingest and on --rebuild, and the ``stories`` command's messages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from detente import stories
from detente.cli import main
from detente.records import Analysis, Article, Place
from detente.stories import Mention, compatible, dates_agree, key_of, link, places_agree
from detente.store import Store

from test_store import RUS, UKR, UN, make_event


def row(event_id="e1", article="a1", event="ASSAULT", actors=("RUS",), recipients=("UKR",),
        date="2025-03-11", precision="day", place=None, country=None, country_level=False):
    return Mention(event_id, article, event, frozenset(actors), frozenset(recipients), date,
                   precision, place, country, country_level)


KYIV = dict(place="Kyiv", country="UKR")
KHARKIV = dict(place="Kharkiv", country="UKR")
UKRAINE = dict(place="Ukraine", country="UKR", country_level=True)
POLAND = dict(place="Poland", country="POL", country_level=True)


# ---------------------------------------------------------------- the rule, pair by pair


def test_key_is_category_and_both_party_sets_and_none_without_an_actor():
    assert key_of(row(actors=("UKR", "RUS"), recipients=())) == "ASSAULT|RUS,UKR|"
    assert key_of(row(actors=(), recipients=("UKR",))) is None
    assert stories.identity("IGO", "NATO") == "IGO/NATO"
    assert stories.identity("IGO", None) == "IGO"
    assert stories.identity(None, "NATO") is None


@pytest.mark.parametrize("a, b, window, agree", [
    (("2025-03-11", "day"), ("2025-03-12", "day"), 1, True),
    (("2025-03-12", "day"), ("2025-03-11", "day"), 1, True),
    (("2025-03-11", "day"), ("2025-03-13", "day"), 1, False),
    (("2025-03-11", "day"), ("2025-03-13", "day"), 2, True),
    (("2025-03-11", "day"), ("2025-03-12", "day"), 0, False),
    (("2025-03-31", "day"), ("2025-04-01", "day"), 1, True),  # across a month's end
    (("2025-03", "month"), ("2025-03-31", "day"), 1, False),  # no containment by default
    (("2025-03", "month"), ("2025-03", "month"), 1, True),
    (("2025-03", "month"), ("2025-04-01", "day"), 1, False),  # no window around a month
    (("2025-03", "month"), ("2025-04", "month"), 5, False),
    (("2025", "year"), ("2025-03", "month"), 1, False),
    (("2025", "year"), ("2025", "year"), 1, True),
    (("2024", "year"), ("2025-01-01", "day"), 1, False),
    (("2025-03-11", "day"), (None, None), 1, False),  # an undated row is never linked
    (("2025-13", "month"), ("2025-03-11", "day"), 1, False),  # unreadable: never linked
])
def test_dates_agree(a, b, window, agree):
    x, y = row(date=a[0], precision=a[1]), row(date=b[0], precision=b[1])
    assert dates_agree(x, y, window) is agree
    assert dates_agree(y, x, window) is agree


@pytest.mark.parametrize("a, b, agree", [
    (("2025-03", "month"), ("2025-03-31", "day"), True),
    (("2025-03", "month"), ("2025-04-01", "day"), False),  # no window around a month
    (("2025", "year"), ("2025-03", "month"), True),
])
def test_containment_when_asked_for(a, b, agree):
    x, y = row(date=a[0], precision=a[1]), row(date=b[0], precision=b[1])
    assert dates_agree(x, y, 1, contain=True) is agree
    assert dates_agree(y, x, 1, contain=True) is agree


def test_without_containment_a_month_agrees_only_with_itself():
    month = row(date="2025-03", precision="month")
    assert not dates_agree(month, row(date="2025-03-11"), contain=False)
    assert dates_agree(month, row(date="2025-03", precision="month"), contain=False)
    assert dates_agree(row(date="2025-03-11"), row(date="2025-03-12"), contain=False)


@pytest.mark.parametrize("a, b, agree", [
    ({}, KYIV, True),  # one unknown
    (KYIV, KYIV, True),
    (UKRAINE, KYIV, True),  # a country and a place in it
    (KYIV, UKRAINE, True),
    (KYIV, KHARKIV, False),  # two towns of one country
    (POLAND, KYIV, False),
    (UKRAINE, POLAND, False),
])
def test_places_agree(a, b, agree):
    assert places_agree(row(**a), row(**b)) is agree


def test_rows_of_one_article_are_never_linked():
    # the same article's rows kept apart by the retellings rule are acts of their own
    assert not compatible(row("e1", "a1"), row("e2", "a1"))
    assert compatible(row("e1", "a1"), row("e2", "a2"))


@pytest.mark.parametrize("change", [dict(event="CONSULT"), dict(actors=("RUS", "BLR")),
                                    dict(recipients=()), dict(recipients=("POL",))])
def test_other_category_or_parties_are_another_event(change):
    assert not compatible(row("e1", "a1"), row("e2", "a2", **change))


def test_rows_with_no_coded_actor_are_never_linked():
    a, b = row("e1", "a1", actors=()), row("e2", "a2", actors=())
    assert not compatible(a, b)
    assert [s.mentions for s in link([a, b])] == [1, 1]


# ---------------------------------------------------------------- stories


def test_a_story_keeps_every_source_and_counts_rows_and_articles():
    rows = [row("e1", "a1", **KYIV), row("e2", "a2", date="2025-03-12", **UKRAINE),
            row("e3", "a3"), row("e4", "a4", event="CONSULT")]
    found = link(rows)
    assert [(sorted(m.event_id for m in s.members), s.mentions, s.articles) for s in found] == [
        (["e1", "e2", "e3"], 3, 3), (["e4"], 1, 1)]
    assert found[0].lead.event_id == "e1"  # the earliest, most precise row leads
    assert found[0].place().place == "Kyiv"  # the most specific place the rows give


def test_complete_linkage_does_not_chain_days_or_places():
    days = [row(f"e{d}", f"a{d}", date=f"2025-03-1{d}") for d in (1, 2, 3)]
    assert [sorted(m.event_id for m in s.members) for s in link(days)] == [["e1", "e2"], ["e3"]]
    # Kyiv and Kharkiv never meet through a row that names no place
    places = [row("e1", "a1", **KYIV), row("e2", "a2"), row("e3", "a3", **KHARKIV)]
    assert [sorted(m.event_id for m in s.members) for s in link(places)] == [["e1", "e2"],
                                                                            ["e3"]]


def test_story_id_depends_on_its_rows_only():
    a, b = row("e1", "a1"), row("e2", "a2")
    assert link([a, b])[0].id == link([b, a])[0].id
    assert link([a, b])[0].id != link([a, row("e3", "a3")])[0].id


_rows = st.builds(
    row, event_id=st.sampled_from([f"e{i}" for i in range(12)]),
    article=st.sampled_from(["a1", "a2", "a3", "a4"]), event=st.sampled_from(["ASSAULT", "AID"]),
    actors=st.sampled_from([("RUS",), ("RUS", "BLR"), ()]),
    recipients=st.sampled_from([("UKR",), ()]),
    date=st.sampled_from(["2025-03-10", "2025-03-11", "2025-03-12", "2025-03-20", "2025-03",
                          "2025"]),
    place=st.sampled_from([None, "Kyiv", "Ukraine"])).map(
        lambda m: dataclasses.replace(
            m, precision={10: "day", 7: "month", 4: "year"}[len(m.date)],
            country="UKR" if m.place else None, country_level=m.place == "Ukraine"))


def _naive(rows: list[Mention]) -> list[list[str]]:
    """Complete linkage over every story, in canonical order: what ``link`` must match."""
    groups: list[list[Mention]] = []
    for m in sorted(set(rows), key=stories._canonical):
        for g in groups:
            if all(compatible(m, o) for o in g):
                g.append(m)
                break
        else:
            groups.append([m])
    return sorted(sorted(m.event_id + m.article_id for m in g) for g in groups)


@settings(max_examples=200, deadline=None)
@given(st.lists(_rows, max_size=14), st.randoms(use_true_random=False))
def test_linking_is_order_independent_and_matches_plain_complete_linkage(rows, rnd):
    shuffled = rows[:]
    rnd.shuffle(shuffled)
    a, b = link(rows), link(shuffled)
    assert [s.id for s in a] == [s.id for s in b]
    assert sorted(sorted(m.event_id + m.article_id for m in s.members) for s in a) == \
        _naive(rows)
    for s in a:  # every pair in a story agrees
        assert all(compatible(x, y) for x in s.members for y in s.members if x != y)


# ---------------------------------------------------------------- in the store

BELEDWEYNE = Place("Beledweyne", 0, 10, "Beledweyne", "SOM", 4.7, 45.2, 57289)


def analysis(aid: str, date: str, published: str = "2025-03-12", **kw) -> Analysis:
    text = f"Report {aid}: Russian forces attacked Ukraine."
    art = Article.make(text, id=aid, title=f"Title {aid}", url=f"https://example.org/{aid}",
                       published=dt.date.fromisoformat(published))
    ev = make_event(art, 1, "ASSAULT", date=date, sentence=text, **kw)
    return Analysis(article=art, events=(ev,))


def _stories(store: Store) -> list[tuple]:
    return [(s["event"], s["mentions"], s["articles"], [x["article_id"] for x in s["sources"]])
            for s in store.stories()]


def test_ingest_links_across_articles_in_any_order_and_rebuild_agrees(tmp_path):
    made = [analysis("a1", "2025-03-11"), analysis("a2", "2025-03-12"),
            analysis("a3", "2025-03-20")]
    results = []
    for order in (made, made[::-1]):
        with Store(tmp_path / f"{len(results)}.duckdb") as store:
            for a in order:  # one article per write: each relinks the keys it touches
                store.write([a])
            results.append(_stories(store))
            store.rebuild_stories()
            assert _stories(store) == results[-1]
    assert results[0] == results[1] == [("ASSAULT", 2, 2, ["a1", "a2"]),
                                        ("ASSAULT", 1, 1, ["a3"])]


def test_a_replaced_article_is_relinked(tmp_path, monkeypatch):
    with Store(tmp_path / "t.duckdb") as store:
        store.write([analysis("a1", "2025-03-11"), analysis("a2", "2025-03-12")])
        assert [s["mentions"] for s in store.stories()] == [2]
        # a corrected text of a2 dates the attack a week later: the story splits
        moved = analysis("a2", "2025-03-19")
        moved = dataclasses.replace(moved, article=dataclasses.replace(
            moved.article, content_hash="changed"))
        store.write([moved])
        assert [(s["date"], s["mentions"]) for s in store.stories()] == [("2025-03-11", 1),
                                                                         ("2025-03-19", 1)]


def test_stories_read_filters_and_sources(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.write([analysis("a1", "2025-03-11"), analysis("a2", "2025-03-12"),
                     analysis("a3", "2025-03-11", actor=(UN,), recipient=())])
        both = store.stories(min_mentions=2)
        assert len(both) == 1 and both[0]["actors"] == ["RUS"]
        assert both[0]["recipients"] == ["UKR"]
        assert both[0]["location"] == {"name": "Istanbul", "country": "TUR"}
        assert both[0]["sources"][1] == {
            "article_id": "a2", "title": "Title a2", "url": "https://example.org/a2",
            "published": "2025-03-12", "event_id": "a2-1",
            "sentence": "Report a2: Russian forces attacked Ukraine.", "also_evidence": []}
        assert [s["actors"] for s in store.stories(actor="UN")] == [["IGO/UN"]]
        assert store.stories(recipient="RUS") == []
        assert [s["date"] for s in store.stories(since="2025-03-12")] == []
        assert len(store.stories(until="2025-03-31", type="assault")) == 2
        assert store.story_counts() == {"stories": 2, "rows": 3, "eligible": 3}


def test_an_undated_row_is_dated_by_its_publication(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.write([analysis("a1", None, published="2025-03-11"),
                     analysis("a2", "2025-03-12")])
        assert [(s["date"], s["mentions"]) for s in store.stories()] == [("2025-03-11", 2)]


def test_rows_are_read_with_party_identities_and_modalities_that_happened(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        made = analysis("a1", "2025-03-11", actor=(UN, RUS), recipient=(UKR,))
        art = made.article
        plan = make_event(art, 2, "AID", modality="future", sentence=art.text)
        store.write([dataclasses.replace(made, events=(*made.events, plan))])
        rows = stories.read_mentions(store.con)
        assert [(m.event_id, key_of(m)) for m in rows] == [("a1-1", "ASSAULT|IGO/UN,RUS|UKR")]
        assert (rows[0].place, rows[0].country, rows[0].country_level) == ("Istanbul", "TUR",
                                                                           False)


# ---------------------------------------------------------------- the command


@pytest.fixture
def story_db(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write([analysis("a1", "2025-03-11"), analysis("a2", "2025-03-12"),
                     analysis("a3", "2025-05-01")])
    return db


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_stories_table_lists_mentions_and_articles(story_db):
    res = _run("stories", "--db", story_db, "--min-mentions", "2")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].split() == ["date", "event", "actor", "recipient", "where", "mentions",
                                "articles", "evidence"]
    assert lines[2].split()[:7] == ["2025-03-11", "ASSAULT", "RUS", "UKR", "Istanbul", "2", "2"]
    assert len(lines) == 3


def test_stories_json_keeps_every_source(story_db):
    res = _run("stories", "--db", story_db, "--format", "json", "--since", "2025-03-12")
    assert res.exit_code == 0, res.output
    (story,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert (story["date"], story["mentions"], [s["url"] for s in story["sources"]]) == (
        "2025-05-01", 1, ["https://example.org/a3"])


def test_stories_with_no_match_names_the_filters(story_db):
    res = _run("stories", "--db", story_db, "--type", "consult", "--min-mentions", "2")
    assert res.exit_code == 0
    assert res.stdout == ("No stories match --type CONSULT --min-mentions 2; 2 stories are "
                          "stored.\n")


def test_stories_rebuild_says_what_it_did(story_db):
    res = _run("stories", "--db", story_db, "--rebuild", "--window", "0")
    assert res.exit_code == 0, res.output
    assert res.stderr == ("3 event rows linked into 3 stories (0 rows tell an event another row "
                          "already tells); day dates up to 0 days apart\n")
    assert res.stdout == ""
    res = _run("stories", "--db", story_db, "--rebuild")  # the window is kept
    assert res.stderr.endswith("into 3 stories (0 rows tell an event another row already "
                               "tells); day dates up to 0 days apart\n")
    res = _run("stories", "--db", story_db, "--rebuild", "--window", "1")
    assert res.stderr == ("3 event rows linked into 2 stories (1 row tells an event another row "
                          "already tells); day dates up to 1 day apart\n")


def test_window_without_rebuild_is_refused(story_db):
    res = _run("stories", "--db", story_db, "--window", "2")
    assert res.exit_code == 2
    assert res.stderr.endswith("Error: --window applies to --rebuild only (stored stories were "
                               "linked with the window of the last rebuild)\n")


def test_a_database_from_before_stories_says_how_to_add_them(story_db):
    import duckdb

    con = duckdb.connect(str(story_db))
    con.execute("DROP TABLE stories")
    con.execute("DROP TABLE story_events")
    con.close()
    res = _run("stories", "--db", story_db)
    assert res.exit_code == 1
    assert res.stderr == (f"Error: {story_db} has no stories table (written by an older "
                          f"detente); run `detente stories --rebuild --db {story_db}`\n")
    assert _run("stories", "--db", story_db, "--rebuild").exit_code == 0
    assert "ASSAULT" in _run("stories", "--db", story_db).stdout


def test_stored_rows_without_stories_say_to_rebuild(story_db):
    with Store(story_db) as store:
        store.con.execute("DELETE FROM stories")
    res = _run("stories", "--db", story_db)
    assert res.stdout == ("No stories are stored although 3 events are: run `detente stories "
                          f"--rebuild --db {story_db}`.\n")


def test_rows_stored_before_stories_wait_for_rebuild_and_the_command_says_so(story_db):
    with Store(story_db) as store:  # as if a3 had been stored by a detente without stories
        store.con.execute("DELETE FROM story_events WHERE article_id = 'a3'")
        store.con.execute("DELETE FROM stories WHERE mentions = 1")
        store.write([analysis("a4", "2025-05-02")])  # relinks its key: a3 is not seen
        assert [s["mentions"] for s in store.stories()] == [2, 1]
    res = _run("stories", "--db", story_db)
    assert res.stderr == ("Note: 1 of 4 events are in no story (stored by an older detente?): "
                          f"run `detente stories --rebuild --db {story_db}`.\n")
    _run("stories", "--db", story_db, "--rebuild")
    res = _run("stories", "--db", story_db, "--since", "2025-05", "--format", "json")
    assert (res.stderr, [json.loads(x)["mentions"] for x in res.stdout.splitlines()]) == ("", [2])


def test_a_place_with_a_countrys_geonames_id_is_country_level():
    base = dict(event_id="e1", article_id="a1", event="ASSAULT", actors=["RUS"],
                recipients=[], date=None, date_precision=None, location_name="Ukraine",
                location_country="UKR", published=dt.date(2025, 3, 11))
    ukraine = stories.mention_of(dict(base, geonameid=690791))
    kyiv = stories.mention_of(dict(base, location_name="Kyiv", geonameid=703448))
    assert (ukraine.country_level, kyiv.country_level) == (True, False)
    assert (ukraine.date, ukraine.precision) == ("2025-03-11", "day")  # the publication's
    past = stories.mention_of(dict(base, geonameid=None, modality="historical"))
    assert (past.date, past.precision) == (None, None)  # when it happened is unknown
