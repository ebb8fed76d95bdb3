"""Russian names and pairs of unknown Cyrillic words recognised by their endings."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import is_cyrillic, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    fold,
    is_place_month_or_brand,
    is_surname,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS
from lvmh_pipeline.lib.privacy.names.positions.pairs import (
    _CLOSING_AFTER,
    _CYRILLIC_SURNAME,
    _LOWER_AFTER,
)
from lvmh_pipeline.lib.privacy.names.positions.words import (
    _CUE_WORDS,
    _DELIMITER,
    _LAST_WORD,
    _RU_OPENERS,
    _SENTENCE_START,
    _given_form,
    _ordinary,
)
from lvmh_pipeline.lib.privacy.names.word_forms import russian_sentence_word

# Prepositions of place: a given name after them is a city ("из Милана", "в Софии", "во Флоренции").
_RU_PLACE_PREPOSITIONS = frozenset("из в во на до через около возле под над из-под".split())


# Words after which a given name is a product or a line ("pochette Louise", "Sac Alma").
_PRODUCT_BEFORE = frozenset(
    """pochette portefeuille portfolio wallet sac bag borsa bolso bolsa tasche tas sacoche clutch
    modèle model modello modelo modell ligne line linea línea linha lijn collection collezione
    colección coleção kollektion collectie parfum perfume profumo fragrance eau montre watch
    orologio reloj relógio uhr horloge bague ring anello anillo anel collier necklace сумка
    кошелёк коллекция hotel hôtel restaurant café bar villa rue street via calle rua straße
    kette halskette armband armreif ohrringe anhänger brosche collana bracciale orecchini pendientes pulsera
    collar pendentif bracelet pendant earrings brooch colar pulseira brincos ketting oorbellen""".split()
)


_CUE_OR_FUNCTION = FUNCTION_WORDS | frozenset(w.casefold() for w in KIN_WORDS)


# Articles opening a sentence before a given name ("O Thiago prefere", "La Giulia ha scelto").
_ARTICLES = frozenset("o a os as la le il el lo los las les die der das the un una uma um".split())


# Patronymics in every case ("Сергеевна", "Сергеевне", "Петровичем", "Ильиничной").
_PATRONYMIC = re.compile(
    r"[А-ЯЁ][а-яё]+(?:ович|евич|вич|ич)(?:а|у|ем|е)?$|[А-ЯЁ][а-яё]+(?:овн|евн|ичн)(?:а|ы|е|у|ой)$"
)


_CYRILLIC_PAIR = re.compile(
    r"(?<![\u0400-\u04ff\-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"(?:[ \t]+([А-ЯЁ][а-яё]+))?(?![\u0400-\u04ff\-])"
)


_STREET_AFTER = re.compile(r"[ \t]+(?:проспект|улиц|бульвар|площад|переул|шоссе|набережн|пр-т|ул\.)")
# a feast named by a possessive adjective ("Валентинов день", "Татьянин день", "Петров пост")
_FEAST_AFTER = re.compile(r"[ \t]+(?:день|дня|дню|днём|днем|пост)(?![а-яё])")


def russian_names(text: str) -> list[PiiSpan]:
    """Capitalised Russian words with a surname's ending ("Орлова ищет подарок", "с Орловым"):
    Russian capitalises no common noun inside a sentence."""
    spans = []
    for m in _CYRILLIC_SURNAME.finditer(text):
        word = m.group(1)
        if _ordinary(word) or _STREET_AFTER.match(text, m.end()):
            continue
        if word.endswith(("ов", "ев", "ин", "ын")) and _FEAST_AFTER.match(text, m.end()):
            continue
        before = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
        if before and names_a_place_or_org(before.group(1)):
            continue  # "День святого Валентина"
        if before and fold(before.group(1)) in _RU_PLACE_PREPOSITIONS and classify(word) != NAME:
            continue  # "из Берлина", "в Пекине": a city with a surname's ending
        if _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
            # a sentence opens with it: a subject before a verb ("Орлова ищет …"), not an
            # adjective ("Французская косметика")
            if word.endswith(("ий", "ая", "ого", "ому", "ую", "ие", "их", "ой", "ые", "ым")) and classify(word) != NAME:
                continue  # "Французская косметика", "Деловой подарок": an adjective
            if russian_sentence_word(word) or word.endswith("ины") and _LOWER_AFTER.match(text, m.end()) and not is_surname(word):
                continue  # "Свинину не употребляет", "Апельсины не ест": a noun's case, a plural
            if not (_LOWER_AFTER.match(text, m.end()) or _DELIMITER.match(text, m.end())):
                continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if "старш" in text or "младш" in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _ELDER_YOUNGER.finditer(text)]
    return spans


# A family name with "the elder" / "the younger" after a hyphen ("Белова-старшая", "Орлов-младший"):
# only a family is told apart so.
_ELDER_YOUNGER = re.compile(r"(?<![\u0400-\u04ff\-])([А-ЯЁ][а-яё]{2,})-(?:старш|младш)[а-яё]{2,3}(?![\u0400-\u04ff])")


def _cyrillic_other(word: str) -> bool:
    """A capitalised Cyrillic word that can stand next to a given name as a surname: no listed
    ordinary word, place, month or brand ("Гольдман", "Мороз", "Пак", not "Москва")."""
    return (
        classify(word) != COMMON
        and not is_place_month_or_brand(word)
        and not names_a_place_or_org(word)
        and fold(word) not in _CUE_WORDS
        and fold(word) not in KIN_WORDS
        and len(word) >= 2
    )


# Houses and lines as Russian notes spell them: a capitalised pair of them is no person.
_RU_BRANDS = frozenset(
    """картье шанель диор булгари ролекс тиффани эрмес гуччи прада луи виттон вюиттон фенди селин
    живанши лоро пиана бриони армани версаче валентино баленсиага монблан пьяже шопард ван клиф
    арпельс омега патек филипп одемар пиге брегет бушерон мессика сен лоран берберри бёрберри
    келли биркин танк серпенти коко габбана дольче бвлгари лонжин лонжинс хублот блан""".split()
)


_RU_PRODUCT_STEMS = (
    "час", "сумк", "серьг", "кольц", "браслет", "дух", "парфюм", "колье", "модел", "коллекци", "лини",
    "кошел", "платок", "платк", "шарф", "ремен", "ремн", "туфл", "бренд", "марк", "бутик",
    "отел", "гостиниц", "ресторан", "магазин", "кафе", "клуб", "галере", "салон", "театр", "музе",
    "улиц", "проспект", "район", "компани", "фирм", "банк",
)


_RU_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их")


def _unknown_russian_pair(text: str, m: re.Match[str], first: str, second: str) -> bool:
    """Two capitalised Cyrillic words missing from the lexicon inside a sentence, closed by
    punctuation or a lower-case word: a given name and a surname of another origin ("Айсель
    Мамедли", "Гюльшен Алекперли"). Not an adjective and its noun ("Красная Площадь", "Новый
    Год"), a brand or a place ("Леди Диор", "Картье Танк"), nor after a preposition of place."""
    for word in (first, second):
        if (
            len(word) < 3
            or classify(word) != UNKNOWN
            or not _cyrillic_other(word)
            or word.casefold().endswith(_RU_ADJECTIVE_ENDINGS)
            or word.casefold() in _RU_OPENERS
            or word.casefold() in _RU_BRANDS
            or russian_sentence_word(word)
        ):
            return False
    before = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
    if before and (fold(before.group(1)) in _RU_PLACE_PREPOSITIONS or names_a_place_or_org(before.group(1))):
        return False
    if before and (fold(before.group(1)) in _PRODUCT_BEFORE or fold(before.group(1)).startswith(_RU_PRODUCT_STEMS)):
        return False  # "часы Картье Танк", "сумку Леди Диор": a brand and a line
    return _CLOSING_AFTER.match(text, m.end(2)) is not None or _LOWER_AFTER.match(text, m.end(2)) is not None


def _adjective_surname(text: str, m: re.Match[str], word: str) -> bool:
    """A capitalised adjective in the nominative after a given name, closed by punctuation or a
    lower-case word ("Светлана Чёрная,", "Олег Белый пришёл"): Russian capitalises it only as a
    family name; a place, a brand or a kin or cue word is none."""
    return (
        len(word) >= 4
        and word.casefold().endswith(("ая", "ой", "ый", "ий"))
        and not m.group(3)
        and not is_place_month_or_brand(word)
        and not names_a_place_or_org(word)
        and fold(word) not in _CUE_WORDS
        and fold(word) not in KIN_WORDS
        and fold(word) not in _RU_BRANDS
        and (_CLOSING_AFTER.match(text, m.end(2)) is not None or _VERB_AFTER.match(text, m.end(2)) is not None)
    )


# A verb after the pair ("Ольга Белая приедет", "Олег Седой звонил"), not a noun the adjective
# qualifies ("Новая коллекция").
_VERB_AFTER = re.compile(r"[ \t]+[а-яё]+(?:ла|ли|л|ет|ёт|ит|ут|ют|ат|ят)(?![а-яё])")


def russian_pairs(text: str) -> list[PiiSpan]:
    """A Russian given name (any case, diminutives too) next to another capitalised word:
    "Артур Гольдман", "Светланы Мороз", "Пак Виктор", "Анне Сергеевне", "Игорь Петрович"."""
    spans = []
    for start, _, word in scan(text).capitals:
        if not is_cyrillic(word):
            continue
        m = _CYRILLIC_PAIR.match(text, start)
        if not m:
            continue
        first, second, third = m.group(1), m.group(2), m.group(3)
        sentence_start = _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()) is not None
        if _given_form(first) and _cyrillic_other(second) and classify(first) != COMMON:
            pass
        elif classify(first) == NAME and _adjective_surname(text, m, second):
            pass  # "Светлана Чёрная, …": a family name that is an adjective, after a known given name
        elif (
            _given_form(second)
            and _cyrillic_other(first)
            and (not sentence_start or is_surname(first) or _CYRILLIC_SURNAME.fullmatch(first))
        ):
            pass
        elif not sentence_start and _unknown_russian_pair(text, m, first, second):
            pass  # "Пришла Айсель Мамедли.": Russian capitalises no common noun inside a sentence
        else:
            continue
        end = m.end(2)
        if third and (
            _PATRONYMIC.search(third) or _CYRILLIC_SURNAME.fullmatch(third) or is_surname(third)
            or _PATRONYMIC.search(second) and not is_place_month_or_brand(third)  # "Инна Павловна Рыжая"
        ):
            end = m.end(3)
        spans.append(PiiSpan(m.start(1), end, "NAME"))
    return spans + _particle_surnames(text)


# A given name, then a surname with its particles ("Эльза фон Штайн", "Лаура ван дер Берг", "Сара де Ла Торре")
_PARTICLE_NAME = re.compile(
    r"(?<![\u0400-\u04ff\-])([А-ЯЁ][а-яё]+)[ \t]+((?:(?:фон|ван|де|дер|ден|ди|дю|ла|ле|дель|делла|да|ду|аль|эль|цу)[ \t]+){1,2}"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
)


def _particle_surnames(text: str) -> list[PiiSpan]:
    spans = []
    for m in _PARTICLE_NAME.finditer(text):
        if _given_form(m.group(1)) and classify(m.group(1)) != COMMON and not is_place_month_or_brand(m.group(2).split()[-1]):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    return spans
