"""Contact identifiers said aloud in a voice transcription: phone numbers in number words
(:mod:`.phones`) or digit characters and readings (:mod:`.dense`), e-mail addresses spelt out with
the names of "@" and "." (:mod:`.emails`)."""
