// title: Disputed and ended relations
// description: >-
//   Relations that a document denies ("never sold to") or reports as ended ("ended its
//   contract"), beside whether the graph also holds the same relation as asserted.
// params:
//   name: {type: entity, default: null, description: "only relations of this entity"}
// example: kg query run disputed-claims
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.status <> 'asserted'
  AND ($name IS NULL OR s.key = $name OR $name IN s.alias_keys
       OR o.key = $name OR $name IN o.alias_keys)
OPTIONAL MATCH (s)-[a]->(o)
WHERE type(a) = type(r) AND a.status = 'asserted'
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.status AS status,
       a IS NOT NULL AS also_asserted, r.evidence[0] AS evidence
ORDER BY subject, relation, object
