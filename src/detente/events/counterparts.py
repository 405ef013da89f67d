"""The other party of an act whose own phrase names none, read from the clause around it.

- "Despite U.S. sanctions, Iran expanded ...", "a slump caused by Western sanctions": pressure
  named only as the circumstance of another clause is aimed at that clause's subject
  (``pressured_subject``); "sanctions over Iran's missile tests": at the deed's owner
  (``reason_owner``); "tariffs targeting Canada": at the target (``targeted``);
- "delivered rice, and financed clinics to assist the health ministry": aid is for whom its
  purpose helps (``aid_purpose``); "bombers flew near the islands, alarming Japan": an act is
  aimed at whom it provoked (``provoked``);
- "joined Qatar-brokered talks", "negotiating to import wheat from Ukraine": a meeting's
  convener, a negotiation's counterpart (``convener``, ``negotiated_with``);
- "paid a visit to the capital, Hanoi": a visit's host is the country of the place visited
  (``visited_country``); "held talks at the Kremlin": a meeting at a state's seat is held with
  that state (``seat_host``);
- "inmates fought with guards", in a story set in one country: a domestic act with no one
  named on the other end happens to that country (``domestic_target``);
- "seized the Sea Falcon, a Greek-owned tanker": an apposition's nationality
  (``described_owner``).

Each fills a recipient only when none with a country was read, so what the parse names wins;
``completed`` runs them with the readings of ``recipients`` in their order.
"""

from __future__ import annotations

import dataclasses

from .. import coref, knowledge, tree
from ..actor_segments import lookup
from ..ranges import starting_in
from ..records import Actor
from . import envoys, home_talks, repressed
from .parties import state_actor
from .phrases import PRONOUNS, agent_of, phrase
from .lexicon import category_set, events_words
from .reactions import (asked_of_reporter, conditioned_party, for_subject, holder,
                        infinitive_subject, meeting_body, placed_elsewhere, reacted_to,
                        unwritten, with_party, without_companions)
from .recipients import (FOREIGN, LOCAL_EVENTS, home_recipients, implied_recipient, is_place,
                         setting_people)
from .object_places import object_place_party
from .state_acts import place_state

_FILE = "lexicon/counterparts.yaml"


#: Pressure aimed at the subject of the clause it is the circumstance of.
PRESSURE = category_set("pressure_categories", _FILE)
#: "despite", "amid", "triggered by": prepositions of circumstance.
PRESSURE_PREPS = knowledge.words(_FILE, "pressure_preps")
#: CONSULT modes that are a trip to the host.
VISIT_MODES = knowledge.words(_FILE, "visit_modes")
#: Acts that, all at home, happen to home.
DOMESTIC = category_set("domestic_categories", _FILE)
#: Verbs and hyphenated participles that name who convened a meeting.
CONVENING = knowledge.words(_FILE, "convening_verbs")
CONVENING_PARTS = knowledge.words(_FILE, "convening_participles")
#: Participles by which an act's noun names its target ("tariffs targeting Canada").
TARGETING = knowledge.words(_FILE, "targeting_verbs")
#: "sanctions over Iran's missile tests": prepositions of the reason for pressure.
REASON_PREPS = knowledge.words(_FILE, "reason_preps")
#: Purpose verbs that name whom aid is for; effect verbs that name whom an act provoked.
AID_PURPOSE = knowledge.words(_FILE, "aid_purpose_verbs")
EFFECT = knowledge.words(_FILE, "effect_verbs")
#: Harm participles whose victims are an act of force's recipient; the acts they apply to.
HARM = knowledge.words(_FILE, "harm_effect_verbs")
HARMING = category_set("harm_effect_categories", _FILE)
#: Actor codes that are no country ("IGO"): a U.N. official named beside a domestic act makes
#: it no foreign affair.
NOT_HOME = events_words("not_home_codes")
#: Links by which a clause without a subject of its own hangs on one that has it
#: ("caused by ..." on "the economy is shrinking").
CLAUSE_LINKS = ("advcl", "acl", "xcomp", "conj", "pcomp", "pobj", "prep")
#: Acts whose verb shares the object of the verb coordinated after it.
SHARED = category_set("shared_object_categories", _FILE)
#: How far the coordinated verb may stand from the first ("arrested and later charged").
SHARED_GAP = 4
#: Descriptions of a ruling body that name no country ("the regime", "the junta").
RULERS = knowledge.words(_FILE, "ruler_descriptions")
#: Acts whose recipients, beside a written party of another country, hold no compatriot of the
#: doer's that only a guess gave a country ("warned the United States and its allies of a
#: military response": not the doer's own military).
NOT_GUESSED = category_set("foreign_end_categories", _FILE)
#: Steps up from a circumstance's clause to the clause that names a subject ("shrinking after
#: a slump caused by": four).
CLIMB = 5


