"""From candidates to ``Event`` records: arguments, mode, context, date, place, modality.

Per sentence: find candidates (``triggers``), read their roles (``arguments``), resolve the
role phrases to actors, pick date/place tied to the trigger, decide modality (``modality``).
Across the article: definite references ("those talks", "the meeting") add what they say to
the event they refer to instead of making a new one; nominal events without participants take
those of the latest event of the same category; "the first talks since March 2022" yields the
earlier round, dated and historical.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Mapping

from .. import actor_landmarks, coref, tree
from ..dates import clause_dates, date_for, noun_date
from ..places import object_place, sibling_venue, venue_places
from ..records import Actor, DateRef
from ..ranges import starting_in
from . import modality as modality_mod
from .dating import occasion_date, speaker_date
from .ordered_done import ordered_done
from .placing import dateline_venue, own_place
from .timeframe import frame_date, not_the_acts
from .clauses import doer_place, victim_place
from .arguments import find_roles
from .phrases import LOCATIVE_PREPS, PRONOUNS, core_phrase, phrase
from .recipients import one_country_sides, other_party, place_modifier, unnamed_state
from .lexicon import COPULAS, Lexicon, category_set, events_words, load_lexicon
from . import (accidents, cessation, commentary, counterparts, custody, doers, forced,
               grievances, home_sides, issuers, material, measures, no_force, obstruction,
               offences, own_side, peers, scene_parties, riots, statement_place, targets,
               weapons, journeys)
from .quoted import first_person_recipient, quote_speaker
from .modes import choose_mode, consult_mode, contexts
from .candidates import find_candidates
from .triggers import Candidate
from .reduced import restore_doer
from .doers import reporting_force
from .cautions import addressee, announced_move, warning_event
from .reactions import EARLIER_DOER, reacted_to

DEFINITE = events_words("definite")
#: "why doesn't X give us ...": a negated act asked about is a complaint, not a refusal.
WHY_WORDS = events_words("complaint_question_words")
COLLECTIVE = events_words("collective")
#: Words of COLLECTIVE that make it a pair, and plurals that name the pair on their own.
COLLECTIVE_PAIR = events_words("collective_pair")
COLLECTIVE_PLURALS = events_words("collective_plurals")
#: Harmful acts that, announced in advance by their doer, are threats (PLOVER: THREATEN
#: rather than ASSAULT + hypothetical).
THREAT_SOURCES = category_set("threat_when_announced")
#: Cooperative categories whose explicit negation by the actor is a rejection.
COOPERATIVE = category_set("rejected_when_negated")
#: Pronouns (word forms) by which a speaker names themself or their side inside a quote.
FIRST_PERSON = events_words("first_person")
#: Adjectives of "the first talks since March": the "since" date is an earlier round.
FIRST = events_words("first")
#: Dependency hops beyond which a date or place is not "tied" to the trigger.
MAX_HOPS = 5


@dataclass
class Draft:
    cand: Candidate
    sent: object
    event: str
    mode: str | None
    actor: tuple
    recipient: tuple
    modality: str = "asserted"
    hedged: bool = False
    date: object = None  # DateRef
    location: object = None  # Place
    context: tuple = ()
    confidence: float = 0.5
    inherited: bool = False
    anaphoric: bool = False
    date_override: tuple | None = None  # (value, precision, text) taken from another event
    extra: dict = field(default_factory=dict)


def _resolve(ctx, span) -> tuple:
    return tuple(ctx.actors.resolve(span) or ())


#: Prepositions through which a thing given, refused or imposed points at its party:
#: "refused admittance to Ghanaians", "denied visas for journalists from X".
DESCEND_PREPS = events_words("descend_preps")


def _actors_for(ctx, tokens, speaker=None, lex: Lexicon | None = None,
                descend: bool = False) -> tuple:
    out: list[Actor] = []
    for tok in tokens:
        if lex is not None and place_modifier(ctx, tok, lex):
            continue  # "the Bouake attack": where, not who
        span = phrase(tok)
        core = core_phrase(tok)
        found = _resolve(ctx, core) if core is not None else coref.appositive_party(ctx, tok)
        found = found or _not_where(_resolve(ctx, span), tok, span, lex)
        if not found and tok.lower_ in PRONOUNS and speaker is not None \
                and own_side.may_be_speaker(ctx, tok, speaker):
            # "said it sent a note to Turkey urging it": a party named between, not the speaker
            found = coref.named_between(ctx, tok, speaker) or _resolve(ctx, phrase(speaker))
        if not found and tok.lower_ in PRONOUNS:
            found = own_side.pronoun_party(ctx, tok, speaker)
        if found and not descend and not any(a.code for a in found):
            # a doer's own ("its army"); received, an owned thing ("withdraw its troops") is
            # the doer's, no party
            said = tok.lower_ in PRONOUNS and speaker is not None  # "its army said it"
            side = coref.owner_side(ctx, speaker if said else tok)  # "their leaders": whose
            found = tuple(dataclasses.replace(a, code=side) for a in found) if side else found
        if not found:
            # "Iraqi towns", "Serb civilians": the nationality word names the side
            for t in span:
                if t.ent_type_ in ("NORP", "GPE") and t.dep_ in ("amod", "compound"):
                    found = _resolve(ctx, span.doc[t.i:t.i + 1])
                    if found:
                        break
        if not found and descend and tok.pos_ == "NOUN" and lex is not None \
                and not _agentive(tok, lex):
            inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in DESCEND_PREPS
                     for g in c.children if g.dep_ == "pobj"]
            found = _actors_for(ctx, inner[:1], speaker, lex) if inner else ()
        if not found:
            found = targets.place_party(ctx, tok, span)  # "shelled Kharkiv": Ukraine's side
        if not found and lex is not None and _agentive(tok, lex):
            # A participant the actor list cannot name ("Amnesty International", "the
            # rebels"): keep it, uncoded, rather than lose the event.
            found = (Actor(span.text, None, None, None, None, None, span.start_char,
                           span.end_char),)
        for a in found:
            if a not in out:
                out.append(a)
    return tuple(out)


def _not_where(found: tuple, tok, span, lex: Lexicon | None) -> tuple:
    """``found`` without the places that only say where the head noun is: "three men in
    Karachi" are not Karachi (a sector noun tied to its place, "rebels in Darfur", comes back
    as one coded actor and stays)."""
    if tok.pos_ != "NOUN" or not found or lex is None:
        return found
    where = [(c.idx, c.right_edge.idx + len(c.right_edge)) for c in tok.children
             if c.i > tok.i and c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS]
    if not where:
        return found
    kept = tuple(a for a in found if a.start < 0 or not any(
        s <= a.start and a.end <= e for s, e in where))
    if kept or not any(a.code for a in found):
        return kept or found
    if not _agentive(tok, lex):
        return found  # "districts in Mandalay": with nobody else named, a place's parts
    # "three men in Karachi": the men, of the place's country
    place = next(a for a in found if a.code)
    return (Actor(span.text, place.code, None, None, None, None, span.start_char,
                  span.end_char),)


def _agentive(tok, lex: Lexicon) -> bool:
    if tok.lower_ in PRONOUNS or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT",
                                                   "QUANTITY", "ORDINAL"):
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.agent_nouns or \
        tok.lower_ in lex.agent_nouns


def _unique(actors: tuple) -> tuple:
    """One actor per (code, sector, name); uncoded ones only when nothing is coded."""
    if any(a.code for a in actors):
        actors = tuple(a for a in actors if a.code)
    seen, out = set(), []
    for a in actors:
        key = (a.code, a.sector, a.name or a.text)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return tuple(out)


def _dedupe(actor: tuple, recipient: tuple) -> tuple:
    seen = {(a.start, a.end, a.code) for a in actor}
    return tuple(r for r in recipient if (r.start, r.end, r.code) not in seen or r.start < 0)


def _order_date(ctx, cand):
    """"a judge on Thursday ordered X held": an act ordered done takes the order's date."""
    found = ordered_done(cand.head) if cand.kind == "verb" else None
    return date_for(ctx, found[2]) if found is not None else None


