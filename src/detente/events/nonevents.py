"""Candidates whose words suggest an event but whose construction tells none.

- a worry voiced about a state of things ("voiced concern over the violence", "expressed
  concern about heightened tensions") or about nothing named ("expressed concern."): no one
  is criticised; a worry about a party's act ("concern about the conditions in which he is
  held", "concern that Russia is rearming") is a criticism and stays;
- what a text says, told in the present tense with the text as subject ("the constitution
  guarantees the right to ...", "the charter calls on nations to ..."), or in any tense in a
  relative clause on the text ("the 2015 deal, which provided Iran with sanctions relief"):
  the content of a document, background to the story, not an act of anyone (an act by it
  told in a clause of its own stays: "the treaty ended the war");
- a pattern or a trend of violence: an act made with a light verb under an adverb of habit
  ("the group frequently conducts bombings"; ``material`` reads the adverb on a verb of the
  act's own), or told in the perfect since a year or for years ("since 2009, hundreds have
  been killed in attacks", "has been attacking troops since 2011", "have been fighting over
  the valley for decades"): a count over years, not one event;
- talk that mentions, asks or recalls (``asides``): a question, a reader's advice, an event
  counted by "this marks", a journalist's inquiry, what a thing is used for;
- "must have given", "should have stopped": an inference or a reproach about the past, not a
  demand (``epistemic``, read by ``candidates`` where a reported "must" becomes a REQUEST);
- a filing named as what a court hears ("adjourned the hearing on the commission's
  petition"): the petition was filed before; the hearing is the news (a charge named as the
  grounds of an arrest stays: coders record "jailed on allegations of treason" as an
  accusation too);
- aid named as what is cut ("ordered cuts to overseas aid", "a freeze on foreign aid");
- help described in a present-tense relative clause ("the foundation, which provides seed
  money to enterprises", "NGOs that help regions in need") or in a participle with its doer
  hung on a noun ("fighters backed by the militia"): what its noun does or has as a rule;
- what a poll shows ("a poll shows that 60 percent of Israelis support a ceasefire"): the
  opinions of those polled;
- an event noun named as a possibility ("tensions about a potential Iranian attack", "a
  looming trade war"): a danger, not an act;
- an event noun weighed or named as a field of knowledge (``topic_nouns``: "sanctions will
  have an effect", "experts on sanctions");
- regulation, sport, a trial's charge and robbery (``civil``);
- a rally of an election campaign, and an act done by markets or investors (``campaigns``:
  "addressed an election rally", "shareholders rejected the merger");
- people taking cover ("families sheltered in metro stations"): a verb of aid with no one
  given it (``cover_verbs``);
- an act told with "allegedly" on its own verb ("troops allegedly burned the houses",
  "a militia allegedly funded by the army"): an allegation relayed, not asserted (the
  accusation itself, where the text says who makes it, is coded from its own verb);
- a view shared ("agreed on the importance of international aid", "agreed on the need for
  calm"): "agree" whose only complement is an "on"/"about" phrase naming a judgement
  (``view_nouns``), not an act either side takes on;
- a party paying for its own doings ("the group funds its operations through smuggling",
  "finances its war with ransoms"): a verb of aid whose object is an activity under a
  possessive pronoun (``own_activity_nouns``) aids no one ("funds its proxies" stays);
- a charge standing ("the government is accused of arming militias"): a present-tense
  passive of an accusing verb (``standing_charge_verbs``) with no accuser named;
- an act in the main clause of a direct question ("Why did the soldiers kill us?", "How did
  the two sides agree to a truce?", "Will Iran retaliate?"): asked, not told (a question
  opened by a wh-word or an auxiliary before the subject);
- an event noun in a sentence with no verb at all ("The latest news on the war in the
  north."): a title or a caption names a subject, it tells no act;
- an act of force a body was made for ("the force was created to fight jihadists", "a unit
  formed to guard the border"): the infinitive of a verb of founding (``founding_verbs``);
  an inquiry a panel is set up for ("commissions were created to investigate the mutiny")
  is the inquiry begun, and stays;
- a war as a state of things (``wars``): fought or waged, as a party's description, with no
  date of its own; a war to be ended;
- events counted as many with no date of their own ("several rounds of talks failed",
  "dozens of protests have been held"): a tally over time, not one event (``many_words``).

Word lists live in ``data/lexicon/cautions.yaml``.
"""

