"""Actor stage, first half: an article's tokens -> *segments*.

A segment is one thing the knowledge base or the NER recognises in the text: an entity
(country, organisation, known person, place), an unknown person's name, a title, a sector word,
or a back-reference ("the two nations"). ``actors.ArticleActors`` joins adjacent segments into
mentions and mentions into ``Actor`` records; this module only finds the segments, so the
scanning rules (the KB's longest match, the NER's people, places and bodies) can be read apart
from the grouping and coreference rules.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import actor_refs, docview, knowledge, tree
from .actors_kb import COUNTRY_KINDS, Entity, KnowledgeBase, Lex, norm

__all__ = ["POSSESSIVE", "Seg", "Segmenter", "last_sector", "lookup", "name_text"]


def lookup(kb: KnowledgeBase, words: list[str]) -> list[tuple[int, int, Lex]]:
    """Longest-match scan of a token list: ``(start, end, lexeme)`` for every KB phrase.

    Pure function over token strings (original case), used by ``ArticleActors`` and handy
    for testing the data files without spaCy.
    """
    keys = [norm(w) for w in words]
    out = []
    i, n = 0, len(words)
    while i < n:
        longest = kb.first.get(keys[i], 0)
        hit = None
        for length in range(min(longest, n - i), 0, -1):
            lex = kb.phrases.get(tuple(keys[i:i + length]))
            if lex is not None:
                lex = lex.checked(words[i:i + length])
                if lex is not None:
                    hit = (i, i + length, lex)
                    break
        if hit is None:
            hit = _gapped(kb, words, keys, i)
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def _gapped(kb: KnowledgeBase, words: list[str], keys: list[str], i: int):
    """The first of two names that share their last word, said once: "North and South
    Korea", "East and West Germany". ``(i, i + 1, lexeme of "North Korea")`` when the word at
    ``i``, then "and"/"or", then a phrase of two words whose first the text capitalises like
    it, and the word at ``i`` joined to that phrase's last word are both phrases of the KB."""
    if i + 3 >= len(words) or keys[i + 1] not in _GAP_JOINERS \
            or not words[i][:1].isupper() or not words[i + 2][:1].isupper():
        return None
    if kb.phrases.get((keys[i + 2], keys[i + 3])) is None:
        return None
    lex = kb.phrases.get((keys[i], keys[i + 3]))
    lex = lex.checked([words[i], words[i + 3]]) if lex is not None else None
    return (i, i + 1, lex) if lex is not None else None


_LEXICON = "lexicon/actors.yaml"
#: words joining two names that share their last word ("North and South Korea")
_GAP_JOINERS = knowledge.words(_LEXICON, "coordinators")
#: words that join segments without being part of either ("Moscow's", "Ukraine’s"); the
#: grouping half (``actors``) joins segments across them
POSSESSIVE = knowledge.words(_LEXICON, "possessive")
#: a country named just before these is the sponsor, not the actor ("Iran-backed Houthis")
_SPONSOR_SUFFIX = knowledge.words(_LEXICON, "sponsor_suffixes")
_STANCE_PREFIX = knowledge.words(_LEXICON, "stance_prefixes")
_DIRECTIONS = knowledge.words(_LEXICON, "directions")
#: a capital after these is where something happens, not its government ("in Baghdad")
_PLACE_BEFORE = knowledge.words(_LEXICON, "place_before")
#: words of a place name that say nothing about it ("the Ukraine's ...")
_NAME_FILLERS = knowledge.words(_LEXICON, "place_name_fillers")
#: capitalised words that make a country's name part of a longer place ("New South Wales")
_PLACE_PREFIXES = _DIRECTIONS | knowledge.words(_LEXICON, "place_name_prefixes")
#: function words of an organisation's name around its country ("the Bank of Korea")
_ORG_FILLERS = knowledge.words(_LEXICON, "org_name_fillers")
#: "the three army-ruled countries": number words, plural heads (-> sector) and the most
#: modifier tokens between them
_COUNTED_NUMBERS = knowledge.table(_LEXICON, "counted_numbers")
_COUNTED_HEADS = knowledge.table(_LEXICON, "counted_heads")
#: words that make an unknown ORG name an armed or political group ("X Front") -> sector
_GROUP_NAME_WORDS = knowledge.table(_LEXICON, "named_group_words")
#: last words of a named state organ the KB lacks ("X's National Security Agency") -> sector
_STATE_BODY_HEADS = knowledge.table(_LEXICON, "state_body_heads")
_COUNTED_GAP = int(knowledge.table(_LEXICON, "counted_limits")["gap"])
#: "the nuclear-armed neighbors": plurals of a mutual relation -> whether only states count
_MUTUAL_HEADS = knowledge.table(_LEXICON, "mutual_heads")
#: "Peru's U.N. mission": after these, an international body between a state and the word is
#: where the state's post is, not a second party
_POSTED_WORDS = knowledge.words(_LEXICON, "posted_at_body_words")


