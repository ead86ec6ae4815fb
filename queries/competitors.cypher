// title: Vendors sharing clients with a company
// description: >-
//   Other companies that sell to the same agencies as a company (contract or use), with the
//   shared clients: a rough map of competitors.
// params:
//   company: {type: entity, description: "the company's name or an alias"}
// example: kg query run competitors --param company=Palantir
MATCH (c:Company)
WHERE c.key = $company OR $company IN c.alias_keys
MATCH (c)-[r1]-(a:Agency)-[r2]-(other:Company)
WHERE other <> c AND r1.status = 'asserted' AND r2.status = 'asserted'
  AND ((type(r1) = 'CONTRACTS_WITH' AND startNode(r1) = c) OR (type(r1) = 'USES' AND startNode(r1) = a))
  AND ((type(r2) = 'CONTRACTS_WITH' AND startNode(r2) = other) OR (type(r2) = 'USES' AND startNode(r2) = a))
WITH other, collect(DISTINCT a.name) AS shared_clients
RETURN other.name AS competitor, size(shared_clients) AS shared, shared_clients
ORDER BY shared DESC, competitor
