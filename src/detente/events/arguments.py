"""Who did it and to whom: source and recipient of an event candidate, read from the parse.

Noun phrases are handed to ``ctx.actors.resolve(span)``; this module only decides *which*
phrase plays which role:

- active clause: subject -> actor; direct object / dative / a category's prepositional object
  ("talks with X", "attack on X", "sanctions against X") -> recipient;
- passive: "by X" -> actor, the passive subject -> recipient; a participle modifying a noun
  ("Ukraine, supported by Western allies") makes that noun the recipient;
- control and raising: an infinitive or conjoined verb without a subject takes the subject of
  the clause above ("X agreed to withdraw", "X is expected to attack", "X met Y and signed");
- relative clauses: "rebels, who attacked ..." -> the noun the clause modifies;
- nominal triggers: possessive, adjective or compound ("Russia's invasion", "Israeli
  airstrikes"), "by X", "between X and Y" (all actors), "of X" (patient or agent by category);
- reported speech: a pronoun subject under "said" refers to the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import docview, tree
from ..ranges import Cache, uncached
from . import (adjuncts, arrivals, backing, called_on, deals, force_roles, given_things,
               offences, own_side, voiced_from, weapons)
from .borders import BORDERS
from .clauses import as_phrase_agent, source_agent, under_holder
from .lexicon import category_set, events_words
from .occurrence import onset_verb
from .phrases import LOCATIVE_PREPS, agent_of, instrument, phrase, speaker_of, subject_of
from .relatives import object_antecedent, party_noun as _party, relative_head
from .possessors import acting_owner, of_is_doer, possessor_suffers
from .ordered_done import ordered_done
from .taken_from import taken_from

#: Entity types of places: after a locative preposition they say where, not to whom.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Nouns for a member of a group ("commander", "leader"): as a victim, the group is harmed.
MEMBER_NOUNS = events_words("member_nouns")
#: Prepositions of the act through which a passive harm happened ("killed in a raid by X").
MEANS_PREPS = events_words("means_preps")
#: Acts a nationality word can be the doer of ("an Israeli strike"), unlike "Spanish cities".
MEANS_NOUNS = events_words("means_nouns")
#: "fired tear gas to disperse the crowd": purpose verbs whose object the force act is aimed
#: at, and the categories that take it (data/lexicon/events.yaml).
PURPOSE_TARGET_VERBS = events_words("purpose_target_verbs")
PURPOSE_TARGETED = category_set("purpose_target_categories", "lexicon/events.yaml")
#: Object pronouns and the grammatical number of the noun they stand for.
OBJECT_PRONOUNS = {w: "plural" for w in events_words("object_pronouns_plural")} | {
    w: "singular" for w in events_words("object_pronouns_singular")}


@dataclass
class Roles:
    """Argument phrases (token spans) found for one candidate."""

    actor: list = field(default_factory=list)
    recipient: list = field(default_factory=list)
    between: bool = False  # "talks between X and Y": all participants are actors
    parties: list = field(default_factory=list)  # the X and Y of that "between" phrase
    speaker: object = None  # subject of the reporting verb above, if any
    places: list = field(default_factory=list)  # "attacked ... in X": where, not to whom


def _where(prep, obj) -> bool:
    """'in Kabul', 'near the border town', 'near the Afghan border': a place the act
    happened at, not a party to it."""
    return prep.lower_ in LOCATIVE_PREPS and (obj.ent_type_ in PLACE_ENTS or obj.lemma_.lower() in BORDERS)


def _prep_objects(tok, preps: frozenset[str], skip=(), where: list | None = None):
    """Objects of ``tok``'s prepositions in ``preps``; places after a locative preposition go
    to ``where`` instead (when given)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and c not in skip:
            for g in c.children:
                if g.dep_ == "pobj" and _where(c, g) and where is not None:
                    where.append(g)
                elif g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON") \
                        and g.ent_type_ not in ("DATE", "TIME") and not _where(c, g):
                    out.append(g)  # "on Monday" says when, not to whom
        elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


