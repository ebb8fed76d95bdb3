"""Corrections: what follows a constraint in its clause and takes it back.

"Nickel allergy NOT confirmed", "peanuts are fine", "乳糖不耐受是搞错了", "الجلوتين غلط", a
negative test even after "but", a question answered "no" or a spoken self-correction right after
the constraint ("keto, no, I mean low carb"), and "all" closing a list of constraints ("eggs, milk,
wool — all fine"): :func:`correction_flags` marks the constraints taken back.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.negation import (
    BRACKETS, COORDINATED_WORDS, MAX_CHARS_BACK, Scope, breaks_between, is_hangul,
)
from lvmh_pipeline.lib.concepts.statements.turns import ARROWS, arrow_answered, turn_after

__all__ = ["answered_no", "correction_flags"]

# Corrections: what follows a constraint in its clause and takes it back ("Nickel allergy NOT
# confirmed", "peanuts are fine", "乳糖不耐受是搞错了", "الجلوتين غلط", "니켈 … 잘못 적힌").
_CORRECTIONS: dict[str, tuple[str, ...]] = {
    "FR": ("n'importe quoi", "pas vrai", "ne la gêne pas", "ne le gêne pas", "ne la dérange pas", "ne le dérange pas", "aucune gêne", "guérie", "guéri", "disparue", "disparu", "c'est passé", "passée avec l'âge", "pas confirmée", "pas confirmé", "non confirmée", "non confirmé", "infirmée", "infirmé", "une erreur",
           "par erreur", "erronée", "erroné", "ça va", "pas de problème", "aucun problème", "finalement non",
           "finalement pas", "à supprimer", "sans problème", "pose pas de problème", "sans souci", "sans aucun problème", "sans problèmes",
           "le tolère bien", "la tolère bien", "les tolère bien", "tolère bien", "supporte bien", "le supporte bien"),
    "EN": ("nonsense", "rubbish", "not true", "untrue", "doesn't bother her", "doesn't bother him", "does not bother her", "does not bother him", "no trouble with it", "outgrew it", "outgrown", "went away", "has gone", "resolved", "cleared up", "grew out of it", "not confirmed", "unconfirmed", "ruled out", "was a mistake", "a mistake", "was wrong", "is wrong",
           "in error", "by mistake", "is fine", "are fine", "is ok", "are ok", "is okay", "are okay", "no problem",
           "not a problem", "not an issue", "no issue", "no longer", "to be deleted", "to be removed", "incorrect",
           "fine", "ok", "okay", "is normal", "are normal", "normal levels", "tolerates it well", "tolerates it fine",
           "tolerates well", "tolerates fine", "without any problem", "without a problem", "without problems", "with no problem", "without any issue", "without issues", "turned out she isn't", "turned out he isn't", "turned out she wasn't", "turned out he wasn't", "turned out not to be", "isn't after all", "wasn't after all"),
    "IT": ("sciocchezza", "sciocchezze", "non è vero", "non le dà fastidio", "non gli dà fastidio", "non le dà problemi", "non gli dà problemi", "guarita", "guarito", "sparita", "sparito", "non confermata", "non confermato", "non confermate", "esclusa", "escluso", "un errore", "per errore",
           "errata", "errato", "va bene", "vanno bene", "nessun problema", "alla fine no", "da cancellare",
           "da eliminare", "non è un problema", "senza problemi", "senza alcun problema",
           "lo tollera bene", "la tollera bene", "tollera bene", "nella norma"),
    "ES": ("tontería", "no es cierto", "no es verdad", "no le molesta", "no le molestan", "no le afecta", "no le afectan", "curada", "curado", "se le pasó", "se le quitó", "desapareció", "no confirmada", "no confirmado", "descartada", "descartado", "un error", "por error", "errónea",
           "erróneo", "está bien", "están bien", "sin problema", "ningún problema", "no hay problema",
           "al final no", "a borrar", "no es problema", "sin problemas", "sin ningún problema",
           "no le sienta mal", "le sienta bien", "lo tolera bien", "la tolera bien", "tolera bien"),
    "DE": ("Unsinn", "Quatsch", "stimmt nicht", "stört sie nicht", "stört ihn nicht", "stören sie nicht", "stören ihn nicht", "macht ihr nichts", "macht ihm nichts", "verschwunden", "ausgewachsen", "geheilt", "vorbei", "verwachsen", "nicht bestätigt", "ausgeschlossen", "ein Irrtum", "Irrtum", "ein Fehler", "irrtümlich", "fälschlich",
           "falsch", "kein Problem", "unproblematisch", "ist okay", "sind okay", "ist ok", "sind ok", "doch nicht",
           "zu löschen", "nicht mehr", "problemlos", "ohne Probleme", "ohne Problem", "gut verträglich", "verträgt es gut"),
    "PT": ("disparate", "não é verdade", "não a incomoda", "não o incomoda", "não incomoda", "não lhe faz mal", "curada", "curado", "desapareceu", "não confirmada", "não confirmado", "descartada", "descartado", "um engano", "engano", "um erro",
           "por erro", "errada", "errado", "está bem", "sem problema", "nenhum problema", "afinal não",
           "a apagar", "não é problema", "sem problemas", "sem qualquer problema", "sem nenhum problema",
           "tolera bem"),
    "NL": ("onzin", "niet waar", "stoort haar niet", "stoort hem niet", "heeft er geen last van", "genezen", "verdwenen", "ontgroeid", "niet bevestigd", "uitgesloten", "een vergissing", "vergissing", "misverstand", "een fout", "foutief",
           "onjuist", "klopt niet", "geen probleem", "is prima", "zijn prima", "toch niet", "te schrappen",
           "niet meer", "zonder problemen", "zonder probleem",
           "verdraagt het goed", "verdraagt goed"),
    "RU": ("ерунда", "чепуха", "неправда", "не беспокоит", "не беспокоят", "не мешает", "не реагирует", "прошла", "прошло", "прошёл", "исчезла", "исчезло", "переросла", "перерос", "не подтвердилась", "не подтвердилось", "не подтвердился", "не подтверждена", "не подтверждено",
           "ошибка", "ошибочно", "по ошибке", "ошибочная", "без проблем", "не проблема", "нормально переносит",
           "всё-таки нет", "все таки нет", "удалить",
           "хорошо переносит", "в норме", "в порядке"),
    "AR": ("كلام فاضي", "ما تضرها", "ما تأثر عليها", "ما يأثر عليه", "راحت", "راح عنه", "راحت عنها", "انتهت", "ما عادت", "ما عاد", "غلط", "خطأ", "بالخطأ", "غير صحيح", "مش صحيح", "مو صحيح", "امسح", "لا مشكلة", "ما في مشكلة", "عادي", "عادي تاكله",
           "عادي تاكلها", "عادي ياكله", "ما يضره", "ما يضرها",
           "ما عندها مشكلة", "ما عنده مشكلة", "مفيش مشكلة", "تم نفيها", "غير مؤكدة"),
    "JA": ("改善", "良くなった", "よくなった", "治まっ", "も大丈夫", "は平気", "も平気", "治った", "治りました", "治っ", "なくなった", "卒業", "異常なし", "異常なく", "問題なし", "問題ない", "問題なく", "問題ありません", "大丈夫", "ともにOK", "ともにok", "心配はない", "気にしていない", "ではなかった", "じゃなかった", "ではありません",
           "ではない", "間違い", "誤り", "誤記", "削除", "否定された", "確認されず", "かどうか", "勘違い", "正常"),
    "KO": ("다 드심", "다 드세요", "모두 드심", "다 잘 드", "다 괜찮", "잘 드심", "잘 드세요", "잘 드십니다", "잘 먹", "문제없이 드", "나으셨", "나았", "나아졌", "호전", "좋아지", "좋아졌", "없어졌", "없어지", "사라졌", "사라지", "졸업", "괜찮아지", "이상 없", "이상없", "정상", "걱정 없", "걱정은 없", "아님", "아니었", "아니래", "아니라고", "잘못", "오류", "괜찮", "문제없", "문제 없", "삭제", "해당 없",
           "확인 안 됨", "다 가능", "전부 가능", "모두 가능", "드셔도 돼", "드셔도 됨", "드셔도 괜찮", "은 드심", "는 드심", "은 드세요", "는 드세요", "도 드심", "은 드십니다", "는 드십니다",
           "은 먹음", "는 먹음", "은 먹어요", "는 먹어요", "은 드실 수 있", "는 드실 수 있", "음성",
           "아니시", "아니셨", "착각", "있는지", "있으신지", "인지 확인", "할지", "하실지",
           # permission and ability, not a relative clause ("드실 수 있는 메뉴"): "땅콩은 드셔도 됩니다"
           "드셔도 되", "드셔도 됩", "드셔도 된", "먹어도 되", "먹어도 돼", "먹어도 됩", "먹어도 된", "드셔도 무방", "먹어도 무방", "상관없", "상관 없", "섭취 가능",
           "드실 수 있으", "드실 수 있어", "드실 수 있음", "드실 수 있습", "먹을 수 있어", "먹을 수 있음", "먹을 수 있습",
           "먹을 수 있으", "선물 가능", "드려도 되", "드려도 됨", "드려도 돼",
           "필요 없", "필요없"),  # "채식 메뉴는 따로 필요 없으심": not needed
    "ZH": ("好转", "已改善", "改善了", "都能吃", "都可以吃", "不影响", "好了", "已经好了", "痊愈", "治好", "没有了", "正常", "搞错", "弄错", "记错", "写错", "误记", "有误", "错误", "没问题", "沒問題", "没有问题", "不是过敏",
           "删掉", "删除", "刪除", "排除了", "是否", "有没有", "有沒有", "是不是"),
}
# English corrections in notes of every language ("알레르기: Egg, Dairy 다 OK", "الحساسية: nuts OK").
_CODE_SWITCH_CORRECTIONS = ("ok", "okay", "no problem", "all good", "not an issue")
# A negative test takes an allergy back even after "but" ("thought she was allergic to nickel,
# but the patch test was negative", "Verdacht auf Latex, aber Test negativ", "检测是阴性").
_NEGATIVE_TESTS: dict[str, tuple[str, ...]] = {
    "FR": ("négatif", "négative", "test négatif", "tests négatifs", "s'est révélé négatif", "écarté", "écartée"),
    "EN": ("negative", "tested negative", "came back negative", "test was negative", "tests were negative",
           "ruled out", "not confirmed"),
    "IT": ("negativo", "negativa", "test negativo", "è risultato negativo", "esclusa", "escluso"),
    "ES": ("negativo", "negativa", "prueba negativa", "dio negativo", "salió negativo", "descartada", "descartado"),
    "DE": ("negativ", "Test negativ", "negativ getestet", "ausgeschlossen", "nicht bestätigt"),
    "PT": ("negativo", "negativa", "teste negativo", "deu negativo", "descartada", "descartado"),
    "NL": ("negatief", "test negatief", "negatief getest", "uitgesloten", "niet bevestigd"),
    "RU": ("отрицательный", "отрицательная", "отрицательные", "тест отрицательный", "не подтвердилась",
           "не подтвердилось"),
    "AR": ("سلبي", "سلبية", "النتيجة سلبية", "غير مؤكدة"),
    "JA": ("陰性",),
    "KO": ("음성",),
    "ZH": ("阴性", "陰性"),
}
# A question answered "no" right after a constraint takes it back ("gluten too? no, just dairy",
# "Nussallergie? → nein").
# So does a bare "no" after a dash, colon or comma ("На никель — нет, проверяли", "Lactose, não.").
# And a spoken self-correction: "keto, no, I mean low carb", "الكيتو، لا، قصدي لو كارب".
_NO = (r"(?:no|non|nein|nee|não|nao|нет|لا|いいえ|いや|なし|아니요|아니|없음|不是|不对|没有|不|none|keine|kein|geen|aucune|aucun|"
       r"nessuna|nessuno|ninguna|ninguno|nenhuma|nenhum|nil)")
_I_MEAN = (
    r"(?:i mean|sorry|je veux dire|pardon|ich meine|quiero decir|perdón|cioè|volevo dire|quer dizer|ou seja|"
    r"ik bedoel|я имею в виду|то есть|точнее|قصدي|أقصد|اقصد|يعني|つまり|じゃなくて|그러니까|是说|我是说)"
)
_NO_ANSWER = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*){0,2}[?？؟][^\S\n]*(?:(?:→|->|=>|[—–-])[^\S\n]*)?" + _NO + r"(?![^\W\d_])"
    r"|[^\S\n]*[—–:：,،、，-][^\S\n]*" + _NO + r"[^\S\n]*(?=[,.;!)/|\n、。，]|$)"
    r"|[^\S\n]*[,،、，][^\S\n]*" + _NO + r"[^\S\n]*[,،、，]?[^\S\n]*" + _I_MEAN + r"(?![^\W\d_])",
    re.IGNORECASE,
)
_CORRECTION_WORDS = 6  # words allowed between a constraint and its correction
# A contrast opens another statement: "allergic to nuts but eggs are fine".
_CONTRAST = frozenset("but mais aber pero ma mas maar но а لكن بس ولكن however cependant jedoch".split())
_CORRECTION_CHARS = 14  # likewise, in characters, for JA/ZH/KO
_DENSE_COORDINATORS = frozenset("と や 和 及 与 跟 或 와 과 랑 및 나 이랑 하고 이나 و".split())
# A correction stays in the clause of what it corrects; a colon or an arrow does not end it
# ("Allergy: Nickel → not confirmed").
_CORRECTION_BREAK = re.compile(r"[.;!?,()\n。！？；、，؛؟،•|]|\s[-–—]\s|" + BRACKETS)


# A constraint over now, or denied when asked, in the next clause: like a negative test it
# reaches over a comma ("小时候对鸡蛋过敏，现在没事了", "كان عنده حساسية من البيض، الحين ما عنده",
# "问她是不是对鸡蛋过敏，她说不是").
_RESOLVED_NOW: dict[str, tuple[str, ...]] = {
    "EN": ("no longer allergic", "she said no", "he said no"),
    "FR": ("maintenant ça va", "n'est plus allergique", "elle a dit non", "il a dit non"),
    "DE": ("inzwischen nicht mehr", "jetzt nicht mehr"),
    "RU": ("сейчас уже нет", "сейчас всё в порядке", "сейчас все в порядке"),
    "JA": ("今は大丈夫", "今は平気", "今はもう大丈夫", "違うとのこと", "違うそうです"),
    "KO": ("지금은 괜찮", "이제는 괜찮", "아니라고"),
    "ZH": ("现在没事", "現在沒事", "现在已经好了", "现在好了", "现在不过敏", "已经不过敏", "她说不是", "他说不是", "她说没有", "他说没有"),
    "AR": ("الحين ما عنده", "الحين ما عندها", "الآن ما عنده", "الآن ما عندها", "الان ما عنده", "الان ما عندها",
           "قالت لا", "قال لا"),
}


@lru_cache(maxsize=32)
def _strong_phrases(language: str) -> tuple[str, ...]:
    langs = [language] if language in _NEGATIVE_TESTS else list(_NEGATIVE_TESTS)
    return tuple(sorted({" ".join(fold(p).split()) for lang in langs
                         for p in _NEGATIVE_TESTS[lang] + _RESOLVED_NOW.get(lang, ())}))


def _strong(folded: str, start: int, language: str | None) -> bool:
    """A negative-test phrase starts at ``start`` (it crosses a "but")."""
    return any(folded.startswith(p, start) for p in _strong_phrases((language or "").upper()))


@lru_cache(maxsize=32)
def _corrections(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(alphabetic, dense) folded correction phrases for ``language`` (every language's when unknown)."""
    langs = [language] if language in _CORRECTIONS else list(_CORRECTIONS)
    phrases = {" ".join(fold(p).split()) for lang in langs
               for p in _CORRECTIONS[lang] + _NEGATIVE_TESTS.get(lang, ()) + _RESOLVED_NOW.get(lang, ())}
    phrases.update(" ".join(fold(p).split()) for p in _CODE_SWITCH_CORRECTIONS)
    dense = tuple(sorted(p for p in phrases if any(is_dense_char(c) for c in p)))
    return tuple(sorted(phrases - set(dense))), dense


