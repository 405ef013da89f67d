"""Material events as news tells them: states that are no acts (harm with no political doer is
``accidents``),
the unnamed state behind an arrest, and the constructions that move the doer and the victim
("came under attack from", "helped X build", "was met by armed men").

Called by ``extract.build_drafts`` on each candidate; every function reads the parse around
one trigger and the word lists of ``data/lexicon/material.yaml`` (and the not-event lists of
``data/triggers.yaml`` through the ``Lexicon``). None of them loops over more than one
sentence.

Public API:
    place_inside(ctx, noun) -> Place | None      where a defused bomb was planted
    standing_state(ctx, cand) -> bool            "the Japanese occupation" mentioned in passing,
                                                 "the cell where he was held"
    state_doer(ctx, cand, roles) -> tuple        the story's state behind a passive arrest
    under_attack(cand) -> tuple | None           (doer tokens, victim tokens) of "came under attack"
    helped(cand) -> tuple | None                 the aided party's tokens, or None: no aid
    protest_mode(cand, mode) -> str | None       "a demonstration turned violent" is a riot
    armed_meeting(cand, roles) -> bool           "were met by armed men" is no consultation
    plotted(cand, modality) -> str               "hired a man to kill her": not done
    struggle(cand) -> bool                        "he is still fighting": no combat
    passive_state_act(cand, roles) -> bool        "assets were frozen in X": X's state did it
    died_in(cand) -> bool                         "dozens died in an attack": a doerless attack
    expelled_from(cand, roles) -> list            "was expelled from the party": the party
    received(cand, roles) -> bool                 "X received loans from Y": Y aids X
    helper_is_no_doer(cand) -> bool              "will help release him": the helper does not
    same_victim(a, b) -> bool                     one named person killed, told twice
    protest_target(ctx, cand, actor) -> tuple    what a protest is against, from its purpose
    move_roles(cand, roles) -> bool              roles moved by the constructions above
"""

from __future__ import annotations

from .. import knowledge, tree
from ..dates import date_for
from .background import dated
from ..places import place_for
from .parties import state_actor
from ..ranges import starting_in
from .phrases import subject_of
from .lexicon import Lexicon, category_set, events_words, load_lexicon

_FILE = "lexicon/material.yaml"
STANDING_NOUNS = knowledge.words(_FILE, "standing_nouns")
MAKING_PARTICIPLES = knowledge.words(_FILE, "making_participles")
STATE_MODES = knowledge.words(_FILE, "state_modes")
PASSIVE_UNAMBIGUOUS = knowledge.words(_FILE, "passive_unambiguous")
GENERIC_VICTIMS = knowledge.words(_FILE, "generic_victims")
HABITUAL_ADVERBS = knowledge.words(_FILE, "habitual_adverbs")
UNDER_VERBS = knowledge.words(_FILE, "under_verbs")
UNDER_PREPS = knowledge.words(_FILE, "under_preps")
#: "fell to rebel forces": the subject is the ground taken, the "to" phrase the force
YIELDING = knowledge.words(_FILE, "yielding_phrasals")
#: "town", "base": ground that can fall to a force
GROUND = knowledge.words(_FILE, "ground_nouns")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
DOER_PREPS = knowledge.words(_FILE, "doer_preps")
RIOT_STATES = knowledge.words(_FILE, "riot_states")
TURN_VERBS = knowledge.words(_FILE, "turn_verbs")
ARMED_MODIFIERS = knowledge.words(_FILE, "armed_modifiers")
ARMED_NOUNS = knowledge.words(_FILE, "armed_nouns")
HELPING_VERBS = knowledge.words(_FILE, "helping_verbs")
ENGAGED_VERBS = knowledge.words(_FILE, "engaged_verbs")
PURPOSE_VERBS = knowledge.words(_FILE, "purpose_verbs")
PLOT_VERBS = knowledge.words(_FILE, "plot_verbs")
COMBAT_VERBS = knowledge.words(_FILE, "combat_verbs")
OPPONENT_PREPS = knowledge.words(_FILE, "opponent_preps")
PERSON_PRONOUNS = knowledge.words(_FILE, "person_pronouns")
PASSIVE_STATE_ACTS = category_set("passive_state_acts")
NOT_BY_HELPER = category_set("not_by_helper")
#: Acts that, in the perfect over a span of years, are a count or trend (ontology.yaml).
TALLIED = category_set("tallied")
PASSIVE_SUBJECT_IS_DOER = category_set("passive_subject_is_doer")
#: Nouns of "in X" that name what a protest is against ("in defiance of").
PROTEST_PP_NOUNS = events_words("protest_pp_nouns")