def _tied(ctx, items, cand, avoid=()):
    """The date/place mention nearest (in dependency hops) to one of the trigger's tokens."""
    doc = ctx.doc
    roots = [t for t in (cand.head, cand.noun, cand.anchor, cand.predicate) if t is not None]
    best, best_d = None, None
    offence = offences.offence_tokens(cand)  # "convicted of spying for X": not the act's X
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is None or any(span.start <= a.i < span.end for a in avoid) or \
                span.root.i in offence:
            continue
        for root in roots:
            d = tree.hops(span.root, root, limit=MAX_HOPS)
            if d is not None and (best_d is None or d < best_d):
                best, best_d = item, d
    return best


def _first_since(cand, ctx, sent):
    """For "the first X since DATE": the DateRef after "since", else None."""
    target = cand.anchor or cand.noun
    if target is None:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in FIRST for c in target.children):
        return None
    for c in target.children:
        if c.lower_ == "since":
            dates = ctx.dates_in(c.idx, c.right_edge.idx + len(c.right_edge))
            dates = [d for d in dates if d.value]
            if dates:
                return dates[0]
    return None


def _parties(ctx, lex: Lexicon, cand, roles, what, actor, recipient) -> tuple[tuple, tuple]:
    """(actor, recipient) once the act's target is looked for where the parse leaves it
    out: a protest's target, an addressee, the doer of an earlier act, what is asked for.
    ``what``: (event, content candidate)."""
    event, content = what
    if event == "PROTEST":
        target = material.protest_target(ctx, cand, actor)
        if target:
            recipient, roles.recipient = target, []
    if not any(r.code for r in recipient) and event in ADDRESSED:
        recipient = _addressee(ctx, cand, roles, lex) or recipient
    if not any(r.code for r in recipient) and event in EARLIER_DOER:
        own = {t.i for t in roles.actor}
        found = reacted_to(ctx, cand, event, actor, recipient, doers=lambda doer: () if (
            doer.i in own) else _actors_for(ctx, [doer]))
        recipient = counterparts.others(found, actor) or recipient
    if not recipient and content is not None and event in ADDRESSED:
        recipient = _actors_for(ctx, [content.head], roles.speaker, lex)
    if not recipient and event in ADDRESSED:
        recipient = _others_in(ctx, cand, actor)
    if roles.between and actor:
        actor, recipient = tuple(dict.fromkeys(actor + recipient)), ()
    actor, recipient = (_unique(p) for p in home_sides.grouped(event, actor, recipient))
    if roles.between:
        actor, recipient = one_country_sides(actor, recipient)
    return actor, _dedupe(actor, recipient)


