"""Who a speaker phrase names: the quote stage's speaker resolver, on top of the actor stage.

The actor stage codes every mention; a speaker needs three things more:
- the mention that *is* the speaker, when the subject phrase holds several ("KABUL — U.N.
  envoy Jane Roe said": Jane Roe, not the United Nations nor Afghanistan), and the state an
  envoy to the U.N. speaks for ("British Deputy U.N. Ambassador Jane Roe": Britain);
- a later mention by title alone ("the mayor said", "the minister's spokesman said") is the
  person last introduced with that title ("City Mayor Jane Roe");
- the role a reader is given beside the name ("Jane Roe, a senior fellow at the Institute",
  "bank economist Jane Roe"), when the actor stage gives none or only its last word, and the
  sector its words give ("fellow", "analyst"; a body of scholars named in it);
- a surname alone ("Roe said") is the person named in full before it;
- a definite description that names no one ("the railway official said") is the last person
  named as speaking.

Pronouns ("he said"): ``speaker_pronouns``; what is no role ("Mr", an age): ``speaker_roles``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import docview, knowledge, speaker_offices as offices, speaker_roles as roles, tree
from .records import Actor

_SPEECH = "lexicon/speech.yaml"
#: determiners that introduce someone new ("a spokesman said"), not someone named before
_INDEFINITE = knowledge.words(_SPEECH, "indefinite_determiners")
#: head nouns of a definite description of one person ("the young professional")
_PERSON_NOUNS = knowledge.words(_SPEECH, "person_descriptions")
#: descriptor word -> sector, for a speaker whose descriptor names no body or title with one
_WORD_SECTORS = {w: code for code, words in knowledge.table(_SPEECH, "descriptor_sectors").items()
                 for w in words}
#: title -> the title of the same office ("spokesperson" -> "spokesman")
_SAME = knowledge.table(_SPEECH, "same_titles")
#: code of a body -> the sector of the named people who speak for it with none of their own
_STAFF_SECTORS = knowledge.table(_SPEECH, "staff_sectors")
#: capitalised words of a body's name that make its staff scholars ("Acme Research Center")
_SCHOLARLY = knowledge.words(_SPEECH, "scholarly_bodies")
#: "a Ruritania analyst", "an expert on Ruritanian trade": the country is the field studied
_EXPERTISE = knowledge.words(_SPEECH, "expertise_nouns")
_EXPERTISE_PREPS = knowledge.words(_SPEECH, "expertise_prepositions")
#: dependencies walked from a country's mention up to the expertise noun it may modify
_TOPIC_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "pobj", "prep", "conj", "cc",
                         "punct", "poss"})
_TOPIC_STEPS = 5
#: how far back (in tokens) a description looks for someone new it could name instead
_NEW_REACH = 400
#: how far back (in characters) a title alone may reach for the person who holds it
_TITLE_REACH = 6000
#: how far after (in characters) a title with its country may look for the name of its holder
_TITLE_AHEAD = 900
#: dependencies of the words of a title written before a name ("special rapporteur Jane Roe")
_MODIFIERS = frozenset({"compound", "amod", "nmod", "det", "punct", "npadvmod", "poss", "case"})
#: how many prepositional steps lead from a name up to the title it is in apposition to
_CLIMB = 6
#: longest run of capitalised words read as one name
_NAME_WORDS = 6
#: longest descriptor (in words) taken as a role: beyond that it is a clause, not a title
_ROLE_WORDS = 12
#: an apposition may be longer than a title (``speaker_offices``)
_APPOSITION_WORDS = offices.APPOSITION_WORDS
#: "the U.N. envoy for Syria", "the U.N. representative in Haiti": the place is the posting
_POSTING = knowledge.words(_SPEECH, "posting_prepositions")
#: how far before a name (in characters) its title is looked for
_TITLE_CHARS = 120
#: what ends a title written before a name: a quote, a clause break
_TITLE_BREAK = re.compile(r"[“”\";:()—–]|[.!?]\s|,\s*(?:and|but)\s")


def pick(ctx, found: tuple[Actor, ...], head, within: bool = True) -> Actor | None:
    """The actor among ``found`` whose mention holds the phrase's head word, else the first.
    ``within``: ``found`` is the subject phrase itself, where a person named beside a place
    or a body is the speaker ("U.N. Coordinator Jane Roe", "KABUL — envoy Jane Roe")."""
    if not found:
        return None
    if all(a.start < 0 for a in found):
        return found[0]  # references with no place in the text ("the two nations")
    at = head.idx
    chosen = next((a for a in found if a.start <= at < a.end), None)
    if not within:
        return chosen or found[0]
    if chosen is not None and is_person(ctx, chosen):
        return _delegate(ctx, chosen, found)
    people = [a for a in found if is_person(ctx, a)]
    if people:
        return _delegate(ctx, people[-1], found)
    if chosen is None and (head.pos_ == "PROPN" or head.is_title):
        return _uncoded_name(found, head)
    return found[0]  # "Moroccan and Spanish authorities": the first of a coordination


def _delegate(ctx, person: Actor, found: tuple[Actor, ...]) -> Actor:
    """"British Deputy U.N. Ambassador Jane Roe" speaks for the state written before the
    body she is posted to: the U.N. is where she serves, Britain whom she represents."""
    if person.code != "IGO":
        return person
    states = ctx.actors.kb.countries
    before = [a for a in found if 0 <= a.end <= person.start and a.code in states]
    return replace(person, code=before[-1].code) if before else person


def _uncoded_name(found: tuple[Actor, ...], head) -> Actor:
    """A name the actor stage could not code ("Ruritanian envoy Jane Roe"), not the title
    or place beside it: the name is the speaker, with the country the words beside it give
    (and the office, when they are a title)."""
    lo = head.i
    while lo > head.sent.start and head.doc[lo - 1].pos_ == "PROPN" and lo > head.i - _NAME_WORDS:
        lo -= 1
    words = head.doc[lo:head.i + 1]
    beside = next((a for a in reversed(found) if a.code is not None), None)
    actor = Actor(text=words.text, code=None, name=words.text, start=words.start_char,
                  end=words.end_char)
    if beside is None:
        return actor
    if beside.role is not None:
        return replace(actor, code=beside.code, sector=beside.sector, role=beside.role)
    return replace(actor, code=beside.code)


def is_person(ctx, actor: Actor) -> bool:
    """Whether the actor is a named person: its mention holds a name the parser tagged."""
    if not actor.name or actor.start < 0:
        return False
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def names_person(ctx, actor: Actor) -> bool:
    """Whether the actor is a named person at this mention or at the name's first mention
    (a surname alone, "Roe said", is not always tagged as a name)."""
    return bool(actor.name) and (is_person(ctx, actor)
                                 or is_person(ctx, _first_mention(ctx, actor) or actor))


def by_title(ctx, speaker: Actor, head) -> Actor:
    """"the mayor said" after "City Mayor Jane Roe": the named holder of the title, most
    recent first, whose country agrees; the speaker unchanged when no one fits. A title the
    actor stage read as its country's or body's ("the Taliban spokesman", "the Ruritanian
    envoy": the Taliban, Ruritania, with a role) is looked up the same way: news names the
    holder once, then calls him by the title."""
    if head.pos_ == "PROPN" or head.tag_ == "NNS":
        return speaker
    body = speaker.name is not None  # the title read as its body's: only a person holds it
    if body and (speaker.role is None or is_person(ctx, speaker)):
        return speaker
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children):
        return speaker
    best = _holder(ctx, speaker, head.lemma_.lower(), body)
    if best is None:
        return speaker
    # the mention as resolved (with the country the story gives it), not as first scanned
    span = ctx.doc.char_span(best.start, best.end, alignment_mode="expand")
    held = next((a for a in ctx.actors.resolve(span) if a.name == best.name), best)
    return replace(held, text=speaker.text, start=speaker.start, end=speaker.end,
                   code=held.code or speaker.code)


def _holder(ctx, speaker: Actor, word: str, body: bool) -> Actor | None:
    """The named person last introduced with the title ``word`` before the speaker's mention,
    whose country agrees; else, for a title that gives its country or body ("Ruritania's
    foreign minister said"), the first so named shortly after: a lead often gives the office
    and names its holder in the next paragraph."""
    titled = _titled(ctx)
    at = bisect.bisect_left(titled[0], speaker.start)
    before = range(at - 1, -1, -1)  # the most recent first
    after = range(at, len(titled[1])) if speaker.code is not None else range(0)
    for steps, reach in ((before, _TITLE_REACH), (after, _TITLE_AHEAD)):
        for k in steps:
            actor = titled[1][k]
            if abs(speaker.start - actor.start) > reach:
                break
            held = actor.role.split()[-1].lower()
            if actor.start == speaker.start or _SAME.get(held, held) != _SAME.get(word, word) \
                    or body and not names_person(ctx, actor):
                continue
            if speaker.code is None or actor.code is None or actor.code == speaker.code:
                return actor
    return None


def describes_person(head) -> bool:
    """Whether a subject is a definite description of one person ("the young professional",
    "the former foreign minister"), which names no one by itself."""
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in _PERSON_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))


def by_description(ctx, speaker: Actor | None, head, said) -> Actor | None:
    """"“…,” the railway official said" after "Jane Roe, the railway superintendent, told
    VOA": a description that names no one is the last person named as speaking (``said``:
    (offset, actor) of that statement), when her country agrees and no one new with the
    description's noun ("a railway official") was brought in between."""
    if said is None or speaker is not None and names_person(ctx, speaker):
        return speaker
    at, person = said
    if not (names_person(ctx, person) or _name_shaped(person)) or at >= head.idx:
        return speaker
    if speaker is not None and speaker.code and person.code and speaker.code != person.code:
        return speaker
    doc, word = head.doc, head.lemma_.lower()
    for tok in doc[max(0, head.i - _NEW_REACH):head.i]:
        if tok.idx > at and tok.lemma_.lower() == word and any(
                c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children):
            return speaker  # "a railway official" came after: someone new
    words = doc[head.left_edge.i:head.i + 1]
    return replace(person, text=words.text, start=words.start_char, end=words.end_char,
                   code=person.code or (speaker.code if speaker is not None else None))


def _name_shaped(actor: Actor) -> bool:
    """A name the knowledge base does not know, of two to four capitalised words ("Imran
    Qadri"): the parser does not always tag a person's name as one, but a body or a place
    the actor stage coded has an entry (and a wikidata id or an organisation)."""
    words = (actor.name or "").split()
    return (actor.wikidata is None and actor.org is None and 2 <= len(words) <= 4
            and actor.text == actor.name and all(w[:1].isupper() for w in words))


def described(ctx, speaker: Actor) -> Actor:
    """The speaker with the role (and sector, and country when only guessed from the story)
    that the text gives beside the name at its first mention. A named person speaking for a
    body with no sector of her own has the sector its staff have (a U.N. envoy: GOV)."""
    out = _described(ctx, speaker)
    staff = _STAFF_SECTORS.get(out.code or "")
    if staff and out.sector is None and is_person(ctx, _first_mention(ctx, out) or out):
        out = replace(out, sector=staff)
    return out


def _described(ctx, speaker: Actor) -> Actor:
    if not speaker.name:
        return speaker
    speaker = _full_name(ctx, speaker)  # a name the actor stage did not list: its own mention
    first = _first_mention(ctx, speaker) or (speaker if speaker.start >= 0 else None)
    speaker = _posted(ctx, speaker, first or speaker)
    if first is None or not is_person(ctx, first) and not (  # a name the parser mislabelled
            _name_shaped(first) and ctx.actors.kb.place(first.name) is None):
        return speaker
    prefix, appositive = _prefix(ctx, first), _appositive(ctx, first)
    both = offices.ranked(prefix, appositive)
    written = both or roles.first_role(prefix, appositive, _title_before(ctx, first),
                                       offices.affiliation(ctx, first), offices.copular(ctx, first))
    # the first written that is a role: not an age, not "Mr"
    if written is None:
        return speaker
    text, span = written
    role = speaker.role
    if role is None or both is not None or offices.fuller(text, role):
        role = text
    out = replace(speaker, role=role)
    found = ctx.actors.resolve(span) if span is not None else None
    if found is not None and (out.sector is None or out.code is None
                              or ctx.actors.from_setting(out)):
        out = _from_descriptor(ctx, out, found)
    if found is not None:
        out = _unstudied(ctx, out, found)
    if out.code is None or ctx.actors.from_setting(out):
        out = replace(out, code=_based_in(ctx, first) or out.code)
    return _sector_from_words(out, role)




#: "the London-based Acme Institute", "a Ruritania-based analyst": where a body or person works
_BASED = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})-based\b")