def _first_objects(verb) -> list:
    """Direct objects of a verb, without a second "object" after a comma (a sentence-final
    apposition the parser attached to the verb: "held talks with X, the first delegation
    to ...")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) < 2:
        return objs
    doc = verb.doc
    keep = [objs[0]]
    for o in objs[1:]:
        if any(doc[k].text == "," for k in range(keep[-1].right_edge.i + 1, o.left_edge.i)):
            break
        keep.append(o)
    return keep


def _names(t) -> bool:
    return t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN"


def _names_below(tok, cache: Cache) -> bool:
    """Whether ``tok`` or a word below it is a name ("Israeli airstrikes", "US Predator
    attacks"). Worked out for the whole doc at once, children before heads, because walking
    the subtree for every candidate is quadratic in a long sentence."""
    below = cache("events.names_below", lambda: _all_names_below(tok.doc))
    if below is None:  # not a tree: ask the parse directly
        return any(_names(t) for t in tok.subtree)
    return below[tok.i]


def _all_names_below(doc) -> list[bool] | None:
    """For each token, whether it or a word below it is a name; None if the parse is not a
    tree."""
    heads, children, tokens = docview.heads(doc), docview.children(doc), docview.tokens(doc)
    order = [i for i, h in enumerate(heads) if h == i]  # the roots, then their children, ...
    for i in order:  # the list grows while read: a breadth-first walk without recursion
        order.extend(children[i])
        if len(order) > len(doc):
            break
    if len(order) != len(doc):
        return None
    below = [False] * len(doc)
    for i in reversed(order):
        below[i] = below[i] or _names(tokens[i])
        if heads[i] != i and below[i]:
            below[heads[i]] = True
    return below


def _noun_roles(noun, cand, lex, roles: Roles, cache: Cache):
    """Arguments inside a nominal trigger's own phrase."""
    of_agent = of_is_doer(noun, lex, cand.event, cand.mode, TARGETED)
    rec_preps = lex.recipient_preps.get(cand.event, lex.recipient_preps["_"])
    poss_patient = possessor_suffers(noun, lex, cand.event, cand.mode)
    for c in noun.children:
        if c.dep_ == "poss":
            (roles.recipient if poss_patient else roles.actor).append(c)
        elif c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and _names_below(c, cache):
            roles.actor.append(c)  # "Israeli airstrikes", "US Predator attacks"
        elif c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            p = c.lower_
            if p in BETWEEN_PREPS:
                roles.actor.extend(objs)
                roles.parties.extend(objs)
                roles.between = True
            elif p == "by":
                roles.actor.extend(objs)
            elif p == "of" and noun.lemma_.lower() not in DOCUMENT_ACTS:
                (roles.actor if of_agent else roles.recipient).extend(objs)
            elif p in rec_preps:
                roles.places.extend(o for o in objs if _where(c, o))
                roles.recipient.extend(o for o in objs if not (
                    p == "with" and instrument(o, lex)) and not _where(c, o))


#: Event nouns whose "of" phrase is the document acted on ("the signing of a pact in
#: Nairobi"): no party.
DOCUMENT_ACTS = events_words("document_acts")
#: Verbs of a two-sided fight whose "with" phrase names the other side ("clashed with rebels").
CLASH_VERBS = events_words("clash_verbs")
#: Measures one is "under" ("remains under sanctions"): the subject is their target.
UNDER_MEASURES = category_set("under_measures")
#: Categories whose recipient is the party blamed, rejected, asked or backed.
TARGETED = category_set("targeted")
#: Prepositions that say where a mobilized force is sent or stationed.
DEPLOY_PREPS = events_words("deploy_preps")
#: A state's claimed space ("its territorial waters") and the prepositions into it.
CLAIMED_SPACES = events_words("claimed_spaces")
SPACE_PREPS = events_words("space_preps")
NOT_PLACES = frozenset({"DATE", "TIME", "PERSON", "ORDINAL", "CARDINAL"})
#: "jailed on charges of", "expelled over allegations of", "detained for accusations of"
GROUNDS_PREPS = events_words("grounds_preps")
#: Categories whose nominal trigger can be the subject of a clause naming the victim.
HARM = category_set("harm_nominals")
#: Verbs whose subject receives what their event noun names ("has the backing of X").
RECEIVING = events_words("receiving_verbs")
#: Verbs that voice a stance of the subject's own side ("conveyed Moscow's protest").
VOICING = events_words("voicing_verbs")
#: Meetings a clause's subject held before it acted: "after talks with X, Y announced".
SEQUENCED = category_set("sequenced_meetings")
SEQUENCE_PREPS = events_words("sequence_preps")
#: ... and "in a meeting with X, Y said" when the meeting names its other side.
MEETING_PREPS = events_words("meeting_preps")
#: "talks between X and Y": every object is a participant.
BETWEEN_PREPS = events_words("between_preps")
#: verbs by which a war or an attack uproots people: "the war has displaced 300,000 people"
#: says what a conflict did to the population, told as background, not who it was waged on
DISPLACING = events_words("displacing_verbs")
#: Categories whose recipients are their content's parties or recipient.
FROM_CONTENT = category_set("recipient_from_content")
#: Categories whose "against X" deeper in the clause names the recipient.
BY_AGAINST = category_set("recipient_by_against")
#: Refusals aimed at the object of what they refuse to do ("refused to enroll her daughter").
OF_INFINITIVE = category_set("recipient_of_infinitive")


def _narrow_target(verb, roles: Roles, cand, lex) -> None:
    """'denounced Serbia's crackdown in Montenegro' -> Serbia; 'condemned attacks by X on Y'
    -> X; 'demanded that Sudan end curbs' -> Sudan (not the victim: 'X's arrest')."""
    if backing.narrow(verb, cand.event, roles):  # "hailed the truce agreed by X"
        return
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c in roles.recipient:
            poss = acting_owner(c, lex)
            by = [p for g in c.children if g.dep_ == "prep" and g.lower_ == "by"
                  for p in g.children if p.dep_ == "pobj"]
            if by or poss:
                roles.recipient = [by[0] if by else poss[0]] + [
                    r for r in roles.recipient if r.i != c.i]
            return
    if roles.recipient:
        return
    for c in verb.children:
        # only the clause that is demanded/blamed, not a stray clause the parser hung here
        if c.dep_ == "ccomp" and (cand.content is None or cand.content.head.i == c.i):
            subj = tree.subject(c)
            if subj is not None and subj.pos_ != "PRON":
                roles.recipient.append(subj)
                return


#: How deep "the event this one is about" is followed for a recipient ("refused to threaten
#: to impose sanctions on X"): real sentences nest two or three; text that repeats itself
#: ("will not refuse to not " x 1000) must not make the walk, or its cost, as long.
MAX_CONTENT_DEPTH = 8


def find_roles(cand, lex, *, cache: Cache = uncached) -> Roles:
    """Actor and recipient phrases for a candidate (tokens heading noun phrases).

    A candidate without a recipient of its own takes it from its content event ("promised
    aid to Mozambique"), which may take it from its own content: the chain is walked down
    first, then the roles are settled back up, without recursion. ``cache`` is the
    article's (``ArticleContext.cache``).
    """
    pending = []  # (candidate, its own roles) waiting for the roles of its content
    seen: set[int] = set()  # candidates are plain objects: identity is theirs
    cur = cand
    for depth in range(MAX_CONTENT_DEPTH + 1):
        seen.add(id(cur))
        roles, final = _own_roles(cur, lex, cache)
        if final:
            break
        content = cur.content
        if content is None or roles.recipient or content.kind == "noun" and not _between(
                content) or id(content) in seen or depth == MAX_CONTENT_DEPTH:
            _settle(cur, roles, None, lex)
            break
        pending.append((cur, roles))
        cur = content
    for waiting, own in reversed(pending):
        _settle(waiting, own, roles, lex)
        roles = own
    if roles.speaker is None:
        own = {t.i for t in roles.actor}
        roles.recipient = [_antecedent(t, own, lex) for t in roles.recipient]
    roles.recipient = [relative_head(t) for t in roles.recipient]
    force_roles.raised_victim(cand, roles)  # "were reported to have been killed"
    return roles



def _antecedent(tok, avoid: set[int], lex):
    """The noun an object pronoun stands for earlier in its sentence ("met business leaders,
    calling on them to invest" -> the leaders): the nearest noun of the same number outside
    the actor, the "heads" of "heads of companies"; the pronoun itself when there is none."""
    number = OBJECT_PRONOUNS.get(tok.lower_)
    if number is None:
        return tok
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        t = tok.doc[i]
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "amod", "poss") \
                or i in avoid or t.ent_type_ in ("DATE", "TIME") + tuple(PLACE_ENTS):
            continue
        if (t.tag_ in ("NNS", "NNPS")) != (number == "plural") or not (
                t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_.lower() in lex.agent_nouns
                or t.lower_ in lex.agent_nouns):
            continue  # a party of the same number: "the scheme ... urging him" is not it
        owner = t.head.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and owner.pos_ == "NOUN":
            return tok if owner.i in avoid else owner  # "heads of companies": the heads
        return t
    return tok


