// title: Corroborated relations
// description: >-
//   Relations vouched for by more than one independent source (distinct datasets and
//   outlets), those confirmed by both a record and an article first.
// params:
//   min_sources: {type: int, default: 2, description: "fewest independent sources"}
// example: kg query run corroborated-relations --param min_sources=2
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.status = 'asserted' AND coalesce(r.independent_sources, 0) >= $min_sources
RETURN s.name AS subject, type(r) AS relation, o.name AS object,
       r.independent_sources AS independent_sources, r.source_kinds AS source_kinds,
       r.source_ids AS sources
ORDER BY size(r.source_kinds) DESC, independent_sources DESC, subject, relation, object
