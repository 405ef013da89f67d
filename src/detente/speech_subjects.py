"""Who speaks, read from the parse: the subject of a speech verb, of the clause a reporting
participle hangs from, of "according to", and the name a title is in apposition to.

Parse-only helpers of the quote stage (no article context): ``quotes`` resolves what they
return to actors.
"""

from __future__ import annotations

from . import knowledge, tree

#: "a statement posted by the agency said": the agency speaks
_DOCUMENTS = knowledge.words("lexicon/speech.yaml", "document_nouns")
#: "The army issued a statement ... “…,” read the statement": the army
_STATEMENTS = knowledge.words("lexicon/speech.yaml", "statement_nouns")
#: how many tokens back "the statement" looks for the statement issued
_ISSUED_REACH = 150
#: nouns for people or a body of people, which a relative clause lets speak ("the crowd,
#: which chanted", "rights groups who said")
_PEOPLE = frozenset().union(*(knowledge.words("lexicon/speech.yaml", key) for key in (
    "person_descriptions", "speaking_persons", "local_speakers", "speaking_groups")))
#: "Tass quoted Lavrov as saying": the one quoted speaks, not who quotes him
_QUOTING = knowledge.words("lexicon/speech.yaml", "quoting_verbs")
#: "“…,” read the statement": a text that reads out words (a document or a sign)
_READING = knowledge.words("lexicon/speech.yaml", "reading_verbs")
_WRITTEN = _DOCUMENTS | knowledge.words("lexicon/speech.yaml", "written_nouns")
#: how many documents in a row lead to their issuer ("a summary of a report by X")
_ISSUER_STEPS = 3

#: nouns for someone who may speak: people, titles and bodies (the actor knowledge base's
#: sector words and titles). A conjoined speech verb whose clause's subject is none of these
#: nor a name belongs to the sentence's speaker ("X said the plan was sound and added ...")
_AGENTS = _PEOPLE | frozenset(
    w.lower().split()[-1] for table in ("sectors", "titles")
    for ws in knowledge.table("actors/sectors.yaml", table).values() for w in ws)