def _between(content) -> bool:
    """A content noun with a "between" phrase of its own ("offered to host talks between A
    and B", the parser taking "host" for a noun): its parties are read."""
    noun = content.noun if content.noun is not None else content.head
    return any(c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS for c in noun.children)


def _settle(cand, roles: Roles, inner: Roles | None, lex) -> None:
    """The part of a candidate's roles that depends on its content event (whose roles are
    ``inner`` when they were read), and its speaker."""
    content = cand.content
    if inner is not None:
        if inner.parties and cand.event in FROM_CONTENT and not any(
                p in roles.actor for p in inner.parties):
            roles.recipient = list(inner.parties)  # "ready to host talks between A and B"
        elif inner.recipient and cand.event in FROM_CONTENT:
            roles.recipient = list(inner.recipient)  # "promised aid to Mozambique"
    if content is not None and not roles.recipient:
        # "demanded that Sudan end curbs" / "urged Iran to stop": the content's doer.
        csubj, _ = subject_of(content.head) if content.head.pos_ in ("VERB", "AUX") else (None, 0)
        if csubj is not None and csubj not in roles.actor:
            roles.recipient.append(csubj)
    if content is None and not roles.recipient and cand.event in OF_INFINITIVE:
        roles.recipient.extend(_infinitive_objects(cand.head, roles))
    roles.speaker = speaker_of(cand.head, lex.reporting)


