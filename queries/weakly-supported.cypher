// title: Weakly supported relations
// description: >-
//   Relations that rest on a single source document: the claims to check before publishing,
//   lowest extraction confidence first.
// params:
//   relation: {type: relation, default: null, description: "only this relation type"}
// example: kg query run weakly-supported --param relation=CONTRACTS_WITH
MATCH (s:Entity)-[r]->(o:Entity)
WHERE size(r.sources) = 1 AND r.status = 'asserted'
  AND ($relation IS NULL OR type(r) = $relation)
MATCH (d:Document {id: r.sources[0]})
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.confidence AS confidence,
       d.name AS document, r.evidence[0] AS evidence
ORDER BY confidence, subject, relation, object
