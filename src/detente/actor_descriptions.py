"""Actor stage: what an article says of a person or an official, beside the name.

``actors.ArticleActors`` asks these helpers where a person belongs when the article
describes them (an appositive, "who is Peruvian", ", both from Serbia", an international
body before the name), whether that description overrules an official of the same name in the
knowledge base, and which states in a phrase are only an official's remit ("the U.N. envoy
for Syria"). Each takes the ``ArticleActors`` of the article (``aa``) and its mentions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from . import docview, knowledge, setting, tree
from .actor_segments import lookup
from .actors_kb import norm

_LEXICON = "lexicon/actors.yaml"
#: a comma-set phrase of these after a name says where the person is from ("both from X")
_ORIGIN_PREPS = knowledge.words(_LEXICON, "origin_prepositions")
#: a state after these in a description is whom the person deals with ("envoy to X")
_AIMED_PREPS = knowledge.words(_LEXICON, "aimed_prepositions")
#: after an official's title these give the remit, not a party ("envoy for Syria")
_REMIT_PREPS = knowledge.words(_LEXICON, "remit_prepositions")
#: in a person's description, the body after these is the one the person serves ("a
#: spokesman for the police", "a member of the upper house")
_SERVING_PREPS = knowledge.words(_LEXICON, "serving_prepositions")
#: heads of a description that are no sector word yet say the person belongs to the body
#: named after them ("a member of the upper house")
_MEMBER_HEADS = knowledge.words(_LEXICON, "member_heads")
#: right after a name (no comma), a state after these says where the person is from
_NEAR_PREPS = knowledge.words(_LEXICON, "name_origin_prepositions")
#: "militants loyal to X", "fighters linked with Y": the allegiance words and prepositions
_ALLEGIANCE = knowledge.words(_LEXICON, "allegiance_words")
_ALLEGIANCE_PREPS = knowledge.words(_LEXICON, "allegiance_prepositions")
_ARTICLES = knowledge.words(_LEXICON, "articles")


def _state_or_body(aa, code: str | None) -> bool:
    """A country's code or an international body's ("IGO"): what a description may give a
    person (not a region, an NGO or a sector)."""
    return code in aa.kb.countries or code == "IGO"

#: words for one who comments on a story from outside it ("analyst", "researcher")
_COMMENTATORS = knowledge.words(_LEXICON, "commentator_words")


def without_remit(aa, found: list[Any]) -> list[Any]:
    """"The U.N. envoy for Syria": a state after an official's title and a remit
    preposition is the official's brief, not a second party of the phrase."""
    if len(found) < 2 or not aa.doc.has_annotation("DEP"):
        return found
    first = found[0]
    if first.head is None or first.actors[0].code is None or len(first.actors) != 1:
        return found
    kept = [first]
    for m in found[1:]:
        span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        prep = span.root.head if span is not None and span.root.dep_ == "pobj" else None
        if (prep is not None and prep.lower_ in _REMIT_PREPS
                and first.start_char <= prep.head.idx < first.end_char):
            continue
        kept.append(m)
    return kept


def without_allegiance(aa, found: list[Any]) -> list[Any]:
    """"Militants loyal to X", "fighters linked to the Y group": the group after an
    allegiance word is whom the head noun's people serve, not a second party of the phrase;
    the head takes its country when the text gives it none."""
    if len(found) < 2 or len(found[0].actors) != 1:
        return found
    head, rest = found[0], found[1:]
    words = [norm(w) for w in aa._text[head.end_char:rest[0].start_char].split()]
    if (len(words) < 2 or words[0] not in _ALLEGIANCE or words[1] not in _ALLEGIANCE_PREPS
            or any(w not in _ARTICLES for w in words[2:])):
        return found
    actor = head.actors[0]
    if actor.code is None and actor.sector is not None and rest[0].actors[0].code:
        actor = replace(actor, code=rest[0].actors[0].code)
    return [replace(head, actors=(actor,))]


