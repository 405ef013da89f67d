"""The phrases of a clause, read from the parse: where a participant's noun phrase starts
and ends, which subject a verb takes (through control, raising, relative clauses and
conjunction), its passive agent, and the speaker above a reported clause.

These are the readings every stage that names participants shares (arguments, recipients,
counterparts, dating, material); which phrase plays which role is ``arguments``' work.
"""

from __future__ import annotations

from .. import tree
from ..actors import load_kb
from ..actors_kb import norm
from . import coordination
from .clauses import relative_antecedent
from .doers import misplaced_passive
from .lexicon import category_set, events_words, load_lexicon, particle_keys
from .wire_verbs import wire_statement

#: Children that end an argument phrase: what follows is not part of the name.
TRIM_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "cc", "appos"})
#: Prepositions that name another party, never who the head noun is: "extremists against
#: Serb civilians" are Croatian extremists, not Serbs.
OTHER_PARTY_PREPS = events_words("other_party_preps")
#: Prepositions that only say where a named participant is ("the Red Cross in Gaza").
LOCATIVE_PREPS = events_words("locative_preps")

SUBJ_DEPS = ("nsubj", "csubj")
PRONOUNS = events_words("pronouns")
#: Nouns for documents and utterances: "issued a statement demanding" -> the issuer demands.
SPEECH_NOUNS = events_words("speech_nouns")
#: Feelings one expresses: "expressed concern, calling for a truce" -> the expresser calls.
_UTTERED = SPEECH_NOUNS | events_words("expressed_feelings")
#: Verbs whose object does the infinitive: "urged Iran to stop" (but "summoned the envoy to
#: complain": the summoner complains).
OBJECT_CONTROL = events_words("object_control")
#: Verbs that credit or fault their object for a deed, and the preposition of the deed
#: ("thanked X for sending aid", "criticized X for arresting Y"): the object did it.
CREDIT_VERBS = events_words("credit_verbs")
CREDIT_PREPS = events_words("credit_preps")
WH = events_words("relative_pronouns")
#: Verbs after which a participle is done to the subject ("stands accused"), whatever the
#: parser calls the participle.
STATE_VERBS = events_words("participle_state_verbs")


def phrase(tok):
    """The noun phrase headed by ``tok``, cut before relative clauses and appositions."""
    doc = tok.doc
    lex = load_lexicon()
    left, right = tok.left_edge.i, tok.right_edge.i + 1
    # "the United States, Russia and China": a list of states read as an apposition stays
    listed = next((c for c in tok.children if c.i > tok.i and _listed_state(tok, c)), None)
    for c in tok.children:
        if listed is not None and tok.i < c.i <= listed.i and c.dep_ in ("punct", "appos"):
            continue
        if c.i > tok.i and (c.dep_ in TRIM_DEPS and c.dep_ != "cc" or (
                c.dep_ == "prep" and c.lower_ in OTHER_PARTY_PREPS) or _deed(lex, tok, c) or (
                c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and instrument(g, lex) for g in c.children))):
            right = min(right, c.left_edge.i)
        if c.i < tok.i and c.dep_ in ("relcl", "acl", "advcl", "punct"):
            left = max(left, c.right_edge.i + 1)
    # keep coordinated names: "Russia and Ukraine" (conj after the cut point is re-added)
    conj_right = [c.right_edge.i + 1 for c in tok.children if c.dep_ == "conj" and c.i > tok.i]
    if conj_right and right <= max(conj_right) and all(
            c.dep_ not in ("relcl", "acl") for c in tok.children if tok.i < c.i < right):
        right = max(right, max(conj_right))
    # an apposition the parser hung on a subject from after its verb ("Japan helped Vietnam
    # build a port in X, two districts ...") would stretch the subject over the verb and its
    # object: the phrase ends where the subject's own words do
    if tok.i < tok.head.i < right and any(c.dep_ == "appos" and c.i > tok.head.i
                                          for c in tok.children):
        right = _own_run_end(tok, right)
    while right > left + 1 and doc[right - 1].is_punct:
        right -= 1
    return doc[left:max(right, tok.i + 1)]


