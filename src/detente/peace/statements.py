"""Statements: who spoke, for whom, when, through which channel; linked quotes and events.

One statement per speaker (and date) per article: the sentences in which a speaker says,
announces, insists, emphasises ... something, or is the source ("according to X"). The date is
the first explicit date attached to that speaker's speech ("Speaking on Wednesday, X said").
"""

from __future__ import annotations

import bisect
import re

from .. import knowledge
from ..records import Statement, content_id
from ._support import (actors_in, article_text, cached, dates_between, dates_of, sentence_text,
                       sentences, starting_in)

_LEXICON = "lexicon/ledger.yaml"
SPEECH_LEMMAS = knowledge.words("lexicon/speech.yaml", "statement_verbs")
_UNASSERTED = knowledge.pattern(_LEXICON, "unasserted", re.I)
#: the channel of a statement, first match wins
CHANNELS = tuple((name, re.compile(rx, re.I))
                 for name, rx in knowledge.table(_LEXICON, "channels").items())


def _person(ctx, span, memory: dict) -> dict | None:
    """The speaker in ``span`` as an actor dict (person preferred, else the organisation)."""
    actors = actors_in(ctx, span)
    persons = cached(ctx, "persons", lambda: [x for x in ctx.doc.ents if x.label_ == "PERSON"])
    ents = [e for e in starting_in(persons, span.start, span.end + 1, cache=ctx.cache)
            if e.end <= span.end]
    if len({a.code for a in actors}) > 1 and not ents:
        return None  # "both parties signalled": not one speaker
    for tok in span:
        if tok.text.lower() in memory and tok.pos_ == "PROPN":
            return memory[tok.text.lower()]
    people = [a for a in actors if a.name and a.role] if actors else []

    if people:
        a = people[0]
        d = a.as_dict()
        memory[(a.name or "").split()[-1].lower()] = d
        return d
    if ents:
        name = ents[-1].text.removesuffix("’s").removesuffix("'s")
        key = name.split()[-1].lower()
        if key in memory:
            return memory[key]
        code = actors[0].code if actors else None
        d = {"text": span.text, "name": name, "code": code,
             "sector": "GOV" if code else None, "role": None, "wikidata": None, "org": None}
        memory[key] = d
        return d
    if actors:
        return actors[0].as_dict()
    return None


def speakers_by_sentence(ctx) -> dict[int, tuple[dict, object]]:
    """sentence start char -> (speaker actor dict, speech token) for sentences with a speaker."""
    memory: dict = {}
    out = {}
    for sent in sentences(ctx):
        found = None
        for tok in sent:
            if tok.lemma_.lower() in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX") \
                    and tok.dep_ not in ("relcl", "acl", "amod", "pcomp") \
                    and not _UNASSERTED.search(  # it reads at most 47 characters back
                        article_text(ctx)[max(sent.start_char, tok.idx - 64):tok.idx]):
                # "the conditions Moscow is proposing", "whether Kyiv would agree": not speech.
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    s = subj[0]
                    span = ctx.doc[s.left_edge.i:s.right_edge.i + 1]
                    who = _person(ctx, span, memory)
                    if who:
                        found = (who, tok)
                        break
            if tok.lower_ == "according" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
                to = ctx.doc[tok.i + 1]
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if objs:
                    o = objs[0]
                    who = _person(ctx, ctx.doc[o.left_edge.i:o.right_edge.i + 1], memory)
                    if who:
                        found = (who, tok)
                        break
        if found:
            out[sent.start_char] = found
    return out


def _speaker_key(who: dict) -> str:
    return (who.get("name") or who.get("code") or who.get("text") or "").lower()


class _ByPosition:
    """Quotes or events by where their evidence starts (and quotes by speaker name and id)."""

    def __init__(self, items, named: bool = False):
        at = sorted((x.evidence.start, k) for k, x in enumerate(items))
        self.starts, self.positions = [s for s, _ in at], [k for _, k in at]
        self.by_name: dict[str, list[int]] = {}
        self.by_id: dict[str, list[int]] = {}
        for k, x in enumerate(items if named else ()):
            self.by_id.setdefault(x.id, []).append(k)
            if x.speaker:
                self.by_name.setdefault((x.speaker.name or "").lower(), []).append(k)

    def within(self, spans) -> list[int]:
        """Positions of the items whose evidence starts inside one of ``spans``."""
        out: list[int] = []
        for a, b in spans:
            out += self.positions[bisect.bisect_left(self.starts, a):
                                  bisect.bisect_left(self.starts, b)]
        return out


def extract_statements(ctx, events, quotes, speakers=None) -> list[Statement]:
    speakers = speakers if speakers is not None else speakers_by_sentence(ctx)
    refs = dates_of(ctx)
    published = ctx.article.published.isoformat() if ctx.article.published else None
    groups: dict[str, dict] = {}
    order = []
    sents = {s.start_char: s for s in sentences(ctx)}
    for start, (who, tok) in speakers.items():
        sent = sents[start]
        speaking = sentence_text(ctx, sent).lower().startswith("speaking")
        key = _speaker_key(who)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"speaker": who, "sents": [], "date": None, "dated_sent": None}
            order.append(key)
        g["sents"].append(sent)
        if g["date"] is None:
            # The date of the speaking: near the speech verb, preferably right after it ("said on
            # Monday"), never after publication; a date inside what was said is not it.
            cands = [ref for ref in dates_between(refs, sent.start_char, sent.end_char,
                                                    cache=ctx.cache)
                     if ref.kind == "point" and ref.value and (not published or ref.value <= published)
                     and (abs(ref.start - tok.idx) < 60 or speaking)]
            cands.sort(key=lambda r: (r.start < tok.idx, abs(r.start - tok.idx)))
            if cands:
                ref = cands[0]
                g["date"], g["precision"], g["dated_sent"] = ref.value, ref.precision, sent
    out = []
    # one index of the quotes and events, not a scan of them all for every speaker
    quote_index, event_index = _ByPosition(quotes, named=True), _ByPosition(events)
    for key in order:
        g = groups[key]
        who = g["speaker"]
        sents_ = g["sents"]
        ev_sent = g["dated_sent"] or sents_[0]
        spans = [(s.start_char, s.end_char) for s in sents_]
        text = " ".join(s.text for s in sents_)
        channel = next((name for name, rx in CHANNELS if rx.search(text)), None)
        name = (who.get("name") or "").lower() if who.get("name") else None
        q_ids = [quotes[k].id for k in sorted(
            set(quote_index.by_name.get(name, ()) if name is not None else ())
            | set(quote_index.within(spans)))]
        e_ids = [events[k].id for k in sorted(set(event_index.within(spans)))]
        date = g["date"]
        if date is None:
            said = sorted({k for qid in set(q_ids) for k in quote_index.by_id[qid]})
            q_dates = [quotes[k].date for k in said if quotes[k].date]
            date = q_dates[0] if q_dates else None
        out.append(Statement.from_dict({
            "id": content_id(ctx.article.id, "statement", key, date),
            "speaker": who,
            "on_behalf": who.get("code"),
            "date": date,
            "date_precision": g.get("precision") if g["date"] else None,
            "channel": channel,
            "quotes": q_ids,
            "events": e_ids,
            "evidence": {"sentence": ev_sent.text, "start": ev_sent.start_char,
                         "end": ev_sent.end_char},
            "sentences": [{"start": a, "end": b} for a, b in spans],
        }))
    return out
