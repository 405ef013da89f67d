"""Event stage: lexicon integrity, trigger structure, arguments, and events on real parses.

Hermetic tests build parses by hand (``Doc(words=, heads=, deps=, pos=, lemmas=)``) so they
run without a model. Tests marked ``model`` parse our own sentences with the small English
model; actors are resolved by a tiny dictionary resolver so that only this stage is tested.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from detente.actors import load_kb
from detente.context import ArticleContext
from detente.dates import resolve_dates
from detente.events import extract_events, load_lexicon, strict_category
from detente.events.candidates import find_candidates
from detente.quotes import extract_speech
from detente.records import Actor, Article

CODES = {"russia": "RUS", "ukraine": "UKR", "iran": "IRN", "iraq": "IRQ", "france": "FRA",
         "italy": "ITA", "peru": "PER", "ecuador": "ECU", "egypt": "EGY", "libya": "LBY",
         "chad": "TCD", "japan": "JPN", "korea": "KOR", "israel": "ISR", "israeli": "ISR",
         "syria": "SYR", "syrian": "SYR", "turkey": "TUR", "germany": "DEU", "canada": "CAN",
         "kenya": "KEN", "sudan": "SDN", "nato": "IGO", "un": "IGO", "india": "IND",
         "pakistan": "PAK", "china": "CHN", "chinese": "CHN", "serbia": "SRB", "spain": "ESP",
         "norway": "NOR", "mali": "MLI", "greece": "GRC", "poland": "POL", "brazil": "BRA",
         "cuba": "CUB", "chile": "CHL", "ghana": "GHA", "nepal": "NPL", "yemen": "YEM",
         "russian": "RUS", "ukrainian": "UKR", "turkish": "TUR", "lebanon": "LBN"}


class DictActors:
    """Resolves a span to the countries whose names it contains (one actor per token)."""

    def __init__(self, doc):
        self.mentions = [Actor(t.text, CODES[t.lower_], None, t.text, None, None, t.idx,
                               t.idx + len(t.text)) for t in doc if t.lower_ in CODES]
        self.setting = None  # one sentence sets no story in a country
        self.kb = load_kb()  # the bundled one: which codes are states, and their names

    def resolve(self, span):
        return tuple(m for m in self.mentions
                     if span.start_char <= m.start and m.end <= span.end_char)

    def from_setting(self, actor):
        return False  # every country here is written in the sentence

    def kind_of(self, actor):
        return "country"  # every mention here is a country's name


def make_ctx(doc, published=dt.date(2024, 3, 6)):
    article = Article.make(doc.text, published=published)
    return ArticleContext(article=article, doc=doc, actors=DictActors(doc), dates=[],
                          places=[])


def hand_doc(words, heads, deps, pos, lemmas):
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


# --- the data files -------------------------------------------------------------------

def test_ontology_has_the_sixteen_categories_with_quad_classes():
    lex = load_lexicon()
    assert set(lex.categories) == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
        "ASSAULT"}
    assert lex.quad("SANCTION") == "material_conflict"  # DESIGN.md decision
    assert lex.quad("CONCEDE") == "verbal_cooperation"
    assert "ceasefire" in lex.categories["RETREAT"]["modes"]
    assert all(c["cameo"] for c in lex.categories.values())


def test_every_trigger_points_to_a_category_and_mode_of_the_ontology():
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for word, entry in table.items():
            assert entry.event in lex.categories, word
            if entry.mode is not None:
                assert entry.mode in lex.categories[entry.event]["modes"], (word, entry.mode)
    for key, (event, mode) in lex.phrases.items():
        if event is not None:
            assert event in lex.categories, key
            assert mode is None or mode in lex.categories[event]["modes"], key
    for key, senses in lex.senses.items():
        for s in senses:
            assert s.event is None or s.event in lex.categories, key
            assert s.mode is None or s.mode in lex.categories[s.event]["modes"], key


def test_context_cues_name_ontology_contexts():
    lex = load_lexicon()
    assert {c for c, _ in lex.context_cues} <= set(lex.contexts)


def test_ceasefire_declared_is_concede_observed_is_retreat():
    lex = load_lexicon()
    assert lex.phrases["declare ceasefire"] == ("CONCEDE", None)
    assert lex.phrases["observe ceasefire"] == ("RETREAT", "ceasefire")


@pytest.mark.parametrize("event, modality, expected", [
    ("CONSULT", "future", "AGREE"),        # future cooperation is an intention
    ("ASSAULT", "future", "ASSAULT"),      # only cooperative categories are remapped
    ("AGREE", "negated", None),            # negated events are not assertions
    ("CONSULT", "hypothetical", None),
    ("CONSULT", "historical", "CONSULT"),
])
def test_strict_category(event, modality, expected):
    assert strict_category(event, modality) == expected


# --- hand-built parses (no model) ----------------------------------------------------

def test_light_verb_merges_with_its_event_noun():
    # "Iran and Iraq held talks ."
    doc = hand_doc(["Iran", "and", "Iraq", "held", "talks", "."],
                   [3, 0, 0, 3, 3, 3], ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
                   ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
                   ["Iran", "and", "Iraq", "hold", "talk", "."])
    events = extract_events(make_ctx(doc))
    assert len(events) == 1
    ev = events[0]
    assert (ev.event, ev.modality) == ("CONSULT", "asserted")
    assert [a.code for a in ev.actor] == ["IRN", "IRQ"]  # reciprocal: both are actors
    assert ev.recipient == ()
    assert ev.evidence.trigger == "held talks"


def test_passive_agent_is_the_actor_and_subject_the_recipient():
    # "Kenya was attacked by Sudan ."
    doc = hand_doc(["Kenya", "was", "attacked", "by", "Sudan", "."],
                   [2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj",
                                        "punct"],
                   ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                   ["Kenya", "be", "attack", "by", "Sudan", "."])
    (ev,) = extract_events(make_ctx(doc))
    assert ev.event == "ASSAULT"
    assert [a.code for a in ev.actor] == ["SDN"]
    assert [a.code for a in ev.recipient] == ["KEN"]


def test_refusal_is_a_reject_and_its_complement_is_negated():
    # "Peru refused to withdraw troops ."
    doc = hand_doc(["Peru", "refused", "to", "withdraw", "troops", "."],
                   [1, 1, 3, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                   ["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
                   ["Peru", "refuse", "to", "withdraw", "troop", "."])
    events = {e.event: e for e in extract_events(make_ctx(doc))}
    assert events["REJECT"].modality == "asserted"
    assert events["REJECT"].mode == "yield"  # what was refused: a withdrawal
    assert events["RETREAT"].modality == "negated"
    assert [a.code for a in events["RETREAT"].actor] == ["PER"]  # control: Peru withdraws


def test_reporting_verb_is_not_an_event():
    # "Egypt said Libya attacked Chad ."
    doc = hand_doc(["Egypt", "said", "Libya", "attacked", "Chad", "."],
                   [1, 1, 3, 1, 3, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
                   ["PROPN", "VERB", "PROPN", "VERB", "PROPN", "PUNCT"],
                   ["Egypt", "say", "Libya", "attack", "Chad", "."])
    (ev,) = extract_events(make_ctx(doc))
    assert ev.event == "ASSAULT"
    assert [a.code for a in ev.actor] == ["LBY"]  # the reported doer, not the speaker
    assert [a.code for a in ev.recipient] == ["TCD"]


def test_event_ids_are_stable_across_runs():
    words = ["Kenya", "was", "attacked", "by", "Sudan", "."]
    args = ([2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
            ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
            ["Kenya", "be", "attack", "by", "Sudan", "."])
    first = extract_events(make_ctx(hand_doc(words, *args)))
    second = extract_events(make_ctx(hand_doc(words, *args)))
    assert [e.id for e in first] == [e.id for e in second]


def test_compound_event_noun_is_part_of_its_head():
    # "a ceasefire agreement": one AGREE candidate, not a CONCEDE as well
    doc = hand_doc(["They", "reached", "a", "ceasefire", "agreement", "."],
                   [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                   ["PRON", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
                   ["they", "reach", "a", "ceasefire", "agreement", "."])
    cands = find_candidates(load_lexicon(), next(doc.sents))
    assert [(c.event, c.kind) for c in cands] == [("AGREE", "light")]


def test_weak_trigger_without_a_named_actor_is_dropped():
    # "The storm hit the coast ." -- "hit" needs a participant we can name
    doc = hand_doc(["The", "storm", "hit", "the", "coast", "."],
                   [1, 2, 2, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                   ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                   ["the", "storm", "hit", "the", "coast", "."])
    assert extract_events(make_ctx(doc)) == []


# --- real parses (small model) -------------------------------------------------------

def events_of(nlp, text, published=dt.date(2024, 3, 6)):
    return extract_events(make_ctx(nlp(text), published))


CATEGORY_CASES = [
    # one of our own sentences per category; the comment says what it exercises
    ("Japan agreed to lift its tariffs on Korean cars.", "AGREE"),           # intent verb
    ("Norway hosted talks between Mali and Chad on Tuesday.", "CONSULT"),    # host + between
    ("Germany praised Greece for its handling of the crisis.", "SUPPORT"),   # praise verb
    ("Serbia apologized to Poland for the incident.", "CONCEDE"),            # apology
    ("Spain and Brazil will cooperate on customs checks.", "AGREE"),         # future -> AGREE
    ("Canada provided medicine and food to Yemen.", "AID"),                  # transfer sense
    ("Israel released dozens of prisoners.", "RETREAT"),                     # release sense
    ("India urged Pakistan to halt the shelling.", "REQUEST"),               # object control
    ("China accused Japan of provoking the crisis.", "ACCUSE"),              # accuse of
    ("Cuba rejected the proposal from Chile.", "REJECT"),                    # reject
    ("Iran threatened to attack Israel.", "THREATEN"),                       # threaten to X
    ("Thousands of workers went on strike in Nepal.", "PROTEST"),            # strike sense
    ("Ghana imposed sanctions on Mali.", "SANCTION"),                        # light verb
    ("Turkey deployed troops along the border with Syria.", "MOBILIZE"),     # deploy sense
    ("Police in Kenya arrested dozens of protesters.", "COERCE"),            # arrest
    ("Syrian jets bombed the town.", "ASSAULT"),                             # adjective actor
]


@pytest.mark.model
@pytest.mark.parametrize("text, category", CATEGORY_CASES)
def test_each_category_is_found(nlp_sm, text, category):
    events = events_of(nlp_sm, text)
    found = {strict_category(e.event, e.modality) for e in events}
    assert category in found, [(e.event, e.modality) for e in events]


@pytest.mark.model
def test_reciprocal_actors_in_a_between_phrase(nlp_sm):
    (ev,) = [e for e in events_of(nlp_sm, "Talks between Russia and Ukraine took place "
                                          "on Monday.") if e.event == "CONSULT"]
    assert sorted(a.code for a in ev.actor) == ["RUS", "UKR"]
    assert ev.recipient == ()


@pytest.mark.model
def test_threat_mode_comes_from_the_threatened_action(nlp_sm):
    (ev,) = events_of(nlp_sm, "France threatened to impose a curfew on the island.")
    assert (ev.event, ev.mode) == ("THREATEN", "curfew")


@pytest.mark.model
def test_demand_of_a_release_is_request_yield(nlp_sm):
    (ev,) = events_of(nlp_sm, "Italy demanded the release of the detained sailors.")
    assert (ev.event, ev.mode) == ("REQUEST", "yield")


@pytest.mark.model
def test_reported_obligation_is_a_request_by_the_speaker(nlp_sm):
    evs = events_of(nlp_sm, "Egypt said Libya must withdraw its forces from Chad.")
    (ev,) = [e for e in evs if e.event == "REQUEST"]
    assert [a.code for a in ev.actor] == ["EGY"]
    assert [a.code for a in ev.recipient] == ["LBY"]


@pytest.mark.model
def test_protest_demands_are_part_of_the_protest(nlp_sm):
    evs = events_of(nlp_sm, "Students in Chile staged a rally to demand free education.")
    assert [e.event for e in evs] == ["PROTEST"]


@pytest.mark.model
def test_same_category_elaboration_is_one_event(nlp_sm):
    evs = events_of(nlp_sm, "Syrian jets bombed the town, killing twelve people.")
    assert [e.event for e in evs] == ["ASSAULT"]


@pytest.mark.model
def test_definite_reference_adds_detail_to_the_earlier_event(nlp_sm):
    text = ("Russia and Ukraine held talks on Monday. The talks, which took place in "
            "Geneva, ended without a deal.")
    evs = [e for e in events_of(nlp_sm, text) if e.event == "CONSULT"]
    assert len(evs) == 1  # "the talks" is the same event, not a second one


@pytest.mark.model
def test_explicitly_negated_cooperation_is_a_rejection(nlp_sm):
    (ev,) = events_of(nlp_sm, "Kenya will not accept the plan from Sudan.")
    assert (ev.event, ev.modality) == ("REJECT", "asserted")


@pytest.mark.model
def test_predicative_willingness_is_an_agreement(nlp_sm):
    evs = events_of(nlp_sm, "Syria is willing to withdraw its troops from Lebanon.")
    assert [(e.event, e.modality) for e in evs] == [("AGREE", "asserted")]


@pytest.mark.model
def test_planned_harm_by_its_doer_is_a_threat(nlp_sm):
    (ev,) = events_of(nlp_sm, "Greece plans to impose a curfew on the islands.")
    assert (ev.event, ev.mode) == ("THREATEN", "curfew")


@pytest.mark.model
def test_cue_confirmed_sense_needs_no_named_actor(nlp_sm):
    # "block" alone is weak; blocking roads is a protest even by unnamed demonstrators
    (ev,) = events_of(nlp_sm, "Angry farmers blocked roads outside the capital.")
    assert (ev.event, ev.mode) == ("PROTEST", "obstruct")


@pytest.mark.model
def test_unnamed_actor_takes_the_country_of_its_place(nlp_sm):
    from detente.records import Place

    text = "Protesters in Nairobi blocked roads on Monday."
    doc = nlp_sm(text)
    ctx = make_ctx(doc)
    start = text.index("Nairobi")
    ctx.places = [Place("Nairobi", start, start + 7, "Nairobi", "KEN")]
    (ev,) = extract_events(ctx)
    assert [a.code for a in ev.actor] == ["KEN"]
    assert ev.actor[0].text.startswith("Protesters")


@pytest.mark.model
def test_the_offence_in_an_arrest_is_not_an_event(nlp_sm):
    evs = events_of(nlp_sm, "Police in Kenya arrested a journalist for spying on Sudan.")
    assert [e.event for e in evs] == ["COERCE"]


@pytest.mark.model
def test_what_a_rejected_call_asks_for_is_not_an_event(nlp_sm):
    evs = events_of(nlp_sm, "Mali rejected a call for French troops to be deployed in the "
                            "north.")
    assert [e.event for e in evs] == ["REJECT"]


# --- which phrase plays which role (general argument rules) ----------------------------

def roles_of(nlp, text):
    return [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient])
            for e in events_of(nlp, text)]


@pytest.mark.model
def test_protest_target_is_named_in_its_purpose(nlp_sm):
    # the purpose clause says what the protest is against, not where it happened
    assert roles_of(nlp_sm, "Students in Nepal staged a sit-in to protest against China's "
                            "new border rules.") == [("PROTEST", ["NPL"], ["CHN"])]


@pytest.mark.model
def test_purpose_infinitive_is_addressed_to_the_object_above(nlp_sm):
    # "summoned X to complain": the complaint is made to X
    evs = roles_of(nlp_sm, "Kenya summoned Sudan's ambassador to complain about border "
                           "raids.")
    assert ("ACCUSE", ["KEN"], ["SDN"]) in evs


@pytest.mark.model
def test_mobilized_forces_are_not_the_target(nlp_sm):
    # reservists belong to the actor; the war "against Syria" names the target
    assert roles_of(nlp_sm, "Turkey mobilized reserve units for a possible offensive "
                            "against Syria.") == [("MOBILIZE", ["TUR"], ["SYR"])]
    # where the force is sent or stationed is the target; a date is not a place
    assert roles_of(nlp_sm, "Turkey deployed troops in Syria on Monday.") == [
        ("MOBILIZE", ["TUR"], ["SYR"])]


@pytest.mark.model
def test_victims_of_a_nominal_subject_are_the_clause_object(nlp_sm):
    assert roles_of(nlp_sm, "Recent Israeli airstrikes, carried out at night, have killed "
                            "ten Syrian officers.") == [("ASSAULT", ["ISR"], ["SYR"])]


@pytest.mark.model
def test_the_accused_is_the_by_agent_not_the_victims(nlp_sm):
    # "extremists against Ukrainian civilians" are Russian extremists, not Ukrainians
    assert roles_of(nlp_sm, "Poland is investigating alleged crimes by Russian extremists "
                            "against Ukrainian civilians.") == [("ACCUSE", ["POL"], ["RUS"])]


@pytest.mark.model
def test_mediator_acts_on_the_parties_between_them(nlp_sm):
    assert roles_of(nlp_sm, "Egypt launched a mediation effort between Israel and Syria.") \
        == [("CONSULT", ["EGY"], ["ISR", "SYR"])]


@pytest.mark.model
def test_host_ready_for_talks_between_parties_agrees_with_them(nlp_sm):
    assert roles_of(nlp_sm, "Norway said it is ready to host talks between India and "
                            "Pakistan.") == [("AGREE", ["NOR"], ["IND", "PAK"])]


@pytest.mark.model
def test_a_helper_named_with_with_is_not_a_target(nlp_sm):
    # "with Greece's help": Greece helps, Serbia is blockaded
    assert roles_of(nlp_sm, "NATO will tighten the blockade of Serbia with Greece's help.") \
        == [("SANCTION", ["IGO"], ["SRB"])]


@pytest.mark.model
def test_a_refused_thing_points_at_its_party(nlp_sm):
    # entry refused to people restricts their movement (COERCE restrict since triggers 1.18.0)
    assert roles_of(nlp_sm, "Chile refused entry to refugees from Peru.") == [
        ("COERCE", ["CHL"], ["PER"])]


@pytest.mark.model
def test_participle_misparsed_as_subject_gives_its_noun(nlp_sm):
    (ev,) = events_of(nlp_sm, "The Red Cross operating in Yemen said Chile must release "
                              "the prisoners.")
    assert ev.actor[0].text == "The Red Cross"
    assert [a.code for a in ev.recipient] == ["CHL"]


@pytest.mark.model
def test_a_named_participant_drops_the_place_after_it(nlp_sm):
    from detente.events.phrases import core_phrase

    doc = nlp_sm("Norway sent medicine to the Red Crescent in Bam, Iran.")
    tok = next(t for t in doc if t.text == "Crescent")
    assert core_phrase(tok).text == "the Red Crescent"


@pytest.mark.model
def test_unattributed_violence_is_coded_where_it_happened(nlp_sm):
    from detente.records import Place

    text = "Three soldiers from Chile were killed in Kandahar on Sunday."
    doc = nlp_sm(text)
    ctx = make_ctx(doc)
    start = text.index("Kandahar")
    ctx.places = [Place("Kandahar", start, start + 8, "Kandahar", "AFG")]
    (ev,) = extract_events(ctx)
    assert [a.code for a in ev.actor] == ["AFG"]
    assert [a.code for a in ev.recipient] == ["CHL"]


@pytest.mark.model
def test_unnamed_participant_takes_a_place_named_in_the_other_role(nlp_sm):
    from detente.records import Place

    # "results in Lima" is inside the protested object, but Lima is still where it happens
    text = "Riot police used tear gas to disperse crowds protesting election results in Lima."
    ctx = make_ctx(nlp_sm(text))
    start = text.index("Lima")
    ctx.places = [Place("Lima", start, start + 4, "Lima", "PER")]
    (ev,) = [e for e in extract_events(ctx) if e.event == "PROTEST"]
    assert [(a.text, a.code) for a in ev.actor] == [("crowds", "PER")]


@pytest.mark.model
def test_party_announcing_its_own_boycott_threatens(analyzer):
    # the speaker is a party the knowledge base does not list: "it" is still the speaker
    text = "The Popular Renewal party said it will boycott Ghana's elections unless the " \
           "president resigns."
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2024, 3, 6))])
    evs = [(e.event, e.modality) for e in analysis.events]
    assert ("THREATEN", "asserted") in evs


@pytest.mark.model
def test_allegations_behind_an_arrest_are_the_arresters(nlp_sm):
    # "on allegations of spying": the jailer alleges, the jailed is accused; "of spying"
    # is the offence, not an agent
    evs = roles_of(nlp_sm, "Chile arrested Peru's consul on allegations of spying.")
    assert ("ACCUSE", ["CHL"], ["PER"]) in evs


def test_conjunct_with_its_own_passive_auxiliary_is_passive():
    from detente.events.phrases import subject_of

    # "rebels who fled and are wanted": "wanted" is passive though "fled" is active
    doc = hand_doc(["rebels", "who", "fled", "and", "are", "wanted"],
                   [0, 2, 0, 2, 5, 2], ["ROOT", "nsubj", "relcl", "cc", "auxpass", "conj"],
                   ["NOUN", "PRON", "VERB", "CCONJ", "AUX", "VERB"],
                   ["rebel", "who", "flee", "and", "be", "want"])
    subj, passive = subject_of(doc[5])
    assert (subj.text, passive) == ("rebels", True)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a visitor speaking somewhere is not thereby of that country...
    "In Kabul, Jonas Ekberg criticized the new law.",
    "Speaking in Kabul, Jonas Ekberg demanded the release of the prisoners.",
    # ...nor is a named attacker; unnamed "gunmen" would take the place's country
    "Jonas Ekberg attacked the convoy near Kandahar.",
])
def test_named_person_gets_no_country_from_the_place_of_the_act(analyzer, text):
    import datetime as dt

    from detente.records import Article

    out = next(analyzer.analyze([Article.make(text, published=dt.date(2024, 5, 8))]))
    assert out.events
    assert all(a.code != "AFG" for e in out.events for a in e.actor)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # concurring with a quoted remark is not an agreement...
    ('“The danger has not passed,” agreed Lena Ortiz, a lawyer for the families.', set()),
    # ...but a quote can carry a verbal act of its own
    ('"This is a disgrace," the Kenyan foreign minister condemned.', {"ACCUSE"}),
    # and an ordinary agreement is untouched
    ("Kenya agreed to a ceasefire on Monday.", {"AGREE"}),
])
def test_verbs_that_only_attribute_a_quote(analyzer, text, expected):
    import datetime as dt

    from detente.records import Article

    out = next(analyzer.analyze([Article.make(text, published=dt.date(2024, 5, 8))]))
    assert {e.event for e in out.events} == expected


@pytest.mark.model
def test_an_event_with_no_date_of_its_own_takes_its_speakers_date_from_the_speech_passed_in(
        nlp_sm):
    # the quote stage runs first; the pipeline hands its Speech to the event stage
    text = "Cuba said on Monday that the talks had failed. Cuba rejected the proposal from Chile."
    published = dt.date(2024, 3, 6)  # a Wednesday
    doc = nlp_sm(text)
    ctx = ArticleContext(article=Article.make(text, published=published), doc=doc,
                         actors=DictActors(doc), dates=resolve_dates(doc, published), places=[])
    speech = extract_speech(ctx)
    assert {k: v.value for k, v in speech.speaker_dates.items()} == {"Cuba": "2024-03-04"}
    assert [(e.event, e.date, e.date_basis) for e in extract_events(ctx, speech)] == [
        ("REJECT", "2024-03-04", "text")]
    # without the speech, nothing in its own words dates it: the report date stands in
    assert [(e.event, e.date, e.date_basis) for e in extract_events(ctx)] == [
        ("REJECT", "2024-03-06", "publication")]


# ------------------------------------------------- groupings and function words come from data

def test_category_groupings_are_read_from_the_ontology_and_name_real_categories():
    from detente import knowledge
    from detente.events import arguments, extract, triggers
    from detente.events.lexicon import category_set

    onto = knowledge.load("ontology.yaml")
    assert extract.COOPERATIVE == category_set("rejected_when_negated") == frozenset(
        onto["rejected_when_negated"])
    assert "AGREE" in extract.COOPERATIVE and "ASSAULT" not in extract.COOPERATIVE
    assert arguments.TARGETED == frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT",
                                            "THREATEN"})
    assert triggers.SPEECH_ACTS == frozenset(onto["speech_acts"])
    for key in ("threat_when_announced", "targeted", "harm_nominals", "kept_without_actor",
                "addressed", "recipient_from_place", "venue_events", "speech_acts",
                "charging", "protest_content", "about_content", "mode_from_content",
                "recipient_from_content", "recipient_by_against", "strict_future_to_agree"):
        assert category_set(key) <= set(onto["categories"]), key


def test_strict_export_and_evaluation_share_the_ontologys_future_to_agree_list():
    from detente import export
    from detente.evaluate import common

    expected = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
    assert export.FUTURE_AS_AGREE == common.FUTURE_TO_AGREE == expected
    assert {c.upper() for c in load_lexicon().strict_future_to_agree} == expected
    assert strict_category("CONSULT", "future") == "AGREE"
    assert strict_category("ASSAULT", "future") == "ASSAULT"


def test_a_grouping_naming_an_unknown_category_fails_with_file_and_line(monkeypatch):
    from detente import knowledge
    from detente.errors import KnowledgeBaseError
    from detente.events import lexicon

    text = ('version: "9"\ncategories: {AGREE: {}, ASSAULT: {}}\n'
            'harm_nominals: [ASSAULT, ASSUALT]\n')
    fake = knowledge.parse(text, "detente/data/ontology.yaml")
    monkeypatch.setattr(lexicon.knowledge, "load", lambda name: fake)
    monkeypatch.setattr(lexicon.knowledge, "ordered", lambda name, key: tuple(fake[key]))
    lexicon.category_set.cache_clear()
    try:
        with pytest.raises(KnowledgeBaseError) as err:
            lexicon.category_set("harm_nominals")
    finally:
        lexicon.category_set.cache_clear()
    assert str(err.value) == (
        "detente/data/ontology.yaml:3: 'harm_nominals' lists ASSUALT, which is not a category "
        "of the ontology; use the category names under 'categories'")


def test_function_words_of_the_event_stage_come_from_the_events_lexicon():
    from detente import knowledge
    from detente.events import arguments, candidates, extract, phrases, triggers

    assert phrases.PRONOUNS == knowledge.words("lexicon/events.yaml", "pronouns")
    assert {"they", "who", "its"} <= phrases.PRONOUNS
    # "on" must survive YAML (unquoted it would be read as a boolean)
    for words in (arguments.DEPLOY_PREPS, arguments.GROUNDS_PREPS, triggers.LIGHT_PREPS,
                  candidates.COMPLEMENT_PREPS, extract.DESCEND_PREPS):
        assert "on" in words
    assert extract.COLLECTIVE_PAIR | extract.COLLECTIVE_PLURALS <= extract.COLLECTIVE
    assert "urge" in phrases.OBJECT_CONTROL and "summon" not in phrases.OBJECT_CONTROL


# --- one real event, one record per article ---------------------------------------------

@pytest.mark.model
def test_a_retelling_with_a_definite_noun_is_the_same_event(analyzer):
    text = ("Chinese coast guard ships blocked a Philippine supply mission near the shoal on "
            "Saturday. Manila condemned the blockade. The Chinese blockade was the third this "
            "year.")
    an = next(iter(analyzer.analyze([Article.make(text, published=dt.date(2024, 5, 8))])))
    coerce = [e for e in an.events if e.event == "COERCE"]
    assert len(coerce) == 1
    assert (coerce[0].evidence.trigger, coerce[0].date) == ("blocked", "2024-05-04")
    assert [e.trigger for e in coerce[0].also_evidence] == ["blockade"]
    assert coerce[0].as_dict()["also_evidence"][0]["sentence"] == \
        "The Chinese blockade was the third this year."


@pytest.mark.model
def test_two_acts_with_verbs_of_their_own_stay_two_events(analyzer):
    text = "Iran rejected the French proposal. Later, Iran rejected a German plan."
    an = next(iter(analyzer.analyze([Article.make(text, published=dt.date(2024, 5, 8))])))
    rejects = [e for e in an.events if e.event == "REJECT"]
    assert len(rejects) == 2 and all(not e.also_evidence for e in rejects)
