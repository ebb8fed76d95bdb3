"""A learned name tagger: a linear token classifier over hashed spelling, shape, lexicon and
context features, trained on the hand-labelled dev notes, that finds the names the rules miss (a
name after a verb, in a list, corrected mid-speech, in a script the rules do not frame). It runs
after the rules, on the text they left, and only adds names (:mod:`.tagger`); :mod:`.training`
rebuilds its weights."""
