"""The model matrix of several fitted pipelines over one scoring batch, tokenizing once.

Every target's pipeline starts with the same ``ColumnTransformer`` shape (:mod:`.models`): a
TF-IDF block over ``concept_text``, numeric passthrough, and for elite a BG/NBD step and a PCA
of the embedding. Calling ``pipeline[:-1].transform`` per target re-tokenizes the concept text
in sklearn's pure-Python counting loop each time, which was most of the scoring time.
:class:`ConceptCounts` counts the tokens of a batch once, vectorized, and
:func:`model_matrix` rebuilds each pipeline's transform from them: the same vocabulary, idf,
sublinear tf and norm as the fitted ``TfidfVectorizer``, the other blocks through their own
fitted ``transform``. The tests check equality with ``pipeline[:-1].transform``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import normalize

TEXT_COLUMN = "concept_text"
_ROW_END = "\x01"  # not whitespace to str.split; numpy would strip a NUL


class ConceptCounts:
    """The whitespace tokens of ``concept_text`` for every row of a batch, coded once and shared
    by every model; :meth:`tfidf` counts only the terms of one vectorizer."""

    def __init__(self, texts: pd.Series, terms: Sequence[str] = ()) -> None:
        # One C-level split of the whole batch; a control-character token marks where each row
        # ends.
        tokens = f" {_ROW_END} ".join(texts.fillna("").astype(str).tolist()).split()
        codes, vocabulary = pd.factorize(np.fromiter(tokens, dtype=object, count=len(tokens)))
        self.vocabulary = pd.Index(vocabulary)
        ends = codes == (self.vocabulary.get_loc(_ROW_END) if _ROW_END in self.vocabulary else -1)
        self.n_rows = len(texts)
        self.rows = np.cumsum(ends)[~ends]
        self.codes = codes[~ends]
        # Counted once for every model that shares them (see :func:`shared_terms`).
        self._terms = pd.Index(list(dict.fromkeys(terms)))
        self._term_counts = self.counts(self._terms)

    def counts(self, terms: Sequence[str]) -> np.ndarray:
        """(rows, terms) matrix of how often each term occurs in each row."""
        position = np.full(len(self.vocabulary), -1, dtype=np.int64)  # batch token code -> term column
        where = self.vocabulary.get_indexer(terms)
        position[where[where >= 0]] = np.nonzero(where >= 0)[0]
        term = position[self.codes]
        keep = term >= 0
        flat = np.bincount(self.rows[keep] * len(terms) + term[keep], minlength=self.n_rows * len(terms))
        return flat.reshape(self.n_rows, len(terms)).astype(np.float64)

    def tfidf(self, vectorizer: TfidfVectorizer) -> np.ndarray:
        """What ``vectorizer.transform`` gives for this batch, as a dense array."""
        terms = vectorizer.get_feature_names_out()
        columns = self._terms.get_indexer(terms)
        counts = self._term_counts[:, columns] if (columns >= 0).all() else self.counts(terms)
        present = counts > 0
        if vectorizer.binary:
            counts[present] = 1.0
        if vectorizer.sublinear_tf:
            counts[present] = np.log(counts[present]) + 1.0
        if vectorizer.use_idf:
            counts *= vectorizer.idf_
        return normalize(counts, norm=vectorizer.norm, copy=False) if vectorizer.norm else counts


def shared_terms(pipelines: Sequence[Pipeline]) -> list[str]:
    """Every term of the pipelines' concept TF-IDF blocks (what :class:`ConceptCounts` should count)."""
    terms: dict[str, None] = {}
    for pipeline in pipelines:
        columns = pipeline.named_steps.get("features") if hasattr(pipeline, "named_steps") else None
        for name, transformer, selected in getattr(columns, "transformers_", []):
            if selected == TEXT_COLUMN and _is_plain_tfidf(transformer):
                terms.update(dict.fromkeys(transformer.get_feature_names_out()))
    return list(terms)


def _is_plain_tfidf(transformer: object) -> bool:
    """A whitespace-token TF-IDF our counts reproduce (``\\S+`` tokens, no lowercasing, words)."""
    return (
        isinstance(transformer, TfidfVectorizer)
        and transformer.analyzer == "word" and not transformer.lowercase and transformer.token_pattern == r"\S+"
        and transformer.ngram_range == (1, 1) and transformer.tokenizer is None and transformer.preprocessor is None
        and transformer.stop_words is None and transformer.strip_accents is None
    )


def _dense(matrix: object) -> np.ndarray:
    return matrix.toarray() if sparse.issparse(matrix) else np.asarray(matrix, dtype=np.float64)


def model_matrix(pipeline: Pipeline, features: pd.DataFrame, counts: ConceptCounts | None = None) -> np.ndarray:
    """``pipeline[:-1].transform(features)`` as float64, with the TF-IDF block from ``counts``.

    Falls back to the pipeline's own transform when its first step is not a ColumnTransformer
    of the kind :mod:`.models` builds, or no counts are given.
    """
    columns = pipeline.named_steps.get("features") if hasattr(pipeline, "named_steps") else None
    if counts is None or not isinstance(columns, ColumnTransformer) or pipeline.steps[0][1] is not columns:
        return _dense(pipeline[:-1].transform(features))
    blocks = []
    for name, transformer, selected in columns.transformers_:
        if name == "remainder" or transformer == "drop":
            continue
        if selected == TEXT_COLUMN and _is_plain_tfidf(transformer):
            blocks.append(counts.tfidf(transformer))
        elif transformer == "passthrough":
            blocks.append(features[selected].to_numpy(dtype=np.float64))
        else:
            blocks.append(_dense(transformer.transform(features[selected])))
    matrix = np.hstack(blocks) if blocks else np.zeros((len(features), 0))
    for _, step in pipeline.steps[1:-1]:
        matrix = _dense(step.transform(matrix))
    return matrix
