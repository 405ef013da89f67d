"""Event stage: triggers -> PLOVER events (category, mode, context, actors, date, place,
modality, evidence, confidence).

Public API (stable):
    extract_events(ctx: ArticleContext, speech: Speech | None = None) -> list[Event]
    strict_category(event, modality) -> str | None     category under strict PLOVER
    load_lexicon() -> Lexicon                           ontology + trigger lexicon (cached)

Modules: ``lexicon`` (data files), ``triggers`` (finding and merging triggers),
``arguments`` (roles from the parse), ``modality`` (asserted/future/...), ``material``
(how news tells material acts, and their not-events), ``extract`` (one sentence to drafts),
``timeframe`` and ``clauses`` (dates, doers and places the parse leaves out),
``scene`` (an incident's date and place for its course). This file does the article-level
part: references across sentences, participant inheritance, the "first ... since" rule, and
the final records.

The quote stage runs first; its ``Speech`` comes in as an argument (the pipeline passes it),
so an event dated by its speaker's statement shows where that date came from. Without it,
no event takes a speaker's date.
"""

from __future__ import annotations

from .. import context as context_mod
from .. import headings
from ..quotes import Speech
from ..records import Actor, Event, at_precision, content_id, date_precision
from .aims import aim_criticisms, drop_echoes
from .answers import answer_accusations, answer_attacks
from .holders import aim_releases
from .reactions import share_coordinated
from .arguments import UNDER_MEASURES
from .clauses import under_holder
from .extract import COLLECTIVE, COLLECTIVE_PAIR, COLLECTIVE_PLURALS, Draft, build_drafts
from .modes import consult_mode
from .lexicon import Lexicon, category_set, events_words, load_lexicon, strict_category
from . import (apologies, arrivals, bystanders, claims, force_parties, joint, material,
               occurrence, policed, trips, weapons)
from . import confidence
from . import modality as modality_mod
from . import pair_groups
from .parties import with_party_sectors
from .quoted import voice_quoted
from .police_raids import police_raids
from .purpose_dates import date_by_purpose
from .retellings import known_event, merge_retellings, names_attack
from . import hosted
from .also_acts import carry_also
from .commemorations import carry_commemorated
from .continued_dates import carry_previous_day
from .history import carry_history
from .story_time import story_now
from .occasions import carry_occasion
from .scene import carry_scene
from .shown_wrongs import drop_boasts
from .tours import split_tours
from .venues import carry_venue_ahead
from .talks_venue import place_story_talks
from .timeframe import said_now
from .unasserted import worth_keeping

__all__ = ["extract_events", "load_lexicon", "strict_category", "Lexicon"]

#: How many sentences back a reference ("the talks") or inheritance may reach.
REACH = 6
#: Acts a strong verb keeps without a named doer when its victim is coded.
KEPT_WITHOUT_ACTOR = category_set("kept_without_actor")
#: Acts whose noun, as the subject of a clause, is kept without a doer when the place is known.
KEPT_AS_SUBJECT = category_set("kept_as_subject")
#: Acts kept without a named doer when told as having happened at a known place.
KEPT_WHEN_OCCURRED = category_set("kept_when_occurred")
#: Acts whose unnamed doer is coded by the country where they happened.
ACTOR_FROM_PLACE = category_set("actor_from_place")
#: Determiners of an event told for the first time ("a protest was held").
NEW_EVENT_DETS = events_words("new_event_determiners")
#: Prepositions by which a generic event noun names its participants ("talks between X and Y").
PARTICIPANT_PREPS = events_words("participant_preps")


