"""Positions stated in one article: who holds what stance on which issue, for what.

For every issue cue (``data/issues.yaml``) in a sentence, the nearest stance cue decides the
stance; its owner is the holder (the possessor of a stance noun, "Moscow's conditions"; the
subject of a stance verb, "Kyiv insisted on"; else the sentence's speaker). Stance cues inside
"whether ..."/"if ..." clauses are hypothetical and ignored.

Stance firmness (used to call a change softened or hardened, see ``STRENGTH``):

    red_line 6 > demand 5 = reject 5 > oppose 4 > propose 3 > offer 2 > accept 1

Moving up the scale on the same issue is hardening, down is softening, equal is reaffirmed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .. import knowledge, tree
from ..records import Position, content_id
from ._support import actors_in, glued_actors, party_code, sentence_text, sentences
from .taxonomy import load_issues

STRENGTH = {"red_line": 6, "demand": 5, "reject": 5, "oppose": 4, "propose": 3, "offer": 2,
            "accept": 1}

_LEXICON = "lexicon/ledger.yaml"
#: stance cues, tried in file order
_STANCE_RX = [(name, re.compile(rx, re.I))
              for name, rx in knowledge.table(_LEXICON, "stance_cues").items()]
_HYPO = knowledge.pattern(_LEXICON, "stance_hypothetical", re.I)
_CONDITION_FOR = [(name, re.compile(rx, re.I))
                  for name, rx in knowledge.table(_LEXICON, "condition_for").items()]
_CONDITIONAL_WORDS = knowledge.pattern(_LEXICON, "conditional_words", re.I)
_INCLUDING = knowledge.pattern(_LEXICON, "including", re.I)
_NOMINAL = knowledge.pattern(_LEXICON, "nominal", re.I)


_NEGATED = knowledge.pattern(_LEXICON, "negated", re.I)
#: What a negated stance cue means: "has not agreed to" rejects; other negations are skipped.
_NEGATION = {"accept": "reject", "offer": None, "propose": None, "demand": None,
             "reject": None, "oppose": None, "red_line": None, "dropped": None}

#: "its own", "their": the condition is the holder's own
_OWN_SIDE = knowledge.pattern(_LEXICON, "own_side", re.I)


def _stance_cues(text: str) -> list[tuple[str, int, int]]:
    out = []
    for name, rx in _STANCE_RX:
        for m in rx.finditer(text):
            if _HYPO.search(text[:m.start()]):
                continue
            if _NEGATED.search(text[max(0, m.start() - 25):m.start()]):
                if any(m.start() < e and s < m.end() for _, s, e in out):
                    continue
                flipped = _NEGATION.get(name)
                if flipped:
                    out.append((flipped, m.start(), m.end()))
                continue
            if any(m.start() < e and s < m.end() for _, s, e in out):
                continue  # a stronger-listed cue already covers these words
            out.append((name, m.start(), m.end()))
    return out


def _holder(ctx, sent, cue_start: int, issue: tuple[int, int]) -> tuple:
    """Actor holding the stance whose cue starts at sentence offset ``cue_start``."""
    doc = ctx.doc
    span = doc.char_span(sent.start_char + cue_start, sent.start_char + cue_start + 1,
                         alignment_mode="expand")
    if span is None:
        return ()
    lo, hi = sent.start_char + issue[0], sent.start_char + issue[1]
    cand = span[0]
    glued = re.match(r"(.+?)-[a-z]+$", cand.text)
    if glued and cand.idx < sent.start_char + cue_start:
        # "a U.S.-proposed ceasefire": the proposer is glued to the cue.
        found = [a for a in glued_actors(ctx, cand) if a.end <= cand.idx + len(glued.group(1))]
        if found:
            return tuple({a.code: a for a in found}.values())
    # the cue word, then up its clause: "opposition" -> poss, "insisted" -> nsubj
    for cand in [span[0], *tree.ancestors(span[0], limit=2)]:
        for c in cand.children:
            if c.dep_ in ("poss", "nsubj", "nsubjpass") or (
                    c.dep_ in ("compound", "amod") and cand.pos_ == "NOUN" and cand.i == span[0].i):
                # "Moscow's conditions", "Kyiv insisted", "a U.S. proposal", "Russian demands"
                sub = doc[c.left_edge.i:c.right_edge.i + 1]
                if sub.start_char < hi and lo < sub.end_char:
                    # "the withdrawal of X's troops is a red line": the issue, not its holder;
                    # but in "the U.S. ceasefire proposal" the words before the issue still
                    # name the proposal's owner.
                    head = [t for t in sub if t.idx + len(t) <= lo]
                    if head and c.dep_ == "compound":
                        found = actors_in(ctx, doc[head[0].i:head[-1].i + 1])
                        if found:
                            return tuple({a.code: a for a in found if a.code}.values())
                    continue
                found = actors_in(ctx, sub)
                if found:
                    return tuple({a.code: a for a in found if a.code}.values())
    return ()


def _concerns(ctx, sent, issue_start: int, issue_end: int, holder_code: str | None) -> str | None:
    """Whom the issue is about: a party named just before the issue words, or inside them."""
    text = sentence_text(ctx, sent)
    a = max(issue_start - 45, 0)
    window = text[a:issue_start]
    for lo, hi, rev in ((a, issue_start, True), (issue_start, issue_end, False)):
        span = ctx.doc.char_span(sent.start_char + lo, sent.start_char + hi,
                                 alignment_mode="contract")
        if span is None or not len(span):
            continue
        found = actors_in(ctx, span)
        for actor in (reversed(found) if rev else found):
            if actor.code and actor.code != holder_code and actor.code not in ("WST", "IGO", "NGO"):
                return actor.code
    if _OWN_SIDE.search(window):
        return holder_code
    return None


def _includes(text: str, after: int) -> list[str]:
    m = _INCLUDING.search(text, after)
    if not m:
        return []
    rest = _NOMINAL.sub("", m.group("rest").strip())
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[a-zA-Z])", rest)
    return [_NOMINAL.sub("", p).strip() for p in parts if p.strip()][:6]


def _token_at(ctx, sent, offset: int):
    span = ctx.doc.char_span(sent.start_char + offset, sent.start_char + offset + 1,
                             alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _clause_verb(tok):
    return tree.governing_verb(tok, include_self=True)


def _linked(ctx, sent, cue, issue) -> bool:
    """Whether a stance cue and the issue words belong together in the parse: one governs the
    other, or both hang on the same clause verb."""
    cue_tok = _token_at(ctx, sent, cue[1])
    span = ctx.doc.char_span(sent.start_char + issue[0], sent.start_char + issue[1],
                             alignment_mode="expand")
    if cue_tok is None or span is None or not len(span):
        return True  # no parse to ask: keep the old behaviour
    root = span.root
    if tree.in_span(cue_tok, span) or tree.dominates(cue_tok, root) \
            or tree.dominates(root, cue_tok):
        return True
    return tree.same(_clause_verb(cue_tok), _clause_verb(root))


#: Verbs that take a stance on a proposal or demand named as their object: "Ukraine is ready to
#: accept a U.S. proposal", "Russia supports the U.S. proposal in principle".
_CHAIN = knowledge.table(_LEXICON, "stance_verbs")
_URGE = knowledge.words(_LEXICON, "urge_verbs")
_RELUCTANT = knowledge.pattern(_LEXICON, "reluctant", re.I)


def _chained(ctx, sent, cue_start: int, issue, speaker, acts):
    """A second stance on the same issue: the verb taking the proposal or demand the first cue
    names ("accept a U.S. proposal" -> the accepter accepts), or, when that verb is what
    someone urges ("the G7 urged Russia to accept ..."), the urger's demand."""
    tok = _token_at(ctx, sent, cue_start)
    if tok is None:
        return None
    if tok.pos_ in ("VERB", "AUX"):
        return None  # a verb cue states its own stance; only proposals/demands get taken up
    node = tok if tok.pos_ in ("NOUN", "PROPN") else tok.head  # "U.S.-proposed ceasefire"
    steps = 0
    for child, head in tree.steps_up(node, limit=3):
        if child.dep_ not in ("dobj", "pobj", "prep"):
            return None
        node, steps = head, steps + 1
        if head.pos_ == "VERB":
            break
    else:
        if steps < 3:
            return None  # the root came first
    verb = node
    stance = _CHAIN.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or stance is None or verb.i == tok.i:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        if stance != "accept":
            return None
        stance = "reject"
    if _RELUCTANT.match(verb.head.text) or any(
            _RELUCTANT.match(a.text) for a in tree.ancestors(verb, limit=2)):
        return None  # "reluctance to endorse the proposal": no stance stated
    v_start = verb.idx - sent.start_char
    up = verb.head if verb.dep_ == "xcomp" else None
    if up is not None and up.lemma_.lower() in _URGE:
        # "urged Russia to accept": the urger demands it of Russia.
        subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        holders = _actors_of(ctx, subj, speaker, acts)
        return ("demand", up.idx - sent.start_char, up.idx - sent.start_char + len(up), holders)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and up is not None:  # "it is ready to accept": the subject of "is ready"
        for above in tree.chain(up, ("xcomp", "acomp")):
            subj = tree.children(above, ("nsubj", "nsubjpass"))
            if subj:
                break
    holders = _actors_of(ctx, subj, speaker, acts)
    return (stance, v_start, v_start + len(verb), holders)


