"""What looks like a constraint and is none: a food the client likes, dislikes or is given as an
ingredient, an allergy word that only asks or leaves the question open ("Allergies: TBC"); a diet or food
word naming an object ("vegan leather", "坚果礼盒") is :mod:`.object_words`'. Each rule returns the matches (indices
into ``matches``, matcher tuples in folded coordinates) not to output.

Moved out of :mod:`lvmh_pipeline.lib.concepts.constraints.allergies` (no behaviour change).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_arabic_char, is_dense_char, to_folded
from lvmh_pipeline.lib.concepts.context import REDACTED_ALLERGEN, AllergyMeta, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = [
    "CLAUSE", "SENTENCE", "disliked_foods", "food_hits", "free_allergy_word", "ingredients", "liked_before_but", "liked_foods", "unclaimed",
    "window",
]


# A food the client likes, buys or is given is a taste, not an allergy ("loves chocolate and nuts",
# "喜欢巧克力和坚果", "Любит шоколад и орехи", "يحب الشوكولاتة والمكسرات", "땅콩버터 좋아하심"):
# an allergen named under a liking verb, with no allergy word, cue or negator in its sentence.
_LIKING = frozenset(fold(w) for w in (
    "likes like loves love adores adore enjoys enjoy favourite favorite fond crazy fan craves "
    "aime aiment adore adorent raffole préfère prefere apprécie apprecie "
    "mag mögen liebt lieben gern gerne lieblings "
    "ama amano adora adorano piace piacciono preferisce "
    "gusta gustan encanta encantan ama adora prefiere "
    "gosta adora ama prefere "
    "houdt dol verzot "
    "любит любят обожает обожают нравится нравятся предпочитает "
    "يحب تحب يحبون يموت تموت بيحب بتحب يعشق تعشق"
).split())
_NOT_LIKING = frozenset(fold(w) for w in (
    "no not never don t doesn kein keine keinen nicht pas ne jamais non nessun senza no nunca sin não nao nunca sem "
    "geen niet не нет никогда ни لا ما مش مو"
).split())
_LIKING_WORDS = Literals(f" {w} " for w in _LIKING if w and " " not in w)  # whole words of a padded folded note
_DENSE_LIKING = ("喜欢", "喜歡", "爱吃", "愛吃", "爱喝", "最爱", "最愛", "好吃", "好き", "大好き", "気に入", "美味しく", "おいしく",
                 "好物", "좋아하", "좋아해", "좋아함", "즐겨", "맛있게", "잘 드심", "잘 드셨", "잘 드세요")
# "땅콩 들어간 초콜릿 좋아하심", "ナッツ入りのチョコがお好き", "加了坚果的巧克力很喜欢": the liking verb
# may come a few characters after the food, unless what lies between excepts or negates it
# ("땅콩 빼고 다 좋아하심", "ナッツ以外は好き", "除了坚果都喜欢").
_DENSE_LIKING_REACH = 14
_DENSE_EXCEPT = ("빼고", "빼", "말고", "제외", "안 ", "않", "못", "없", "以外", "抜き", "除", "ない", "不", "没", "沒", "别")


def _liked_after(behind: str) -> bool:
    for w in _DENSE_LIKING:
        at = behind.find(w)
        if at >= 0 and (at <= 8 or not any(x in behind[:at] for x in _DENSE_EXCEPT)):
            return True
    return False


SENTENCE = re.compile(r"[.;!?\n。！？；]|\s[-–—]\s")
CLAUSE = re.compile(r"[.;!?,:\n。！？；：、，،؛]|\s[-–—]\s")


def window(nt: NormalizedText, start: int, end: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    """Folded offsets of the sentence or clause (``boundary``) around the folded span."""
    o_start, o_end = nt.to_original(start, end)
    breaks = [m.end() for m in boundary.finditer(nt.original, 0, o_start)]
    after = boundary.search(nt.original, o_end)
    return to_folded(nt, breaks[-1] if breaks else 0), to_folded(nt, after.start() if after else len(nt.original))


# What may stand between an allergen and the allergy word it heads ("땅콩 알레르기", "꽃가루에 알레르기",
# "卵アレルギー", "花生过敏", "latex allergy").
_HEADED_GAPS = frozenset(("", "에", "의", "에 대한", "の", "に", "に対する", "への"))


def free_allergy_word(nt: NormalizedText, matches: list[AliasMatch], own: int, lo: int, hi: int,
                      allergy: AllergyMeta) -> bool:
    """An allergy word or cue in ``folded[lo:hi]`` that no other allergen of ``matches`` heads: "꽃가루
    알레르기" is the pollen's, not a reason to read the eggs liked in its sentence as an allergy."""
    folded = nt.folded
    return any(not headed(folded, matches, own, *word.span(), allergy) for word in allergy.words.finditer(folded, lo, hi))


