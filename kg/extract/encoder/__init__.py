"""The optional "rules+encoder" extractor: a pretrained sentence encoder and a small relation
classifier that add, to the rules' findings, relations between the entities the rules found.

The rules stay the default (no model download, deterministic, fast). This extractor needs the
`encoder` extra (onnxruntime, tokenizers) and the encoder's files, fetched once from Maven
Central by `kg encoder fetch`. See docs/encoder.md for what it gains and costs.
"""

NAME = "rules+encoder"
