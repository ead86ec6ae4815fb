// title: Products and technologies of a company
// description: >-
//   What a company develops (products and kinds of technology), each product's technology,
//   and the agencies reported to use each product.
// params:
//   company: {type: entity, description: "the company's name or an alias, e.g. NSO Group"}
// example: kg query run products-of-company --param company="NSO Group"
MATCH (c:Company)
WHERE c.key = $company OR $company IN c.alias_keys
MATCH (c)-[r:DEVELOPS]->(p:Entity)
WHERE r.status = 'asserted'
OPTIONAL MATCH (p)-[i:IS_A]->(t:Technology)
OPTIONAL MATCH (a:Agency)-[u:USES]->(p)
WITH c, p, collect(DISTINCT t.name) AS kinds, collect(DISTINCT a.name) AS used_by
RETURN c.name AS company, p.name AS develops, p.type AS type, kinds, used_by
ORDER BY type, develops