def headed(folded: str, matches: list[AliasMatch], own: int, w_start: int, w_end: int, allergy: AllergyMeta) -> bool:
    """The allergy word at ``folded[w_start:w_end]`` ends an allergen of ``matches`` other than ``own``,
    or comes right after one."""
    allergen = allergy.allergen
    return any(k != own and allergen[m[2]] and (
        (m[0] < w_start and w_end == m[1])  # (the allergen's own word after it; "allergic to fish and …" heads a list)
        or (m[1] <= w_start and w_start - m[1] <= 6 and folded[m[1] : w_start].strip() in _HEADED_GAPS)
    ) for k, m in enumerate(matches))


def food_hits(matches: list[AliasMatch], allergy: AllergyMeta) -> list[int]:
    """The food allergens among ``matches``: a taste (a liking, a dislike) is about them."""
    allergen, every = allergy.allergen, allergy.every
    return [i for i, m in enumerate(matches) if allergen[m[2]] and not every[m[2]] and m[3] != REDACTED_ALLERGEN]


def liked_foods(nt: NormalizedText, matches: list[AliasMatch], foods: list[int], negated: list[bool],
                 meta: ConceptMeta, allergy: AllergyMeta) -> set[int]:
    """Of the (not negated) ``foods``, those the client likes: no allergy for them."""
    folded = nt.folded
    if not any(w in folded for w in _DENSE_LIKING) and not _LIKING_WORDS.any_in(f" {folded} "):
        return set()
    liked = set()
    for i in foods:
        start, end = matches[i][0], matches[i][1]
        f_start, f_end = window(nt, start, end, SENTENCE)
        if free_allergy_word(nt, matches, i, f_start, f_end, allergy):
            continue  # "allergic to nuts, loves chocolate" (not "latex allergy, loves egg tarts")
        if any(m[0] < f_end and f_start < m[1] and (
                negated[k] or (m[2] in meta.licensors and not headed(folded, matches, i, m[0], m[1], allergy)))
               for k, m in enumerate(matches) if k != i):
            continue
        c_start, c_end = window(nt, start, end, CLAUSE)
        words = folded[max(c_start, f_start):start].split()[-5:]
        if not _NOT_LIKING.isdisjoint(words):
            continue  # "mag keine Nüsse", "doesn't like nuts": avoided, settled elsewhere
        before, behind = folded[max(c_start, start - 8):start], folded[end:min(c_end, end + _DENSE_LIKING_REACH)]
        if not _LIKING.isdisjoint(words) or any(w in before for w in _DENSE_LIKING) or _liked_after(behind):
            liked.add(i)
    return liked


# "loves French perfumes but is allergic to peanuts", "تعشق العطور لكن عندها حساسية من": what is liked
# before a "but" is no allergen of the allergy word after it.
_BUT = frozenset(fold(w) for w in "but mais aber ma pero mas maar но однако لكن لكنه لكنها بس".split())


