import re

from kg.export.grass import grass
from kg.ontology import default_ontology


def test_style_sheet_has_a_block_per_type_with_the_ontology_colour():
    text = grass()
    onto = default_ontology()
    for name, entity_type in onto.entity_types.items():
        block = re.search(r"node\." + name + r" \{(.*?)\n\}", text, re.DOTALL)
        assert block, name
        assert f"color: {entity_type.color};" in block.group(1)
        assert "caption: '{name}';" in block.group(1)
    assert text.count("{") == text.count("}")
    assert "node.Document" in text and "relationship.MENTIONS" in text
