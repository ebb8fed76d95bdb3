"""Allergy statements read with their grammar: verb-last intolerances, foods only served, allergies outgrown."""
