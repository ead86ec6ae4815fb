// title: Documents that mention an entity
// description: >-
//   Every document that names an entity (by any alias), newest first, with its title, outlet
//   and link.
// params:
//   name: {type: entity, description: "the entity's name or an alias"}
// example: kg query run documents-mentioning --param name=ICE
MATCH (n:Entity)
WHERE n.key = $name OR $name IN n.alias_keys
MATCH (d:Document)-[:MENTIONS]->(n)
RETURN n.name AS entity, d.name AS document, d.title AS title, d.outlet AS outlet,
       d.date AS date, d.url AS url
ORDER BY date DESC, document