#: Prepositions that name the cause of a harm: "killed in a crash", "destroyed by fire".
CAUSE_PREPS = knowledge.words(_FILE, "cause_preps")
DEATH_VERBS = knowledge.words(_FILE, "death_verbs")
ACCIDENT_VERBS = knowledge.words(_FILE, "accident_verbs")
WHERE_WORDS = knowledge.words(_FILE, "where_words")
RECEIVING_VERBS = knowledge.words(_FILE, "receiving_verbs")
POWER_NOUNS = knowledge.words(_FILE, "power_nouns")
ATTEMPT_NOUNS = knowledge.words(_FILE, "attempt_nouns")
ENABLING_VERBS = knowledge.words(_FILE, "enabling_verbs")
SENDING_VERBS = knowledge.words(_FILE, "sending_verbs")
#: "... and later killed 50 militants": a joined verb told as coming after is another act.
LATER_ADVERBS = knowledge.words(_FILE, "later_adverbs")
GENERIC_ADVERBS = knowledge.words(_FILE, "generic_adverbs")
#: "repeatedly": adverbs that make a pattern of an act told in the present perfect
REPEATED = knowledge.words(_FILE, "repetition_adverbs")
RELATIVE_WORDS = knowledge.words(_FILE, "relative_words")
SPAN_PREPS = knowledge.words(_FILE, "span_preps")
SPAN_STARTS = knowledge.words(_FILE, "span_starts")
SPAN_UNITS = knowledge.words(_FILE, "span_units")
SPAN_ADJECTIVES = knowledge.words(_FILE, "span_adjectives")
GIVER_PREPS = knowledge.words(_FILE, "giver_preps")
EXPEL_PREPS = knowledge.words(_FILE, "expel_preps")
#: Modifiers that make a cause someone's act: "Israeli fire", "tank fire", "the army's fire".
SIDE_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_SUBJECTS = tree.SUBJECT_DEPS
_VERB_COMPLEMENTS = frozenset({"xcomp", "ccomp"})


def lemmas(tok) -> set[str]:
    """The word and its lemma, lower case."""
    return {tok.lower_, tok.lemma_.lower()}


def place_inside(ctx, noun):
    """The first place named inside a noun's phrase: where a defused bomb was planted ("a
    bomb hidden under a bridge in Peshawar")."""
    if noun is None:
        return None
    phrases = [noun]
    if noun.dep_ in ("dobj", "nsubjpass"):
        # "defused a device in a car parked near a mosque in Kano": the verb's phrases (and
        # those of a verb joined to it: "was found and defused near the base in Cali")
        verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
        phrases += [c for v in verbs for c in v.children if c.dep_ == "prep" and c.i > v.i]
    for root in phrases:
        end = root.right_edge.idx + len(root.right_edge)
        found = next((p for p in ctx.places_in(root.left_edge.idx, end) if p.country), None)
        if found is not None:
            return found
    return None


def standing_state(ctx, cand) -> bool:
    """A noun naming a state, not an act ("U.S. restrictions on Chinese business", "life
    under the Japanese occupation"), with nothing that makes it happen: no light verb (those
    are ``kind == "light"``), no verb of occurrence among its words ("the ban took effect"),
    no participle that imposes it, and no date or place of its own."""
    if _where_held(cand) or _what_usually_happens(cand) or _tally(cand):
        return True
    noun = cand.noun
    if cand.kind != "noun" or noun is None or noun.lemma_.lower() not in STANDING_NOUNS:
        return False
    if cand.predicate is not None and cand.predicate in cand.words:
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() in MAKING_PARTICIPLES for c in noun.children):
        return False
    return date_for(ctx, noun) is None and place_for(ctx, noun) is None


def _what_usually_happens(cand) -> bool:
    """A material act the clause says usually happens ("the person is usually deported",
    "police often arrest drivers there") or has happened again and again up to now ("has
    repeatedly targeted the grid"): a pattern, not an event."""
    if cand.kind != "verb" or not load_lexicon().quad(cand.event).startswith("material"):
        return False
    verb = cand.head
    if any(c.dep_ == "advmod" and c.lower_ in GENERIC_ADVERBS for c in verb.children):
        return True
    # "Moscow has repeatedly targeted the grid": repeated up to now, with no date of its own
    return any(c.dep_ == "advmod" and c.lower_ in REPEATED for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
        for c in verb.children) and not dated(verb)