def _reaction_from(lex: Lexicon, cand, roles) -> None:
    """'The plan met with opposition from X': X is the actor, the plan's side the recipient.
    'X was the first (country) to reject it': X, the copula's subject, is the actor."""
    if len(roles.actor) == 1 and roles.actor[0].dep_ == "attr" \
            and roles.actor[0].head.lemma_.lower() in COPULAS \
            and cand.head.dep_ in ("acl", "relcl") and cand.head.head.i == roles.actor[0].i:
        subj = tree.subject(roles.actor[0].head)
        roles.actor = [subj] if subj is not None else roles.actor
    if grievances.is_reaction(lex, cand) and cand.event != "CONSULT" and (
            sides := grievances.reaction_parties(lex, cand)) is not None:
        roles.actor, roles.recipient = sides


def _speaker_side(ctx, lex: Lexicon, cand, roles, parties: tuple, quotes) -> tuple:
    """(actor, recipient, speaker actors) from ``parties`` (actor, recipient): a speaker
    stating their side's position is its actor; "we" or "I" in a direct quote is the quote's
    speaker, even when the attribution ("he tweeted") closes a later sentence of the quote,
    and so is "us" on the receiving end ("Khartoum has accused us"). A harm told in the
    first person is left alone unless it is still to come (a threat): a witness's "I was
    there to kill him" is no act of the speaker's state."""
    actor, recipient = parties
    recipient = first_person_recipient(roles.recipient, recipient, quotes)
    force = lex.is_material_conflict(cand.event)  # keeps its doer: "under attack from X"
    quoted_harm = force and modality_mod.detect(
        cand, lex, cand.head.sent, cache=ctx.cache)[0] not in ("future", "hypothetical")
    speaker_actors = _actors_for(ctx, [roles.speaker]) if roles.speaker is not None else ()
    if speaker_actors and actor and cand.kind == "noun" and not force and any(
            s.code == a.code for s in speaker_actors for a in actor) and all(
            a.sector in (None, "GOV") for a in actor):
        # "Lavrov stressed that Moscow's condition ...": the speaker states it.
        actor = tuple(s for s in speaker_actors if s.code in {a.code for a in actor})
    if not any(a.code for a in actor) and roles.actor and all(
            t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for t in roles.actor) \
            and not quoted_harm:
        said = quote_speaker(roles.actor[0].idx, quotes)
        if said is not None:
            actor = (said,)
            speaker_actors = speaker_actors or actor
    elif not any(a.code for a in actor) and len(roles.actor) == 1:
        actor = _unique(issuers.issuer(roles.actor[0], lambda t: _actors_for(ctx, t))) \
            or actor
    return actor, recipient, speaker_actors


