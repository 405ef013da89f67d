"""The CLI says what it did: every silent no-op and misleading error of issue 10 has its message
pinned here. Extraction is the fake analyzer of test_cli_core (one asserted and one future
CONSULT, RUS -> UKR, per article); the actor knowledge base is replaced by a small fixed one
except where the real one is the point."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from detente import language
from detente.cli import choices, main
from detente.export import csv_row
from detente.store import Store

from test_cli_core import EXAMPLE_ARTICLES, FakeAnalyzer, ROOT  # noqa: F401  (fixtures below)
from test_cli_core import existing_db, fake, runner  # noqa: F401

PARTY_HINT = ("Give an ISO 3166 alpha-3 code (RUS), an organisation code (IGO, NATO) or a "
              "country or organisation name (Russia).")
CATEGORIES = ("AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, "
              "REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT")

SPANISH = ("El presidente de Rusia dijo el martes que las negociaciones con Ucrania continuarán "
           "la próxima semana en Estambul, según fuentes del gobierno que pidieron no ser "
           "identificadas. Las conversaciones buscan un alto el fuego en el este del país.")
ENGLISH = ("Russian and Ukrainian delegations met in Istanbul on Friday for the first direct "
           "talks in three years, and both sides said they had agreed to exchange prisoners "
           "but not to a ceasefire, which Kyiv and its European allies had asked for.")


@pytest.fixture
def small_kb(monkeypatch):
    """A fixed knowledge base: the messages do not move when the bundled one grows."""
    names = {"russia": ("RUS", "Russia", True), "ukraine": ("UKR", "Ukraine", True),
             "united nations": ("UN", "United Nations", True),
             "wagner": ("RUS", "Wagner Group", False)}
    display = {"RUS": "Russia", "UKR": "Ukraine", "UN": "United Nations"}
    monkeypatch.setattr(choices, "_kb_parties",
                        lambda: ({"RUS", "UKR", "UN", "IGO", "NATO"}, dict(names), display))


def _run(runner, *args):
    return runner.invoke(main, [str(a) for a in args])


# ---------------------------------------------------------------- unknown values


def test_unknown_category_is_an_error_listing_the_categories(existing_db, runner):
    res = _run(runner, "events", "--db", existing_db, "--type", "FOO")
    assert res.exit_code == 1
    assert res.stderr == f"Error: --type 'FOO' is not a known PLOVER category. The categories " \
                         f"are {CATEGORIES}.\n"
    assert res.stdout == ""


def test_misspelt_category_gets_the_closest_one(existing_db, runner):
    res = _run(runner, "events", "--db", existing_db, "--type", "consul")
    assert res.exit_code == 1
    assert res.stderr == (f"Error: --type 'consul' is not a known PLOVER category. Did you mean "
                          f"CONSULT? The categories are {CATEGORIES}.\n")


def test_unknown_actor_code_is_an_error_with_close_choices(existing_db, runner, small_kb):
    res = _run(runner, "events", "--db", existing_db, "--actor", "UNO")
    assert res.exit_code == 1
    assert res.stderr == ("Error: --actor 'UNO' is not a known actor code or name. Did you mean "
                          f"UN (United Nations)? {PARTY_HINT}\n")


def test_misspelt_recipient_name_suggests_code_and_name(existing_db, runner, small_kb):
    res = _run(runner, "events", "--db", existing_db, "--recipient", "Ukrane")
    assert res.exit_code == 1
    assert res.stderr == ("Error: --recipient 'Ukrane' is not a known actor code or name. Did "
                          f"you mean UKR (Ukraine)? {PARTY_HINT}\n")


def test_actor_name_is_read_as_its_code_with_the_real_knowledge_base(existing_db, runner):
    res = _run(runner, "events", "--db", existing_db, "--actor", "Russia", "--format", "json")
    assert res.exit_code == 0
    assert res.stderr == "--actor Russia: read as RUS (Russia)\n"
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(rows) == 4 and {r["actor"][0]["code"] for r in rows} == {"RUS"}


def test_a_group_coded_by_its_state_says_the_filter_is_the_state(existing_db, runner,
                                                                   small_kb):
    res = _run(runner, "events", "--db", existing_db, "--actor", "Wagner", "--format", "json")
    assert res.exit_code == 0
    assert res.stderr == ("--actor Wagner: read as RUS, the code Wagner Group is given (every "
                          "RUS actor matches)\n")
    assert len(res.stdout.splitlines()) == 4


def test_positions_unknown_issue(existing_db, runner):
    res = _run(runner, "positions", "--db", existing_db, "--issue", "foo")
    assert res.exit_code == 1
    assert res.stderr == ("Error: --issue 'foo' is not a known issue. Issue ids are listed in "
                          "detente/data/issues.yaml (e.g. territorial_integrity, "
                          "nato_membership).\n")


def test_positions_issue_by_near_id(existing_db, runner):
    res = _run(runner, "positions", "--db", existing_db, "--issue", "nato_membrship")
    assert res.stderr.startswith("Error: --issue 'nato_membrship' is not a known issue. Did you "
                                 "mean nato_membership?")


def test_dossier_unknown_party(existing_db, runner, small_kb, tmp_path):
    out = tmp_path / "x.html"
    res = _run(runner, "dossier", "--db", existing_db, "--between", "RUS", "ZZZ", "--out", out)
    assert res.exit_code == 1
    assert res.stderr == f"Error: --between 'ZZZ' is not a known actor code or name. {PARTY_HINT}\n"
    assert not out.exists()


# ---------------------------------------------------------------- empty but valid


def test_events_with_no_match_says_so_with_the_filters(existing_db, runner):
    res = _run(runner, "events", "--db", existing_db, "--actor", "UKR", "--type", "ASSAULT")
    assert res.exit_code == 0
    assert res.stdout == ("No events match --actor UKR --type ASSAULT (asserted only: --all "
                          "shows every modality); 8 events are stored.\n")


def test_events_csv_with_no_match_keeps_the_header_and_tells_stderr(existing_db, runner):
    res = _run(runner, "events", "--db", existing_db, "--since", "2030", "--all", "--format", "csv")
    assert res.exit_code == 0
    assert len(list(csv.reader(io.StringIO(res.stdout)))) == 1
    assert res.stderr == "No events match --since 2030 --all; 8 events are stored.\n"


def test_rounds_between_with_none_is_one_line_not_a_bare_header(existing_db, runner):
    res = _run(runner, "rounds", "--db", existing_db, "--between", "RUS", "UKR")
    assert res.exit_code == 0
    assert res.stdout == "No rounds between RUS and UKR; 0 rounds are in the ledger.\n"


def test_positions_with_none_matching(existing_db, runner):
    res = _run(runner, "positions", "--db", existing_db, "--holder", "RUS", "--issue",
               "neutrality")
    assert res.stdout == ("No positions match --holder RUS --issue neutrality; 0 positions are "
                          "in the ledger.\n")


# ---------------------------------------------------------------- misleading errors


def test_dossier_with_one_party_says_a_pair_needs_two(existing_db, runner, tmp_path):
    res = _run(runner, "dossier", "--db", existing_db, "--between", "RUS", "--out",
               tmp_path / "x.html")
    assert res.exit_code == 2
    assert res.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--between': a pair needs two party codes (e.g. --between "
        "RUS UKR); got RUS before --out")
    assert "Missing option" not in res.stderr


def test_analyze_url_says_it_is_not_fetched(fake, runner):
    url = "https://www.example.org/news/talks.html"
    res = _run(runner, "analyze", url)
    assert res.exit_code == 1
    assert res.stderr == (
        f"Error: analyze does not fetch URLs yet, and {url} is not a file here. Save the page "
        f"first and give the file (curl -sL '{url}' -o page.html, then detente analyze "
        f"page.html), or pipe it in: curl -sL '{url}' | detente analyze -\n")
    assert fake.calls == 0


@pytest.mark.parametrize("command", ["rounds", "events"])
def test_a_csv_given_as_db_is_named_not_a_detente_database(tmp_path, runner, command):
    db = tmp_path / "x.csv"
    db.write_text("id,event\n1,CONSULT\n", encoding="utf-8")
    res = _run(runner, command, "--db", db)
    assert res.exit_code == 1
    assert res.stderr == (f"Error: {db} is not a detente database (it is not a DuckDB file); "
                          "give --db the file `detente ingest` wrote (by default "
                          "detente.duckdb)\n")
    assert db.read_text(encoding="utf-8") == "id,event\n1,CONSULT\n"


def test_ingest_into_a_csv_leaves_it_alone(tmp_path, fake, runner):
    db = tmp_path / "x.csv"
    db.write_text("a,b\n1,2\n", encoding="utf-8")
    res = _run(runner, "ingest", *EXAMPLE_ARTICLES, "--db", db)
    assert res.exit_code == 1
    assert "is not a detente database (it is not a DuckDB file)" in res.stderr
    assert db.read_text(encoding="utf-8") == "a,b\n1,2\n"


# ---------------------------------------------------------------- language


def test_spanish_input_gets_a_warning_naming_the_language(fake, runner, tmp_path):
    src = tmp_path / "noticia.txt"
    src.write_text(SPANISH, encoding="utf-8")
    res = _run(runner, "analyze", src, "--format", "table")
    assert res.exit_code == 0
    assert res.stderr == (f"warning: {src}: the text looks Spanish, not English; detente reads "
                          "English only, so expect few or no events\n")


def test_ingest_warns_about_the_language_too(fake, runner, tmp_path):
    src = tmp_path / "noticia.txt"
    src.write_text(SPANISH, encoding="utf-8")
    res = _run(runner, "ingest", src, "--db", tmp_path / "d.duckdb")
    assert res.stderr.splitlines()[0] == (f"warning: {src}: the text looks Spanish, not "
                                          "English; detente reads English only, so expect few "
                                          "or no events")


def test_language_guess():
    assert language.guess(ENGLISH)[0] == "en"
    assert language.non_english(ENGLISH) is None
    assert language.non_english(SPANISH) == "Spanish"
    french = ("Les délégations russe et ukrainienne se sont rencontrées vendredi à Istanbul pour "
              "les premières discussions directes depuis trois ans, et les deux parties ont dit "
              "qu'elles avaient convenu d'un échange de prisonniers mais pas d'un cessez-le-feu.")
    assert language.non_english(french) == "French"
    assert language.guess("Talks in Istanbul") is None  # too short to tell
    assert language.guess("12 34 56 " * 30) is None  # no words at all


def test_example_articles_raise_no_language_warning(fake, runner):
    res = _run(runner, "analyze", ROOT / "examples" / "news" / "stories.jsonl")
    assert "warning" not in res.stderr


# ---------------------------------------------------------------- export


@pytest.mark.parametrize("name, fmt", [("e.csv", "csv"), ("e.parquet", "parquet"),
                                        ("e.jsonl", "plover")])
def test_export_infers_the_format_from_the_extension(existing_db, runner, tmp_path, name, fmt):
    out = tmp_path / name
    res = _run(runner, "export", out, "--db", existing_db)
    assert res.exit_code == 0, res.output
    if fmt == "csv":
        assert len(list(csv.reader(io.StringIO(out.read_text())))) == 1 + 8
    elif fmt == "parquet":
        assert pq.read_table(out).num_rows == 8
    else:
        assert len([json.loads(x) for x in out.read_text().splitlines()]) == 8


def test_export_without_a_known_extension_asks_for_one(existing_db, runner, tmp_path):
    out = tmp_path / "events.txt"
    res = _run(runner, "export", out, "--db", existing_db)
    assert res.exit_code == 1
    assert res.stderr == (f"Error: cannot tell the format of {str(out)!r} from its name; end it "
                          "in .csv, .parquet or .jsonl (PLOVER), or pass --format "
                          "csv|parquet|plover\n")
    assert not out.exists()


def test_export_takes_the_event_filters(existing_db, runner, tmp_path, small_kb):
    out = tmp_path / "f.csv"
    res = _run(runner, "export", out, "--db", existing_db, "--modality", "future",
               "--actor", "Russia")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 4 and {r["modality"] for r in rows} == {"future"}
    assert res.stderr == f"--actor Russia: read as RUS (Russia)\n4 events written to {out}\n"
    res = _run(runner, "export", out, "--db", existing_db, "--type", "AGREE")
    assert res.stderr == (f"0 events written to {out}: no events match --type AGREE; 8 events "
                          "are stored\n")
    res = _run(runner, "export", out, "--db", existing_db, "--type", "AGRE")
    assert res.exit_code == 1 and "Did you mean AGREE?" in res.stderr


def test_csv_numbers_are_rounded():
    ev = {"id": "e1", "event": "CONSULT", "modality": "asserted", "confidence": 0.1 * 3 + 0.65,
          "location": {"lat": 41.01384000000001, "lon": 28.949659999999998}}
    row = csv_row(ev)
    assert (row["confidence"], row["lat"], row["lon"]) == (0.95, 41.01384, 28.94966)
    buf = io.StringIO()
    csv.writer(buf).writerow([row["confidence"]])
    assert buf.getvalue() == "0.95\r\n"


# ---------------------------------------------------------------- progress


def test_ingest_progress_shows_the_total(fake, runner, tmp_path):
    res = _run(runner, "ingest", *EXAMPLE_ARTICLES, "--db", tmp_path / "p.duckdb", "--progress")
    assert res.exit_code == 0
    assert "0/4" in res.stderr  # the bar opens with its total (later redraws are throttled)
    quiet = _run(runner, "ingest", *EXAMPLE_ARTICLES, "--db", tmp_path / "q.duckdb")
    assert "/4" not in quiet.stderr  # not a terminal, no --progress: no bar


def test_analyze_progress_shows_the_total(fake, runner):
    res = _run(runner, "analyze", ROOT / "examples" / "news" / "stories.jsonl", "--progress")
    assert res.exit_code == 0
    assert "0/3" in res.stderr
    assert len(res.stdout.splitlines()) == 3
