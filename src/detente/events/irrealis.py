"""Clauses that tell an act which did not (or not yet) happen, by their construction.

``modality`` reads cue *words* near an event and in the clauses that govern it; the
constructions here need the shape of the parse as well:

- an infinitive with its own subject introduced by "for" on an adjective or a copula ("it
  is crucial for the government to negotiate", ``judged_needful``): on a verb of its own it
  can be done ("arranged for the two to meet");
- a clause governed by an adjective of necessity ("it is necessary to help them", "is vital
  that they cooperate"): what is needed is not done yet;
- the content of a fear or a demand, as the clause of its noun ("concerns that the law will
  help Beijing tighten control", "calls to impose sanctions"): the act is what is feared or
  asked, not what happened. Only the clause of the noun counts: "concerns over the attack"
  presupposes the attack;
- a relative clause of a proposal ("a resolution that aims to tighten sanctions");
- an adverb of likelihood on the act's clause or one above it ("will likely develop"): a
  forecast;
- a bare infinitive of purpose of a verbal act ("went to Kabul to investigate abuses"),
  unless it is the mandate of a body set up for it ("a commission was created to
  investigate") or ranks its doer ("became the first country to support X");
- a material act in the simple present inside a direct quote ("'X attacks our people,' he
  said"): a charge about what the other side does, not a report of one act;
- a likeness ("it is like the government is prosecuting a case");
- an ability modal on the act's own verb ("Brazil can provide eggs") or in a clause of
  purpose ("so the prison can focus on detaining"): a capacity or an aim, not an act;
- a verb with an adverb of near miss ("was almost gunned down", "nearly reached a deal"): the
  act fell short, which the record tells as negated;
- a material act in the infinitive of purpose of a preparation ("was making bombs to carry
  out attacks", "trained fighters to storm the base", "bought weapons to attack bases",
  which the parser may hang on the object): what the means were for;
- a duty told in the past ("the two were supposed to sign a deal") or a fate told in the past
  ("they were to be flown home"): what was due, not what was done;
- an act hoped for, whatever its category ("we hope we'll round up the cartels"; the
  attempt words of ``modality`` leave material acts alone, a hope is never a deed);
- an act in the "in" phrase of a stated interest ("voiced interest in making aid
  conditional on access to minerals"): wanted, not done;
- an open question ("it is unclear whether X will drop the tariffs"): the climb of
  ``modality`` stops at an adjective ("satisfied enough with the efforts to drop"), this one
  looks further up for the "whether" that opens the clause.

Cue words live in ``data/triggers.yaml`` (``modality``). Every climb is bounded.
"""

from __future__ import annotations

from .. import tree
from .lexicon import category_set
from .material import SENDING_VERBS
from .triggers import lem

#: How far up a content clause of a noun is looked for.
_REACH = 6
#: How many governing clauses up an adjective of need still governs the act ("is crucial
#: for X to negotiate": the verb, then "is").
_NEED_REACH = 2
#: How the content clause of a noun hangs on it ("concerns that ...", "calls to ...").
_CONTENT_DEPS = frozenset({"acl", "ccomp"})
#: How the parser may hang a noun's infinitive content clause instead (infinitives only).
_MISHUNG_DEPS = frozenset({"relcl", "advcl"})
#: Links along which the act stays inside the clause that is looked for.
#: (A relative clause is no way through: "calls to punish the rebels who attacked the town"
#: still tells the attack.)
_INSIDE_DEPS = frozenset({"xcomp", "ccomp", "conj", "acl", "advcl", "dobj", "pobj", "prep"})


def start_of(cand):
    """The token whose clause tells the candidate: its predicate, else its head (an event
    noun with an anchor and no predicate is told by the anchor)."""
    if cand.anchor is not None and cand.predicate is None and cand.kind == "noun":
        return cand.anchor
    return cand.predicate if cand.predicate is not None else cand.head


