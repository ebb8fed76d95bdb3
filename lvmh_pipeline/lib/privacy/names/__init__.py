"""Person names in notes: detection by cues, positions and scripts, lexicon, guards, occurrences."""
