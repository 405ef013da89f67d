"""Where a quote's speaker is written by layout rather than grammar: a quote running over
several paragraphs with the name only in the last, a name after a dash, a paragraph that is all
quote (the previous speaker's). Text helpers of the quote stage (``quotes``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quotemarks import a_title
from .records import Actor, Quote

#: a dash between a quote and the name of who said it
DASH = re.compile(r"[”\"»]?\s*[—–]\s*|[”\"»]?\s+-{1,2}\s+")


#: between two paragraphs of one quote: the end of the first, a line break (or only a space,
#: in copy that lost its breaks), the reopening mark (no closing mark: a paragraph closed with
#: one is a quote of its own)
RUN_ON = re.compile(r'[ \t,.!?…]*(?:\n\s*|[ \t]+)[“"«‘\']')


def run_on(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote running over paragraphs with its speaker named only in a later paragraph
    ("“We heard you. / “We will act,” Roe said."): the earlier paragraphs are Roe's too."""
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):  # backwards: a name travels up the whole run
        q, nxt = out[i], out[i + 1]
        if q.speaker is not None or nxt.speaker is None:
            continue
        gap = text[q.evidence.trigger_end:nxt.evidence.trigger_start]
        if RUN_ON.fullmatch(gap):
            out[i] = replace(q, speaker=nxt.speaker)
    return out


def dash_speaker(ctx, text, end, sent, sents_between):
    """“We will rebuild every town.” — Mayor Anna Kovalenko: the name after a dash, and the
    sentence it is in (``sents_between(ctx, start, end)``: the sentences over a range)."""
    m = DASH.match(text, end)
    if not m:
        return None, None
    if m.end() >= len(text):  # a dash that ends the article names nobody
        return None, None
    if m.end() >= sent.end_char:  # the parser often starts a new sentence at the dash
        sent = sents_between(ctx, m.end(), m.end() + 1)[0]
    tail = text[m.end():sent.end_char].rstrip(" .\n")
    if not tail or len(tail.split()) > 12 or not tail[0].isupper():
        return None, None
    span = ctx.doc.char_span(m.end(), m.end() + len(tail), alignment_mode="expand")
    if span is None:
        return None, None
    found = ctx.actors.resolve(span)
    if found:
        return found[0], sent
    return Actor(text=span.text, code=None, start=span.start_char, end=span.end_char), sent


def stands_alone(text, sents, start, end) -> bool:
    """A quote that is its own sentence(s): a later paragraph of the previous speaker."""
    # within the quote's paragraph: the parser may run two paragraphs into one sentence
    head = text[sents[0].start_char:start - 1].rsplit("\n", 1)[-1].strip()
    tail = text[end + 1:sents[-1].end_char].split("\n", 1)[0].strip()
    return not head and not re.search(r"\w", tail)


def next_in_paragraph(text, following):
    """The sentence ``following`` a quote when it is in the quote's paragraph, else None: a
    short "Roe said." names the speaker of the quote before it only in the same paragraph."""
    if following is None:
        return None
    # the break may end the quote's sentence or open this one (a whitespace token)
    lead = len(following.text) - len(following.text.lstrip())
    return None if "\n" in text[max(0, following.start_char - 3):following.start_char + lead] \
        else following


def across_break(text: str, start: int, end: int, at: int) -> bool:
    """Whether a line break lies between the quote ``start``..``end`` and offset ``at``: a
    verb there is in another paragraph and cannot attribute the quote."""
    gap = text[end:at] if at >= end else text[at:start]
    return "\n" in gap


def words_before(text: str, sent_start: int, start: int) -> bool:
    """Whether the quote opening at ``start`` has words before it in its sentence (from
    ``sent_start``) and its paragraph."""
    return bool(text[sent_start:max(sent_start, start - 1)].rsplit("\n", 1)[-1].strip())


def a_name(body: str, small_words) -> bool:
    """Quoted words that are a name even with an article before them and a full stop inside
    the marks ("calling itself “the Lions of the Caliphate.”"): a name is no one's words."""
    return a_title(re.sub(r"^(?:the|a|an)\s+", "", body.rstrip(" .,!?…")), small_words)


#: between a quote and the attribution right after it: the closing mark, comma, spaces
_TO_ATTRIBUTION = re.compile(r"[\s”\"»’',]*")


def attributed_after(text: str, raw: str, end: int, statements):
    """The speech verb of the attribution that follows a quote ending in its own comma or
    mark ("…is “very unfair,” Roe added", "“No!” said Roe"), from ``statements`` ((verb,
    subject) pairs of the quote's sentence); None when no attribution follows at once."""
    if not re.search(r"[,!?…]$", raw.strip()):
        return None
    for verb, subj in statements:
        # a finite verb with its subject at once ("Roe added", "said Roe"); not a participle
        # going on with someone else's words ("…,” reiterating the defence's view)
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(
            c.dep_ == "aux" for c in verb.children)  # "the envoy has warned"
        if subj is None or verb.idx <= end or not finite:
            continue
        if subj.i < verb.i:  # “…,” Roe added
            opens = subj.left_edge.idx
        elif subj.left_edge.i <= verb.i + 1:  # “…,” said Roe
            opens = verb.idx
        else:
            continue
        if _TO_ATTRIBUTION.fullmatch(text[end:opens]):
            return verb
    return None