def _tally(cand) -> bool:
    """Violence or repression summed over a long span ("in the last 15 months, 1,250 fighters
    have been killed", "since the start of the year the group has stepped up attacks"): a
    count or a trend, not one event. Needs the perfect ("have been killed") and a span of
    months or years, or the start of one, in the trigger's own clause."""
    if cand.event not in TALLIED or cand.kind not in ("verb", "light"):
        return False
    # "have been blocked, detained or assaulted": the first of joined verbs carries both
    verbs = [cand.head]
    for child, head in tree.steps_up(cand.head, limit=3):
        if child.dep_ != "conj":
            break
        verbs.append(head)
    words = [c for v in verbs for c in v.children]
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in words) and any(
        c.dep_ == "prep" and c.lower_ in SPAN_PREPS and any(
            g.dep_ == "pobj" and _span(g) for g in c.children) for c in words)


def _span(noun) -> bool:
    """"the last 15 months", "the past year", "the beginning of the year"."""
    if noun.lemma_.lower() in SPAN_STARTS:
        return True
    return noun.lemma_.lower() in SPAN_UNITS and any(
        c.dep_ == "amod" and c.lower_ in SPAN_ADJECTIVES for c in noun.children)


def _where_held(cand) -> bool:
    """A detention named to describe a place ("the cellblock where he was held"): the place
    is the news, the detention is told elsewhere."""
    head = cand.head
    return cand.event == "COERCE" and cand.mode == "arrest" and cand.kind == "verb" and \
        head.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in WHERE_WORDS
                                     for c in head.children)


def _passive(verb) -> bool:
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True  # "books banned in 2024"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    # "was arrested and sentenced": a bare participle shares its head's passive
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head.i != verb.i and not any(
        c.dep_ in ("aux", "nsubj") for c in verb.children) and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in head.children)


#: nouns for people: what a state act in the passive must have been done to
_PEOPLE = events_words("person_nouns")


def passive_state_act(cand, roles) -> bool:
    """A coercion or sanction told in the passive with no doer: the state of the place where
    it happened did it ("assets were frozen in U.S. banks", "was placed under house arrest").
    A sanction needs a party it was done to: "projects were suspended" is no state's act."""
    if cand.event not in PASSIVE_STATE_ACTS or cand.kind == "noun" or (
            cand.kind == "light" and cand.event != "COERCE"):
        return False
    if cand.event == "COERCE":
        return cand.kind == "verb" or _passive(cand.head)
    return not roles.actor and _passive(cand.head) and _party_acted_on(roles)


def _party_acted_on(roles) -> bool:
    return any(t.pos_ in ("PRON", "PROPN") or t.lemma_.lower() in _PEOPLE
               or t.ent_type_ in ("ORG", "NORP", "GPE") for t in roles.recipient)


def helper_is_no_doer(cand) -> bool:
    """An act that is the bare complement of a helping verb ("will help release my
    father"): the helper helps someone else do it."""
    head = cand.head
    return cand.event in NOT_BY_HELPER and head.dep_ == "xcomp" and \
        head.head.lemma_.lower() in HELPING_VERBS and \
        not any(c.dep_ in _SUBJECTS for c in head.children)


def _habitual(verb, reach: int = 3) -> bool:
    """The clause, or one of the few clauses above it, says what usually happens ("is
    usually deported", "people lose their cards most often when they are convicted")."""
    return any(any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in v.children)
               for v in [verb, *tree.ancestors(verb, limit=reach)])


def state_doer(ctx, cand, roles) -> tuple:
    """The story's state (its police, courts, border guards) behind an arrest, deportation or
    sentence told in the passive with no doer and no place ("was placed under arrest"); not
    when the story has no clear setting, the verb is weak or active, the arrested are anyone
    at all ("somebody who has been arrested"), or the clause says what usually happens."""
    setting = ctx.actors.setting
    if setting is None or cand.kind == "noun" or cand.mode not in STATE_MODES or (
            cand.weak and cand.head.lemma_.lower() not in PASSIVE_UNAMBIGUOUS):
        return ()
    if roles.actor or not roles.recipient or not _passive(cand.head):
        return ()
    if any(t.lower_ in GENERIC_VICTIMS for t in roles.recipient) or _habitual(cand.head):
        return ()
    return (state_actor(ctx, setting, "GOV"),)