def _state_parties(ctx, lex: Lexicon, found, actor: tuple, recipient: tuple):
    """(actor, recipient) of a candidate (``found``: it and its roles), or None when no state
    stands behind it: an act of plain words with no state's force doing it (forced.py), or
    "has arrived in X" where no state's representative goes abroad (journeys.py)."""
    cand, roles = found
    if forced.no_state_act(lex, cand, roles, actor):
        return None
    return journeys.visit_parties(ctx, cand, actor, recipient)


def build_drafts(ctx, lex: Lexicon, sent, published, speech_dates: Mapping[str, DateRef],
                 quotes=()):
    """The event drafts of one sentence. ``speech_dates``: speaker name -> date of their
    statement (quote stage); ``quotes``: the article's (a speaker's "we" is that speaker)."""
    drafts = []
    for cand in find_candidates(lex, sent):
        roles = find_roles(cand, lex, cache=ctx.cache)
        restore_doer(cand, roles, lex.agent_nouns)  # "a charge X rejected", "a bomb planted by X"
        obstruction.restate(cand, roles)  # "police blocked the roads": no protest
        if _commentary(ctx, lex, cand, roles):
            continue
        if accidents.not_political(lex, cand, roles) or material.standing_state(ctx, cand) \
                or material.armed_meeting(cand, roles) or no_force.no_force(lex, cand):
            continue
        if not material.move_roles(cand, roles):
            continue
        if foiled := cand.key.split()[0] in lex.foiled_by_subject:
            roles.actor, roles.recipient = [], []  # the planter is unnamed; the place tells
        if material.helper_is_no_doer(cand):
            roles.actor = []
        _reaction_from(lex, cand, roles)
        actor, found = own_side.read_parties(ctx, cand, roles, quotes, lambda tokens, d: (
            _actors_for(ctx, tokens, roles.speaker, lex, descend=d)))  # with "its soldiers"
        recipient = other_party(ctx, roles.recipient, actor, found)
        event, content = cand.event, cand.content
        if event == "AGREE" and cessation.promised_harm(lex, cand, content):
            event = "THREATEN"
        parties = _parties(ctx, lex, cand, roles, (event, content), actor, recipient)
        actor, recipient, speaker_actors = _speaker_side(ctx, lex, cand, roles, parties, quotes)
        if (visit := _state_parties(ctx, lex, (cand, roles), actor, recipient)) is None:
            continue
        actor, recipient = visit
        actor = actor or _unnamed_doer(ctx, lex, sent, (cand, roles), event, recipient,
                                       speaker_actors)
        if event == "THREATEN":
            warned = _warning(ctx, lex, (cand, roles), actor, recipient)
            if warned is None:
                continue
            event, recipient = warned
        mode = material.protest_mode(cand, choose_mode(lex, cand, event, content, ctx.cache))
        event, mode = riots.rioters_act(roles, event, mode)
        if event == "ACCUSE" and cand.event == "THREATEN":
            mode = "disapprove"
        since, date, location = _when_where(ctx, sent, cand, roles)
        if foiled and location is None:
            location = material.place_inside(ctx, cand.noun)
        if actor and not any(a.code for a in actor) and not any(_named(t) for t in roles.actor):
            # Unnamed participants only: a named person or body keeps no guessed country. The
            # act's place counts even when named inside a participant ("results in Monrovia").
            where = _place_of_unnamed(ctx, sent, cand, roles, location)
            actor = _locate(ctx, sent, roles.actor, actor, event, where)
        actor, recipient = scene_parties.placed(ctx, (roles, event), (actor, recipient),
                                                speaker_actors, location)  # not the setting's
        actor, recipient = peers.settled(ctx, (cand, sent, roles), (event, mode), actor,
                                         recipient, location)
        if event == "CONSULT" and mode is None:  # once the host is known ("at the Kremlin")
            mode = consult_mode(actor, recipient, location, cand.noun or cand.head)
        value = date.value if date is not None else None
        modality, hedged = modality_mod.detect(cand, lex, sent, value, published,
                                                   cache=ctx.cache)
        modality = material.plotted(cand, modality)
        if journeys.planned(cand, modality):
            continue
        event, mode, modality = _threat_or_refusal(lex, cand, roles, actor, speaker_actors,
                                                   event, mode, modality)
        location = location or dateline_venue(ctx, sent, cand, (actor, recipient, event), modality)
        draft = Draft(cand, sent, event, mode, actor, recipient, modality, hedged, date,
                      location, contexts(lex, sent, cand, ctx.cache))
        draft.extra["speaker"] = roles.speaker
        draft.extra["speaker_actors"] = speaker_actors
        if date is None and actor:
            draft.date = speaker_date(ctx, cand, event, actor, speaker_actors, speech_dates)
        if since is not None:
            draft.extra["since"] = since
        if cand.kind == "noun" and not actor:
            det = {c.lower_ for c in (cand.anchor or cand.noun).children if c.dep_ == "det"}
            draft.anaphoric = bool(det & DEFINITE)
        drafts.append(draft)
    return drafts