from __future__ import annotations

from .. import knowledge, tree
from . import asides, background, campaigns, civil, custody, measures, topic_nouns, wars
from .lexicon import category_set
from .phrases import subject_of

_FILE = "lexicon/cautions.yaml"
SITUATION_NOUNS = knowledge.words(_FILE, "situation_nouns")
CONCERN_KEYS = knowledge.words(_FILE, "concern_keys")
CONCERN_PREPS = knowledge.words(_FILE, "concern_preps")
DOCUMENT_NOUNS = knowledge.words(_FILE, "document_nouns")
#: "police charged with shields": a rush at people, no accusation
RUSHING_VERBS = knowledge.words(_FILE, "rushing_verbs")
#: what an accusation by such a verb has: someone charged, a passive, a clause charged
_CHARGED_DEPS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "ccomp"})
#: "families sheltered in basements": people taking cover, no one given shelter
COVER_VERBS = knowledge.words(_FILE, "cover_verbs")
#: what shelter given has: someone sheltered (object, passive) or a giver ("by")
_SHELTERED_DEPS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "agent"})
#: Links by which a name renames a noun ("the deal, known as the JCPOA"), and how many.
_RENAMING_DEPS = frozenset({"conj", "appos", "pobj", "prep", "acl"})
_RENAMING = 8
#: "hearing", "case": what a court hears a filing in, and the prepositions that hang it.
PROCEEDING_NOUNS = knowledge.words(_FILE, "proceeding_nouns")
PROCEEDING_PREPS = knowledge.words(_FILE, "proceeding_preps")
#: "cuts to aid", "a freeze on aid": the nouns of reduction and their prepositions.
REDUCTION_NOUNS = knowledge.words(_FILE, "reduction_nouns")
REDUCTION_PREPS = knowledge.words(_FILE, "reduction_preps")
#: Categories a present-tense relative clause describes rather than tells.
STANDING = category_set("standing_categories", _FILE)
#: "poll", "survey": subjects of a verb whose clause tells opinions, not acts.
POLL_NOUNS = knowledge.words(_FILE, "poll_nouns")
#: How many heads up from the act the poll's verb is looked for.
_POLL_REACH = 6
#: "potential", "looming": adjectives that make an event noun a mere possibility.
POSSIBILITY = knowledge.words(_FILE, "possibility_adjectives")
#: "allegedly", "supposedly": adverbs that tell an act as only alleged.
ALLEGED = knowledge.words(_FILE, "alleged_adverbs")
#: "importance", "need": what "agreed on" names when the agreement is a shared judgement
VIEW_NOUNS = knowledge.words(_FILE, "view_nouns")
#: the prepositions of what is agreed on, and the links of an act agreed to instead
_VIEW_PREPS = frozenset({"on", "about"})
_AGREED_ACT_DEPS = frozenset({"xcomp", "ccomp", "dobj"})
#: "create", "set up": verbs of making a body, whose infinitive tells what it is for
FOUNDING = knowledge.words(_FILE, "founding_verbs")
#: "several", "dozens": words that count events as many
MANY = knowledge.words(_FILE, "many_words")
#: "operations", "war": what a party pays for when it funds its own doings
OWN_ACTIVITIES = knowledge.words(_FILE, "own_activity_nouns")
#: "accuse": verbs whose present passive with no accuser tells a charge standing
STANDING_CHARGES = knowledge.words(_FILE, "standing_charge_verbs")
#: tags of a present-tense auxiliary ("is accused", "are suspected")
_PRESENT = frozenset({"VBZ", "VBP"})
#: Relative pronouns that stand for the noun a relative clause hangs on.
_RELATIVES = frozenset({"which", "that"})