def _based_in(ctx, first: Actor) -> str | None:
    """The country of the place a speaker's descriptor says she or her employer is based in
    ("Jane Roe, an analyst at the Acme Group, a London-based consultancy"; "Dubai-based
    analyst Jane Roe"): read in the words before the name back to the clause's start and in
    the apposition after it, with what hangs on that (the employer's own apposition)."""
    doc, text = ctx.doc, ctx.text()
    lo = max(0, first.start - _TITLE_CHARS)
    cut = max((m.end() for m in _TITLE_BREAK.finditer(text, lo, first.start)), default=lo)
    hi = first.end
    child = tree.appositive(doc, first.start, first.end)
    if child is not None:
        hi = doc[child.right_edge.i].idx + len(doc[child.right_edge.i])
    codes = ctx.actors.kb.countries
    for m in _BASED.finditer(text, cut, hi):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        found = [a.code for a in ctx.actors.resolve(span) if a.code in codes] if span else []
        if not found:  # "the Ruritania-based Acme Center": one name for the actor stage
            place = ctx.actors.kb.place(m.group(1))
            found = [place.code] if place is not None and place.code in codes else []
        if found:
            return found[0]
    return None


def _sector_from_words(speaker: Actor, role: str) -> Actor:
    """A body of scholars named in the descriptor makes the speaker a scholar whatever the
    title ("vice president of the Acme Research Foundation"); else a descriptor word gives
    the sector when nothing in the descriptor did ("security analyst")."""
    if any(w.lower() in _SCHOLARLY for w in re.findall(r"\b[A-Z][a-z]+", role)):
        return replace(speaker, sector="EDU")
    if speaker.sector is None:
        found = (_WORD_SECTORS.get(w) for w in re.findall(r"[a-z]+", role.lower()))
        speaker = replace(speaker, sector=next((c for c in found if c), None))
    return speaker


