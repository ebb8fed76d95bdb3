"""Diets that changed: corrected in the same breath, given up, foods eaten again."""