def unrealized(cand, own, governing, cues: dict, material: bool = False) -> str | None:
    """"hypothetical" or "negated" when a construction says the act did not happen, else
    None. ``own``: the candidate's tokens; ``governing``: the clauses above it (``modality``
    climbs them); ``cues``: the ``modality`` word lists; ``material``: the category is a
    material act (an aim stated for one is left to the act's own words)."""
    verbs = [t for t in list(own) + list(governing) if t is not None and tree.is_verb(t)]
    if any(_purpose(v, cues) or _likened(v, cues) for v in verbs):
        return "hypothetical"
    if not material and any(_aim(t, cues) and not _talked_over(cand, t, cues)
                            for t in own if t is not None):
        return "hypothetical"
    if material and (_quoted_present(cand) or _prepared_for(cand, own, cues)):
        return "hypothetical"
    likely = cues.get("likelihood_adverbs", frozenset())
    if any(c.dep_ == "advmod" and c.lower_ in likely for t in list(own) + list(governing)
           if t is not None for c in t.children):
        return "hypothetical"
    able = cues.get("ability_modals", frozenset())
    if any(t is not None and tree.is_verb(t) and _has_aux(t, able) for t in own):
        return "hypothetical"
    # only the clause right above: "it is important to note that they attacked" asserts
    if any(_needed(g, cues) for g in list(governing)[:_NEED_REACH]):
        return "hypothetical"
    if _content_of(start_of(cand), cues) or _proposed(cand.head, cues) \
            or _asked_by_subject(cand, cues):
        return "hypothetical"
    if any(_due(g, cues) for g in governing if g is not None) or _open_question(
            start_of(cand), cues):
        return "hypothetical"
    if _hoped(cand, governing, cues) or _wanted(start_of(cand), cues):
        return "hypothetical"  # "we hope we'll round up the cartels": wished, not done
    near_miss = cues.get("near_miss_adverbs", frozenset())
    for t in own:
        if t is not None and tree.is_verb(t) and any(
                c.dep_ == "advmod" and c.lower_ in near_miss for c in t.children):
            return "negated"
    return None


def judged_needful(verb, copulas) -> bool:
    """"It is important for X to meet", "crucial for X to negotiate": a "for ... to" clause
    hanging on a copula or an adjective says what is wanted, not what happened ("arranged
    for X to meet" hangs on a verb of its own and keeps its modality)."""
    if verb.dep_ not in ("advcl", "ccomp", "xcomp", "acl") or not any(
            c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
            or not tree.to_infinitive(verb):
        return False
    head = verb.head
    return head.pos_ == "ADJ" or head.lemma_.lower() in copulas


def _likened(verb, cues: dict) -> bool:
    """"it is like the government is prosecuting a case": a comparison, not a report."""
    marks = cues.get("comparison_marks", frozenset())
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


#: acts made by saying them (data/ontology.yaml): said on the occasion that is for them
_SAID_ACTS = category_set("dated_by_statement")


def _talked_over(cand, verb, cues: dict) -> bool:
    """"the ministers spoke on Tuesday to discuss trade": talks whose purpose is the talking
    done in a call or a meeting are that meeting, not an aim. So is a demand or a protest
    that a summons is for: "summoned the envoy on Monday to demand an apology" says it was
    made there (not a meeting's aim: "met to sign the accord" may yet fall through)."""
    head = verb.head.lemma_.lower()
    if cand.event == "CONSULT":
        return head in cues.get("talking_occasions", frozenset())
    return cand.event in _SAID_ACTS and head in cues.get("summoning_verbs", frozenset())


def _aim(verb, cues: dict) -> bool:
    """A bare infinitive of purpose: "made trips to the capital to investigate abuses" says
    what the trips were for, not that an investigation was done. A body set up for it has
    its mandate: "commissions were created to investigate the mutiny" starts the inquiry."""
    if verb.dep_ != "advcl" or not tree.is_verb(verb) or \
            verb.head.lemma_.lower() in cues.get("mandate_verbs", frozenset()):
        return False
    return tree.bare_infinitive(verb) and not _ranked(verb.head, cues)


def _ranked(verb, cues: dict) -> bool:
    """"became the first country to support X": the subject is ranked among the doers of the
    act, which is told done, though the parser hangs the infinitive on the verb."""
    ranking = cues.get("ranking_words", frozenset())
    return any(c.dep_ == "attr" and any(m.dep_ == "amod" and m.lower_ in ranking
                                        for m in c.children) for c in verb.children)


def _quoted_present(cand) -> bool:
    """A material act in the simple present inside a direct quote ("'Israel attacks the
    worshippers,' he said"): the speaker's charge about what the other side does, not a
    report of one act. News reports an act in the past; the present is a headline's."""
    head = cand.head
    if cand.kind != "verb" or head.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    before = head.doc[head.sent.start: head.i].text
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _has_aux(verb, lemmas) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() in lemmas for c in verb.children)


