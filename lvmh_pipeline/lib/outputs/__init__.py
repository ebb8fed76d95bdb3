"""The dashboard document and page."""
