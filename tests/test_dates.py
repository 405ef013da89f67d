"""Time stage: date expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Span

from detente.context import ArticleContext
from detente import dates
from detente.dates import date_for, parse_expression, resolve_dates
from detente.records import Article, DateRef

THU = dt.date(2025, 5, 29)  # a Thursday


def parse(text, published=THU, future=False):
    ref = parse_expression(text, 0, len(text), published, future)
    return ref.kind, ref.value, ref.precision


@pytest.mark.parametrize("text, expected", [
    # a Thursday story's "on Thursday" is the publication day itself
    ("on Thursday", ("point", "2025-05-29", "day")),
    ("on Wednesday", ("point", "2025-05-28", "day")),
    # Friday has not come yet this week: the previous one
    ("on Friday", ("point", "2025-05-23", "day")),
    ("last Thursday", ("point", "2025-05-22", "day")),
    ("Tuesday night", ("point", "2025-05-27", "day")),
    ("May 16", ("point", "2025-05-16", "day")),
    # a day later in the year than publication is last year's
    ("June 2", ("point", "2024-06-02", "day")),
    ("since March 2022", ("interval_start", "2022-03", "month")),
    ("in March 2022", ("point", "2022-03", "month")),
    ("until June", ("interval_end", "2024-06", "month")),
    ("by the end of 2026", ("interval_end", "2026", "year")),
    ("last month", ("point", "2025-04", "month")),
    ("last year", ("point", "2024", "year")),
    ("yesterday", ("point", "2025-05-28", "day")),
    ("today", ("point", "2025-05-29", "day")),
    # a week is not a day: the finest precision that holds for the whole week
    ("this week", ("point", "2025-05", "month")),
    ("last week", ("point", "2025-05", "month")),
    ("earlier this year", ("point", "2025", "year")),
    ("in 2014", ("point", "2014", "year")),
    ("February 2022", ("point", "2022-02", "month")),
    ("Feb. 24, 2022", ("point", "2022-02-24", "day")),
    ("24 February 2022", ("point", "2022-02-24", "day")),
    ("the 24th of February, 2022", ("point", "2022-02-24", "day")),
    ("Thursday, Feb. 24, 2022", ("point", "2022-02-24", "day")),
    ("mid-March", ("point", "2025-03", "month")),
    ("early 2023", ("point", "2023", "year")),
    ("three years ago", ("point", "2022", "year")),
    ("five days ago", ("point", "2025-05-24", "day")),
    ("2022-02-24", ("point", "2022-02-24", "day")),
    ("summer 2023", ("point", "2023", "year")),
    ("last August", ("point", "2024-08", "month")),
    ("last March", ("point", "2025-03", "month")),
    ("July last year", ("point", "2024-07", "month")),
    ("January of this year", ("point", "2025-01", "month")),
    ("earlier in April", ("point", "2025-04", "month")),
    ("the 2024 election", ("point", "2024", "year")),
    ("the 1990s", ("unresolved", None, None)),
    ("in recent years", ("unresolved", None, None)),
    ("the next day", ("unresolved", None, None)),
    ("a few years ago", ("unresolved", None, None)),
])
def test_expressions_resolve_against_publication(text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize("text, days, bound", [
    ("over two years", 730.5, "over"),
    ("for three months", 3 * 30.44, "exact"),
    ("two decades", 7305.0, "exact"),
    ("nearly a year", 365.25, "under"),
    ("about 18 months", 18 * 30.44, "about"),
    ("more than a decade", 3652.5, "over"),
    ("the past two weeks", 14.0, "exact"),
    ("for years", None, "exact"),
    ("three-year", 3 * 365.25, "exact"),
])
def test_durations_are_lengths_not_dates(text, days, bound):
    ref = parse_expression(text, 0, len(text), THU)
    assert (ref.kind, ref.value, ref.precision, ref.bound) == ("duration", None, None, bound)
    assert ref.duration_days == pytest.approx(days) if days else ref.duration_days is None


def test_year_rolls_back_for_a_late_december_day_in_a_january_story():
    assert parse("December 28", dt.date(2026, 1, 3)) == ("point", "2025-12-28", "day")
    assert parse("on Monday", dt.date(2026, 1, 1)) == ("point", "2025-12-29", "day")


def test_weeks_and_weekends_around_publication():
    # a Sunday story's weekend is the one under way (June 14-15)
    assert parse("over the weekend", dt.date(2025, 6, 15)) == ("point", "2025-06", "month")
    # a Monday story's is the one just gone; May 31 - June 1 spans two months: year only
    assert parse("over the weekend", dt.date(2025, 6, 2)) == ("point", "2025", "year")
    assert parse("this Friday") == ("point", "2025-05-30", "day")
    assert parse("this Monday") == ("point", "2025-05-26", "day")


def test_leap_day_goes_to_the_last_leap_year_and_impossible_days_stay_unresolved():
    assert parse("February 29") == ("point", "2024-02-29", "day")
    assert parse("February 29, 2024") == ("point", "2024-02-29", "day")
    assert parse("February 29, 2023") == ("unresolved", None, None)
    assert parse("February 30") == ("unresolved", None, None)
    assert parse("April 31, 2022") == ("unresolved", None, None)


def test_deadlines_of_unknown_tense_take_the_nearest_date():
    # "by/until" with no tense to go on: a deadline is as likely ahead as behind
    assert parse("until June", future=None) == ("interval_end", "2025-06", "month")
    assert parse("by June 2", future=None) == ("interval_end", "2025-06-02", "day")
    # but "since" stays in the past, and a known past tense wins
    assert parse("since June", future=None) == ("interval_start", "2024-06", "month")
    assert parse("until June", future=False) == ("interval_end", "2024-06", "month")


def test_future_tense_looks_forward():
    assert parse("on Friday", future=True) == ("point", "2025-05-30", "day")
    assert parse("June 2", future=True) == ("point", "2025-06-02", "day")
    assert parse("next Thursday") == ("point", "2025-06-05", "day")
    assert parse("next month") == ("point", "2025-06", "month")


@pytest.mark.parametrize("text", ["on Wednesday", "May 16", "last month", "yesterday",
                                  "this week", "since March", "three years ago"])
def test_relative_dates_without_publication_are_unresolved(text):
    assert parse(text, published=None) == ("unresolved", None, None)


def test_explicit_dates_resolve_without_publication():
    assert parse("since March 2022", None) == ("interval_start", "2022-03", "month")
    assert parse("Feb. 24, 2022", None) == ("point", "2022-02-24", "day")
    assert parse("over two years", None)[0] == "duration"


def _doc(text, ents=()):
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, s, e, label="DATE") for s, e in ents]
    return doc


def test_ner_span_takes_the_preposition_in_front():
    # "two years" is the NER span; the "over" before it makes it a lower-bounded duration
    doc = _doc("The war has lasted over two years.", ents=[(5, 7)])
    (ref,) = resolve_dates(doc, THU)
    assert (ref.text, ref.start, ref.kind, ref.bound) == ("over two years", 19, "duration", "over")


def test_patterns_catch_what_ner_misses_in_text_order():
    doc = _doc("Speaking on Wednesday, he said talks held last month and since March 2022 failed.")
    refs = resolve_dates(doc, THU)
    assert [(r.text, r.kind, r.value) for r in refs] == [
        ("on Wednesday", "point", "2025-05-28"),
        ("last month", "point", "2025-04"),
        ("since March 2022", "interval_start", "2022-03"),
    ]
    assert all(doc.text[r.start:r.end] == r.text for r in refs)


@pytest.mark.parametrize("text, bounds", [
    ("They ruled from 2001 to 2018.", [("from 2001", "2001"), ("2018", "2018")]),
    ("In 2010-2011 the war spread.", [("In 2010", "2010"), ("2011", "2011")]),
    ("between March 2022 and May 2023", [("between March 2022", "2022-03"), ("May 2023", "2023-05")]),
])
def test_ranges_give_a_start_and_an_end(text, bounds):
    refs = resolve_dates(_doc(text), THU)
    assert [(r.text, r.value) for r in refs] == bounds
    assert [r.kind for r in refs] == ["interval_start", "interval_end"]


def test_ages_and_modal_may_are_not_dates():
    doc = _doc("A 12-year-old said he may go.")
    assert resolve_dates(doc, THU) == []


def test_future_sentence_detected_from_the_text():
    doc = _doc("They met on Monday. The envoys will meet again on Friday.")
    assert [r.value for r in resolve_dates(doc, THU)] == ["2025-05-26", "2025-05-30"]


@pytest.mark.model
def test_tense_comes_from_the_verb_that_owns_the_date(nlp_sm):
    doc = nlp_sm("The truce lasted until June. The sanctions remain in force until June.")
    assert [r.value for r in resolve_dates(doc, THU)] == ["2024-06", "2025-06"]


def _ctx(doc, published=THU):
    article = Article.make(doc.text, published=published)
    return ArticleContext(article, doc, None,
                          resolve_dates(doc, published), [])


@pytest.mark.model
def test_date_for_takes_the_date_of_the_trigger_not_of_the_sentence(nlp_sm):
    doc = nlp_sm("The minister said on Monday that the talks would be held on June 3.")
    ctx = _ctx(doc)
    said = next(t for t in doc if t.text == "said")
    held = next(t for t in doc if t.text == "held")
    assert date_for(ctx, said).value == "2025-05-26"
    assert date_for(ctx, held).value == "2025-06-03"


@pytest.mark.model
def test_date_for_participle_and_noun_triggers(nlp_sm):
    doc = nlp_sm("Speaking on Tuesday, the envoy said negotiations held on May 16 had failed.")
    ctx = _ctx(doc)
    said = next(t for t in doc if t.text == "said")
    talks = next(t for t in doc if t.text == "negotiations")
    failed = next(t for t in doc if t.text == "failed")
    assert date_for(ctx, said).text == "on Tuesday"
    assert date_for(ctx, talks).value == "2025-05-16"
    assert date_for(ctx, failed) is None


@pytest.mark.model
@pytest.mark.parametrize("sentence, value", [
    # a participle on the noun has no tense: "will hold" decides, so March 10 lies ahead
    ("Chad and Niger will hold talks mediated by Mali on March 10, the ministry announced.",
     "2026-03-10"),
    # an infinitive after a forward-looking verb points ahead of the publication
    ("The two sides agreed to free the prisoners and to meet again in April.", "2026-04"),
    # ...but not after any verb: refusing happened before the story
    ("He refused to comment on Friday.", "2026-02-27"),
])
def test_future_through_participles_and_infinitives(nlp_sm, sentence, value):
    refs = resolve_dates(nlp_sm(sentence), dt.date(2026, 3, 2))
    assert [r.value for r in refs if r.kind == "point"][0] == value


# --- the vocabulary lives once, in data/lexicon/time.yaml -----------------------------------
def test_every_reader_of_number_month_and_unit_words_shares_time_yaml():
    from detente import dates, knowledge
    from detente.peace import rounds

    numbers = knowledge.table("lexicon/time.yaml", "number_words")
    assert dates.NUMBER_WORDS == rounds._WORDNUM == numbers
    assert numbers["twelve"] == 12 and numbers["half a"] == 0.5
    # the time stage counts fractional days
    assert dates.UNIT_DAYS == {
        "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30.44,
        "year": 365.25, "decade": 3652.5, "century": 36525}
    assert type(dates.UNIT_DAYS["week"]) is float
    assert dates.MONTHS["sept"] == 9
    assert list(dates.WEEKDAYS) == ["monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday"]


@pytest.mark.parametrize("surface, days", [
    ("over two years", 365.25), ("for more than three months", 30.44), ("nearly a decade", 3652.5),
    ("two centuries", 36525.0), ("for five hours", 1 / 24),
])
def test_unit_days_is_the_unit_a_duration_is_counted_in(surface, days):
    ref = parse_expression(surface, 0, len(surface), dt.date(2025, 5, 29))
    assert ref.kind == "duration"
    assert dates.unit_days(ref) == days


def test_unit_days_of_a_point_is_none():
    assert dates.unit_days(parse_expression("May 16", 0, 6, dt.date(2025, 5, 29))) is None


@pytest.mark.parametrize("surface, value, found", [
    ("on Friday, May 16, 2025", "2025-05-16", None),  # May 16, 2025 was a Friday
    ("on Tuesday, May 16, 2025", "2025-05-16", (3, "Tuesday", "Friday")),
    ("Tuesday, 16 May", "2025-05-16", (0, "Tuesday", "Friday")),
    ("on Tuesday", "2025-05-27", None),  # a bare weekday is resolved from itself
    ("tuesday, may 16, 2025", "2025-05-16", None),  # names are capitalised in the lexicon
])
def test_weekday_mismatch_compares_a_weekday_with_its_calendar_day(surface, value, found):
    ref = DateRef(surface, 0, len(surface), "point", value, "day")
    assert dates.weekday_mismatch(ref) == found


def test_no_fragment_placeholder_survives_in_the_compiled_patterns():
    from detente import dates

    for pattern in [*dates._DISCOVER, *dates._TEMPLATES.values()]:
        for name in ("<MONTH>", "<WEEKDAY>", "<COUNT>", "<UNIT>"):
            assert name not in pattern.pattern


def test_a_template_that_does_not_compile_names_the_file_and_the_entry():
    from detente import dates
    from detente.errors import KnowledgeBaseError

    with pytest.raises(KnowledgeBaseError,
                       match=r"^detente/data/lexicon/time\.yaml: template 'broken' does not "
                             r"compile: missing \), unterminated subpattern"):
        dates._template("(<UNIT>", "template 'broken'")


def test_number_words_from_the_lexicon_measure_lengths():
    assert parse_expression("for twelve days", 0, 15, THU).duration_days == 12.0
    assert parse_expression("over a fortnight", 0, 16, THU).duration_days == 14.0
    assert parse_expression("nearly three decades", 0, 20, THU).bound == "under"


# --- lengths keep their bound; days still to come lie ahead (issue 8: the ledger's own date
# fixes moved here, so events get them too) ------------------------------------------------
@pytest.mark.parametrize("surface, bound", [
    ("for over two years", "over"),  # the bound word nearest the number says it, not "for"
    ("for more than three years", "over"),
    ("for almost a year", "under"),
    ("after about four hours", "about"),
    ("for two years", "exact"),
])
def test_the_bound_is_the_word_nearest_the_number(surface, bound):
    ref = parse_expression(surface, 0, len(surface), dt.date(2025, 5, 29))
    assert (ref.kind, ref.bound) == ("duration", bound)


@pytest.mark.model
def test_a_verbs_particle_is_not_part_of_a_length(nlp_sm):
    refs = resolve_dates(nlp_sm("The war has gone on for over two years."), dt.date(2025, 5, 29))
    assert [(r.text, r.kind, r.duration_days, r.bound) for r in refs] == [
        ("for over two years", "duration", 730.5, "over")]


@pytest.mark.model
@pytest.mark.parametrize("sentence, published, said, value", [
    # said on a Monday: the talks the speaker hopes for are the coming Tuesday's ("hopes" is
    # lemmatised "hop" by the small model)
    ("Rubio said Monday the United States hopes to resolve the pause in aid during talks "
     "Tuesday with Ukrainian officials.", dt.date(2025, 3, 10), "Tuesday", "2025-03-11"),
    # a participle that looks ahead: the postponed round was still to come
    ("The second round of talks, planned for April 8 in Djibouti, has been postponed, "
     "mediators said on Monday.", dt.date(2026, 4, 6), "for April 8", "2026-04-08"),
    # a future day more than a week behind publication is next year's
    ("The two leaders will meet on April 8.", dt.date(2025, 6, 1), "on April 8", "2026-04-08"),
    # ...but a few days behind is a late report of this year's
    ("The two leaders will meet on May 25.", dt.date(2025, 5, 29), "on May 25", "2025-05-25"),
    # a finite clause with its own past auxiliary is past, whatever its verb
    ("They rejected the allegation that Tuesday's attack was planned abroad.",
     dt.date(2025, 3, 13), "Tuesday", "2025-03-11"),
    # a deadline of unknown tense stays the nearest day
    ("The drawdown was supposed to be concluded by May 1.", dt.date(2021, 5, 9), "by May 1",
     "2021-05-01"),
])
def test_a_day_still_to_come_lies_ahead(nlp_sm, sentence, published, said, value):
    refs = {r.text: r.value for r in resolve_dates(nlp_sm(sentence), published)}
    assert refs[said] == value


@pytest.mark.model
@pytest.mark.parametrize("sentence, hours", [
    ("The talks lasted about three hours.", 3.0), ("Talks went on for five hours.", 5.0),
    ("The five-hour meeting ended.", 5.0),
])
def test_lengths_in_hours_are_found_for_the_ledger(nlp_sm, sentence, hours):
    refs = [r for r in resolve_dates(nlp_sm(sentence), dt.date(2025, 5, 29))
            if r.kind == "duration"]
    assert [round(r.duration_days * 24, 2) for r in refs] == [hours]
    assert dates.unit_days(refs[0]) == dates.UNIT_DAYS["hour"]