def extract_events(ctx, speech: Speech | None = None) -> list[Event]:
    """Every event in the article, in text order. ``speech``: the quote stage's output."""
    lex = load_lexicon()
    published = ctx.article.published
    speaker_dates = speech.speaker_dates if speech is not None else {}
    kept: list[Draft] = []
    for s_index, sent in enumerate(ctx.sentences()):
        # a sub-heading glued to its paragraph ("Recent attacks") names no event of its own
        drafts = [] if headings.is_heading(sent) else build_drafts(
            ctx, lex, sent, published, speaker_dates, speech.quotes if speech is not None else ())
        antecedent = None
        for d in drafts:
            d.extra["sent_index"] = s_index
        for d in drafts:
            if d.actor:
                continue
            if d.anaphoric or _has_own_anchor(d):
                ante = _antecedent(d, drafts, kept, s_index)
                if ante is None:
                    continue
                if d.anaphoric and d.date is None:
                    # "those talks, which took place in Istanbul": same event, more detail
                    if ante.location is None and d.location is not None:
                        ante.location = d.location
                    if ante.date is None and ante.date_override is None and d.date is not None:
                        ante.date = d.date
                    d.extra["merged"] = True
                    antecedent = ante
                    continue
                # a victim named in this sentence stays ("the bombing killed a soldier")
                d.actor, d.inherited = ante.actor, True
                d.recipient = d.recipient if any(r.code for r in d.recipient) \
                    else ante.recipient
        for n, d in enumerate(drafts):
            if d.extra.get("merged"):
                continue
            # "the leaders of both countries": the story's two states
            d.actor = pair_groups.spread(ctx, d.actor) if d.actor else \
                pair_groups.subject_pair(ctx, d.cand.head)
            d.recipient = pair_groups.spread(ctx, d.recipient)
            d.actor, d.recipient = pair_groups.between_sides(ctx, d.actor, d.recipient)
            d.recipient = pair_groups.brokered_sides(ctx, d.cand.head, d.actor, d.recipient, kept)
            if not force_parties.settle(ctx, d, kept, (drafts[:n], drafts[n + 1:])):
                continue  # a clash of words, not of arms
            if not any(a.code for a in d.actor) and (_collective_subject(d) or any(
                    _collective_text(a.text) for a in d.actor)):
                ante = _latest_plural(kept + drafts)
                if ante is not None:
                    d.actor, d.inherited = ante.actor, True
            if not d.actor and not _keep_without_actor(d):
                continue
            if bystanders.not_an_act(ctx, d):
                continue  # a private person's own affair, a lone caller
            bystanders.absent_since(d)  # "have not met since 2015": no refusal
            bystanders.past_of_person(d)  # "the colonel, who had threatened to": history
            if not d.actor and d.event in ACTOR_FROM_PLACE and d.location is not None \
                    and d.location.country and not d.extra.get("fired"):
                # violence or protest with no named doer is coded to where it happened
                d.actor = (Actor(d.location.text, d.location.country, None, d.location.name,
                                 None, None, d.location.start, d.location.end),)
                d.extra["placed"] = True  # a place stands in for the doer: no government
                d.recipient = policed.home_target(ctx, d)
            if _addressed_to_no_one(d):
                continue
            if d.cand.kind == "noun" and d.cand.weak and not _explicit_agent(d):
                continue  # "the Russia-Ukraine war" names a war, not an act by someone
            if d.cand.weak and not any(a.code and not ctx.actors.from_setting(a)
                                       for a in d.actor) and not (
                    weapons.unattributed(d) and any(r.code for r in d.recipient)):
                continue  # an ambiguous word needs a participant we can name
            if antecedent is not None and d.date is None and d.date_override is None:
                d.date = antecedent.date  # outcome of the talks referred to
            if antecedent is not None and any(_collective_text(a.text) for a in d.actor):
                d.actor = antecedent.actor  # "both parties" = the parties to those talks
            since = d.extra.get("since")
            if since is not None:
                d.date, d.modality = since, "historical"
            kept.append(d)
    return [_record(ctx, d) for d in _across_the_article(ctx, kept, lex, speech)]


def _across_the_article(ctx, kept: list, lex, speech: Speech | None) -> list:
    """The passes that read the article's drafts together: retellings merged, quoted
    charges voiced, answers and criticisms aimed, scenes and episodes carried, old dates
    aged; then wishes and conditions left out, and the mode of meetings."""
    published = ctx.article.published
    police_raids(kept)  # before the merge: "raided a house and arrested five" is one act
    carry_commemorated(kept)  # before the merge: a retold episode is history like its lead
    claims.pin_blamed(ctx, kept, names_attack)  # before the merge, which it helps
    kept = merge_retellings(kept, ctx)
    kept = voice_quoted(kept, speech.quotes if speech is not None else ())
    answer_accusations(kept)
    answer_attacks(kept)  # "returned fire": at whoever fired first
    aim_releases(kept)  # "demanded the release of the teachers": of whoever took them
    share_coordinated(kept)  # "denied the request and asked instead for ...": once denials
    # have their accusers, acts coordinated after them share their recipients
    aim_criticisms(kept, lex, ctx)
    kept = drop_echoes(kept)  # once aimed: a second criticism with no target of its own
    kept = drop_boasts(kept)  # "the raid shows how our police will arrest ...": no charge
    apologies.aim(kept, ctx)  # "apologized for the attack on X's embassy": to X
    carry_scene(kept, ctx)
    carry_previous_day(kept, ctx)  # "freed hostages on Saturday. In exchange, X released"
    carry_occasion(kept, ctx)  # "during the visit": where the visit told before was
    carry_venue_ahead(kept, ctx)  # "have signed a deal. They met in X to sign it": in X
    place_story_talks(kept, ctx)  # "arrived in X for talks ... the talks will focus on": X
    now = story_now(kept, published)  # an undated page: the time of its latest dated act
    carry_history(kept, ctx, now)
    carry_also(kept, ctx)
    date_by_purpose(kept, ctx)  # "received loans to rebuild a railway in 2017"
    modality_mod.date_aged(kept, now, ctx)
    said_now(kept, published)
    kept = [d for d in kept if worth_keeping(d, lex)]  # wishes and conditions, not events
    joint.no_self_recipients(kept)  # "A and B agreed ... to A": A+B -> -
    kept = split_tours(kept, ctx)  # "will visit London, Berlin and Ankara": one per stop
    for d in kept:
        if d.event == "CONSULT" and d.mode is None:
            d.mode = consult_mode(d.actor, d.recipient, d.location, d.cand.noun or d.cand.head)
    confidence.score_all(ctx, kept, lex)
    return kept


