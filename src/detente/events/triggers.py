"""Finding event triggers in a parsed sentence and tying them together.

A *candidate* is one event in the making: the token whose clause carries its arguments
(``head``), the words that make up the trigger, its category and mode. Three structural passes
turn raw lexicon hits into one candidate per event (the first here, the others and their
order in ``candidates.find_candidates``):

1. light verbs merge with their event noun ("held talks", "imposed sanctions", "negotiations
   held on May 16"), phrases override ("signed an agreement" is SUPPORT);
2. embedding verbs and nouns absorb the event they govern ("threatened to impose a curfew" is
   one THREATEN/curfew; "a willingness to continue dialogue" one AGREE; "refused to withdraw"
   a REJECT plus a negated RETREAT);
3. noun modifiers of an event noun are dropped ("ceasefire agreement" is one event).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import docview, knowledge, tree
from . import (adjuncts, claims, complements, criticism, envoys, meetings, messages, orders, wants,
               weapons)
from .lexicon import Entry, Lexicon, category_set, events_words, particle_keys
from .occurrence import occurred
from .senses import apply_sense, cue_words, lem, phrasal_keys  # noqa: F401  (lem: shared)


#: Entity types whose tokens are names, never triggers ("Operation Desert Storm", "Strike FC").
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "LAW",
                       "PRODUCT", "LANGUAGE"})
NUMERIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                          "ORDINAL"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Dependencies by which a noun is the event a verb "does": "held talks", "talks were held".
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
#: Prepositions through which a light verb takes its event noun ("engaged in talks").
LIGHT_PREPS = events_words("light_preps")
#: Light verbs that take their event noun through any preposition ("entered into talks").
ANY_PREP_LIGHT_VERBS = events_words("light_verbs_any_prep")
#: Units of money a sum of goods is counted in ("20 million euros in aid").
CURRENCIES = events_words("currency_nouns")
#: Prepositions of time and circumstance: their object is never what a demand or promise
#: is about ("after a meeting with X, told officials to ...").
CIRCUMSTANCE_PREPS = events_words("circumstance_preps")


@dataclass
class Candidate:
    head: object  # Token whose clause gives the arguments (a verb, or the event noun)
    event: str
    mode: str | None
    weak: bool
    kind: str  # "verb", "noun" (standalone nominal), "light" (light verb + noun)
    noun: object = None  # the event noun, for nominal and light-verb events
    words: list = field(default_factory=list)  # trigger tokens
    key: str = ""  # lexicon key that fired
    anchor: object = None  # outermost noun of a nominal ("round" in "a round of talks")
    content: "Candidate | None" = None  # the event this one is about (threat, demand ...)
    negated: bool = False  # complement of a refusal: kept, but not asserted
    dropped: bool = False
    predicate: object = None  # verb governing a standalone noun ("talks took place")
    asker: object = None  # who makes a request named by a noun ("calls from X"): called_on

    @property
    def tokens(self) -> list:
        return sorted(self.words, key=lambda t: t.i)


def lookup(lex: Lexicon, tok) -> tuple[str, Entry] | None:
    """The lexicon entry a token triggers, after phrasal keys and word senses."""
    if tok.ent_type_ in NAME_ENTS and tok.pos_ == "PROPN" or tok.ent_type_ in NUMERIC_ENTS:
        return None  # names and dates: "Operation Storm", "March 3"
    if tok.pos_ == "PROPN" and tok.is_title and not tok.is_sent_start:
        return None
    lemma = lem(tok)
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        for key in phrasal_keys(tok, lex.verbs):
            entry = lex.verbs.get(key)
            if entry or key in lex.senses:
                entry = envoys.reading(key, weapons.launch_reading(
                    key, apply_sense(lex, key, entry, tok), tok), tok)
                entry = orders.ordered_move(key, entry, tok)
                return (key, entry) if entry else None
        return None
    if tok.pos_ in NOUN_POS or (tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "dobj", "pobj")):
        multi = lex.multiword_nouns.get(lemma)
        if multi:
            left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
            # "a joint irrigation project": the parser may hang "joint" on the compound
            left += [g for c in left if c.dep_ == "compound" for g in c.lefts
                     if g.dep_ == "amod"]
            for c in left:
                key = f"{lem(c)} {lemma}"
                if key in multi:
                    return key, multi[key]
        for c in tok.children:  # "state of emergency", "state of siege"
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    key = f"{lemma} of {lem(g)}"
                    if g.dep_ == "pobj" and key in lex.nouns:
                        return key, lex.nouns[key]
        entry = lex.nouns.get(lemma)
        if entry:
            entry = apply_sense(lex, lemma, entry, tok)
            return (lemma, entry) if entry else None
    return None


def _container_anchor(lex: Lexicon, noun):
    """'a new round of talks' -> 'round'; the outer noun carries the clause role."""
    anchor = _split_modifier(noun)
    if anchor.dep_ == "compound" and lem(anchor.head) in lex.containers:
        anchor = anchor.head  # "a mediation effort", "a peace process"
    # two steps at a time: noun -> "of" -> container noun ("the start of a round of talks")
    for _ in range(tree.MAX_DEPTH // 2):
        if not (anchor.dep_ == "pobj" and anchor.head.lower_ == "of"
                and lem(anchor.head.head) in lex.containers):
            break
        anchor = tree.climb(anchor, limit=2)
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "of") \
            and _amount(anchor.head.head):
        anchor = anchor.head.head  # "announced $50 million in aid": the sum is the object
    return anchor


def _amount(tok) -> bool:
    """A sum of money ("$50 million", "20 million euros"), which goods are counted in."""
    if tok.ent_type_ == "MONEY" and tok.pos_ in ("NUM", "NOUN", "SYM"):
        return True
    return lem(tok) in CURRENCIES and any(c.dep_ == "nummod" for c in tok.children)


def _split_modifier(noun):
    """A noun the tokenizer split at its hyphen that the parser read as the modifier of
    the next noun ("staged a sit-in outside parliament": "sit-in" on "parliament", the
    verb's object): that object carries the clause role of the whole phrase."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_:
        return noun
    top = doc[i - 2] if noun.head.i == i - 2 else noun
    outer = top.head
    if top.dep_ in ("compound", "nmod", "amod") and outer.i > noun.i \
            and outer.pos_ in ("NOUN", "PROPN") and outer.dep_ in ("dobj", "pobj"):
        return outer
    return noun


def _phrase(lex: Lexicon, verb, noun, prep=None):
    v = lem(verb)
    n = lem(noun)
    keys = [f"{v} {n}"]
    for c in verb.children:
        if c.dep_ == "prt":
            keys.insert(0, f"{v} {c.lower_} {n}")
    if prep is not None:
        keys.insert(0, f"{v} {prep.lower_} {n}")
    for c in noun.lefts:  # "declare a state of emergency", "martial law"
        if c.dep_ in ("compound", "amod"):
            keys.insert(0, f"{v} {lem(c)}")
    for k in keys:
        if k in lex.phrases:
            return k, lex.phrases[k]
    return None


#: Categories a quote can itself carry ('"Leave now," he demanded' is a REQUEST).
SPEECH_ACTS = category_set("speech_acts")
_CLOSING_QUOTES = frozenset({'"', "”", "’’", "''", "»"})


def _attributes_quote(verb) -> bool:
    """True for a verb that attributes a direct quote ending just before it.

    News copy writes '"The danger has not passed," agreed X' or '"...," X warned': the quote
    is the verb's complement, and its only content is the speech, not an event of its own.
    """
    doc = verb.doc
    i = verb.i - 1
    # skip the subject in '"...," X warned' (at most a short name) and the comma
    while i >= 0 and verb.i - i <= 5 and doc[i].text not in _CLOSING_QUOTES:
        if doc[i].pos_ not in ("PROPN", "PRON", "PUNCT", "DET", "NOUN", "ADJ"):
            return False
        i -= 1
    if i < 1 or doc[i].text not in _CLOSING_QUOTES:
        return False
    # the quote ends its sentence with a comma, inside the marks (US) or outside them (UK)
    comma = doc[i - 1].text == "," or (i + 1 < verb.i and doc[i + 1].text == ",")
    return comma and not any(
        c.dep_ in ("dobj", "xcomp", "prep") and c.i > verb.i for c in verb.children)


def _copula_negated(adj) -> bool:
    """A predicative adjective negated on itself or on its copula: "is not willing", "was
    not prepared" (the parser hangs "not" on "was")."""
    holders = [adj, adj.head] if adj.dep_ == "acomp" else [adj]
    return any(c.dep_ == "neg" for h in holders for c in h.children)


def seed_candidates(lex: Lexicon, sent) -> tuple[dict[int, "Candidate"], list]:
    """One candidate per trigger word of the sentence (by token index), and its verbs."""
    by_token: dict[int, Candidate] = {}
    first = lex.first_words
    verbs = []
    for tok in docview.tokens(sent.doc)[sent.start:sent.end]:
        pos = tok.pos_
        if pos == "VERB":
            verbs.append(tok)
            said = _characterization(lex, tok) or _control_request(lex, tok) \
                or _wanting(tok)
            if said is not None:
                by_token[tok.i] = said
                continue
        elif pos == "ADJ" and tok.dep_ in ("acomp", "ROOT", "conj"):
            keys = [k for k in particle_keys(tok, lem(tok), ("prep",)) if k in lex.adjectives
                    and (k not in lex.act_adjectives or complements.act_after(  # "open to"
                        tok, k, lambda t: lookup(lex, t) is not None))]
            entry = lex.adjectives.get(lem(tok)) or lex.adjectives.get(tok.lower_) or (
                lex.adjectives[keys[0]] if keys else None)
            if entry is not None and any(c.dep_ in ("xcomp", "prep", "ccomp")
                                         for c in tok.children):
                event = entry.event
                if _copula_negated(tok):
                    if event != "AGREE":
                        continue  # "was not disappointed": no criticism
                    event = "REJECT"  # "is not willing to talk" is "unwilling"
                by_token[tok.i] = Candidate(tok, event, None, False, "verb",
                                            words=[tok], key=tok.lower_)
            continue
        elif pos not in ("NOUN", "PROPN"):
            continue
        if lem(tok) not in first:
            joined = _hyphenated(lex, tok)
            if joined is not None:
                by_token[tok.i] = Candidate(tok, joined[1].event, joined[1].mode,
                                            joined[1].weak, "noun", noun=tok, words=[tok],
                                            key=joined[0])
            continue
        hit = lookup(lex, tok)
        if hit is None:
            if tok.pos_ == "VERB":
                _verb_object_phrase(lex, tok, by_token)
            elif (stance := adjuncts.stance_event(tok)) is not None:  # "prayed in support of X"
                by_token[tok.i] = Candidate(tok, stance, None, False,
                                            "noun", noun=tok, words=[tok], key=lem(tok))
            continue
        key, entry = hit
        if pos == "VERB" and entry.event not in SPEECH_ACTS and _attributes_quote(tok):
            continue  # '"The danger has not passed," agreed X': concurring, not agreeing
        if tok.pos_ == "VERB" and lem(tok) in lex.needs_complement and (
                complements.names_something(tok) or (key in lex.needs_complement
                                                     and not complements.has_complement(tok))):
            continue  # "asked about the talks" is a question, "called it a plan for" a name
        kind = "verb" if tok.pos_ == "VERB" and tok.dep_ not in ("nsubj", "dobj", "pobj") \
            else "noun"
        by_token[tok.i] = Candidate(tok, entry.event, entry.mode, entry.weak, kind,
                                    noun=tok if kind == "noun" else None, words=[tok], key=key)
    return by_token, verbs


#: Links from a characterizing verb to what it calls its object: "called it shameful",
#: "described it as deplorable" (through "as"), "labelled them terrorists".
PREDICATIVE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "advcl", "dobj",
                              "npadvmod", "amod", "appos"})