def people_placed(aa, head, rest: list[Any], actors: list) -> list:
    """"The Albanians of southern Serbia", "Syrians in Turkey": a people and where they live,
    one party. "Of" makes the people the place's own (a minority of that state, as "Bosnian
    Serbs" are Bosnia's); "in" says where they are, not what they are. ``actors`` unchanged
    unless only places follow the people, after a locative word."""
    if head.end_char > rest[0].start_char:
        return actors
    words = [norm(w) for w in aa._text[head.end_char:rest[0].start_char].split()]
    if not words or words[0] not in ("of", "in") or any(
            w not in _ARTICLES and not w.isalpha() for w in words[1:]):
        return actors
    if any(m.kinds[0] not in ("place", "country", "demonym", "seat") or m.actors[0].sector
           for m in rest):
        return actors  # "Afghans in Pakistan's army": a party follows, not a place
    people = head.actors[0]
    if words[0] == "of" and rest[-1].actors[0].code in aa.kb.countries:
        people = replace(people, code=rest[-1].actors[0].code, name=people.text)
    return [people]


def share_with_conjuncts(aa, people: list[Any]) -> None:
    """"Ruiz and Vela, both from Peru": the appositive hangs on the first
    name of a coordination but describes every conjunct."""
    if not aa.doc.has_annotation("DEP"):
        return
    by_token = {}
    for m in people:
        span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is not None:
            by_token[span.root.i] = m
    for i, m in by_token.items():
        if m.described is None or premodifier_country(aa, aa.doc[i:i + 1]) is not None:
            continue  # words before one name describe that name alone
        for tok in aa.doc[i].conjuncts:
            other = by_token.get(tok.i)
            if other is not None and other.described is None and other.actors[0].code is None:
                other.described = m.described


def appositive_head_country(aa, m: Any) -> str | None:
    """The state or international body of the appositive's own head phrase ("X, Peru's
    ambassador", "X, a U.N. envoy"), not of a place it merely names ("X, the ambassador
    to Peru"): what may overrule the officials list for a homonym."""
    child = tree.appositive(aa.doc, m.start_char, m.end_char)
    if child is None:
        return None
    start, end = child.idx, child.idx + len(child)
    # a description (a title or sector word), not another name ("Okello, Otieno")
    codes = [a.code for other in aa._overlapping(start, end)
             if other.kinds[0] != "person" and other.head is not None
             for a in other.actors if _state_or_body(aa, a.code)]
    return codes[0] if codes else None


def written_name(aa, m: Any) -> str:
    """A person's name as the mention writes it: the proper nouns ending at its head
    ("Vela" in "trade envoy Vela")."""
    span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return m.actors[0].text
    root = span.root
    start = root.i
    while start > span.start and aa.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return aa.doc[start:root.i + 1].text


def appositive_country(aa, m: Any) -> str | None:
    """The first country (or international body) named in the appositive of a person
    ("Ana Ruiz, a judge in Peru", "Jon Roe, the U.N. envoy"): where an unknown person
    comes from, said once, next to the name."""
    span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or not aa.doc.has_annotation("DEP"):
        return None
    root = span.root
    before = premodifier_country(aa, span) or _title_before(aa, span) or _described_before(
        aa, root, span) or _office_before_comma(aa, m)
    if before is not None:
        return before
    for child in root.rights:
        # an appositive, or a relative clause of being ("X, who is Peruvian")
        copula = child.dep_ == "relcl" and child.lemma_ == "be"
        origin = (child.dep_ == "prep" and child.lower_ in _ORIGIN_PREPS
                  and child.left_edge.i > 0 and aa.doc[child.left_edge.i - 1].text == ",")
        # "Nobel laureate X from the Philippines", "publisher Y in Hong Kong": a state
        # right after the name
        origin = origin or (child.dep_ == "prep" and child.lower_ in _NEAR_PREPS
                            and child.i == span.end and _names_state(aa, child))
        if child.dep_ != "appos" and not copula and not origin or child.i < span.end:
            continue
        start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        codes = [a.code for other in aa._overlapping(start, end)
                 if describes(aa, other, child) for a in other.actors
                 if a.code is not None]
        # a state or an international body over a region ("Asia-Pacific center in Hawaii")
        exact = [c for c in codes if _state_or_body(aa, c)]
        return (exact or codes or [None])[0]
    return None