def _actors_of(ctx, subj, speaker, acts) -> list[tuple]:
    """(code, name) of the actors a subject names; a pronoun is the speaker of the speech act
    above it ("Kyiv said it is ready"), as the quote stage resolved that speaker."""
    out = []
    for s in subj:
        found = actors_in(ctx, ctx.doc[s.left_edge.i:s.right_edge.i + 1])
        out += [(party_code(a), a.name) for a in found if a.code]
        if not found and s.pos_ == "PRON":
            # "Kyiv said it is ready": the pronoun is the one who says so.
            said = tree.first_ancestor(s, lambda a: a.i in acts)
            who = acts[said.i].speaker if said is not None else None
            if who is not None and who.code:
                out.append((party_code(who), who.name))
            elif speaker:
                out.append((speaker.get("code"), speaker.get("name")))
    return out


def user_issue_files() -> tuple[str, ...]:
    """Extra taxonomy files named by the DETENTE_ISSUES environment variable."""
    raw = os.environ.get("DETENTE_ISSUES", "")
    return tuple(p for p in raw.split(os.pathsep) if p.strip())


def extract_positions(ctx, statements, speakers, issues_paths=None, acts=()) -> list[Position]:
    """Positions stated in one article; ``acts`` are the quote stage's speech acts."""
    acts = {a.verb: a for a in acts}
    taxonomy = load_issues(tuple(issues_paths) if issues_paths is not None else user_issue_files())
    published = ctx.article.published.isoformat() if ctx.article.published else None
    stmt_dates = {(s.speaker.name or s.speaker.code): s for s in statements}
    facts = _ArticleFacts(ctx, published, stmt_dates)
    merged: dict[tuple, dict] = {}
    for sent in sentences(ctx):
        text = sentence_text(ctx, sent)
        hits = taxonomy.find(text)
        if not hits:
            continue
        cues = _stance_cues(text)
        if not cues:
            continue
        # Items listed after "including" belong to the issue named before them.
        lists = [(m.start(), m.end()) for m in _INCLUDING.finditer(text)
                 if any(e <= m.start() for _, _, e in hits)]
        hits = [h for h in hits if not any(a <= h[1] < b for a, b in lists)]
        spk = speakers.get(sent.start_char)
        speaker = spk[0] if spk else None
        for issue, i_start, i_end in hits:
            # Only cues in the issue's clause count ("the withdrawal ... a good step, and we urge
            # that the deal be implemented": the urging is not about the withdrawal).
            linked = [c for c in cues if _linked(ctx, sent, c, (i_start, i_end))]
            if not linked:
                continue
            # Nearest cue, preferring one before the issue words (the usual word order).
            stance, c_start, c_end = min(
                linked, key=lambda c: (abs(c[1] - i_start) + (0 if c[1] < i_start else 15)))
            holders = _holder(ctx, sent, c_start, (i_start, i_end))
            pairs = [(party_code(h), h.name) for h in holders] or [
                ((speaker or {}).get("code"), (speaker or {}).get("name"))]
            for holder_code, holder_name in pairs:
                if holder_code:
                    _observe(merged, facts, _Observation(
                        sent, speaker, issue, (i_start, i_end), stance, (c_start, c_end),
                        (holder_code, holder_name)))
            chained = _chained(ctx, sent, c_start, (i_start, i_end), speaker, acts)
            if chained:
                v_stance, v_start, v_end, v_holders = chained
                for h in v_holders:
                    if h[0] and h[0] not in {p[0] for p in pairs}:
                        _observe(merged, facts, _Observation(
                            sent, speaker, issue, (i_start, i_end), v_stance, (v_start, v_end),
                            (h[0], h[1])))
    out = []
    for (holder, issue), pos in merged.items():
        pos["id"] = content_id(ctx.article.id, "position", holder, issue)
        out.append(Position.from_dict(pos))
    return out


