"""One reading of quotation marks for the quote extractor and coreference."""

from detente.quotemarks import inside_flags, quote_spans


def test_tokens_inside_a_quote_are_flagged_and_the_marks_are_not():
    text = 'She said: "They left." Then they came back.'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["They left."]
    starts = [i for i, ch in enumerate(text) if ch != " " and (i == 0 or text[i - 1] == " ")]
    words = [text[i:].split(" ")[0] for i in starts]
    flags = dict(zip(words, inside_flags(starts, spans)))
    assert flags == {"She": False, "said:": False, '"They': False, "left.\"": True,
                     "Then": False, "they": False, "came": False, "back.": False}


def test_a_mark_left_open_at_a_paragraph_end_with_no_quote_after_marks_nothing():
    text = 'He said "we will stay\nand nothing else.'
    assert quote_spans(text) == []
    assert inside_flags([9, 22], quote_spans(text)) == [False, False]


def test_copy_that_types_the_closing_curly_mark_for_both_marks():
    text = "”At one point the windows were shaking,” a witness said. He left ” and came back."
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "At one point the windows were shaking,"]