#: "regard", "consider": verbs of a view held, and "terrorist": labels that class a party on
#: a list (data/lexicon/cautions.yaml; ``_classed``).
VIEWING = knowledge.words("lexicon/cautions.yaml", "viewing_verbs")
CLASS_LABELS = knowledge.words("lexicon/cautions.yaml", "class_labels")


def _classed(verb) -> bool:
    """A verb of view told in the present, active or passive ("Peru regards the group as a
    terrorist organization", "the group is considered a terrorist group by the EU"): with a
    class label it tells where a party stands on a list, a status held, not an accusation
    made (one said in words, "called them terrorists", stays)."""
    if lem(verb) not in VIEWING:
        return False
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def classed(verb, label) -> bool:
    """The label classes a party on a list and the verb is one of view in the present
    ("considers the rebels a terrorist organization"; ``_classed``)."""
    words = {lem(label), label.lower_} | {lem(c) for c in label.children if c.dep_ == "amod"}
    return bool(words & CLASS_LABELS) and _classed(verb)


def _characterization(lex: Lexicon, verb) -> "Candidate | None":
    """'called the move shameful': ACCUSE; 'called the allegations baseless': REJECT; a
    party classed on a list by a view held in the present is neither (``_classed``)."""
    if lem(verb) not in lex.characterizing:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.tag_ == "WP":
        return None  # "what officials described as ...": the reporter quoting a label
    words = []
    for c in verb.children:
        if c.i == obj.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "as":
            words.extend(c.children)
        elif c.dep_ in PREDICATIVE_DEPS:
            words.append(c)
    # the predicate can hang on the object when it follows it: "called the claims baseless",
    # "described the attack as deplorable"
    for c in obj.children:
        if c.i > obj.i and c.dep_ in PREDICATIVE_DEPS:
            words.append(c)
        elif c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as":
            words.extend(c.children)
    evaluative = lex.condemnatory | lex.falsity
    for w in words:
        mods = [c for c in w.children if c.dep_ in ("advmod", "amod")]
        # "an illegal move": the modifier judges; "a historic step": the pair does
        said = {lem(w), w.lower_} | {f"{lem(c)} {lem(w)}" for c in mods} | {
            lem(c) for c in mods if c.dep_ == "amod"} | {
            lem(g) for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"}  # "a gesture of friendship"
        if said & CLASS_LABELS and _classed(verb):
            return None  # "regards the group as a terrorist organization": a status held
        if said & lex.falsity and lem(obj) in lex.claim_nouns:
            return Candidate(verb, "REJECT", None, False, "verb", words=[verb, w],
                             key=lem(verb))
        if said & evaluative or criticism.value_harm(w):  # "called the ban an attack on
            return Candidate(verb, "ACCUSE", "disapprove", False, "verb", words=[verb, w],
                             key=lem(verb))
        if said & lex.laudatory and lem(w) not in lex.nouns:
            # "called the deal a historic step": praise (a "wonderful meeting" stays a
            # meeting)
            return Candidate(verb, "SUPPORT", None, False, "verb", words=[verb, w],
                             key=lem(verb))
    return None


def _characterized(lex: Lexicon, verb, obj) -> bool:
    """'called the visit a provocation': the object is judged, not done by the verb (as in
    "called a strike")."""
    if lem(verb) not in lex.characterizing:
        return False
    for head in (verb, obj):
        for c in head.children:
            if c.i > obj.i and (c.dep_ in ("oprd", "attr", "acomp", "xcomp", "ccomp")
                                or (c.dep_ == "prep" and c.lower_ == "as")):
                return True
    return False


def _control_request(lex: Lexicon, verb) -> "Candidate | None":
    """'told officials to draft rules', 'ordered schools to readmit her': a REQUEST."""
    lemma = lem(verb)
    if lemma not in lex.control_requests:
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and tree.to_infinitive(c)
               for c in verb.children):
        return None
    rules, cues = lex.senses.get(lemma, ()), cue_words(verb)
    told = {lem(c) for c in verb.children if c.dep_ == "dobj"}  # "ordered flags flown": no one
    if any(r.cues & cues if r.cues else r.objects & told for r in rules):
        return None  # "ordered troops to advance": the sense table says what that is
    return Candidate(verb, "REQUEST", None, False, "verb", words=[verb], key=lemma)