@lru_cache(maxsize=32)
def _correction_finders(language: str) -> tuple[Literals, Literals]:
    """:func:`_corrections` as finders: the alphabetic phrases padded by spaces (matched on
    the padded folded text), the dense ones bare."""
    alphabetic, dense = _corrections(language)
    return Literals(f" {phrase} " for phrase in alphabetic), Literals(dense)


_GLUED_PARTICLES = frozenset("은는도")
# Korean verb forms ending like a topic particle ("있는 줄", "하는데도"): no other topic
_KO_VERBAL = ("있는", "없는", "하는", "되는", "시는", "먹는", "않는", "같은", "많은", "좋은", "받은", "먹은", "적은", "었는",
              "았는", "였는", "했는", "는데도", "지만은",
              "지금은", "이제는", "요즘은", "현재는", "지금도")  # (time adverbs: "지금은 없어지셨대요")  # Korean corrections that start with the particle of their noun
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；]")


def _sentence_broken(nt: NormalizedText, start: int, end: int) -> bool:
    o_start, o_end = nt.to_original(start, end)
    return _SENTENCE_BREAK.search(nt.original, o_start, o_end) is not None


_TOPIC_DASH = re.compile(r"\s*[-–—:：]\s*")


# "All" before a correction closing a list: it takes back every item ("계란, 우유, 땅콩, 울 다 괜찮다고
# 하심", "eggs, milk, wool — all fine", "Eier, Milch, Wolle: alles kein Problem", "鸡蛋、牛奶、羊毛都没问题").
_ALL = frozenset(fold(w) for w in (
    "다 모두 전부 all both everything tous toutes tout alle alles beide tutti tutte entrambi todos todas ambos todo "
    "tudo allemaal все всё оба كل كلها الكل 全部 都 全て どれも いずれも"
).split())
_LIST_SPLIT = re.compile(r"[,、，،/·・]|\s(?:and|et|und|e|y|en|и|و|or|ou|oder|o|of|или)\s")


