"""Abstention: a diet cue ("alcohol", "pork", "sugar", "carbs": the ``*_cue`` diet concepts of the
taxonomy) states a diet when the client does without it or, for what a diet only reduces, limits it.

Besides a negator (:func:`~lvmh_pipeline.lib.concepts.negation.negation_flags`), that is a verb
of giving up or avoiding before the cue, a negated verb after it, the object put first, or a word
of limiting; JA/ZH/KO notes are read by characters around the cue. A redaction token
between the cue and its verb reads as one word ("돼지고기는 [RELIGION] 안 드심").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lvmh_pipeline.lib.common.text import REDACTION_TOKEN, NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.negation import Scope, folded_set, is_hangul
from lvmh_pipeline.lib.concepts.statements.asides import past_aside
from lvmh_pipeline.lib.concepts.statements.soft_drinks import DENSE_SOFT_BEFORE, drinks_noun, soft_drink_in_scope

__all__ = ["ABSTAINED", "NOT_A_DIET", "REDUCED", "abstention_flags"]

_TOKEN = re.compile(r"\S+")

# Abstention: a diet cue ("alcohol", "pork", "sugar", "carbs": the ``*_cue`` diet concepts of the
# taxonomy) states a diet when the client does without it. Besides a negator (:func:`negation_flags`)
# that is a verb of giving up or avoiding before it ("quit drinking", "a arrêté l'alcool",
# "verzichtet auf Schweinefleisch", "бросил пить", "ترك الكحول"), a negated verb after it, the
# object put first ("Свинину не ест", "Alkohol trinkt er nicht", "お酒は召し上がらない",
# "술 끊으셨음", "酒也不喝") and, for what a diet only reduces (sugar, carbs), a word of limiting
# ("watches her sugar", "isst kaum Kohlenhydrate", "следит за сахаром", "控制糖分", "당 조절 중").
NOT_A_DIET, ABSTAINED, REDUCED = -1, 1, 2
_ABSTAIN_WORDS = 3  # words between an abstention verb and the cue
_ABSTAIN_BEFORE: dict[str, str] = {
    "EN": "quit quits quitting stopped stopping gave given gives giving abstains abstaining abstinent refuses refused "
          "avoid avoids avoiding avoided off zero banned forbidden excluded eliminated eliminates dropped never "
          "away shuns skips skip skipping steers ditched",
    "FR": "arrete arreter arretee arretes evite evitent eviter evitee refuse supprime supprimee supprimes exclu exclue "
          "exclut proscrit proscrite banni bannie interdit interdite zero renonce jamais sevre sevree prive chasse",
    "DE": "aufgehort aufgegeben verzichtet verzichten verzichtete weg meidet meiden gemieden vermeidet null gestrichen "
          "verboten abgeschworen nie niemals nichts nix nuscht",
    "IT": "smesso smettere rinuncia rinunciato rinunciata evita evitare evitando esclude escluso esclusa eliminato eliminata "
          "vietato vietata zero mai niente tolto tolta toglie togliere lontano lontana",
    "ES": "dejo dejado dejar deja evita evitar evitando excluye excluido excluida prohibido prohibida elimino eliminado "
          "eliminada cero renuncio nunca nada quitado quito quita quitar quitara quitaran quiten prohibio prohibe prohibir",
    "PT": "deixou largou larga deixar evita evitar evitando exclui excluido excluida proibido proibida eliminou cortou zero "
          "nunca nada proibiu proibe proibir tirou tirar fugir foge fugindo afasta afastase afastar",
    "NL": "gestopt stopt stoppen vermijdt mijdt verboden geschrapt nul nooit",
    "RU": "бросил бросила бросили отказ завязал завязала отказался отказалась отказались исключил исключила исключает "
          "исключены избегает избегают отказывается отказываются нельзя запрещено никогда убрал убрала убрали "
          "исключить исключите исключаем убрать уберите воздерживается воздерживаются отказаться противопоказан противопоказано противопоказана запретил запретила запретили запрещает запрещают запретит",
    "AR": "ترك تركت بطل بطلت امتنع امتنعت ممتنع ممتنعة توقف توقفت يتجنب تتجنب يبتعد تبتعد ممنوع ممنوعة بلا بدون لا "
          "منع منعه منعها منعت منعته منعتها "
          "ما مش مو وما ومش ومو ابدا ولا قاطع قاطعة قطع قطعت مقاطع مقاطعة شال شالت تبعد يبعد بعيد بعيدة",
}
_REDUCE_BEFORE: dict[str, str] = {
    "EN": "less little low reduce reduces reducing reduced cut cuts cutting limit limits limiting limited watch "
          "watches watching careful moderate moderates restrict restricts restricting restricted minimal minimum lower "
          "lowering control controls controlling down back occasionally rarely seldom sometimes occasional bit easy",
    "FR": "peu moins reduit reduire reduite reduisent limite limiter limitee limitent surveille surveiller attention "
          "modere moderer restreint pauvre controle controler rarement parfois occasionnellement temps attentive attentif",
    "DE": "wenig weniger kaum reduziert reduzieren reduzierte begrenzt einschranken eingeschrankt schrankt achtet "
          "spart sparsam massig massen minimal selten gelegentlich manchmal achten achte zuruck zuruckhaltend",
    "IT": "poco pochi poca poche meno riduce ridurre ridotto limita limitare limitato attento attenta controlla "
          "controllare modera occhio pochissimo raramente ogni occasionalmente riducendo limitando",
    "ES": "poco poca pocos pocas menos reduce reducir reducido limita limitar controla controlar cuida cuidar "
          "modera moderar rara raramente ocasionalmente vez reduciendo limitando controlando cuidando vigila vigilar "
          "vigilando recorta recortar recortado recorto",
    "PT": "pouco pouca poucos poucas menos reduz reduzir reduzido limita limitar controla controlar cuida modera "
          "corta cortar raramente ocasionalmente vez reduziu reduzida diminui diminuiu diminuir reduzindo limitando "
          "controlando cortando olho restringe restringir restringiu vigia vigiar",
    "NL": "weinig minder beperkt beperken vermindert verminderen matig let mindert minderen zelden soms af",
    "RU": "мало меньше поменьше ограничивает ограничила ограничил ограничивают ограничение сокращает сократил сократила "
          "снизил снизила следит контролирует контролем держит урезал урезала минимум редко изредка иногда считает "
          "ограничивать ограничить сокращать сократить снижать уменьшает уменьшила уменьшил ограничена ограничено ограничен "
          "ограничения",
    "AR": "قليل قليله يقلل تقلل تقليل يخفف تخفف تخفيف يحد تحد منخفض منخفضه يقلل نادرا احيانا خففت خفف قللت قلل "
          "تراقب يراقب مراقبه تنتبه ينتبه "
          "مخفف مخففه مقلل مقلله",
}
# A negated or prohibiting word right after a cue put first ("Свинину не ест", "Alkohol trinkt er
# nicht", "alcol non ne beve", "Alcohol: never"): at most this many words on.
_ABSTAIN_AFTER: dict[str, str] = {
    "EN": "never taboo",
    "FR": "ne n pas jamais plus rien interdit interdite proscrit proscrite exclu exclue tabou",
    "DE": "nicht nie niemals verboten gestrichen tabu meidet meiden vermeidet verzichten verzichtet fern",
    "IT": "non mai vietato vietata escluso esclusa tabu",
    "ES": "no nunca prohibido prohibida excluido excluida tabu",
    "PT": "nao nunca proibido proibida excluido excluida tabu",
    "NL": "niet nooit verboden taboe vermijden staan",
    "RU": "не нельзя никогда исключен исключена исключено исключены запрещен запрещена запрещено исключила исключил "
          "исключили исключаем исключает исключить воздерживается воздерживаются отказался отказалась отказались противопоказано противопоказан противопоказана убрала убрал убрали запретом отказывается отказываются табу бросил бросила",
    "AR": "لا ممنوع ممنوعه ابدا",
}
_ABSTAIN_AFTER_WORDS = 2
# DE/NL verb-second: eating or drinking, then the subject, then the negator ("Alkohol darf er nicht")
_VERB_SUBJECT = tuple(f"{v} {s} " for v in "isst trinkt darf nimmt eet drinkt neemt".split() for s in "er sie hij zij ze".split())
_AR_CONJUNCTIONS = frozenset("وف")
# Words an abstention or reduction verb reaches over ("réduit sa consommation de sucre", "cut
# down on her intake of sugar", "reduziert ihren Zuckerkonsum", "сократила потребление сахара").
_INTAKE_WORDS = frozenset(fold(w) for w in (
    "consumption intake her his their the of on down from "
    "consommation sa son ses leur de du des d la le les l tout ce qui est "
    "konsum verbrauch ihren seinen ihr sein den die das "
    "consumo suo sua il lo di del della dello "
    "su el los las "
    "seu sua o a os as do da lhe "
    "inname consumptie haar zijn het met "
    "потребление употребление свое своё свой "
    "استهلاك تناول من عن"
).split())
# JA/ZH/KO: markers right before the cue (a few characters) or in the rest of its clause.
_DENSE_ABSTAIN_BEFORE = ("不", "没", "沒", "戒", "忌", "别", "免", "无", "無", "禁", "断", "ノン", "唔")
_DENSE_REDUCE_BEFORE = ("少", "控制", "控", "减", "減", "限制", "低", "注意", "偶尔", "很少", "偶爾", "가끔", "たまに", "時々")
_DENSE_ABSTAIN_AFTER = re.compile(
    r"ない|ません|ず(?:\s|に|$)|不可|ng|なし|無し|抜き|やめ|止め|辞め|断っ|断ち|禁止|ダメ|だめ|オフ|カット"
    r"|안\s?(?:[드마먹하들넣]|$)|면\s?안\s?[돼된되]|지\s?(?:말|마)|않|못\s?[드마먹하]|끊|금지|제외|빼고|빼서|빼 |x|없"
    r"|不(?!舒服|适|適|好意思)|没|沒|戒|忌|免|别|禁|唔"  # "喝了不舒服": it made him unwell, no abstention
)
# Refraining: abstaining from alcohol or pork ("お酒は控えている", "술 자제"), limiting sugar.
_DENSE_REFRAIN_AFTER = re.compile(r"控えて|控えま|控えてい|避け|자제|삼가|피하|피해|피함")
_DENSE_REDUCE_AFTER = re.compile(
    r"控え|制限|減ら|少なめ|少しだけ|気をつけ|気にし|気にされ|抑え|時々|たまに|ほとんど|조금만|조금씩|어쩌다|줄이|줄여|줄임|줄인|제한|조절|관리|조심|신경|가끔|거의|少|控制|减|減|限制|偶尔|很少"
    # less of it: "고기 덜 먹기"; a low rate: "고기는 일주일에 한 번 정도만", "한 달에 두어 번", "주 1회만"
    r"|덜\s?(?:먹|드)"
    r"|(?:(?:주|일주일|한\s?주|달|한\s?달)에\s?(?:한|두|한두|한\s?두|두어|1|2)\s?(?:번|회|차례)|주\s?[12]\s?회)\s?(?:정도\s?)?(?:만|밖에)"
)
# A Korean verb of eating right after the cue, not refused nor forbidden ("고기는 드시는데", not "드시면 안 돼요",
# "드시지 않아요", "드신 지 오래됐어요").
_DENSE_EATEN_FIRST = re.compile(r"\s?[은는을를도]?\s?(?:잘\s?|다\s?)?(?:드시|드셔|드신|먹)(?!면|지\s?[않못마말]|\S*\s?[안못]|\S*\s지\s?(?:오래|꽤|몇|한참))")
_DENSE_HARDLY = re.compile(r"ほとんど|あまり|거의|별로|많이\s?안|많이는\s?안|잘\s?안|很少|几乎|不太|不怎么")
_DENSE_AFTER_CHARS = 10
_UNSPACED = frozenset({"JA", "ZH", "KO"})
_DENSE_BEFORE_CHARS = 4


@lru_cache(maxsize=32)
def _abstention_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(abstain-before, reduce-before, after) folded words for ``language`` (every language's when unknown)."""
    langs = [language] if language in _ABSTAIN_BEFORE else list(_ABSTAIN_BEFORE)
    before = frozenset().union(*(folded_set(_ABSTAIN_BEFORE[lang]) for lang in langs))
    reduce = frozenset().union(*(folded_set(_REDUCE_BEFORE.get(lang, "")) for lang in langs))
    after = frozenset().union(*(folded_set(_ABSTAIN_AFTER.get(lang, "")) for lang in langs))
    return before, reduce, after


