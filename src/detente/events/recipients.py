"""Recipients a clause leaves open, read from the rest of the article or from who acts.

- "Lawmakers denounced the extension": the recipient is whoever extended, as an earlier
  sentence told it (``earlier_doers``);
- "urged the president to", "arrested 300 people", "three men in Karachi": an unnamed
  recipient takes a country from the place named with it, from the place of a local act, or
  from a doer who is a person or body of one state (``home_recipients``).
"""

from __future__ import annotations

import dataclasses

from .. import coref, docview, knowledge, setting, tree
from ..actor_segments import lookup
from ..records import Actor
from .parties import state_actor
from .phrases import LOCATIVE_PREPS, agent_of, phrase, subject_of
from .lexicon import category_set, events_words, load_lexicon
from .possessors import possessor, possessor_suffers

DEFINITE = events_words("definite")
#: Events whose unnamed targets belong to the country where they happen.
LOCAL_EVENTS = category_set("recipient_from_place")
#: Acts whose unnamed recipient is on the doer's side by default ("urged the president to").
HOME_TARGETS = category_set("recipient_from_actor")
#: Unnamed parties that are other countries, not the doer's own people ("the parties concerned").
OUTWARD = events_words("outward_nouns")
#: Actor codes that are no country: their doers have no home to aim at.
NOT_HOME = events_words("not_home_codes")
#: People the actor list has no sector for ("her daughter"): civilians of the story's country.
PERSON_NOUNS = events_words("person_nouns")
#: Repression that, aimed at no one named, is aimed at the doer's own country.
HOME_ACTS = category_set("recipient_is_home")
#: Entity types that give a phrase a side of its own ("Afghan girls", "Kenya's children").
SIDE_ENTS = ("NORP", "GPE", "ORG")
#: "a resolution in Congress", "a report from the agency": the body that made the thing.
BODY_PREPS = events_words("body_preps")
#: Acts a state's organs do, whose agentless passive is the story's state's act.
STATE_ACTS = category_set("doer_is_home_state")
#: Sectors of a state's own organs, whose unaimed repression is aimed at home.
STATE_SECTORS = events_words("state_sectors")
#: Possessors that make a person the speaker's own ("my father"), not the story's civilian.
FIRST_PERSON = events_words("first_person_possessives")
#: What a party is accused of ("the charges"): its denial answers the accuser.
CHARGE_NOUNS = knowledge.words("lexicon/recipients.yaml", "charge_nouns")
#: Words that give an unnamed party a country other than the story's ("foreign journalists").
FOREIGN = knowledge.words("lexicon/counterparts.yaml", "foreign_words")
#: Categories whose weak words ("asked") an act noun ("the request") may refer back to.
WEAK_BACK = category_set("weak_back_categories", "lexicon/recipients.yaml")
#: "faced charges": the subject is acted on, as in a passive ("was charged").
FACED = knowledge.words("lexicon/recipients.yaml", "faced_state_acts")
#: "pleaded not guilty": the plea answers the charge.
INNOCENCE = knowledge.words("lexicon/recipients.yaml", "innocence_words")
#: Pressure from outside that, aimed at no one named, is aimed at the story's country.
AIMED_AT_SETTING = category_set("aimed_at_setting", "lexicon/recipients.yaml")
#: Appeals that, addressed to no one named, are addressed to the story's country.
APPEALS_TO_SETTING = category_set("appeals_to_setting", "lexicon/recipients.yaml")
#: Disapproval at home that, aimed at no one named, is aimed at home.
HOME_COMPLAINTS = category_set("home_complaints", "lexicon/recipients.yaml")

#: "Zorland's enemies", "U.S. allies": words for the other side of a state's relations.
RELATION_NOUNS = knowledge.words("lexicon/recipients.yaml", "relation_nouns")
#: Force told as the answer to force ("counterattacked", "fired back"): no act a later
#: reference to "the attack" names (data/lexicon/recipients.yaml, read by answers.py too).
ANSWERING_FORCE = knowledge.words("lexicon/recipients.yaml", "answering_force")
#: How a word before such a noun names the state it is the other side of.
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})

#: Reactions aimed at whoever did the act their object names ("condemned the arrest").
REACTIONS = category_set("recipient_is_earlier_doer")