def _described_before(aa, root, span) -> str | None:
    """The state (or international body) of a description the name is in apposition to
    ("the spokesperson for Peru's foreign ministry, Ana Ruiz, said", "two members of the
    U.S. Senate - Ana Ruiz and Jon Roe - wrote"): the name restates who the description is."""
    # "- Ana Ruiz and Jon Roe -": the first conjunct
    top = tree.climb(root, ("conj",), while_=lambda t: t.head.i < t.i)
    if top.dep_ == "appos":
        head = top.head
    elif top.i != root.i and top.ent_type_ != "PERSON" and not any(
            t.dep_ == "cc" for t in top.children if top.i < t.i < root.i):
        head = top  # "the spokesperson for X, Ana Ruiz, said": an appositive read as a conjunct
    else:
        return None
    if head.i >= span.start:
        return None
    head = tree.phrase_owner(head, limit=4)  # "the envoy to the United Nations, X"
    start, end = head.left_edge.idx, head.idx + len(head)
    for tok in head.rights:
        if tok.i >= span.start or tok.i == root.i:
            break
        end = tok.right_edge.idx + len(tok.right_edge)  # "for Peru's foreign ministry"
    codes = [a.code for other in aa._overlapping(start, end) if other.kinds[0] != "person"
             and describes(aa, other, head)  # not "the envoy to Kenya"
             for a in other.actors if _state_or_body(aa, a.code)]
    return codes[0] if codes else _possessor_code(aa, head)


#: what may stand between an office and its holder's name: a comma, after the office's
#: abbreviation in brackets ("The Chairperson of the Commission (AUC), X said")
_OFFICE_GAP = re.compile(r"^(?:\(\s*[A-Z][A-Z0-9.]{1,7}\s*\))?\s*,$")


def _office_before_comma(aa, m: Any) -> str | None:
    """The state or international body of an office named right before a person's name and
    a comma, when the parser did not read the name as its appositive ("The head of the
    U.N. mission, Jon Roe said ...")."""
    _, order, starts, _ = aa._indexed()  # the mentions in text order, indexed once
    k = bisect.bisect_left(starts, m.start_char)
    for other in reversed([aa._mentions[j] for j in order[max(0, k - 2):k]]):
        if other.sent != m.sent or other.kinds[0] == "person":
            return None
        if not _OFFICE_GAP.match(aa._text[other.end_char:m.start_char].strip()):
            continue  # the brackets' own mention ("AUC"): look one further back
        code = other.actors[0].code
        if len(other.actors) == 1 and _is_office(aa, other.head) and (
                _state_or_body(aa, code)):
            return code
        return None
    return None


#: possessive pronouns of a body, not of a person ("its chairman", "their spokesman")
_BODY_POSSESSIVES = frozenset({"its", "their"})


def _possessor_code(aa, head) -> str | None:
    """"The commission said its chairman, X, ...": the state or international body of the
    subject of the clause whose possessive pronoun owns the description."""
    if not any(t.dep_ == "poss" and t.lower_ in _BODY_POSSESSIVES for t in head.children):
        return None
    subj = None
    # the owner is the subject of a clause above: "X said [its Y ...]"
    for verb in tree.ancestors(head, 4):
        subj = next((t for t in verb.children if t.dep_ == "nsubj" and t.i < head.i), None)
        if subj is not None:
            break
    if subj is None:
        return None
    codes = [a.code for other in aa._overlapping(subj.left_edge.idx, subj.idx + len(subj))
             if other.kinds[0] != "person" for a in other.actors
             if _state_or_body(aa, a.code)]
    return codes[0] if len(set(codes)) == 1 else None


