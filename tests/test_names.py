from hypothesis import given
from hypothesis import strategies as st

from kg.names import name_key, normalize


def test_legal_suffixes_case_and_punctuation_fold():
    assert name_key("Clearview AI Inc.") == name_key("clearview ai") == "clearview-ai"
    assert name_key("NSO Group Technologies Ltd.") == "nso-group-technologies"
    assert name_key("The New York Times") == "new-york-times"
    assert name_key("AT&T") == name_key("AT and T")
    assert name_key("Facebook’s") == "facebook"


def test_a_lone_suffix_word_is_kept():
    assert name_key("Co") == "co"


def test_different_names_stay_apart():
    assert name_key("Palantir Technologies") != name_key("Palantir USG")


@given(st.text())
def test_normalize_is_idempotent(text: str):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_keys_are_slugs(text: str):
    key = name_key(text)
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in key)
    assert not key.startswith("-") and not key.endswith("-")
