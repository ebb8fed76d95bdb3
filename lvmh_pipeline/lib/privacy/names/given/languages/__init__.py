"""Given names read with one language's help: Russian endings, English kin words."""