def under_attack(cand):
    """(doer tokens, victim tokens) of "X came under attack from Y", else None."""
    noun = cand.anchor or cand.noun
    if cand.event != "ASSAULT" or cand.kind != "noun" or noun is None or noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in UNDER_PREPS or verb.lemma_.lower() not in UNDER_VERBS:
        return None
    victims = [c for c in verb.children if c.dep_ in _SUBJECTS]
    doers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in DOER_PREPS
             for g in c.children if g.dep_ == "pobj"]
    return doers, victims


def died_in(cand) -> bool:
    """An attack noun told as where people died ("dozens died in a chemical attack on the
    town"): the attack happened, its doer unnamed. "killed in an attack" is told by the
    killing verb itself."""
    noun = cand.anchor or cand.noun
    if cand.event != "ASSAULT" or cand.kind != "noun" or cand.weak or noun is None:
        return False
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in CAUSE_PREPS and \
        prep.head.lemma_.lower() in DEATH_VERBS


def expelled_from(cand, roles) -> list:
    """The body an expulsion told in the passive names as left ("was expelled from the
    ruling party"): it did the expelling. Empty when a "by" phrase or a subject names the
    doer, or the act is no expulsion."""
    head = cand.head
    if cand.event != "SANCTION" or cand.mode != "expel" or cand.kind != "verb" \
            or roles.actor or not _passive(head):
        return []
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ in EXPEL_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _receiving_verb(noun):
    """The verb of which the aid noun is what was received: "received loans", "accepted $2
    billion in Chinese funding"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "dobj":
        noun, head = head.head, head.head.head  # "$2 billion in loans"
    if noun.dep_ != "dobj" or head.lemma_.lower() not in RECEIVING_VERBS:
        return None
    return head


def received(cand, roles) -> bool:
    """Aid named as what its subject received or accepted ("Kenya received loans from the
    World Bank"): the subject is aided, the "from" phrase or the aid's own modifier
    ("Chinese loans") gives. Moves the roles; False when the construction is not there."""
    noun = cand.anchor or cand.noun
    if cand.event != "AID" or noun is None:
        return False
    verb = _receiving_verb(noun)
    subject, passive = subject_of(verb) if verb is not None else (None, True)
    if subject is None or passive:
        return False  # "loans received by Kenya" is left to the general reading
    subjects = [subject]
    taken = {t.i for t in subjects}
    givers = [g for h in (verb, noun) for c in h.children
              if c.dep_ in ("prep", "agent") and c.lower_ in GIVER_PREPS
              for g in c.children if g.dep_ == "pobj"]
    own = [c for h in (noun, cand.noun) if h is not None for c in h.children
           if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in SIDE_ENTS]
    # "Chinese funding", "the IMF's loan", "$2 billion in Chinese funding" (the sum anchors)
    roles.actor = givers or [t for t in roles.actor if t.i not in taken] or own
    roles.recipient = subjects
    cand.weak = False  # received, "funding" is aid, not a budget line
    return True


def _thing(tok) -> bool:
    """A common noun naming no one who can act ("the update", "the loan"), with no side
    named on it; people, bodies and weapons' users are in the agent nouns."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in SIDE_ENTS:
        return False
    lex = load_lexicon()
    return not (lemmas(tok) & (lex.agent_nouns | _PEOPLE)) and not any(
        c.dep_ in ("poss", "compound") and c.ent_type_ in SIDE_ENTS for c in tok.children)


def helped(cand):
    """For a helping verb ("help"): the tokens of who is helped, () when the parse names
    none, or None when this is no aid ("can help push for", "it helps if", "a plane used to
    help troops")."""
    head = cand.head
    if cand.event != "AID" or cand.kind != "verb" or head.lemma_.lower() not in HELPING_VERBS:
        return ()
    if head.dep_ in ("xcomp", "advcl") and head.head.lemma_.lower() in PURPOSE_VERBS \
            and _passive(head.head):
        return None  # "a plane used to help troops": what a thing is for
    subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
    if any(s.lower_ == "it" for s in subjects) and not any(
            c.dep_ in ("dobj", "dative") for c in head.children):
        return None  # "it helps if ...": no one aids anyone
    if subjects and all(_thing(s) for s in subjects):
        return None  # "the new law will help Beijing tighten control": a thing helps
    for comp in head.children:
        if comp.dep_ in _VERB_COMPLEMENTS and comp.pos_ in ("VERB", "AUX"):
            own = [c for c in comp.children if c.dep_ in _SUBJECTS]
            if own:
                return own  # "helped Fiji build a port"
            if not any(c.dep_ in ("dobj", "dative") for c in head.children):
                return None  # "will help release him": joins the act, aids no one
    return ()


def plotted(cand, modality: str) -> str:
    """The modality of an act that is the to-infinitive of a plot ("hired a hitman to kill
    the journalist"), of a permission ("allows the government to seize assets") or of a power
    to act ("has the authority to revoke visas"): hypothetical, since none says it was done."""
    head = cand.head
    if cand.kind not in ("verb", "light") or modality != "asserted":
        return modality
    if head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in PLOT_VERBS | ENABLING_VERBS:
        return "hypothetical"
    if head.dep_ == "acl" and head.head.lemma_.lower() in POWER_NOUNS \
            and tree.to_infinitive(head):
        return "hypothetical"
    return "hypothetical" if _attempted(head) or _sent_for(cand) else modality


def _sent_for(cand) -> bool:
    """"sent troops to the border to attack the rebels": the harm forces were sent for (sent
    "to help fight" them: irrealis.py, modality's deploying_verbs)."""
    head = cand.head
    if not load_lexicon().is_material_conflict(cand.event):
        return False
    return head.dep_ in ("advcl", "xcomp") and head.head.lemma_.lower() in SENDING_VERBS \
        and tree.to_infinitive(head) and not any(
        c.dep_ in tree.SUBJECT_DEPS for c in head.children)


def _attempted(verb) -> bool:
    """The act is what an effort aims at ("in a bid to capture the town", "in an effort to
    make the country give up its weapons"): the aim, not a deed. Climbs a few complement
    links to the to-infinitive that hangs on the effort noun."""
    top = tree.climb(verb, ("xcomp", "ccomp"), limit=3)
    if not tree.to_infinitive(top):
        return False
    if top.dep_ in ("acl", "relcl"):  # "an assault to retake the town" (parsed either way)
        return top.head.lemma_.lower() in ATTEMPT_NOUNS
    # "approved a law to dismantle X": the parser hangs the aim on the verb, after its object
    return top.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.i < top.i and c.lemma_.lower() in ATTEMPT_NOUNS
        for c in top.head.children)