def liked_before_but(nt: NormalizedText, matches: list[AliasMatch], indices: list[int]) -> set[int]:
    """Of ``indices``, the matches under a liking verb with a "but" after them in their sentence."""
    if not _LIKING_WORDS.any_in(f" {nt.folded} ") or _BUT.isdisjoint(nt.folded.split()):
        return set()
    folded, liked = nt.folded, set()
    for i in indices:
        start, end = matches[i][0], matches[i][1]
        s_start, s_end = window(nt, start, end, SENTENCE)
        before = folded[s_start:start].split()[-4:]
        if not _LIKING.isdisjoint(before) and _NOT_LIKING.isdisjoint(before) and not _BUT.isdisjoint(folded[end:s_end].split()[:4]):
            liked.add(i)
    return liked


# A food named as what a dish or gift is made with is an ingredient, not an allergen, when no
# allergy word or cue shares its sentence: "bombones con avellanas", "pan normal, con gluten",
# "chocolats aux noisettes", "Pralinen mit Nüssen", "クルミのチョコレート", "核桃味的蛋糕".
_WITH = frozenset(fold(w) for w in "with con avec aux mit com met с со".split())
_DENSE_INGREDIENT_AFTER = re.compile(r"\s?(?:の(?:チョコ|ケーキ|お菓子|クッキー|タルト|パン|アイス|スイーツ|詰め合わせ)|入りの|味の|"
                                     r"味的|口味|巧克力|蛋糕|饼干|月饼|"
                                     # (Korean: a sweet named by its food, "땅콩 쿠키"; not "들어간", often before a refusal)
                                     r"쿠키|케이크|초콜릿|과자|타르트|마카롱|파이|아이스크림|라떼|"
                                     r"캐러멜|카라멜|캔디|사탕|강정|떡|잼|스프레드|"  # "땅콩 캐러멜 선물", "참깨 강정"
                                     # a sweet the food is in, served or given ("호두 들어간 파이 드렸더니"); a refusal
                                     # in the sentence still keeps it ("땅콩 들어간 쿠키는 빼고")
                                     r"들어간\s?(?:쿠키|케이크|초콜릿|과자|타르트|마카롱|파이|아이스크림|캔디|사탕|빵|떡)|"
                                     # a free-from sweet or product line ("피넛 프리 초콜릿 라인", "유당 프리 아이스크림 신제품")
                                     r"프리\s?(?:쿠키|케이크|초콜릿|과자|타르트|마카롱|파이|아이스크림|캔디|사탕|제품|신제품|라인|컬렉션))")


def ingredients(nt: NormalizedText, matches: list[AliasMatch], foods: list[int], meta: ConceptMeta,
                 allergy: AllergyMeta) -> set[int]:
    folded = nt.folded
    found = set()
    for i in foods:
        start, end = matches[i][0], matches[i][1]
        if any(m[2] == matches[i][2] for j, m in enumerate(matches) if j != i):
            continue  # named again elsewhere in the note: "땅콩 알레르기. 땅콩 들어간 초콜릿 피해 주세요"
        if is_dense_char(folded[start]) and not is_arabic_char(folded[start]):
            if not _DENSE_INGREDIENT_AFTER.match(folded, end):
                continue
        elif folded[max(0, start - 12) : start].split()[-1:] not in ([w] for w in _WITH) and not (
            folded[max(0, start - 16) : start].split()[-2:-1] in ([w] for w in _WITH)
            and folded[max(0, start - 16) : start].split()[-1:] in (["les"], ["des"], ["den"], ["the"], ["de"])
        ):
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        if free_allergy_word(nt, matches, i, s_start, s_end, allergy) or any(
            m[2] in meta.licensors and m[0] < s_end and s_start < m[1] and not headed(folded, matches, i, m[0], m[1], allergy)
            for m in matches
        ):
            continue
        sentence = folded[s_start:start] + " " + folded[end:s_end]  # (not the food's own free-from word: "无麸质饼干")
        if _DENSE_REFUSAL.search(sentence) or not _NOT_LIKING.isdisjoint(sentence.split()):
            continue  # "호두 들어간 음식은 못 드심", "pas de gâteau aux noix": refused, settled elsewhere
        found.add(i)
    return found


