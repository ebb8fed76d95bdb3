"""Keeping regression models inside what they have seen.

A Poisson GLM predicts exp(w·x): a client whose inputs lie far outside the training range (ten
times the largest order count) gets an exponentially large prediction, which is how an elite CLV
ensemble once predicted 149,947 for a client who then spent 5,763. Two guards, both in the
fitted pipeline (so training, selection and scoring see the same numbers):

- :class:`RangeClipper` clips every input column to the range it had on the training clients,
  in front of the GLM member;
- :class:`BoundedRegressor` caps the ensemble's output at ``max_ratio`` × the largest training
  label (and at 0 from below).
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, RegressorMixin, TransformerMixin, clone

DEFAULT_MAX_RATIO = 1.5


class RangeClipper(TransformerMixin, BaseEstimator):
    """Clip each column to its [min, max] on the training rows."""

    def fit(self, X: object, y: object = None) -> RangeClipper:
        values = np.asarray(X, dtype=np.float64)
        self.low_ = np.nanmin(values, axis=0) if len(values) else np.zeros(values.shape[1])
        self.high_ = np.nanmax(values, axis=0) if len(values) else np.zeros(values.shape[1])
        self.n_features_in_ = values.shape[1]
        return self

    def transform(self, X: object) -> np.ndarray:
        return np.clip(np.asarray(X, dtype=np.float64), self.low_, self.high_)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        if input_features is not None:
            return np.asarray(input_features, dtype=object)
        return np.asarray([f"x{i}" for i in range(self.n_features_in_)], dtype=object)


class BoundedRegressor(RegressorMixin, BaseEstimator):
    """``regressor`` whose predictions are clipped to [0, ``max_ratio`` × max training label]."""

    def __init__(self, regressor: object = None, max_ratio: float = DEFAULT_MAX_RATIO):
        self.regressor = regressor
        self.max_ratio = max_ratio

    def fit(self, X: object, y: object) -> BoundedRegressor:
        y = np.asarray(y, dtype=np.float64)
        self.regressor_ = clone(self.regressor).fit(X, y)
        self.cap_ = float(self.max_ratio * max(float(np.max(y)) if len(y) else 0.0, 0.0))
        self.n_features_in_ = getattr(self.regressor_, "n_features_in_", np.asarray(X).shape[1])
        return self

    def predict(self, X: object) -> np.ndarray:
        return np.clip(self.regressor_.predict(X), 0.0, self.cap_)