def struggle(cand) -> bool:
    """A combat verb with one person as its subject and no object, opponent or front ("he
    is still fighting", "she battled on"): a struggle, not combat."""
    head = cand.head
    if cand.event != "ASSAULT" or cand.kind != "verb" or head.lemma_.lower() not in COMBAT_VERBS:
        return False
    if any(c.dep_ in ("dobj", "conj", "advcl", "xcomp") or (
            c.dep_ == "prep" and c.lower_ in OPPONENT_PREPS) for c in head.children):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        (s.lower_ in PERSON_PRONOUNS or (s.ent_type_ == "PERSON" and s.tag_ == "NNP"))
        and not any(c.dep_ == "conj" for c in s.children) for s in subjects)


def _named_victims(d) -> set[str]:
    doc = d.sent.doc
    out = set()
    for r in d.recipient:
        span = doc.char_span(r.start, r.end, alignment_mode="expand") if r.start >= 0 else None
        if r.name and span is not None and any(t.ent_type_ == "PERSON" for t in span):
            out.add(r.name)
    return out


def same_victim(a, b) -> bool:
    """Two attack drafts that tell one attack on a named person ("X was killed in a gun
    battle with police on Friday" ... "police returned fire and X was killed"): one of them
    names no doer, and both name that person as the victim. A person is attacked once per
    story unless the text names two doers; dates and places are checked by the caller."""
    if a.event != "ASSAULT" or b.event != "ASSAULT" or a.modality != b.modality:
        return False
    if any(x.code for x in a.actor) and any(x.code for x in b.actor):
        return False
    return bool(_named_victims(a) & _named_victims(b))


def protest_mode(cand, mode):
    """A protest whose noun "turned violent" is a riot; any other mode stays."""
    noun = cand.anchor or cand.noun
    pred = cand.predicate
    if cand.event != "PROTEST" or noun is None or pred is None or noun.dep_ != "nsubj" \
            or pred.lemma_.lower() not in TURN_VERBS:
        return mode
    if any(c.dep_ in ("oprd", "acomp", "attr") and c.lower_ in RIOT_STATES
           for c in pred.children):
        return "riot"
    return mode


def armed_meeting(cand, roles) -> bool:
    """"They were met by armed men": a meeting with gunmen is no consultation."""
    if cand.event != "CONSULT":
        return False
    for tok in roles.actor + roles.recipient:
        if tok.lemma_.lower() in ARMED_NOUNS or tok.lower_ in ARMED_NOUNS or any(
                c.dep_ == "amod" and c.lower_ in ARMED_MODIFIERS for c in tok.children):
            return True
    return False


