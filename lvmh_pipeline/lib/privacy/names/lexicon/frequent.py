"""Frequent ordinary words of Arabic and Korean, for the rules that take a word missing from the name
lexicon as a given name ("العميلة هتون", "زوجته مناير", "딸: 규리", "민채가").

A name the lexicon lacks can only be told from an ordinary word by what it is not: no listed word,
no verb or adjective by its shape, and — what these lists add — no word that a general corpus
uses often. The lists are data (``frequent_words`` in ``taxonomy/person_names.json``), written by
:func:`main` from the wordfreq corpus (Zipf frequency ≥ :data:`AR_ZIPF` / :data:`KO_ZIPF`), minus
the lexicon's own names, and only for the words the rules could take:

- Arabic: two to six letters, no article (ال, بال, لل …), no -ية / -يه, no present tense (a word
  of three letters or more opening with ي / ت) — :func:`ar_name_shaped`;
- Korean: two syllables that both occur in the lexicon's Korean given names (the words a
  syllable-shaped given name could be: "수리" repair, "지원" support), and three syllables, a
  surname's and two of those ("라운지" lounge, "이야기" story: the shape of a full name).

Regenerate after a lexicon change (needs the ``taxonomy-tools`` extra)::

    .venv/bin/python -m lvmh_pipeline.lib.privacy.names.lexicon.frequent
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.names.lexicon.cjk import KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.person_names import PERSON_NAMES_PATH, person_names

__all__ = ["AR_ZIPF", "KO_ZIPF", "ar_frequent", "ar_name_shaped", "ko_frequent"]

AR_ZIPF = 3.5
KO_ZIPF = 3.0
_AR_WORD = re.compile(r"[\u0621-\u064a]{2,6}")
_AR_ARTICLE = re.compile(r"(?:[وفبكل]?ال|لل)")
_KO_TWO = re.compile(r"[가-힣]{2}")
_KO_THREE = re.compile(r"[가-힣]{3}")


def ar_name_shaped(word: str) -> bool:
    """Could this Arabic word be a given name by its shape: two to six letters, no article, no
    -ية / -يه adjective, no present tense opening with ي / ت ("تحب", "يبحث")."""
    return (
        _AR_WORD.fullmatch(word) is not None
        and not _AR_ARTICLE.match(word)
        and not word.endswith(("ية", "يه"))
        and not (word[0] in "يت" and len(word) >= 3)
    )


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(PERSON_NAMES_PATH.read_text(encoding="utf-8")).get("frequent_words", {})
    return frozenset(raw.get("ar", ())), frozenset(raw.get("ko", ()))


def ar_frequent(word: str) -> bool:
    """Is ``word`` a frequent ordinary Arabic word ("جميلة" is a name too and stays out: names are
    the lexicon's)?"""
    return word in _lists()[0]


def ko_frequent(word: str) -> bool:
    """Is ``word`` (two Hangul syllables, or three shaped as a full name) a frequent ordinary Korean
    word ("수리", "우리", "라운지")?"""
    return word in _lists()[1]


def _zipf(frequency: float) -> float:
    return math.log10(frequency) + 9


def frequent_lists() -> dict[str, list[str]]:
    """The lists as :func:`main` writes them (wordfreq must be installed)."""
    from wordfreq import get_frequency_dict  # the taxonomy-tools extra, not a runtime dependency

    lexicon = person_names()
    names = lexicon.given | lexicon.surnames
    ar = sorted(
        w for w, f in get_frequency_dict("ar").items()
        if _zipf(f) >= AR_ZIPF and ar_name_shaped(w) and w not in names
    )
    syllables = {s for g in lexicon.given if re.fullmatch("[가-힣]{2,3}", g) for s in g}
    ko = sorted(
        w for w, f in get_frequency_dict("ko").items()
        if _zipf(f) >= KO_ZIPF and w not in names and (
            _KO_TWO.fullmatch(w) and w[0] in syllables and w[1] in syllables
            or _KO_THREE.fullmatch(w) and w[0] in KO_SURNAMES and w[1] in syllables and w[2] in syllables
        )
    )
    return {"ar": ar, "ko": ko}


def dump_lexicon(raw: dict) -> str:
    """``person_names.json`` as it is laid out: one line per list."""
    out, items = ["{"], list(raw.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, dict):
            out.append(f"  {json.dumps(key)}: {{")
            inner = list(value.items())
            for j, (k, v) in enumerate(inner):
                out.append(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" + ("," if j < len(inner) - 1 else ""))
            out.append("  }" + comma)
        else:
            out.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" + comma)
    return "\n".join(out + ["}"]) + "\n"


def main() -> None:
    raw = json.loads(PERSON_NAMES_PATH.read_text(encoding="utf-8"))
    lists = frequent_lists()
    ambiguous = raw.pop("ambiguous")
    raw["frequent_words"] = lists
    raw["ambiguous"] = ambiguous
    PERSON_NAMES_PATH.write_text(dump_lexicon(raw), encoding="utf-8")
    print({k: len(v) for k, v in lists.items()})


if __name__ == "__main__":
    main()