#: How many sentences back, and how many words in all, "the extension" may look for the act
#: it names: references to an act reach a few sentences, and the walk stays bounded.
BACK_SENTENCES = 4
BACK_TOKENS = 400
_REACTIONS_FILE = "lexicon/reactions.yaml"
#: "agreed to a truce", "called for a ceasefire": the verb's subject made the thing.
DOER_PREPS = knowledge.words(_REACTIONS_FILE, "doer_preps")
#: "the allegations" refers back to an accusation told further back than other acts.
CLAIM_REACH = knowledge.table(_REACTIONS_FILE, "claim_reach")


def _same_act(noun, tok, lex=None, category: str | None = None) -> bool:
    """Whether ``tok`` names the act the noun ``noun`` refers back to: the same noun, a verb
    of the same stem ("extended" for "the extension", "decided" for "the decision"), or, for a
    noun that is an event word, a word of the same PLOVER category ("the killings" for
    "gunmen attacked"). ``category``: the noun's own, worked out once by the caller."""
    lemma, other = noun.lemma_.lower(), tok.lemma_.lower()
    # a weak word of some categories counts: "asked Trump for relief ... denied the request"
    if lex is not None and category is not None and category == _category(
            lex, tok, category in WEAK_BACK):
        return True
    if tok.pos_ == "NOUN":
        return other == lemma
    if tok.pos_ != "VERB" or len(other) < 4:
        return False
    common = 0
    for a, b in zip(lemma, other):
        if a != b:
            break
        common += 1
    return common >= max(4, len(other) - 2)


def _category(lex, tok, weak: bool = False) -> str | None:
    """The PLOVER category a noun or verb names as a trigger word, or None; a weak one ("ask")
    only with ``weak``."""
    table = lex.nouns if tok.pos_ == "NOUN" else lex.verbs if tok.pos_ == "VERB" else {}
    entry = table.get(lex.lemma(tok))
    return entry.event if entry is not None and (weak or not entry.weak) else None


def _doer_of(tok):
    """Who did the act ``tok`` names: a verb's subject or "by" agent; a noun's possessor, its
    "by" phrase, or the subject of the verb it is the object of."""
    if tok.pos_ == "VERB":
        subj, passive = subject_of(tok)
        # "X stands accused": a participle of state says what befell its subject
        state = tok.tag_ == "VBN" and tok.dep_ in ("acomp", "oprd")
        return agent_of(tok) if passive or state else subj
    for c in tok.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):  # not "Tuesday's"
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    for c in tok.children:
        # "a U.S. resolution", "Iranian allegations"; "a resolution in Congress"
        if c.dep_ in ("amod", "compound") and c.i < tok.i and c.ent_type_ in SIDE_ENTS:
            return c
        if c.dep_ == "prep" and c.lower_ in BODY_PREPS:
            body = next((g for g in c.children if g.dep_ == "pobj"), None)
            if body is not None and body.ent_type_ == "ORG":
                return body
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in DOER_PREPS:
        verb = verb.head  # "Kyiv agreed to a truce", "Moscow called for a ceasefire"
    elif tok.dep_ != "dobj":
        return None
    if verb.pos_ == "VERB":
        subj, passive = subject_of(verb)
        return None if passive else subj
    return None


def earlier_doers(obj, lex=None, far: bool = False):
    """For a definite object naming an act ("denounced the extension"), the doers of that act
    where an earlier sentence told it ("parliament voted to extend ..."), nearest first.
    Tokens heading noun phrases; the caller keeps the ones it can name. ``far``: look as far
    back as for a claim (a story's truce or plan is referred to long after it was told)."""
    out = []
    for tok in _earlier_acts(obj, lex, far):
        if lex is not None and _answered(tok, lex) or answering_word(tok):
            continue
        doer = _doer_of(tok)
        if doer is not None and doer.pos_ in ("PROPN", "NOUN"):
            out.append(doer)
    return out


def answering_word(tok, key: str | None = None) -> bool:
    """Whether the verb ``tok`` (read under lexicon ``key``, else its lemma) tells force as the
    answer to force: "counterattacked", "hit back", "returned fire". "militants stormed the
    base but the troops counterattacked ... condemned the attack": the answer to an attack is
    not the attack referred to."""
    key = (key or tok.lemma_).lower()
    # "hit back", "returned fire": the verb with its particle or its object
    said = {f"{key} {c.lemma_.lower()}" for c in tok.children
            if (c.dep_ in ("prt", "advmod") and c.lower_ == "back") or c.dep_ == "dobj"}
    return key in ANSWERING_FORCE or bool(said & ANSWERING_FORCE)