def coded(actors, avoid: set) -> tuple:
    return tuple(a for a in actors if a.code and a.code not in avoid)


def others(found: tuple, actor: tuple) -> tuple:
    """``found`` without the actor's own countries when it names another ("sign the deal" that
    the US and Ukraine were to sign, said of Ukraine: the US)."""
    own = {a.code for a in actor if a.code}
    rest = tuple(a for a in found if a.code and a.code not in own)
    return rest or found


def _clause_subject(verb):
    """The subject of ``verb``, or of the clause it hangs on when it has none of its own."""
    subj = tree.subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is not None:
        return subj
    for child, head in tree.steps_up(verb, limit=CLIMB):
        if child.dep_ not in CLAUSE_LINKS:
            return None
        subj = tree.subject(head) if head.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            return subj
    return None


def side_of(ctx, tok) -> tuple:
    """The actors a subject phrase names: its resolved mentions, else the nationality word in it
    ("the Venezuelan economy"), else the party a pronoun stands for."""
    if tok.lower_ in PRONOUNS:
        return tuple(coref.participant(ctx, tok, None) or ())
    span = phrase(tok)
    found = tuple(ctx.actors.resolve(span) or ())
    if any(a.code for a in found):
        return found
    for t in span:
        if t.ent_type_ in ("NORP", "GPE") and t.dep_ in ("amod", "compound"):
            found = tuple(ctx.actors.resolve(span.doc[t.i:t.i + 1]) or ())
            if found:
                return found
    return ()