def _warning(ctx, lex, found, actor, recipient) -> tuple | None:
    """(category, recipient) of a warning read for what it is (``warning_event``): a threat, a
    criticism of others in the sentence, or a request of its addressee; None for no event."""
    cand, roles = found
    event = warning_event(cand, lex, actor, lambda t: _actors_for(ctx, t, None, lex))
    if event == "ACCUSE" and not any(r.code for r in recipient):
        recipient = _others_in(ctx, cand, actor) or recipient
    if event == "REQUEST":  # "cautioned X to ...": X, not a party the act names
        recipient = _actors_for(ctx, [addressee(cand)], roles.speaker, lex) or recipient
    return None if event is None else (event, recipient)


def _unnamed_doer(ctx, lex, sent, found, event, recipient, speaker_actors) -> tuple:
    """The doer of an act whose own words name none: the state of the act's place (a state's
    passive act, an arrest, a release), the force a report names, or the state that charged."""
    cand, roles = found
    where = _state_of_place(ctx, sent, cand)
    if event == "PROTEST" and grievances.is_reaction(lex, cand):  # "the president faced
        return grievances.protesters(cand, recipient, where)  # protests": his own people
    told = doers.telling_state(ctx, cand, speaker_actors, where)  # "..., police said"
    if told:
        return told
    if material.passive_state_act(cand, roles):
        actor = where or material.state_doer(ctx, cand, roles)
        if actor:
            return actor
    if event == "COERCE" and cand.kind == "verb" or custody.freed(cand, roles):
        actor = where or custody.keeper(ctx, cand, roles)
        if actor:
            return actor
    return reporting_force(ctx, lex, cand, roles, recipient, speaker_actors) or \
        unnamed_state(ctx, cand, event, lex.reporting)  # "was charged with"


def _place_of_unnamed(ctx, sent, cand, roles, location):
    """The place unnamed participants take their country from: the act's, else the sentence's
    nearest, not the place that is the recipient ("demonstrators urged Russia to"; a place
    inside the recipient's phrase still counts: "protesting results in Lima")."""
    return location or _tied(ctx, ctx.places_in(sent.start_char, sent.end_char), cand,
                             roles.recipient)


def _when_where(ctx, sent, cand, roles):
    """(since, date, location) of one candidate: the "since" date that starts a state, the
    event's own date (else the sentence's nearest one, other than the "since"), and its place
    (else the sentence's nearest one outside the participants' phrases)."""
    since = _first_since(cand, ctx, sent)
    date = date_for(ctx, cand.head) or _order_date(ctx, cand) or occasion_date(ctx, cand.noun) \
        or (noun_date(ctx, cand.noun) if cand.kind == "light" else None) \
        or frame_date(ctx, cand.head, cand.event)
    if date is None:
        date = _tied(ctx, [d for d in clause_dates(ctx, sent, measures.dated_by(cand))
                           if (since is None or d.start != since.start)
                           and not not_the_acts(ctx, d, cand.head)], measures.dating(cand))
    location = own_place(ctx, cand)
    if location is None and cand.kind == "light" and cand.noun is not None:
        location = object_place(ctx, cand.noun, cand.head)  # "paid a visit to X"
    if grievances.reactor_place(load_lexicon(), cand, roles, location):
        location = None  # "drew condemnation from Greece": the side that reacts
    if location is None:
        location = targets.struck_place(ctx, cand)  # "shelled Kharkiv"
    if location is None:
        avoid = [t for tok in roles.actor + roles.recipient for t in phrase(tok)]
        venues = venue_places(ctx, sent, cand.head)
        location = _tied(ctx, venues, cand, avoid) or sibling_venue(venues, cand.head, avoid) \
            or victim_place(ctx, sent, cand.event, roles.recipient) \
            or doer_place(ctx, sent, cand.event, roles.actor)
    if statement_place.content_place(load_lexicon(), cand, sent.doc, location):
        location = None  # "denied backing rebels in Congo": not where the denial was made
    return since, date, location