def _answered(tok, lex) -> bool:
    """"Paris condemned the strike ... Berlin also condemned the strike": a noun that is the
    object of an earlier reaction aimed at the act's doer names an act its subject answered,
    not one it did."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head
    if tok.dep_ == "pobj":
        if verb.lower_ not in DOER_PREPS:
            return False
        verb = verb.head
    return verb.pos_ == "VERB" and _category(lex, verb) in REACTIONS


def earlier_state(ctx, objs, lex) -> tuple:
    """"X was charged with fraud ... He rejects the charges": an act of a state's organs told
    before in the passive with no doer ("was charged", "stands accused") is, in a story set in
    one country, that state's, and so is the act the object names (inferred, no mention)."""
    home = ctx.actors.setting
    if not home:
        return ()
    for obj in objs:
        for tok in _earlier_acts(obj, lex):
            if tok.tag_ != "VBN" or agent_of(tok) is not None or any(
                    c.dep_ == "nsubj" for c in tok.children):
                continue
            entry = lex.verbs.get(lex.lemma(tok)) if tok.pos_ == "VERB" else None
            if entry is not None and entry.event in STATE_ACTS:  # "charged" too, weak alone
                return (state_actor(ctx, home),)
    for obj in objs:
        # "condemned the journalist's detention" with no one named for it: the state's act
        entry = lex.nouns.get(lex.lemma(obj)) if obj.pos_ == "NOUN" else None
        if entry is not None and entry.event in STATE_ACTS and possessor_suffers(obj, lex):
            return (state_actor(ctx, home),)
    return ()


def _earlier_acts(obj, lex=None, far: bool = False):
    """The tokens of the last few sentences that name the act a definite object refers back
    to, nearest first (see ``_same_act``); none when the object is not such a noun."""
    claim = obj.lemma_.lower() in CHARGE_NOUNS and (obj.pos_ == "NOUN" or obj.dep_ == "dobj")
    # "the extension", and "Ochieng's arrest": a possessor makes the noun definite too; a
    # bare plural claim ("denied accusations", "reject claims", which the tagger may take
    # for a verb) is one already made
    bare_claim = claim and obj.tag_ in ("NNS", "VBZ") and not any(
        c.dep_ == "det" for c in obj.children)
    if not (obj.pos_ == "NOUN" or claim) or not any(
            (c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.pos_ != "PRON")
            for c in obj.children) and not bare_claim:
        return []
    doc, start = obj.doc, obj.sent.start
    sentences, tokens = (CLAIM_REACH["sentences"], CLAIM_REACH["tokens"]) if claim or far else (
        BACK_SENTENCES, BACK_TOKENS)
    before = docview.sentences_before(obj.sent, sentences)
    first = max(before[-1].start if before else start, start - tokens)
    out = []
    category = _category(lex, obj) if lex is not None else None
    if claim and obj.pos_ != "NOUN":
        category = "ACCUSE"  # a claim the tagger took for a verb names an accusation
    # "Britain seeks to finalize a deal ... after Trump said he would support the deal": the
    # same sentence, before the object, first; words of the reaction's own clause are not it
    own = {t.i for t in obj.head.subtree} if obj.head.pos_ == "VERB" else {obj.i}
    for i in range(obj.i - 1, first - 1, -1):
        if i not in own and _same_act(obj, doc[i], lex, category):
            out.append(doc[i])
    return out


