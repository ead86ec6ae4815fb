"""A Neo4j Browser style sheet (GraSS) from the ontology: one colour per entity type, nodes
captioned by name, relationships by type, documents small and grey. Paste it after `:style`
in Neo4j Browser (or drag the file onto it) so the graph reads the same as `kg export html`.
"""

from __future__ import annotations

from kg.ontology import Ontology, default_ontology


def _darker(hex_color: str) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.75) for c in (r, g, b)))


def grass(ontology: Ontology | None = None) -> str:
    onto = ontology or default_ontology()
    g = onto.graph
    blocks = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n"
        "  border-width: 2px;\n  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n"
        "  padding: 3px;\n  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n"
        "  caption: '<type>';\n}",
    ]
    for name, entity_type in onto.entity_types.items():
        color = entity_type.color
        blocks.append(
            f"node.{name} {{\n  color: {color};\n  border-color: {_darker(color)};\n"
            f"  caption: '{{{g.name_property}}}';\n  diameter: 55px;\n}}"
        )
    blocks.append(
        f"node.{g.document_label} {{\n  color: #D9D9D9;\n  border-color: #B0B0B0;\n"
        "  text-color-internal: #333333;\n  caption: '{name}';\n  diameter: 30px;\n}"
    )
    blocks.append(f"relationship.{g.mentions} {{\n  color: #E0E0E0;\n  shaft-width: 1px;\n}}")
    return "\n\n".join(blocks) + "\n"