def _threat_or_refusal(lex: Lexicon, cand, roles, actor, speaker_actors, event, mode,
                       modality):
    """(event, mode, modality), re-read as a threat or a refusal where the words say so."""
    intent = cand.head.dep_ in ("xcomp", "acomp") and \
        cand.head.head.lemma_.lower() in lex.threat_intent
    # "X said it will ...": the pronoun is the speaker (the speaker may be one the actor
    # list cannot code, e.g. an unknown party, while the act got a country from its place)
    self_report = (roles.speaker is not None or speaker_actors) and actor and any(
        t.pos_ == "PRON" for t in roles.actor) and (
        not any(s.code for s in speaker_actors)
        or {a.code for a in actor} & {s.code for s in speaker_actors})
    if modality in ("future", "hypothetical") and (intent or self_report) and announced_move(
            lex, event, cand.head):  # "said it will send 500 troops": a move ahead, no threat
        return event, mode, "future"
    if event in THREAT_SOURCES and modality in ("future", "hypothetical") and (
            intent or self_report):
        # An actor announcing harm it will do, or would do unless ...: a threat.
        mode = lex.threat_mode(event, mode)
        event, modality = "THREATEN", "asserted"
    if modality == "negated" and event in COOPERATIVE and cand.kind in ("verb", "light") \
            and _negated_here(cand.head) and not cand.negated \
            and cand.head.lemma_.lower() not in lex.reporting \
            and not any(c.lower_ in WHY_WORDS for c in cand.head.children):
        # not "has not announced a deal", nor "why doesn't X give us ...?" (a complaint)
        # "will not accept refugees", "did not attend the talks": a refusal (CAMEO 12)
        mode, event, modality = lex.content_mode(event), "REJECT", "asserted"
    return event, mode, modality


def _negated_here(verb) -> bool:
    """The verb itself is negated: "did not attend", "will no longer recognize"."""
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(
                g.lower_ == "no" for g in c.children):
            return True
    return False


def _commentary(ctx, lex: Lexicon, cand, roles) -> bool:
    """A verbal act whose only doer or source is a generic commentator ("critics blame ...",
    "analysts point out that X backs ...") is commentary, not an act of a party; so is a
    material act they only foresee ("analysts say Congress will impose sanctions")."""
    if lex.is_material_conflict(cand.event) or lex.quad(cand.event).startswith("material"):
        return roles.speaker is not None and commentary.commentator(lex, roles.speaker) and \
            modality_mod.detect(cand, lex, cand.head.sent, cache=ctx.cache)[0] in (
                "future", "hypothetical")
    if roles.actor and all(commentary.commentator(lex, t) for t in roles.actor):
        return True
    if cand.key in lex.adjectives and _described_by_other(ctx, roles):
        return True  # "Chile is reluctant to sign", a Peruvian official said: a description
    if cand.event == "CONSULT" and roles.recipient and all(
            commentary.bare(lex, t) for t in roles.recipient):
        return True  # "spoke with experts": a reporter's sources, not a party met
    speaker = roles.speaker
    if speaker is None or not commentary.bare(lex, speaker):
        return False
    # only what the commentators say, not a clause of circumstance beside their saying
    # ("as governments continue talks, experts say ...")
    for child, head in tree.steps_up(cand.head, limit=6):
        if head.i == speaker.head.i:
            return child.dep_ == "ccomp"
    return False