def _wanting(verb) -> "Candidate | None":
    """'the allies want Zorland to open its ports', 'wants the embargo lifted': a REQUEST."""
    if wants.wanted_act(verb) is None:
        return None
    return Candidate(verb, "REQUEST", None, False, "verb", words=[verb], key=lem(verb))


def _hyphenated(lex: Lexicon, tok) -> tuple[str, Entry] | None:
    """A noun the tokenizer split at its hyphen ("sit-in", "fly-over"): the lexicon key of
    the whole word, read at its last part (the head the parser gives it)."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    for last in (tok.lower_, lem(tok)):
        key = f"{doc[i - 2].lower_}-{last}"
        if key in lex.nouns:
            return key, lex.nouns[key]
    return None


def drop_nested(by_token: dict[int, "Candidate"]) -> None:
    """Drop candidates whose word is inside another's trigger phrase or modifies another
    event noun."""
    taken = {w.i: c for c in by_token.values() for w in c.words if len(c.words) > 1}
    for i, cand in list(by_token.items()):
        if i in taken and taken[i] is not cand:
            cand.dropped = True  # a word already inside another trigger phrase

    # Pass 3 first: an event noun modifying another event noun is part of it.
    for i, cand in list(by_token.items()):
        t = tree.climb(cand.head, ("conj",))  # "any breakthrough or ceasefire agreement"
        if cand.kind == "noun" and t.dep_ in ("compound", "amod", "nmod") \
                and t.head.i in by_token and by_token[t.head.i].kind == "noun":
            cand.dropped = True


def _weapon_strike(ph, cand) -> bool:
    """"called for military strikes": the weapon says which strike, not the phrase "call
    strike" (a labour strike)."""
    return ph[1][0] == "PROTEST" and cand.mode == "heavy-weapons"


