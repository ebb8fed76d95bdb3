"""GDPR Art. 9 special categories: lexicon, spans, and the non-food allergy spans."""
