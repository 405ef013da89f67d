"""The dossier and the ledger commands, on a hand-written analyses file (no model, no store)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.peace import dossier

HOSTILE = "<script>alert(1)</script>"


def _analysis(aid, published, title, url, rounds=(), positions=(), quotes=(), claims=()):
    return {"article": {"id": aid, "title": title, "url": url, "source": None,
                        "published": published},
            "events": [{"id": f"e-{aid}", "event": "CONSULT", "date": published,
                        "actor": [{"code": "ARM"}], "recipient": [{"code": "AZE"}],
                        "evidence": {"sentence": f"{HOSTILE} met", "start": 0, "end": 5}}],
            "quotes": list(quotes), "statements": [], "rounds": list(rounds),
            "positions": list(positions), "claims": list(claims)}


def _round(aid, status, date, evidence):
    return {"process": ["ARM", "AZE"], "date": date, "date_precision": "day", "status": status,
            "format": "direct", "level": None, "venue": {"name": "Tbilisi", "country": "GEO"},
            "host": "GEO", "mediators": [], "participants": [], "outcome": [], "window": None,
            "announced_by": None, "announced_on": None, "duration_hours": None, "prisoners": None,
            "sources": [{"article_id": aid, "evidence": evidence, "start": 0, "end": 10}]}


@pytest.fixture
def analyses_file(tmp_path):
    rows = [
        _analysis("a1", "2026-01-05", f"Talks set {HOSTILE}", "javascript:alert(1)",
                  rounds=[_round("a1", "scheduled", "2026-01-19", f"They will meet. {HOSTILE}")],
                  positions=[{"holder": "AZE", "holder_name": "Azerbaijan", "issue": "foreign_troops",
                              "stance": "demand", "concerns": "ARM", "condition_for": "talks",
                              "includes": [], "first_seen": "2026-01-05", "last_seen": "2026-01-05",
                              "change": "new", "statements": [],
                              "evidence": [{"article_id": "a1", "sentence": f"Baku demands {HOSTILE}"}]}],
                  quotes=[{"speaker": {"name": "A. Spokesman", "code": "AZE"},
                           "text": f"Armenia must withdraw {HOSTILE}",
                           "date": "2026-01-05", "evidence": {}}]),
        _analysis("a2", "2026-01-20", "Talks held", "https://example.org/a2?x=1&y=2",
                  rounds=[_round("a2", "held", "2026-01-19", "They met."),
                          _round("a2", "held", "2025-12-01", "Earlier meeting.")]),
    ]
    path = tmp_path / "analyses.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_html_dossier_has_every_part_a_row_per_round_and_only_escaped_text(analyses_file, tmp_path):
    out = tmp_path / "d.html"
    result = CliRunner().invoke(main, ["dossier", "--analyses", str(analyses_file),
                                       "--between", "ARM", "AZE", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == (f"Wrote {out}: 2 rounds, 1 positions, 2 events, 1 quotes from 2 "
                             "articles.\n")
    page = out.read_text()
    for section in dossier.SECTIONS:
        assert f'<section id="{section}">' in page
    # the dossier is the dashboard's dyad page printed: its rounds timeline and chart
    assert page.count('<li class="round status-') == 2
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:" not in page  # the hostile URL is not a link (and not printed)
    assert '<a href="https://example.org/a2?x=1&amp;y=2"' in page
    assert '<svg class="timeline-chart"' in page and "<title>CONSULT, 2026-01: 2 events" in page
    # one file: its styles inline, nothing fetched, evidence pointing into its own sources
    assert "<style>" in page and "<link" not in page and 'src="' not in page
    assert "http://" not in page
    assert '<a class="position-change change-new" href="#a-a1"' in page


def test_markdown_dossier_escapes_too(analyses_file, tmp_path):
    out = tmp_path / "d.md"
    result = CliRunner().invoke(main, ["dossier", "--analyses", str(analyses_file),
                                       "--between", "ARM", "AZE", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "<script" not in text and "&lt;script&gt;" in text
    assert "## Negotiation rounds" in text and "## Flagged claims" in text
    assert "](<https://example.org/a2?x=1&y=2>)" in text


def test_dossier_refuses_other_extensions(analyses_file, tmp_path):
    result = CliRunner().invoke(main, ["dossier", "--analyses", str(analyses_file),
                                       "--between", "ARM", "AZE", "--out", str(tmp_path / "d.pdf")])
    assert result.exit_code == 1
    assert result.output == f"Error: --out {tmp_path / 'd.pdf'}: use a .html or .md file name\n"


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/x", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),   # script URL
    ("JaVaScRiPt:alert(1)", False),   # case games
    ("data:text/html,hi", False),     # data URL
    ("//example.org", False),         # scheme-relative
    ('https://e.org/"onmouseover=x', False),  # quote breaking out of the attribute
])
def test_safe_url(url, ok):
    assert (dossier.safe_url(url) is not None) is ok


def test_rounds_command_table_and_filter(analyses_file):
    result = CliRunner().invoke(main, ["rounds", "--analyses", str(analyses_file)])
    lines = result.output.splitlines()
    assert lines[0].split() == ["date", "status", "process", "venue", "format", "level",
                                "mediators", "outcome", "sources"]
    assert [line.split()[:2] for line in lines[1:]] == [["2025-12-01", "held"], ["2026-01-19", "held"]]
    result = CliRunner().invoke(main, ["rounds", "--analyses", str(analyses_file),
                                       "--between", "ARM", "TUR", "--format", "json"])
    assert result.stdout == ""  # JSON stays parseable; the note goes to stderr
    assert result.stderr == "No rounds between ARM and TUR; 2 rounds are in the ledger.\n"


def test_positions_command_csv(analyses_file):
    result = CliRunner().invoke(main, ["positions", "--analyses", str(analyses_file),
                                       "--holder", "aze", "--format", "csv"])
    assert result.output.splitlines() == [
        "holder,issue,stance,change,concerns,condition_for,first_seen,last_seen",
        "AZE,foreign_troops,demand,new,ARM,talks,2026-01-05,2026-01-05"]


def test_missing_database_message(tmp_path):
    db = tmp_path / "none.duckdb"
    result = CliRunner().invoke(main, ["rounds", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output == (f"Error: no database at {db}; ingest articles first "
                             f"(detente ingest FILE --db {db}) or pass --analyses FILE.jsonl\n")


def test_every_ledger_command_has_help():
    for name in ("rounds", "positions", "dossier"):
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and re.search(r"Usage: main " + name, result.output)


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),  # spreadsheet formula
    ("@SUM(A1)", "'@SUM(A1)"),                    # another formula prefix
    ("Kyiv", "Kyiv"),                             # ordinary text untouched
])
def test_csv_cells_cannot_be_formulas(value, cell):
    from detente.cli.ledger import _csv_cell

    assert _csv_cell(value) == cell


def test_table_cells_drop_terminal_escapes():
    from detente.cli.ledger import _cell

    assert _cell("a\x1b[31mred\x1b[0m\nb") == "a red b"


def test_markdown_timeline_with_two_events_of_one_day_and_kind():
    # Two CONSULTs on one date used to make sorted() compare their dicts (TypeError).
    events = [{"event": "CONSULT", "date": "2026-01-05", "actor": [{"code": "ARM"}],
               "recipient": [{"code": "AZE"}], "evidence": {"sentence": s}}
              for s in ("They met.", "They met again.")]
    led = {"rounds": [{"date": "2026-01-05", "status": "held", "sources": []}], "positions": [],
           "articles": {}}
    text = dossier.render(led, ["ARM", "AZE"], events, (), fmt="md")
    timeline = text.split("## Timeline\n\n")[1].split("\n\n")[0].splitlines()
    assert timeline == ["- 2026-01-05 CONSULT", "- 2026-01-05 CONSULT", "- 2026-01-05 ROUND"]


@pytest.mark.model
def test_markdown_and_html_dossiers_from_a_store_of_real_stories(analyzer, tmp_path):
    """A store built from real VOA stories, then `dossier --out x.md` (it used to crash)."""
    from pathlib import Path

    from detente.runner import ingest
    from detente.store import Store

    voa = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
    if not voa.exists():
        pytest.skip("the shared VOA corpus is not here")
    src = tmp_path / "voa.jsonl"
    src.write_text("".join(voa.read_text(encoding="utf-8").splitlines(True)[:12]),
                   encoding="utf-8")
    db = tmp_path / "voa.duckdb"
    assert ingest(str(db), [str(src)]).new == 12
    with Store(db, read_only=True) as store:
        events = store.events()
    # The pair of parties with the most dated events they both take part in (what the dossier
    # keeps); entries sharing a day and a kind, which used to crash the sort, are tested on a
    # hand-made timeline above.
    def shared(pair):
        return sum(1 for ev in events if ev["date"] and pair <= {
            a["code"] for a in ev["actor"] + ev["recipient"]})

    codes = sorted({a["code"] for ev in events for a in ev["actor"] + ev["recipient"]
                    if a["code"]})
    first, second = max(((x, y) for x in codes for y in codes if x < y),
                        key=lambda p: shared(set(p)))
    assert shared({first, second}) > 0
    for name in ("d.md", "d.html"):
        out = tmp_path / name
        res = CliRunner().invoke(main, ["dossier", "--db", str(db), "--between", first, second,
                                        "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert res.output.startswith(f"Wrote {out}: ")
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert text.startswith(f"# Peace process dossier: {first} – {second}\n")
    timeline = text.split("## Timeline\n\n")[1].split("\n\n")[0].splitlines()
    assert timeline and timeline != ["(no dated events)"]
    assert timeline == sorted(timeline)