def light_verbs_and_phrases(lex: Lexicon, by_token: dict[int, "Candidate"]) -> None:
    """Pass 1: attach each event noun to its verb (light verbs and phrases merge with it)."""
    for cand in list(by_token.values()):
        if cand.dropped or cand.kind != "noun":
            continue
        noun = cand.noun
        anchor = _container_anchor(lex, noun)
        cand.anchor = anchor
        verb, prep = _governing_verb(anchor)
        if prep is not None and complements.names_something(verb):
            cand.dropped = True  # "called a 'plan' for a second meeting": what a name is for
            continue
        acl = _light_relative(lex, anchor)
        claimer = claims.claiming_verb(cand.event, anchor)
        if claimer is not None:
            _merge(cand, claimer, cand.event, cand.mode, by_token, weak=False)
            continue
        doer = adjuncts.tying_verb(anchor)
        if doer is not None and doer.i not in by_token:
            _merge(cand, doer, cand.event, cand.mode, by_token, weak=False)
            if doer.i != anchor.head.i:
                cand.words = [noun]  # "marched ... in protest at X": the stance is the trigger
            continue
        if verb is not None:
            ph = _phrase(lex, verb, noun, prep)
            vcand = by_token.get(verb.i)
            if ph is not None and (vcand is not None and vcand.key in lex.characterizing
                                   or _weapon_strike(ph, cand)):
                ph = None  # "called the strikes a violation": a label, not a strike called
            if ph is not None:
                (event, mode) = ph[1]
                if event is None:
                    cand.dropped = True
                    if vcand:
                        vcand.dropped = True
                    continue
                _merge(cand, verb, event, mode, by_token, weak=False)
                continue
            if vcand is not None and not vcand.dropped:
                if prep is not None and prep.lower_ not in vcand.key.split()[1:] and (
                        vcand.key not in lex.content | lex.intent | lex.refusal
                        or prep.lower_ in CIRCUMSTANCE_PREPS or meetings.is_setting(prep, cand)):
                    # "attacked during talks", "after a meeting with X, told Y to": two events
                    cand.predicate = verb
                    continue
                vcand.content = vcand.content or cand
                cand.dropped = True
                continue
            vlemma = lem(verb)
            if prep is not None and messages.about_message(verb, anchor):
                cand.dropped = True  # "issued a statement on the release": its topic
                continue
            if vlemma in lex.light_verbs and (prep is None or prep.lower_ in LIGHT_PREPS or (
                    vlemma in ANY_PREP_LIGHT_VERBS and prep.lower_ not in CIRCUMSTANCE_PREPS)) \
                    and not _characterized(lex, verb, anchor):
                # "taking photos during the arrest": a time, not the light verb's event
                _merge(cand, verb, cand.event, cand.mode, by_token, weak=False)
                continue
            if acl is None or not _relative_doer(acl):
                cand.predicate = verb
                continue  # "built on an agreement they reached": the relative's light verb
        if acl is not None:
            _by_relative(lex, cand, acl, by_token)
        elif anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX"):
            cand.predicate = anchor.head
            if (anchor.head.dep_ == "ROOT" or anchor.head.dep_ == "ccomp" and lem(
                    anchor.head.head) in lex.reporting) and occurred(anchor.head):
                # "protests erupted in X", "riots broke out", "tariffs took effect, officials
                # said": told as having happened, so the street reading of an ambiguous noun,
                # with or without a named doer
                cand.weak = False


