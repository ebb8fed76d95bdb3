"""Name rules of the scripts that need their own: Arabic (titles, family-name shapes, vowel
marks) and CJK / Hangul (honorific suffixes, surnames, couples) — the alphabetic languages share
the rules one level up."""
