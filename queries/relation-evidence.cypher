// title: Evidence behind one relationship
// description: >-
//   Who says so: every document and sentence behind a relationship between two entities,
//   whatever its status, newest document first.
// params:
//   subject: {type: entity, description: "the subject's name or alias"}
//   relation: {type: relation, description: "the relation type, e.g. SCRAPED"}
//   object: {type: entity, description: "the object's name or alias"}
// example: kg query run relation-evidence --param subject=Clearview --param relation=SCRAPED --param object=Facebook
MATCH (s:Entity)-[r]->(o:Entity)
WHERE (s.key = $subject OR $subject IN s.alias_keys)
  AND (o.key = $object OR $object IN o.alias_keys)
  AND type(r) = $relation
UNWIND range(0, size(r.evidence) - 1) AS i
MATCH (d:Document {id: r.evidence_docs[i]})
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.status AS status,
       d.name AS document, d.title AS title, d.date AS date, d.url AS url,
       r.evidence[i] AS sentence
ORDER BY date DESC, document, sentence