#: "frequently", "routinely" (data/lexicon/material.yaml)
GENERIC_ADVERBS = knowledge.words("lexicon/material.yaml", "generic_adverbs")
#: Categories whose acts since a year are a count, not one event.
TREND_CATEGORIES = frozenset(w.upper() for w in knowledge.words(_FILE, "trend_categories"))
#: "for decades", "for years": spans over which acts told in the perfect are a count.
TREND_SPANS = knowledge.words(_FILE, "trend_spans")
#: How many joined verbs up the first of them is looked for ("have been attacked and
#: killed": the auxiliary hangs on the first).
_JOINED = 3


def idle(cand, lex) -> bool:
    """The candidate tells no event (see the module docstring)."""
    if _worry_about_nothing(cand) or _text_says(cand) or _heard(cand) or _cut(cand) or \
            _standing(cand) or _polled(cand) or _possible(cand) or asides.aside(cand, lex) \
            or _rushed(cand) or topic_nouns.topic(cand, lex) or _asked(cand) or \
            civil.civil(cand, lex) or _took_cover(cand) or custody.still_held(cand) \
            or measures.voided_content(cand) or campaigns.campaign_rally(cand) \
            or campaigns.market_doer(cand) or _alleged(cand) or _shared_view(cand) \
            or _own_doings(cand) or _standing_charge(cand) or _verbless(cand) \
            or wars.ended(cand) or _counted(cand):
        return True
    if not lex.is_material_conflict(cand.event):
        return False
    return _habit(cand) or (cand.event in TREND_CATEGORIES and _since_a_year(cand)) or \
        (cand.kind == "verb" and wars.waged(cand.head)) or _founded_for(cand)


def _verbless(cand) -> bool:
    """The candidate's sentence has no verb (module docstring): a title, not a report."""
    return not any(t.pos_ in ("VERB", "AUX") for t in cand.head.sent)


def _counted(cand) -> bool:
    """"Several rounds of talks failed to produce a truce", "dozens of rounds of talks have
    been held": events counted as many, with no date of their own, are a tally over time."""
    if cand.kind != "noun" or cand.noun is None:
        return False
    noun = cand.anchor or cand.noun
    many = any(c.dep_ in ("amod", "det") and c.lower_ in MANY for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in MANY)
    if not many:
        return False
    verb = cand.predicate if cand.predicate is not None else noun.head
    return not any(background.dated(w) for w in {noun, cand.noun, verb})


def _founded_for(cand) -> bool:
    """"The force was created to fight jihadists": the infinitive of a verb that makes a body
    tells what the body is for (read for acts of force only, see the module docstring)."""
    verb = cand.head
    if cand.kind not in ("verb", "light") or not tree.is_verb(verb) \
            or verb.dep_ not in ("xcomp", "advcl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    maker = verb.head
    words = {maker.lemma_.lower()} | {f"{maker.lemma_.lower()} {c.lower_}"
                                      for c in maker.children if c.dep_ == "prt"}
    return tree.is_verb(maker) and bool(words & FOUNDING)


def _alleged(cand) -> bool:
    """"troops allegedly burned the houses and killed ten": an alleging adverb on the act's
    verb, or on the verb it is joined to."""
    verbs = _joined_verbs(cand)
    return any(c.dep_ == "advmod" and c.lower_ in ALLEGED for v in verbs for c in v.children)


def _joined_verbs(cand) -> list:
    """The act's verb and the verbs it is joined to above it ("burned the houses and
    killed"); [] for an act not told by a verb."""
    if cand.kind not in ("verb", "light") or not tree.is_verb(cand.head):
        return []
    verbs = [cand.head]
    for child, head in tree.steps_up(cand.head, limit=_JOINED):
        if child.dep_ != "conj":
            break
        verbs.append(head)
    return verbs


def _shared_view(cand) -> bool:
    """"both agreed on the importance of support for the country": a judgement shared,
    not an act agreed to (an act after it, "agreed on the need and pledged to", is its own
    verb; "agreed to send aid" or "agreed on a ceasefire" stay)."""
    verb = cand.head
    if cand.event != "AGREE" or cand.kind != "verb" or verb.lemma_.lower() != "agree":
        return False
    if any(c.dep_ in _AGREED_ACT_DEPS for c in verb.children):
        return False
    objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _VIEW_PREPS
               for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.lemma_.lower() in VIEW_NOUNS for g in objects)


