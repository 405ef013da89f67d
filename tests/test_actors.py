"""Actor stage: knowledge-base lookups, mention building, coreference, user extension.

Most tests use a tokenizer-only pipeline (``spacy.blank``) and set named entities by hand
where the stage needs them, so they pin the stage's own rules rather than the model's.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Span

from detente.actors import ArticleActors, load_kb, lookup
from detente.errors import KnowledgeBaseError

DAY = dt.date(2025, 5, 29)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def actors_of(blank, kb, text, published=DAY, persons=()):
    """Mentions of ``text``; ``persons`` are substrings to tag PERSON (as the NER would)."""
    doc = blank(text)
    ents = []
    for name in persons:
        i = text.index(name)
        ents.append(doc.char_span(i, i + len(name), label="PERSON"))
    if persons:
        doc.ents = ents
    return doc, ArticleActors(doc, kb, published)


def brief(actor):
    return (actor.text, actor.code, actor.sector, actor.name, actor.role, actor.org)


def span_of(doc, text):
    i = doc.text.index(text)
    return doc.char_span(i, i + len(text), alignment_mode="expand")


# --- lookups ------------------------------------------------------------------------------

def test_lookup_prefers_the_longest_phrase(kb):
    hits = lookup(kb, ["the", "U.N.", "Security", "Council", "met"])
    assert [(s, e) for s, e, _ in hits] == [(1, 4)]
    entity = hits[0][2].entity
    assert (entity.code, entity.sector, entity.org) == ("IGO", "GOV", "UN")


@pytest.mark.parametrize("words, code", [
    (["US", "officials"], "USA"),  # all-capital abbreviation
    (["us", "officials"], None),  # the pronoun is never the United States
    (["turkey", "dinner"], None),  # a capitalised name needs its capital
    (["Turkey", "said"], "TUR"),
])
def test_lookup_respects_case_of_names(kb, words, code):
    found = [lex.entity.code for _, _, lex in lookup(kb, words) if lex.entity]
    assert found == ([code] if code else [])


@pytest.mark.parametrize("words, found", [
    ("North and South Korea held talks", ["PRK", "KOR"]),  # one "Korea" for both
    ("north and South Korea held talks", ["KOR"]),  # "north" lower case: a direction
    ("Chad and South Sudan signed", ["TCD", "SSD"]),  # "Chad Sudan" is no name: no gap
])
def test_two_names_sharing_their_last_word_are_both_found(kb, words, found):
    codes = [lex.entity.code for _, _, lex in lookup(kb, words.split()) if lex.entity]
    assert codes == found


@pytest.mark.model
def test_two_states_named_with_one_shared_word_are_both_parties(analyzer):
    from detente.records import Article
    (result,) = analyzer.analyze([Article.make("North and South Korea held talks on Sunday.",
                                               published=DAY)])
    (talks,) = [e for e in result.events if e.event == "CONSULT"]
    assert sorted(a.code for a in talks.actor) == ["KOR", "PRK"]


@pytest.mark.parametrize("word, code", [
    ("Somalian", "SOM"), ("Kyrgyzstani", "KGZ"), ("Ecuadoran", "ECU")])
def test_less_common_demonyms_resolve(kb, word, code):
    found = [lex.entity.code for _, _, lex in lookup(kb, [word, "troops"]) if lex.entity]
    assert found == [code]


@pytest.mark.model
def test_an_international_official_titled_by_remit_is_one_party(analyzer):
    from detente.records import Article
    (result,) = analyzer.analyze([Article.make(
        "U.N. human rights chief Volker Turk condemned the executions on Tuesday.",
        published=DAY)])
    (blame,) = [e for e in result.events if e.event == "ACCUSE"]
    assert [(a.code, a.sector) for a in blame.actor] == [("IGO", "GOV")]


def test_pycountry_names_and_added_short_names_resolve(kb):
    for words, code in [(["Burma"], "MMR"), (["Holland"], "NLD"), (["Côte", "d'Ivoire"], "CIV"),
                        (["Ivory", "Coast"], "CIV"), (["DR", "Congo"], "COD"),
                        (["Bhutan"], "BTN"), (["Israeli"], "ISR"), (["Albanians"], "ALB"),
                        (["FYROM"], "MKD"),
                        (["Former", "Yugoslav", "Republic", "of", "Macedonia"], "MKD")]:
        (_, _, lex), = lookup(kb, words)
        assert lex.entity.code == code, words


# --- mentions -----------------------------------------------------------------------------

def test_title_country_and_name_make_one_actor(blank, kb):
    _, aa = actors_of(blank, kb, "Russian Foreign Minister Sergei Lavrov spoke.")
    assert [brief(a) for a in aa.mentions] == [
        ("Russian Foreign Minister Sergei Lavrov", "RUS", "GOV", "Sergei Lavrov",
         "Foreign Minister", None)]


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian officials said", ("Ukrainian officials", "UKR", "GOV")),
    ("Israeli police said", ("Israeli police", "ISR", "COP")),
    ("A French minister said", ("French minister", "FRA", "GOV")),
    ("NATO peacekeeping troops said", ("NATO peacekeeping troops", "IGO", "MIL")),
    ("Western allies said", ("Western allies", "WST", None)),
    ("Moscow's envoy said", ("Moscow's envoy", "RUS", "GOV")),  # possessive joins
    ("Ukraine’s army said", ("Ukraine’s army", "UKR", "MIL")),  # curly apostrophe
    ("the Pentagon said", ("Pentagon", "USA", "MIL")),  # seat with its own sector
    ("Hamas officials said", ("Hamas officials", "PSE", "REB")),  # weak word keeps REB
    ("government forces said", ("government forces", None, "MIL")),
    ("rebel leaders said", ("rebel leaders", None, "REB")),
    ("a police helicopter flew", ("police helicopter", None, "COP")),  # equipment is weak
    ("Israeli helicopters flew", ("Israeli helicopters", "ISR", "MIL")),
    ("Bosnian Serbs said", ("Bosnian Serbs", "BIH", "CVL")),  # first state wins
    ("Chinese Americans said", ("Chinese Americans", "USA", "CVL")),  # ... except these
    ("Lebanon's Hezbollah said", ("Lebanon's Hezbollah", "LBN", "REB")),
])
def test_compound_mentions(blank, kb, text, expected):
    _, aa = actors_of(blank, kb, text)
    assert [(a.text, a.code, a.sector) for a in aa.mentions] == [expected]


def test_sponsor_country_is_not_the_actor(blank, kb):
    _, aa = actors_of(blank, kb, "Iran-backed Houthis and pro-Russian separatists fought.")
    assert [(a.text, a.code, a.sector) for a in aa.mentions] == [
        ("Houthis", "YEM", "REB"), ("separatists", None, "REB")]


def test_a_country_that_trained_or_educated_is_not_the_actor(blank, kb):
    # "Western-educated" says where a person studied, "U.S.-trained" who trained them
    _, aa = actors_of(blank, kb, "U.S.-trained commandos and Western-educated officers met.")
    assert [(a.text, a.code) for a in aa.mentions] == [("commandos", None), ("officers", None)]


def test_title_alone_is_not_a_sector_unless_it_is_a_sector_word(blank, kb):
    _, aa = actors_of(blank, kb, "In general the minister agreed with the major points.")
    assert [(a.text, a.sector, a.role) for a in aa.mentions] == [
        ("minister", "GOV", "Minister")]


def test_adjective_before_coordination_shares_the_sector(blank, kb):
    _, aa = actors_of(blank, kb, "U.S. and British warships sailed.")
    assert [(a.code, a.sector) for a in aa.mentions] == [("USA", "MIL"), ("GBR", "MIL")]


# --- people and dates ----------------------------------------------------------------------

@pytest.mark.parametrize("published, expected", [
    (dt.date(2018, 1, 1), ("AFG", "REB")),
    (dt.date(2022, 1, 1), ("AFG", "GOV")),  # after the fall of Kabul, 15 Aug 2021
])
def test_group_codes_depend_on_the_date(blank, kb, published, expected):
    _, aa = actors_of(blank, kb, "The Taliban said.", published=published)
    assert [(a.code, a.sector) for a in aa.mentions] == [expected]


@pytest.mark.parametrize("published, expected", [
    (dt.date(2021, 3, 1), ("GBR", "GOV", "Prime Minister")),
    (dt.date(2024, 3, 1), ("GBR", "ELI", "former Prime Minister")),
    (dt.date(2015, 3, 1), ("GBR", None, None)),  # before his first listed office
])
def test_role_is_the_one_held_on_the_publication_date(blank, kb, published, expected):
    _, aa = actors_of(blank, kb, "Boris Johnson said.", published=published)
    (a,) = aa.mentions
    assert (a.code, a.sector, a.role) == expected


def test_un_official_is_an_igo_actor(blank, kb):
    _, aa = actors_of(blank, kb, "Kofi Annan said.", published=dt.date(2003, 5, 1))
    assert [brief(a) for a in aa.mentions] == [
        ("Kofi Annan", "IGO", "GOV", "Kofi Annan", "UN Secretary-General", "UN")]


def test_unknown_person_takes_country_and_role_from_the_title(blank, kb):
    _, aa = actors_of(blank, kb, "Kenyan Defense Minister John Doe said.",
                      persons=["John Doe"])
    assert [brief(a) for a in aa.mentions] == [
        ("Kenyan Defense Minister John Doe", "KEN", "GOV", "John Doe", "Defense Minister", None)]


def test_unknown_person_without_cue_keeps_the_name(blank, kb):
    _, aa = actors_of(blank, kb, "Jane Roe said.", persons=["Jane Roe"])
    assert [brief(a) for a in aa.mentions] == [("Jane Roe", None, None, "Jane Roe", None, None)]


def test_surname_resolves_to_the_person_named_earlier(blank, kb):
    doc, aa = actors_of(blank, kb, "Kenyan Defense Minister John Doe spoke. Later Doe left.",
                        persons=["John Doe"])
    later = aa.resolve(span_of(doc, "Doe left")[:1])
    assert [(a.name, a.code, a.role) for a in later] == [("John Doe", "KEN", "Defense Minister")]


def test_surname_resolves_without_ner(blank, kb):
    doc, aa = actors_of(blank, kb, "Sergei Lavrov arrived. Lavrov said no.")
    assert [(a.text, a.name, a.code) for a in aa.mentions] == [
        ("Sergei Lavrov", "Sergei Lavrov", "RUS"), ("Lavrov", "Sergei Lavrov", "RUS")]


# --- coreference and resolve ----------------------------------------------------------------

def test_resolve_splits_coordination_in_text_order(blank, kb):
    doc, aa = actors_of(blank, kb, "Talks between Russia and Ukraine resumed.")
    got = aa.resolve(span_of(doc, "between Russia and Ukraine"))
    assert [(a.text, a.code) for a in got] == [("Russia", "RUS"), ("Ukraine", "UKR")]


def test_resolve_accepts_a_token_and_drops_duplicates(blank, kb):
    doc, aa = actors_of(blank, kb, "Russia, Russia and Russia.")
    assert [a.code for a in aa.resolve(doc[0])] == ["RUS"]
    assert [a.code for a in aa.resolve(doc[:])] == ["RUS"]


def test_the_two_nations_are_the_last_two_countries(blank, kb):
    doc, aa = actors_of(blank, kb, "Kyiv met Moscow's envoys in Istanbul. "
                                   "The two nations agreed.")
    got = aa.resolve(span_of(doc, "The two nations"))
    assert [(a.code, a.start) for a in got] == [("UKR", -1), ("RUS", -1)]


def test_both_sides_can_be_armed_groups(blank, kb):
    doc, aa = actors_of(blank, kb, "Israel fought Hamas. Both sides accepted a truce.")
    got = aa.resolve(span_of(doc, "Both sides"))
    assert [(a.code, a.name) for a in got] == [("ISR", "Israel"), ("PSE", "Hamas")]


def test_the_government_is_the_last_country_named(blank, kb):
    doc, aa = actors_of(blank, kb, "Sudan closed its border. The government said so.")
    assert [(a.code, a.sector) for a in aa.resolve(span_of(doc, "The government"))] == [
        ("SDN", "GOV")]


def test_the_government_with_no_country_before_gets_no_country_but_its_sector(blank, kb):
    # session 13: still no country guessed from nothing, but "the government" is GOV
    doc, aa = actors_of(blank, kb, "The government said so.")
    assert [(a.code, a.sector) for a in aa.resolve(span_of(doc, "The government"))] == [
        (None, "GOV")]


def test_sector_noun_takes_the_country_of_its_place(blank, kb):
    doc, aa = actors_of(blank, kb, "Rebels in Sudan attacked.")
    assert [(a.code, a.sector) for a in aa.resolve(span_of(doc, "Rebels in Sudan"))] == [
        ("SDN", "REB")]


# --- the knowledge base ----------------------------------------------------------------------

def test_load_kb_is_cached(kb):
    assert load_kb() is kb


def test_user_yaml_adds_and_overrides_entries(tmp_path, blank):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "version: '1'\n"
        "organizations:\n"
        "  - {name: Freedonian Liberation Front, code: FRE, sector: REB, aliases: [FLF]}\n"
        "countries:\n"
        "  FRE: {name: Freedonia, names: [Freedonia], demonyms: [Freedonian], "
        "seats: [Fredville]}\n"
        "officials:\n"
        "  - {name: Rufus Firefly, country: FRE, sector: GOV, role: President, "
        "start: 2020-01-01}\n", encoding="utf-8")
    kb = load_kb((str(path),))
    _, aa = actors_of(blank, kb, "The FLF attacked Fredville. Rufus Firefly said Freedonian "
                                 "troops would respond.")
    assert [(a.text, a.code, a.sector, a.role) for a in aa.mentions] == [
        ("FLF", "FRE", "REB", None), ("Fredville", "FRE", "GOV", None),
        ("Rufus Firefly", "FRE", "GOV", "President"), ("Freedonian troops", "FRE", "MIL", None)]


def test_user_csv_replaces_an_officials_terms(tmp_path, blank):
    path = tmp_path / "officials.csv"
    path.write_text("name,aliases,country,sector,role,start,end,wikidata,org\n"
                    "Sergei Lavrov,,RUS,GOV,Foreign Minister,2004-03-09,2025-01-01,,\n",
                    encoding="utf-8")
    kb = load_kb((str(path),))
    _, aa = actors_of(blank, kb, "Sergei Lavrov said.")
    assert [(a.sector, a.role) for a in aa.mentions] == [("ELI", "former Foreign Minister")]


@pytest.mark.parametrize("name, content, message", [
    ("bad_code.yaml",
     "organizations:\n  - {name: Good, code: IGO}\n  - {name: Bad, code: igo}\n",
     "bad_code.yaml, line 3: code 'igo' is not a three-letter upper-case code "
     "(format: docs/actors.md)."),
    ("bad_syntax.yaml", "countries:\n  FRA: {names: [Gaul\n",
     "bad_syntax.yaml, line 3: invalid YAML: "),
    ("bad_section.yaml", "people: []\n",
     "bad_section.yaml, line 1: unknown section 'people'; known sections are changelog, "
     "communities, countries, group_references, heads, modifiers, officials, organizations, "
     "references, sectors, state_groups, successions, title_prefixes, titles, version, weak "
     "(format: docs/actors.md)."),
    ("bad_succession.yaml", "successions:\n  SSD: {from: 2011-07-09}\n",
     "bad_succession.yaml, line 1: successions.SSD: expected {from: YYYY-MM-DD, before: CODE} "
     "(format: docs/actors.md)."),
    ("bad_date.csv", "name,country,start\nJane Roe,FRA,2020-13-01\n",
     "bad_date.csv, line 2: start '2020-13-01' is not a date; write YYYY-MM-DD "
     "(format: docs/actors.md)."),
    ("bad_row.csv", "# comment\nname,country\nJane Roe,FRA,extra\n",
     "bad_row.csv, line 3: expected 2 fields, found 3 (format: docs/actors.md)."),
    ("notes.txt", "hello\n",
     "notes.txt: unknown knowledge-base file type; use .yaml/.yml or .csv "
     "(format: docs/actors.md)."),
])
def test_malformed_user_file_names_the_file_and_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb((str(path),))
    shown = str(err.value).replace(str(path), name)
    if message.endswith(": "):  # the parser's own wording follows
        assert shown.startswith(message)
    else:
        assert shown == message


def test_missing_user_file_is_reported(tmp_path):
    path = tmp_path / "absent.yaml"
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb((str(path),))
    assert str(err.value) == (f"{path}: no such knowledge-base file; give the path of a .yaml "
                              f"or .csv file (format: docs/actors.md).")


# --- real model ------------------------------------------------------------------------------

@pytest.mark.model
def test_real_sentences(nlp_sm, kb):
    text = ("Ukraine's President Volodymyr Zelenskyy met Polish Prime Minister Donald Tusk "
            "in Warsaw on Friday. Zelenskyy thanked the Polish government, and both "
            "countries pledged to deepen military ties.")
    doc = nlp_sm(text)
    aa = ArticleActors(doc, kb, dt.date(2024, 5, 3))
    coded = [(a.text, a.code, a.sector, a.role) for a in aa.mentions]
    assert coded[0] == ("Ukraine's President Volodymyr Zelenskyy", "UKR", "GOV", "President")
    assert ("Polish Prime Minister Donald Tusk", "POL", "GOV", "Prime Minister") in coded
    assert ("Zelenskyy", "UKR", "GOV", "President") in coded
    assert ("Polish government", "POL", "GOV", None) in coded
    both = aa.resolve(span_of(doc, "both countries"))
    assert [a.code for a in both] == ["UKR", "POL"]


@pytest.mark.model
def test_real_sentence_with_groups_and_metonymy(nlp_sm, kb):
    text = ("Hezbollah fighters fired rockets at Israeli army posts, and the Kremlin urged "
            "restraint while the U.N. Security Council met behind closed doors.")
    doc = nlp_sm(text)
    aa = ArticleActors(doc, kb, dt.date(2024, 1, 10))
    assert [(a.text, a.code, a.sector, a.org) for a in aa.mentions] == [
        ("Hezbollah fighters", "LBN", "REB", None),
        ("Israeli army", "ISR", "MIL", None),
        ("Kremlin", "RUS", "GOV", None),
        ("U.N. Security Council", "IGO", "GOV", "UN"),
    ]


def test_a_surname_that_is_also_a_first_name_stays_unresolved(blank, kb):
    # "Hassan" is the surname of a sitting president but the first name of many others
    _, aa = actors_of(blank, kb, "King Hassan spoke.", persons=["Hassan"])
    assert [(a.text, a.code, a.name, a.role) for a in aa.mentions] == [
        ("King Hassan", None, "Hassan", "King")]


def test_taliban_governed_before_2001_too(blank, kb):
    _, aa = actors_of(blank, kb, "The Taliban said.", published=dt.date(1998, 8, 20))
    assert [(a.code, a.sector) for a in aa.mentions] == [("AFG", "GOV")]


def test_a_name_inside_a_larger_entity_is_not_that_person(blank, kb):
    doc = blank("Patients reached Queen Elizabeth Central Hospital.")
    doc.ents = [Span(doc, 2, 6, label="FAC")]
    aa = ArticleActors(doc, kb, DAY)
    assert [a.name for a in aa.mentions if a.name] == []


def test_both_sides_skips_organisations_that_are_not_parties(blank, kb):
    doc, aa = actors_of(blank, kb, "The Sudanese Armed Forces fought the Rapid Support Forces, "
                                   "the United Nations said. Both sides denied it.")
    got = aa.resolve(span_of(doc, "Both sides"))
    assert [(a.code, a.name) for a in got] == [("SDN", "Sudan"), ("SDN", "Rapid Support Forces")]


def test_of_country_after_a_titled_name_gives_the_country(blank, kb):
    _, aa = actors_of(blank, kb, "Foreign Minister Jane Roe of Kenya arrived.",
                      persons=["Jane Roe"])
    assert [brief(a) for a in aa.mentions] == [
        ("Foreign Minister Jane Roe of Kenya", "KEN", "GOV", "Jane Roe", "Foreign Minister",
         None)]


# --- archival news: older officials, groups and states ---------------------------------------

@pytest.mark.parametrize("name, day, expected", [
    # one head of state or government per region, each on a date inside the term
    ("Robert Mugabe", dt.date(1995, 3, 1), ("ZWE", "GOV", "President")),
    ("Margaret Thatcher", dt.date(1985, 1, 1), ("GBR", "GOV", "Prime Minister")),
    ("Carlos Menem", dt.date(1995, 1, 1), ("ARG", "GOV", "President")),
    ("Juvenal Habyarimana", dt.date(1992, 1, 1), ("RWA", "GOV", "President")),
    ("Jonas Savimbi", dt.date(1995, 1, 1), ("AGO", "REB", "UNITA leader")),
    ("Javier Perez de Cuellar", dt.date(1985, 1, 1), ("IGO", "GOV", "UN Secretary-General")),
    # a person whose office changed: the one held on that date
    ("Paul Kagame", dt.date(1992, 1, 1), ("RWA", "REB", "Rwandan Patriotic Front commander")),
    ("Paul Kagame", dt.date(1997, 1, 1), ("RWA", "GOV", "Vice President")),
])
def test_officials_of_earlier_decades(kb, name, day, expected):
    person = kb.person_by_name(name, day)
    assert (person.code, person.sector, person.role) == expected


def test_a_surname_nobody_in_office_has_is_the_one_person_known_by_it(kb):
    # nobody called Gorbachev is in office in 1995: the KB's only Gorbachev, now former
    person = kb.person_by_surname("Gorbachev", dt.date(1995, 6, 1))
    assert (person.name, person.code, person.sector, person.role) == (
        "Mikhail Gorbachev", "RUS", "ELI", "former Soviet Leader")


@pytest.mark.parametrize("text, published, expected", [
    ("UNITA attacked", dt.date(1995, 1, 1), ("AGO", "REB")),
    ("UNITA voted", dt.date(2010, 1, 1), ("AGO", "OPP")),  # a party after the 2002 peace
    ("the ANC protested", dt.date(1990, 1, 1), ("ZAF", "OPP")),
    ("the ANC protested", dt.date(2000, 1, 1), ("ZAF", "GOV")),
    ("the SPLA attacked", dt.date(1995, 1, 1), ("SDN", "REB")),
    ("the SPLA attacked", dt.date(2015, 1, 1), ("SSD", "MIL")),
])
def test_armed_groups_of_earlier_decades_change_status(blank, kb, text, published, expected):
    _, aa = actors_of(blank, kb, text, published=published)
    assert [(a.code, a.sector) for a in aa.mentions] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("Rebels shelled Juba", dt.date(1995, 1, 1), ("Juba", "SDN", None, "Sudan")),
    ("Juba said", dt.date(2015, 1, 1), ("Juba", "SSD", "GOV", "South Sudan")),
])
def test_places_of_a_new_state_belong_to_the_old_one_before_it(blank, kb, text, published,
                                                                expected):
    _, aa = actors_of(blank, kb, text, published=published)
    assert [(a.text, a.code, a.sector, a.name) for a in aa.mentions if a.code] == [expected]


# --- people nouns, communities and unnamed groups -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Nigerians protested", ("Nigerians", "NGA", "CVL")),  # a plural demonym is people
    ("The Kurds fled", ("Kurds", None, "CVL")),  # a community too, without a state
    ("Iraqi Kurds fled", ("Iraqi Kurds", "IRQ", "CVL")),
    ("Nigerian students protested", ("Nigerian students", "NGA", "EDU")),  # sector word wins
    ("Kurdish fighters fled", ("Kurdish fighters", None, "REB")),
    ("A Nigerian said", ("Nigerian", "NGA", None)),  # the singular may be anyone
    ("The Soviets refused", ("Soviets", "RUS", None)),  # names the state, not its people
    ("The Swiss refused", ("Swiss", "CHE", None)),  # not a plural
    ("ethnic Albanians protested", ("ethnic Albanians", None, "CVL")),  # a minority
    ("Iraqi towns were shelled", ("Iraqi towns", "IRQ", "CVL")),
])
def test_people_nouns(blank, kb, text, expected):
    _, aa = actors_of(blank, kb, text)
    assert [(a.text, a.code, a.sector) for a in aa.mentions] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("the Oromo Liberation Front said", ("Oromo Liberation Front", "ETH", "REB")),  # in the KB
    ("the Zenda Liberation Army said", ("Liberation Army", None, "REB")),  # pattern only
    ("a Tamil rebel group said", ("Tamil rebel group", None, "REB")),
    ("the Chinese People's Liberation Army said", ("Chinese People's Liberation Army", "CHN", "MIL")),
    ("Iraq's al-Qaeda claimed it", ("Iraq's al-Qaeda", "IRQ", "REB")),  # a local branch
])
def test_armed_group_patterns(blank, kb, text, expected):
    _, aa = actors_of(blank, kb, text)
    assert [(a.text, a.code, a.sector) for a in aa.mentions] == [expected]


def test_unknown_named_organisation_keeps_its_name(blank, kb):
    doc = blank("the Zenda Liberation Army attacked")
    doc.ents = [Span(doc, 1, 4, label="ORG")]
    aa = ArticleActors(doc, kb, DAY)
    assert [(a.text, a.code, a.sector, a.name) for a in aa.mentions] == [
        ("Zenda Liberation Army", None, "REB", "Zenda Liberation Army")]


@pytest.mark.parametrize("text, expected", [
    ("Baghdad said", ("Baghdad", "IRQ", "GOV")),  # a capital stands for its government
    ("protesters in Baghdad", ("Baghdad", "IRQ", None)),  # ... but not where things happen
    ("fighting in central Baghdad", ("Baghdad", "IRQ", None)),
])
def test_capital_after_a_locative_is_a_place(blank, kb, text, expected):
    _, aa = actors_of(blank, kb, text)
    assert [(a.text, a.code, a.sector) for a in aa.mentions if a.code] == [expected]


@pytest.mark.parametrize("word, code", [
    ("Phillippines", "PHL"),  # doubled letter
    ("Quatar", "QAT"),  # extra letter
    ("Khatmandu", "NPL"),  # transposed letters; a capital
    ("Samsung", None),  # an unrelated name stays unknown
    ("quatar", None),  # only capitalised words
])
def test_misspelt_country_names(kb, word, code):
    found = kb.misspelt_country(word)
    assert (found.code if found else None) == code


def test_misspelt_surname_of_a_listed_person(blank, kb):
    _, aa = actors_of(blank, kb, "President Francois Mitterand said", dt.date(1990, 1, 1),
                      persons=("Francois Mitterand",))
    assert [(a.code, a.name, a.role) for a in aa.mentions] == [
        ("FRA", "Francois Mitterrand", "President")]
    # another first name is another person
    assert kb.misspelt_person("Jean Mitterand", dt.date(1990, 1, 1)) is None


def test_misspelt_name_tagged_by_the_parser_is_the_country(blank, kb):
    doc = blank("Quatar 's emir said")
    doc.ents = [Span(doc, 0, 1, label="GPE")]
    aa = ArticleActors(doc, kb, DAY)
    assert [(a.code, a.sector, a.role) for a in aa.mentions] == [("QAT", "GOV", "Emir")]


def test_misspelt_surname_alone(kb):
    # one letter dropped from a listed surname; the person in office that day
    person = kb.misspelt_surname("Farmajo", dt.date(2021, 4, 14))
    assert (person.code, person.name, person.role) == (
        "SOM", "Mohamed Abdullahi Farmaajo", "President")
    assert kb.misspelt_surname("Smith", dt.date(2021, 4, 14)) is None


@pytest.mark.parametrize("text, expected", [
    # a party's own name ends in "Party": PTY, not the sector of a word inside the name
    ("the National Congress Party said", ("Congress Party", None, "PTY")),  # no NER here
    ("opposition party leaders said", ("opposition party leaders", None, "OPP")),
])
def test_party_names(blank, kb, text, expected):
    _, aa = actors_of(blank, kb, text)
    assert [(a.text, a.code, a.sector) for a in aa.mentions] == [expected]


def test_line_break_tagged_person_names_nobody(blank, kb):
    # the NER sometimes tags a whitespace token; its name has no words (was an IndexError)
    from spacy.tokens import Doc

    doc = Doc(blank.vocab, words=["Officials", "\n", "said", "so"],
              spaces=[True, False, True, False])
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    aa = ArticleActors(doc, kb, DAY)
    assert [a.code for a in aa.mentions] == [None]