#: at most this many states in a list read as one apposition
_MAX_LISTED = 12


def _listed_state(tok, appos) -> bool:
    """"The United States, Russia, China and Britain want ...": a list of states the parser
    read as the first state with an apposition (the second) and its conjuncts. The list is
    kept whole when the head and every member name a state and the members end in a
    coordinator; a city's state ("Kyiv, Ukraine") is no list: the city is not a state."""
    if appos.dep_ != "appos" or not _state_name(tok):
        return False
    members, joined = [appos], False
    for member in members:  # each conjunct stands after the one before: the walk ends
        if len(members) > _MAX_LISTED:
            return False
        for c in member.children:
            if c.dep_ == "conj" and c.i > member.i:
                members.append(c)
            elif c.dep_ == "cc":
                joined = True
    return joined and len(members) > 1 and all(_state_name(m) for m in members)


def _state_name(tok) -> bool:
    """Whether ``tok`` with its compound words ("United States", "South Korea") is a state's
    name in the bundled actor knowledge base (not a city, demonym or group)."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    start = min(w.i for w in words)
    key = tuple(norm(t.text) for t in tok.doc[start:tok.i + 1])
    lex = load_kb().phrases.get(key)
    entity = lex.entity if lex is not None else None
    return entity is not None and entity.kind == "country" and entity.code is not None


def _own_run_end(tok, right: int) -> int:
    """Where the run of ``tok``'s own dependents after it ends (bounded by ``right``): the
    first token that is not ``tok``'s descendant ("At least 84 were killed": "were")."""
    doc = tok.doc
    for i in range(tok.i + 1, right):
        if not tok.is_ancestor(doc[i]):
            return i
    return right


def _deed(lex, head, prep) -> bool:
    """A preposition with a gerund clause after a party's name says what the party did or is
    charged with ("accused the envoy of misrepresenting facts in the country"), no part of the
    name (after a thing, it says what the thing is for: "a plan for supporting Ukraine")."""
    party = head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
        head.pos_ == "NOUN" and (head.lemma_.lower() in lex.agent_nouns
                                 or head.lower_ in lex.agent_nouns))
    return party and prep.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.pos_ == "VERB"
                                       for g in prep.children)


def core_phrase(tok):
    """A proper name without the locative phrases after it ("the Red Crescent in Bam, Iran"
    -> "the Red Crescent"), or None when there is nothing to cut."""
    if tok.pos_ != "PROPN":
        return None
    span = phrase(tok)
    cut = [c.left_edge.i for c in tok.children
           if c.i > tok.i and c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS]
    if not cut or min(cut) >= span.end:
        return None
    return span.doc[span.start:max(min(cut), tok.i + 1)]


#: Categories of the acts of speech a speaker's participle tells ("..., calling on X to").
SPEECH_ACTS = category_set("speaker_participle_acts")


def _speech_act(verb) -> bool:
    """A verb (or phrasal verb: "call on") whose trigger is an act of speech, or a verb of
    labelling ("..., describing the move as reckless", "identifying him as a propagandist")."""
    lex, lemma = load_lexicon(), verb.lemma_.lower()
    if lemma in lex.characterizing:
        return True
    keys = [lemma] + particle_keys(verb, lemma, ("prep", "prt"))
    return any(getattr(lex.verbs.get(k), "event", None) in SPEECH_ACTS for k in keys)


def _reported_antecedent(verb):
    """"airstrikes that Kabul said killed ten civilians": the noun a relative clause of saying
    hangs on, when ``verb`` is what that clause reports (the one who says is not the doer);
    else None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "relcl" or head.i == verb.i or \
            head.lemma_.lower() not in load_lexicon().reporting:
        return None
    return head.head if head.head.pos_ in ("NOUN", "PROPN") else None


def _own_subject(verb):
    """The verb's own active subject (through a relative pronoun to its antecedent), or None."""
    for c in verb.children:
        if c.dep_ in SUBJ_DEPS:
            if c.lower_ in WH and verb.dep_ == "relcl":
                return _among(verb.head)
            reported = _reported_antecedent(verb) if c.lower_ in WH else None
            if reported is not None:
                return reported
            ante = relative_antecedent(verb, c)  # "demonstrators, some of whom threw rocks"
            if ante is not None:
                return ante
            if c.tag_ in ("VBG", "VBN"):
                # "the Red Cross operating in Iraq said": a participle the parser made the
                # subject, with the real subject noun hanging off it
                noun = _participle_subject(c, ("nsubj", "nsubjpass"))
                if noun is not None:
                    return noun
            return c
    return None


