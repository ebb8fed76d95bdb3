"""Name classes of voice notes and of writers who spell names their own way: lower-case names after
an English title, after a kin word and a hesitation, before a kin apposition or beside a listed
surname (:mod:`.lowercase_cues`); a name spelt out letter by letter (:mod:`.spelled`); a given name
that is a month too after a kin word (:mod:`.months`); an Italian married name ("Rossi in Bianchi",
:mod:`.married`); a given name that is a word too after an occasion of a person ("el cumple de
Candela", :mod:`.occasions`); the places that are names too, where a note goes or is
(:mod:`.places`); and a noun for a person before a guessed age, no name ("Caballero ~50 años",
:mod:`.person_nouns`)."""
