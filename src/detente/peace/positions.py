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

from ..records import content_id
from ._support import actors_in, dates_between, dates_of, sentences
from .taxonomy import load_issues

STRENGTH = {"red_line": 6, "demand": 5, "reject": 5, "oppose": 4, "propose": 3, "offer": 2,
            "accept": 1}

_STANCE_CUES = [
    ("dropped", r"\b(?:dropped|abandoned|withdrew|withdrawn|shelved)\s+(?:its|their|the|his|her)\s+"
                r"(?:\w+\s+)?(?:demand|insistence|condition|precondition|call)s?\b|"
                r"\bno longer\s+(?:insists?|demands?|requires?|seeks?|calls? for)\b"),
    ("red_line", r"\bred[\s-]lines?\b|\bnon[\s-]?negotiable\b|\bwill never (?:accept|agree|give up)\b"),
    ("demand", r"\b(?:pre)?conditions?\b|\bprerequisites?\b|\brequirements?\b|\bdemand(?:s|ed|ing)?\b|"
               r"\binsist(?:s|ed|ing)?\s+(?:on|that)\b|\binsistence\b|\bcall(?:s|ed|ing)? for\b|"
               r"\bmust\b|\burg(?:e|es|ed|ing)\b"),
    ("reject", r"\breject(?:s|ed|ing|ion)?\b|\brefus(?:e|es|ed|ing|al)\b|\bruled out\b|"
               r"\bdismiss(?:es|ed|ing)?\b"),
    ("oppose", r"\boppos(?:e|es|ed|ing)\b|\bopposition\b(?!\s+(?:party|parties|leaders?|lawmakers?|"
               r"figures?|candidates?|groups?|politicians?|coalition|bloc|members?|MPs?|supporters?))|"
               r"\bobject(?:s|ed|ion)? to\b"),
    ("propose", r"\bpropos(?:e|es|ed|ing|al|als)\b|\bsuggest(?:s|ed|ion)?\b|\bput forward\b|\bfloated\b"),
    ("offer", r"\boffer(?:s|ed|ing)?\b|\bready to\b|\bwilling to\b|\bprepared to\b"),
    ("accept", r"\baccept(?:s|ed|ing|ance)?\b|\bagree(?:s|d)?\s+(?:on\s+\w+\s+)?to\b|\bopen to\b|\bwould consider\b|"
               r"\bcould live with\b"),
]
_STANCE_RX = [(name, re.compile(rx, re.I)) for name, rx in _STANCE_CUES]
_HYPO = re.compile(r"\b(?:whether|if|unless)\b[^.;:]{0,45}$", re.I)
_CONDITION_FOR = [
    ("leaders_meeting", re.compile(r"\b(?:meeting|summit|talks) (?:between|of) (?:the )?(?:two )?"
                                   r"(?:leaders|presidents|heads of state)\b|\bleaders'? meeting\b", re.I)),
    ("ceasefire", re.compile(r"\b(?:for|before|to) (?:a |any )?(?:ceasefire|cease-fire|truce)\b", re.I)),
    ("talks", re.compile(r"\b(?:for|before|to (?:start|resume|hold|join)) (?:any |the |further |new |direct )?"
                         r"(?:talks|negotiations|dialogue|a meeting)\b|\bbefore (?:sitting|it sits) down\b", re.I)),
    ("settlement", re.compile(r"\b(?:resolv|settl|end)(?:e|es|ed|ing)? (?:the |this )?(?:war|conflict|crisis)\b|"
                              r"\bpeace (?:deal|agreement|settlement|accord)\b|\bsettlement\b|"
                              r"\blasting peace\b|\bfor peace\b", re.I)),
]
_CONDITIONAL_WORDS = re.compile(r"\b(?:pre)?conditions?\b|\bprerequisite|\brequirement|"
                                r"\binsist(?:s|ed|ing)?\b|\bdemand", re.I)
_INCLUDING = re.compile(r"\b(?:including|such as|in particular)\s+(?P<rest>[^;:.]+)", re.I)
_NOMINAL = re.compile(r"^(?:the\s+)?(?:full\s+)?(?:return|restoration|withdrawal|release|recognition|"
                      r"handover|control)\s+(?:of|from)\s+", re.I)