_DENSE_REFUSAL = re.compile(r"(?<![a-z])x(?![a-z])|못|안 |안드|않|없|금지|피해|피하|피할|제외|빼|조심|주의|ない|ません|ダメ|だめ|不可|禁止|避け|控え|注意|"
                            r"気をつけ|ng|不|没|别|無|无|避免|注意|لا|ما|بدون|avoid|evit|vermeid|избег|تجنب")


# "Allergies: TBC", "Allergien unbekannt, nachfragen", "アレルギーは要確認", "过敏情况待确认",
# "asked about allergies — said none", "نسأل عن الحساسية": an allergy word that asks or leaves the
# question open claims no allergy (an allergen named in the answer is its own hit).
_OPEN = tuple(fold(w) for w in (
    "tbc", "to be confirmed", "to confirm", "to check", "unknown", "unclear", "not sure", "ask", "to ask", "pending",
    "a confirmer", "à confirmer", "a verifier", "à vérifier", "inconnues", "inconnue", "inconnu", "a demander",
    "à demander", "non renseigne", "non renseigné", "unbekannt", "nachfragen", "zu klaren", "zu klären", "zu prufen",
    "zu prüfen", "offen", "da verificare", "da confermare", "sconosciute", "sconosciuta", "non note", "da chiedere",
    "por confirmar", "a confirmar", "desconocidas", "desconocida", "por verificar", "preguntar", "desconhecidas",
    "desconhecida", "a verificar", "perguntar", "onbekend", "navragen", "te bevestigen", "nog checken", "nog navragen",
    "уточнить", "неизвестно", "не известно", "узнать", "спросить", "要確認", "未確認", "不明", "確認中", "確認する",
    "확인 필요", "모름", "미확인", "확인 예정", "여쭤보기", "확인 안", "확인 못", "확인은 안", "체크 필요", "待确认", "待確認", "不清楚", "未知", "不详", "不詳", "再确认",
    "غير معروفة", "غير معروف", "غير محددة", "نسأل", "للتأكد", "نتأكد",
    # asked, no answer given ("Allergies: asked, no reply", "Allergie: chiesto, non ha risposto")
    "no answer", "no reply", "demandé", "demandée", "pas de réponse", "sans réponse", "gefragt", "keine antwort", "chiesto",
    "chiesta", "nessuna risposta", "non ha risposto", "preguntado", "preguntada", "sin respuesta", "no contestó",
    "perguntado", "perguntada", "perguntei", "sem resposta", "não respondeu", "gevraagd", "geen antwoord", "спросила",
    "спросил", "спросили", "без ответа", "не ответил", "не ответила", "未回答", "没回答", "沒回答", "回答なし", "無回答", "답변 없음",
    "سألنا", "سألناها", "لم ترد", "لم يرد",
))
_ASKED = tuple(fold(w) for w in (
    "asked about", "ask about", "asked her about", "asked him about", "not sure about", "check", "to check", "will ask about",
    "demander pour les", "demandé pour les", "demande pour les", "nachfragen wegen", "gefragt nach", "chiedere per le",
    "chiesto delle", "preguntar por las", "preguntado por las", "perguntar sobre as", "perguntei sobre as", "vragen naar",
    "gevraagd naar", "спросила про", "спросил про", "спросить про", "уточнить про", "спросили про", "سألناها عن", "سألناه عن",
    "نسأل عن", "سألت عن", "سألته عن", "سألتها عن",
))
_ANSWER_NO = tuple(fold(w) for w in ("无", "無", "没有", "沒有", "none", "nil", "keine", "nein", "geen", "aucune", "nessuna",
                                      "ninguna", "nenhuma", "нет", "없음", "なし", "لا يوجد", "ما في"))