@dataclass(frozen=True)
class _ArticleFacts:
    """What every observation in one article reads, gathered once per article."""
    ctx: object  #: the article's parse context
    published: str | None  #: publication date (ISO), the fallback date of a position
    stmt_dates: dict  #: speaker name (or code) -> that speaker's statement in the article


@dataclass(frozen=True)
class _Observation:
    """One (holder, issue, stance) seen in one sentence."""
    sent: object  #: the sentence span
    speaker: dict | None  #: the sentence's attributed speaker, if any
    issue: str  #: issue code from the taxonomy
    issue_span: tuple[int, int]  #: the issue words, as offsets in the sentence text
    stance: str | None  #: stance name ("dropped" marks a dropped position)
    cue_span: tuple[int, int]  #: the stance cue, as offsets in the sentence text
    holder: tuple[str, str | None]  #: (actor code, display name) of who holds it


def _observe(merged: dict, facts: _ArticleFacts, obs: _Observation) -> None:
    """Record one (holder, issue, stance) observation, merging with the article's earlier ones."""
    ctx, published, stmt_dates = facts.ctx, facts.published, facts.stmt_dates
    sent, speaker, issue, stance = obs.sent, obs.speaker, obs.issue, obs.stance
    (i_start, i_end), (c_start, c_end) = obs.issue_span, obs.cue_span
    holder_code, holder_name = obs.holder
    text = sentence_text(ctx, sent)
    change = None
    if stance == "dropped":
        change, stance = "dropped", None
    cond = None
    if stance in ("demand", "red_line") and _CONDITIONAL_WORDS.search(text):
        cond = next((k for k, rx in _CONDITION_FOR if rx.search(text, c_start)), None)
        if cond is None:
            cond = next((k for k, rx in _CONDITION_FOR if rx.search(text)), None)
    stmt = stmt_dates.get((speaker or {}).get("name") or (speaker or {}).get("code"))
    date = stmt.date if stmt and stmt.date else None
    if date is None:
        own = [r for r in ctx.dates_in(sent.start_char, sent.end_char)
               if r.kind == "point" and r.value and r.precision == "day"]
        date = own[0].value if own else published
    ev = {"article_id": ctx.article.id, "sentence": text, "start": sent.start_char,
          "end": sent.end_char, "cue": text[c_start:c_end], "issue_text": text[i_start:i_end]}
    pos = {
        "holder": holder_code, "holder_name": holder_name, "issue": issue,
        "stance": stance, "concerns": _concerns(ctx, sent, i_start, i_end, holder_code),
        "condition_for": cond, "includes": _includes(text, i_end),
        "first_seen": date, "last_seen": date, "change": change or "new",
        "evidence": [ev],
        "statements": [stmt.id] if stmt else [],
    }
    key = (holder_code, issue)
    old = merged.get(key)
    if old is None:
        merged[key] = pos
        return
    if pos["stance"] and (old["stance"] is None or
                          STRENGTH[pos["stance"]] > STRENGTH[old["stance"]]):
        old["stance"] = pos["stance"]
    for k in ("concerns", "condition_for"):
        old[k] = old[k] or pos[k]
    old["includes"] += [x for x in pos["includes"] if x not in old["includes"]]
    old["evidence"].append(ev)
    old["statements"] += [s for s in pos["statements"] if s not in old["statements"]]
    if change == "dropped":
        old["change"] = "dropped"
