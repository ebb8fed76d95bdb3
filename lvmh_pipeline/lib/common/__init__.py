"""Shared helpers every domain uses: text normalization, list cells, column contracts, metadata."""
