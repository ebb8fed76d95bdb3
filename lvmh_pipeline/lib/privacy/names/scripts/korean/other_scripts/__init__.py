"""Korean given names written in another script: romanised ones, and Hangul names before a Japanese or
Chinese honorific."""