def _infinitive_objects(verb, roles: Roles) -> list:
    """The objects of the act a refusal refuses when that act is no event of its own:
    "refused to enroll her daughter" -> the daughter ("refused to give reasons": a thing, which
    names no party and is dropped when the phrases are read)."""
    out = []
    own = {t.i for t in roles.actor}
    for x in verb.children:
        if x.dep_ != "xcomp" or x.pos_ != "VERB":
            continue
        for c in x.children:
            if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON") \
                    and c.i not in own:
                out.append(c)
    return out


def _own_roles(cand, lex, cache: Cache) -> tuple[Roles, bool]:
    """(roles read from the candidate's own clause, whether they are final)."""
    roles = Roles()
    head = cand.head
    if cand.kind == "obligation":
        speaker = cand.asker if cand.asker is not None else subject_of(cand.predicate)[0]
        # a criticism's anchor is the party blamed ("said Israel's cruel attacks ...")
        subj = cand.anchor if cand.anchor is not None or cand.key == "retaliation" \
            else subject_of(head)[0]  # a threat's own subject is the threatener
        roles.actor = [speaker] if speaker is not None else []
        roles.recipient = [subj] if subj is not None else []
        roles.recipient += called_on.also_asked(cand)  # "... and for Israel to withdraw"
        roles.speaker = speaker_of(cand.predicate, lex.reporting)
        return roles, True
    noun = cand.noun
    if noun is not None:
        _noun_clause_roles(noun, cand, lex, roles, cache)
    verb = head if head.pos_ in ("VERB", "AUX") or cand.kind == "verb" else None
    if cand.kind == "noun":
        verb = None
        pred = cand.predicate
        staged = pred if pred is not None and pred in cand.words else onset_verb(cand)
        for c in _prep_objects(staged, BETWEEN_PREPS) if staged is not None else ():
            roles.actor.append(c)  # "negotiations held on May 16", "clashes erupted between"
            roles.parties.append(c)
            roles.between = True
    if verb is not None:
        _verb_roles(verb, cand, lex, roles)
        _ordered_done(verb, roles)  # "ordered the opposition leader detained"
        deals.outer_party(verb, cand, roles)  # "released them after a deal was struck with X"
        deals.inner_party(verb, cand, roles)  # "the deal was sealed when X and Y met"
    if verb is not None and noun is not None and cand.kind == "light" \
            and verb.lemma_.lower() in RECEIVING and _given_to_subject(verb, noun, roles):
        return roles, True
    if verb is not None and noun is not None and cand.kind == "light" and not roles.between:
        # "rejected an Indian proposal", "rejected calls by Belarus": when the verb has its
        # own subject, participants named inside the object noun are on the other side.
        own = [t for t in roles.actor
               if (tree.dominates(noun, t) or tree.dominates(cand.anchor, t))
               and not (cand.event in UNDER_MEASURES and _modifies(t, noun))
               and not _voiced_own(verb, noun, t)]
        if own and len(own) < len(roles.actor):
            roles.actor = [t for t in roles.actor if t not in own]
            roles.recipient = own + [t for t in roles.recipient if t not in own]
    if verb is not None and cand.event in TARGETED:
        _narrow_target(verb, roles, cand, lex)
    if roles.between and verb is not None and cand.kind != "noun":
        subj, passive = subject_of(verb)
        if subj is not None and not passive and subj not in roles.parties:
            # a mediator or host with the parties "between" them: "X launched a mediation
            # effort between A and B" -> X acts, A and B receive
            if cand.mode == "host":
                roles.recipient = [subj]
            else:
                roles.recipient = list(roles.parties) or [t for t in roles.actor if t != subj]
                roles.actor = [subj]
                roles.between = False
    if verb is not None and cand.event in PURPOSE_TARGETED:
        aimed = purpose_targets(verb)
        if aimed:  # the crowd dispersed, not the tear gas fired at it
            roles.recipient = [t for t in roles.recipient
                               if t.dep_ != "dobj" and t.head.dep_ != "dobj"] + aimed
    if not roles.recipient and cand.event in BY_AGAINST \
            and verb is not None:
        # "mobilized reservists for a possible war against Iraq"
        for c in verb.children:
            if c.dep_ in ("prep", "dobj"):
                for t in c.subtree:
                    if t.dep_ == "prep" and t.lower_ == "against" and t.head.i != verb.i:
                        roles.recipient.extend(g for g in t.children if g.dep_ == "pobj")
    return roles, False


