// title: Platforms scraped, and by whom
// description: >-
//   Every platform a company is reported to have scraped, with the scraper and how many
//   documents say so; give a platform to see only who scraped it.
// params:
//   platform: {type: entity, default: null, description: "only this platform (name or alias)"}
// example: kg query run platforms-scraped --param platform=Facebook
MATCH (c:Company)-[r:SCRAPED]->(p:Platform)
WHERE r.status = 'asserted'
  AND ($platform IS NULL OR p.key = $platform OR $platform IN p.alias_keys)
RETURN p.name AS platform, c.name AS scraped_by, size(r.sources) AS sources,
       r.confidence AS confidence
ORDER BY platform, scraped_by
