// title: Company records and articles
// description: >-
//   For one company, its dataset records (contracts with amounts and award ids) and the
//   articles that mention it, side by side: records first, newest first, each with the
//   relations it supports.
// params:
//   name: {type: entity, description: "the company's name or an alias, e.g. Palantir"}
// example: kg query run company-records-and-articles --param name=Palantir
MATCH (c:Company)
WHERE c.key = $name OR $name IN c.alias_keys
MATCH (d:Document)-[:MENTIONS]->(c)
OPTIONAL MATCH (c)-[r]-(:Entity)
WHERE d.id IN r.sources
WITH c, d, collect(DISTINCT CASE WHEN r IS NULL THEN NULL ELSE type(r) END) AS relations
RETURN c.name AS company,
       CASE WHEN d.dataset IS NULL THEN 'article' ELSE 'record' END AS kind,
       coalesce(d.dataset, d.outlet, '') AS source, d.name AS document,
       coalesce(d.title, '') AS title, coalesce(d.date, '') AS date, d.amount AS amount,
       d.currency AS currency, d.award_id AS award_id, d.url AS url, relations
ORDER BY kind DESC, date DESC, document