#: segments a counted plural ("the three nations") does not override
_TAKEN_KINDS = frozenset({"pair", "country_ref", "states", "group_ref", "entity", "person"})


@dataclass
class Seg:
    start: int  # token offsets [start, end)
    end: int
    kind: str  # "entity", "person", "title", "sector", "pair", "country_ref", "states",
    # "group_ref"
    lex: Lex | None = None
    entity: Entity | None = None
    person_text: str | None = None  # an unknown person's name as written
    role_prefix: tuple[str, ...] = ()
    count: int = 2  # how many parties a "pair" refers back to ("the three nations": 3)


class Segmenter:
    """The segments of one parsed article (``segments()``, in token order)."""

    def __init__(self, doc, kb: KnowledgeBase):
        self.doc, self.kb = doc, kb
        self._blocked: set[int] = set()  # tokens qualifying someone else ("Iran-backed")
        self._sponsors: set[int] = set()  # those of them before a word for an actor
        #: tokens of an international body a state's post is at ("Peru's U.N. envoy"): no
        #: party of their own, and no break between the state and its post
        self.posts: set[int] = set()

    def segments(self) -> list[Seg]:
        doc, kb = self.doc, self.kb
        words = [t.text for t in docview.tokens(doc)]
        keys = [norm(w) for w in words]
        segs: list[Seg] = []
        for start, end, lex in lookup(kb, words):
            seg = self._seg_from_lex(start, end, lex, keys)
            if seg is not None:
                segs.append(seg)
        segs = self._apply_entities(segs)
        segs = self._counted(segs, keys)
        segs.sort(key=lambda s: s.start)
        # "the North African country": the state named before, not the region
        segs = actor_refs.described_states(
            segs, keys, doc, kb, lambda a, b, lex: Seg(a, b, "country_ref", lex=lex))
        segs = actor_refs.party_states(  # "Republican Representative X"
            segs, keys, doc, kb, lambda a, b, ent: Seg(a, b, "entity", entity=ent))
        segs = actor_refs.halves(  # "talks with the isolated North"
            segs, keys, doc, kb, lambda a, b, ent: Seg(a, b, "entity", entity=ent))
        segs = self._posted(segs, keys)
        segs = self._surnames(segs, keys)
        for seg in segs:
            if seg.kind == "title":
                self._extend_title(seg, keys)
        return segs

    def _counted(self, segs: list[Seg], keys: list[str]) -> list[Seg]:
        """Plural descriptions that count the states they refer back to ("the three army-ruled
        countries", "both African governments"): a number word, a few modifiers,
        a plural head. A fixed reference phrase already found ("the two nations") stands; a
        sector word found on the head ("leaders") gives way."""
        # a name the KB could not place that is itself a counted head ("the two Koreas")
        # gives way to the count
        taken = {i for s in segs if s.kind in _TAKEN_KINDS
                 and not (s.kind == "entity" and s.entity is not None and s.entity.code is None
                          and s.end - s.start == 1 and keys[s.start] in _COUNTED_HEADS)
                 for i in range(s.start, s.end)}
        added: list[Seg] = []
        n = len(keys)
        for i, key in enumerate(keys):
            count = _COUNTED_NUMBERS.get(key)
            if count is None and key == "the" and i not in taken:
                end = self._mutual_end(keys, i, taken)
                if end is not None:
                    lex = Lex(ref=("pair", None, bool(_MUTUAL_HEADS[keys[end - 1]])))
                    added.append(Seg(i, end, "pair", lex=lex, count=2))
                    taken.update(range(i, end))
                continue
            if count is None or i in taken or (key != "both" and keys[i - 1:i] not in (
                    ["the"], ["these"], ["those"], ["all"])):
                continue
            for j in range(i + 1, min(n, i + 2 + _COUNTED_GAP)):
                if j in taken or keys[j] in (",", ".", "and", "or", "of"):
                    break
                if keys[j] in _COUNTED_HEADS:
                    start = i - 1 if key != "both" else i
                    lex = Lex(ref=("pair", _COUNTED_HEADS[keys[j]], True))
                    added.append(Seg(start, j + 1, "pair", lex=lex, count=int(count)))
                    taken.update(range(start, j + 1))
                    break
        if not added:
            return segs
        spans = [(s.start, s.end) for s in added]
        kept = [s for s in segs if not any(a < s.end and s.start < b for a, b in spans)]
        return kept + added

    def _mutual_end(self, keys: list[str], the: int, taken: set[int]) -> int | None:
        """The end of "the nuclear-armed neighbors" begun at ``the``: one to
        ``_COUNTED_GAP`` modifier tokens, then a plural of a mutual relation (``mutual_heads``)
        that is the phrase's head; None when the words are not such a phrase. With no
        modifier ("the neighbours") the word is left alone: it may be one party's neighbours."""
        for j in range(the + 2, min(len(keys), the + 2 + _COUNTED_GAP)):
            if j - 1 in taken or keys[j - 1] in _COUNTED_NUMBERS or keys[j - 1] in (
                    ",", ".", "and", "or", "of", "'s", "’s"):
                return None  # "the three rival neighbours": the number counts them
            tok = docview.tokens(self.doc)[j]
            if keys[j] in _MUTUAL_HEADS and j not in taken and tok.tag_ in ("NNS", "NNPS") \
                    and tok.dep_ != "compound":
                return j + 1
        return None

    def _posted(self, segs: list[Seg], keys: list[str]) -> list[Seg]:
        """"Peru's U.N. mission", "the Peruvian EU envoy": an international body named between
        a state (its possessive or adjective) and a word for a diplomatic post says where the
        state's post is; the mission or envoy is the state's, so the body is no party."""
        kept: list[Seg] = []
        for k, seg in enumerate(segs):
            prev = _state_before(kept, keys, seg.start)
            ent = seg.entity
            if (seg.kind == "entity" and ent is not None and ent.code == "IGO"
                    and ent.kind == "org" and prev is not None
                    and keys[seg.end:seg.end + 1] and keys[seg.end] in _POSTED_WORDS):
                self.posts.update(range(seg.start, seg.end))
                continue
            kept.append(seg)
        return kept

    def _seg_from_lex(self, start, end, lex: Lex, keys) -> Seg | None:
        if lex.entity is not None:
            ent = lex.entity
            before = keys[start - 2:start] if start >= 2 else []
            after = keys[end:end + 2]
            sponsor = len(after) == 2 and after[0] == "-" and after[1] in _SPONSOR_SUFFIX
            stance = len(before) == 2 and before[1] == "-" and before[0] in _STANCE_PREFIX
            if sponsor or stance:
                # "Iran-backed", "pro-Russian": the country qualifies someone else
                self._blocked.update(range(start, end))
                # the noun qualified: after "Iran-backed" (end + 2), or the demonym's own
                # head after "pro-Russian" (end)
                if self._qualifies_actor(end + 2 if sponsor else end):
                    self._sponsors.update(range(start, end))
                return Seg(start, end, "sector", lex=lex) if lex.sector else None
            if ent.kind == "seat" and start > 0:
                prev = keys[start - 2] if keys[start - 1] == "the" and start > 1 else keys[start - 1]
                if prev in _PLACE_BEFORE or prev in _DIRECTIONS:
                    ent = replace(ent, kind="place", sector=None)
            if ent.kind == "demonym" and keys[start - 1:start] == ["ethnic"]:
                # "ethnic Albanians": a community, often a minority in another state
                text = self.doc[start - 1:end].text
                ent = replace(ent, kind="org", code=None, name=text[:1].upper() + text[1:])
                return Seg(start - 1, end, "entity", lex=lex, entity=ent)
            kind = "person" if ent.kind == "person" else "entity"
            return Seg(start, end, kind, lex=lex, entity=ent)
        if lex.ref is not None and keys[end:end + 1] == ["of"] and lex.ref[0] == "country":
            inner = self.kb.phrases.get(tuple(keys[start + 1:end]))
            # "the government of Sudan": an ordinary sector word that the place completes
            return Seg(start + 1, end, "sector", lex=inner) if inner and inner.sector else None
        if lex.ref is not None:
            kind = {"pair": "pair", "states": "states", "group": "group_ref"}.get(
                lex.ref[0], "country_ref")
            return Seg(start, end, kind, lex=lex)
        if lex.title is not None:
            return Seg(start, end, "title", lex=lex)
        if lex.sector is not None or lex.head:
            if keys[start:end] == ["opposition"] and keys[end:end + 1] == ["to"]:
                return None  # "Russia's opposition to NATO" is a stance, not a party
            return Seg(start, end, "sector", lex=lex)
        return None

    def _surnames(self, segs: list[Seg], keys: list[str]) -> list[Seg]:
        """A capitalised word equal to the surname of someone named earlier is that person,
        whatever label the NER gave it ("Lavrov" tagged ORG)."""
        first_seen: dict[str, int] = {}
        given: dict[str, int] = {}  # first words of names: "Tanabe" after "Tanabe Hiroshi"
        for seg in segs:
            if seg.kind != "person":
                continue
            full = seg.entity.name if seg.entity is not None else seg.person_text
            parts = norm(full or "").split()
            if len(parts) >= 2:
                for key in {parts[-1], parts[-1].split("-")[-1]}:
                    first_seen.setdefault(key, seg.end)
                given.setdefault(parts[0], seg.end)
        # a one-word name the NER called a place once but nobody can place ("Wasuge" tagged
        # GPE): its later, untagged occurrences are the same name
        unplaced: dict[str, Seg] = {}
        for seg in segs:
            if (seg.kind == "entity" and seg.entity.kind == "place" and seg.entity.code is None
                    and seg.end - seg.start == 1):
                unplaced.setdefault(keys[seg.start], seg)
        if not first_seen and not unplaced:
            return segs  # no name of two words: no given name either
        # a surname the NER called a place ("Berisha" tagged GPE) is the person named
        # earlier, not a place, even when a town abroad bears it ("former President Alejandro
        # Toledo ... Toledo denied"); a state or its capital stays itself
        people = [(s.start, s.end) for s in segs if s.kind == "person"]
        segs = [s for s in segs if not (
            s.kind == "entity" and s.entity.kind == "place"
            and s.end - s.start == 1 and (s.start >= first_seen.get(keys[s.start], len(keys))
                                          or any(a <= s.start and s.end <= b for a, b in people)))]
        covered = {i for s in segs for i in range(s.start, s.end)}
        extra = []
        for t in docview.tokens(self.doc):
            key = keys[t.i]
            if t.i in covered or not t.text[:1].isupper():
                continue
            if key in first_seen and t.i >= first_seen[key]:
                extra.append(Seg(t.i, t.i + 1, "person", person_text=t.text))
            elif key in given and t.i >= given[key] and t.pos_ in ("PROPN", "NOUN"):
                # a name whose family name comes first, used alone later; which person it
                # is (if only one has it) the actor stage decides
                extra.append(Seg(t.i, t.i + 1, "person", person_text=t.text))
            elif key in unplaced and t.i > unplaced[key].start:
                extra.append(Seg(t.i, t.i + 1, "entity", entity=unplaced[key].entity))
        return sorted(segs + extra, key=lambda s: s.start) if extra else segs

    def _apply_entities(self, segs: list[Seg]) -> list[Seg]:
        """Use the parser's named entities: people, unknown places, compound organisations."""
        doc = self.doc
        if not doc.has_annotation("ENT_IOB"):
            return segs
        covered = {}
        for s in segs:
            for i in range(s.start, s.end):
                covered[i] = s
        drop: set[int] = set()
        new: list[Seg] = []
        # the states the article names by the KB's words steer which homonym a place is
        named = frozenset(s.entity.code for s in segs if s.kind == "entity"
                          and s.entity.kind in COUNTRY_KINDS and s.entity.code)
        title_ends = {s.end for s in segs if s.kind == "title"}
        for ent in docview.ents(doc):
            touching = list({id(covered[i]): covered[i] for i in range(ent.start, ent.end)
                             if i in covered}.values())
            inside = [s for s in touching if s.start >= ent.start and s.end <= ent.end]
            bigger = [s for s in touching if s.start < ent.start or s.end > ent.end]
            if ent.label_ != "PERSON":
                for s in inside:
                    if s.kind == "person" and (s.start, s.end) != (ent.start, ent.end):
                        drop.add(id(s))  # "Queen Elizabeth Central Hospital"
            if (ent.label_ in ("GPE", "NORP", "ORG", "LOC") and len(ent) == 1 and not touching
                    and ent.start not in self._sponsors and self.kb.place(ent.text) is None):
                misspelt = self.kb.misspelt_country(ent.text)  # "Quatar", "Phillippines"
                if misspelt is not None:
                    new.append(Seg(ent.start, ent.end, "entity", entity=misspelt))
                    continue
            if ent.label_ == "PERSON":
                self._person_entity(ent, inside, bigger, covered, drop, new)
            elif (ent.label_ in ("ORG", "GPE", "NORP") and not inside and ent.start > 0
                  and (ent.start in title_ends or self._named_after_title(ent, title_ends))
                  and all(t.is_title for t in ent)):
                # "Vice-President Moody Awori" with the name tagged ORG: a title names a person
                new.append(Seg(ent.start, ent.end, "person", person_text=name_text(ent)))
            elif ent.label_ in ("GPE", "LOC", "FAC") and not any(
                    t.i in self._blocked for t in ent):
                self._place_entity(ent, inside, drop, new, named)
            elif ent.label_ == "ORG" and not touching and self._state_organ(ent, covered, new):
                continue
            elif ent.label_ in ("ORG", "NORP"):
                self._org_entity(ent, inside, bigger, drop, new)
        return [s for s in segs if id(s) not in drop] + new

    def _qualifies_actor(self, i: int) -> bool:
        """Whether the phrase token ``i`` opens names an actor ("-born president", "-backed
        militia"), not a thing ("-funded pipeline", whose funder the story may still mean)."""
        doc = self.doc
        if i >= len(doc):
            return False
        tok = tree.climb(doc[i], ("amod", "compound", "nmod"), while_=lambda t: t.head.i > t.i,
                         limit=4)
        lex = self.kb.phrases.get((norm(tok.text),))
        return tok.ent_type_ in ("PERSON", "ORG", "NORP") or lex is not None and (
            lex.sector is not None or lex.title is not None or lex.entity is not None)

    def _named_after_title(self, ent, title_ends: set[int]) -> bool:
        """"its chairman, Moussa Faki Mahamat,": a name of two words or more set off by a
        comma as the appositive of a title is a person, whatever label the NER gave it."""
        doc = self.doc
        if len(ent) < 2 or ent.start < 2 or ent.start - 1 not in title_ends \
                or doc[ent.start - 1].text != ",":
            return False
        root = ent.root
        return root.dep_ == "appos" and root.head.i == ent.start - 2

    def _org_entity(self, ent, inside: list[Seg], bigger: list[Seg], drop: set[int],
                    new: list[Seg]) -> None:
        """An ORG/NORP entity: a body of the country (or organisation) named inside it,
        or a named body the KB lacks whose sector words say what it is."""
        doc = self.doc
        anchors = [s for s in inside if s.kind == "entity"]
        if any(self._inside_place_name(s, ent) for s in anchors):
            # "University of New South Wales": the country is part of a longer place
            # name the KB lacks, so the body is of no country it can tell
            for s in anchors:
                drop.add(id(s))
            return
        others = [t for t in ent if not any(s.start <= t.i < s.end for s in anchors)
                  and t.is_alpha and t.lower_ not in _ORG_FILLERS]
        if (len(anchors) == 1 and others and not bigger
                and anchors[0].entity.code is not None
                and not any(s.kind == "person" for s in inside)):
            # "Kenya Anti-Corruption Commission", "Nigerian Union of Teachers": a body
            # of the named country (or organisation), sector from its last sector word
            anchor = anchors[0].entity
            sector = last_sector([s for s in inside if s.kind in ("sector", "title")],
                                  anchor.sector if anchor.kind == "org" else None)
            is_org = anchor.kind == "org"
            body = Entity(kind="body", code=anchor.code, sector=sector,
                          name=anchor.name if is_org else name_text(ent),
                          org=anchor.org, wikidata=anchor.wikidata if is_org else None)
            for s in inside:
                drop.add(id(s))
            end = _before_possessive(ent)
            new.append(Seg(ent.start, end, "entity", entity=body))
        elif ent.label_ == "ORG" and not anchors and not bigger and not inside:
            self._group_name(ent, new)
        elif (ent.label_ == "ORG" and not anchors and not bigger and inside
              and all(s.kind == "sector" for s in inside)):
            # "Oromo Liberation Front", "Ministry of Mines": a named body the KB
            # lacks; its sector words say what it is, its name no country (the
            # story's setting may give one, see ``setting.fills``)
            sector = last_sector(inside)
            words = [t for t in ent if not any(s.start <= t.i < s.end for s in inside)]
            if sector and any(t.is_title and t.is_alpha for t in words):
                for s in inside:
                    drop.add(id(s))
                end = _before_possessive(ent)
                body = Entity(kind="body", code=None, sector=sector,
                              name=name_text(doc[ent.start:end]))
                new.append(Seg(ent.start, end, "entity", entity=body))

    def _state_organ(self, ent, covered: dict, new: list[Seg]) -> bool:
        """"Somalia's National Intelligence and Security Agency": a capitalised name the KB
        lacks, ending in a word for a state organ, after a state's possessive, is that
        state's organ. Whether it was taken."""
        doc = self.doc
        head = _STATE_BODY_HEADS.get(doc[ent.end - 1].lower_)
        state = covered.get(ent.start - 2) if ent.start >= 2 else None
        if head is None or state is None or state.kind != "entity" or state.end != \
                ent.start - 1 or norm(doc[ent.start - 1].text) not in POSSESSIVE or \
                state.entity.kind not in COUNTRY_KINDS or not state.entity.code or \
                not all(t.is_title or t.lower_ in _ORG_FILLERS for t in ent):
            return False
        body = Entity(kind="body", code=state.entity.code, sector=head, name=name_text(ent))
        new.append(Seg(ent.start, ent.end, "entity", entity=body))
        return True

    def _group_name(self, ent, new: list[Seg]) -> None:
        """An ORG name the KB lacks, with no sector word, whose own words say it is an armed
        or political group ("the Kivu Democratic Front"): a body of no country (the story's
        setting may give one)."""
        doc = self.doc
        sectors = [_GROUP_NAME_WORDS[t.lower_] for t in ent if t.lower_ in _GROUP_NAME_WORDS]
        if not sectors or not any(t.is_title and t.is_alpha and t.lower_ not in
                                  _GROUP_NAME_WORDS for t in ent):
            return
        end = _before_possessive(ent)
        body = Entity(kind="body", code=None, sector=sectors[-1],
                      name=name_text(doc[ent.start:end]))
        new.append(Seg(ent.start, end, "entity", entity=body))

    def _inside_place_name(self, seg: Seg, ent) -> bool:
        """Whether a country word is the tail of a longer capitalised place name ("New
        South Wales", "West Virginia") inside the entity ``ent``."""
        if seg.entity.kind not in COUNTRY_KINDS or seg.start <= ent.start:
            return False
        before = self.doc[seg.start - 1]
        return before.text[:1].isupper() and norm(before.text) in _PLACE_PREFIXES

    def _person_entity(self, ent, inside: list[Seg], bigger: list[Seg], covered: dict,
                       drop: set[int], new: list[Seg]) -> None:
        """A PERSON entity: a person segment for the name, unless the KB's words cover it.
        Adds to ``drop`` (ids of segments to remove) and ``new`` (segments to add)."""
        doc = self.doc
        if any(s.kind == "person" for s in inside) or bigger:
            return
        if all(i in covered for i in range(ent.start, ent.end)):
            return  # "Bosnian Serbs" tagged PERSON: the KB words win
        for s in inside:
            if s.kind == "entity":
                drop.add(id(s))  # "Jordan" in "Michael Jordan"
        first = ent.start
        while first < ent.end and first in covered and id(covered[first]) not in drop:
            first += 1  # titles the NER folded into the name
        last = ent.end
        while last > first and norm(doc[last - 1].text) in POSSESSIVE:
            last -= 1  # "Zoran Djindjic's": the possessive joins, it is not the name
        if last > first and not any(i in covered and id(covered[i]) not in drop
                                    for i in range(first, last)):
            new.append(Seg(first, last, "person",
                            person_text=name_text(doc[first:last])))

    def _place_entity(self, ent, inside: list[Seg], drop: set[int], new: list[Seg],
                      named: frozenset[str]) -> None:
        """A GPE/LOC/FAC entity: a place the KB knows by the whole name; a country named
        inside it is the place ("eastern Ukraine") or no country at all ("New Mexico").
        A place name the gazetteer does not place in a state the article names (a small
        homonym abroad) is kept without a country: the story's setting may give it one."""
        countries = [s for s in inside if s.kind == "entity"
                     and s.entity.kind in COUNTRY_KINDS]
        rest = [t.lower_ for t in ent if not any(s.start <= t.i < s.end for s in inside)]
        rest = [w for w in rest if w not in _NAME_FILLERS and w[:1].isalpha()]
        if len(countries) >= 2:  # "North and South Korea": two states, joined
            rest = [w for w in rest if w not in _GAP_JOINERS]
        if countries and rest:
            if all(w in _DIRECTIONS for w in rest):
                # "eastern Ukraine": the country as a place, not its government
                for s in countries:
                    s.entity = replace(s.entity, sector=None, kind="place")
            else:
                for s in countries:
                    drop.add(id(s))  # "New Mexico", "Washington State"
        if not inside or (countries and rest and not all(
                w in _DIRECTIONS for w in rest)):
            place = self.kb.place(ent.text, named)
            if place is None and ent.label_ == "GPE" and not inside and named:
                place = Entity("place", None, None, name_text(ent))
            if place is not None:
                new.append(Seg(ent.start, ent.end, "entity", entity=place))

    def _extend_title(self, seg: Seg, keys: list[str]) -> None:
        """Pull "Deputy", "former", "then-" in front of a title into its role."""
        prefixes = self.kb.title_prefixes
        i = seg.start
        found = []
        while i > 0:
            w = keys[i - 1]
            if w == "-" and i > 1 and keys[i - 2] == "then":
                i -= 2
                found.append("then")
            elif w in prefixes:
                i -= 1
                found.append(w)
            else:
                break
        if found:
            seg.start = i
            seg.role_prefix = tuple(reversed(found))


