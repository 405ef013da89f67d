"""What one party wants of another: a request told through a verb of wanting.

"The allies want Zorland to open its ports" asks Zorland to open them; "Velonia wants the
embargo lifted" asks for the embargo's end; "the bloc wants assurances that ..." asks for a
pledge. All three are requests (PLOVER REQUEST), not reports of the act wanted. Wanting an
act of one's own ("wants to reopen talks") asks nothing of anyone and is left to the modality
stage; so is a wish about what befalls someone ("does not want Zorland to be swallowed by its
neighbour"), which asks that party for no act. Only a named or definite wanter asks: "people
want their government to act" and "all groups want guarantees" tell opinions, not requests.
"""

from __future__ import annotations

from .. import tree
from .lexicon import PARTY_ENTS, events_words

#: Verbs (lemmas) of wanting whose complement is another party's act or a state of things
#: brought about by others ("want X to leave", "want the sanctions lifted").
WANTING_VERBS = events_words("wanting_verbs")
#: Nouns (lemmas) of a pledge asked of another party when wanted ("wants assurances").
WANTED_PLEDGES = events_words("wanted_pledges")
#: Determiners of a subject that names no party ("all groups want").
GENERIC_DETS = events_words("generic_determiners")
#: Relative pronouns: as the wanting clause's subject they stand for the noun it hangs on.
RELATIVE_SUBJECTS = events_words("relative_pronouns")
#: Links by which the parser hangs the wanted act on the verb of wanting.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "oprd"})


def wanted_act(verb):
    """The word that tells what a verb of wanting asks of another party, else None: a
    to-infinitive with a subject of its own that is not a pronoun ("want Zorland to open"),
    a past participle with a noun subject ("want the embargo lifted"), or a pledge noun
    ("want assurances")."""
    if verb.lemma_.lower() not in WANTING_VERBS or verb.pos_ != "VERB" \
            or not _named_wanter(verb):
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in WANTED_PLEDGES:
            return c
        if c.dep_ not in COMPLEMENT_DEPS or c.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if tree.to_infinitive(c):
            if subject is None or subject.pos_ == "PRON" or tree.is_passive(c):
                continue  # "want to go", "want them to go", "want X to be swallowed"
            return c
        # a participle the tagger may take for a past tense ("want" takes no finite clause
        # without "that"): "wants the embargo lifted"
        if c.tag_ in ("VBN", "VBD") and not any(a.dep_ in ("aux", "mark") for a in c.children) \
                and _wanted_state(verb, c):
            return c
    return None


def _named_wanter(verb) -> bool:
    """Whether the one who wants is a party: a named one ("Velonia", "the European Union"),
    or a definite body ("the bloc", "its allies"); not a pronoun, a bare plural ("people"),
    or a generic one ("all groups")."""
    subject = next((s for s in verb.children if s.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        subject = verb.head  # "the group, which wants ...": the group
    if subject is None or subject.pos_ == "PRON":
        return False
    dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss")}
    if dets & GENERIC_DETS:
        return False
    return subject.ent_type_ in PARTY_ENTS or (subject.pos_ in ("NOUN", "PROPN")
                                              and bool(dets))


def _wanted_state(verb, participle) -> bool:
    """"wants all sanctions lifted": a past participle with a noun subject of its own, or one
    the parser leaves as the verb's object ("wants the trade abolished")."""
    nouns = [s for s in participle.children if s.dep_ in ("nsubj", "nsubjpass")]
    nouns += [o for o in verb.children if o.dep_ == "dobj" and o.i < participle.i]
    if not nouns:
        # the parser may attach the participle's noun to a verb between them ("wants all
        # sanctions targeting its program lifted": "sanctions" is the subject of "targeting")
        nouns = [s for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.i < participle.i
                 for s in c.children if s.dep_ == "nsubj"]
    return any(n.pos_ in ("NOUN", "PROPN") for n in nouns)
