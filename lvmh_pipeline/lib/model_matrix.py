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
    """Whitespace-token counts of ``concept_text`` for every row of a batch (a sparse matrix
    over the batch's own vocabulary), computed once and shared by every model."""

    def __init__(self, texts: pd.Series) -> None:
        # One C-level split of the whole batch; a control-character token marks where each row
        # ends (its column stays empty).
        tokens = f" {_ROW_END} ".join(texts.fillna("").astype(str).tolist()).split()
        codes, vocabulary = pd.factorize(np.fromiter(tokens, dtype=object, count=len(tokens)))
        self.vocabulary = pd.Index(vocabulary)
        ends = codes == (self.vocabulary.get_loc(_ROW_END) if _ROW_END in self.vocabulary else -1)
        rows = np.cumsum(ends)[~ends]
        self.matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, codes[~ends])),
                                        shape=(len(texts), len(vocabulary)))

    def tfidf(self, vectorizer: TfidfVectorizer) -> np.ndarray:
        """What ``vectorizer.transform`` gives for this batch, as a dense array."""
        terms = vectorizer.get_feature_names_out()
        where = self.vocabulary.get_indexer(terms)
        present = where >= 0
        # The batch's columns of the vectorizer's terms, placed at the terms' positions.
        k = int(present.sum())
        scatter = sparse.csr_matrix((np.ones(k), (np.arange(k), np.nonzero(present)[0])), shape=(k, len(terms)))
        counts = sparse.csr_matrix(self.matrix[:, where[present]] @ scatter)
        if vectorizer.binary:
            counts.data[:] = 1.0
        if vectorizer.sublinear_tf:
            counts.data = np.log(counts.data) + 1.0
        if vectorizer.use_idf:
            counts = counts @ sparse.diags(vectorizer.idf_)
        if vectorizer.norm:
            counts = normalize(counts, norm=vectorizer.norm, copy=False)
        return counts.toarray()


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
