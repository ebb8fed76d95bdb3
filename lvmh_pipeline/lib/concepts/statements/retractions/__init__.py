"""Statements that take a constraint back or narrow it: mistaken beliefs (denials), exceptions to a denial
and denials about someone else (exceptions), corrections and their phrases, spoken turns, open questions, an allergy called a story (talk: "예전 얘기", "농담이었대요")."""
