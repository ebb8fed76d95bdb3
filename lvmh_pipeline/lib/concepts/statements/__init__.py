"""Whose constraint a note states, and whether it still holds: mistaken beliefs, exceptions to a denial, denials about another person."""
