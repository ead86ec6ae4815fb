// title: Most-connected vendors
// description: >-
//   Companies ranked by how many distinct agencies they sell to (contract or use), with how
//   many documents support those links.
// params:
//   limit: {type: int, default: 20, description: "how many vendors to list"}
// example: kg query run most-connected-vendors --param limit=10
MATCH (c:Company)-[r]-(a:Agency)
WHERE r.status = 'asserted'
  AND ((type(r) = 'CONTRACTS_WITH' AND startNode(r) = c) OR (type(r) = 'USES' AND startNode(r) = a))
WITH c, count(DISTINCT a) AS agencies, toInteger(sum(size(r.sources))) AS citations
RETURN c.name AS vendor, agencies, citations
ORDER BY agencies DESC, citations DESC, vendor
LIMIT $limit