def _addressed_to_no_one(d: Draft) -> bool:
    """A reported obligation or judgment with no one it is aimed at: "strong diplomacy must
    work" asks nobody. But "said the vote was rigged" alleges a wrong of someone unnamed, and
    "said the claims were false" rejects them (their makers are found by the answers pass)."""
    return d.cand.kind == "obligation" and not d.recipient and \
        d.cand.key not in ("needed", "retaliation", "wronged") and not (
            d.event == "REJECT" and d.cand.key == "condemned")


def _explicit_agent(d: Draft) -> bool:
    """A generic event noun counts only with a possessor, a by-phrase or a between-phrase."""
    if d.inherited or (_placed_subject(d) and (d.date is not None or _introduced(d.cand))):
        return True
    for n in (d.cand.noun, d.cand.anchor):
        if n is None:
            continue
        if trips.journey(n) is not None or arrivals.arrived(n) is not None:
            return True  # "arrived in Lima for a state visit", "aid from X reached Y"
        for c in n.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS):
                return True
    return False


def _has_own_anchor(d: Draft) -> bool:
    """A nominal event that says something of its own: a date, a "held"/"took place"."""
    c = d.cand
    return c.kind == "noun" and (d.date is not None or (
        c.predicate is not None and c.predicate in c.words) or "since" in d.extra)


def _antecedent(d: Draft, current: list[Draft], kept: list[Draft], s_index: int):
    same = [x for x in current if x is not d and x.event == d.event and x.actor
            and x.modality != "historical" and "since" not in x.extra]
    if same:
        return same[0]
    for x in reversed(kept):
        if s_index - x.extra["sent_index"] > REACH:
            break
        if x.event == d.event and x.actor and x.modality not in ("historical", "negated") \
                and not pair_groups.brokering(x.cand.head) \
                and not hosted.hosts_told_meeting(x, known_event):
            return x  # a broker's help, or the host of talks told before, is no talks
    return None


def _collective_subject(d: Draft) -> bool:
    """"Both sides agreed", "the two countries met": the doer is the pair last named. The
    head itself must be the collective word ("two soldiers were killed" counts people, it
    names no pair), and only an active subject does the act (a passive one undergoes it)."""
    for t in d.cand.head.children:
        if t.dep_ == "nsubj":
            words = {t.lower_} | {c.lower_ for c in t.children}
            return t.lower_ in COLLECTIVE and bool(words & COLLECTIVE_PAIR
                                                   or t.lower_ in COLLECTIVE_PLURALS)
    return False


def _collective_text(text: str) -> bool:
    """'both sides', 'the two nations': a reference to the pair last named together."""
    words = set(text.lower().split())
    return bool(words & COLLECTIVE_PAIR) and bool(words & COLLECTIVE - COLLECTIVE_PAIR)


def _latest_plural(drafts: list[Draft]):
    """The latest draft done by two sides: two countries, or two sides of one country told
    apart by their sectors ("the government and the rebels signed ..."; "the sides agreed")."""
    for x in reversed(drafts):
        if len({a.code for a in x.actor}) >= 2 or \
                len({(a.code, a.sector) for a in x.actor if a.code}) >= 2:
            return x
    return None


