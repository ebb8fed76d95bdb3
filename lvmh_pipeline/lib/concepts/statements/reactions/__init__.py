"""Allergies told by a reaction instead of the word: the symptoms (words) and the cue spans they make with a
trigger in their clause (cues), and a food outside the allergen list eaten before a symptom (eaten)."""
