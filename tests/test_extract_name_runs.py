"""Capitalised name runs: the scan always moves on, whatever the words (a run trimmed to
nothing once sent it back to where it started, and extraction never returned)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.mentions import find_mentions
from kg.extract.rules import RuleExtractor
from tests.test_extract_rules import make_doc


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@contextmanager
def _within(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: the bug this file guards against is a loop without end."""
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result within {seconds} s")
    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("text", [
    "De facto control was given to the police.",
    "The police said And that was all.",
    "Reports For the council were late.",
])
def test_a_run_of_only_a_connective_ends(extractor: RuleExtractor, text: str) -> None:
    with _within(10):
        mentions = find_mentions(make_doc(text), extractor.kb)
    assert all(m.name for m in mentions)


_WORDS = st.sampled_from([
    "De", "de", "The", "the", "For", "for", "And", "and", "Of", "of", "&", "'s", "-", ".", ",",
    "Acme", "Police", "Department", "Jong", "in", "O", "Co", "op", "2", "X", "ICE", "said",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_any_words_give_mentions_inside_the_text(extractor: RuleExtractor,
                                                 words: list[str]) -> None:
    text = " ".join(words) + "."
    with _within(10):
        mentions = find_mentions(make_doc(text), extractor.kb)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
