"""Which taxonomy aliases are common words of which language (the cross-language guard).

Notes are matched with every language's aliases, so an alias must not fire where it is an
ordinary word of the note's language: Portuguese ``mala`` (a bag) is "bad" in Spanish and
Italian, Dutch ``tas`` (a bag) is "heap" in French, German ``Gift`` is English "gift". The
shipped ``taxonomy/common_words.json`` lists, for every one-word alphabetic alias key of the
taxonomy, the languages in which it is a common word: Zipf frequency ≥ :data:`ZIPF_THRESHOLD` (about once
per million words) in the `wordfreq <https://pypi.org/project/wordfreq/>`_ lists. It is data,
generated offline, so the pipeline needs no word lists at run time::

    pip install -e '.[taxonomy-tools]'
    python -m lvmh_pipeline.lib.concepts.common_words      # after editing concepts.json

Phrases are checked word by word (the matcher refuses a foreign phrase whose every word is
common in the note's language: French "or rose" is rose gold, English "gold or rose" is not): a
frequency estimated for the whole phrase would mark "make up for ever" common. A test fails when
the taxonomy holds an alias word the file has not checked.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from lvmh_pipeline.lib.common.text import DENSE_LANGUAGES
from lvmh_pipeline.lib.concepts.taxonomy import (
    DEFAULT_TAXONOMY_PATH,
    DICTIONARY_MATCHERS,
    LANGUAGES,
    Taxonomy,
    alias_pattern,
    load_taxonomy,
)

__all__ = ["COMMON_WORDS_PATH", "ZIPF_THRESHOLD", "alphabetic_keys", "build_common_words", "keys_digest", "load_common_words"]

COMMON_WORDS_PATH: Path = DEFAULT_TAXONOMY_PATH.with_name("common_words.json")
ZIPF_THRESHOLD = 3.0
# wordfreq needs MeCab / jieba to look words up in these; Latin words are not common there.
_UNCHECKED_LANGUAGES = DENSE_LANGUAGES - {"AR"}


def alphabetic_keys(taxonomy: Taxonomy) -> list[str]:
    """Every word of the folded keys of dictionary aliases in an alphabetic script, sorted, once each."""
    keys: set[str] = set()
    for concept in taxonomy.concepts:
        if concept.matcher not in DICTIONARY_MATCHERS:
            continue
        for aliases in concept.aliases.values():
            for alias in aliases:
                pattern = alias_pattern(alias)
                if not pattern.dense:
                    keys.update(word for key in pattern.keys for word in key.split())
    return sorted(keys)


def keys_digest(keys: list[str]) -> str:
    """A digest of the checked keys, to tell a stale file from a current one."""
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


def build_common_words(taxonomy: Taxonomy, threshold: float = ZIPF_THRESHOLD) -> dict[str, object]:
    """The document of ``common_words.json`` for ``taxonomy`` (needs the wordfreq package)."""
    from importlib.metadata import version

    from wordfreq import zipf_frequency

    keys = alphabetic_keys(taxonomy)
    languages = [lang for lang in LANGUAGES if lang not in _UNCHECKED_LANGUAGES]
    words: dict[str, list[str]] = {}
    for key in keys:
        text = key.replace("0", "1")
        common = [lang for lang in languages if zipf_frequency(text, lang.lower()) >= threshold]
        if common:
            words[key] = common
    return {
        "source": f"wordfreq {version('wordfreq')}, Zipf frequency >= {threshold}",
        "threshold": threshold,
        "checked_languages": languages,
        "checked_keys": len(keys),
        "checked_keys_sha256": keys_digest(keys),
        "words": words,
    }


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, frozenset[str]]:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return {key: frozenset(langs) for key, langs in raw["words"].items()}


def load_common_words(path: str | Path | None = None) -> dict[str, frozenset[str]]:
    """Folded alias key -> languages in which it is a common word (shipped file by default)."""
    return _load(str(Path(path or COMMON_WORDS_PATH)))


def main() -> None:
    """Regenerate ``taxonomy/common_words.json`` from the shipped taxonomy."""
    document = build_common_words(load_taxonomy())
    COMMON_WORDS_PATH.write_text(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{COMMON_WORDS_PATH}: {document['checked_keys']} keys checked, {len(document['words'])} common somewhere")


if __name__ == "__main__":
    main()