def _full_name(ctx, speaker: Actor) -> Actor:
    """"Roe said" after "Jane Roe, an economist at the bank,": the surname alone (one word or
    two) is the person named in full before it (as resolved there, with the country and office given there), when
    exactly one earlier named person has that surname."""
    words = speaker.name.split()
    if speaker.start < 0 or len(words) > 2:
        return speaker
    # a surname of two words ("Gamal Eddin said" after "Ahmed Gamal Eddin"): the full name
    # ends with both
    people = ctx.cache("speakers.people", lambda: _named_people(ctx))
    names = {a.name for a in people.get(words[-1].lower(), ()) if a.start < speaker.start
             and (len(words) == 1 or a.name.endswith(" " + speaker.name))}
    if len(names) != 1:
        return speaker
    full = _first_mention(ctx, Actor(text="", code=None, name=names.pop()))
    span = ctx.doc.char_span(full.start, full.end, alignment_mode="expand")
    held = next((a for a in ctx.actors.resolve(span) if a.name == full.name), full)
    return _as_mention(held, speaker)


def _as_mention(full: Actor, mention: Actor) -> Actor:
    """The person named in full, at a later surname's words (which may fill what it lacks)."""
    return replace(full, text=mention.text, start=mention.start, end=mention.end,
                   code=full.code or mention.code, sector=full.sector or mention.sector,
                   role=full.role or mention.role)


