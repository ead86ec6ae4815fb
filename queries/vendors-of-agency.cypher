// title: Vendors of an agency
// description: >-
//   Companies that sell to an agency (a contract, or the agency using the company's service),
//   best supported first, with the documents that say so.
// params:
//   agency: {type: entity, description: "the agency's name or an alias, e.g. ICE"}
// example: kg query run vendors-of-agency --param agency=ICE
MATCH (a:Agency)
WHERE a.key = $agency OR $agency IN a.alias_keys
MATCH (c:Company)-[r]-(a)
WHERE r.status = 'asserted'
  AND ((type(r) = 'CONTRACTS_WITH' AND startNode(r) = c) OR (type(r) = 'USES' AND startNode(r) = a))
OPTIONAL MATCH (d:Document) WHERE d.id IN r.sources
WITH a, c, r, collect(d.name) AS documents
RETURN c.name AS vendor, a.name AS agency, type(r) AS relation, size(r.sources) AS sources,
       r.confidence AS confidence, r.first_seen AS first_seen, documents
ORDER BY sources DESC, vendor, relation
