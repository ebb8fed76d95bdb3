"""Contact identifiers said aloud in a voice transcription: phone numbers in number words
(:mod:`.phones`) or digit characters and readings (:mod:`.dense`), e-mail addresses spelt out with
the names of "@" and "." (:mod:`.emails`), messenger ids said after the app's name (:mod:`.ids`),
the last digits of a card or an account (:mod:`.endings`), IBANs partly in words (:mod:`.accounts`);
:mod:`.digits` reads a run of digits in figures, words and digit characters for them."""
