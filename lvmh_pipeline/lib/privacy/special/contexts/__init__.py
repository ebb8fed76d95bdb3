"""Art. 9 facts shown by their context rather than a lexicon term: a same-sex partner by the title, a masked party, a family migration history, an aside beside a term of its faith."""