def _surname(name: str | None) -> str | None:
    """The last word of a name of two words or more, lower case ("roe"); else None."""
    words = (name or "").split()
    return words[-1].lower() if len(words) > 1 else None


def surnames_named(ctx, found: list[Actor | None]) -> list[Actor | None]:
    """Speakers in text order, each surname alone ("Roe said") made the person an earlier
    speaker or an earlier name gave in full ("“…,” Jane Roe, an economist, told VOA", "Jane
    Roe is the director of ..."), when exactly one such person has that surname. The actor
    stage does not list every person it does not know, so ``_full_name`` misses them."""
    out, earlier = [], {}
    for actor in found:
        # the mention itself is one capitalised word and names no one else ("Israeli
        # leader" is named Israel: not a surname)
        word = actor.text if actor is not None and actor.name in (None, actor.text) else ""
        if actor is not None and actor.start >= 0 and re.fullmatch(r"[A-Z][\w'’-]+", word):
            held = {a.name: a for a in earlier.get(word.lower(), ())}
            if len(held) == 1:
                actor = _as_mention(next(iter(held.values())), actor)
            elif not held:
                actor = _named_in_text(ctx, actor, word)
        elif actor is not None and _surname(actor.name):
            earlier.setdefault(_surname(actor.name), []).append(actor)
        out.append(actor)
    return out