_NEGATED = re.compile(r"\b(?:not|never|n[’']t|no)\s+(?:yet\s+|been\s+|fully\s+)?$", re.I)
#: What a negated stance cue means: "has not agreed to" rejects; other negations are skipped.
_NEGATION = {"accept": "reject", "offer": None, "propose": None, "demand": None,
             "reject": None, "oppose": None, "red_line": None, "dropped": None}


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
    for _ in range(3):  # the cue word, then up its clause: "opposition" -> poss, "insisted" -> nsubj
        for c in cand.children:
            if c.dep_ in ("poss", "nsubj", "nsubjpass") or (
                    c.dep_ in ("compound", "amod") and cand.pos_ == "NOUN" and cand is span[0]):
                # "Moscow's conditions", "Kyiv insisted", "a U.S. proposal", "Russian demands"
                sub = doc[c.left_edge.i:c.right_edge.i + 1]
                if sub.start_char < hi and lo < sub.end_char:
                    continue  # "the withdrawal of X's troops is a red line": the issue, not its holder
                found = actors_in(ctx, sub)
                if found:
                    return tuple({a.code: a for a in found if a.code}.values())
        if cand.head is cand:
            break
        cand = cand.head
    return ()


def _concerns(ctx, sent, issue_start: int, issue_end: int, holder_code: str | None) -> str | None:
    """Whom the issue is about: a party named just before the issue words, or inside them."""
    text = sent.text
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
    if re.search(r"\b(?:its|their|own)\b", window, re.I):
        return holder_code
    return None


def _includes(text: str, after: int) -> list[str]:
    m = _INCLUDING.search(text, after)
    if not m:
        return []
    rest = _NOMINAL.sub("", m.group("rest").strip())
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[a-zA-Z])", rest)
    return [_NOMINAL.sub("", p).strip() for p in parts if p.strip()][:6]


def user_issue_files() -> tuple[str, ...]:
    """Extra taxonomy files named by the DETENTE_ISSUES environment variable."""
    raw = os.environ.get("DETENTE_ISSUES", "")
    return tuple(p for p in raw.split(os.pathsep) if p.strip())


def extract_positions(ctx, statements, speakers, issues_paths=None) -> list[dict]:
    taxonomy = load_issues(tuple(issues_paths) if issues_paths is not None else user_issue_files())
    refs = dates_of(ctx)
    published = ctx.article.published.isoformat() if ctx.article.published else None
    stmt_dates = {(s["speaker"].get("name") or s["speaker"].get("code")): s for s in statements}
    merged: dict[tuple, dict] = {}
    for sent in sentences(ctx):
        text = sent.text
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
            # Nearest cue, preferring one before the issue words (the usual word order).
            stance, c_start, c_end = min(
                cues, key=lambda c: (abs(c[1] - i_start) + (0 if c[1] < i_start else 15)))
            holders = _holder(ctx, sent, c_start, (i_start, i_end))
            pairs = [(h.code, h.name) for h in holders] or [
                ((speaker or {}).get("code"), (speaker or {}).get("name"))]
            for holder_code, holder_name in pairs:
                if holder_code:
                    _observe(merged, ctx, sent, refs, published, stmt_dates, speaker, issue,
                             i_start, i_end, stance, c_start, c_end, holder_code, holder_name)
    out = []
    for (holder, issue), pos in merged.items():
        pos["id"] = content_id(ctx.article.id, "position", holder, issue)
        out.append(pos)
    return out


def _observe(merged, ctx, sent, refs, published, stmt_dates, speaker, issue, i_start, i_end,
             stance, c_start, c_end, holder_code, holder_name) -> None:
    """Record one (holder, issue, stance) observation, merging with the article's earlier ones."""
    text = sent.text
    change = None
    if stance == "dropped":
        change, stance = "dropped", None
    cond = None
    if stance in ("demand", "red_line") and _CONDITIONAL_WORDS.search(text):
        cond = next((k for k, rx in _CONDITION_FOR if rx.search(text, c_start)), None)
        if cond is None:
            cond = next((k for k, rx in _CONDITION_FOR if rx.search(text)), None)
    stmt = stmt_dates.get((speaker or {}).get("name") or (speaker or {}).get("code"))
    date = stmt["date"] if stmt and stmt.get("date") else None
    if date is None:
        own = [r for r in dates_between(refs, sent.start_char, sent.end_char)
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
        "statements": [stmt["id"]] if stmt else [],
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
