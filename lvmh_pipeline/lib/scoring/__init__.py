"""Predictions from the champion models, the scoring matrix, the predict CLI and reports."""