def _own_doings(cand) -> bool:
    """"The movement funds its operations through river tolls": aid paid to the doer's own
    activity (a possessive pronoun on an activity noun), not to another party."""
    if cand.event != "AID" or cand.kind != "verb" or not tree.is_verb(cand.head):
        return False
    objects = [c for c in cand.head.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lemma_.lower() in OWN_ACTIVITIES
        and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in o.children) for o in objects)


def _standing_charge(cand) -> bool:
    """"Khartoum is accused of supporting militias": what a party stands charged with, told
    with no accuser; "was accused by Chad of ..." and "Chad accused X" are accusations."""
    verb = cand.head
    if cand.event != "ACCUSE" or cand.kind != "verb" or verb.tag_ != "VBN" \
            or verb.lemma_.lower() not in STANDING_CHARGES:
        return False
    return any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _rushed(cand) -> bool:
    """"SO police charged with shields and pepper-sprayed protesters": an accusing verb
    used actively with nobody and nothing charged is a rush at people."""
    verb = cand.head
    return cand.kind == "verb" and cand.event == "ACCUSE" and \
        verb.lemma_.lower() in RUSHING_VERBS and verb.dep_ not in ("acl", "relcl") and \
        not any(c.dep_ in _CHARGED_DEPS for c in verb.children) and \
        not subject_of(verb)[1]  # "was arrested and charged with sedition" is passive


def _took_cover(cand) -> bool:
    """"Families sheltered in metro stations", "its leaders are sheltering in the hills": a
    verb of aid with no one given it tells people taking cover."""
    verb = cand.head
    return cand.kind == "verb" and verb.lemma_.lower() in COVER_VERBS and \
        not any(c.dep_ in _SHELTERED_DEPS for c in verb.children)


#: Tags of a wh-word that opens a direct question ("why", "who", "how", "which").
_WH_TAGS = frozenset({"WP", "WRB", "WP$", "WDT"})
#: Tags of an auxiliary that opens a yes/no question ("Will", "Did", "Has", "Is").
_AUX_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})
#: Links of a verb in the main clause of its sentence.
_MAIN = frozenset({"ROOT", "conj"})


def _asked(cand) -> bool:
    """The act's verb heads a direct question (module docstring)."""
    verb = (cand.predicate or cand.noun) if cand.kind == "noun" else cand.head
    if verb is None or verb.dep_ not in _MAIN or (
            verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
        return False
    sent = verb.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    ends = [t for t in sent if t.is_punct and not t.is_quote]
    if not words or not ends or ends[-1].text != "?":
        return False
    # "Why did they kill us?"; "Will Iran retaliate?", "Did the army fire first?" (an
    # auxiliary opens the sentence, before its subject)
    first = words[0]
    return first.tag_ in _WH_TAGS or (first.dep_ == "aux" and first.tag_ in _AUX_TAGS)


def _heard(cand) -> bool:
    """"the hearing on X's petition": a filing hung on the proceeding that hears it."""
    if cand.kind != "noun" or cand.event != "REQUEST" or cand.noun is None:
        return False
    noun = cand.anchor or cand.noun
    return noun.dep_ == "pobj" and noun.head.lower_ in PROCEEDING_PREPS and \
        noun.head.head.lemma_.lower() in PROCEEDING_NOUNS


def _cut(cand) -> bool:
    """"ordered cuts to overseas aid": the aid is what is reduced (the parser may hang the
    "to" on the verb whose object the cuts are)."""
    if cand.kind not in ("noun", "light") or cand.event != "AID" or cand.noun is None:
        return False
    noun = cand.anchor or cand.noun
    if noun.dep_ != "pobj" or noun.head.lower_ not in REDUCTION_PREPS:
        return False
    holder = noun.head.head
    return holder.lemma_.lower() in REDUCTION_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in REDUCTION_NOUNS for c in holder.children)