def _light_relative(lex: Lexicon, anchor):
    """A light verb in a relative clause or participle on the event noun ("talks held in X",
    "an agreement they reached"), else None."""
    return next((c for c in anchor.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and (lem(c) in lex.light_verbs or lem(c) == "take")), None)


def _by_relative(lex: Lexicon, cand, acl, by_token: dict) -> None:
    """The event noun told through the light verb of a clause on it: dropped when the phrase
    says no event, merged when the clause has a doer of its own, else that verb predicates."""
    ph = _phrase(lex, acl, cand.noun)
    if ph is not None and ph[1][0] is None and not ph[0].startswith("take"):
        cand.dropped = True
        return
    if _relative_doer(acl):
        _merge(cand, acl, cand.event, cand.mode, by_token, weak=False)
        return  # "an agreement they reached": theirs, as "they reached an agreement"
    cand.predicate = acl
    cand.words.append(acl)
    cand.weak = False


def _relative_doer(verb) -> bool:
    """A relative clause with a subject of its own: "an agreement they reached" (not the
    relative pronoun, which is the noun itself: "violence that began on Monday"; nor a
    participle the parser gave the noun's own phrase as subject: "a meeting with X held")."""
    noun = verb.head
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                                        for c in verb.children) and not any(
        c.dep_ == "prep" and noun.i < c.i < verb.i for c in noun.children)


