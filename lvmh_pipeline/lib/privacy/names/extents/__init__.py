"""How far a name found reaches, decided after the detection passes: a father's or family name
that is an ordinary word too after an Arabic name (:mod:`.arabic_words`), a surname that is a
product's name too at the end of a full name (:mod:`.product_words`); and where a word found as a
name is used as the word it also is (:mod:`.word_uses`)."""