def other_party(ctx, tokens, actor: tuple, found: tuple) -> tuple:
    """Recipients (``found``: as the actor list read ``tokens``) completed where it names no
    country: a definite description of a party named before ("with the island nation"), or
    the party a possessive pronoun stands for ("rejected its offer"), not the actor's own;
    else, when nothing was read, people of the story's country."""
    avoid = frozenset(a.code for a in actor if a.code)
    found = _not_victims(tokens, found)
    found = _not_the_owner(ctx, tokens, found)
    if found and not any(r.code and not ctx.actors.from_setting(r) for r in found):
        found = _apposed_side(ctx, tokens, found)  # none, or the story's guess
    itself = _self_reference(found, frozenset(a.code for a in actor if a.sector in (
        None, "GOV"))) if any(_country_object(t) for t in tokens) else ()
    if any(r.code for r in found) and not itself:
        return found
    found = tuple(r for r in found if r.start >= 0 or r.code not in avoid)
    for tok in tokens:
        named = coref.described(ctx, tok, avoid)
        if not named and itself:  # the state itself, however it was named before
            state = coref.state_named_before(ctx, tok, avoid, any_body=True)
            named = tuple(dataclasses.replace(r, code=a.code, name=a.name)
                          for r in itself for a in state)
        if not named and tok.dep_ == "poss" and coref.kind_of(tok) is not None:
            named = _owner(ctx, tok, avoid)
        if named:
            return named
    return found or setting_people(ctx, tokens)



def _not_the_owner(ctx, tokens, found: tuple) -> tuple:
    """``found`` without the state whose relations a recipient word names: "accused
    Zorland's enemies", "aid to Zorlandi rivals", "talks with U.S. allies" are other states'
    people, not the state named before the word (its code dropped, the party kept with no
    country). A person's rivals ("the senator's rivals") are left alone: a person is no state
    named as such, and has rivals at home as often as abroad."""
    owners = _relation_owners(tokens)
    if not owners:
        return found
    countries = ctx.actors.kb.countries
    out = []
    for r in found:
        owner = next((o for o in owners if o.doc[o.left_edge.i].idx <= r.start and (
            r.end <= o.idx + len(o.text) or _covers(r, o.head))), None) \
            if r.start >= 0 and r.code in countries else None
        if owner is None or (r.sector is not None and not _covers(r, owner.head)):
            out.append(r)  # "the senator's rivals": a person's, not a state's
            continue
        group = phrase(owner.head if owner.head.lemma_.lower() in RELATION_NOUNS else owner)
        if not any(g.start == group.start_char for g in out):  # "U.S. NATO allies": one party
            out.append(dataclasses.replace(r, text=group.text, code=None, name=None,
                                           start=group.start_char, end=group.end_char))
    return tuple(out)


def _covers(r, head) -> bool:
    """Whether the mention ``r`` spans the relation word ``head`` itself ("U.S. allies" read
    as one mention, its code taken from "U.S.")."""
    return head.lemma_.lower() in RELATION_NOUNS and r.start <= head.idx < r.end


def _relation_owners(tokens) -> list:
    """The words naming whose enemies, rivals or allies the recipient words are."""
    owners = []
    for tok in tokens:
        if tok.dep_ in OWNER_DEPS and tok.i < tok.head.i and \
                tok.head.lemma_.lower() in RELATION_NOUNS and not _names_itself(tok.head):
            owners.append(tok)  # "accused Zorland's enemies": the parser's target is the owner
        elif tok.lemma_.lower() in RELATION_NOUNS and not _names_itself(tok):
            owners += [c for c in tok.children if c.dep_ in OWNER_DEPS and c.i < tok.i]
    return owners


def _names_itself(noun) -> bool:
    """Whether the relation word is set beside the name of the state it stands for ("to its
    ally Zorland", "its neighbour, Velonia"): that state is the recipient, not the owner."""
    return any(c.dep_ == "appos" and c.i > noun.i for c in noun.children)


def _apposed_side(ctx, tokens, found: tuple) -> tuple:
    """"Major General X, the deputy commander of Russia's 14th Army Corps, was killed": a
    named person the actor list cannot place takes the one country of the title set
    beside the name (before a guess from the story or the place it happened)."""
    for tok in tokens:
        if tok.ent_type_ != "PERSON":
            continue
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i:
                codes = {a.code for a in ctx.actors.resolve(phrase(c)) or () if a.code}
                if len(codes) == 1:  # the mention now spans the title: no guess of the story
                    code, end = codes.pop(), c.right_edge.idx + len(c.right_edge)
                    return tuple(dataclasses.replace(r, code=code, end=max(r.end, end))
                                 for r in found)
    return found


def _country_object(tok) -> bool:
    """"attacked the country", "visit the nation": a description of a country as the act's
    object (not its subject, "said the country should ...", nor an owner, "the country's
    ruling party")."""
    return tok.dep_ in ("dobj", "pobj", "dative") and \
        coref.DEFINITE_HEADS.get(tok.lemma_.lower()) == "country"