def _state_before(kept: list[Seg], keys: list[str], at: int) -> Seg | None:
    """The state named right before token ``at`` ("Peru's", "Peruvian"), over the titles
    in between ("the British deputy U.N. ambassador"), or None."""
    for seg in reversed(kept[-3:]):
        if any(keys[i] not in POSSESSIVE for i in range(seg.end, at)):
            return None
        if seg.kind == "entity" and seg.entity is not None:
            return seg if seg.entity.kind in ("country", "demonym") else None
        if seg.kind != "title":
            return None
        at = seg.start
    return None


def _before_possessive(ent) -> int:
    """Where the name ``ent`` ends without its possessive ("the Oromo Liberation Front's"):
    the possessive joins the name to what follows, it is no part of it. Keeps one token."""
    end = ent.end
    while end > ent.start + 1 and norm(ent.doc[end - 1].text) in POSSESSIVE:
        end -= 1
    return end


def name_text(span) -> str:
    words = [t.text for t in span]
    while words and norm(words[-1]) in POSSESSIVE:
        words.pop()
    text = span.doc[span.start:span.start + len(words)].text if words else span.text
    return text[4:] if text.lower().startswith("the ") else text



def last_sector(segs: list[Seg], own: str | None = None) -> str | None:
    """The mention's sector: last sector word, unless it is weak (see sectors.yaml)."""
    segs = [s for s in segs if s.lex.sector or s.lex.title_sector]
    if not segs:
        return own
    last = segs[-1].lex
    sector = last.sector if last.sector is not None else last.title_sector
    if not last.weak:
        return sector
    if own is not None:
        return own
    for s in reversed(segs[:-1]):
        earlier = s.lex.sector or s.lex.title_sector
        if earlier and not s.lex.weak and earlier != "GOV":
            return earlier
    return sector
