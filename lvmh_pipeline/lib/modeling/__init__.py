"""Outcome labels, leakage-free features, model families, BG/NBD, training and backtests."""
