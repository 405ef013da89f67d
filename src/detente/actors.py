"""Actor stage: mentions -> canonical actors (country code, PLOVER sector, name, role).

The knowledge base (``data/actors/``: countries, organisations, sector words and titles,
named officials with terms of office) is compiled once per process into one dictionary keyed
by lower-cased token tuples; an article is scanned once, longest match first, so the cost per
token is a couple of dictionary probes whatever the size of the KB. Users extend it with
their own YAML/CSV files (``load_kb(("my_actors.yaml",))``; format in docs/actors.md).

Matches become *segments* (an entity, a person, a title, a sector word, a back-reference),
found by ``actor_segments``; here adjacent segments join into one mention ("Russian" +
"Foreign Minister" + "Sergei Lavrov"), and each mention becomes one or more ``Actor``
records. Within an article, surnames resolve to the full name seen earlier, and "the two
nations" / "the government" to the countries named just before.

Public API (keep stable):
    load_kb(extra_paths=()) -> KnowledgeBase
    ArticleActors(doc, kb, published)
        .mentions: list[Actor]                 every actor mention in the article, in order
        .resolve(span) -> tuple[Actor, ...]    actors a noun phrase / token span refers to
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

from . import actor_backrefs as backrefs
from . import actor_bodies as bodies
from . import actor_descriptions as descriptions
from . import actor_landmarks as landmarks
from . import docview, knowledge, setting
from .actor_segments import POSSESSIVE, Seg, Segmenter, last_sector, lookup
from .actors_kb import COUNTRY_KINDS, KnowledgeBase, norm
from .actors_kb_files import build_kb
from .records import Actor

__all__ = ["ArticleActors", "KnowledgeBase", "load_kb", "lookup"]


def load_kb(extra_paths: tuple[str, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base plus ``extra_paths`` (YAML or CSV), later files winning.

    Cached per process (a list is accepted and turned into a tuple). Raises
    ``KnowledgeBaseError`` naming the file and line of a malformed entry.
    """
    return _load_kb(tuple(str(p) for p in extra_paths))


@knowledge.build_once(maxsize=8)
def _load_kb(extra_paths: tuple[str, ...]) -> KnowledgeBase:
    return build_kb(extra_paths)


# --- mentions ------------------------------------------------------------------------------

_LEXICON = "lexicon/actors.yaml"
_COORD = knowledge.words(_LEXICON, "coordinators")
#: "Bosnian Serbs" live in Bosnia, but "Chinese Americans" in America: for these nations
#: the second demonym of a pair is the nationality
_IMMIGRANT_NATIONS = frozenset(knowledge.ordered(_LEXICON, "immigrant_nations"))
#: plural demonyms that name a state's leadership rather than its people ("the Soviets")
_STATE_PLURALS = knowledge.words(_LEXICON, "state_plurals")
#: sector given to a people noun used alone ("Nigerians", "Kurds", "Bosnian Serbs"): the
#: plural names people, not the state; a sector word after it still wins ("Kurdish fighters")
_PEOPLE_SECTOR = "CVL"
#: locative prepositions that tie a sector noun to a place inside one noun phrase
_LOCATIVE = knowledge.words(_LEXICON, "locative")
#: kinds of mention that may take the country of the story's setting: a bare sector word
#: ("the police"), a person the KB cannot place, a body or a place of unknown country
_LOCAL_KINDS = frozenset({None, "person", "body", "place"})
#: sectors whose titles name the group they lead ("a rebel leader", "the opposition leader",
#: "a police chief"): such a title alone gives its sector
_SELF_NAMING_TITLES = frozenset(s.upper() for s in knowledge.words(
    _LEXICON, "self_naming_title_sectors"))
#: sectors of a named group without a country that operates in the setting (codes as written)
_SETTING_GROUPS = setting.ARMED_SECTORS
#: segments that refer back to parties named before and join no other words
_REF_KINDS = ("pair", "country_ref", "group_ref")
#: sectors of a word for someone who serves a group, an office of it ("the spokesman of X")
_OFFICE_SECTORS = frozenset(knowledge.ordered(_LEXICON, "group_office_sector_codes"))