def purpose_targets(verb) -> list:
    """The object of a purpose clause that says whom a force act was aimed at: "police fired
    tear gas to scatter the marchers", "charged and used water cannon to disperse the
    students" (the clause may hang on a verb coordinated with the act's)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        heads.append(verb.head)
    for head in heads:
        for x in head.children:
            if x.dep_ not in ("advcl", "xcomp") or x.lemma_.lower() not in PURPOSE_TARGET_VERBS \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
                continue
            objs = [c for c in x.children
                    if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            if objs:
                return objs
    return []


def _given_to_subject(verb, noun, roles: Roles) -> bool:
    """'the deal has the backing of India': India backs, the deal's side receives."""
    givers = adjuncts.givers(verb, noun)
    subj, passive = subject_of(verb)
    if not givers or subj is None or passive:
        return False
    roles.actor, roles.recipient = givers, [subj]
    return True


def _noun_clause_roles(noun, cand, lex, roles: Roles, cache: Cache) -> None:
    """Roles of an event noun: from the noun and its container anchor, then the clause it sits
    in where that decides them (an accusation as grounds of an act, a harm as a subject)."""
    _noun_roles(noun, cand, lex, roles, cache)
    if cand.anchor is not None and not tree.same(cand.anchor, noun):
        _noun_roles(cand.anchor, cand, lex, roles, cache)
    top = cand.anchor or noun
    if cand.kind == "noun" and cand.event == "ACCUSE" and top.dep_ == "pobj" \
            and top.head.lower_ in GROUNDS_PREPS and top.head.head.pos_ == "VERB":
        # "jailed X on allegations of treason": the jailer alleges, X is accused
        # (the "of" phrase is the offence, not an agent)
        act = top.head.head
        subj, passive = subject_of(act)
        by = agent_of(act)
        doer = by if passive else subj
        target = subj if passive else next(
            (c for c in act.children if c.dep_ == "dobj"), None)
        if doer is not None:
            roles.actor = [doer] if doer is not None else []
            roles.recipient = [target] if target is not None else []
    if cand.kind == "noun" and not roles.actor and cand.event in SEQUENCED \
            and top.dep_ == "pobj" and (top.head.lower_ in SEQUENCE_PREPS or (
                top.head.lower_ in MEETING_PREPS and roles.recipient)):
        # "Following talks with X, Y announced ...": Y held the talks the clause follows
        subj, passive = subject_of(top.head.head)
        if subj is not None and not passive:
            roles.actor = [subj]
    elif cand.kind == "noun":  # "told Y in a phone call", "rallied in support of X"
        adjuncts.setting_roles(top, cand, roles)
        arrivals.arrival_roles(noun, cand, roles)  # "aid from X reached Y"
        voiced_from.origin_roles(top, cand, roles)  # "calls have come from X"
    holder = under_holder(top) if cand.kind == "noun" and cand.event in UNDER_MEASURES else None
    if holder is not None and not roles.recipient:
        roles.recipient = [holder]  # "X remains under sanctions": X is their target
    if cand.kind == "noun" and cand.event in HARM and top.dep_ == "nsubj" \
            and top.head.lemma_.lower() not in DISPLACING:  # "the war displaced N"
        # "the airstrikes killed three soldiers": the clause's object is the victim
        victims = [c for c in top.head.children if c.dep_ == "dobj"]
        if victims:
            roles.recipient = victims


