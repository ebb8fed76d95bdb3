"""Backtests: expanding-window folds, out-of-time evaluation."""
