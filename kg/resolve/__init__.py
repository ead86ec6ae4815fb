"""Entity resolution: one node per real-world entity across datasets and documents.

`Resolver` maps every entity to its cluster key before loading (rules, knowledge base,
identifiers, recorded decisions); `candidate_pairs` lists near matches for a person to review;
decisions are kept in a JSON Lines file and re-applied on every build.

Decisions and an existing graph: a decision takes effect when entities are loaded, so it
changes the graph on the next build. A merge recorded after a load is applied to an existing
graph only by rebuilding it (clear the store, `kg build` again): moving relationships between
nodes is not portable Cypher across both stores, and a split cannot be undone in place at all,
because the merged node no longer knows which evidence came under which name. Re-building is
cheap (MERGE is idempotent and sources are streamed) and is the documented path.
"""

from kg.resolve.candidates import Candidate, Node, candidate_pairs, score_pair
from kg.resolve.decisions import Decision, decisions_path, read_decisions, record_decision
from kg.resolve.resolver import Resolution, Resolver

__all__ = [
    "Candidate",
    "Decision",
    "Node",
    "Resolution",
    "Resolver",
    "candidate_pairs",
    "decisions_path",
    "read_decisions",
    "record_decision",
    "score_pair",
]