def _purpose(verb, cues: dict) -> bool:
    """"so (that) X can V": a clause of purpose with a modal says what is aimed at."""
    marks = cues.get("purpose_marks", frozenset())
    modals = cues.get("ability_modals", frozenset()) | cues.get("hypothetical_aux", frozenset())
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children) and \
        _has_aux(verb, modals)


def _needed(gov, cues: dict) -> bool:
    """A governing clause that calls the act necessary: "is necessary (for X) to", "it is
    vital that" (the adjective is the clause's complement or the governing word itself)."""
    needs = cues.get("necessity_words", frozenset())
    if gov.pos_ == "ADJ" and gov.lemma_.lower() in needs:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in needs for c in gov.children)


def _proposed(head, cues: dict) -> bool:
    """Inside "a resolution that aims to ...": proposed, not done."""
    clause = tree.climb(head, while_=lambda t: t.dep_ != "relcl", limit=7)
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in cues.get(
        "proposal_nouns", frozenset())


def _finite_or_infinitive(clause) -> bool:
    """A content clause proper ("that it will ...", "to impose ..."); a participle ("a
    resolution calling for a truce") tells what the noun itself does."""
    return any((c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ in (
        "to", "will", "would", "could", "might", "may", "can", "should", "must"))
        for c in clause.children)


def _content_of(start, cues: dict) -> bool:
    """The act sits in the content clause of a noun of fear or demand."""
    nouns = cues.get("feared_nouns", frozenset())
    for child, head in tree.steps_up(start, limit=_REACH):
        if head.pos_ == "NOUN" and head.lemma_.lower() in nouns and (
                (child.dep_ in _CONTENT_DEPS and _finite_or_infinitive(child))
                or (child.dep_ in _MISHUNG_DEPS and tree.to_infinitive(child))):
            # the parser hangs "time to stop X" as a relative clause, "a deadline for X to
            # halt Y" as an adverbial one
            return True
        if child.dep_ not in _INSIDE_DEPS:
            return False
    return False


def _asked_by_subject(cand, cues: dict) -> bool:
    """"its call to the authorities to drop the charges": the parser makes the noun of demand
    the subject of the infinitive it asks for; the act asked for is not done (the call, a
    trigger word of its own, is)."""
    start = start_of(cand)
    own = {t.i for t in cand.words}
    return tree.to_infinitive(start) and any(
        c.dep_ == "nsubj" and c.i not in own
        and c.lemma_.lower() in cues.get("feared_nouns", frozenset()) for c in start.children)


def _due(gov, cues: dict) -> bool:
    """"were supposed to sign", "was to be flown": a past duty or fate over an infinitive."""
    if not any(c.dep_ == "xcomp" and tree.to_infinitive(c) for c in gov.children):
        return False
    if gov.lower_ in cues.get("duty_participles", frozenset()):
        return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be"
                   for c in gov.children)
    return gov.lemma_.lower() == "be" and gov.tag_ == "VBD"


def _open_question(start, cues: dict) -> bool:
    """The act inside a clause opened by "whether", however far up the clause starts (not
    past a relative clause, which tells something known)."""
    marks = cues.get("question_marks", frozenset())
    if any(c.dep_ == "mark" and c.lower_ in marks for c in start.children):
        return True
    for child, head in tree.steps_up(start, limit=_REACH):
        if child.dep_ == "relcl":
            return False
        if any(c.dep_ == "mark" and c.lower_ in marks for c in head.children):
            return True
    return False