def _names_state(aa, prep) -> bool:
    """Whether the object of ``prep`` is a state's name ("from the Philippines"), not a
    town, a body or a time ("in March", "from the army")."""
    obj = next((t for t in prep.children if t.dep_ == "pobj"), None)
    if obj is None:
        return False
    return any(kind == "country" and a.code in aa.kb.countries
               for m in aa._overlapping(obj.idx, obj.idx + len(obj))
               for a, kind in zip(m.actors, m.kinds))


def office_named_before(aa, m: Any) -> str | None:
    """The state or international body of the one office the sentence before names without
    its holder, for a name given bare as the subject opening the next ("The U.N. envoy for
    Syria urged calm. Jon Roe said ...") or speaking right after a quote that opens it ("...
    '... must stop,' Jon Roe said"): news names the office, then the person holding it.
    Only the name's first mention, with nothing else said of the person."""
    span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if (span is None or m.head is not None or m.sent == 0 or not aa.doc.has_annotation("DEP")
            or span.root.dep_ not in ("nsubj", "nsubjpass")
            or aa.doc[span.end:span.end + 1].text in (",", "(", "—", "-")):
        return None  # a name with a description of its own says who the person is
    opened = span.sent.start if span.start == span.sent.start else _quote_opening(aa, span)
    if opened is None:
        return None
    before = aa._sent_of[opened] - 1  # the sentence before the name's, or before its quote
    name = m.actors[0].name
    codes = set()
    for other in aa._mentions:
        if other.start_char >= m.start_char or other.sent > m.sent:
            break
        if "person" in other.kinds and other.actors[0].name == name:
            return None  # a later mention of someone already introduced
        a = other.actors[0]
        if (other.sent == before and len(other.actors) == 1 and other.kinds[0] != "person"
                and _is_office(aa, other.head) and (_state_or_body(aa, a.code))):
            codes.add(a.code)
    return codes.pop() if len(codes) == 1 else None


#: quotation marks, and how far back (tokens) a quote before a speaker's name may open
_QUOTES = frozenset({'"', "“", "”"})
_QUOTE_REACH = 120


def _quote_opening(aa, span) -> int | None:
    """The token opening the quote that ends right before the name ``span`` ("'We must
    stop,' Jon Roe said"), when that quote opens its sentence; else None."""
    doc = aa.doc
    close = span.start - 1
    if close < 1 or doc[close].text not in _QUOTES:
        return None
    for i in range(close - 1, max(-1, close - _QUOTE_REACH), -1):
        if doc[i].text in _QUOTES:
            return i if doc[i].is_sent_start or i == doc[i].sent.start else None
    return None


def _is_office(aa, word: str | None) -> bool:
    """Whether ``word`` is the title of one office holder ("envoy"), not a sector noun nor
    the title of several ("envoys")."""
    return setting.is_title(aa.kb, word) and not word.endswith("s")


def unplace_commentators(aa, people: list[Any]) -> None:
    """An analyst, researcher or professor the story gives no country ("security analyst X",
    "X, a researcher at the Y Center") comments from outside its events: every mention of
    the name keeps no country rather than the story's setting (one stated stays)."""
    names = set()
    for m in people:
        a = m.actors[0]
        if a.code is not None or m.described is not None or not a.name:
            continue
        span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None:
            continue
        before = aa.doc[span.start - 1] if span.start > 0 else None
        words = {t.lower_ for t in span}
        if before is not None:
            words.add(before.lower_)
        child = tree.appositive(aa.doc, m.start_char, m.end_char)
        if child is not None:
            words.add(child.lower_)
        if words & _COMMENTATORS:
            names.add(a.name)
    for m in people:
        if m.actors[0].name in names and m.actors[0].code is None and m.described is None:
            m.local = False


