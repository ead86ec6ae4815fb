// title: Relations first seen after a date
// description: >-
//   Relations whose earliest source document is dated on or after a date: what is new in the
//   graph since then. Undated documents are not counted.
// params:
//   since: {type: date, description: "the date, YYYY-MM-DD"}
//   relation: {type: relation, default: null, description: "only this relation type"}
// example: kg query run relations-since --param since=2021-01-01
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.first_seen IS NOT NULL AND r.first_seen >= $since AND r.status = 'asserted'
  AND ($relation IS NULL OR type(r) = $relation)
RETURN r.first_seen AS first_seen, s.name AS subject, type(r) AS relation, o.name AS object,
       size(r.sources) AS sources
ORDER BY first_seen, subject, relation, object