def _named_in_text(ctx, actor: Actor, word: str) -> Actor:
    """The surname ``word`` given its full name from the one person written earlier in the
    text as a given name and that surname ("Jane Roe is the director of ..."), else unchanged.
    The parser's entities miss or mislabel names it does not know, so a given name is also
    read as one capitalised word right before the surname that is not a title ("envoy",
    "Minister") nor a place, in no longer run of capitalised words. The office a sentence of
    its own gives her is her role (``_copular``)."""
    names = {e.text for e in ctx.doc.ents if e.label_ == "PERSON" and e.end_char <= actor.start
             and len(e) > 1 and e[-1].text == word}
    if not names:
        written = ctx.cache("speakers.given_names", dict)  # one scan of the text per surname
        if word not in written:
            written[word] = [(tok.idx, _given_name(tok)) for tok in docview.tokens(ctx.doc)
                             if tok.text == word]
        names = {n for at, n in written[word] if n and at < actor.start}
    if len(names) != 1:
        return actor
    actor = replace(actor, name=names.pop())
    said = offices.copular(ctx, actor) if actor.role is None else None  # "Roe is the director"
    return _sector_from_words(replace(actor, role=said[0]), said[0]) if said else actor


def _given_name(tok) -> str | None:
    """"Jane Roe" for the token "Roe" written after one capitalised given name, else None."""
    if tok.i < 1:
        return None
    first = tok.doc[tok.i - 1]
    before = tok.doc[tok.i - 2] if tok.i >= 2 else None
    if (first.pos_ != "PROPN" or not first.is_title or first.text.endswith(".")
            or first.lemma_.lower() in _PERSON_NOUNS or first.ent_type_ in ("GPE", "NORP")
            or before is not None and before.is_title and before.pos_ == "PROPN"):
        return None
    return f"{first.text} {tok.text}"


def _named_people(ctx) -> dict[str, list[Actor]]:
    """Mentions of people named in more than one word, by their last word (lower case)."""
    out: dict[str, list[Actor]] = {}
    for actor in ctx.actors.mentions:
        if _surname(actor.name) and actor.start >= 0 and is_person(ctx, actor):
            out.setdefault(_surname(actor.name), []).append(actor)
    return out


