from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.queries import Catalogue, parse_params, parse_query_file

REQUIRED = {
    "vendors-of-agency",
    "clients-of-company",
    "platforms-scraped",
    "company-profile",
    "shortest-path",
    "relation-evidence",
}


def test_every_saved_query_parses_with_matching_parameters():
    catalogue = Catalogue()  # parse_query_file checks declared == used $names
    assert set(catalogue.queries) >= REQUIRED
    for q in catalogue.queries.values():
        assert q.title and q.description
        assert q.example.startswith(f"kg query run {q.name}")


def test_parameters_are_typed_and_validated():
    q = Catalogue().get("shortest-path")
    bound = q.bind({"from": "Clearview AI Inc.", "to": "ICE", "max_hops": "3"})
    # "ICE" is a knowledge-base alias, so it binds to the canonical node key.
    assert bound == {
        "from": "clearview-ai",
        "to": "us-immigration-and-customs-enforcement",
        "max_hops": 3,
    }
    assert q.bind({"from": "a", "to": "b"})["max_hops"] == 6  # the default
    with pytest.raises(QueryError, match="parameter 'max_hops' expects an integer"):
        q.bind({"from": "a", "to": "b", "max_hops": "many"})
    with pytest.raises(QueryError, match="needs parameter 'to'"):
        q.bind({"from": "a"})
    with pytest.raises(QueryError, match="has no parameter 'depth'"):
        q.bind({"from": "a", "to": "b", "depth": "2"})


def test_relation_parameter_must_be_in_the_ontology():
    q = Catalogue().get("relation-evidence")
    assert q.bind({"subject": "a", "relation": "scraped", "object": "b"})["relation"] == "SCRAPED"
    with pytest.raises(QueryError, match="parameter 'relation' expects a relation type"):
        q.bind({"subject": "a", "relation": "SELLS_TO", "object": "b"})


def test_unknown_query_lists_the_catalogue():
    with pytest.raises(QueryError, match=r"no saved query 'nope'.*vendors-of-agency"):
        Catalogue().get("nope")


def test_header_and_text_must_agree(tmp_path: Path):
    path = tmp_path / "drift.cypher"
    path.write_text(
        "// title: t\n// description: d\n// params:\n//   a: {type: string}\n"
        "MATCH (n) WHERE n.x = $b RETURN n\n"
    )
    with pytest.raises(QueryError, match="declared parameters"):
        parse_query_file(path)


def test_dollar_inside_a_string_literal_is_not_a_parameter(tmp_path: Path):
    path = tmp_path / "lit.cypher"
    path.write_text("// title: t\n// description: d\nRETURN '$notaparam' AS x\n")
    assert parse_query_file(path).parameters == ()


def test_bad_header_names_the_file(tmp_path: Path):
    path = tmp_path / "bad.cypher"
    path.write_text("// title: [oops\nRETURN 1\n")
    with pytest.raises(QueryError, match=r"bad\.cypher:\d+: the header is not valid YAML"):
        parse_query_file(path)


def test_params_from_the_command_line():
    assert parse_params(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(QueryError, match="not of the form key=value"):
        parse_params(["novalue"])


def test_parameters_in_strings_names_and_comments_are_not_parameters() -> None:
    from kg.cypher_text import parameters_used

    text = ("MATCH (n {name: $name}) // not $commented\n"
            "WHERE n.note <> '$quoted' AND n.`$odd` = $value /* $block */ RETURN n")
    assert parameters_used(text) == {"name", "value"}
