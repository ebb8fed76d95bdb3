"""Facts that grammatical or stated gender shows: a same-sex partner of a client whose gender the note says."""