def _posted(ctx, speaker: Actor, first: Actor) -> Actor:
    """"U.N. Resident Coordinator for Ruritania Jane Roe", "the U.N. representative in
    Ruritania, Jane Roe,": an official of an international body posted to a state speaks
    for the body; the state is her posting, not her country."""
    if speaker.code is None or speaker.code == "IGO" or first.start < 0:
        return speaker
    text = ctx.text()
    lo = max(0, first.start - _TITLE_CHARS)
    before = text[lo:first.start]
    if before.rstrip().endswith(","):  # the name in apposition to the title before it
        before = before.rstrip()[:-1]
    cut = max((m.end() for m in _TITLE_BREAK.finditer(before)), default=0)
    cut = max(cut, before.rfind(",") + 1)
    span = ctx.doc.char_span(lo + cut, first.end, alignment_mode="expand")
    if span is None:
        return speaker
    found = [a for a in ctx.actors.resolve(span) if a.start >= 0]
    body = next((a for a in found if a.code == "IGO" and a.name != speaker.name), None)
    if body is None:
        return speaker
    for tok in span:
        if (tok.idx > body.start and tok.lower_ in _POSTING and tok.i + 1 < span.end
                and _names_state(ctx, span.doc[tok.i + 1], speaker.code)):
            role = speaker.role or text[body.start:span.doc[tok.i + 1].idx
                                        + len(span.doc[tok.i + 1])]
            return replace(speaker, code="IGO", role=role.strip(" ,"))
    return speaker


def _names_state(ctx, tok, code: str) -> bool:
    """Whether ``tok`` begins a mention of the state ``code``."""
    return any(a.code == code and a.start <= tok.idx < a.end
               for a in ctx.actors.resolve(tok.doc[tok.i:tok.i + 1]))


def _from_descriptor(ctx, speaker: Actor, found: tuple[Actor, ...]) -> Actor:
    """Sector and country from what the descriptor names. A title there ("vice president
    at the Endowment") says nothing of the sector, nor does a "government" of no state."""
    found = tuple(a for a in found if a.name != speaker.name or a.name is None)
    # the body the person works for, else the title: "president of the Acme Company" is
    # in business, "minister of tourism" in government; "vice president at" a body the
    # knowledge base does not know says nothing
    sector = next((a.sector for a in found if a.sector and a.role is None
                   and (a.sector != "GOV" or a.code is not None)), None)
    title = next((a for a in found if a.sector and a.role is not None and a.end >= 0), None)
    if sector is None and title is not None and _after(ctx, title) != "at":
        sector = title.sector
    code = next((a.code for a in found if a.code and not _studied(ctx, a)), None)
    if speaker.sector is None and sector is not None:
        speaker = replace(speaker, sector=sector)
    if code is not None and (speaker.code is None or ctx.actors.from_setting(speaker)):
        speaker = replace(speaker, code=code)
    return speaker


