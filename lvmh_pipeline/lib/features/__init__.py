"""Note embeddings (with their cache) and client vectors."""