def _governing_verb(anchor) -> tuple:
    """(verb, preposition or None) an event noun hangs on: its verb as object ("held talks"),
    or through a preposition ("took part in talks"); (None, None) otherwise."""
    if anchor.dep_ in OBJECT_DEPS and anchor.head.pos_ in ("VERB", "AUX"):
        return anchor.head, None
    if anchor.dep_ == "pobj" and anchor.head.dep_ in ("prep", "prt") \
            and anchor.head.head.pos_ == "VERB" and anchor.head.head.i != anchor.i:
        return anchor.head.head, anchor.head
    return None, None


def _verb_object_phrase(lex: Lexicon, verb, by_token: dict) -> None:
    """A verb + object that means an event though neither word does ("established ties")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        ph = _phrase(lex, verb, c)
        if ph is None or ph[1][0] is None:
            continue
        event, mode = ph[1]
        by_token[verb.i] = Candidate(verb, event, mode, False, "light", noun=c,
                                     words=[verb, c], key=ph[0], anchor=c)
        return


def _merge(cand: Candidate, verb, event, mode, by_token, weak: bool) -> None:
    old = by_token.pop(cand.head.i, None)
    vc = by_token.get(verb.i)
    if vc is not None and vc is not old:
        vc.dropped = True
    cand.head = verb
    cand.event, cand.mode = event, mode if mode is not None else cand.mode
    cand.kind = "light"
    cand.weak = weak
    cand.words = [verb, cand.noun]
    cand.dropped = False
    by_token[verb.i] = cand


