"""A given name that is also an ordinary word, after a possessive and a kin word ("his fiancée
Amber, who …", "her son, Jack, turns ten", "my partner, um, Hope.", "sa fille Rose, 8 ans").

:func:`.kin.kin_names` takes a known name after a kin word but leaves a word ("avec son Birkin",
"her daughter Ruby earrings"). Here the phrase must be a person's: a possessive or determiner
before the kin word, the name closed by punctuation, a possessive "'s" or a verb a person is the
subject of — not a noun ("Ruby earrings", "Rose gold"). Transcription fillers and a comma may
stand between the kin word and the name ("his partner, uh, Will.").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.given.kin import _ENGLISH_POSSESSIVES, _KIN_ADJECTIVES, _KIN_DETERMINERS, _english_son
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS, COMMON, NAME, UNKNOWN, classify, is_given_name, is_place_month_or_brand, is_surname, is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_CLIENT_WORDS, ARABIC_KIN_WORDS, ARABIC_NAMING_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon.fillers import FILLERS, HESITATION_PATTERN
from lvmh_pipeline.lib.privacy.names.positions.words import _CAP_RE, _KIN_AMBIGUOUS, _LAST_WORD, _given_form

__all__ = ["cjk_kin_latin_names", "kin_word_names", "latin_given_in_arabic", "latin_kin_arabic_names"]

_FILLER = "|".join(re.escape(f) for f in sorted({f for f in FILLERS if f.isascii()}, key=len, reverse=True))
# The kin word, then a comma, fillers and commas, then the name
_GAP = re.compile(rf"[ \t]*(?:,[ \t]*)?(?:(?:(?i:{_FILLER})|{HESITATION_PATTERN})(?![\w'’])[ \t]*[,.…]*[ \t]*)*")
# What closes a person's name: punctuation, a possessive, a verb or a relative pronoun
_CLOSE = re.compile(
    r"(?:['’]s(?!\w)|[ \t]*(?:[,.;:!?)—–]|$)|[ \t]+(?:is|was|has|had|wants|wanted|likes|loves|prefers|turns|"
    r"will|would|said|says|asked|mentioned|who|and|just|also|got|gets|needs|adores|est|a|aime|veut|adore|qui|et|"
    r"è|ha|ama|vuole|adora|che|es|tiene|quiere|que|y|ist|hat|mag|will|liebt|und|heeft|wil|houdt|en|die|é|tem|"
    r"quer|gosta|e)(?!\w))"
)


# A copula between the kin word and the name ("her dad is Frank", "sa fille s'appelle Rose")
_COPULA = re.compile(
    r"[ \t]+(?:is|was|est|ist|heißt|heisst|heet|è|es|é|is[ \t]+called|is[ \t]+named|s['’]appelle|si[ \t]+chiama"
    r"|se[ \t]+llama|chama-se|se[ \t]+chama)[ \t]+(?=[A-ZÀ-Þ])"
)
# A partner after "together with" ("a year together with Aurora", "insieme con Viola", "zusammen mit Ilse")
_TOGETHER = re.compile(
    r"(?<![\w'’])(?i:together[ \t]+with|insieme[ \t]+(?:con|a)|zusammen[ \t]+mit|ensemble[ \t]+avec|junto[ \t]+(?:con|a)"
    r"|juntos?[ \t]+com|samen[ \t]+met)[ \t]+(?=[A-ZÀ-Þ])"
)
# A small child's name after "little" in running text ("the christening of little Ivy,")
_LITTLE = re.compile(r"(?<![\w'’])(?:little|petite|petit|piccola|piccolo|pequeña|pequeño|pequena|pequeno|kleine|kleinen|kleiner)[ \t]+(?=[A-ZÀ-Þ])")

# Kin words written as a title before a first name ("Granny Hope", "Auntie Joy", "Nonna Stella")
_KIN_TITLES = frozenset(
    """granny grandma grandpa nana grandad granddad aunt auntie aunty uncle nonna nonno zia zio mamie papi
    tata tonton tante oma opa tía tío tia tio avó avô vovó vovô""".split()
)


def kin_word_names(text: str) -> list[PiiSpan]:
    spans = []
    for kin_start, stop, kin_word in scan(text).kin:
        title = kin_word[0].isupper() and kin_word.casefold() in _KIN_TITLES  # "for Granny Hope's 90th"
        if kin_word[0].isupper() and not title and not _sentence_start(text, kin_start):
            continue  # a German noun ("Tochter Mai"): the known names are :func:`.kin.kin_names`'
        if kin_word.casefold() in _KIN_AMBIGUOUS and not _english_son(text, kin_start, kin_word):
            continue  # "avec son Birkin"
        copula = _COPULA.match(text, stop)
        if not title and not _determined(text, kin_start) and not (copula and _sentence_start(text, kin_start)):
            continue  # "Daughter Harvard, son Eton": a telegraphic list
        gap = copula or _GAP.match(text, stop)
        first = _CAP_RE.match(text, gap.end())
        if not first or len(first.group()) < 2 or first.group().isupper():
            continue
        word, end = first.group(), first.end()
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2  # "Granny Hope's 90th"
        if classify(word) not in (AMBIGUOUS, NAME) and not _given_form(word):
            continue
        if is_place_month_or_brand(word) or not _CLOSE.match(text, end):
            continue
        if title and is_vocabulary(word) and not is_given_name(word):
            continue  # "Tata Steel", "Nonna Pasta": a firm or a thing named with a kin word, no given name after it
        spans.append(PiiSpan(first.start(), end, "NAME"))
    if "ittle" in text or "eque" in text or "etit" in text or "iccol" in text or "leine" in text:
        spans += _little_names(text)
    if "ogether" in text or "nsieme" in text or "usammen" in text or "nsemble" in text or "unto" in text or "samen" in text:
        spans += _little_names(text, _TOGETHER)
    return spans


def _little_names(text: str, pattern: re.Pattern[str] = _LITTLE) -> list[PiiSpan]:
    spans = []
    for m in pattern.finditer(text):
        first = _CAP_RE.match(text, m.end())
        if not first or len(first.group()) < 3 or first.group().isupper():
            continue
        word, end = first.group(), first.end()
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        closed = _CLOSE.match(text, end) or pattern is _TOGETHER and text[end : end + 2].strip() in ("(", "")
        if classify(word) in (AMBIGUOUS, NAME) and is_given_name(word) and not is_place_month_or_brand(word) and closed:
            spans.append(PiiSpan(first.start(), end, "NAME"))
    return spans


# A Korean or Japanese kin word before a Latin given name in a code-switching note ("남편 Hope 생일",
# "娘 Lily の入学祝い"): the name closed by the other script or punctuation.
_CJK_KIN_LATIN = re.compile(
    r"(?<![가-힣])(?:와이프|남편|아내|부인|딸|아들|따님|아드님|남자친구|여자친구|약혼자|약혼녀|손녀|손자|남편분|아내분"
    r"|娘|息子|ご主人|奥様|旦那様|彼女|彼氏|太太|老婆|老公|妻子|丈夫|女儿|儿子|女兒|兒子|女朋友|男朋友|未婚妻|未婚夫|孙女|孙子)"
    # a Chinese comma and a hesitation may stand between ("他太太，嗯，Chloe，…")
    r"[ \t]*[:：，,]?[ \t]*(?:(?:嗯|呃|额|啊|那个)[ \t]*[，,…]*[ \t]*)?"
    r"([A-Z][a-z]+)(?=[ \t]*(?:[가-힣\u3040-\u30ff\u4e00-\u9fff,.;:)!?、。，]|$))"
)


def cjk_kin_latin_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _CJK_KIN_LATIN.finditer(text):
        word = m.group(1)
        if (classify(word) in (AMBIGUOUS, NAME) or _given_form(word)) and not is_place_month_or_brand(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# A code-switching Arabic note: a kin word in English or French, then the name in Arabic script
# ("for her husband تبعها جاد", "sa fille تبعها ريم"), past a possessive of the dialect.
_LATIN_KIN_ARABIC = re.compile(
    r"(?<![A-Za-z])(?i:husband|wife|son|daughter|fianc[ée]e?|partner|mari|femme|fils|fille|hubby)[ \t]+"
    r"(?:(?:تبعها|تبعه|تبعو|تاعها|تاعو|تاعه|ديالها|ديالو|دياله)[ \t]+)?([\u0621-\u064a]{2,})"
)


def latin_kin_arabic_names(text: str) -> list[PiiSpan]:
    return [PiiSpan(m.start(1), m.end(1), "NAME") for m in _LATIN_KIN_ARABIC.finditer(text) if is_given_name(m.group(1))]


# An Arabic kin, naming or client word, then a name in Latin letters closed by Arabic or punctuation ("زوجها Fadi
# Aoun،", "بنتها Maya تتخرج", "صديقتها Hala Abi Nader", "اسمها Joy،", "العميلة Rose Green"): the given name and
# family name (after a client word, a given name alone must be no word: "العميل VIP").
_LATIN_PART = r"(?:(?:Abi|Abou|Abu|Bou|Bu|El|Al|Bin|Ben)[ \-])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_ARABIC_KIN_LATIN = re.compile(
    rf"(?<![\u0621-\u064a])[وف]?(?P<cue>{'|'.join(sorted(ARABIC_KIN_WORDS | ARABIC_NAMING_WORDS | frozenset(ARABIC_CLIENT_WORDS), key=len, reverse=True))})"
    r"[ \t]*[:：]?[ \t]+"
    rf"(?P<given>[A-Z][a-z]+)(?P<rest>(?:[ \t]{_LATIN_PART}){{0,2}})(?=[ \t]*(?:[\u0621-\u064a،,.;:)!?؟(–—-]|$))"
)


def arabic_kin_latin_names(text: str) -> list[PiiSpan]:
    """A relative's name in Latin letters after an Arabic kin word (see above): the given name must be
    a name of the lexicon or unknown, no word, place or brand; the words after it are its family name."""
    spans = []
    for m in _ARABIC_KIN_LATIN.finditer(text):
        given, rest = m.group("given"), m.group("rest").strip()
        named = m.group("cue") in ARABIC_NAMING_WORDS  # "اسمها Joy،": what she is called, a word or not
        if classify(given) not in (NAME, AMBIGUOUS, UNKNOWN) or is_place_month_or_brand(given) or (
            classify(given) == AMBIGUOUS and not rest and not named
        ) or m.group("cue") in ARABIC_CLIENT_WORDS and not rest and classify(given) != NAME:
            continue
        if rest and any(
            classify(w) == COMMON and not is_surname(w) or is_place_month_or_brand(w) for w in re.split(r"[ \t\-]", rest) if len(w) > 3
        ):
            rest = ""  # "العميلة Rose Green": a family name that is a word too stays one
            if m.group("cue") in ARABIC_CLIENT_WORDS and classify(given) != NAME:
                continue  # "عميل Black Card": a card, no client's name
        spans.append(PiiSpan(m.start("given"), m.end("rest") if rest else m.end("given"), "NAME"))
    return spans


# A capitalised Latin word inside Arabic running text ("Layla زارت المحل", "اتصل Rami وقال").
_LATIN_WORD = re.compile(r"(?<![A-Za-z'’.@_-])([A-Z][a-z]{2,})(?![A-Za-z'’@_-])")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def _arabic_or_edge(text: str, i: int, step: int) -> bool | None:
    """The nearest letter from ``i`` going ``step``: True when Arabic, None at the text's edge or
    past punctuation only, False when Latin or a digit."""
    j = i
    while 0 <= j < len(text) and text[j] in " \t":
        j += step
    if not 0 <= j < len(text):
        return None
    if _ARABIC_LETTER.match(text[j]):
        return True
    return None if text[j] in "\n،,.:;؛!?()-–—" else False


def latin_given_in_arabic(text: str) -> list[PiiSpan]:
    """A known given name (no word, place or brand) in Latin letters standing alone among Arabic
    words: a person, whatever stands around it ("Omar يريد ساعة")."""
    spans = []
    for m in _LATIN_WORD.finditer(text):
        word = m.group(1)
        if classify(word) != NAME or not is_given_name(word) or is_place_month_or_brand(word):
            continue
        before, after = _arabic_or_edge(text, m.start() - 1, -1), _arabic_or_edge(text, m.end(), 1)
        if before is False or after is False or not (before or after):
            continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


def _sentence_start(text: str, i: int) -> bool:
    return not text[:i].strip() or text[:i].rstrip()[-1] in ".!?\n"


def _determined(text: str, kin_start: int) -> bool:
    """A possessive or determiner before the kin word (past an adjective: "his youngest son")."""
    previous = _LAST_WORD.search(text, max(0, kin_start - 14), kin_start)
    if previous is not None and previous.group(1).casefold() in _KIN_ADJECTIVES:
        previous = _LAST_WORD.search(text, max(0, previous.start(1) - 14), previous.start(1))
    if previous is None:
        return text[max(0, kin_start - 3) : kin_start].rstrip().endswith(("'s", "’s"))
    return previous.group(1).casefold() in _KIN_DETERMINERS | _ENGLISH_POSSESSIVES