def _standing(cand) -> bool:
    """"which provides seed money", "that help regions in need", "the projects it funds",
    "which is backed by Iran": help told in the simple present of a relative clause, active
    or passive, describes its noun; so does a
    participle with its doer hung on a noun ("the militia, backed by the army", "a dam also
    financed by the bank"): the same clause with its relative pronoun left out."""
    head = cand.head
    if cand.event not in STANDING or cand.kind not in ("verb", "light"):
        return False
    if head.dep_ == "relcl":
        if head.tag_ == "VBN":  # "the militia, which is backed by Iran": the present passive
            return not any(c.dep_ == "aux" for c in head.children) and any(
                c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in head.children)
        return head.tag_ in ("VBZ", "VBP") and \
            not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return head.dep_ == "acl" and head.tag_ == "VBN" and \
        any(c.dep_ == "agent" for c in head.children)


def _polled(cand) -> bool:
    """"a new poll shows that most voters back the deal": the act is in the clause of a verb
    whose subject is a poll."""
    for child, head in tree.steps_up(cand.head, limit=_POLL_REACH):
        if child.dep_ == "ccomp" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in POLL_NOUNS for c in head.children):
            return True
    return False


def _possible(cand) -> bool:
    """"a potential Iranian attack": a standalone event noun under an adjective of
    possibility."""
    if cand.kind != "noun" or cand.noun is None:
        return False
    return any(c.dep_ == "amod" and c.lower_ in POSSIBILITY for c in cand.noun.children)


def _habit(cand) -> bool:
    """"frequently conducts bombings": a light verb under an adverb of habit."""
    return cand.kind == "light" and any(
        c.dep_ == "advmod" and c.lower_ in GENERIC_ADVERBS
        for t in cand.words if t is not None and tree.is_verb(t) for c in t.children)


def _since_a_year(cand) -> bool:
    """"have been killed ... since 2009", "has been attacking troops since 2011", "have
    been fighting over the valley for decades"."""
    verbs = _joined_verbs(cand)
    if not verbs:
        return False
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj"]
    words = [c for v in verbs for c in v.children]
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in words):
        return False
    return any(c.dep_ == "prep" and any(
        g.dep_ == "pobj" and ((c.lower_ == "since" and g.like_num and len(g.text) == 4) or (
            c.lower_ == "for" and g.lemma_.lower() in TREND_SPANS))
        for g in c.children) for c in words)


def epistemic(clause) -> bool:
    """"must have given", "should have known": a modal on the perfect infers or reproaches;
    it asks nothing of anyone."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) and \
        clause.tag_ == "VBN"


def _worry_about_nothing(cand) -> bool:
    if cand.key not in CONCERN_KEYS or cand.noun is None:
        return False
    noun = cand.noun
    holders = [noun] + ([cand.head] if cand.head.i != noun.i else [])
    if any(c.dep_ in ("acl", "ccomp", "relcl") for h in holders for c in h.children):
        return False  # "concern that Russia is rearming": what is feared is an act
    about = [g for h in holders for c in h.children
             if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS
             for g in c.children if g.dep_ == "pobj"]
    return all(n.lemma_.lower() in SITUATION_NOUNS or n.lower_ in SITUATION_NOUNS
               for n in about)


def _text_says(cand) -> bool:
    head = cand.head
    if cand.kind not in ("verb", "light") or head.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    subj = tree.subject(head)
    if subj is None:
        return False
    if subj.lower_ in _RELATIVES and head.dep_ == "relcl":
        # "the deal, which provides ...", "the deal, known as the JCPOA, which provided ..."
        return any(_document(t) for t in _antecedents(head.head))
    if head.tag_ == "VBD" or cand.kind != "verb":
        # "the treaty ended the war": an act of the text, told in a clause of its own; "the
        # deal has the backing of India": a light verb tells a party's act on the text
        return False
    return _document(subj)


def _document(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in DOCUMENT_NOUNS


def _antecedents(noun) -> list:
    """The noun a relative clause hangs on, and the nouns it renames: "the deal, known as the
    Joint Comprehensive Plan of Action, or JCPOA" (at most ``_RENAMING`` steps up)."""
    found = [noun]
    for child, head in tree.steps_up(noun, limit=_RENAMING):
        if child.dep_ not in _RENAMING_DEPS:
            break
        found.append(head)
    return found