def _keep_without_actor(d: Draft) -> bool:
    """Strong material-conflict triggers with a victim are kept even with no named doer;
    a nominal one when it is the subject of an act that harms ("a grenade attack killed
    four")."""
    if _placed_subject(d):
        # a generic word ("protests") needs its own date too: "protests erupted in Lagos on
        # Monday" is an event, "the protest in Kampala drew thousands" may retell one
        return not d.cand.weak or d.date is not None or _introduced(d.cand)
    if policed.policed(d):
        return True  # "arrested dozens during a demonstration in Paris"
    if _occurred_here(d):
        return True  # "fierce clashes erupted near the Zorland border post"
    if material.died_in(d.cand) and (d.location is not None or any(
            r.code for r in d.recipient)):
        return True  # "dozens died in a chemical attack on the town"
    if not d.cand.weak and d.event in UNDER_MEASURES and any(r.code for r in d.recipient) \
            and under_holder(d.cand.anchor or d.cand.noun) is not None:
        return True  # "X remains under international sanctions": in force, imposer unnamed
    if d.cand.weak or not any(r.code for r in d.recipient) or d.event not in KEPT_WITHOUT_ACTOR:
        return False
    return d.cand.kind != "noun" or (
        _subject_noun(d.cand) and _verb_event(d.cand.predicate) == d.event)


def _occurred_here(d: Draft) -> bool:
    """Fighting told as having happened at a known place ("clashes erupted in X"): a strong
    noun, or a generic one with a date of its own ("violence flared Monday in X")."""
    return d.event in KEPT_WHEN_OCCURRED and occurrence.onset_verb(d.cand) is not None \
        and d.location is not None and bool(d.location.country) \
        and (not d.cand.weak or d.date is not None)


def _placed_subject(d: Draft) -> bool:
    """A nominal event of KEPT_AS_SUBJECT that is its clause's subject, at a known place."""
    return d.event in KEPT_AS_SUBJECT and _subject_noun(d.cand) and d.location is not None \
        and bool(d.location.country)


def _subject_noun(cand) -> bool:
    """A nominal event that is the subject of its clause ("the attack killed", "a
    demonstration turned violent"), or of the verb that stages it ("a protest was held")."""
    noun = cand.anchor or cand.noun
    if cand.kind == "light":
        return noun is not None and noun.dep_ == "nsubjpass" and noun.head.i == cand.head.i
    return cand.kind == "noun" and noun is not None and cand.predicate is not None \
        and noun.dep_ == "nsubj"


def _introduced(cand) -> bool:
    """An event noun told as new ("a protest", "another rally"), not one told before."""
    noun = cand.anchor or cand.noun
    return noun is not None and any(c.dep_ == "det" and c.lower_ in NEW_EVENT_DETS
                                    for c in noun.children)


def _verb_event(verb) -> str | None:
    entry = load_lexicon().verbs.get(verb.lemma_.lower())
    return entry.event if entry is not None else None



def _dated(d: Draft, published) -> tuple:
    """(date, precision, text, basis) of an event: the date its words give, else the
    publication date (basis "publication", the ICEWS/POLECAT convention, so every reported
    event is dated and filterable). A historical event keeps only a stated date: the day it
    was reported says nothing of when it happened."""
    ref = d.date
    if ref is not None and ref.value:
        precision = date_precision(ref.value, ref.precision)
        return at_precision(ref.value, precision), precision, ref.text, ref.source or "text"
    words = ref.text if ref is not None else None  # "in the coming weeks": no calendar date
    if d.modality == "historical" or published is None:
        return None, None, None, None
    return published.isoformat()[:10], "day", words, "publication"


def _record(ctx, d: Draft) -> Event:
    sent = d.sent
    ev = _evidence(ctx, d)
    date, precision, date_text, basis = _dated(d, ctx.article.published)
    article_id = ctx.article.id
    own = frozenset(t.i for t in d.cand.tokens)
    return Event(
        id=content_id(article_id, sent.start_char, ev.trigger_start, d.event,
                      *(("stop", d.extra["stop"]) if "stop" in d.extra else ())),
        article_id=article_id,
        event=d.event,
        mode=d.mode,
        context=d.context,
        modality=d.modality,
        hedged=d.hedged,
        actor=d.actor if d.extra.get("placed") else with_party_sectors(ctx, d.actor, own,
                                                                         d.event),
        recipient=with_party_sectors(ctx, d.recipient, own),
        date=date,
        date_precision=precision,
        date_text=date_text,
        location=d.location,
        evidence=ev,
        confidence=d.confidence,
        date_basis=basis,
        features=d.extra.get("features"),
        also_evidence=tuple(_evidence(ctx, o) for o in d.extra.get("retold", ())),
    )


def _evidence(ctx, d: Draft):
    toks = d.cand.tokens
    trigger = ctx.doc[toks[0].i: toks[-1].i + 1] if len(toks) > 1 else toks[0]
    return context_mod.evidence(d.sent, trigger)