#: entities that may speak
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: how many reported clauses a participle climbs out of to the reporter ("X warned that Y
#: could decide to quit, saying …": quit -> decide -> warned)
_REPORTED_STEPS = 3
#: prepositional phrases followed down a title ("envoy for the region of X, Jane Roe")
_TITLE_STEPS = 4
#: longest name or title read after an inverted speech verb ("said Deputy Mayor Jane Roe")
_NAME_WORDS = 6
#: words of a speaker's name or title after an inverted speech verb ("said the deputy mayor")
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM"})
_DASHES = ("—", "–", "-", "--")


def subject(verb, inverted: bool = True):
    """The speaker noun of a speech verb; a conjoined verb shares the first one's
    ("X arrived and said ..."), and so does an infinitive when nobody else is named to speak
    ("X went on to say", "X rose to say"; not "X urged Y to say"). ``inverted``: also read a subject after
    the verb ("“…,” said Roe"), which only a speech verb has."""
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted
    deps = ("conj", "xcomp", "advcl") if tree.to_infinitive(verb) else ("conj",)
    below = None
    for v in tree.chain(verb, deps):
        if below is not None and below.dep_ != "conj" \
                and any(c.dep_ in ("dobj", "dative") for c in v.children):
            break  # object control: the one told or urged is who speaks
        subj, owner = tree.subject(v), v
        if below is not None and below.dep_ == "conj" and _reported_thing(v, subj):
            owner = v.head  # the verb the reported clause hangs on: its subject speaks
            subj = tree.subject(owner)
        below = owner
        if subj is not None:
            subj = _after_quote(_past_dateline(subj, owner), owner)
            return _relative_head(owner) if subj.tag_ in ("WDT", "WP") else subj
    found = _inverted_subject(verb) if inverted and verb.pos_ == "VERB" else None
    return found if found is not None else _stranded_subject(verb)


def shared_report(clause) -> bool:
    """Whether a speech verb conjoined to the reported ``clause`` belongs to the sentence's
    speaker rather than to the clause (``_reported_thing``), so that the report ends before
    it ("X told Y her country's goal is Z, and added ...": the report is "her country's goal
    is Z")."""
    return _reported_thing(clause, tree.subject(clause))


def _reported_thing(verb, subj) -> bool:
    """Whether a speech verb the parser conjoined to ``verb`` belongs to the clause above it:
    ``verb`` heads a reported clause whose subject is a thing, which says nothing ("The
    minister said the plan was sound and added ...", "X told Y her country's goal is Z, and
    added ..."). A clause whose subject may speak keeps it ("X said the minister arrived and
    warned ...")."""
    return (verb.dep_ == "ccomp" and subj is not None and subj.pos_ == "NOUN"
            and subj.ent_type_ not in _AGENT_ENTITIES and subj.lemma_.lower() not in _AGENTS
            and subj.lower_ not in _AGENTS)


def _relative_head(verb):
    """"the crowd, which chanted “…”", "Roe, who told reporters that …": the noun a relative
    clause describes speaks, when it is a name or a word for people; a relative pronoun
    elsewhere ("what he called"), or a clause the parser hung on a thing ("ballot boxes that
    ... said") or on the agent of a participle ("a woman contacted by AFP, who said"), names
    no one."""
    head = verb.head
    if verb.dep_ != "relcl":
        return None
    if head.pos_ == "PROPN":
        return None if head.dep_ == "pobj" and head.head.dep_ == "agent" else head
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in _PEOPLE else None


def _quoted_as(verb):
    """The one quoted in "Tass quoted Lavrov as saying", "Lavrov was quoted as saying", "the
    statement reported him as telling": the object (or passive subject) of a quoting verb
    whose "as" introduces the speech verb, asked of either verb; else None."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep":
        up = verb.head.head
    elif any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children)
             for c in verb.children):
        up = verb
    else:
        return None
    if up.lemma_.lower() not in _QUOTING:
        return None
    return next((c for c in up.children if c.dep_ in ("dobj", "nsubjpass")), None)


def heard(subj, verb) -> bool:
    """Whether ``subj``, found as the speaker of ``verb``, is rather who heard it: the passive
    subject of the speech verb ("X was told that …", "X was asked whether …"); not of a
    quoting verb ("X was quoted as saying": X speaks)."""
    return subj.dep_ == "nsubjpass" and subj.head.lemma_.lower() not in _QUOTING


def reads_out(verb) -> bool:
    """A verb of reading whose subject is a text or a sign ("“…,” read the statement", "the
    placard read"): the text speaks, as with "said". A person reading is not counted."""
    if verb.lemma_.lower() not in _READING or verb.pos_ != "VERB":
        return False
    subj = tree.subject(verb)
    if subj is None:
        subj = _inverted_subject(verb)
    return subj is not None and subj.lemma_.lower() in _WRITTEN


def _stranded_subject(verb):
    """The name right before a main speech verb the parser left with no subject, having hung
    it on an earlier noun as an apposition ("In the capital Damascus, the minister, Ali Roe,
    stressed that ..."): the name is who speaks."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    k = verb.i - 1
    while k > verb.sent.start and verb.doc[k].is_punct and verb.i - k <= 2:
        k -= 1
    tok = verb.doc[k]
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.pos_ in ("PROPN", "NOUN") \
            and verb.doc[verb.i - 1].is_punct:
        return tok
    return None


def reporter(verb):
    """The subject of a reporting verb; for a participle ("issued a statement saying ...",
    "X spoke, calling it ..."), the subject of the clause it hangs from."""
    subj = subject(verb)
    if subj is not None or verb.tag_ != "VBG":
        return subj
    up = verb.head
    if verb.dep_ == "acl":
        up = up.head  # the statement -> issued
    # "X warned that the talks could fail, saying …": the participle goes on with the
    # reporter's words, not those of the clause he reports
    up = tree.climb(up, ("ccomp", "xcomp"), while_=lambda t: tree.is_verb(t.head),
                    limit=_REPORTED_STEPS)
    return subject(up, inverted=False) if up.pos_ in ("VERB", "AUX") else None


def issuer(head):
    """Who speaks through a document subject: the noun after "by" ("a review by the
    institute", "a statement posted by the agency") or after a statement's "from" ("a
    statement from the ministry"), or the one who issued the statement "the statement" names
    again, else the subject itself."""
    issued = _issued_before(head)
    return issued if issued is not None else _agent(head)


def _agent(head):
    """``issuer`` without the statement named again: the documents' agents followed down."""
    for _ in range(_ISSUER_STEPS):
        if head.lemma_.lower() not in _DOCUMENTS:
            break
        agent = None
        for c in head.children:
            by = c if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and (
                head.lemma_.lower() in _STATEMENTS)) else None
            if c.dep_ == "acl" and c.tag_ == "VBN":  # "posted by", "released by"
                by = next((g for g in c.children if g.dep_ == "agent"), None)
            if by is not None:
                agent = next((g for g in by.children if g.dep_ == "pobj"), agent)
        if agent is None:
            break
        head = agent
    return head


def _issued_before(head):
    """"The group released a statement on Friday. “…,” read the statement.": a statement
    named with "the" and nothing of its own is the one last mentioned; when that mention is
    the object of a verb with a subject ("released", "issued"), that subject speaks, and when
    it names its issuer ("according to a statement from the ministry"), the issuer."""
    if head.lemma_.lower() not in _STATEMENTS or head.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("prep", "poss", "acl") for c in head.children):
        return None
    doc = head.doc
    for i in range(head.i - 1, max(-1, head.i - _ISSUED_REACH), -1):
        t = doc[i]
        if t.lemma_.lower() != head.lemma_.lower() or t.pos_ != "NOUN":
            continue
        if t.dep_ == "dobj" and tree.is_verb(t.head):
            return tree.subject(t.head)
        agent = _agent(t)
        # "said in a statement": the last speaker's (the quote stage's rule)
        return agent if agent.i != t.i else None
    return None


def according_object(tok):
    """X in "according to X"."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def named_in_title(head) -> list[int]:
    """"The U.N. representative in Chad, Jane Roe, said": the parser may hang the name on
    the title's last noun, or on the last of two titles, or take it for the object of the
    title's preposition ("U.S. Special Envoy for Afghanistan Jane Roe"); the ends of such names, reached
    through prepositions and coordination only (not through clauses, where another person is
    only mentioned)."""
    out, tok = [], head
    for _ in range(_TITLE_STEPS):
        # "the under-secretary and relief coordinator, Jane Roe,": on the second title
        out += [a.right_edge.i for c in tok.rights if c.dep_ == "conj"
                for a in c.rights if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        prep = next((c for c in tok.rights if c.dep_ == "prep"), None)
        obj = next((c for c in prep.rights if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            break
        out += [c.right_edge.i for c in obj.rights
                if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if obj.ent_type_ == "PERSON" and _bare_title(head):
            out.append(obj.i)  # "U.S. Special Envoy for Afghanistan Jane Roe said"
        tok = obj
    return out


def _bare_title(head) -> bool:
    """A capitalised title with no article or owner of its own ("U.S. Special Envoy",
    "Resident Coordinator"): written so only right before its holder's name. "a spokesman
    for President Roe" is not one: there the person after "for" is who is spoken for."""
    return head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and head.is_title and not any(
        c.dep_ in ("det", "poss") for c in head.children)


def _inverted_subject(verb):
    """"“…,” said Roe, who ...": the parser may hang the name on a later verb; after a quote
    closed right before it, the noun phrase following the speech verb is its subject."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is None or not before.is_quote or verb.i + 1 >= len(doc):
        return None
    head = None
    for tok in doc[verb.i + 1:min(len(doc), verb.i + 1 + _NAME_WORDS)]:
        if tok.pos_ not in _NAME_POS:
            break
        if tok.pos_ in ("PROPN", "NOUN"):
            head = tok
    return head


def _after_quote(subj, verb):
    """"“… Our condolences to the families,” the mission said": the parser may give the verb
    a second subject inside the quote; the speaker is the one after the closing mark."""
    later = [c for c in tree.children(verb, tree.SUBJECT_DEPS) if subj.i < c.i < verb.i]
    if later and any(t.is_quote for t in subj.doc[subj.i:later[-1].i]):
        return later[-1]
    return subj


def _past_dateline(subj, verb):
    """"KABUL — Envoy Jane Roe said": the parser may read the dateline as a first subject;
    the speaker is the subject after the dash."""
    nxt = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
    if nxt is None or nxt.text not in _DASHES or not subj.text.isupper():
        return subj  # "Roe — leader of the party — said": an aside, Roe still speaks
    later = [c for c in tree.children(verb, tree.SUBJECT_DEPS) if c.i > nxt.i]
    return later[0] if later else subj