def give_described_sectors(aa, people: list[Any]) -> None:
    """People with no sector take the one their appositive gives (``appositive_sector``),
    on every mention of their name, those before the description too."""
    by_name: dict[str, str] = {}
    for m in people:
        a = m.actors[0]
        if a.sector is None and a.name:
            sector = appositive_sector(aa, m)
            if sector:
                by_name.setdefault(a.name, sector)
    if not by_name:
        return
    for m in people:
        a = m.actors[0]
        if a.sector is None and a.name in by_name:
            m.actors = (replace(a, sector=by_name[a.name]),) + tuple(m.actors[1:])


def appositive_sector(aa, m: Any) -> str | None:
    """The sector the appositive of a person gives ("X, Peru's secretary of state" -> GOV,
    "X, a spokesman for the rebels" -> REB, "X, a member of the upper house" -> LEG): the
    body the description's head serves, when a preposition of service ties one with a sector
    to it, else the head's own sector when the head names its state or body. None for a
    description of no office ("a critic of the government", "president of a charity")."""
    child = tree.appositive(aa.doc, m.start_char, m.end_char)
    if child is None:
        return None
    own = [o for o in aa._overlapping(child.idx, child.idx + len(child))
           if o.kinds[0] != "person"]
    if not own and child.lemma_.lower() not in _MEMBER_HEADS:
        return None
    inside = {(o.start_char, o.end_char) for o in own}
    for prep in child.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SERVING_PREPS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            served = [o for o in aa._overlapping(obj.idx, obj.idx + len(obj))
                      if (o.start_char, o.end_char) not in inside and o.kinds[0] != "person"]
            sectors = [a.sector for o in served for a in o.actors if a.sector]
            if sectors:
                return sectors[0]
    named = [a.sector for o in own for a in o.actors if a.sector and a.code]
    return named[0] if named else None