def _quantified_list(nt: NormalizedText, end: int, start: int) -> bool:
    """The correction at folded ``start`` follows "all" and a list of single words after the hit
    ending at ``end``, in one sentence."""
    if start <= end or start - end > 60:
        return False
    nearby = nt.folded[end : start + 8].split()
    if _ALL.isdisjoint(nearby) and not any(w in nt.folded[end : start + 4] for w in ("全部", "都", "全て", "모두", "전부")):
        return False  # no "all" near: the common case, decided without the clause checks
    if _sentence_broken(nt, end, start):
        return False
    o_end, o_start = nt.to_original(end, start)
    gap = nt.original[o_end:o_start]
    words = gap.split()
    last = fold(words[-1]).split() if words else []
    dense_all = next((w for w in ("全部都", "全部", "都", "全て", "모두", "전부") if gap.rstrip().endswith(w)), None)
    if fold(nt.original[o_start : o_start + 12]).split()[:1] in ([w] for w in _ALL):
        body = gap  # the correction opens with "all": "다 괜찮", "all fine"
    elif not (last and last[-1] in _ALL) and dense_all is None:
        return False
    else:
        body = gap.rstrip()[: -len(dense_all)] if dense_all else gap.rstrip()[: -len(words[-1])]
    pieces = _LIST_SPLIT.split(body)
    return len(pieces) > 1 and all(len(piece.split()) <= 1 for piece in pieces)


