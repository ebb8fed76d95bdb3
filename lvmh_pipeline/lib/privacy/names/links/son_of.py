"""Arabic names linked to a name found by their place in the chain of names:

- the father's or family name after "بن" / "ابن" / "bin", even a word ("عبيد بن ثاني", "حمد بن سالم
  يعني"): "son of" itself is no identifier and stays, the name after it goes;
- a given name that is a word too, opening the note or a sentence right before a family name found
  ("سلامة [الكعبي] عميلة قديمة", "أمل [الشحي] زارتنا"): the lexicon holds it as a name, and a
  family name after it makes it one here;
- a family name missing from the lexicon after a given name found, when what follows is said of a
  person ("ريم دبوق اليوم", "محمد عبيدات مع ابنه", "منى كعكي عميلة جديدة"): no verb, participle,
  adverb or role of that place (the opening rules' test of a family name);
- without a name found: the family name after "بن" wherever it stands ("الطلب باسم بن طوق"; not
  coffee, "قهوة بن عربي"), and a given name of the lexicon, a word too, before "and her daughter"
  ("جات مع هدى وبنتها", "خالد وشريك حياته") (:func:`arabic_family_names`).

Neither a filler ("يعني"), a title, a client or kin word nor a word with the article (a noun) after
"بن" is taken, nor a common word before the family name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_COMMON,
    ARABIC_KIN_WORDS,
    ARABIC_NISBA_ADJECTIVES,
    ARABIC_TITLES,
    FILLERS,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import (
    _AFTER_GIVEN, _KIN_OF_PERSON, _PERSON_NOUNS, _PERSON_SUBJECT_VERBS, _TIME_BETWEEN, _may_be_family,
)
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["arabic_chain_names", "arabic_family_names"]

_LETTER = "\u0621-\u064a"
_SON_OF_THEN_WORD = re.compile(rf"[ \t]+(?:بن|ابن|bin|ibn|Bin|Ibn)[ \t]+([{_LETTER}]{{2,}})(?![{_LETTER}])")
_WORD_BEFORE = re.compile(rf"(?:^|(?<=[.!?؟\n:|]))[ \t\-•*]*([{_LETTER}]{{2,}})[ \t]+$")
_NOT_AFTER_SON_OF = frozenset(
    w for w in (*FILLERS, *ARABIC_TITLES, *ARABIC_CLIENT_WORDS, *ARABIC_KIN_WORDS) if "\u0600" <= w[:1] <= "\u06ff"
) | frozenset("اللي الذي التي هو هي يعني عم عمه عمها خاله خالها".split())


def _son_of_word(word: str) -> bool:
    return not word.startswith("ال") and word not in _NOT_AFTER_SON_OF


def _given_before_family(word: str) -> bool:
    return (
        not word.startswith("ال") and (is_given_name(word) or is_surname(word)) and classify(word) != COMMON
        and word not in ARABIC_COMMON and word not in _NOT_AFTER_SON_OF
    )


# Adverbs end in an alef (their tanween is read past: "شخصياً" is read "شخصيا"), feelings in "-انة"
_ADVERB_OR_ADJECTIVE_ENDINGS = ("ا", "اً", "ًا", "ةً", "انة", "انه", "انين")
_ADVERBS = frozenset("عادة عادةً مرة مره بعد قبل كذا هيك كذلك بسرعة فورا وحدها وحده بنفسها بنفسه".split())
_WORD_THEN_NEXT = re.compile(rf"[ \t]+([{_LETTER}]{{3,}})[ \t]+([{_LETTER}]+)")
_SAID_OF_PERSON = _PERSON_SUBJECT_VERBS | _AFTER_GIVEN | _TIME_BETWEEN | _KIN_OF_PERSON | _PERSON_NOUNS | frozenset(
    w for w in ARABIC_CLIENT_WORDS if not w.startswith("ال")
) | frozenset(("مع",))


def _family_after_given(text: str, start: int, end: int) -> PiiSpan | None:
    m = _WORD_THEN_NEXT.match(text, end)
    if not m or not is_given_name(text[start:end]) or m.group(2) not in _SAID_OF_PERSON:
        return None
    word = m.group(1)
    if word.startswith(("ال", "هال")) or word.endswith(_ADVERB_OR_ADJECTIVE_ENDINGS) or word in _ADVERBS or is_given_name(word):
        return None  # "شخصياً", "عادةً", "هالمرة", "زعلانة": an adverb, "this time", a feeling
    if not _may_be_family(word, m.group(2)):
        return None
    return PiiSpan(m.start(1), m.end(1), "NAME")


def arabic_chain_names(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """Names after "son of" a name found, and given names that are words before a family name found
    at the start of the note or of a sentence (see the module docstring)."""
    out = []
    for start, end in anchors:
        m = _SON_OF_THEN_WORD.match(text, end)
        if m and _son_of_word(m.group(1)):
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
        family = _family_after_given(text, start, end)
        if family:
            out.append(family)
        if text.startswith("ال", start) or text.startswith("[NAME]", start):
            before = _WORD_BEFORE.search(text, max(0, start - 24), start)
            if before and _given_before_family(before.group(1)):
                out.append(PiiSpan(before.start(1), before.end(1), "NAME"))
    return out


_SON_OF_FAMILY = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+[ \t]+)?بن[ \t]+([{_LETTER}]{{3,}})(?![{_LETTER}])")
_COFFEE = frozenset("قهوة قهوه حبوب بن محمصة كيس".split())
_KIN_OF_HER_OR_HIM = "|".join(sorted(w for w in ARABIC_KIN_WORDS if w.endswith(("ها", "ه"))))
# "شريك حياته" / "شريكة حياتها" (his / her life partner), "رفيق دربه": a partner said in two words
_PARTNER_PHRASE = r"(?:شريك|شريكة|رفيق|رفيقة)[ \t]+(?:حياته|حياتها|عمره|عمرها|دربه|دربها)"
_GIVEN_THEN_KIN = re.compile(
    rf"(?<![{_LETTER}])([{_LETTER}]{{2,}})[ \t]+و(?:{_PARTNER_PHRASE}|{_KIN_OF_HER_OR_HIM})(?![{_LETTER}])"
)


def arabic_family_names(text: str) -> list[PiiSpan]:
    """Family names after "بن" and given names before "and her daughter" with no name found (see the
    module docstring)."""
    spans = []
    if "بن" in text:
        for m in _SON_OF_FAMILY.finditer(text):
            before, word = (m.group(1) or "").strip(), m.group(2)
            if before in _COFFEE or not _son_of_word(word) or word in ARABIC_NISBA_ADJECTIVES or is_concept_word(word):
                continue
            if word.endswith("ي") and not (is_given_name(word) or is_surname(word)):
                continue  # "بن برازيلي": beans of an origin, an adjective
            spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    for m in _GIVEN_THEN_KIN.finditer(text):
        if is_given_name(m.group(1)) and m.group(1) not in _NOT_AFTER_SON_OF and not m.group(1).startswith("ال"):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
