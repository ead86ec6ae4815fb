// title: Agencies using a technology
// description: >-
//   Agencies that use a kind of technology directly, through a product of that kind, or
//   through a company that develops it and that they use or contract with.
// params:
//   technology: {type: entity, description: "a technology term, e.g. facial recognition"}
// example: kg query run agencies-using-technology --param technology="facial recognition"
MATCH (t:Technology)
WHERE t.key = $technology OR $technology IN t.alias_keys
MATCH (a:Agency)-[r1]-(x:Entity)
WHERE r1.status = 'asserted'
  AND ((type(r1) = 'USES' AND startNode(r1) = a)
       OR (type(r1) = 'CONTRACTS_WITH' AND endNode(r1) = a))
OPTIONAL MATCH (x)-[r2:IS_A|DEVELOPS]->(t)
WITH a, x, t, r1, r2
WHERE x = t OR (r2 IS NOT NULL AND r2.status = 'asserted')
RETURN DISTINCT a.name AS agency, CASE WHEN x = t THEN 'directly' ELSE x.name END AS via,
       type(r1) AS relation
ORDER BY agency, via, relation
