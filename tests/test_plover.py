"""Strict PLOVER output: the schema, the manual's codes, dates, extensions, and every record
detente writes validating against the shipped schema.

Validation runs through ``schema_check`` (a checker for exactly the keywords the schema uses);
when the ``jsonschema`` package is installed the same records go through it as well.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pycountry
import pytest
import yaml

from detente import knowledge
from detente.plover import entity, event_loc, full_date, plover_record, schema, write_plover
from schema_check import UnknownKeyword, errors

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "detente" / "data"
VOA = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"

UN = {"text": "the U.N.", "name": "United Nations", "code": "IGO", "sector": None, "role": None,
      "wikidata": "Q1065", "org": "UN"}
GUTERRES = {"text": "Secretary-General Antonio Guterres", "name": "Antonio Guterres",
            "code": "IGO", "sector": "GOV", "role": "UN Secretary-General",
            "wikidata": "Q311440", "org": "UN"}
EU = {"text": "the European Union", "name": "European Union", "code": "IGO", "sector": None,
      "role": None, "wikidata": "Q458", "org": "EU"}
WEST = {"text": "Western allies", "name": None, "code": "WST", "sector": None, "role": None,
        "wikidata": None, "org": None}
RUS = {"text": "Moscow", "name": "Russia", "code": "RUS", "sector": "GOV", "role": None,
       "wikidata": None, "org": None}
UKR = {"text": "Kyiv", "name": "Ukraine", "code": "UKR", "sector": "GOV", "role": None,
       "wikidata": None, "org": None}
ISTANBUL = {"text": "Istanbul", "name": "Istanbul", "country": "TUR", "lat": 41.01,
            "lon": 28.95, "geonameid": 745044}


def event(**kw) -> dict:
    """A hand-made event dict in the store's shape (the contract's event + article fields)."""
    base = {"id": "e1", "event": "CONSULT", "mode": None, "context": ["diplomatic"],
            "modality": "asserted", "hedged": False, "actor": [RUS], "recipient": [UKR],
            "date": "2025-05-16", "date_precision": "day", "date_text": "on Friday",
            "date_basis": "text", "location": ISTANBUL,
            "evidence": {"sentence": "Moscow and Kyiv held talks.", "start": 10, "end": 37,
                         "trigger": "held talks"},
            "also_evidence": [], "confidence": 0.9, "article_id": "8011115",
            "title": "Talks", "url": "https://example.org/a", "source": "example.org",
            "published": "2025-05-17"}
    return {**base, **kw}


def assert_valid(record: dict) -> None:
    found = errors(record, schema())
    assert found == [], found


# ---------------------------------------------------------------- the schema


def test_schema_is_draft_2020_12_and_uses_only_checked_keywords():
    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["required"] == ["id", "date", "actor", "event"]
    assert set(s["$defs"]["entity"]["required"]) == {
        "code", "sector", "entity_text", "identifier_id", "identifier_text", "office"}
    errors({}, s)  # raises UnknownKeyword if the schema grew a keyword the checker skips


def test_checker_refuses_a_keyword_it_cannot_check():
    with pytest.raises(UnknownKeyword):
        errors({}, {"type": "object", "oneOf": [{"type": "object"}]})


def test_schema_lists_agree_with_the_data_files():
    # the schema is a generated file: its code lists must not drift from plover.yaml / ontology
    s, tables = schema(), knowledge.load("plover.yaml")
    props, defs = s["properties"], s["$defs"]
    assert props["event"]["items"]["enum"] == list(knowledge.load("ontology.yaml")["categories"])
    modes = {m for ms in tables["modes"].values() for m in ms}
    assert set(props["mode"]["items"]["anyOf"][0]["enum"]) == modes
    assert props["context"]["items"]["anyOf"][0]["enum"] == tables["contexts"]
    assert defs["entity"]["properties"]["code"]["anyOf"][1]["enum"] == tables["non_state_codes"]
    iso = {c.alpha_3 for c in pycountry.countries} | set(tables["extra_country_codes"])
    assert set(defs["country_alpha3"]["enum"]) == iso


def test_every_category_has_a_mode_table_and_a_quad_code():
    tables = knowledge.load("plover.yaml")
    assert set(tables["modes"]) == set(knowledge.load("ontology.yaml")["categories"])
    assert {plover_record(event(event=c))["quad_code"] for c in tables["modes"]} == {1, 2, 3, 4}


@pytest.mark.parametrize("change, problem", [
    # the manual's required fields
    (lambda r: r.pop("id"), "missing required 'id'"),
    (lambda r: r.pop("actor"), "missing required 'actor'"),
    # YYYY-MM-DD only: a bare month is not a PLOVER date, nor is 31 February
    (lambda r: r.update(date="2025-05"), "does not match"),
    (lambda r: r.update(date="2025-02-31"), "is not a calendar date"),
    # lists, not strings
    (lambda r: r.update(event="CONSULT"), "is not of type array"),
    (lambda r: r.update(actor="Russia"), "is not of type array"),
    # codes from the manual's tables; a mode it lacks needs the x- prefix
    (lambda r: r["actor"][0].update(code="UNO"), "matches none of the allowed forms"),
    (lambda r: r["actor"][0].update(sector="ELI"), "matches none of the allowed forms"),
    (lambda r: r.update(mode=["host"]), "matches none of the allowed forms"),
    (lambda r: r.update(context=["territory"]), "matches none of the allowed forms"),
    # the old flat fields are gone, and a typo is caught
    (lambda r: r.update(actor_country="RUS"), "unexpected key 'actor_country'"),
    (lambda r: r["event_loc"].update(latitude=200.0), "matches none of the allowed forms"),
])
def test_schema_rejects_what_the_manual_does_not_allow(change, problem):
    record = plover_record(event(mode="visit"))
    assert_valid(record)
    change(record)
    assert any(problem in e for e in errors(record, schema()))


def test_jsonschema_agrees_when_installed():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema())
    validator.check_schema(schema())
    validator.validate(plover_record(event()))
    bad = plover_record(event())
    bad["date"] = "2025-05"
    assert not validator.is_valid(bad)


# ---------------------------------------------------------------- codes


def test_the_un_is_igo_with_its_identifier_and_cameo_code():
    assert entity(UN) == {
        "code": "IGO", "sector": None, "entity_text": "the U.N.", "identifier_id": "Q1065",
        "identifier_text": "United Nations", "office": None, "cameo_code": "UNO",
        "org": {"name": "UN", "identifier_id": "Q1065", "identifier_text": "United Nations",
                "part_of": None}}


def test_an_official_keeps_his_own_identifier_and_names_his_organisation():
    e = entity(GUTERRES)
    assert (e["code"], e["identifier_id"], e["office"]) == ("IGO", "Q311440",
                                                            "UN Secretary-General")
    assert e["org"]["identifier_id"] == "Q1065"


def test_the_eu_is_told_apart_from_the_un_by_identifier():
    e = entity(EU)
    assert (e["code"], e["identifier_id"], e["cameo_code"]) == ("IGO", "Q458", None)


def test_an_organisation_without_wikidata_in_the_kb_takes_the_mapped_identifier():
    nato_body = {"text": "NATO", "name": None, "code": "IGO", "sector": "MIL", "org": "NATO"}
    assert entity(nato_body)["identifier_id"] == "Q7184"


def test_an_organisation_named_by_its_short_name_only_takes_the_mapped_name():
    e = entity({"text": "ECOWAS", "name": None, "code": "IGO", "org": "ECOWAS"})
    assert e["identifier_text"] == "Economic Community of West African States"


@pytest.mark.parametrize("actor, expected", [
    # a user's knowledge base row with a URL for an id, or a lower-case code: nothing invalid
    # reaches the record
    ({**RUS, "wikidata": "https://www.wikidata.org/wiki/Q159"}, (None, "RUS", None)),
    ({**RUS, "code": "rus"}, (None, None, None)),
    ({**RUS, "wikidata": "Q159"}, ("Q159", "RUS", None)),
])
def test_malformed_knowledge_base_values_do_not_break_the_record(actor, expected):
    e = entity(actor)
    assert (e["identifier_id"], e["code"], e["cameo_code"]) == expected
    assert_valid(plover_record(event(actor=[actor])))


def test_a_cameo_region_is_no_actor_code_in_plover():
    e = entity(WEST)
    assert (e["code"], e["cameo_code"]) == (None, "WST")


@pytest.mark.parametrize("sector, expected", [
    ("GOV", "GOV"),
    ("ELI", "CVL"),        # the manual folded elites into civilians
    ("RELCHR", "RELCHR"),  # a secondary code is left as given
    ("XYZ", None),         # not a sector of the manual: no code rather than a wrong one
    (None, None),
])
def test_sectors_follow_the_manual(sector, expected):
    assert entity({**RUS, "sector": sector})["sector"] == expected


def test_every_organisation_of_the_knowledge_base_is_mapped():
    orgs = knowledge.load("plover.yaml")["organizations"]
    kb = yaml.safe_load((DATA / "actors" / "organizations.yaml").read_text(encoding="utf-8"))
    short = {e["org"] for e in kb["organizations"] if e.get("org")}
    with (DATA / "actors" / "officials.csv").open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        short |= {r["org"] for r in rows if r.get("org")}
    assert sorted(short - set(orgs)) == []
    non_state = set(knowledge.load("plover.yaml")["non_state_codes"])
    assert {v["code"] for v in orgs.values()} <= non_state


@pytest.mark.parametrize("category, mode, expected", [
    ("CONSULT", "visit", ["visit"]),
    ("CONSULT", "host", ["x-host"]),          # detente's host/visit split; the manual: visit
    ("THREATEN", "curfew", ["x-curfew"]),     # a COERCE mode used for a threat
    ("COERCE", "curfew", ["curfew"]),
    ("AID", "military", ["military"]),
    ("CONSULT", None, []),
])
def test_modes_outside_the_manuals_table_are_prefixed(category, mode, expected):
    rec = plover_record(event(event=category, mode=mode))
    assert rec["mode"] == expected
    assert_valid(rec)


def test_contexts_outside_the_manuals_table_are_prefixed():
    rec = plover_record(event(context=["territory", "military"]))
    assert rec["context"] == ["x-territory", "military"]


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("given, expected", [
    ({"date": "2025-05-16", "date_precision": "day"}, ("2025-05-16", "day", "text")),
    ({"date": "2025-05", "date_precision": "month"}, ("2025-05-01", "month", "text")),
    ({"date": "2024", "date_precision": "year"}, ("2024-01-01", "year", "text")),
    # the text gives no date: the report date stands in, and says so
    ({"date": None, "date_precision": None, "date_basis": None},
     ("2025-05-17", "day", "publication")),
    # the value is a month whatever the precision field claims
    ({"date": "2025-06", "date_precision": "day"}, ("2025-06-01", "month", "text")),
    # a day's value kept at the coarser precision it was stated with
    ({"date": "2025-06-01", "date_precision": "month"}, ("2025-06-01", "month", "text")),
    # a publication basis stays one
    ({"date": "2025-05-17", "date_precision": "day", "date_basis": "publication"},
     ("2025-05-17", "day", "publication")),
])
def test_dates_are_full_days_with_their_precision_and_basis(given, expected):
    ev = event(**given)
    assert full_date(ev) == expected
    rec = plover_record(ev)
    assert (rec["date"], rec["date_precision"], rec["date_basis"]) == expected
    assert_valid(rec)


def test_an_event_nothing_dates_is_left_out():
    assert plover_record(event(date=None, published=None)) is None


# ---------------------------------------------------------------- which events, which fields


@pytest.mark.parametrize("category, modality, expected", [
    ("CONSULT", "asserted", "CONSULT"),
    ("CONSULT", "future", "AGREE"),   # an announced meeting is an agreement to meet
    ("AID", "future", "AGREE"),
    ("THREATEN", "future", None),     # not a cooperative intention: left out
    ("ASSAULT", "negated", None),
    ("AID", "hypothetical", None),
    ("ASSAULT", "historical", None),
])
def test_only_asserted_events_and_cooperative_intentions_go_out(category, modality, expected):
    rec = plover_record(event(event=category, modality=modality, mode="visit"))
    assert (rec and rec["event"]) == ([expected] if expected else None)
    if rec:
        assert (rec["detente_event"], rec["modality"]) == (category, modality)
        assert rec["mode"] == ([] if expected == "AGREE" else ["visit"])


def test_an_event_without_actor_is_left_out():
    assert plover_record(event(event="ASSAULT", actor=[])) is None


def test_record_carries_location_text_and_citation():
    rec = plover_record(event(location={**ISTANBUL, "resolution": "city"},
                              also_evidence=[{"sentence": "s", "start": 0, "end": 1}]))
    assert rec["event_loc"] == {
        "extracted_text": "Istanbul", "name": "Istanbul", "geonameid": 745044,
        "latitude": 41.01, "longitude": 28.95, "feature_class": "P", "feature_code": "PPL",
        "country_code": "TR", "cc3": "TUR", "resolution": "city", "coordinates": None}
    assert (rec["event_text"], rec["text_info"]) == (["held talks"], {"start": 10, "end": 37})
    cite = rec["cite_info"]
    assert (cite["citation"], cite["publication"], cite["language"]) == (
        "8011115", "example.org", "en")
    assert cite["codebook"].startswith("plover-0.8+detente-ontology-")
    assert rec["mentions"] == 2
    assert_valid(rec)


def test_a_country_place_is_an_administrative_feature():
    loc = event_loc({"text": "in Syria", "name": "Syria", "country": "SYR", "lat": None,
                     "lon": None, "geonameid": 163843, "resolution": "country"})
    assert (loc["feature_class"], loc["feature_code"], loc["country_code"]) == ("A", "PCLI", "SY")


def test_write_plover_writes_one_valid_line_per_kept_event():
    out = io.StringIO()
    evs = [event(), event(id="e2", modality="negated"), event(id="e3", actor=[UN, WEST],
                                                               recipient=[EU, GUTERRES])]
    assert write_plover(evs, out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["e1", "e3"]
    for line in lines:
        assert_valid(json.loads(line))


def test_write_plover_escapes_a_lone_surrogate_instead_of_failing():
    out = io.StringIO()
    assert write_plover([event(title="bad \udc80 title")], out) == 1
    assert "\\udc80" in out.getvalue()


# ---------------------------------------------------------------- the real pipeline


def _plover_of(analyzer, path: Path) -> list[dict]:
    """What ``detente analyze PATH --format plover`` prints, as parsed records."""
    from detente.export import event_dicts
    from detente.ingest import read_inputs
    from detente.records import Article

    arts = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    out = io.StringIO()
    for analysis in analyzer.analyze(arts):
        write_plover(event_dicts(analysis), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.model
def test_plover_records_of_the_example_news_validate(analyzer):
    records = _plover_of(analyzer, ROOT / "examples" / "news" / "stories.jsonl")
    assert len(records) >= 3
    for rec in records:
        assert_valid(rec)


@pytest.mark.model
@pytest.mark.skipif(not VOA.is_file(), reason="the shared VOA corpus is not checked out here")
def test_plover_records_of_voa_stories_validate(analyzer, tmp_path):
    sample = tmp_path / "voa.jsonl"
    with VOA.open(encoding="utf-8") as fh:
        sample.write_text("".join(line for _, line in zip(range(8), fh)), encoding="utf-8")
    records = _plover_of(analyzer, sample)
    assert len(records) >= 10
    for rec in records:
        assert_valid(rec)
        assert rec["cite_info"]["publication"]  # the story's source reaches the citation


@pytest.mark.model
def test_plover_records_of_the_repository_voa_stories_validate_and_are_dated(analyzer, tmp_path):
    # the 38 whole VOA stories kept in quality/gold (public domain), so this runs in any clone
    sample = tmp_path / "voa_gold.jsonl"
    rows = []
    for folder in ("voa", "voa-check"):
        for path in sorted((ROOT / "quality" / "gold" / folder).glob("*.json")):
            g = json.loads(path.read_text(encoding="utf-8"))
            rows.append(json.dumps({"id": g["id"], "title": g["title"], "url": g["url"],
                                    "published": g["published"], "text": g["text"],
                                    "source": "VOA"}))
    sample.write_text("\n".join(rows) + "\n", encoding="utf-8")
    records = _plover_of(analyzer, sample)
    assert len({r["id"] for r in records}) == len(records) >= 150
    for rec in records:
        assert_valid(rec)
        assert rec["date"] and len(rec["date"]) == 10  # YYYY-MM-DD, never null