def subject_of(verb, depth: int = 0):
    """(subject token, passive?) of a verb, climbing control/raising/conjunction links."""
    # a "by" agent marks a passive even when the parser mislabels the subject
    has_agent = any(c.dep_ == "agent" for c in verb.children)
    own = _own_subject(verb)
    if own is not None:
        return own, has_agent
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if c.lower_ in WH and verb.dep_ == "relcl":
                return verb.head, True
            return c, True
        noun = _participle_subject(c, ("nsubj",)) if c.dep_ == "csubjpass" else None
        if noun is not None and c.tag_ == "VBG":  # "two men working in X were detained"
            return noun, True
    if depth > 3:
        return None, False
    if verb.dep_ == "relcl":
        return verb.head, False
    reported = _reported_antecedent(verb)
    if reported is not None:
        return reported, False
    if verb.dep_ == "acl":
        # "Ukraine, supported by allies" (passive participle) vs "troops attacking the town"
        noun = verb.head
        if verb.tag_ != "VBN" and noun.lemma_.lower() in _UTTERED \
                and noun.dep_ in ("dobj", "attr") and depth <= 3:
            return subject_of(noun.head, depth + 1)  # "issued a statement demanding ..."
        if wire_statement(verb):
            return noun, False  # "Amnesty called Monday for ...": no participle
        return noun, verb.tag_ == "VBN" or agent_of(verb) is not None
    if verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be" \
            and not any(c.dep_ == "det" for c in verb.children):
        return subject_of(verb.head, depth + 1)  # "X is mediating": a progressive misparsed
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and verb.head.i != verb.i:
        head = coordination.partner(verb)  # the parse head, unless plainly misattached
        if verb.dep_ == "pcomp":
            head = head.head
        # object control: "urged Iran to stop" -> Iran is the subject of "stop"; "praised
        # Bahrain for releasing the prisoners" -> Bahrain released them
        if (verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL) or (
                verb.dep_ == "pcomp" and verb.head.lower_ in CREDIT_PREPS
                and head.lemma_.lower() in CREDIT_VERBS):
            for c in head.children:
                if c.dep_ == "dobj" and c.i < verb.i:
                    return c, False
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" \
                and head.head.lemma_.lower() in load_lexicon().reporting and _speech_act(verb):
            # "said the vote was a sham, calling on X to ...": the speaker's own act, which the
            # parser hangs on what was said
            return subject_of(head.head, depth + 1)
        subj, passive = subject_of(head, depth + 1)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and (
                passive or head.pos_ == "ADJ" or head.dep_ == "acomp"):
            return None, False  # "said it was alarmed by fighting in X": the cause, not its act
        if verb.dep_ in ("advcl", "pcomp") and any(c.dep_ == "auxpass" for c in verb.children):
            # "escaped before being caught by guards", "after being arrested by police, X
            # ...": an adverbial clause with its own passive auxiliary says what was done to
            # the subject it shares (a raised "is likely to be seized on" is left alone)
            return subj, True
        if verb.dep_ == "xcomp" and passive:
            return subj, False  # raising: "X is expected to attack" -> X attacks
        if verb.dep_ == "advcl" and reduced_passive(verb, head):
            return subj, True  # "X is dead, killed in a strike": done to X
        if verb.tag_ == "VBN" and (verb.dep_ == "acomp" or (
                verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in STATE_VERBS)):
            return subj, True  # "X stands accused of", "remains detained": done to X
        if verb.dep_ == "conj":  # "was arrested and charged" vs "supported ..., has insisted"
            # a conjunct with its own passive auxiliary is passive whatever its head is:
            # "rebels who fled and are wanted at home"
            if any(c.dep_ == "auxpass" for c in verb.children) or misplaced_passive(verb):
                return subj, True
            # "had been arrested and sentenced": a bare participle shares its head's passive
            bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in
                                                  verb.children)
            return subj, passive and bare and head.tag_ == "VBN"
        return subj, False
    return None, False