def _self_reference(found: tuple, avoid: frozenset) -> tuple:
    """"Russia attacked the country": the back-references ("the country", inferred, no place
    in the text) read as the doer itself (``avoid``: the doer's states; rebels fight "the
    government" of their own country), which is never its own target; the description is
    read again past the doer (``coref.described``, else the state named before)."""
    return tuple(r for r in found if r.start < 0 and r.sector is None and r.code in avoid)


def _owner(ctx, tok, avoid: frozenset) -> tuple:
    """"Tehran rejected its offer": the party a possessive pronoun on the object stands for,
    not the doer's own; where the nearest party is the doer itself (the pronoun read as
    "Tehran"), the nearest other state named before."""
    found = tuple(a for a in coref.antecedent(ctx, tok) if a.code)
    other = tuple(a for a in found if a.code not in avoid)
    if other or not found:
        return other
    return coref.state_named_before(ctx, tok, avoid)


def _not_victims(tokens, found: tuple) -> tuple:
    """``found`` without the victim named as the possessor of an act that is the object
    of a reaction ("condemned Ochieng's arrest" is aimed at whoever arrested him, not at
    Ochieng; "revoked Ochieng's house arrest" is still done to him)."""
    lex = load_lexicon()
    spans = [phrase(owner) for tok in tokens if tok.pos_ == "NOUN" and tok.dep_ == "dobj"
             and _category(lex, tok.head) in REACTIONS and possessor_suffers(tok, lex)
             for owner in (possessor(tok),)]
    if not spans:
        return found
    return tuple(a for a in found if not any(
        p.start_char <= a.start and a.end <= p.end_char for p in spans))


def setting_people(ctx, tokens) -> tuple:
    """Recipients that are people the actor list cannot name ("refused to enroll her
    daughter", "evicted a widow"): civilians of the story's country when the story has one and
    nothing in their phrase gives them another side ("foreign tourists", "Afghan girls")."""
    country = ctx.actors.setting
    if not country:
        return ()
    out = []
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS:
            continue
        span = phrase(tok)
        if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children):
            continue
        if any(t.ent_type_ in SIDE_ENTS for t in span) or not setting.takes_setting(
                t.lower_ for t in span):
            continue
        out.append(Actor(span.text, country, "CVL", None, None, None, span.start_char,
                         span.end_char))
    return tuple(out)


def home_recipients(ctx, roles, recipient: tuple, actor: tuple, event: str,
                     location) -> tuple:
    """Countries for recipients the text names without a side ("three men", "the president").

    A place named in the recipient's own phrase comes first; then, for violence, repression
    or relief, the place where it happened (PLOVER practice); then, for acts aimed at home
    (``recipient_from_actor``), the doer's one country when the doer is a person or body of
    that state ("the Kenyan president", not "Kenya": a country acting as a whole is as likely
    to address foreigners). A named person or body keeps no guessed country; with no
    recipient at all, a local act's victim is its place's country.
    """
    if any(r.code for r in recipient):
        return recipient
    tokens = roles.recipient
    if any(t.lower_ in FOREIGN for tok in tokens for t in phrase(tok)):
        return recipient  # "foreign journalists": of some other country, not a guessed one
    if location is None:  # "attacked a train in X": the place set aside from the recipients
        location = next((p for t in roles.places for p in ctx.places_in(
            t.idx, t.idx + len(t.text)) if p.country), None)
    local = event in LOCAL_EVENTS and location is not None and location.country
    if not recipient:
        if local:
            return (Actor(location.text, location.country, None, location.name, None,
                          None, location.start, location.end),)
        return _home(ctx, actor) if event in HOME_ACTS else recipient
    spans = [phrase(t) for t in tokens]
    spans = [p for p in spans if any(p.start_char <= r.start < p.end_char for r in recipient)]
    if not spans or (any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                         for p in spans for t in p) and not _institutions(ctx, spans, recipient)):
        # a named victim of local violence is still coded by where it happened
        return tuple(dataclasses.replace(r, code=location.country) for r in recipient) \
            if local else recipient
    country = None
    for tok in tokens:
        # "three men in Karachi" (not "deported women to Turkey")
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and country is None:
                end = c.right_edge.idx + len(c.right_edge)
                inside = [p for p in ctx.places_in(c.idx, end) if p.country]
                country = inside[0].country if inside else None
    if country is None and local:
        country = location.country
    homes = {a.code for a in actor if a.code}
    if not actor or any(a.sector is None or (a.code or "").lower() in NOT_HOME
                        or is_place(ctx, a) for a in actor):
        homes = set()  # "Washington alleges the group ...": a state as a whole
    outward = any(t.lemma_.lower() in OUTWARD or t.lower_ in OUTWARD for p in spans for t in p) \
        or any(_other_side(ctx, r) for r in recipient)  # "accused Zorland's enemies"
    if country is None and event in HOME_TARGETS and len(homes) == 1 and not outward:
        country = next(iter(homes))
    if country is None:
        return recipient
    return tuple(dataclasses.replace(r, code=country) for r in recipient)


