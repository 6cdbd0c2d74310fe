"""Static sentence embeddings: a table of token vectors shipped in the package, no torch, offline.

The table (`static_model/`) was distilled once from all-MiniLM-L6-v2 (model2vec's method, see
`scripts/build_static_embeddings.py` and `static_model/NOTICE`): every token of the model's
vocabulary went once through the transformer, and its output was kept. A sentence's vector is
then the mean of its tokens' rows, made unit length. That loses word order and context but
keeps what a plain word match misses: "destroyed" and "blown up", "crossing" and "bridge" sit
near each other. It needs only the `tokenizers` library (the model's own WordPiece tokenizer,
read from a file) and numpy; loading reads two local files and never touches a network.

The folder has model2vec's layout, so `model2vec.StaticModel.from_pretrained` loads it too.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

STATIC_MODEL_DIR = Path(__file__).resolve().with_name("static_model")
TABLE_FILE = "model.safetensors"
TOKENIZER_FILE = "tokenizer.json"
_BATCH = 2048  # texts per batch: bounds the (tokens x dims) float32 block gathered from the table


@dataclass(frozen=True)
class StaticEncoder:
    """A tokenizer and its table of token vectors: sentence vector = mean of the token rows."""

    tokenizer: object  # tokenizers.Tokenizer (untyped library)
    table: np.ndarray  # vocabulary x dims, float16 as shipped
    unknown: int | None  # the id of the unknown token, left out of the mean

    @classmethod
    def load(cls, folder: Path = STATIC_MODEL_DIR) -> StaticEncoder:
        """Read the table and tokenizer from `folder`: two local files, no network."""
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        tensors = load_file(str(folder / TABLE_FILE))
        table = tensors.get("embeddings")
        if table is None:
            raise ValueError(f"{folder / TABLE_FILE}: no 'embeddings' tensor")
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        if tokenizer.get_vocab_size() != table.shape[0]:
            raise ValueError(f"{folder}: tokenizer and table disagree on the vocabulary size")
        return cls(tokenizer=tokenizer, table=table, unknown=tokenizer.token_to_id("[UNK]"))

    @cached_property
    def _table32(self) -> np.ndarray:
        """The table as float32, converted once: converting each gathered token row again (20k claims:
        300k rows) cost 0.2 s, the whole table 0.01 s. The same values either way (float16 -> float32 is exact)."""
        return self.table.astype(np.float32)

    @property
    def dims(self) -> int:
        """Length of each vector."""
        return int(self.table.shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors of the texts (float32, one row each; zeros for a text with no known token)."""
        flat, lengths = self._token_ids(texts)
        ends = np.cumsum(lengths)
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for start in range(0, len(texts), _BATCH):
            stop = min(start + _BATCH, len(texts))
            tokens = flat[ends[start] - lengths[start] : ends[stop - 1]]
            out[start:stop] = self._mean_rows(tokens, lengths[start:stop])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out

    def _token_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The token ids of the texts one after another, the unknown token left out, and how many each has.

        With the BERT normalizer and pre-tokenizer (the shipped table's), a text's tokens are its
        space-separated pieces' tokens one after another: the normalizer works char by char and the
        pre-tokenizer splits at every space before WordPiece reads a word. So each distinct piece is
        tokenised once: claims repeat their words, and whole texts cost the tokenizer ~6 times as much
        (20k claims: 1.2 s against 0.2 s; ids compared equal on every claim of the events, PolNeAR dev
        and the benchmark). Any other tokenizer reads whole texts. The pieces' ids are laid end to end
        with numpy: a list of ids per text, built in Python, cost 0.27 s of 0.43 s on 20k claims.
        """
        tokenizer: Any = self.tokenizer
        if not texts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        if not _splits_at_spaces(tokenizer):
            rows = [e.ids for e in tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)]
            return self._known(rows)
        pieces = [text.split(" ") for text in texts]
        index: dict[str, int] = {}
        occurrences = np.fromiter(
            (index.setdefault(piece, len(index)) for row in pieces for piece in row),
            dtype=np.int64,
            count=sum(len(row) for row in pieces),
        )
        encodings = tokenizer.encode_batch_fast(list(index), add_special_tokens=False)
        ids, per_piece = self._known([e.ids for e in encodings])
        # Each occurrence of a piece reads its run of ids: one repeat of (run start - place) plus a range.
        counts = per_piece[occurrences]
        first = np.cumsum(per_piece) - per_piece
        total = int(counts.sum())
        flat = ids[np.repeat(first[occurrences] - (np.cumsum(counts) - counts), counts) + np.arange(total)]
        # A text's ids are those of its pieces: its count is a difference of running totals at its last piece.
        last = np.cumsum([len(row) for row in pieces]) - 1
        running = np.concatenate([[0], np.cumsum(counts)[last]])
        return flat, np.diff(running)

    def _known(self, rows: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
        """The ids of the rows end to end without the unknown token, and how many each row keeps."""
        lengths = np.array([len(row) for row in rows], dtype=np.int64)
        flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
        if self.unknown is None:
            return flat, lengths
        known = flat != self.unknown
        row_of = np.repeat(np.arange(len(rows)), lengths)
        return flat[known], np.bincount(row_of[known], minlength=len(rows))

    def _mean_rows(self, flat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Mean token vector of each row of token ids (`flat`, rows end to end; not yet unit length)."""
        out = np.zeros((lengths.size, self.dims), dtype=np.float32)
        filled = np.flatnonzero(lengths)
        if filled.size == 0:
            return out
        starts = np.concatenate([[0], np.cumsum(lengths[filled])[:-1]])
        sums = np.add.reduceat(self._table32[flat], starts, axis=0)
        out[filled] = sums / lengths[filled, None]
        return out


def _splits_at_spaces(tokenizer: Any) -> bool:
    """Whether the tokenizer's tokens of a text are those of its space-separated pieces in turn (BERT's)."""
    return (
        type(tokenizer.normalizer).__name__ == "BertNormalizer"
        and type(tokenizer.pre_tokenizer).__name__ == "BertPreTokenizer"
        and tokenizer.post_processor is None
    )


def static_model_available(folder: Path = STATIC_MODEL_DIR) -> bool:
    """True when the shipped table and tokenizer are there and their libraries import."""
    import importlib.util

    if not (folder / TABLE_FILE).is_file() or not (folder / TOKENIZER_FILE).is_file():
        return False
    try:
        return all(importlib.util.find_spec(name) is not None for name in ("tokenizers", "safetensors"))
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=1)
def static_encoder() -> StaticEncoder:
    """The shipped encoder, loaded once per process."""
    return StaticEncoder.load()


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Unit-length static embeddings of the texts, with the shipped table."""
    return static_encoder().encode(texts)