def protest_target(ctx, cand, actor) -> tuple:
    """What a protest is against, named in its purpose: "to protest against X's decision",
    "in defiance of X", "(in) demanding reforms from X". The first coded actor named there."""
    roots = []
    for owner in (cand.head, cand.noun):
        if owner is None:
            continue
        for c in owner.children:
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and (
                    c.tag_ == "VBG" or tree.to_infinitive(c)):
                roots.append(c)
            elif c.dep_ == "prep" and c.lower_ == "against":
                roots.append(c)
            elif c.dep_ == "prep" and c.lower_ == "in" and any(
                    g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() in PROTEST_PP_NOUNS
                                                     or g.tag_ == "VBG")
                    for g in c.children):
                roots.append(c)
    if not roots:
        return ()
    taken = {(a.start, a.end) for a in actor}
    best = None
    for r in roots:
        start, end = r.left_edge.idx, r.right_edge.idx + len(r.right_edge)
        for m in starting_in(ctx.actors.mentions, start, end + 1,
                               cache=ctx.cache):
            if m.end <= end and m.code and (m.start, m.end) not in taken:
                if best is None or m.start < best.start:
                    best = m
                break
    return (best,) if best is not None else ()


def _partitive_relative(tok):
    """"some of whom threw rocks": the noun the relative clause is about (the crowd), for the
    quantifier that heads its subject; else the token itself."""
    wh = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.lower_ in RELATIVE_WORDS), None)
    verb = tok.head
    if wh is None or verb.head.i == verb.i:
        return tok
    if verb.dep_ == "relcl":
        return verb.head
    # the parser often hangs the relative clause on the main verb: its subject is meant
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), tok) \
        if verb.dep_ in ("advcl", "conj") else tok


def _fallen_to(cand):
    """(force tokens, ground tokens) of "the town fell to rebel forces", else None."""
    if cand.key not in YIELDING or cand.kind != "verb":
        return None
    verb = cand.head
    forces = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    ground = [c for c in verb.children if c.dep_ == "nsubj"]
    return (forces, ground) if forces else None


def _ground(tok, takers) -> bool:
    """A place or a piece of ground ("the town", "Bakhmut", "the air base"), not a named
    state that "fell to" another named state (a match lost: "Spain fell to Germany")."""
    if tok.lemma_.lower() in GROUND:
        return True
    return tok.ent_type_ in _PLACE_ENTS and not (
        tok.ent_type_ == "GPE" and all(t.ent_type_ == "GPE" for t in takers))


def move_roles(cand, roles) -> bool:
    """Roles that material constructions move ("came under attack from Y": Y is the doer;
    "helped X build": X is aided; "troops were deployed": the troops are the doers); False
    when the candidate is no event after all."""
    moved = under_attack(cand) or _fallen_to(cand)
    if cand.key in YIELDING and (moved is None or not moved[1] or not all(
            _ground(t, moved[0]) for t in moved[1])):
        return False  # "prices fell to $60", "the task fell to the army"
    if moved is not None:
        doers, victims = moved
        roles.actor = doers or roles.actor
        roles.recipient = victims or roles.recipient
    if cand.event in PASSIVE_SUBJECT_IS_DOER and cand.kind == "verb" and not roles.actor \
            and _passive(cand.head):
        # "troops were deployed to the border": the troops' side deployed them
        sent = [t for t in roles.recipient if t.dep_ == "nsubjpass"]
        if sent:
            roles.actor = sent
            roles.recipient = [t for t in roles.recipient if t.dep_ != "nsubjpass"]
    if cand.kind == "light" and not roles.actor and _passive(cand.head) \
            and cand.head.lemma_.lower() in ENGAGED_VERBS:
        # "has been engaged in talks with X": the engaged are the doers
        roles.actor = [t for t in roles.recipient if t.dep_ == "nsubjpass"]
        roles.recipient = [t for t in roles.recipient if t.dep_ != "nsubjpass"]
    roles.actor = [_partitive_relative(t) for t in roles.actor]
    roles.recipient = [_partitive_relative(t) for t in roles.recipient]
    received(cand, roles)
    left = expelled_from(cand, roles)
    if left:
        roles.actor = left
        roles.recipient = [t for t in roles.recipient if t.i not in {x.i for x in left}]
    aided = helped(cand)
    if aided is None:
        return False
    if aided and not roles.recipient:
        roles.recipient = list(aided)
    return True
