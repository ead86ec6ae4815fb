"""Contextual token vectors of a sentence, and span vectors pooled from them.

onnxruntime and tokenizers are imported here only, so the rest of kg never needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from kg.errors import ExtractionError
from kg.extract.encoder.model_files import EncoderFiles


@dataclass(frozen=True)
class EncodedSentence:
    """The encoder's last hidden states (tokens x width) and each token's character span."""

    states: np.ndarray
    offsets: tuple[tuple[int, int], ...]

    def pool(self, spans: list[tuple[int, int]]) -> np.ndarray | None:
        """The mean vector of the tokens overlapping any span (sentence offsets), or None when
        no token does (the span fell past the encoder's token limit)."""
        rows = [i for i, (a, b) in enumerate(self.offsets)
                if b > a and any(a < end and b > start for start, end in spans)]
        return self.states[rows].mean(axis=0) if rows else None

    def mean(self) -> np.ndarray:
        return self.states.mean(axis=0)


class SentenceEncoder:
    """all-MiniLM-L6-v2 (or any BERT-style ONNX encoder with the same inputs) on the CPU."""

    def __init__(self, files: EncoderFiles, threads: int = 1) -> None:
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ExtractionError(
                f"the encoder needs the `encoder` extra ({exc.name} is missing): "
                "pip install 'surveillance-kg[encoder]'") from None
        options = onnxruntime.SessionOptions()
        # one thread: the output is then the same on every run, and `kg build` may run
        # several extractions side by side
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session: Any = onnxruntime.InferenceSession(
            str(files.model), options, providers=["CPUExecutionProvider"])
        self._tokenizer: Any = Tokenizer.from_file(str(files.tokenizer))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(files.max_tokens)
        self.width = int(self._session.get_outputs()[0].shape[-1])

    def encode(self, text: str) -> EncodedSentence:
        return self.encode_many([text])[0]

    def encode_many(self, texts: list[str], batch: int = 16) -> list[EncodedSentence]:
        """Sentences encoded a batch at a time (padded, masked): one model run per batch
        instead of one per sentence (the model's arithmetic is most of the time either way)."""
        out: list[EncodedSentence] = []
        for at in range(0, len(texts), batch):
            encs = self._tokenizer.encode_batch(texts[at:at + batch])
            width = max(len(e.ids) for e in encs)
            ids = np.zeros((len(encs), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, e in enumerate(encs):
                ids[row, :len(e.ids)] = e.ids
                mask[row, :len(e.ids)] = 1
            feeds = {"input_ids": ids, "attention_mask": mask,
                     "token_type_ids": np.zeros_like(ids)}
            states = self._session.run(None, feeds)[0]
            out += [EncodedSentence(states[row, :len(e.ids)].astype(np.float32),
                                    tuple(e.offsets)) for row, e in enumerate(encs)]
        return out
