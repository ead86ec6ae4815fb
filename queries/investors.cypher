// title: Investors of a company and what else they fund
// description: >-
//   Who invested in a company, and every other company in the graph that the same investors
//   back; a way to see a funding network around a vendor.
// params:
//   company: {type: entity, description: "the company's name or an alias, e.g. Flock Safety"}
// example: kg query run investors --param company="Flock Safety"
MATCH (c:Company)
WHERE c.key = $company OR $company IN c.alias_keys
MATCH (i:Entity)-[r:INVESTED_IN]->(c)
WHERE r.status = 'asserted'
OPTIONAL MATCH (i)-[r2:INVESTED_IN]->(other:Company)
WHERE other <> c AND r2.status = 'asserted'
WITH c, i, r, collect(DISTINCT other.name) AS also_funds
RETURN i.name AS investor, i.type AS investor_type, c.name AS company,
       size(r.sources) AS sources, also_funds
ORDER BY investor
