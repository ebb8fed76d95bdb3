"""Occasions said by a phrase the taxonomy's aliases cannot spell alone: a word that is an occasion only
with a month after it (:mod:`.dated_events`), an age or a firm's years said in words ("Dad's seventieth", "les dix
ans de la boîte": :mod:`.worded_ages`), and the month a holiday implies when none is said (Thanksgiving, Easter by
the note's year, White Day: :mod:`.implied_months`)."""
