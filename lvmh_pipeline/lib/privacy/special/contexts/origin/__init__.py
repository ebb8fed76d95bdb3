"""Ethnic origin told through a family: migration, generations, heritage languages."""
