"""Actor identity across a whole story (actors.py, actor_segments.py): a person described by
an international body keeps it on later mentions, a named armed group without a country of
its own takes the story's setting, and a counted plural ("the three nations") takes the
states named together just before. Made-up stories, real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import ArticleActors, load_kb

DAY = dt.date(2025, 5, 29)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def codes(nlp, kb, text, phrase, nth=0):
    """The sorted (code, sector) pairs the ``nth`` occurrence of ``phrase`` resolves to."""
    doc = nlp(text)
    aa = ArticleActors(doc, kb, DAY)
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return sorted((a.code, a.sector) for a in aa.resolve(doc.char_span(start, start + len(phrase))))


UN_STORY = ("The U.N. special rapporteur Maria Lopez said Monday that Chadian authorities "
            "had barred her from entering Chad. Chad's government accused her of bias. "
            "Chadian officials said the decision was final. Lopez said she would keep working.")


@pytest.mark.model
def test_an_appointee_of_an_international_body_keeps_it_on_later_mentions(nlp_sm, kb):
    assert [c for c, _ in codes(nlp_sm, kb, UN_STORY, "Maria Lopez")] == ["IGO"]
    assert [c for c, _ in codes(nlp_sm, kb, UN_STORY, "Lopez", nth=1)] == ["IGO"]


@pytest.mark.model
def test_a_premodifying_body_describes_an_unknown_person(nlp_sm, kb):
    text = ("Kenyan police arrested 20 protesters in Nairobi. Kenya's government defended "
            "the arrests. U.N. special envoy Tomas Varga criticised the police. Kenyan lawmakers "
            "disagreed. Varga said he would travel to Mombasa.")
    assert [c for c, _ in codes(nlp_sm, kb, text, "Varga", nth=1)] == ["IGO"]


@pytest.mark.model
def test_a_named_armed_group_without_a_country_operates_in_the_setting(nlp_sm, kb):
    text = ("A bomb killed six soldiers in Jaffna, Sri Lanka, on Monday. Sri Lankan officials "
            "said the army would respond. Sri Lanka's government vowed to find the attackers. "
            "The Tamil Liberation Army claimed responsibility for the attack.")
    assert codes(nlp_sm, kb, text, "Tamil Liberation Army") == [("LKA", "REB")]


THREE = ("Chad, Sudan and Libya walked out of the summit, Egyptian officials said in Cairo "
         "on Monday. Egypt's president urged calm. The three army-ruled countries rejected "
         "the summit's final statement.")


@pytest.mark.model
def test_a_counted_plural_takes_the_states_named_together(nlp_sm, kb):
    assert codes(nlp_sm, kb, THREE, "The three army-ruled countries") == [
        ("LBY", None), ("SDN", None), ("TCD", None)]


@pytest.mark.model
def test_a_counted_plural_looks_back_only_a_few_sentences(nlp_sm, kb):
    filler = " ".join(f"Egyptian farmers sold crops on day {k}." for k in range(6))
    text = THREE.replace("Egypt's president urged calm.", filler)
    assert codes(nlp_sm, kb, text, "The three army-ruled countries") == []


FRONT = ("Congolese soldiers clashed with rebels near Goma, Congo, on Monday. Congo's "
         "government said the army held the city. The Kivu Democratic Front claimed an attack "
         "on a barracks. The Kivu Policy Institute published a report on the fighting.")


@pytest.mark.model
def test_an_unknown_front_is_an_armed_group_of_the_setting(nlp_sm, kb):
    assert codes(nlp_sm, kb, FRONT, "The Kivu Democratic Front") == [("COD", "REB")]


@pytest.mark.model
def test_a_named_think_tank_takes_no_country_from_the_setting(nlp_sm, kb):
    assert codes(nlp_sm, kb, FRONT, "The Kivu Policy Institute") == []


HOMONYM = ("Chilean farmers blocked roads near Santiago on Monday. Netanyahu, a Canadian "
           "trade envoy, said the talks had failed. Chilean police cleared the roads. Netanyahu "
           "said he would meet the farmers.")


@pytest.mark.model
def test_the_article_description_beats_an_official_of_the_same_name(nlp_sm, kb):
    doc = nlp_sm(HOMONYM)
    aa = ArticleActors(doc, kb, DAY)
    start = HOMONYM.index("Netanyahu said")
    found = aa.resolve(doc.char_span(start, start + len("Netanyahu")))
    assert [(a.code, a.name, a.wikidata) for a in found] == [("CAN", "Netanyahu", None)]


COURT = ("Two men went on trial in Lisbon, Portugal, on Monday. John Miller and David Clark "
         "deny the charges. Portuguese prosecutors say they planned an attack. Miller and "
         "Clark, both from Serbia, have pleaded not guilty. Oskar Vela, who is Croatian, "
         "testified for the prosecution. Portuguese police said Vela had helped them.")


@pytest.mark.model
def test_both_conjuncts_share_their_appositive_from_their_first_mention_on(nlp_sm, kb):
    assert [c for c, _ in codes(nlp_sm, kb, COURT, "David Clark")] == ["SRB"]
    assert [c for c, _ in codes(nlp_sm, kb, COURT, "John Miller")] == ["SRB"]


@pytest.mark.model
def test_a_relative_clause_of_being_describes_a_person(nlp_sm, kb):
    assert [c for c, _ in codes(nlp_sm, kb, COURT, "Vela", nth=1)] == ["HRV"]


@pytest.mark.model
@pytest.mark.parametrize("description, code", [
    ("a judge in Peru", "PER"),
    ("a member of Peru's congress", "PER"),
    ("the Peruvian ambassador to Chile", "PER"),
    ("the ambassador to Peru", None),
    ("a critic of Moscow's policies", None),
])
def test_only_where_a_description_places_the_person_gives_a_country(nlp_sm, kb, description,
                                                                     code):
    text = f"Maria Lopez, {description}, said the law was clear."
    assert [c for c, _ in codes(nlp_sm, kb, text, "Maria Lopez")] == [code]


@pytest.mark.model
@pytest.mark.parametrize("text, phrase, expected", [
    ("The U.N. special envoy for Syria called for calm.", "The U.N. special envoy for Syria",
     ["IGO"]),
    ("The EU's ambassador to Kenya criticised the police.", "The EU's ambassador to Kenya",
     ["IGO"]),
    ("Talks between the U.N. envoy and Syria resumed.", "the U.N. envoy and Syria",
     ["IGO", "SYR"]),
])
def test_a_remit_after_a_title_is_no_second_party(nlp_sm, kb, text, phrase, expected):
    assert [c for c, _ in codes(nlp_sm, kb, text, phrase)] == expected


@pytest.mark.model
def test_a_name_said_family_name_first_is_that_person_later(nlp_sm, kb):
    # the family name leads ("Tanaka Hiroshi") and stands alone later, untagged by the NER
    text = ("Japanese Trade Minister Tanaka Hiroshi arrived in Seoul on Monday. "
            "Tanaka met South Korean officials on Tuesday.")
    assert codes(nlp_sm, kb, text, "Tanaka", nth=1) == [("JPN", "GOV")]
