"""A self-contained interactive HTML page of the graph, for people who look rather than read.

The layout is computed here (networkx spring layout with a fixed seed, so the same graph
draws the same way); the page carries the data as JSON and a few lines of plain JavaScript
for pan, zoom, hover and a side panel that lists each node's relations and their sources.
No network access is needed to open it.
"""

from __future__ import annotations

import html
import json
from typing import Any

import networkx as nx

from kg.ontology import Ontology, default_ontology
from kg.snapshot import Snapshot

_SIZE = 1000.0


def _layout(snap: Snapshot) -> dict[tuple[str, str], tuple[float, float]]:
    graph = nx.Graph()
    for e in snap.entities:
        graph.add_node((e["type"], e["key"]))
    for r in snap.relations:
        graph.add_edge((r["s_type"], r["s_key"]), (r["o_type"], r["o_key"]))
    if not graph:
        return {}
    pos = nx.spring_layout(graph, seed=7, k=1.5 / max(len(graph), 1) ** 0.5)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {
        n: (40 + (x - min(xs)) / span * (_SIZE - 80), 40 + (y - min(ys)) / span * (_SIZE - 80))
        for n, (x, y) in pos.items()
    }


def page_data(snap: Snapshot, ontology: Ontology | None = None) -> dict[str, Any]:
    """Nodes, edges and document titles as the page's script expects them."""
    onto = ontology or default_ontology()
    pos = _layout(snap)
    ids = {(e["type"], e["key"]): f"n{i}" for i, e in enumerate(snap.entities)}
    docs = {d["id"]: d.get("title") or d.get("name") or d["id"] for d in snap.documents}
    nodes = [
        {
            "id": ids[(e["type"], e["key"])],
            "name": e["name"],
            "type": e["type"],
            "x": round(pos[(e["type"], e["key"])][0], 1),
            "y": round(pos[(e["type"], e["key"])][1], 1),
        }
        for e in snap.entities
    ]
    edges = [
        {
            "source": ids[(r["s_type"], r["s_key"])],
            "target": ids[(r["o_type"], r["o_key"])],
            "relation": r["relation"],
            "status": r["status"],
            "sources": [docs.get(d, d) for d in r.get("sources") or []],
            "evidence": list(r.get("evidence") or []),
        }
        for r in snap.relations
        if (r["s_type"], r["s_key"]) in ids and (r["o_type"], r["o_key"]) in ids
    ]
    colors = {name: t.color for name, t in onto.entity_types.items()}
    return {"nodes": nodes, "edges": edges, "colors": colors, "size": _SIZE}


def render_html(snap: Snapshot, title: str = "surveillance-kg graph") -> str:
    data = json.dumps(page_data(snap), ensure_ascii=False).replace("</", "<\\/")
    return _TEMPLATE.replace("__TITLE__", html.escape(title)).replace("__DATA__", data)


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>__TITLE__</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; display: flex; height: 100vh; }
  #graph { flex: 1; background: #fafafa; cursor: grab; }
  #panel { width: 340px; overflow-y: auto; padding: 12px 16px; border-left: 1px solid #ddd; }
  #legend span { display: inline-block; margin: 0 8px 4px 0; }
  #legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px;
              margin-right: 4px; }
  .edge { stroke: #999; stroke-width: 1.2; }
  .edge.denied, .edge.ended, .edge.hypothetical { stroke-dasharray: 4 3; }
  .elabel { font-size: 9px; fill: #666; }
  .node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
  .node text { font-size: 11px; pointer-events: none; }
  .node.selected circle { stroke: #000; stroke-width: 3; }
  li { margin-bottom: 8px; }
  blockquote { margin: 4px 0 0 0; color: #555; font-size: 12px; }
</style>
</head>
<body>
<svg id="graph" role="img" aria-label="__TITLE__"><g id="viewport"></g></svg>
<div id="panel">
  <h2>__TITLE__</h2>
  <div id="legend"></div>
  <p id="hint">Click a node to see its relations and the documents behind them.
  Drag to pan, scroll to zoom.</p>
  <div id="details"></div>
</div>
<script id="graph-data" type="application/json">__DATA__</script>
<script>
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.getElementById("graph"), vp = document.getElementById("viewport");
  const byId = Object.fromEntries(data.nodes.map(n => [n.id, n]));
  const el = (tag, attrs, parent) => {
    const e = document.createElementNS(NS, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    parent.appendChild(e); return e;
  };
  for (const e of data.edges) {
    const s = byId[e.source], t = byId[e.target];
    el("line", {class: "edge " + e.status, x1: s.x, y1: s.y, x2: t.x, y2: t.y,
                "data-relation": e.relation}, vp);
    const label = el("text", {class: "elabel", x: (s.x + t.x) / 2, y: (s.y + t.y) / 2}, vp);
    label.textContent = e.relation + (e.status === "asserted" ? "" : " (" + e.status + ")");
  }
  for (const n of data.nodes) {
    const g = el("g", {class: "node", "data-id": n.id, "data-type": n.type}, vp);
    el("circle", {cx: n.x, cy: n.y, r: 9, fill: data.colors[n.type] || "#999"}, g);
    el("text", {x: n.x + 12, y: n.y + 4}, g).textContent = n.name;
    g.addEventListener("click", () => show(n, g));
  }
  const legend = document.getElementById("legend");
  for (const type in data.colors) {
    const s = document.createElement("span");
    const dot = document.createElement("i");
    dot.style.background = data.colors[type];
    s.appendChild(dot); s.appendChild(document.createTextNode(type)); legend.appendChild(s);
  }
  function show(n, g) {
    document.querySelectorAll(".node.selected").forEach(x => x.classList.remove("selected"));
    g.classList.add("selected");
    const box = document.getElementById("details");
    box.replaceChildren();
    const h = document.createElement("h3"); h.textContent = n.name + " (" + n.type + ")";
    box.appendChild(h);
    const ul = document.createElement("ul"); box.appendChild(ul);
    for (const e of data.edges) {
      if (e.source !== n.id && e.target !== n.id) continue;
      const li = document.createElement("li");
      const other = byId[e.source === n.id ? e.target : e.source].name;
      const arrow = e.source === n.id ? " \u2192 " : " \u2190 ";
      li.textContent = e.relation + arrow + other +
        (e.status === "asserted" ? "" : " [" + e.status + "]") +
        " \u2014 sources: " + e.sources.join("; ");
      for (const sentence of e.evidence) {
        const q = document.createElement("blockquote"); q.textContent = sentence;
        li.appendChild(q);
      }
      ul.appendChild(li);
    }
  }
  let scale = 1, tx = 0, ty = 0, drag = null;
  const apply = () => vp.setAttribute("transform",
    "translate(" + tx + "," + ty + ") scale(" + scale + ")");
  svg.addEventListener("wheel", ev => {
    ev.preventDefault(); scale *= ev.deltaY < 0 ? 1.1 : 0.9; apply();
  }, {passive: false});
  svg.addEventListener("mousedown", ev => { drag = [ev.clientX - tx, ev.clientY - ty]; });
  window.addEventListener("mouseup", () => { drag = null; });
  window.addEventListener("mousemove", ev => {
    if (drag) { tx = ev.clientX - drag[0]; ty = ev.clientY - drag[1]; apply(); }
  });
  const w = svg.clientWidth || 800, h = svg.clientHeight || 600;
  scale = Math.min(w, h) / data.size; apply();
})();
</script>
</body>
</html>
"""