def _institutions(ctx, spans, recipient: tuple) -> bool:
    """Whether every recipient is a bare word for a state's own institution, capitalised but
    naming no one ("dissolved the Senate", "suspended Parliament"): the actor list read it
    as a sector word, with no name, no body of its own and no country, and no other
    capitalised word of its phrase names more ("the Commission on the Limits of X" is a
    body's name the actor list does not know)."""
    if not all(r.start >= 0 and r.sector and r.name is None and r.org is None
               and ctx.actors.kind_of(r) is None for r in recipient):
        return False
    return all(any(r.start <= t.idx < r.end for r in recipient)
               for p in spans for t in p if t.pos_ == "PROPN")


def is_place(ctx, actor: Actor, lead: int = 0) -> bool:
    """Whether the actor's mention is a place name standing for its state ("Washington").
    ``lead``: how many characters before the actor's words the place's mention may open
    (with an article the actor's words leave out: "the U.S.")."""
    return actor.start >= 0 and any(
        p.start <= actor.start and actor.end <= p.end
        for p in ctx.places_in(max(0, actor.start - lead), actor.end))


def _home(ctx, actor: tuple) -> tuple:
    """"The junta imposed restrictions on printing leaflets": repression aimed at no one named,
    by doers all of the story's own country, is aimed at that country (inferred, no mention)."""
    home = ctx.actors.setting
    if not home or not actor or any(a.code != home or (
            a.sector is not None and a.sector.lower() not in STATE_SECTORS) for a in actor):
        return ()  # "gunmen", "villagers": no state's organ
    return (state_actor(ctx, home),)


def unnamed_state(ctx, cand, event: str, reporting: frozenset[str]) -> tuple:
    """"Joseph had been arrested and sentenced", "operatives were accused of planning": an act
    of a state's organs told in the passive with no doer is, in a story set in one country,
    that state's (inferred, no mention), unless a body it was put out of is named ("expelled
    from the party"); nothing when the story has no setting or no party was acted on, and only for a
    main clause the article tells itself (not quoted, not a relative or conditional clause,
    not a modal: "can be revoked" is no act)."""
    home = ctx.actors.setting
    faced = cand.key in FACED  # "X faced charges": X was charged, told actively
    if not home or event not in STATE_ACTS or (cand.kind != "verb" and not faced):
        return ()
    verb = cand.head
    subj, passive = subject_of(verb)
    passive = passive or faced
    if not passive or agent_of(verb) is not None or coref.in_quotes(ctx, verb):
        return ()
    if subj is None or not (subj.pos_ == "PRON" or subj.lemma_.lower() in PERSON_NOUNS
                            or ctx.actors.resolve(phrase(subj))):
        return ()  # "the website was blocked", "projects were suspended": no party acted on
    body = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]
    named = [a for a in ctx.actors.resolve(phrase(body[0]))] if body else []
    if named:
        return tuple(named[:1])  # "was expelled from the party": the party did it
    top = tree.climb(verb, ("conj",))
    if top.dep_ == "acomp":
        top = top.head  # "X stands accused of", "remains detained"
    if top.dep_ == "ccomp" and top.head.dep_ == "ROOT" and \
            top.head.lemma_.lower() in reporting:
        top = top.head  # "X was arrested, officials said"
    if top.dep_ != "ROOT" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return ()  # "who is accused of", "when they are convicted", "can be revoked"
    return (state_actor(ctx, home),)


