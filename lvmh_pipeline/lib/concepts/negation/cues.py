"""Negator lexicons per language: pre-negators ("no", "kein", "لا"), two-word negators
("ما عندها", "nothing with"), post-negators ("allergies: none", "аллергии нет"), the JA/ZH/KO
character negators, and :func:`_cues`, a language's cached view of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.common.literals import Words

__all__ = ["COORDINATED_WORDS", "folded_set", "is_hangul"]


_PRE: dict[str, str] = {
    "FR": "pas aucun aucune sans jamais ni non nul nulle évite évitent déteste nie niant ras",
    "EN": "no not never without none nor neither t avoid avoids dislike dislikes hates non denies denied outgrew outgrown nobody",
    "IT": "non nessun nessuna nessuno senza mai evita evitare odia niente nega",
    "ES": "no sin ningún ninguna ninguno nunca ni tampoco evita evitar odia nada niega nadie",
    "DE": "kein keine keinen keiner keinem keines nicht ohne nie niemals weder vermeidet nix nüscht niemand",
    "PT": "não sem nenhum nenhuma nunca nem evita evitar nada nega ninguém",
    "NL": "geen niet zonder nooit noch vermijdt ontkent nergens niemand",  # "ze is nergens allergisch voor"
    "RU": "не нет без никаких никакой никакая никакого никакую никакие ни избегает отрицает никто",
    "AR": "لا بدون ليس ليست غير لم دون بلا لايوجد مفيش تجنب مش مو مب ولا وبدون ينفي تنفي نفت نفى "
          "ماعنده ماعندها ماعندهم ماعندو ماعندي ماعندهاش ماعندوش مافي مافيه فمش ومش فلا",  # "so / and not" glued
}
# Two-word negators whose first word alone is no negator (Arabic "ما" is also "what"):
# "ما عندها أي حساسية", "ما ياكل سمك".
_PRE_PAIRS: dict[str, tuple[str, ...]] = {
    "EN": ("tested negative", "tests negative", "test negative", "grew out", "no one",
           "nothing with", "nothing containing",  # "nothing with pork on the menu"
           "everything except", "everything but"),  # "eats everything except lamb": the one thing left out
    "DE": ("nichts mit", "alles außer", "alles ausser"),
    "FR": ("rien avec", "tout sauf", "personne n"),  # "personne n'a parlé d'allergies": nobody
    "NL": ("niets met", "alles behalve"),
    "IT": ("tutto tranne", "tutto eccetto"),
    "ES": ("todo menos", "todo excepto"),
    "PT": ("tudo menos", "tudo exceto"),
    "RU": ("всё кроме", "все кроме"),
    "AR": ("ما عنده", "ما عندها", "ما عندهم", "ما عندو", "ما في", "ما فيه", "ما فيها", "ما يحب", "ما تحب",
           "ما ياكل", "ما تاكل", "ما بياكل", "ما بتاكل", "ما يشرب", "ما تشرب", "ما يتحمل", "ما تتحمل",
           "ما يلبس", "ما تلبس", "ما بيحب", "ما بتحب",
           # "ما عندي", Egyptian "ما عندهاش", "ما تتحسس من", "ما تسبب لها أي حساسية"
           "ما عندي", "ما عندهاش", "ما عندوش", "ما عندهوش", "ما عنديش", "ما يتحسس", "ما تتحسس", "ما يتحسسش", "ما تتحسسش",
           "ما تسبب", "ما يسبب", "ما تسببلها", "ما تسببله"),
}
_POST: dict[str, tuple[str, ...]] = {
    "FR": ("aucune", "aucun", "non", "néant", "rien", "aucune connue", "aucune allergie", "jamais", "rien de connu",
           "rien à signaler", "négatif", "négatifs", "aucun connu", "pas connu", "ras", "à rien", "pas mentionnée",
           "pas mentionnées", "non mentionnée", "non mentionnées"),
    "EN": ("none", "no", "nil", "none known", "not known", "n a", "nothing", "nothing known", "never", "nope",
           "negative", "none reported", "none declared", "nothing reported", "none that she knows of",
           "none that he knows of", "none to report", "nothing to report", "nka", "nkda", "nkfa",
           "to nothing", "to anything",  # "allergic to nothing", "not allergic to anything"
           "not mentioned", "never mentioned", "weren t mentioned", "wasn t mentioned", "not brought up"),
    "IT": ("nessuna", "nessuno", "no", "nessuna nota", "niente", "nulla", "mai", "negativo", "nessuna conosciuta",
           "a niente", "a nulla", "non menzionate", "non menzionata", "mai menzionate"),
    "ES": ("ninguna", "ninguno", "no", "nada", "ninguna conocida", "nunca", "negativo", "ninguna que sepa", "a nada",
           "no mencionadas", "no mencionada", "sin mencionar"),
    "DE": ("keine", "keiner", "nein", "keine bekannt", "nicht bekannt", "vermeiden", "nichts", "nichts bekannt", "nie",
           "negativ", "keine bekannten", "nicht erwähnt", "nie erwähnt", "wurden nicht erwähnt", "wurde nicht erwähnt"),
    "PT": ("nenhuma", "nenhum", "não", "nada", "nunca", "nenhuma conhecida", "negativo", "a nada", "não mencionadas",
           "não mencionada", "não foram mencionadas"),
    "NL": ("geen", "nee", "geen bekend", "niets", "nooit", "niets bekend", "negatief", "niet genoemd", "niet vermeld"),
    "RU": ("нет", "отсутствует", "отсутствуют", "ничего", "никогда", "не имеет", "не имеется", "не выявлено",
           "не выявлена", "не обнаружено", "не отмечено", "никаких", "нету", "отрицает",
           # a diet not kept: "халяль не соблюдает", "вегетарианство не практикует"
           "не соблюдает", "не соблюдают", "не придерживается", "не придерживаются", "не практикует",
           # "Аллергии на пыльцу у неё нет"
           "у неё нет", "у нее нет", "у него нет", "у них нет", "у неё тоже нет", "у него тоже нет",
           # "На яйца аллергии больше нет": outgrown
           "больше нет", "уже нет", "теперь нет", "давно нет", "уже давно нет",
           # "аллергии не упоминались": not mentioned
           "не упоминались", "не упоминалась", "не упоминала", "не упоминал", "не упомянуты"),
    "AR": ("لا يوجد", "لا توجد", "لا", "ما في", "مافي", "لا شيء", "ولا شي", "ولا شيء", "ما عنده", "ما عندها", "أبدا"),
}
# English answers in notes written in another script ("Allergy: 계란 No, 우유 No", "Аллергии: N/A",
# "Nuts allergy none"; in Latin-script notes "no" and "n" are words of the language).
_CODE_SWITCH_POST = ("none", "no", "nil", "n a", "nope", "negative", "none known", "nka", "nkda", "nkfa")
_CODE_SWITCHED = frozenset({"JA", "KO", "ZH", "AR", "RU"})
_DENSE_PRE: dict[str, tuple[str, ...]] = {
    "ZH": ("没有", "沒有", "不喜欢", "避免", "无", "無", "不", "非", "未",
           "不是", "并不是", "並不是", "也不是", "并非", "並非", "不算",  # "她不是素食者": not one
           "没什么", "沒什麼", "没啥", "沒啥", "没有什么", "沒有什麼",
           "没有任何", "沒有任何", "无任何", "無任何",  # "没有任何过敏": "any" between the negator and the noun
           "没提", "没提到", "没有提到", "没提过", "未提及", "没说", "沒提"),  # not mentioned: "没提纪念日"
    "JA": ("非", "無", "ノン"),
    "KO": ("무",),
}
_DENSE_POST: dict[str, tuple[str, ...]] = {
    "ZH": ("没有", "沒有", "无", "無", "不吃", "不要", "不喝", "不碰", "不沾", "都没有", "暂无", "全都没有", "全部没有", "均无", "都没"),
    "JA": ("なし", "無し", "ない", "無い", "無く", "ありません", "ございません", "不要", "なく", "好まない", "はng", "ng",
           "はやめ", "をやめ", "やめた", "やめられ", "全部ない",
           # "糖質制限はしていない", "ヴィーガンはされていません": a diet not kept (the negator past a particle's reach)
           "していない", "してない", "していません", "しておらず", "されていない", "されてない", "されていません", "されておらず", "全部なし", "いずれもなし", "いずれもない", "すべてなし", "どれもない",
           # not mentioned: "記念日の言及なし", "記念日の話は特になし"
           "の言及なし", "言及なし", "の言及は", "の話はなし", "の話は特に", "の話はな"),
    "KO": ("없", "안 먹", "안함", "안 함", "싫어", "피할", "특이사항 없", "특이 사항 없", "특별히 없", "딱히 없",
           "별로 없", "전혀 없", "하나도 없", "따로 없", "따로는 없", "특별한 건 없", "별다른 건 없", "아무것도 없",
           # "비건 아니심", "채식은 안 하심", "저탄수 식단은 그만두셨음"
           "아니", "아닙", "안 하", "안하", "그만두", "그만뒀", "그만 두", "중단",
           # a diet not kept: "할랄은 안 지키세요", "코셔까지는 안 따르심"
           "안 지키", "안 지켜", "안 따르", "안 따라",
           # a symptom that does not come: "두드러기는 안 나요", "발진은 안 생기고"
           "안 나", "안 생기", "안 올라",
           # "알레르기 같은 건 없다고", "알레르기 같은 거 없음", "알레르기 X"
           "같은 건 없", "같은 거 없", "같은 것은 없", "같은 게 없", "x",
           # an adverb between "같은 건" and the negator: "알레르기 같은 건 전혀 없다고", "같은 거 딱히 없으심"
           "같은 건 전혀 없", "같은 거 전혀 없", "같은 건 하나도 없", "같은 거 하나도 없", "같은 건 딱히 없", "같은 거 딱히 없",
           "같은 건 특별히 없", "같은 거 특별히 없", "같은 건 따로 없", "같은 거 따로 없",
           # "알레르기 관련 특이사항 없음": "related" between the noun and its negator
           "관련 특이사항 없", "관련 특이 사항 없", "관련 이슈 없", "관련 문제 없", "관련 사항 없", "관련해서는 없",
           "관련 특별히 없",
           # not mentioned: "특별한 예산이나 기념일 언급 없음", "기념일 얘기는 없으셨음"
           "언급 없", "언급은 없", "언급이 없", "언급도 없", "얘기 없", "얘기는 없", "얘기도 없", "말씀 없", "말씀은 없",
           "관련 언급 없", "관련 언급은 없", "관련 언급이 없", "관련 얘기는 없",
           # a quantifier before the negator: "계란, 우유 알레르기 모두 없으심", "둘 다 아님"
           "모두 없", "전부 없", "다 없", "둘 다 없", "셋 다 없", "모두 다 없", "다 아니", "모두 아니", "전부 아니", "둘 다 아니"),
}
_COORDINATORS = "or and nor ou et ni o y e u oder und noch of en и или أو و".split()


def is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff"


def folded_set(words: str | Sequence[str]) -> frozenset[str]:
    items = words.split() if isinstance(words, str) else words
    return frozenset(" ".join(fold(w).split()) for w in items)


@lru_cache(maxsize=32)
def _cues(
    language: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...], dict[str, frozenset[str]]]:
    """(pre words, post phrases, first words of post phrases, dense pre, dense post, first words
    of two-word negators by their second word) for a language; every language's when unknown.
    The pre words include the second words of two-word negators."""
    if language in _PRE or language in _DENSE_PRE:
        langs = [language]
    else:
        langs = list(_PRE) + list(_DENSE_PRE)
    pre = frozenset().union(*(folded_set(_PRE.get(lang, "")) for lang in langs))
    post = frozenset().union(*(folded_set(_POST.get(lang, ())) for lang in langs))
    if language in _CODE_SWITCHED:
        post = post | folded_set(_CODE_SWITCH_POST)
    dense_pre = tuple(c for lang in langs for c in _DENSE_PRE.get(lang, ()))
    dense_post = tuple(c for lang in langs for c in _DENSE_POST.get(lang, ()))
    post_first = frozenset(phrase.split()[0] for phrase in post)
    pairs: dict[str, set[str]] = {}
    for lang in langs:
        for phrase in _PRE_PAIRS.get(lang, ()):
            first, second = fold(phrase).split()
            pairs.setdefault(second, set()).add(first)
            if lang == "AR":
                pairs[second].add("و" + first)  # "وما تاكل لحوم": "and" glued to the negator
    pre = pre | frozenset(pairs)
    return pre, post, post_first, dense_pre, dense_post, {k: frozenset(v) for k, v in pairs.items()}


COORDINATED_WORDS = folded_set(_COORDINATORS)
_NE = frozenset({"ne", "n"})
# First words of negative phrases that are no negators on their own (Arabic "ما" + verb).
_CONCORD_FIRST = frozenset({"ما", "وما"})  # French "ne … plus": "plus" negates after it


@lru_cache(maxsize=32)
def post_leads(language: str) -> dict[str, frozenset[str]]:
    """Short first words of post-negators that are none alone ("to nothing", "a nada", "не выявлено"),
    with the words that may follow them: a note's "to" or "a" can start a post-negator only before
    one of those (the rest of the clause must be the whole phrase), so the others are not tried."""
    post = _cues(language)[1]
    leads: dict[str, set[str]] = {}
    for phrase in post:
        words = phrase.split()
        if len(words) > 1 and len(words[0]) <= 2 and words[0] not in post:
            leads.setdefault(words[0], set()).add(words[1])
    return {first: frozenset(seconds) for first, seconds in leads.items()}


@lru_cache(maxsize=32)
def _cue_words(language: str) -> Words:
    """The words :func:`negation_flags` looks for in a note: pre-negators, first words of
    post-negators and of two-word negators, and "ne" / "n" / "plus" ("ne mange plus de porc")."""
    pre, _, post_first, _, _, pairs = _cues(language)
    return Words(pre | post_first | _NE | {"plus"} | frozenset().union(*pairs.values()))