def _participle_subject(part, deps):
    """The noun before a participle the parser made a clause's subject ("the Red Cross
    operating in Iraq", "two volunteers working in X"), hung on it by one of ``deps``."""
    return next((g for g in part.children if g.dep_ in deps and g.i < part.i
                 and g.pos_ in ("PROPN", "NOUN")), None)


#: A participle clause's own words that make it active or give it a subject of its own.
_OWN_ARGS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "csubj", "dobj", "dative",
                       "ccomp", "xcomp"})


def reduced_passive(verb, head) -> bool:
    """A bare participle clause tells what was done to the subject it shares: "X is dead,
    killed in a strike", "Arrested in May, X spent ...", "X was found dead, shot in the
    head" (the tagger's past tense, read as a participle beside a passive head). With an
    object it is an active verb the tagger took for a participle ("stormed the town, killed
    ten"), and a bare past tense beside an active head is active ("advanced, fired at")."""
    if any(c.dep_ in _OWN_ARGS for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and tree.is_passive(head)


def _among(noun):
    """"Kenya and Uganda are among the countries that banned ...": the subject the class is
    said of, not the class, did what the relative clause tells."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return noun
    return next((c for c in prep.head.children if c.dep_ == "nsubj" and c.i < prep.i), noun)


def has_object(verb) -> bool:
    """Whether ``verb`` names a direct object of its own ("expelled the ambassador")."""
    return any(c.dep_ == "dobj" for c in verb.children)


def agent_of(verb):
    """The "by" phrase's object of a passive verb, else None. "was shot down with a missile
    by X's forces": the parser may hang the "by" phrase on the instrument before it."""
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for tool in c.children:
                if tool.dep_ == "pobj":
                    for b in tool.children:
                        if b.dep_ == "prep" and b.lower_ == "by":
                            return next((g for g in b.children if g.dep_ == "pobj"), None)
    return None


def participle_agent(tok):
    """The agent of ``tok`` when it is a past participle hung on a noun ("the truce agreed by
    Y", "the decision taken by Pakistan": Y, Pakistan); else None."""
    return agent_of(tok) if tok.dep_ == "acl" and tok.tag_ == "VBN" else None


def speaker_of(tok, reporting: frozenset[str]):
    """Subject of the reporting verb whose complement contains ``tok``, if any."""
    for child, cur in tree.steps_up(tok, limit=6):
        dep = child.dep_
        if dep == "relcl":
            return None  # a relative clause is not the reported content
        if cur.lemma_.lower() in reporting and dep in ("ccomp", "xcomp", "conj", "parataxis",
                                                       "advcl"):
            subj, _ = subject_of(cur)
            if subj is None:
                for c in cur.children:  # "according to X" has no subject
                    if c.dep_ == "agent":
                        subj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return subj
    return None


def instrument(tok, lex) -> bool:
    """'with Albania's help': a thing someone lends, not a party the act is directed at."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in tok.children) and not (
        tok.lemma_.lower() in lex.agent_nouns or tok.lower_ in lex.agent_nouns)


#: how many joined verbs or participles up a subject is looked for
_BORROW = 3


def borrowed_subject(tok):
    """The subject a verb with none of its own takes from the verb it is joined to or hangs
    on as a participle ("blocking roads and occupying buildings"), else None."""
    for child, head in tree.steps_up(tok, limit=_BORROW):
        if child.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass")
                                       for c in child.children):
            return None
        if not (child.dep_ == "conj" or (child.dep_ == "advcl" and child.tag_ == "VBG")):
            return None
        found = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if found is not None:
            return found
    return None
