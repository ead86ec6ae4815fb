"""The sentence splitter: boundaries that read right, and offsets that are always exact."""

from hypothesis import given
from hypothesis import strategies as st

from kg.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_plain_sentences():
    assert texts("The council met. It voted! Was it close? Yes.") == [
        "The council met.",
        "It voted!",
        "Was it close?",
        "Yes.",
    ]


def test_titles_and_initials_do_not_end_sentences():
    text = "Sen. Ada Varga and Dr. Tull met J. R. Okafor at 3 p.m. on Monday, e.g. briefly."
    assert texts(text) == [text]


def test_a_capital_letter_before_a_dotted_acronym_ends_a_sentence():
    assert texts("It sells a product called Locate X. U.S. Special Operations Command bought "
                 "it.") == ["It sells a product called Locate X.",
                            "U.S. Special Operations Command bought it."]


def test_company_suffix_and_acronym_end_a_sentence_only_before_an_opener():
    assert texts("It bought Acme Inc. The deal closed.") == [
        "It bought Acme Inc.",
        "The deal closed.",
    ]
    assert texts("Acme Inc. Wrenfield bought it.") == ["Acme Inc. Wrenfield bought it."]
    assert texts("It moved to the U.S. The office opened.") == [
        "It moved to the U.S.",
        "The office opened.",
    ]
    assert texts("The U.S. Army signed.") == ["The U.S. Army signed."]


def test_no_before_a_number_is_an_abbreviation():
    assert texts("It ranked No. 2 in the list. The answer was no. Then it rose.") == [
        "It ranked No. 2 in the list.",
        "The answer was no.",
        "Then it rose.",
    ]


def test_quotes_close_with_their_sentence():
    assert texts("“We patched it,” he said. “Security comes first.” She agreed.") == [
        "“We patched it,” he said.",
        "“Security comes first.”",
        "She agreed.",
    ]
    assert texts('"Why?" she asked. "Because."') == ['"Why?" she asked.', '"Because."']


def test_blank_lines_always_end_a_sentence():
    assert texts("A line without a stop\n\nAnother one") == ["A line without a stop", "Another one"]


def test_headline_and_byline_lines_stand_alone():
    text = (
        "Harbour council buys camera network\n"
        "By Mira Okafor\n"
        "The council signed a contract with Quayside Metrics on Tuesday after a long debate.\n"
    )
    assert texts(text) == [
        "Harbour council buys camera network",
        "By Mira Okafor",
        "The council signed a contract with Quayside Metrics on Tuesday after a long debate.",
    ]


def test_list_lines_without_stops_stand_alone():
    assert texts("Key facts:\nForty sensors\nThirty days") == [
        "Key facts:",
        "Forty sensors",
        "Thirty days",
    ]


def test_wrapped_prose_is_not_split_at_line_breaks():
    text = (
        "The fictional transit authority of Eastmere said on Monday that\n"
        "Lanternfish Analytics would count passengers on forty buses, and\n"
        "The Eastmere Ledger first reported the contract last week.\n"
    )
    assert texts(text) == [text.strip()]


def test_lower_case_line_continues_the_sentence():
    assert texts("Short line\ncontinues here.") == ["Short line\ncontinues here."]


def test_indices_and_offsets():
    text = "  First one.  Second one.\n\n Third. "
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1, 2]
    assert [(s.start, s.end) for s in sentences] == [(2, 12), (14, 25), (28, 34)]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


# Text made of the pieces the rules look at, so boundaries, abbreviations and line breaks meet.
_PIECES = [*"aXZ .!?…\"'”“’)(\n\t\r,;:-\u00a0", "the", "Inc.", "U.S.", "Dr.", "No. 5", "\n\n"]
_prose = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@given(st.one_of(st.text(max_size=300), _prose))
def test_offsets_are_exact_ordered_and_trimmed(text):
    sentences = split_sentences(text)
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end


@given(st.one_of(st.text(max_size=300), _prose))
def test_only_white_space_is_left_between_sentences(text):
    cursor = 0
    for s in split_sentences(text):
        assert not text[cursor : s.start].strip()
        cursor = s.end
    assert not text[cursor:].strip()


def test_a_run_longer_than_any_sentence_is_cut_after_a_comma():
    from kg.sentences import MAX_SENTENCE

    text = ", ".join(f"Vendor{i} Corp" for i in range(600)) + "."
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in pieces)
    assert all(s.text.endswith(",") for s in pieces[:-1])
    assert all(text[s.start:s.end] == s.text for s in pieces)
    assert " ".join(s.text for s in pieces) == text


@given(st.text(alphabet="ab ,;.", min_size=1, max_size=5000))
def test_long_runs_keep_exact_offsets_and_every_word(text: str):
    from kg.sentences import MAX_SENTENCE

    pieces = split_sentences(text)
    assert all(text[s.start:s.end] == s.text and len(s.text) <= MAX_SENTENCE for s in pieces)
    assert "".join(s.text for s in pieces).replace(" ", "") == text.replace(" ", "")