def _modifies(tok, noun) -> bool:
    """"doubled the U.S. tariff", "extended EU sanctions": a measure's nationality is the side
    that imposes it, never the side it is imposed on."""
    return tok.head.i == noun.i and tok.dep_ in ("amod", "compound", "nmod")


def _nominal_agent(verb):
    """(the noun, its doer) of a passive verb's "in/during a NOUN by X" phrase ("was killed
    in an ambush by rebels"), else (None, None)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in MEANS_PREPS:
            continue
        for g in c.children:
            if g.dep_ == "pcomp" and _means_word(g):
                rival = _fought_with(g)  # "during fighting with troops": a gerund
                if rival is not None:
                    return rival
            if g.dep_ != "pobj" or g.pos_ != "NOUN":
                continue
            rival = _fought_with(g)
            if rival is not None:
                return rival
            for p in g.children:
                if p.dep_ in ("prep", "agent") and p.lower_ == "by":
                    doer = next((o for o in p.children if o.dep_ == "pobj"
                                 and o.ent_type_ not in ("DATE", "TIME")), None)
                    if doer is not None:
                        return g, doer
                if p.dep_ in ("amod", "compound") and p.i < g.i and p.ent_type_ == "NORP" \
                        and g.lemma_.lower() in MEANS_NOUNS:
                    return g, p  # "killed in an Israeli strike"
        act, doer = force_roles.described_act(c, MEANS_NOUNS)  # "in what X called a raid"
        if act is not None:
            return act, doer
    return None, None


def _fought_with(noun):
    """(the fight, the other side) of "killed in a clash with police", "in the attack and the
    ensuing battle with militants": whom the dead fought is who killed them; else None."""
    for g in [noun, *noun.conjuncts]:
        if not _means_word(g):
            continue
        for p in g.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                rival = next((o for o in p.children if o.dep_ == "pobj" and o.pos_ in (
                    "NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME")), None)
                if rival is not None:
                    return g, rival
    return None