@dataclass
class _Mention:
    start_char: int
    end_char: int
    actors: tuple[Actor, ...]
    sent: int
    kinds: tuple[str | None, ...]  #: entity kind behind each actor ("country", "place", ...)
    head: str | None = None  #: its last sector or title word ("judge" in "a Peruvian judge")
    local: bool = False  #: may take a country from the story when it names none itself
    described: str | None = None  #: the country its appositive names ("X, a judge in Peru")
    landmark: bool = False  #: a state named only as a border's side ("near the Mali border")
    members: bool = False  #: a named group of states, one actor per member ("the P5+1")
    titles: tuple[str, ...] = ()  #: a person's titles before the name ("secretary of state")


class ArticleActors:
    """Every actor mention of one parsed article, with article-level coreference."""

    def __init__(self, doc, kb: KnowledgeBase, published: dt.date | None = None, places=()):
        """``published``: the date the article is read as of (its publication date, else
        ``Options.reference_date``). With none, officials are not resolved to an office
        (see ``Entity.person_on``): output never depends on the day it runs. ``places``
        (``places.find_places``) set a story that names no state."""
        self.doc, self.kb = doc, kb
        self._text = docview.text(doc)  # Doc.text is rebuilt on every access
        self.date = published.date() if isinstance(published, dt.datetime) else published
        self._persons: dict[str, Actor] = {}  # full name / surname (lower) -> template
        self._given: dict[str, Actor | None] = {}  # given name -> template (None: shared)
        self._blocked: set[int] = set()  # tokens that must not become entities
        self._mentions: list[_Mention] = []
        self._index: tuple | None = None  # by start, for _overlapping
        self._sent_of = self._sentence_index()
        segmenter = Segmenter(doc, kb)
        segs = segmenter.segments()
        self.named = frozenset(s.entity.code for s in segs if s.kind == "entity"
                               and s.entity.kind in COUNTRY_KINDS and s.entity.code)
        self._posts = segmenter.posts  # "Peru's U.N. envoy": the body's words join the two
        for group in self._group(segs):
            self._add_mention(group)
        self._add_short_forms()
        #: every mention's actors, in text order: set by ``_fills`` once homonyms are settled
        self.mentions: list[Actor] = []
        self.setting: str | None = None  #: the story's country (``setting.fills``), or None
        self._guessed: set[tuple[int, int]] = set()  # actors whose code is the setting's
        self._fill = self._fills(setting.placed(docview.sents(doc), places) if places else ())

    # -- public --------------------------------------------------------------------------

    def resolve(self, span) -> tuple[Actor, ...]:
        """The actors named in ``span`` (a Span, Token or Doc), in text order, no duplicates.

        Coordinations give several actors ("Russia and Ukraine"); a mention cut by the span
        counts whole ("Lavrov" inside "Foreign Minister Sergei Lavrov"). A sector noun tied
        to a place by a preposition takes the place's country ("rebels in Darfur").
        """
        start, end = _char_range(span)
        found = landmarks.without_border_sides(self.doc, descriptions.without_allegiance(
            self, descriptions.without_remit(self, self._overlapping(start, end))), start, end)
        actors = [a for m in found for a in m.actors] or bodies.group_before(self, start, end)
        actors = self._tie_to_place(found, actors)
        actors = [replace(a, code=self._fill[(a.start, a.end)])
                  if a.code is None and (a.start, a.end) in self._fill else a for a in actors]
        seen, out = set(), []
        for a in actors:
            key = (a.code, a.sector, a.name, a.role, a.org)
            if key not in seen:
                seen.add(key)
                out.append(a)
        return tuple(out)

    def kind_of(self, actor: Actor) -> str | None:
        """The kind of entity a mention's actor was read from ("country", "person", "org",
        ...); None for an actor the text does not name there ("the two nations")."""
        for m in self._overlapping(actor.start, actor.end) if actor.start >= 0 else ():
            for a, kind in zip(m.actors, m.kinds):
                if (a.start, a.end) == (actor.start, actor.end):
                    return kind
        return None

    def from_setting(self, actor: Actor) -> bool:
        """Whether ``actor``'s country was not written but taken from the story's setting
        ("the police" in a story set in Haiti): enough to code an actor, not to vouch that
        an ambiguous word names an act by someone."""
        key = (actor.start, actor.end)
        return actor.code is not None and key in self._guessed and self._fill.get(
            key) == actor.code

    def _indexed(self) -> tuple:
        """(count, mention order by start, starts, longest mention), kept until mentions grow."""
        if self._index is None or self._index[0] != len(self._mentions):
            order = sorted(range(len(self._mentions)), key=lambda k: self._mentions[k].start_char)
            longest = max((m.end_char - m.start_char for m in self._mentions), default=0)
            self._index = (len(self._mentions), order,
                           [self._mentions[k].start_char for k in order], longest)
        return self._index

    def _overlapping(self, start: int, end: int) -> list["_Mention"]:
        """Mentions overlapping [start, end), in mention order. Stages call ``resolve`` for
        every candidate and speaker, so a scan of all mentions would be quadratic in length:
        only mentions starting less than the longest mention's length before ``start`` can
        reach it, and those are found by bisection."""
        _, order, starts, longest = self._indexed()
        i = bisect.bisect_right(starts, start - longest)
        j = bisect.bisect_left(starts, end)
        return [self._mentions[k] for k in sorted(order[i:j])
                if self._mentions[k].end_char > start]

    # -- scanning --------------------------------------------------------------------------

    def _sentence_index(self) -> list[int]:
        doc = self.doc
        if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            return [0] * len(doc)
        out = []
        for i, sent in enumerate(docview.sents(doc)):
            out.extend([i] * len(sent))
        return out

    # -- grouping --------------------------------------------------------------------------

    def _group(self, segs: list[Seg]) -> list[list[Seg]]:
        groups: list[list[Seg]] = []
        for seg in segs:
            if groups and self._joins(groups[-1], seg):
                groups[-1].append(seg)
            else:
                groups.append([seg])
        return groups

    def _joins(self, group: list[Seg], seg: Seg) -> bool:
        last = group[-1]
        if seg.kind in _REF_KINDS + ("states",) or last.kind in _REF_KINDS:
            return False
        gap = self.doc[last.end:seg.start]
        if self._sent_of[last.start] != self._sent_of[seg.start]:
            return False
        possessive = False
        of = False
        for tok in gap:
            w = norm(tok.text)
            if w in POSSESSIVE:
                possessive = True
            elif w == "of" and len(gap) <= 2:
                of = True
            elif w == "the" and of:
                continue  # "the spokesman of the Taliban"
            elif w in self.kb.modifiers or w in self.kb.title_prefixes or w == "-" or (
                    tok.i in self._posts):
                continue
            elif tok.dep_ in ("amod", "compound", "nmod") and seg.start <= tok.head.i < seg.end:
                continue
            else:
                return False
        if len(gap) > 3:
            return False
        if group[0].kind == "states":
            return seg.kind in ("sector", "title")  # "Quad leaders": the members' leaders
        kinds = {s.kind for s in group}
        has_entity = any(s.kind == "entity" for s in group)
        if of:
            # "the government of Sudan", "the President of Russia", "King X of Morocco"; an
            # office of a named group is the group's ("the leader of Hamas")
            return seg.kind == "entity" and not has_entity and (
                seg.entity.kind in COUNTRY_KINDS or seg.entity.kind in ("org", "body")
                and seg.entity.code is not None and all(
                    s.kind == "title" or s.kind == "sector" and s.lex is not None
                    and s.lex.sector in _OFFICE_SECTORS for s in group))
        if seg.kind == "entity":
            if "person" in kinds:
                return False
            if not has_entity:
                # "rebel Kurdistan Workers' Party", "militant group Hamas"
                return not gap or possessive
            first = next(s for s in group if s.kind == "entity").entity
            if kinds - {"entity"}:
                return False
            if not gap and first.kind == "demonym" and seg.entity.kind == "demonym":
                return True  # "Bosnian Serbs"
            # "Lebanon's Hezbollah", "Iraqi Kurds": a country then a group tied to it
            return (first.kind in COUNTRY_KINDS and seg.entity.kind not in COUNTRY_KINDS
                    and seg.entity.code in (None, "IMG", first.code) or seg.entity.code is None
                    and first.kind in COUNTRY_KINDS)
        if seg.kind == "person":
            return "person" not in kinds
        # a title or sector word
        if "person" in kinds:
            return possessive  # "Zoran Djindjic's opposition coalition"
        return True

    # -- actors ----------------------------------------------------------------------------

    def _add_mention(self, group: list[Seg]) -> None:
        doc = self.doc
        span = doc[group[0].start:group[-1].end]
        sent = self._sent_of[group[0].start]
        first = group[0]
        titles: tuple[str, ...] = ()  # a person's titles, which a later "the secretary" takes
        if first.kind == "pair":
            actors = backrefs.pair(self, first, span, sent)
            kinds = ("country",) * len(actors)
        elif first.kind == "country_ref":
            actors = backrefs.country_ref(self, first, span, sent)
            kinds = ("country",) * len(actors)
            if not actors and not _of_phrase(span):
                # "the government" with no state named just before: still GOV (not "a critic
                # of the government", which describes someone else)
                actors = backrefs.unplaced_ref(first, span)
                kinds = (None,) * len(actors)
        elif first.kind == "states":
            actors = self._members(group, span)
            kinds = ("country",) * len(actors)
        elif first.kind == "group_ref":
            actors = backrefs.named_group(self, span, sent)
            kinds = ("country",) * len(actors)
        else:
            # "the secretary": the person named before as "Secretary of State X"
            actors, titles = backrefs.titled_person(self, group, span)
            kinds = ("person",) * len(actors)
            if not actors:
                actor, kind = self._actor(group, span)
                actors, kinds = ((actor,), (kind,)) if actor is not None else ((), ())
                titles = _person_titles(group) if kind == "person" else ()
        if not actors:
            return
        self._distribute_sector(actors[0], span, group)
        words = [s for s in group if s.kind in ("sector", "title")]
        # "the Rohingya", "Shiite militias": a community lives where the story is
        community = actors[0].code is None and any(
            s.kind == "entity" and s.entity.community for s in group)
        head = norm(doc[words[-1].end - 1].text) if words else None
        # a sector word, a person or a place the KB cannot place; not a named organisation
        # its words, the word before it and the modifiers of its last word ("foreign
        # diplomats", "the foreign and defence ministers")
        said = ([norm(t.text) for t in span] + [norm(t.text) for t in span[-1].lefts]
                + [norm(doc[span.start - 1].text)] * (span.start > 0))
        group = (kinds[0] == "org" and actors[0].code is None
                 and actors[0].sector in _SETTING_GROUPS)  # "the X Liberation Army"
        unplaced = first.kind == "country_ref" and actors[0].code is None
        local = ((first.kind not in _REF_KINDS + ("states",) or unplaced)
                 and (kinds[0] in _LOCAL_KINDS or group or community)
                 and setting.takes_setting(said))
        members = first.kind in ("states", "group_ref")
        self._mentions.append(_Mention(span.start_char, span.end_char, actors, sent, kinds,
                                       head, local, members=members,
                                       titles=titles))

    def _members(self, group: list[Seg], span) -> tuple[Actor, ...]:
        """A named group of states ("the P5+1", "Quad leaders"): one actor per member, with
        the sector of the words after the name, else the group's own."""
        _, own, members = group[0].lex.ref
        sector = last_sector(group[1:], own) if len(group) > 1 else own
        return tuple(Actor(text=span.text, code=code, sector=sector,
                           name=self.kb.country_name(code), start=span.start_char,
                           end=span.end_char) for code in members)

    def _add_short_forms(self) -> None:
        """Later uses of an abbreviation given in brackets after a name ("the Kivu Defence
        Front (KDF)") are mentions of that name's actors."""
        added = []
        for m, start, end in descriptions.short_forms(self):
            text = self._text[start:end]
            actors = tuple(replace(a, text=text, start=start, end=end) for a in m.actors)
            sent = self._sent_of[self.doc.char_span(start, end, alignment_mode="expand").start]
            added.append(_Mention(start, end, actors, sent, m.kinds, m.head, m.local))
        if added:
            starts = {m.start_char for m in added}  # "AUC Chairperson": the KB's homonym
            kept = [m for m in self._mentions if m.start_char not in starts]
            self._mentions = sorted(kept + added, key=lambda x: x.start_char)

    def _fills(self, placed) -> dict[tuple[int, int], str]:
        """The country each actor without one takes from the story (see ``setting.fills``);
        applied in ``resolve``, after a place in the same phrase has had its say ("the
        police in Lima")."""
        homonyms: dict[str, tuple] = {}  # a KB person's name -> (country, name) of the article
        people = [m for m in self._mentions if m.kinds[0] == "person"]
        for k, m in enumerate(self._mentions):
            if m.kinds[0] is None and m.head and m.actors[0].code is None:
                # "a judge in Peru"; "the U.N. Security Council ... the council"
                nxt = self._mentions[k + 1] if k + 1 < len(self._mentions) else None
                m.described = (nxt and bodies.tied_code(self, m, nxt)) or bodies.named_body(
                    self, k) or descriptions.leader_named_before(self, k)
            if m.kinds[0] in (None, "person") and m.actors[0].code is None:
                served = bodies.ministry_named_before(self, k) or bodies.bloc_named_before(
                    self, k)  # "the foreign ministry", "the 27-nation bloc's ministers"
                if served is not None:
                    m.actors, m.described = (replace(m.actors[0], code=served),), served
        for m in people:
            if m.actors[0].code is None:
                m.described = descriptions.appositive_country(
                    self, m) or descriptions.office_named_before(self, m)
            elif m.actors[0].name and m.actors[0].start >= 0:
                own = descriptions.appositive_head_country(self, m)
                if own is not None and own != m.actors[0].code:
                    homonyms.setdefault(m.actors[0].name,
                                        (own, descriptions.written_name(self, m)))
        descriptions.share_with_conjuncts(self, people)
        descriptions.give_described_sectors(self, people)
        descriptions.unplace_commentators(self, people)  # "analyst X": no country unless said
        for m in people:
            a = m.actors[0]
            if a.name in homonyms:
                # the officials list names someone else: what the article says of its own
                # person wins, and nothing of the other person's office is kept
                code, name = homonyms[a.name]
                m.actors = (replace(a, code=code, name=name, wikidata=None,
                                    sector=a.sector if m.head else None,
                                    role=a.role if m.head else None),)
        self.mentions = [a for m in self._mentions for a in m.actors]
        landmarks.mark_border_sides(self.doc, self._mentions)
        self.setting, fills, self._guessed = setting.fills(self._mentions, self.kb, self._text, placed)
        return fills

    def _actor(self, group: list[Seg], span) -> tuple[Actor | None, str | None]:
        date = self.date
        entities = [s.entity for s in group if s.kind == "entity"]
        # "Lebanon's Hezbollah" -> the group; "Bosnian Serbs", "Iraqi Kurds" -> the first state
        groups = [e for e in entities if e.kind not in COUNTRY_KINDS]
        entity = groups[-1] if groups else (entities[0] if entities else None)
        if not groups and len(entities) > 1 and entities[-1].code in _IMMIGRANT_NATIONS:
            entity = entities[-1]  # "Chinese Americans" are Americans
        if entity is not None and entity.code is None and entities and entities[0].code:
            entity = replace(entity, code=entities[0].code)
        elif (entity is not None and entity.code == "IMG" and entities
              and entities[0].kind in COUNTRY_KINDS and entities[0].code):
            entity = replace(entity, code=entities[0].code)  # "Iraq's al-Qaeda": a local branch
        titles = [s for s in group if s.kind == "title"]
        sectors = [s for s in group if s.kind in ("sector", "title")]
        person = next((s for s in group if s.kind == "person"), None)
        owned: list[Seg] = []
        code = sector = name = role = wikidata = org = None
        if entity is not None:
            code, sector = entity.on(date)
            name, org, wikidata = entity.name, entity.org, entity.wikidata
            if entity.kind in COUNTRY_KINDS and self.kb.state_on(code, date) != code:
                if name == self.kb.country_name(code):
                    name = None  # "South Sudan" was not yet a name: the earlier state's
                if entity.kind == "seat":
                    sector = None  # Juba before 2011 was a regional town, not a capital
                code = self.kb.state_on(code, date)
                name = name or self.kb.country_name(code)
        title = titles[-1] if titles else None
        title_role = _role(title) if title else None
        former = title is not None and "former" in title.role_prefix
        if person is not None:
            known = self._person(person, title.lex.title if title else None)
            owned = [x for x in sectors if x.start > person.start]  # "X's opposition coalition"
            if known is not None:
                code = known.code or code
                name, wikidata = known.name, known.wikidata
                org = known.org or (org if code in ("IGO", "NGO") else None)
                if former:
                    sector, role = "ELI", title_role
                elif known.role and not known.role.startswith("former ") or not title:
                    sector, role = known.sector, known.role
                else:
                    sector, role = title.lex.title_sector, title_role
            else:
                name = person.person_text
                if title is not None:
                    sector = "ELI" if former else title.lex.title_sector
                    role = title_role
                elif sectors:
                    sector = last_sector(sectors, sector)
        else:
            # a title alone counts only if it is also a sector word ("the minister"), or
            # with the state or body it serves ("the U.N. special envoy", "Peru's envoy")
            sectors = [x for x in sectors if x.kind == "sector" or x.lex.sector or (
                entity is not None and x.kind == "title")
                or (x.kind == "title" and x.lex.title_sector in _SELF_NAMING_TITLES)]
            if sectors:
                sector = last_sector(sectors, sector)
                if former:
                    sector = "ELI"
            if title is not None and title.lex.sector is not None:
                role = title_role
        if person is not None and owned:
            # the mention is what the person owns or leads, not the person
            sector, name, role, wikidata = last_sector(owned), None, None, None
        if (sector is None and person is None and not sectors and entity is not None
                and group[-1].kind == "entity" and self._people_noun(group[-1])):
            sector = _PEOPLE_SECTOR
        if code is None and sector is None and name is None:
            return None, None  # "the allies", "the general": nothing to code
        actor = Actor(text=span.text, code=code, sector=sector, name=name, role=role,
                      wikidata=wikidata, start=span.start_char, end=span.end_char, org=org)
        if person is not None:
            self._remember(person, actor)
        kind = "person" if person is not None else (entity.kind if entity else None)
        return actor, kind

    def _people_noun(self, seg: Seg) -> bool:
        """A plural demonym or community name ("Nigerians", "Kurds", "the Rohingya"), not a
        state, bloc or organisation ("Nigeria", "Europeans", "NGOs")."""
        ent = seg.entity
        if ent.community and self.doc[seg.end - 1].pos_ != "ADJ":
            return True  # a community's noun, plural in "s" or not ("Rohingya", "Druze")
        if ent.kind == "demonym":
            pass
        elif ent.kind != "org" or ent.sector is not None or not (
                ent.code is None or ent.code in self.kb.countries):
            return False
        word = norm(self.doc[seg.end - 1].text)
        return word.endswith("s") and not word.endswith("ss") and word not in _STATE_PLURALS

    def _person(self, seg: Seg, title: str | None = None) -> Actor | None:
        """A person segment -> template actor (KB entry, earlier mention or surname)."""
        if seg.entity is not None:
            return seg.entity.person_on(self.date)
        text = seg.person_text or ""
        key = norm(text)
        if key in self._persons:
            return self._persons[key]
        words = key.split()  # none when the NER tagged a line break as a PERSON
        last = words[-1] if words else ""
        if " " not in key and last in self._persons:
            return self._persons[last]
        if " " not in key and self._given.get(last) is not None:
            return self._given[last]  # "Mahathir" after "Mahathir Mohamad": a given name
        exact = self.kb.person_by_name(text, self.date) or self.kb.misspelt_person(
            text, self.date)
        if exact is not None:
            return exact
        if " " not in key:
            return descriptions.lone_surname(self, last, title)
        return None

    def _remember(self, seg: Seg, actor: Actor) -> None:
        names = {norm(actor.name or "")}
        if seg.person_text:
            names.add(norm(seg.person_text))
        template = replace(actor, text="", start=-1, end=-1)
        for full in names:
            parts = [p for p in full.replace("-", " ").split() if p]
            if len(parts) >= 2:
                self._persons[full] = template
                self._persons.setdefault(parts[-1], template)
                self._persons.setdefault(full.split()[-1], template)  # "al-Sadr", "Abu-Ali"
                # a given name used alone counts only while one person in the article has it
                known = self._given.get(parts[0], template)
                shared = known is None or known.name != template.name
                self._given[parts[0]] = None if shared else template

    def _distribute_sector(self, actor: Actor, span, group=()) -> None:
        """"U.S. and Russian officials": the bare adjective before gets the sector too; not
        from a name that carries its own sector ("Israel and Hamas": Hamas's is not Israel's)."""
        if actor.sector is None or not self._mentions or not any(
                s.kind in ("sector", "title") for s in group):
            return
        prev = self._mentions[-1]
        if len(prev.actors) != 1 or prev.actors[0].sector is not None:
            return
        if prev.kinds[0] not in ("demonym", "country") or prev.actors[0].start < 0:
            return
        between = self._text[prev.end_char:span.start_char].strip()
        if norm(between) not in _COORD or actor.code is None:
            return
        first = self.doc.char_span(span.start_char, span.end_char, alignment_mode="expand")
        if first is None or self.kb.phrases.get((norm(first[0].text),)) is None:
            return  # only "U.S. and British warships", not "Russia and the Ukrainian army"
        prev.actors = (replace(prev.actors[0], sector=actor.sector),)

    def _tie_to_place(self, found: list[_Mention], actors: list[Actor]) -> list[Actor]:
        """"rebels in Darfur", "opposition parties in Nepal": sector noun + place -> one."""
        if len(found) < 2:
            return actors
        head, rest = found[0], found[1:]
        if len(head.actors) == 1 and head.kinds[0] == "demonym" and (
                head.actors[0].sector == _PEOPLE_SECTOR):
            return descriptions.people_placed(self, head, rest, actors)
        if len(head.actors) != 1 or head.actors[0].code is not None or head.actors[0].sector is None:
            return actors
        if head.end_char > rest[0].start_char:
            return actors  # overlapping mentions: nothing lies between them
        gap = self.doc.char_span(head.end_char, rest[0].start_char, alignment_mode="expand")
        words = [norm(t.text) for t in gap] if gap is not None else []
        place = rest[0].actors[0]
        if not any(w in _LOCATIVE for w in words) or place.code is None or place.sector:
            return actors
        merged = replace(head.actors[0], code=place.code, org=place.org)
        return [merged] + [a for m in rest[1:] for a in m.actors]


def _char_range(span) -> tuple[int, int]:
    if hasattr(span, "start_char"):
        return span.start_char, span.end_char
    if hasattr(span, "idx"):
        return span.idx, span.idx + len(span.text)
    return 0, len(span.text)


def _person_titles(group: list[Seg]) -> tuple[str, ...]:
    """The titles written before a person's name in a mention, lower case ("U.S. Secretary of
    State X" -> "secretary of state"); not those after it ("X's secretary")."""
    person = next((s.start for s in group if s.kind == "person"), None)
    return tuple(backrefs.plain_title(s.lex.title) for s in group
                 if s.kind == "title" and s.lex.title and person is not None and s.start < person)


def _role(seg: Seg) -> str:
    prefix = [w.capitalize() for w in seg.role_prefix if w != "then"]
    return " ".join(prefix + [seg.lex.title])


def _of_phrase(span) -> bool:
    """The phrase is the object of "of" ("a critic of the government", "the fall of the
    regime"): it qualifies another noun, it is no party of its own."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of"
