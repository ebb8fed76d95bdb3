"""Pseudonymization of free text: names, contact identifiers, addresses, special-category data."""