def _prepared_for(cand, own, cues: dict) -> bool:
    """"making bombs to carry out attacks": the act is what a preparation is for. Forces
    sent for it are means too: "deployed 1,000 troops to help fight the terrorists", "sent
    troops to help local soldiers fight militants" (the sending is the event)."""
    preparing = cues.get("preparing_verbs", frozenset())
    helping = cues.get("helping_verbs", frozenset())
    for verb in own:
        if verb is None or not tree.is_verb(verb):
            continue
        helped = verb.dep_ in ("xcomp", "ccomp") and lem(verb.head) in helping
        # "to help (local soldiers) fight": the help is the purpose (one step, no climb)
        aim = verb.head if helped else verb
        if aim.dep_ in ("relcl", "acl") and aim.head.dep_ == "dobj" and \
                tree.bare_infinitive(aim) and aim.head.head.lemma_.lower() in preparing:
            return True  # "bought weapons to attack bases": the parser's infinitival relative
        if aim.dep_ not in ("advcl", "xcomp") or not tree.bare_infinitive(aim):
            continue
        if aim.head.lemma_.lower() in preparing:
            return True
        # forces sent "to help fight": the fight is their purpose ("sent troops to fight X"
        # without the help is material._sent_for's)
        if helped and _forces_sent(aim.head, cues):
            return True
    return False


def _forces_sent(verb, cues: dict) -> bool:
    """A verb of sending whose object is a force ("deployed troops", "sending soldiers",
    "deployed an intervention brigade"); "sent a letter to protest" is the protest."""
    if lem(verb) not in SENDING_VERBS:
        return False
    forces = cues.get("deployed_forces", frozenset())
    return any(c.dep_ in ("dobj", "nsubjpass") and lem(c) in forces for c in verb.children)


def _hoped(cand, governing, cues: dict) -> bool:
    """The act is what a hope is for ("hopes to sign a deal", "we hope we'll round up the
    cartels"), unless it is the setting of the hoped act ("hopes to resolve it during talks
    Tuesday": the talks are held either way)."""
    hoping = cues.get("hoping_verbs", frozenset())
    if not any(g is not None and tree.is_verb(g) and lem(g) in hoping for g in governing) \
            and not _under_hope(start_of(cand), hoping):
        return False
    head = cand.head
    return not (cand.kind == "noun" and head.dep_ == "pobj"
                and head.head.lower_ in cues.get("setting_preps", frozenset()))


#: Links along which a hope governs the act below it ("hope to persuade X to let Y",
#: "hoping they will start reaching out and make sure they make concessions").
_HOPED_DEPS = frozenset({"xcomp", "ccomp", "conj"})


def _under_hope(start, hoping) -> bool:
    """A verb of hope above the act through complements and joined verbs (``modality``
    stops at verbs of asking and at joined clauses; a hope covers them all)."""
    for child, head in tree.steps_up(start, limit=_REACH):
        if child.dep_ not in _HOPED_DEPS or (child.dep_ == "conj" and tree.subject(child)):
            return False  # "hoped for talks, but Peru attacked": a clause of its own
        if tree.is_verb(head) and lem(head) in hoping:
            return True
    return False


def _wanted(start, cues: dict) -> bool:
    """"voiced interest in making aid conditional": the act is the "in" phrase of a noun of
    wanting, whether the parser hangs the phrase on the noun or on the verb that voices it."""
    wishes = cues.get("wish_nouns", frozenset())
    for child, head in tree.steps_up(start, limit=_NEED_REACH):
        if child.dep_ not in ("pcomp", "pobj"):
            return False
        if head.dep_ != "prep" or head.lower_ != "in":
            continue
        owner = head.head
        if owner.lemma_.lower() in wishes or any(
                c.dep_ == "dobj" and c.lemma_.lower() in wishes for c in owner.children):
            return True
        return False
    return False
