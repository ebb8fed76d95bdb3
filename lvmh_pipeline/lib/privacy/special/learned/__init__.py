"""A learned Art. 9 tagger: a linear token classifier over hashed word and character features,
trained on the hand-labelled dev notes, that finds the special-category wording the lexicon has no
entry for ("stuck in rehab again", "her chemo", "on the picket line"). It runs after the lexicon and
only adds spans (:mod:`.tagger`); :mod:`.training` rebuilds its weights."""