def _closes(nt: NormalizedText, start: int) -> bool:
    """The correction starting at folded ``start`` is the rest of its clause (three words at most)."""
    o_start = nt.to_original(start, start)[0]
    stop = _CORRECTION_BREAK.search(nt.original, o_start)
    return len(nt.original[o_start : stop.start() if stop else len(nt.original)].split()) <= 3


def _broken(nt: NormalizedText, start: int, end: int) -> bool:
    if end <= start:
        return False
    o_start, o_end = nt.to_original(start, end)
    return breaks_between(_CORRECTION_BREAK, nt.original, o_start, o_end)


def correction_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, eligible: Sequence[bool]
) -> list[bool]:
    """For each eligible hit (folded spans, every hit of the note), whether what follows it in
    its clause takes it back: a correction phrase ("not confirmed", "is fine", "搞错了",
    "غلط", "잘못") at most a few words on, other hits in between only when coordinated with
    it ("グルテンと卵は問題なし"), or a question answered "no" ("gluten too? no")."""
    flags = [False] * len(spans)
    if not any(eligible):
        return flags
    folded = nt.folded
    alphabetic, dense = _correction_finders((language or "").upper())
    # folded starts of the correction phrases after the first eligible hit (padded offsets: a padded phrase's leading space)
    lo = min(span[1] for span, ok in zip(spans, eligible) if ok)
    found = alphabetic.starts(f" {folded} ", lo) + dense.starts(folded, lo)
    found.sort()
    scope = Scope(nt, spans)
    arrows = any(arrow in nt.original for arrow in ARROWS)
    for own in range(len(spans)):
        if not eligible[own]:
            continue
        end = _coordinated_end(scope, own)
        o_end = nt.to_original(end, end)[0]
        if _NO_ANSWER.match(nt.original, o_end) or turn_after(nt.original, o_end) \
                or (arrows and arrow_answered(nt, spans, own)):  # "gluten? no", "땅콩… 아니 콩", "…여쭤봄 → 다 없음"
            flags[own] = True
            continue
        k = bisect_left(found, end)
        if k == len(found):
            continue
        start = found[k]
        strong = _strong(folded, start, language)  # a negative test reaches over a comma and a "but"
        if start - end > MAX_CHARS_BACK or scope.covering(end, start, own) is not None:
            continue
        if _quantified_list(nt, end, start):
            flags[own] = True  # "계란, 우유, 땅콩, 울 다 괜찮다고", "nuts, eggs, wool: all fine"
            continue
        if folded[start] in _GLUED_PARTICLES and start != end:
            continue  # "생선은 드심" takes back the fish it is glued to, not an earlier hit
        if any(len(w) > 1 and w[-1] in "은는" and is_hangul(w[0]) and not w.endswith(_KO_VERBAL)
               for w in folded[end:start].split()[1:]):  # the first word may end the hit's noun ("채식 메뉴는")
            continue  # "땅콩 알레르기 있고 계란은 괜찮음": the correction is about another topic
        if _broken(nt, end, start) and not (strong and not _sentence_broken(nt, end, start)) \
                and not (_TOPIC_DASH.fullmatch(nt.original, *nt.to_original(end, start)) and _closes(nt, start)):
            continue  # (a dash or colon alone sets the topic: "Пыльца — не проблема", "Nuts: no problem")
        gap = folded[end:start]
        if _CONTRAST & set(gap.split()) and not strong:
            continue  # "allergic to nuts but eggs are fine"
        if any(is_dense_char(c) for c in gap):
            flags[own] = len(gap.replace(" ", "")) <= _CORRECTION_CHARS
        else:
            flags[own] = len(gap.split()) <= _CORRECTION_WORDS
    if _ANY_NEEDLESS.any_in(folded):
        for own, (span, ok) in enumerate(zip(spans, eligible)):
            needless = _NOT_NEEDED.match(folded, span[1]) if ok and not flags[own] else None
            if needless and _FREE_FROM.search(folded, span[0], span[1]) and not _sentence_broken(nt, span[1], needless.end()):
                flags[own] = True
    return flags


