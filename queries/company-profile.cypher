// title: Company profile
// description: >-
//   Everything the graph holds about one entity (usually a company): each relation in either
//   direction, its status (asserted, denied, ended), and the documents behind it.
// params:
//   name: {type: entity, description: "the entity's name or an alias, e.g. Clearview AI"}
// example: kg query run company-profile --param name="Clearview AI"
MATCH (c:Entity)
WHERE c.key = $name OR $name IN c.alias_keys
MATCH (c)-[r]-(other:Entity)
OPTIONAL MATCH (d:Document) WHERE d.id IN r.sources
WITH c, r, other, collect(d.name) AS documents
RETURN c.name AS entity, c.type AS type,
       CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation, other.name AS other, other.type AS other_type, r.status AS status,
       size(r.sources) AS sources, documents
ORDER BY relation, direction, other
