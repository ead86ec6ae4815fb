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
MATCH p = shortestPath((a)-[*..15]-(b))
WHERE a <> b AND length(p) <= $max_hops AND all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops,
       [r IN relationships(p) |
         startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + ': ' + r.evidence[0]] AS evidence
ORDER BY hops
LIMIT 1
