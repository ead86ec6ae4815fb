// title: Incidents of a company
// description: >-
//   Breaches, fines, sanctions, bans, investigations and lawsuits that involve an entity, on
//   either side, with the evidence sentence and the document.
// params:
//   name: {type: entity, description: "the entity's name or an alias, e.g. Clearview AI"}
// example: kg query run incidents --param name="Clearview AI"
MATCH (c:Entity)
WHERE c.key = $name OR $name IN c.alias_keys
MATCH (c)-[r:SUFFERED|FINED|SANCTIONED|BANNED|INVESTIGATED|SUED]-(other:Entity)
WHERE r.status = 'asserted'
MATCH (d:Document {id: r.evidence_docs[0]})
RETURN c.name AS entity, CASE WHEN startNode(r) = c THEN 'by' ELSE 'against' END AS side,
       type(r) AS incident, other.name AS other, r.first_seen AS date,
       size(r.sources) AS sources, d.name AS document, r.evidence[0] AS evidence
ORDER BY incident, other
