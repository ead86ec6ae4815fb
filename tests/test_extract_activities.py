"""Technologies written as activities: the phrases found, and the relations they give."""

from __future__ import annotations

import pytest

from kg.extract.activities import verb_forms
from kg.extract.mentions import find_mentions
from kg.extract.rules import RuleExtractor
from tests.test_extract_rules import assert_phrasing, make_doc, triples


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(("verb", "form"), [
    ("monitor", "monitors"), ("monitor", "monitoring"), ("scan", "scanned"),
    ("scan", "scanning"), ("surveil", "surveilled"), ("mine", "mined"), ("mine", "mining"),
    ("scour", "scours"), ("identify", "identifies"), ("identify", "identified"),
])
def test_verb_forms(verb: str, form: str) -> None:
    assert form in verb_forms(verb)


def _activities(extractor: RuleExtractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_mentions(make_doc(text), extractor.kb)
            if m.source == "activity"]


def test_an_activity_phrase_is_a_mention_of_its_technology(extractor: RuleExtractor) -> None:
    assert _activities(extractor, "The tool scours public social media for threats.") == [
        ("scours public social media", "social media monitoring")]
    assert _activities(extractor, "Officers can now unlock iPhones in minutes.") == [
        ("unlock iPhones", "mobile device forensics")]
    # the verb alone, or the thing alone, is no activity
    assert _activities(extractor, "Officers monitor traffic while social media buzzes.") == []
    assert _activities(extractor, "Social media is where threats appear.") == []


@pytest.mark.parametrize(("text", "expected", "forbidden"), [
    ("Brightline, a startup that quietly monitors social media for police, raised money.",
     ("Brightline", "DEVELOPS", "social media monitoring"), None),
    ("The Vantix software, which is also used by the FBI, scans social media posts.",
     ("Vantix", "IS_A", "social media monitoring"), None),
    ("Austin police spent $40,000 on software to monitor social media last year.",
     ("Austin Police Department", "USES", "social media monitoring"), None),
    ("The Chicago Police Department used Brightline Labs to scan social media at the marches.",
     ("Brightline Labs", "DEVELOPS", "social media monitoring"), None),
    # a technology's name in the verb's place is no activity
    ("The Watch Guard body cams have been in use for years.",
     ("", "", ""), ("Watch Guard", "USES", "body-worn camera")),
])
def test_activity_relations(extractor: RuleExtractor, text: str, expected: tuple[str, str, str],
                            forbidden: tuple[str, str, str] | None) -> None:
    assert_phrasing(extractor, text, expected, forbidden)


def test_the_firm_beside_an_activity_still_refers(extractor: RuleExtractor) -> None:
    """ "..., the firm says. It signed": "the firm" is not in apposition to "predict crimes"."""
    found = triples(extractor.extract(make_doc(
        "Products by Halcyon Labs analyze behaviour. The software helps detectives predict "
        "crimes, the firm says. It signed a contract worth $2 million with the NYPD in 2018.")))
    assert ("Halcyon Labs", "CONTRACTS_WITH", "NYPD") in found, sorted(found)
