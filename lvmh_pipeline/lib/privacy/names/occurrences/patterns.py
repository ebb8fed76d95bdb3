"""Token patterns and the Chinese, Korean and Russian word lists of the occurrence pass."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.lexicon import JA_HONORIFICS, KO_HONORIFICS, ZH_HONORIFICS

_ALPHA = "A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff"
_ARABIC = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_TOKEN = re.compile(rf"[{_ALPHA}]+(?:['’][{_ALPHA}]+)*|[{_ARABIC}]+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7af]+")
_KO_NOT_GIVEN = "임님씨이가은는도의과와을를께"
_KO_COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
_ARABIC_CHAR = re.compile(f"[{_ARABIC}]")
_ELISIONS = ("d'", "d’", "l'", "l’", "dell'", "dell’", "all'", "all’", "dall'", "dall’", "nell'",
             "nell’", "sull'", "sull’", "qu'", "qu’")
_SAINTS = frozenset({"saint", "sainte", "st", "ste", "san", "santa", "santo", "sao", "sankt"})
_CJK_HONORIFICS = tuple(sorted(set(JA_HONORIFICS + ZH_HONORIFICS + KO_HONORIFICS), key=len, reverse=True))
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_NAME_SPLIT = re.compile(r"[ \u3000・·•]+")
# Characters after which a lone Chinese surname is the subject of a clause ("马说", "马是",
# "陈，"): verbs and particles that follow a person.
_ZH_AFTER_SUBJECT = frozenset("说是在要想也都很对和跟就还又不没已会能让把被给去来觉希喜爱讲问表提选买看的")
# Characters that never end a given name glued to a surname ("王的", "陈说").
_ZH_NOT_GIVEN = frozenset("的了是在和与说也都就还很对给跟要想会能把被让先女小太夫老总董经律医教博阿氏家")
_ZH_PUNCT = frozenset("，。、；：！？（）【】「」《》“”‘’,.;:!?() \u3000\n\t")
# A one-syllable Korean surname found before an honorific stands alone elsewhere in the note,
# before punctuation or at its end ("송 사장님과 통화. 송, 다음 주 재방문", "고객: 최."), or before a
# word when the syllable is no ordinary word ("윤 오늘 재방문"; not "이 가방", "안 됨", "전 담당").
_KO_LONE_AFTER = re.compile(r"[ \t]*(?:[,.:;!?()（）/·\]\-–—]|$|\n)")
_KO_LONE_WORD_AFTER = re.compile(r"[ \t]+[\uac00-\ud7af]")
_KO_WORD_SYLLABLES = frozenset("이그저전한안더또좀잘못두세네새각총본대고구현부왜꼭다막참딱제내너뭐늘곧줄수것등및약별양명원번때중위차후초말첫온옛헌맨순단진정오주시도우나소연")
# An honorific or a role after a space: "구민호 회장님 … 구 회장님 시계 수리" (구 is "former" too,
# but the note named 구민호).
_KO_HONORIFIC_AFTER = re.compile(
    r"[ \t]?(?:님|씨|고객님|여사님|선생님|사모님|회장님|대표님|원장님|교수님|사장님|실장님|부장님|이사님|고객|여사|회장|대표)"
    r"(?![\uac00-\ud7af])|[ \t]?(?:님|씨)"
)
# Where a lone surname opens a clause: the note's start, punctuation, a hesitation ("최지우 님 …
# 음 그 최 반지 보심"); not after a word ("두 장 구매": 장 counts scarves).
_KO_CLAUSE_BEFORE = re.compile(r"(?:^|[,.:;!?()/\]\n]|(?<![가-힣])(?:음|어|그|저|그러니까|아|네))[ \t]*$")
# Not after a number or a counter ("3 층, 김 …" is fine, "1 차," is no name) — a digit before the
# syllable makes it a unit.
_KO_LONE_BEFORE = re.compile(r"[0-9][ \t]*$")
# Russian case endings of surnames and given names (Орлов → Орлова, Орлову, Орловым …).
_RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ский", ("ского", "скому", "ским", "ском", "ские", "ских", "ская", "ской", "скую")),
    ("цкий", ("цкого", "цкому", "цким", "цком", "цкие", "цких", "цкая", "цкой", "цкую")),
    ("ская", ("ской", "скую", "ские", "ских")),
    ("цкая", ("цкой", "цкую")),
    # a family in the plural ("Кузнецовы" → "Кузнецовым", "у Кузнецовых") and adjective surnames
    # ("Белый" → "Белого", "Белому"; "Толстой" → "Толстого"; "Белая" → "Белой")
    ("овы", ("овых", "овым", "овыми")),
    ("евы", ("евых", "евым", "евыми")),
    ("ины", ("иных", "иным", "иными")),
    ("ый", ("ого", "ому", "ым", "ом", "ая", "ой", "ую", "ые", "ых")),
    ("ой", ("ого", "ому", "ым", "ом", "ая", "ую", "ые", "ых")),
    ("ая", ("ой", "ую", "ые", "ых")),
    ("ова", ("овой", "ову", "овою", "овы", "овых")),
    ("ева", ("евой", "еву", "евы", "евых")),
    ("ина", ("иной", "ину", "ины", "иных")),
    ("ов", ("ова", "ову", "овым", "ове", "овы", "овых", "овыми", "овой")),
    ("ев", ("ева", "еву", "евым", "еве", "евы", "евых", "евой")),
    ("ёв", ("ёва", "ёву", "ёвым", "ёве", "ёвы", "ёвых")),
    ("ин", ("ина", "ину", "иным", "ине", "ины", "иных", "иной")),
    ("ий", ("ия", "ию", "ием", "ии")),
    ("ей", ("ея", "ею", "еем", "ее")),  # Андрей → Андрея, Андрею, Андреем
    ("ай", ("ая", "аю", "аем", "ае")),  # Николай
    ("ь", ("я", "ю", "ем", "е")),  # Игорь
    ("а", ("ы", "е", "у", "ой", "ою", "и")),
    ("я", ("и", "е", "ю", "ей")),
    ("", ("а", "у", "ом", "е", "ым", "ой")),
)
# The nominatives a Russian given name found in an oblique case may have ("с Андреем" → Андрей,
# "для Лейлы" → Лейла, "с Игорем" → Игорь): the note names the person again in the nominative.
_RU_LEMMAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ием", ("ий",)), ("ией", ("ия",)), ("ии", ("ия", "ий")), ("ию", ("ия", "ий")),
    ("ем", ("ей", "ь", "й")), ("ём", ("ь",)), ("ом", ("",)), ("ой", ("а",)), ("ою", ("а",)), ("ей", ("я", "а")),
    ("ы", ("а",)), ("и", ("а", "я", "ь")), ("у", ("а", "")), ("ю", ("я", "й", "ь")), ("е", ("а", "я", "")),
    ("а", ("",)), ("я", ("й", "ь")),
)