def _studied(ctx, actor: Actor) -> bool:
    """Whether a mention in a descriptor is the field the speaker studies, not whom she works
    for: it modifies an expertise noun ("a senior Ruritania analyst") or is the object of
    "on"/"about" after one ("an expert on Western-Ruritanian trade")."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    topic = False
    for tok, head in tree.steps_up(span.root, _TOPIC_STEPS):
        if tok.dep_ not in _TOPIC_DEPS:
            return False
        if tok.dep_ == "prep":
            if tok.lower_ not in _EXPERTISE_PREPS:
                return False  # "analyst at the Ruritania Institute": where she works
            topic = True
        if head.lemma_.lower() in _EXPERTISE:
            # "a Ruritania analyst" studies it; "a Ruritanian analyst" is from there
            return topic or span.root.dep_ == "compound" and span.root.ent_type_ != "NORP"
    return False


def _unstudied(ctx, speaker: Actor, found: tuple[Actor, ...]) -> Actor:
    """The speaker without a country the actor stage took from the field she studies ("a
    senior Ruritania analyst at the Acme Group"), unless the descriptor names it otherwise."""
    read = [(a.code, _studied(ctx, a)) for a in found if a.code]  # once per actor
    if speaker.code not in {code for code, studied in read if studied}:
        return speaker
    others = [code for code, studied in read if not studied]
    if speaker.code in others:
        return speaker
    return replace(speaker, code=others[0] if others else None)


def _titled(ctx) -> tuple[list[int], list[Actor]]:
    """Mentions of named people with a role, in text order, and their starts (for bisection:
    a scan per speaker would be quadratic in article length)."""
    def build():
        found = [a for a in ctx.actors.mentions if a.start >= 0 and a.name and a.role]
        found.sort(key=lambda a: a.start)
        return [a.start for a in found], found
    return ctx.cache("speakers.titled", build)


def _after(ctx, actor: Actor) -> str:
    """The word after an actor's mention, lower case ("" at the end of the text)."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return ctx.doc[span.end].lower_ if span is not None and span.end < len(ctx.doc) else ""


def _first_mention(ctx, speaker: Actor) -> Actor | None:
    def build():
        first: dict[str, Actor] = {}
        for actor in ctx.actors.mentions:
            if actor.name and actor.start >= 0:
                first.setdefault(actor.name, actor)
        return first
    return ctx.cache("speakers.first", build).get(speaker.name)


def _prefix(ctx, first: Actor):
    """"Bank economist Jane Roe": the words of the mention before the name, when the actor
    stage read a title or sector word there."""
    span = ctx.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return None
    names = [t for t in span if t.ent_type_ == "PERSON"]
    if not names:
        return None
    if names[0].i == span.start:
        # "U.N.-appointed special rapporteur Jane Roe" when the actor stage kept only the
        # name: the modifiers the parse hangs on the name
        lo = span.root.left_edge.i
        if lo >= span.start or any(t.dep_ not in _MODIFIERS for t in ctx.doc[lo:span.start]):
            return None
        words = ctx.doc[lo:span.start]
        found = words if len(words) else None
    elif first.role is None and first.sector is None:
        return None
    else:
        lo = offices.qualified_from(ctx.doc, span)
        words = ctx.doc[lo:names[0].i]
        found = ctx.doc[lo:span.start] if lo < span.start else None
    if any(t.is_quote for t in words[1:]):
        return None  # a quoted heading run into the name ('It is fear' Jane Roe): no office
    words = offices.office(words)
    if not len(words) or len(words) > _ROLE_WORDS:
        return None
    return words.text.strip(" ,"), found








def _appositive(ctx, first: Actor):
    """"Jane Roe, a senior fellow at the Institute,": the apposition after the name, up to
    a relative clause or the next comma."""
    child = tree.appositive(ctx.doc, first.start, first.end)
    if child is None:
        return None
    end = child.right_edge.i
    for sibling in child.head.rights:  # "co-founder" parsed as three appositions in a row
        if sibling.dep_ == "appos" and sibling.i > child.i and sibling.left_edge.i == end + 1 \
                and not sibling.doc[end].whitespace_:
            end = sibling.right_edge.i
    words = ctx.doc[child.left_edge.i:end + 1]
    cut = next((t.i for t in words if t.dep_ == "relcl" or t.text in (",", ";", "(", "—")
                or t.tag_ in ("WDT", "WP", "WP$")), None)
    if cut is not None:
        words = ctx.doc[words.start:cut]
    words = offices.office(words)
    if not len(words) or len(words) > _APPOSITION_WORDS:
        return None
    return words.text, words






def _title_before(ctx, first: Actor):
    """"Ruritania's minister of health, Jane Roe,": the title the name is in apposition to,
    written before it; the name may hang on the title's last noun ("the U.N. representative
    in Chad, Jane Roe")."""
    span = ctx.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "appos":
        return None
    title = tree.climb(span.root.head, ("pobj", "prep", "conj"), while_=lambda t: t.head.i < t.i,
                       limit=_CLIMB)
    lo = title.left_edge.i
    hi = span.start
    while hi > lo and ctx.doc[hi - 1].is_punct:
        hi -= 1
    if title.i >= span.start or title.pos_ not in ("NOUN", "PROPN") or hi <= lo \
            or ctx.doc[lo].tag_ == "PRP$":
        return None  # "his daughter, Jane Roe": a relation, not an office
    words = offices.office(ctx.doc[lo:hi])
    if not len(words) or len(words) > _ROLE_WORDS:
        return None
    return words.text, ctx.doc[lo:hi]