def _title_before(aa, span) -> str | None:
    """The state or international body of the title a name is set after as its appositive
    ("Peru's envoy to the U.N., Ana Ruiz, said"), not one the title is aimed at."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or head.i == root.i:
        return None
    if not any(m.head is not None and m.kinds[0] != "person"
               for m in aa._overlapping(head.idx, head.idx + len(head))):
        return None  # the name hangs on a state or body, not on a title ("envoy to Peru, X")
    start, end = head.left_edge.idx, aa.doc[span.start - 1].idx
    codes = [a.code for other in aa._overlapping(start, end) if other.end_char <= end
             and other.kinds[0] != "person" and describes(aa, other, head)
             for a in other.actors if a.code is not None]
    exact = [c for c in codes if _state_or_body(aa, c)]
    return (exact or codes or [None])[0]


def describes(aa, other: Any, top) -> bool:
    """Whether a mention inside a person's description (headed by ``top``) says where
    the person belongs: not the object of an aimed preposition ("the envoy to Peru"),
    nor the owner of something else a preposition governs ("a critic of Moscow's
    policies"), but the preposition's own object ("a judge in Peru", "a member of Peru's
    congress") or an institution owning it."""
    span = aa.doc.char_span(other.start_char, other.end_char, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]  # the state in "critic of Moscow" is its last word, not its head
    for tok in [last, *tree.ancestors(last, 12)]:  # up to the description's head
        if tok.i == top.i or tree.is_root(tok):
            return True
        if tok.dep_ == "pobj" or tok.head.dep_ == "prep":
            prep = tok.head
            if prep.lower_ in _AIMED_PREPS:
                return False
            # an institution that owns what the person serves in counts ("director of
            # the Pakistani army's media wing"), a bare state that owns an act does not
            return span.start <= tok.i < span.end or span.start > prep.i and any(
                a.sector for a in other.actors)
    return True


def premodifier_country(aa, span) -> str | None:
    """The state or international body named in the words that describe a person
    before the name but did not join its mention ("United Nations-appointed special
    rapporteur Ana Ruiz"): the nearest one, within the name's own noun phrase."""
    left = span.root.left_edge.i
    if left >= span.start or span.start - left > 12:
        return None
    start, end = aa.doc[left].idx, aa.doc[span.start - 1].idx + len(
        aa.doc[span.start - 1])
    # a place ("Dubai-based analyst") is where the person works, not whom for
    codes = [a.code for other in aa._overlapping(start, end) if other.end_char <= end
             and other.kinds[0] not in ("person", "place") for a in other.actors
             if a.code is not None]
    exact = [c for c in codes if _state_or_body(aa, c)]
    if exact:
        return exact[-1]
    # "U.N.-appointed rapporteur X": a body that appoints or sponsors a person is blocked
    # as a party of its own, yet an international body's appointee works for it
    words = [t.text for t in aa.doc[left:span.start]]
    bodies = [lex.entity for _, _, lex in lookup(aa.kb, words)
              if lex.entity is not None and lex.entity.code == "IGO"]
    return "IGO" if bodies else None


def slip_of_named(aa, person):
    """``person``, a listed official read from a lone surname written with a slip
    ("Kovalenkko" for a listed Kovalenko), if the article names their state (or they serve
    an international body): a near-miss on one word of a stranger's name ("Ansar" members of a Bangladeshi force, not
    Qatar's al-Ansari) is no one the story is about. A whole name with a slip is
    evidence enough."""
    if person is None or person.code == "IGO" or person.code in aa.named:
        return person
    return None


def lone_surname(aa, last: str, title: str | None):
    """The listed person a lone surname ``last`` names (``title`` written before it, if
    any): one in office, the one who held that title, or the only one of that name, whom
    ``surname_of_named`` keeps only in a story of their state; else a listed official the
    word misspells (``slip_of_named``); else None."""
    found = aa.kb.person_by_surname(last, aa.date, title)
    if found is not None and not title:
        found = surname_of_named(aa, found)
    return found or slip_of_named(aa, aa.kb.misspelt_surname(last, aa.date, title))


def surname_of_named(aa, person):
    """``person``, the one listed person of a lone surname who holds no office on the
    article's date (or an undated article's), if the article names their state (or they
    serve an international body): "Gonzalez" in a story of Venezuela is no former Spanish
    prime minister. Someone in office on that date is kept."""
    if person is None or person.code == "IGO" or person.code in aa.named:
        return person
    serving = person.role is not None and not person.role.startswith("former ")
    return person if serving else None


#: longest short form read from "(...)" after a name: longer capitals are no abbreviation
_SHORT_FORM_MAX = 8


def short_forms(aa) -> list[tuple[Any, int, int]]:
    """"The Kivu Defence Front (KDF) ... the KDF said": a name followed by its abbreviation in
    brackets (or ", or KDF,") is named by the abbreviation from there on. Returns (the named mention, start
    char, end char) for every later occurrence of the abbreviation that no mention covers.

    The abbreviation must be capitals (digits allowed) whose letters are, in order, capitals
    of the name ("Kenya Defence Forces (KDF)"), so a credit line or a code ("(AFP)",
    "(USD)") after a name is not taken for one."""
    doc = aa.doc
    by_end = {m.end_char: m for m in aa._mentions if m.kinds[0] != "person"}
    aliases: dict[str, Any] = {}
    for tok in docview.tokens(doc)[:-3]:
        if tok.i == 0 or not (tok.text == "(" and doc[tok.i + 2].text == ")" or (
                tok.text == "," and doc[tok.i + 1].lower_ == "or"
                and doc[tok.i + 3].text == ",")):
            continue  # "(KDF)", ", or KDF,"
        short = doc[tok.i + 1 + (tok.text == ",")].text
        prev = doc[tok.i - 1]
        m = by_end.get(prev.idx + len(prev.text))
        if m is None or m.actors[0].start < 0 or not _abbreviates(
                short, aa._text[m.start_char:m.end_char]):
            continue
        aliases.setdefault(short, (m, tok.i + 2 + (tok.text == ",")))
    exact = _kb_short_forms(aa, aliases)
    # the article's own definition outranks the KB's homonym ("the African Union Commission
    # (AUC)" is no Colombian militia): a mention of exactly the short form gives way (and,
    # for a bracketed one, a longer name it opens: "AUC Chairperson")
    covered = {i for m in aa._mentions if "person" in m.kinds
               or _keeps(aa._text[m.start_char:m.end_char], aliases, exact)
               for i in range(m.start_char, m.end_char)}
    out = []
    for tok in docview.tokens(doc):
        hit = aliases.get(tok.text)
        if hit is not None and tok.i >= hit[1] - 1 and tok.idx not in covered:
            out.append((hit[0], tok.idx, tok.idx + len(tok.text)))
    return out


def _keeps(text: str, aliases: dict, exact: set) -> bool:
    """Whether a mention stands against the short forms read from the article."""
    first = text.split(" ", 1)[0]
    return first not in aliases or (first in exact and text != first)


def _kb_short_forms(aa, aliases: dict) -> set:
    """A body the article names in full is what its own short name means from there on:
    "Reporters Without Borders ... RSF said" is the press group, not the KB's homonymous
    Sudanese militia, whether or not the article spells out the short form in brackets.
    Adds to ``aliases``; returns the short forms added (they replace only a mention that is
    exactly the short form)."""
    starts = [t.idx for t in docview.tokens(aa.doc)]
    added, used = set(), set()  # ``used``: short forms the article wrote before any full name
    for m in aa._mentions:
        a, text = m.actors[0], aa._text[m.start_char:m.end_char]
        if text.split(" ", 1)[0].isupper():
            used.add(text.split(" ", 1)[0])  # "RSF fighters attacked ...": RSF in use
        if m.kinds[0] == "person" or a.start < 0 or not a.org or a.org in aliases \
                or a.org in used or text == a.org \
                or not (2 <= len(a.org) <= _SHORT_FORM_MAX and a.org.isupper()):
            continue
        aliases[a.org] = (m, bisect.bisect_left(starts, m.end_char) + 1)
        added.add(a.org)
    return added


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` (capitals) spells, in order, capitals of ``name``, or of the body's
    own name after a state's possessive ("Somalia's National Security Agency (NSA)")."""
    if not (2 <= len(short) <= _SHORT_FORM_MAX and short.isupper() and short[0].isalpha()
            and short.isalnum()):
        return False
    if name.lower().startswith("the "):
        name = name[4:]  # "The Kivu Defence Front" opening a sentence
    names = [name] + [name.split(mark, 1)[1] for mark in ("'s ", "\u2019s ") if mark in name]
    # "the Chairperson of the Commission (AUC)": the body the office is of
    names += [name.rsplit(" of ", 1)[1]] if " of " in name else []
    return any(_spells(short, n) for n in names)


def _spells(short: str, name: str) -> bool:
    first = next((c for c in name if c.isupper()), None)
    capitals = iter(c for c in name if c.isupper())
    return short[0] == first and all(any(c == k for k in capitals) for c in short if c.isalpha())


#: what may stand between a leader's name and the body named after them ("Putin's government")
_LEADER_GAPS = frozenset({"", "'s", "\u2019s"})


def leader_named_before(aa, k: int) -> str | None:
    """"The Trump administration", "the Erdogan government", "Putin's cabinet": a sector
    word right after the name of a person the article or the KB can place (mention ``k``)
    is that person's state's, not the story's setting's; else None. The name may be a
    mention of its own or a word the NER gave another label ("Trump" tagged ORG)."""
    m = aa._mentions[k]
    prev = aa._mentions[k - 1] if k else None
    if prev is not None and prev.sent == m.sent and prev.kinds[0] == "person" \
            and len(prev.actors) == 1 and prev.actors[0].start >= 0 \
            and aa._text[prev.end_char:m.start_char].strip() in _LEADER_GAPS:
        code = prev.actors[0].code
        return code if code in aa.kb.countries else None
    span = aa.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    word = aa.doc[span.start - 1]
    if word.pos_ != "PROPN" or word.dep_ != "compound" or word.head.i < span.start:
        return None
    person = aa._persons.get(norm(word.text)) or aa.kb.person_by_surname(word.text, aa.date)
    code = person.code if person is not None else None
    return code if code in aa.kb.countries else None
