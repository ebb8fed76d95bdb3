"""Concept extraction from notes: taxonomy, matching, negation, budgets, months, client profiles."""