# A free-from request said to be unnecessary: "gluten-free is not needed", "без лактозы не нужно",
# "glutenfrei muss nicht sein", "sans gluten pas nécessaire" ("no pork, not needed" is no such
# request: only a free-from form is taken back).
_FREE_FROM = re.compile(r"free|frei|vrij|(?<!\w)(?:sans|sin|senza|sem|zonder|ohne|без|بدون)(?!\w)")
_NEEDLESS = (
    r"(?:not needed|not necessary|(?:isn|aren|wasn) t (?:needed|necessary)|unnecessary|"
    r"pas necessaire|pas besoin|inutile|muss nicht sein|nicht notig|nicht notwendig|non serve|non necessario|"
    r"non e necessario|no hace falta|no es necesario|nao precisa|nao e necessario|hoeft niet|niet nodig|"
    r"не надо|не нужно|не обязательно|مو لازم|مش لازم|غير ضروري)(?!\w)"
)
_NOT_NEEDED = re.compile(r"\s*(?:(?:is|are|was)\s)?" + _NEEDLESS)
# The gate (most notes say none), its phrases as literals: one scan instead of an alternation
# tried at every position (~15 µs a note).
_ANY_NEEDLESS = Literals(("not needed", "not necessary", "t needed", "t necessary", "unnecessary", "pas necessaire",
                          "pas besoin", "inutile", "muss nicht sein", "nicht notig", "nicht notwendig", "non serve",
                          "non necessario", "non e necessario", "no hace falta", "no es necesario", "nao precisa",
                          "nao e necessario", "hoeft niet", "niet nodig", "не надо", "не нужно", "не обязательно",
                          "مو لازم", "مش لازم", "غير ضروري"))


def answered_no(nt: NormalizedText, end: int) -> bool:
    """A "no" answers the item ending at folded ``end`` ("Alkohol: nein", "Сахар — нет"): for a
    diet cue that is the client doing without it, not a correction."""
    return bool(_NO_ANSWER.match(nt.original, nt.to_original(end, end)[0]))


_BREAK_OR_COLON = re.compile(_CORRECTION_BREAK.pattern + r"|[:：]")


def _coordinated_end(scope: Scope, own: int) -> int:
    """End of the last hit coordinated with ``own`` ("gluten and eggs", "グルテンと卵"): a
    correction after the list takes back every item of it."""
    end = scope.spans[own][1]
    for k in range(own + 1, len(scope.spans)):
        start = scope.spans[k][0]
        if start < end:
            continue
        words = scope.folded[end:start].split()
        if len(words) > 1 or (start > end and _BREAK_OR_COLON.search(scope.nt.original, *scope.nt.to_original(end, start))):
            break  # (a colon ends a label too: "Pescatarian: fish and shellfish are fine")
        if words and words[0] not in COORDINATED_WORDS and words[0] not in _DENSE_COORDINATORS:
            break
        end = scope.spans[k][1]
    return end