def _means_word(tok) -> bool:
    """A fight named by a noun ("a clash", "the fighting") or by a gerund the parser calls a
    verb ("during fighting with troops")."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in MEANS_NOUNS
    return tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.lower_ in MEANS_NOUNS


def _doer_of_cause(agent, lex):
    """A "by" agent that is an act ("sparked by the arrest of X") is a cause: its own doer
    ("by Russia's invasion", "by an Israeli strike") acts, not the one it befell."""
    if agent.pos_ != "NOUN" or lex.lemma(agent) not in lex.nouns \
            or lex.lemma(agent) in lex.agent_nouns:
        return agent
    for c in agent.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.i < agent.i
                                and c.ent_type_ in ("NORP", "GPE", "ORG")):
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _victim(subj):
    """The party a passive victim belongs to: "the group's commander was killed" harms the
    group (a country's leader stays: the person is then the state's own)."""
    if subj is not None:
        subj = force_roles.counted_member(subj, MEMBER_NOUNS)  # "one of the group's leaders"
    if subj is None or subj.lemma_.lower() not in MEMBER_NOUNS:
        return subj
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ in ("GPE", "NORP"):
        return subj
    return owner


def _verb_roles(verb, cand, lex, roles: Roles) -> None:
    """Roles from the event verb's own arguments: subject or agent, objects, recipient
    prepositions and "between" parties."""
    noun = cand.noun
    rec_preps = lex.recipient_preps.get(cand.event, lex.recipient_preps["_"])
    agent = agent_of(verb)
    subj, passive = subject_of(verb)
    means = None  # "was killed in a raid by X": the raid is how, X who
    if passive and agent is None:
        means, agent = _nominal_agent(verb)
        agent = agent if agent is not None else as_phrase_agent(verb) or source_agent(verb)
    elif agent is not None:
        # "the protests were sparked by X's decision": the event itself is the subject, so
        # X caused it and did not take part; "was destroyed by an Israeli strike": Israel did
        own = noun is not None and subj is not None and subj.i == (cand.anchor or noun).i
        party = agent.pos_ != "NOUN" or lex.lemma(agent) in lex.agent_nouns
        agent = None if own and not party else _doer_of_cause(agent, lex)
    if passive:
        if agent is not None:
            roles.actor.insert(0, agent)
        if subj is not None and (noun is None or subj.i != (cand.anchor or noun).i):
            roles.recipient.insert(0, _victim(subj))
    elif subj is not None and (noun is None or subj.i != (cand.anchor or noun).i):
        roles.actor.insert(0, subj)
    elif agent is not None:
        roles.actor.insert(0, agent)
    anchor = cand.anchor or noun
    # what is mobilized (reservists, troops) is the actor's own force, not a target
    obj_deps = ("iobj", "dative") if cand.event == "MOBILIZE" else ("dobj", "iobj", "dative")
    objects = _first_objects(verb)
    topic = cand.event == "CONSULT" and lex.lemma(verb) in lex.topic
    if topic:
        # "discussed their commitment to democracy in X": what is talked over, no party
        objects = [c for c in objects if _party(c, lex)]
    for c in verb.children:
        if c.dep_ in obj_deps and (anchor is None or c.i != anchor.i) \
                and c.pos_ in ("PROPN", "NOUN", "PRON") and (c.dep_ != "dobj" or c in objects):
            if not weapons.is_weapon(c):  # "launched drones at X": the drones hit no one
                roles.recipient.append(c)
        elif c.dep_ == "prep" and cand.event == "MOBILIZE" and c.lower_ in DEPLOY_PREPS:
            roles.recipient.extend(g for g in c.children if g.dep_ == "pobj" and
                                   g.pos_ == "PROPN" and g.ent_type_ not in NOT_PLACES)
        elif cand.event == "MOBILIZE" and (space := _claimed_space(c)) is not None:
            roles.recipient.append(space)  # "entered Japanese waters": whose space it is
        elif c.dep_ == "dobj" and cand.event == "MOBILIZE":
            # "reinforced its troops in Lebanon": where the force goes is the target
            roles.recipient.extend(
                g for p in c.children if p.dep_ == "prep" and p.lower_ in DEPLOY_PREPS
                for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                and g.ent_type_ not in NOT_PLACES)
    roles.recipient.extend(own_side.counted_objects(verb, obj_deps))  # "two of its men"
    if not passive and object_antecedent(verb, subj, lex):
        roles.recipient.insert(0, verb.head)  # "the Iranian officers it accused of ..."
    # "expelled the ambassador from Bamako", "barred him from the country": with a party as
    # the object, "from" says what the party is put out of, not a second party; but the
    # doer's own party ("withdraw its troops from Lebanon") leaves "from" naming the other side
    removed = any(c.dep_ == "dobj" and _party(c, lex)
                  and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
                  for c in objects)
    roles.recipient.extend(_clash_sides(verb, cand, lex))  # "clashed with rebels"
    found = [t for t in _prep_objects(verb, rec_preps, where=roles.places)
             if not (t.head.lower_ == "with" and instrument(t, lex))
             and (means is None or t.i != means.i) and not offences.held_on(cand, t)
             # "discussed changes to the situation": a topic's words, no party
             and not (topic and t.pos_ == "NOUN" and not _party(t, lex))]
    # "was killed in a car bomb explosion in Beirut": how or where, no second victim
    through = {t.i for t in found if passive and force_roles.means_phrase(t, MEANS_PREPS)}
    roles.places.extend(p for t in found if t.i in through for p in force_roles.means_places(t))
    roles.recipient.extend(t for t in found if t.i not in through
                           and not (removed and t.head.lower_ == "from"))
    roles.recipient[:] = taken_from(verb, roles.recipient, lambda t: _party(t, lex))
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            roles.actor.extend(objs)
            roles.parties.extend(objs)
            roles.between = True
    if not roles.recipient and cand.event in TARGETED:
        roles.recipient.extend(_for_subjects(verb))
    given_things.drop_things(cand, roles, verb, lex)  # "delivered jets to Syria": no party


def _ordered_done(verb, roles: Roles) -> None:
    """"a judge ordered X detained": the orderer does the act to X (events/ordered_done.py)."""
    found = ordered_done(verb)
    if found is None:
        return
    orderer, patient, _ = found
    roles.actor = [orderer] if orderer is not None else []
    roles.recipient = [patient] + [t for t in roles.recipient if t.i != patient.i]


def _clash_sides(verb, cand, lex) -> list:
    """The other side of a clash told with "with" ("troops clashed with rebels"): the parties
    the "with" phrase names; empty for other acts and for a "with" phrase naming no party."""
    if cand.event != "ASSAULT" or lex.lemma(verb) not in CLASH_VERBS:
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj" and _party(g, lex)]


def _claimed_space(c):
    """The state's claimed space the verb's child ``c`` is, or leads into, when a word before
    it says whose ("entered its territorial waters", "sailed through Japan's contiguous
    zone"): a force shown there is shown to that state; None for "patrolled the waters"."""
    if c.dep_ == "prep" and c.lower_ in SPACE_PREPS:
        c = next((g for g in c.children if g.dep_ == "pobj"), None)
    elif c.dep_ != "dobj":
        return None
    owned = c is not None and c.lemma_.lower() in CLAIMED_SPACES and any(
        g.i < c.i and (g.dep_ == "poss" or g.dep_ == "amod" and g.ent_type_ in ("NORP", "GPE"))
        for g in c.children)
    return c if owned else None


def _voiced_own(verb, noun, tok) -> bool:
    """"expressed Tehran's strong protest": the stance voiced is the voicer's side's own."""
    return tok.dep_ == "poss" and tok.pos_ != "PRON" and tok.head.i == noun.i \
        and verb.lemma_.lower() in VOICING  # "their commitment": the subject's, told already


def _for_subjects(verb) -> list:
    """"called for the rebels to withdraw": the subject of a "for ... to" clause under the
    verb is whom the call is aimed at (the clause is its content, not a purpose)."""
    out = []
    for c in verb.children:
        if c.dep_ not in ("advcl", "ccomp", "xcomp") or c.i < verb.i or not any(
                g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            continue
        out.extend(g for g in c.children if g.dep_ == "nsubj" and g.i < c.i
                   and g.pos_ in ("PROPN", "NOUN"))
    return out

