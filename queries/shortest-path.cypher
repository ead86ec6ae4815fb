// title: Shortest path between two entities
// description: >-
//   How two entities are connected through reported relations (documents are not hops), with
//   one evidence sentence for each hop.
// params:
//   from: {type: entity, description: "the first entity's name or alias"}
//   to: {type: entity, description: "the second entity's name or alias"}
//   max_hops: {type: int, default: 6, description: "longest path to consider"}
// example: kg query run shortest-path --param from=Palantir --param to=Facebook
MATCH (a:Entity) WHERE a.key = $from OR $from IN a.alias_keys
MATCH (b:Entity) WHERE b.key = $to OR $to IN b.alias_keys
MATCH p = allShortestPaths((a)-[:{{RELATION_TYPES}}*..6]-(b))
WHERE a <> b AND length(p) <= $max_hops
WITH [n IN nodes(p) | n.name] AS path, length(p) AS hops,
     [r IN relationships(p) |
       startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + ': ' + r.evidence[0]] AS evidence
RETURN path, hops, evidence
ORDER BY hops, path, evidence
LIMIT 1
// variant: embedded
// FalkorDB has no undirected shortestPath, so this walks simple paths up to six hops and
// keeps the shortest; the same ordering makes both stores pick the same path.
MATCH (a:Entity) WHERE a.key = $from OR $from IN a.alias_keys
MATCH (b:Entity) WHERE b.key = $to OR $to IN b.alias_keys
MATCH p = (a)-[:{{RELATION_TYPES}}*1..6]-(b)
WHERE a <> b AND length(p) <= $max_hops
WITH [n IN nodes(p) | n.name] AS path, length(p) AS hops,
     [r IN relationships(p) |
       startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + ': ' + r.evidence[0]] AS evidence
RETURN path, hops, evidence
ORDER BY hops, path, evidence
LIMIT 1