_DENSE_ASKED = ("问了", "問了", "询问", "詢問", "问过", "伺った", "伺いました", "確認したところ", "について伺", "여쭤", "물어봤",
                "문의했")


def unclaimed(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> set[int]:
    folded = nt.folded
    found = set()
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != meta.allergy_unspecified or negated[i] or confidence == REDACTED_ALLERGEN:
            continue
        o_start, o_end = nt.to_original(start, end)
        after = SENTENCE.search(nt.original, o_end)
        tail = folded[end : to_folded(nt, after.start()) if after else len(folded)]
        tail = " ".join(tail.split())
        for filler in ("s ", "?", "情况", "の有無", "の有無は", "は", "에 대해", "여부", "史", "는", "은"):
            if tail.startswith(filler):
                tail = tail[len(filler):].lstrip()
        if tail.startswith(_OPEN) or tail.startswith(_ANSWER_NO):
            found.add(i)
            continue
        head = " ".join(folded[max(0, start - 30) : start].split())
        clause = CLAUSE.split(nt.original[max(0, o_start - 30) : o_start])[-1]
        behind = CLAUSE.split(nt.original[o_end : o_end + 20])[0]
        if head.endswith(_ASKED) or any(w in clause or w in behind for w in _DENSE_ASKED):
            found.add(i)
    return found


# A food the client dislikes is a taste, not an allergy, even in a note about allergies
# ("no allergies, just doesn't like seafood", "Alergias: ninguna, pero no le gusta el marisco",
# "不喜欢海鲜", "새우 싫어하심"): an allergen under a dislike, no allergy word in its clause.
_DISLIKE = tuple(fold(w) for w in (
    "doesn't like", "does not like", "doesn t like", "dislikes", "hates", "not a fan of", "not keen on", "n'aime pas",
    "n aime pas", "n'aime guère", "déteste", "deteste", "mag keine", "mag keinen", "mag kein", "mag nicht", "hasst",
    "non ama", "non gli piace", "non le piace", "non gli piacciono", "non le piacciono", "odia", "no le gusta",
    "no le gustan", "detesta", "não gosta de", "nao gosta de", "não gosta do", "não gosta da", "odeia", "houdt niet van",
    "lust geen", "haat", "не любит", "терпеть не может", "ما يحب", "ما تحب", "لا يحب", "لا تحب", "يكره", "تكره",
))
_DENSE_DISLIKE_BEFORE = ("不喜欢", "不喜歡", "不爱吃", "不愛吃")
_DENSE_DISLIKE_AFTER = ("嫌い", "싫어", "안 좋아", "별로 안 좋아")
_ANY_DISLIKE = Literals(_DISLIKE + _DENSE_DISLIKE_BEFORE + _DENSE_DISLIKE_AFTER)


def disliked_foods(nt: NormalizedText, matches: list[AliasMatch], foods: list[int], allergy: AllergyMeta) -> set[int]:
    folded = nt.folded
    if not foods or not _ANY_DISLIKE.any_in(folded):
        return set()
    found = set()
    for i in foods:
        start, end = matches[i][0], matches[i][1]
        f_start, f_end = window(nt, start, end, CLAUSE)
        if allergy.words.search(folded, f_start, f_end):
            continue
        head = " ".join(folded[f_start:start].split())
        # (the dislike may end inside a diet alias: "mag keine Süßigkeiten", "단 거 안 좋아하세요")
        lead = " ".join(folded[f_start:end].split())
        behind = folded[max(start, end - 2):f_end]
        after = " ".join(folded[end:f_end].split()[:4])  # the food put first: "Сладкое не любит", "Süßes mag sie nicht"
        if any(head.endswith(d) or f"{d} " in f"{lead} " or f" {after} ".startswith(f" {d} ") for d in _DISLIKE) or \
                any(d in head for d in _DENSE_DISLIKE_BEFORE) or any(d in behind[:12] for d in _DENSE_DISLIKE_AFTER):
            found.add(i)
    return found