def _described_by_other(ctx, roles) -> bool:
    """A disposition ("reluctant", "willing") that a named speaker of another known side
    ascribes to the actor: an assessment, not the actor's own word."""
    speaker = roles.speaker
    if speaker is None or speaker.lower_ in PRONOUNS or not roles.actor or any(
            t.lower_ in PRONOUNS for t in roles.actor):
        return False  # "X said it is ready": the speaker's own side
    # a side guessed from the story's setting is no known side
    said_by = {a.code for a in _actors_for(ctx, [speaker])
               if a.code and not ctx.actors.from_setting(a)}
    doers = {a.code for a in _actors_for(ctx, roles.actor) if a.code}
    return bool(doers) and bool(said_by) and not said_by & doers


def _named(tok) -> bool:
    """A name, not a common noun the tagger took for one because it opens the sentence
    ("Militiamen attacked ...": no entity, first word)."""
    return tok.pos_ == "PROPN" and bool(tok.ent_type_ or not tok.is_sent_start)


def _lem_of(tok) -> str:
    return tok.lemma_.lower()


#: Categories said *to* someone: "summoned the envoy to complain" complains to the envoy.
ADDRESSED = category_set("addressed")


def _addressee(ctx, cand, roles, lex) -> tuple:
    """The object of the verb above a purpose infinitive whose actor is that verb's subject."""
    head = cand.head
    if head.dep_ not in ("xcomp", "advcl") or head.pos_ != "VERB":
        return ()
    up = head.head
    if up.lemma_.lower() in lex.reporting:
        return ()
    objs = [c for c in up.children if c.dep_ in ("dobj", "dative")
            and c.pos_ in ("PROPN", "NOUN") and c not in roles.actor]
    if not objs:
        return ()
    found = _actors_for(ctx, objs[:1], roles.speaker)
    return tuple(a for a in found if a.code)


def _others_in(ctx, cand, actor) -> tuple:
    """Actors named inside a demand/accusation's object that are not its source."""
    codes = {a.code for a in actor}
    roots = [c for c in cand.head.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp")]
    if cand.noun is not None and cand.noun.i != cand.head.i:
        roots += [c for c in cand.noun.children if c.dep_ in ("prep", "acl")]
    # "a return to Ukraine's neutrality remains one of Moscow's conditions": the copula's
    # subject is what is demanded, of whoever it names.
    cur = cand.anchor or cand.noun
    for child, head in tree.steps_up(cur, limit=4) if cur is not None else ():
        if child.dep_ in ("attr", "acomp", "oprd") and head.lemma_.lower() in COPULAS:
            roots += tree.children(head, ("nsubj", "nsubjpass"))
            break
        if child.dep_ not in ("pobj", "prep"):
            break
    out = []
    for r in roots:
        start, end = r.left_edge.idx, r.right_edge.idx + len(r.right_edge)
        # by bisection: a scan of every mention per candidate is quadratic in article length
        for m in starting_in(ctx.actors.mentions, start, end + 1,
                               cache=ctx.cache):
            if m.end <= end and m.code and m.code not in codes \
                    and m not in out:
                out.append(m)
    return tuple(out[:2])


#: Where meetings and agreements happen says nothing about who takes part.
VENUE_EVENTS = category_set("venue_events")


def _locate(ctx, sent, tokens, actor: tuple, event: str, location) -> tuple:
    """Unnamed participants ("demonstrators in Baghdad", "riot police") take the country of
    the place named with them, else of the place the act happened (not for meetings)."""
    if event == "ASSAULT" and weapons.weapon_only(tokens, actor):
        return actor  # where a missile fell says nothing of who fired it (weapons.py)
    place = None
    for tok in tokens:
        span = phrase(tok)
        inside = [p for p in ctx.places_in(span.start_char, span.end_char) if p.country
                  and actor_landmarks.border_side(ctx.doc, p.start, p.end) is None
                  and not offences.inside_offence(tok, p.start)]  # "of spying for X"
        if inside:
            place = inside[0]
            break
    if place is None and event not in VENUE_EVENTS and location is not None:
        place = location
    if place is None or not place.country:
        return actor
    return tuple(dataclasses.replace(a, code=place.country) for a in actor)


def _state_of_place(ctx, sent, cand) -> tuple:
    """Arrests and bans with no named agent are the state's where they happen."""
    p = _tied(ctx, [p for p in ctx.places_in(sent.start_char, sent.end_char) if p.country],
              cand)
    if p is not None:
        return (Actor(p.text, p.country, None, p.name, None, None, -1, -1),)
    return ()

