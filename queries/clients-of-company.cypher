// title: Clients of a company
// description: >-
//   Agencies that contract with a company or use its service, best supported first, with
//   the documents that say so.
// params:
//   company: {type: entity, description: "the company's name or an alias, e.g. Clearview"}
// example: kg query run clients-of-company --param company=Clearview
MATCH (c:Company)
WHERE c.key = $company OR $company IN c.alias_keys
MATCH (c)-[r]-(a:Agency)
WHERE r.status = 'asserted'
  AND ((type(r) = 'CONTRACTS_WITH' AND startNode(r) = c) OR (type(r) = 'USES' AND startNode(r) = a))
OPTIONAL MATCH (d:Document) WHERE d.id IN r.sources
WITH a, c, r, collect(d.name) AS documents
RETURN a.name AS client, c.name AS company, type(r) AS relation, size(r.sources) AS sources,
       r.confidence AS confidence, r.first_seen AS first_seen, documents
ORDER BY sources DESC, client, relation
