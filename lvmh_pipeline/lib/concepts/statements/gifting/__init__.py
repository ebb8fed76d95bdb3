"""Gift statements: what a gift excludes, gifts for groups and how many."""
