"""Paragraphs, page furniture and quotation pairing: plain string rules, no spaCy."""

from __future__ import annotations

import pytest

from factcheck.extract.segment import Block, find_quotes, is_furniture, is_headline, split_blocks


def test_blank_lines_and_line_breaks_split_paragraphs() -> None:
    text = "Title line\nFirst para.\n\nSecond para."
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == ["Title line", "First para.", "Second para."]
    assert all(text[b.start : b.end] == b.text for b in blocks)


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The council said the road\nwould reopen on Friday.\n\nNext."
    blocks = split_blocks(text)
    assert blocks[0].text == "The council said the road\nwould reopen on Friday."


@pytest.mark.parametrize(
    "line",
    [
        "Read More",
        "Also Read :- Storm: Bridge closed after flooding in Riverton",
        "By Jane Doe",
        "Updated Date",
        "Published: March 3, 2024",
        "Share",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Back to top button",
        "top of page",
        "Related Articles",
        "Source: Local Wire",
        "Follow by Email",
        "Loading",
        "1. Home",
        "Harbour News staff contributed.",
        "Ann Lee covers local politics for The Riverton Times.",
        "For the latest news and reviews, follow us on Facebook, YouTube and Twitter",
        "Truth, Courage, Light.",
        "Rescue teams search the river bank (Photo: J. Smith via Wire Images)",
    ],
)
def test_page_furniture_is_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the time the water receded, 40 homes had been flooded.",
        "Posted reports said 40 people died.",
        "The mayor said the bridge would reopen on Friday.",
        "Sources told reporters that the dam had cracked.",
    ],
)
def test_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_headlines_are_recognised() -> None:
    assert is_headline(Block(0, 10, "Dam Bursts After Week Of Rain"), "")
    assert not is_headline(Block(0, 10, "The dam burst after a week of rain."), "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The dam held,” she said. “It held.”", ["The dam held,", "It held."]),  # curly marks pair by direction
        # Some archives write quotation marks as two apostrophes: they are a straight double quote.
        ("''The dam held,'' she said. ''It will hold,'' he said.", ["The dam held,", "It will hold,"]),
        # An opening mark typed where the quotation closes (after its comma, before a space) closes it.
        ("“The dam is weak,“ said Ola Brun. “It will fail.”", ["The dam is weak,", "It will fail."]),
        ("“The dam held. “Then the river rose,” she said.", ["The dam held. ", "Then the river rose,"]),
        # ... or right after its last word, before a space: no quotation opens straight after a letter.
        (
            "The book explains “the advantages of peace“ with a photograph. The mayor is offering “help”.",
            ["the advantages of peace", "help"],
        ),
        # Closing marks on both sides, as some house styles write them, and low-high marks.
        ("”The dam held,” she said. ”It will hold.”", ["The dam held,", "It will hold."]),
        ("He said ”the dam held” on Monday.", ["the dam held"]),
        ("„The dam held“, she said.", ["The dam held"]),
        # Text typeset for TeX opens with two backticks and closes with two apostrophes.
        ("``The dam held,'' she said. He said ``it will hold'' on Monday.", ["The dam held,", "it will hold"]),
    ],
)
def test_quote_marks_pair(text: str, expected: list[str]) -> None:
    block = Block(0, len(text), text)
    assert [block.text[q.start : q.end] for q in find_quotes(block)] == expected


def test_unclosed_quote_ends_at_paragraph_end() -> None:
    block = Block(0, 30, "Her version was: “The dam held")
    quotes = find_quotes(block)
    assert block.text[quotes[0].start : quotes[0].end] == "The dam held"
    assert not quotes[0].closed


def test_paragraph_opening_a_quote_after_an_unclosed_one_continues_it() -> None:
    block = Block(0, 20, "“More rain is due.”")
    assert find_quotes(block, previous_unclosed=True)[0].continues


def test_straight_quotes_toggle() -> None:
    block = Block(0, 40, 'He said "the dam held" and "it will hold".')
    spans = [block.text[q.start : q.end] for q in find_quotes(block)]
    assert spans == ["the dam held", "it will hold"]


def test_a_straight_mark_opening_a_new_sentence_opens_a_quote_even_when_one_is_open() -> None:
    block = Block(0, 80, '"The dam is weak.  "Some think it holds, but it will not."  It broke, she said.')
    spans = [block.text[q.start : q.end] for q in find_quotes(block)]
    assert spans == ["The dam is weak.  ", "Some think it holds, but it will not."]
    assert block.text.endswith("she said.")


def test_stray_closing_mark_closes_quote_begun_at_paragraph_start() -> None:
    block = Block(0, 30, "The dam held,” the mayor said.")
    quotes = find_quotes(block)
    assert block.text[quotes[0].start : quotes[0].end] == "The dam held,"


def test_offsets_are_absolute() -> None:
    text = "Intro.\n\n“Held,” she said."
    block = split_blocks(text)[1]
    q = find_quotes(block)[0]
    assert text[q.start : q.end] == "Held,"


def test_two_apostrophes_inside_a_word_are_an_apostrophe() -> None:
    block = Block(0, 40, "The valley''s dam held on Monday.")
    assert find_quotes(block) == []
    assert find_quotes(Block(0, 40, "The two towns'' dams held on Monday.")) == []
    # A paragraph that doubles its apostrophes in a word writes no quote mark with two of them.
    assert find_quotes(Block(0, 40, "On Monday''s dam, ''it held'' they said.")) == []


def test_two_apostrophes_after_a_plural_close_an_open_quotation() -> None:
    text = "''The board takes no view on the merits'' of the case, the ruling said."
    quotes = find_quotes(Block(0, len(text), text))
    assert [text[q.start : q.end] for q in quotes] == ["The board takes no view on the merits"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British style: single marks, straight or curly, with no double marks in the paragraph.
        ("'The dam held,' she said. 'It will hold.'", ["The dam held,", "It will hold."]),
        ("‘The dam held,’ she said.", ["The dam held,"]),
        # An apostrophe inside or at the end of a word is no mark: "can't", "the workers' union".
        ("'The workers' union can't strike,' said Ivo Brenner.", ["The workers' union can't strike,"]),
        # A word in scare quotes is no quotation, nor a decade nor "'em".
        ("The 'news' site ran it in the '90s and told 'em so.", []),
        # A quotation opening the paragraph and left open runs on to the next paragraph.
        ("'The river rose all night and the dam", ["The river rose all night and the dam"]),
    ],
)
def test_single_quote_marks_pair_where_there_are_no_double_ones(text: str, expected: list[str]) -> None:
    block = Block(0, len(text), text)
    assert [block.text[q.start : q.end] for q in find_quotes(block)] == expected


def test_single_marks_inside_a_double_quotation_are_left_to_it() -> None:
    block = Block(0, 60, "“I had to think, 'This is their life,'” she said.")
    assert [block.text[q.start : q.end] for q in find_quotes(block)] == ["I had to think, 'This is their life,'"]


def test_a_word_in_single_marks_is_closed_at_once_and_no_quotation_spans_two_of_them() -> None:
    text = "Viewers cite a number of 'flaws' in the footage. He is known for 'prank' videos and 'fake' ones."
    assert find_quotes(Block(0, len(text), text)) == []
