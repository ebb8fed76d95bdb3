"""Same-sex couples told by the shape of speech or by the partner's name rather than by a term
(:mod:`.spoken`, :mod:`.named`); the lexicon's ``partners`` and :mod:`special.contexts.titled_partners`
read the written forms."""
