"""Korean given names found without a family name: unknown given names after a person word, staff given names before a
staff title."""