def one_country_sides(actor: tuple, recipient: tuple) -> tuple[tuple, tuple]:
    """"Clashes between the police and protesters", "a deal between the government and an
    armed group": when every party "between" names is of one and the same country, the two
    sides are that country's, and PLOVER codes the first as actor, the others as recipient
    (a joint actor list would lose the country on the recipient side)."""
    codes = {a.code for a in actor}
    if recipient or len(actor) < 2 or len(codes) != 1 or None in codes:
        return actor, recipient
    return actor[:1], actor[1:]


#: Kinds of KB entity that, named before an act, are its doer ("a U.S. strike"), not its place.
DOER_KINDS = frozenset({"country", "demonym", "org", "body", "person"})


def place_modifier(ctx, tok, lex) -> bool:
    """"The Bouake attack", "the Gao bombing": a town named before an act says where it
    happened, not who did it (a state or a body named there is its doer: "a U.S. strike")."""
    if tok.dep_ != "compound" or tok.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") \
            or tok.head.pos_ != "NOUN" or lex.nouns.get(lex.lemma(tok.head)) is None:
        return False
    words = [t.text for t in tok.doc[tok.left_edge.i:tok.i + 1]]
    if tok.ent_type_ == "NORP" and ctx.actors.kb.place(" ".join(words)) is None:
        return False  # a people the parser took for a place name ("the Fulani attack")
    return not any(found.entity is not None and found.entity.kind in DOER_KINDS
                   for _, _, found in lookup(ctx.actors.kb, words))


def accuser(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"He denied the charges", "called the allegations baseless", "pleaded not guilty": a
    denial that names no accuser answers whoever brought the charge; when the one denying is of
    the story's own country, that is its own state (prosecutors, courts, rivals at home;
    inferred, no mention); a plea, made before a court, answers the story's country whoever
    pleads. Nothing when a recipient with a country was read, the story has no setting, or
    the doer of a denial is foreign to it (a foreign government's charges are as likely)."""
    home = ctx.actors.setting
    if event != "REJECT" or not home or any(r.code for r in recipient) or cand.kind != "verb":
        return recipient
    verb = cand.head
    answered = plea = False
    for c in verb.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("dobj", "nsubjpass") and lemma in CHARGE_NOUNS:
            answered = True
        elif c.dep_ in ("acomp", "oprd", "advmod") and lemma in INNOCENCE and \
                verb.lemma_.lower() == "plead":
            plea = True
    # a plea is made before a court of the story's country, whoever makes it
    if not plea and (not answered or not actor or any(a.code != home for a in actor)):
        return recipient
    return recipient + (state_actor(ctx, home),)


def foreign_pressure(ctx, event: str, actor: tuple, recipient: tuple) -> tuple:
    """"The statement threatened sanctions", "despite previous U.S. sanctions": pressure by
    states all foreign to the story's one country, aimed at no one named, is aimed at that
    country (inferred, no mention); an appeal to no one ("is calling for an end to the
    violence") is addressed there whoever makes it, and disapproval at home ("called the
    jailbreak deplorable") is aimed at home. Nothing when a recipient with a country
    was read, the story has no setting, a doer has no country, a recipient is another state's
    side ("Zorland's enemies"), or (pressure) a doer is of that country or no state (IGO, NGO)."""
    home = ctx.actors.setting
    if not home or not actor or any(r.code for r in recipient) or \
            any(a.code is None for a in actor) or any(_other_side(ctx, r) for r in recipient):
        return recipient
    foreign = not any(a.code == home or a.code.lower() in NOT_HOME for a in actor)
    at_home = all(a.code == home for a in actor)
    if not (event in APPEALS_TO_SETTING or (event in AIMED_AT_SETTING and foreign)
            or (event in HOME_COMPLAINTS and at_home)):
        return recipient
    return recipient + (state_actor(ctx, home),)


def _other_side(ctx, r) -> bool:
    """Whether the recipient ``r`` is another state's side, named by its relation to one
    ("Zorland's enemies"): someone named, though with no country."""
    span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand") \
        if r.start >= 0 and r.code is None else None
    return span is not None and span.root.lemma_.lower() in RELATION_NOUNS


def implied_recipient(ctx, cand, event: str, actor: tuple, recipient: tuple) -> tuple:
    """The recipient a story implies when the sentence names none: the state answering its
    own charges ("denied the charges"), then the story's country under foreign pressure
    ("threatened sanctions")."""
    return foreign_pressure(ctx, event, actor, accuser(ctx, cand, event, actor, recipient))