def pressured_subject(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Despite U.S. sanctions, Iran expanded enrichment", "the economy is shrinking after a
    slump caused by U.S. sanctions": a nominal act of pressure that is only the circumstance
    of another clause is aimed at that clause's subject, when the subject is of another country
    than the act's doer (nothing otherwise: "despite sanctions, Washington kept talking")."""
    if event not in PRESSURE or cand.kind != "noun" or any(r.code for r in recipient):
        return recipient
    own = {a.code for a in actor if a.code}
    if not own:
        return recipient
    noun = cand.anchor or cand.noun or cand.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in PRESSURE_PREPS:
        return recipient
    governor = noun.head.head
    if governor.pos_ not in ("VERB", "AUX"):
        return recipient  # "the slump from sanctions": a noun's circumstance, no clause
    subj = _clause_subject(governor)
    if subj is not None and subj.tag_ in ("WDT", "WP") and governor.dep_ == "relcl":
        subj = governor.head  # "Iran's missile industry, which is under U.S. sanctions"
    if subj is None or subj.i == noun.i:
        return recipient
    found = coded(side_of(ctx, subj), own)
    return found or recipient


def visited_country(event: str, mode: str | None, actor: tuple, recipient: tuple,
                    location) -> tuple:
    """"Paid a visit to the capital, Hanoi": the host of a visit that names no party is the
    country of the place visited, when that is not the visitor's own."""
    if event != "CONSULT" or mode not in VISIT_MODES or any(r.code for r in recipient):
        return recipient
    if location is None or not location.country or \
            location.country in {a.code for a in actor}:
        return recipient
    return (Actor(location.text, location.country, None, location.name, None, None,
                  location.start, location.end),)


def _foreign_named(ctx, sent, home: str) -> bool:
    """Whether the sentence names a party or place of a country other than ``home``."""
    start, end = sent.start_char, sent.end_char
    if any(p.country and p.country != home for p in ctx.places_in(start, end)):
        return True
    # by bisection: a scan of every mention per event is quadratic in article length
    return any(m.code and m.code != home and m.code.lower() not in NOT_HOME and m.end <= end
               for m in starting_in(
        ctx.actors.mentions, start, end, cache=ctx.cache))


def domestic_target(ctx, sent, event: str, actor: tuple, recipient: tuple, location) -> tuple:
    """"Inmates fought with guards", "troops were deployed to the district": in a story
    set in one country, violence or a deployment by parties all of that country, with no one
    on the other end given a country, no place of another country and no other country named
    in the sentence, happens to that country (inferred, no mention)."""
    home = ctx.actors.setting
    if event not in DOMESTIC or not home or not actor or any(r.code for r in recipient):
        return recipient
    if any(a.code != home for a in actor) or any(
            w in FOREIGN for r in recipient for w in r.text.lower().split()):
        return recipient  # "foreign tourists": not the story's own people
    if location is not None and location.country and location.country != home:
        return recipient
    if _foreign_named(ctx, sent, home):
        return recipient
    if recipient:  # "guards": the unnamed party, of the story's country
        return tuple(dataclasses.replace(r, code=home) for r in recipient)
    return (state_actor(ctx, home),)


def kb_codes(ctx, words: list[str]) -> tuple:
    """Countries the knowledge base gives a name written as ``words`` ("U.N." -> IGO)."""
    out = []
    for _, _, lex in lookup(ctx.actors.kb, words):
        entity = lex.entity
        code = entity.on(ctx.actors.date)[0] if entity is not None else None
        if code:
            out.append(Actor(" ".join(words), code, None, entity.name, None, None, -1, -1))
    return tuple(out)


def _convener_of(ctx, noun) -> tuple:
    """The party that put on the meeting ``noun`` names: "hosted by Qatar", "EU-organized",
    "Qatar-brokered"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in CONVENING:
            agent = agent_of(c)
            if agent is not None:
                return side_of(ctx, agent)
        if c.dep_ not in ("amod", "compound", "nummod", "nmod") or c.i > noun.i:
            continue
        if "-" in c.text and c.text.rsplit("-", 1)[1].lower() in CONVENING_PARTS:
            return kb_codes(ctx, [c.text.rsplit("-", 1)[0]])  # one token: "U.N.-sponsored"
        if c.lower_ in CONVENING_PARTS:  # "Qatar - brokered": the name hangs on the participle
            named = [g for g in c.children if g.i < c.i and g.pos_ == "PROPN"]
            if named:
                return side_of(ctx, named[0])
    return ()


def convener(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Rebels joined Qatar-brokered talks", "attended a meeting hosted by Egypt": the
    party that convened a meeting another attends is its other party."""
    if event != "CONSULT" or any(r.code for r in recipient) or cand.kind == "verb":
        return recipient
    noun = cand.anchor or cand.noun
    if noun is None:
        return recipient
    own = {a.code for a in actor if a.code}
    return coded(_convener_of(ctx, noun), own) or recipient


def negotiated_with(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Negotiating to import wheat from Ukraine", "sent envoys to attend the inauguration of
    Chile's president": talks that name no party but what they are for are held with the
    party that purpose names (the first coded one, not the doer's)."""
    if event != "CONSULT" or cand.kind != "verb" or any(r.code for r in recipient):
        return recipient
    own = {a.code for a in actor if a.code}
    goal = tree.child(cand.head, ("xcomp",))
    if goal is None:  # "sent a delegation to attend the inauguration of X's president"
        goal = next((c for c in tree.children(cand.head, ("advcl",)) if tree.to_infinitive(c)),
                    None)
    if goal is None or not own:
        return recipient
    start, end = goal.left_edge.idx, goal.right_edge.idx + len(goal.right_edge)
    for m in starting_in(ctx.actors.mentions, start, end, cache=ctx.cache):
        if m.code and m.code not in own and m.end <= end:
            return (m,)
    return recipient


def _object_side(ctx, verbs, own: set) -> tuple:
    """The coded parties, not ``own``, named by the direct objects of ``verbs``."""
    for verb in verbs:
        for obj in tree.children(verb, ("dobj",)):
            found = coded(side_of(ctx, obj), own)
            if found:
                return found
    return ()


def aid_purpose(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Delivered rice and medicine to assist the health ministry": aid that names no
    receiver is for whom its purpose clause helps."""
    if event != "AID" or any(r.code for r in recipient):
        return recipient
    heads = [t for t in (cand.head, cand.noun) if t is not None]
    # "delivered rice, and financed clinics to assist X": a purpose of the coordination
    heads += [c for h in heads[:1] for c in h.children if c.dep_ == "conj"]
    purposes = [c for h in heads for c in h.children if c.dep_ in (
        "xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in AID_PURPOSE
        and tree.to_infinitive(c)]
    own = {a.code for a in actor if a.code}
    # "a loan to help Sri Lanka repay its debts": who is helped is the subject of the clause
    # the help governs
    helped = [s for p in purposes for c in tree.children(p, ("ccomp", "xcomp"))
              for s in tree.children(c, ("nsubj",))]
    return _object_side(ctx, purposes, own) or next(
        (f for f in (coded(side_of(ctx, s), own) for s in helped) if f), ()) or recipient


def provoked(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Bombers flew near the islands, alarming Japan": an act with no one named on the
    other end is aimed at whom its effect clause says it provoked."""
    if any(r.code for r in recipient) or cand.kind == "noun":
        return recipient
    effects = [c for c in cand.head.children if c.dep_ in ("advcl", "xcomp", "conj")
               and c.tag_ == "VBG" and c.lemma_.lower() in EFFECT]
    own = {a.code for a in actor if a.code}
    return _object_side(ctx, effects, own) or recipient


def harmed_side(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Attacked several points near the border, killing 49 Armenian soldiers": an act of
    force whose own object names no side is aimed at the side of the victims its harm clause
    names ("injuring one Iraqi soldier and damaging cars" too)."""
    if event not in HARMING or any(r.code for r in recipient) or cand.kind == "noun":
        return recipient
    clauses = [c for c in cand.head.children if c.dep_ in ("advcl", "xcomp", "conj")
               and c.tag_ == "VBG"]
    clauses += [g for c in clauses for g in tree.children(c, ("conj",)) if g.tag_ == "VBG"]
    own = {a.code for a in actor if a.code}
    harms = [c for c in clauses if c.lemma_.lower() in HARM]
    return _object_side(ctx, harms, own) or recipient


def described_owner(ctx, tokens, actor: tuple, recipient: tuple) -> tuple:
    """"Seized the Sea Falcon, a Greek-owned tanker", "attacked the Blue Heron, an
    Indian-flagged vessel": a recipient the actor list cannot code takes the country its
    apposition gives it (before any country guessed from where the act happened)."""
    if any(r.code for r in recipient):
        return recipient
    own = {a.code for a in actor if a.code}
    for tok in tokens:
        for appos in tree.children(tok, ("appos",)):
            for t in phrase(appos):
                if t.ent_type_ not in ("NORP", "GPE") or t.i >= appos.i:
                    continue
                found = coded(ctx.actors.resolve(t.doc[t.i:t.i + 1]) or (), own)
                if found and recipient:
                    return tuple(dataclasses.replace(r, code=found[0].code)
                                 for r in recipient)
                if found:  # "old friends, Malaysia's former prime minister": the party
                    span = phrase(tok)
                    return (Actor(span.text, found[0].code, None, None, None, None,
                                  span.start_char, span.end_char),)
    return recipient


def targeted(ctx, cand, actor: tuple, recipient: tuple) -> tuple:
    """"Tariffs targeting Canada and Mexico", "sanctions aimed at ...": an act's noun whose
    participle names what it targets is aimed at whom that object names."""
    if any(r.code for r in recipient):
        return recipient
    noun = cand.anchor or cand.noun or (cand.head if cand.kind == "noun" else None)
    if noun is None:
        return recipient
    marks = [c for c in noun.children if c.dep_ in ("acl", "relcl")
             and c.lemma_.lower() in TARGETING]
    own = {a.code for a in actor if a.code}
    return _object_side(ctx, marks, own) or recipient


def reason_owner(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"Imposed sanctions over Iran's missile tests": pressure whose reason is a
    party's deed is aimed at that party (the deed's possessor)."""
    if event not in PRESSURE or any(r.code for r in recipient):
        return recipient
    own = {a.code for a in actor if a.code}
    heads = [t for t in (cand.head, cand.noun, cand.anchor) if t is not None]
    deeds = [g for h in heads for c in h.children if c.dep_ == "prep"
             and c.lower_ in REASON_PREPS for g in c.children if g.dep_ == "pobj"]
    for deed in deeds:
        for owner in tree.children(deed, ("poss",)):
            found = coded(side_of(ctx, owner), own)
            if found:
                return found
    return recipient


def reason_not_party(cand, event: str, recipient: tuple) -> tuple:
    """"Summoned India's envoy over the harassment of Pakistani diplomats", "condemned
    Russia over its strikes on Ukraine": with the party pressed as the verb's object, the
    reason phrase names what it is pressed over, not a second party."""
    verb = cand.head
    if event not in PRESSURE or cand.kind != "verb":
        return recipient
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    spans = [(c.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.children
             if c.dep_ == "prep" and c.lower_ in REASON_PREPS]
    if not objects or not spans:
        return recipient
    kept = tuple(r for r in recipient if not any(a <= r.start < b for a, b in spans))
    return kept if any(r.code for r in kept) else recipient


def declared_envoy(ctx, cand, actor: tuple, recipient: tuple) -> tuple:
    """"Declared Germany's ambassador persona non grata": the parser leaves the envoy out of
    the verb's objects; the envoy's state is the recipient of the expulsion."""
    if any(r.code for r in recipient) or cand.kind != "verb":
        return recipient
    envoy = envoys.declared_envoy(cand.head)
    if envoy is None:
        return recipient
    return coded(side_of(ctx, envoy), {a.code for a in actor if a.code}) or recipient


def seat_host(ctx, event: str, actor: tuple, recipient: tuple, location) -> tuple:
    """"Held talks at the Kremlin", "his White House meeting": a meeting of one side held at
    another state's seat of government (a site, not a city that is also a venue) is held with
    that state."""
    if event != "CONSULT" or any(r.code for r in recipient) or location is None \
            or location.feature != "site" or not location.country:
        return recipient
    own = {a.code for a in actor if a.code}
    if len(own) != 1 or location.country in own:
        return recipient
    seats = [lex.entity for _, _, lex in lookup(ctx.actors.kb, location.text.split())
             if lex.entity is not None and lex.entity.kind == "seat"]
    if not any(e.code == location.country for e in seats):
        return recipient
    return (Actor(location.text, location.country, seats[0].sector, location.name, None, None,
                  location.start, location.end),)


def _raised_object(verb):
    """The object a verb with none of its own shares with the verb coordinated right after it
    ("arrested and charged three men" -> "men"), or None. Only words that tie the two may
    stand between them, and the second verb has no subject of its own."""
    if any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass", "ccomp", "xcomp")
           for c in verb.children):
        return None
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and verb.i < c.i <= verb.i + SHARED_GAP), None)
    if second is None or any(t.dep_ not in ("cc", "advmod", "punct")
                             for t in verb.doc[verb.i + 1:second.i]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") for c in second.children):
        return None
    return next((c for c in second.children if c.dep_ == "dobj"
                 and c.pos_ in ("NOUN", "PROPN")), None)


def shared_object(ctx, cand, event: str, roles, recipient: tuple) -> tuple:
    """"Police arrested and charged three men", "militants have been attacking and fighting
    troops": a verb that names no one on the other end shares the object of the verb
    coordinated after it; ``roles.recipient`` takes it, for the readings after this one."""
    if recipient or roles.recipient or cand.kind != "verb" or event not in SHARED:
        return recipient
    obj = _raised_object(cand.head)
    if obj is None:
        return recipient
    roles.recipient = [obj]
    return side_of(ctx, obj) or setting_people(ctx, [obj])


def foreign_rulers(ctx, tokens, actor: tuple, recipient: tuple) -> tuple:
    """"The prime minister called on the Communist leadership to ...", "Washington warned the
    regime": a government addressing a ruling body the text names without a country ("the
    leadership", "the junta", "the regime", ``tokens`` the recipient's heads) does not
    address its own, though the story's setting or the doer's side gave it the doer's
    country. Such a recipient is the nearest other state named before it; left as it is when
    there is none."""
    own = {a.code for a in actor if a.code}
    if len(own) != 1 or any(a.sector != "GOV" for a in actor if a.code):
        return recipient
    for tok in tokens:
        if tok.lemma_.lower() not in RULERS or any(
                m.code and not ctx.actors.from_setting(m)
                for m in ctx.actors.resolve(phrase(tok)) or () if m.start >= 0):
            continue  # "Iran's regime": the country is written
        other = coref.state_named_before(ctx, tok, frozenset(own))
        if not other:
            continue
        state, word = other[0], tok.lower_
        return tuple(dataclasses.replace(r, code=state.code, name=state.name) if r.code in own
                     and (r.text or "").lower().split()[-1:] == [word] else r
                     for r in recipient)
    return recipient


def from_clause(ctx, where: tuple, what: tuple, actor: tuple, recipient: tuple,
                location) -> tuple:
    """The recipient once the clause around the act is read for its other party.
    ``where``: (candidate, sentence); ``what``: (category, mode)."""
    cand, sent = where
    event, mode = what
    recipient = pressured_subject(ctx, cand, event, actor, recipient)
    recipient = reason_owner(ctx, cand, event, actor, recipient)
    recipient = aid_purpose(ctx, cand, event, actor, recipient)
    recipient = targeted(ctx, cand, actor, recipient)
    recipient = provoked(ctx, cand, event, actor, recipient)
    recipient = convener(ctx, cand, event, actor, recipient)
    recipient = negotiated_with(ctx, cand, event, actor, recipient)
    recipient = visited_country(event, mode, actor, recipient, location)
    recipient = seat_host(ctx, event, actor, recipient, location)
    return domestic_target(ctx, sent, event, actor, recipient, location)


def completed(ctx, where: tuple, what: tuple, actor: tuple, recipient: tuple,
              location) -> tuple:
    """The recipient once every reading of who is on the other end has had its turn: what an
    apposition says of it, the place or home of an unnamed one, the clause around the act,
    then what the story implies. ``where``: (candidate, sentence, roles); ``what``: (category,
    mode); ``reactions`` reads the thing a reaction reacts to first."""
    cand, sent, roles = where
    event = what[0]
    recipient = place_state(ctx, cand, roles, event, actor, recipient)
    recipient = reacted_to(ctx, cand, event, actor, recipient)
    recipient = infinitive_subject(ctx, cand, event, actor, recipient)
    recipient = for_subject(ctx, cand, event, actor, recipient)
    recipient = holder(ctx, cand, event, actor, recipient)
    recipient = with_party(ctx, cand, event, actor, recipient)
    recipient = conditioned_party(ctx, cand, event, actor, recipient)
    recipient = asked_of_reporter(ctx, cand, event, actor, recipient)
    recipient = meeting_body(ctx, cand, event, actor, recipient)
    recipient = shared_object(ctx, cand, event, roles, recipient)
    recipient = described_owner(ctx, roles.recipient, actor, recipient)
    recipient = harmed_side(ctx, cand, event, actor, recipient)
    recipient = reason_not_party(cand, event, recipient)
    recipient = declared_envoy(ctx, cand, actor, recipient)
    recipient = repressed.repressed(ctx, (cand, sent), event, actor, recipient, location)
    recipient = home_recipients(ctx, roles, recipient, actor, event, location)
    recipient = object_place_party(ctx, cand, event, recipient)  # "took control of X"
    recipient = from_clause(ctx, (cand, sent), what, actor, recipient, location)
    recipient = foreign_rulers(ctx, roles.recipient, actor, recipient)
    recipient = placed_elsewhere(ctx, event, recipient)
    recipient = without_companions(event, actor, recipient)
    recipient = home_talks.among_own(ctx, roles, event, actor, recipient)
    return own_side_left(ctx, event, actor, implied_recipient(ctx, cand, event, actor, recipient))


def _left_behind(ctx, r, event: str) -> bool:
    """Whether the recipient ``r``, of the doer's own country beside another country's
    written party, is not on the other end: a place of the doer's country ("expelled two US
    diplomats from the embassy in Moscow"; not for violence or protest, whose place at home
    may be whom it is aimed at), or, in acts between states (``NOT_GUESSED``), a party whose
    country was only guessed ("urged China and its partners": not the doer's partners)."""
    if r.start >= 0 and event not in DOMESTIC and is_place(ctx, r):
        return True
    if event not in NOT_GUESSED or r.start < 0:
        return False
    span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand")
    return span is not None and unwritten(ctx, r, span)


def own_side_left(ctx, event: str, actor: tuple, recipient: tuple) -> tuple:
    """The recipients without the doer's own side where the text does not put it there:
    beside a written party of another country, the doer's places and guessed compatriots
    (``_left_behind``) are not on the other end; with no such party, nothing changes (a
    government's acts at home are aimed at its own country)."""
    own = {a.code for a in actor if a.code}
    if not own or not any(r.code and r.code not in own and r.start >= 0
                          and not ctx.actors.from_setting(r) for r in recipient):
        return recipient
    return tuple(r for r in recipient if r.code not in own or not _left_behind(ctx, r, event))