def abstention_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, cues: Sequence[int],
    reducible: Sequence[bool], drinks: Sequence[bool], stops: Sequence[bool],
) -> dict[int, int]:
    """For the diet cues among ``spans`` (indices ``cues``, in text order; ``reducible``: per cue,
    whether a limiting word is enough), :data:`ABSTAINED` or :data:`REDUCED` when the note says
    the client does without it or limits it, :data:`NOT_A_DIET` when the words are something
    else even under a negator: a Korean cue inside a word ("미술", "기술"), a drinking word
    followed by a non-alcoholic drink (``drinks``: "doesn't drink coffee"). What follows a cue
    is read up to the next hit that ``stops`` (per span: another concept; cues such as
    "食べられない" do not stop it)."""
    found: dict[int, int] = {}
    if not cues:
        return found
    folded = nt.folded
    before_words, reduce_words, after_words = _abstention_words((language or "").upper())
    unspaced = (language or "").upper() in _UNSPACED
    scope = Scope(nt, spans)
    for k, own in enumerate(cues):
        start, end = spans[own][0], spans[own][1]
        # JA/ZH/KO notes are read by characters, even around a Latin cue ("唔食 carbs")
        dense = (is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff") or unspaced
        if dense and is_hangul(folded[start]) and start > 0 and is_hangul(folded[start - 1]):
            found[own] = NOT_A_DIET  # "미술", "기술": a Korean cue starts a word
            continue
        # the clause after the cue, up to the next hit
        stop = next((spans[j][0] for j in range(own + 1, len(spans)) if stops[j] and spans[j][0] >= end), len(folded))
        if dense and stop < len(folded) and (aside := past_aside(scope, end, len(folded))) != end:  # hits inside an aside
            stop = next((spans[j][0] for j in range(own + 1, len(spans)) if stops[j] and spans[j][0] >= aside), len(folded))
        if drinks[k] and (soft_drink_in_scope(scope, end, stop, dense) or drinks_noun(folded, start, end)
                          or (dense and folded[start:end] == "喝" and DENSE_SOFT_BEFORE.search(folded, max(0, start - 6), start))):
            found[own] = NOT_A_DIET  # "doesn't drink coffee", "no drinks needed"
            continue
        if dense:
            kind = _dense_abstention(scope, own, stop, reducible[k])
        else:
            kind = _word_abstention(
                scope, own, stop, before_words, reduce_words if reducible[k] else frozenset(), after_words
            )
        if kind:
            found[own] = kind
    return found


def _word_abstention(
    scope: Scope, own: int, stop: int, before: frozenset[str], reduce: frozenset[str], after: frozenset[str]
) -> int:
    folded = scope.folded
    start, end = scope.spans[own][0], scope.spans[own][1]
    tokens = [m for m in _TOKEN.finditer(folded, max(0, start - 60), start)]
    counted = 0
    for m in reversed(tokens[-2 * _ABSTAIN_WORDS:]):
        if scope.has_break(m.end(), start):
            break
        word = m.group()
        if word[:1] in _AR_CONJUNCTIONS and len(word) > 3 and word not in before and word not in reduce:
            word = word[1:]  # "ويقلل الحلويات", "فيتجنب السكر": a conjunction glued to the verb
        if word in before:
            return ABSTAINED
        if word in reduce:
            return REDUCED
        if word not in _INTAKE_WORDS:  # "réduit sa consommation de sucre", "cuts down her intake of sugar"
            counted += 1
            if counted >= _ABSTAIN_WORDS:
                break
    limit = _ABSTAIN_AFTER_WORDS + folded.startswith(_VERB_SUBJECT, end + 1)  # "Zucker isst sie nicht mehr"
    for count, m in enumerate(_TOKEN.finditer(folded, end, min(stop, end + 60))):
        if count >= limit + 1 or scope.has_break(end, m.start()):
            break
        if count < limit and m.group() in after:
            return ABSTAINED
        if m.group() in reduce:  # "Мясо ест редко", "eats meat only occasionally"
            return REDUCED
    return 0




def _token_end(scope: Scope, at: int) -> int:
    """Folded end of the token whose word starts at folded ``at`` (folding turns
    "[HEALTH]" into " health "), 0 when there is none."""
    folded = scope.folded
    if not ("a" <= folded[at] <= "z") or (at and folded[at - 1] != " "):
        return 0
    original = scope.nt.original
    o_start = scope.nt.to_original(at, at + 1)[0]
    if not (o_start and original[o_start - 1] == "[" and REDACTION_TOKEN.match(original, o_start - 1)):
        return 0
    end = folded.find(" ", at)
    return end if end > 0 else len(folded)


def _dense_abstention(scope: Scope, own: int, stop: int, reducible: bool) -> int:
    folded = scope.folded
    start, end = scope.spans[own][0], scope.spans[own][1]
    lo = max(0, start - _DENSE_BEFORE_CHARS)
    while lo < start and scope.has_break(lo, start):
        lo += 1
    head = folded[lo:start]
    if not reducible and _DENSE_HARDLY.search(head):
        return 0  # "不怎么喝酒": drinks little, no abstention
    if any(marker in head for marker in _DENSE_ABSTAIN_BEFORE):
        return ABSTAINED
    if reducible and any(marker in head for marker in _DENSE_REDUCE_BEFORE):
        return REDUCED
    hi, letters = past_aside(scope, end, stop), 0  # the next characters of the clause, spaces not counted (Korean)
    end = hi
    while hi < stop and letters < _DENSE_AFTER_CHARS and not scope.has_break(hi, hi + 1):
        letters += folded[hi] != " "
        hi = _token_end(scope, hi) or hi + 1  # "[RELIGION]" counts as one letter, not eight
    tail = folded[end:hi]
    if _DENSE_EATEN_FIRST.match(tail):
        return 0  # "고기는 드시는데 소고기만 안 드세요": the cue is eaten, the negator is another food's
    if reducible and _DENSE_HARDLY.search(tail):
        return REDUCED  # "肉はほとんど食べない", "고기는 거의 안 드심": hardly, not never
    if _DENSE_ABSTAIN_AFTER.search(tail):
        return ABSTAINED
    if _DENSE_REFRAIN_AFTER.search(tail):
        return REDUCED if reducible else ABSTAINED
    if reducible and _DENSE_REDUCE_AFTER.search(tail):
        return REDUCED
    return 0
