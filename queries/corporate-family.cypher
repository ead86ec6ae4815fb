// title: Corporate family
// description: >-
//   Parents, subsidiaries and acquisitions around a company, followed transitively (a parent's
//   parent, an acquired firm's subsidiaries), with the chains of relations
//   (all of the shortest length) that link them.
// params:
//   company: {type: entity, description: "the company's name or an alias, e.g. Axon"}
//   max_hops: {type: int, default: 4, description: "how far to follow ownership links"}
// example: kg query run corporate-family --param company=Axon
MATCH (c:Company)
WHERE c.key = $company OR $company IN c.alias_keys
MATCH p = (c)-[:SUBSIDIARY_OF|ACQUIRED*1..6]-(other:Company)
WHERE other <> c AND length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE r.status = 'asserted')
WITH c, other, min(length(p)) AS hops
MATCH p = (c)-[:SUBSIDIARY_OF|ACQUIRED*1..6]-(other)
WHERE length(p) = hops AND all(r IN relationships(p) WHERE r.status = 'asserted')
WITH c, other, hops,
     collect(DISTINCT [r IN relationships(p) |
       startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name]) AS chains
RETURN c.name AS company, other.name AS relative, hops, chains
ORDER BY hops, relative
