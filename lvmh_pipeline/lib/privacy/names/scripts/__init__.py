"""Name rules of the scripts that need their own: Arabic (titles, family-name shapes, vowel
marks) and CJK / Hangul (honorific suffixes, surnames, couples), and East Asian names in other
scripts (``romanised``: "Jung Hye-won", "Lin Meiling"; ``cyrillic_japanese``: "Харуто Сузуки") — the
alphabetic languages share the rules one level up."""
