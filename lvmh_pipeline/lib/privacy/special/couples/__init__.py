"""Same-sex couples told by the shape of speech rather than by a term (:mod:`.spoken`); the
lexicon's ``partners`` and :mod:`special.contexts.titled_partners` read the written forms."""
