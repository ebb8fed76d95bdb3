"""Given names recognised by their position, in alphabetic scripts (Latin, Cyrillic).

- a known given name followed by a surname anywhere: "Anna Krause", "Анна Орлова";
- a kin word followed by a given name: "sa fille Chloé", "with her husband Marco", "дочь Анна";
  a name missing from the lexicon too where the kin word stands in a phrase ("mit Tochter
  Paulina", "her partner Noa", "жене Оле", "his youngest son Rafferty", "Mr Hale's wife
  Clemmie"), not in a telegraphic list ("Daughter Harvard");
- a given name that is a word before ", her <kin word>" ("for Grace, her niece"), and the names
  listed after a kin word in the plural ("Two grandchildren: Wren and Bodhi");
- a known given name standing alone in running text ("Bodas de oro con Carmen", "Tobias ist
  Pescetarier"), not inside a run of capitalised words nor after a product word;
- Russian names and pairs of unknown capitalised words by their endings ("Орловым", "Сергеевна").

Surnames by position (leading names, names with an age, surname pairs) are in :mod:`.positions`,
whose word shapes this module shares.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import is_cyrillic, parse_name, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    fold,
    is_famous,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.word_forms import russian_sentence_word
from lvmh_pipeline.lib.privacy.names.positions import (  # the shapes both modules read
    _CAP_RE,
    _CLOSING_AFTER,
    _CUE_WORDS,
    _CYRILLIC_SURNAME,
    _DELIMITER,
    _FILLER_WORDS,
    _GAP,
    _GAP_THEN_UPPER,
    _KIN_AFTER,
    _KIN_AMBIGUOUS,
    _LAST_WORD,
    _LOWER_AFTER,
    _PREVIOUS_LOWER,
    _RU_OPENERS,
    _SENTENCE_START,
    _given_form,
    _ordinary,
)


# A surname with lower-case particles after a given name: "Jan de Boer", "Anna van der Meer".
_PARTICLE_SURNAME = re.compile(
    r"[ \t]+(?P<surname>(?:de|van|von|vom|zu|da|di|del|della|du|dos|das|do|ter|ten|le|la)"
    r"(?:[ \t]+(?:der|den|de|het|la|le|van))?[ \t]+(?P<last>" + _CAP_RE.pattern + r"))(?![\w'’\-])"
)


def given_name_pairs(text: str) -> list[PiiSpan]:
    spans = []
    lexicon = person_names()
    for start, stop, word in scan(text).capitals:
        folded = word.casefold()
        if not _GAP_THEN_UPPER.match(text, stop):
            particle = _PARTICLE_SURNAME.match(text, stop)
            if particle and folded in lexicon.given and is_surname(particle.group("surname")) and not _ordinary(word):
                # "Jan de Boer" (the listed "de Boer") -> "[NAME] de [NAME]", the particle kept as elsewhere
                spans += [PiiSpan(start, stop, "NAME"), PiiSpan(particle.start("last"), particle.end(), "NAME")]
            continue
        if folded not in lexicon.given:
            # surname first: "Kim Min-ji", "Wang Wei", "Tanaka Yuki", "Orlov Ivan"
            nxt = _CAP_RE.match(text, _GAP.match(text, stop).end())
            if (
                folded in lexicon.surnames
                and classify(word) == NAME
                and nxt
                and nxt.group().casefold() in lexicon.given
                and classify(nxt.group()) == NAME
            ):
                spans.append(PiiSpan(start, nxt.end(), "NAME"))
            continue
        if start and text[start - 1] in "[]'’-.":
            continue
        if _ordinary(word):
            continue
        end = parse_name(text, start, strict=True)
        if end is None or " " not in text[start:end].strip():
            continue
        name = text[start:end]
        last = name.split()[-1]
        if classify(word) == AMBIGUOUS and not (is_surname(last) and classify(last) == NAME):
            continue
        before = _LAST_WORD.search(text, max(0, start - 30), start)
        if is_famous(name) or (before and names_a_place_or_org(before.group(1))):
            continue
        spans.append(PiiSpan(start, end, "NAME"))
    return spans


def kin_names(text: str) -> list[PiiSpan]:
    """A known given name right after a kin word ("sa fille Chloé", "дочь Анна", "с дочерью
    Анной"). Only known names: "son fils Polytechnique", "zoon Ajax" are no persons."""
    spans = []
    for kin_start, stop, kin_word in scan(text).kin:
        after = _KIN_AFTER.match(text, stop)
        first = _CAP_RE.match(text, after.end()) if after else None
        if not first:
            continue
        word = first.group()
        if not _given_form(word):
            if _unknown_after_kin(text, kin_start, kin_word, first):
                end = parse_name(text, first.start(), strict=True)
                spans.append(PiiSpan(first.start(), end or first.end(), "NAME"))
            elif is_surname(word) and kin_word.casefold() not in _KIN_AMBIGUOUS:
                # "la figlia Lin Mei", "дочь Ким Юна": surname first, then a known given name
                nxt = _GAP_THEN_UPPER.match(text, first.end())
                given = _CAP_RE.match(text, nxt.end() - 1) if nxt else None
                if given and _given_form(given.group()) and classify(given.group()) != COMMON:
                    spans.append(PiiSpan(first.start(), given.end(), "NAME"))
            continue
        # A capitalised kin word is German (or opens a sentence): "Tochter Mai" is May.
        if kin_word[0].isupper() and is_vocabulary(word):
            continue
        if kin_word.casefold() in _KIN_AMBIGUOUS and classify(word) != NAME and not (
            classify(word) == AMBIGUOUS and _english_son(text, kin_start, kin_word)
        ):
            continue  # "avec son Birkin"; but "her son Will": the English kin word, a name that is a word
        end = parse_name(text, first.start(), strict=True)
        spans.append(PiiSpan(first.start(), end or first.end(), "NAME"))
    return spans


# Kin words in the plural, before a list of their names ("Two grandchildren: Wren and Bodhi").
_PLURAL_KIN = re.compile(
    r"(?<![\w-])(?i:children|kids|grandchildren|grandkids|twins|sons|daughters|granddaughters|grandsons"
    r"|nieces|nephews|enfants|petits-enfants|jumeaux|jumelles|figli|figlie|nipoti|gemelli|gemelle|hijos|hijas"
    r"|nietos|nietas|gemelos|gemelas|filhos|filhas|netos|netas|gêmeos|enkelkinder|zwillinge|kinderen"
    r"|kleinkinderen|tweeling)(?:[ \t]*(?:[:(—–,]|-(?=[ \t]))[ \t]*|[ \t]+)"
)
_LIST_ITEM = re.compile(r"(" + _CAP_RE.pattern + r")(?:[ \t]*,[ \t]*\d{1,2}(?!\d)|[ \t]*\([ \t]*\d{1,2}[ \t]*\))?")
_LIST_END = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$)")
_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?i:and|et|e|y|und|en|и)[ \t]+)?|[ \t]+(?:(?i:and|et|e|y|und|en|и)|&)[ \t]+)")


def kin_lists(text: str) -> list[PiiSpan]:
    """The names listed after a kin word in the plural and a colon, a comma or a bracket: "Two
    grandchildren: Wren and Bodhi", "Her twins, Otis and Wilf, …", "Kids (Ottilie, 8 and Arlo,
    5)"; not an ordinary word, place, month or brand ("Kids: Harvard and Eton")."""
    spans = []
    for head in _PLURAL_KIN.finditer(text):
        # German capitalises its nouns ("Enkelkinder: Schule und Sport"): a known given name in the list
        german = scan(text).german or head.group().strip(" \t:(—–,-").casefold() in ("enkelkinder", "zwillinge")
        cursor, items, closed = head.end(), [], True
        while True:
            item = _LIST_ITEM.match(text, cursor)
            word = item.group(1) if item else ""
            if not word or classify(word) == COMMON or is_place_month_or_brand(word) or len(word) < 2:
                break
            items.append(PiiSpan(item.start(1), item.end(1), "NAME"))
            join = _LIST_JOIN.match(text, item.end())
            if not join:
                closed = _LIST_END.match(text, item.end()) is not None or item.end() > item.end(1)  # "Freya (7) loves"
                break
            cursor = join.end()
        words = [text[i.start : i.end] for i in items]
        # "Kids: Disney and Lego fans", "Twins: Identical, …": no list of names, a capitalised phrase
        if closed and words and (
            any(_given_form(w) for w in words) if german or len(words) == 1
            else all(_given_form(w) or not is_vocabulary(w) for w in words)
        ):
            spans += items
    return spans


# "…, her niece": a possessive and a kin word after a comma describe the word before the comma.
_APPOSITION = re.compile(
    r"(?<![\w'’\[\]\-])(" + _CAP_RE.pattern + r")[ \t]*,[ \t]*(?i:her|his|their|my|our|your|sa|son|su|sua|suo"
    r"|ihre|seine|haar|zijn|hun)[ \t]+$"
)


def kin_appositions(text: str) -> list[PiiSpan]:
    """A known given name, a word too, before ", her <kin word>": "for Grace, her niece",
    "came with Poppy, her granddaughter" (not "Milan, her son's city": a place)."""
    spans = []
    for kin_start, _stop, _kin_word in scan(text).kin:
        m = _APPOSITION.search(text, max(0, kin_start - 60), kin_start)
        if not m:
            continue
        word = m.group(1)
        if not _given_form(word) or classify(word) == COMMON or is_place_month_or_brand(word):
            continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# Words that open a phrase with a kin word ("her partner", "mit Tochter", "la cuñada").
_KIN_DETERMINERS = frozenset(
    """her his their my our your with and the a to for of by
    sa son ses leur leurs ma mon mes notre votre avec et la le les de du des pour à au chez
    il lo i gli sua suo sue suoi mia mio loro con col coi e per della del dello di alla al
    su sus el los las mi y para a o as os seu suas seus minha meu com da do das dos ao
    mit seine seiner seinem seinen seines ihre ihrer ihrem ihren ihres der die dem den des von
    für und sein ihr haar zijn hun mijn met en het van voor""".split()
)


_ENGLISH_POSSESSIVES = frozenset("her his their my our your the and with".split())
# Adjectives between a possessive and a kin word ("his youngest son Rafferty", "best friend Ines").
_KIN_ADJECTIVES = frozenset("eldest oldest youngest older younger elder middle little baby only late best close old dear".split())


def _english_son(text: str, kin_start: int, kin_word: str) -> bool:
    """"with their son Ruaridh", "her son Ewan": "son" after an English possessive is the kin
    word, not the French "son" ("avec son Birkin")."""
    if kin_word.casefold() != "son":
        return False
    previous = _LAST_WORD.search(text, max(0, kin_start - 12), kin_start)
    if previous is not None and previous.group(1).casefold() in _KIN_ADJECTIVES:
        previous = _LAST_WORD.search(text, max(0, previous.start(1) - 12), previous.start(1))
    return previous is not None and previous.group(1).casefold() in _ENGLISH_POSSESSIVES


def _unknown_after_kin(text: str, kin_start: int, kin_word: str, first: re.Match[str]) -> bool:
    """A word missing from the lexicon after a kin word is a given name where the kin word
    stands inside a phrase ("mit Tochter Paulina", "her partner Noa", "la cuñada Lupita"), not
    where a telegraphic note lists kin and institutions ("Daughter Harvard, son Eton")."""
    word = first.group()
    if kin_word.casefold() in _KIN_AMBIGUOUS and not _english_son(text, kin_start, kin_word):
        return False
    if len(word) < 2 or (word.isupper() and len(word) <= 4):
        return False
    if text[kin_start:first.start()].strip(" \t\u00a0").casefold() != kin_word.casefold():
        return False  # "und Tochter, Sternekoch": punctuation between, a role follows
    if "-" in word and any(part.isupper() or part.islower() for part in word.split("-")[1:]):
        return False  # "Top-VIP", "Michelin-starred"
    if classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word):
        return False
    previous = _PREVIOUS_LOWER.search(text, max(0, kin_start - 30), kin_start)
    if (
        previous is None
        and is_cyrillic(word)
        and is_cyrillic(kin_word)
        and _LOWER_AFTER.match(text, first.end())
        and not word.endswith(("ой", "ый", "ий", "ая", "ое", "ые"))
    ):
        return True  # "Девушка Вика флекситарианка": Russian capitalises no noun, only names
    if previous is None:
        previous = _LAST_WORD.search(text, max(0, kin_start - 30), kin_start)
        if not (previous and previous.group(1).casefold() in _KIN_DETERMINERS | _KIN_ADJECTIVES):
            return False  # "Daughter Harvard", "…, son Eton": a telegraphic list
    elif not is_cyrillic(word) and previous.group().strip().casefold() not in _KIN_DETERMINERS | _KIN_ADJECTIVES and not (
        previous.group().strip().endswith(("'s", "’s"))
        or previous.group().strip() == "s" and text[previous.start() - 1 : previous.start()] in ("'", "’")
    ):  # "Mr Hale's wife Clemmie", "her son's girlfriend Ottilie": a possessive determines the kin word
        return False  # "folgt Vater Schritte": a German noun, not "mit Tochter Paulina"
    nxt = _GAP_THEN_UPPER.match(text, first.end())
    if nxt:
        follower = _CAP_RE.match(text, nxt.end() - 1)
        if follower and classify(follower.group()) == UNKNOWN:
            return False  # "hijo Real Madrid", "Universidad Navarra": a multi-word proper noun
    return True


def _opening_verb(prev: str, word: str, text: str, stop: int) -> bool:
    """"Vino Marisol con su hija", "Chiamato Luca, …", "Called Tom re the belt": a sentence that
    opens with a verb or adverb before a known given name (no ordinary word), followed by a
    lower-case word or punctuation — not a run of proper nouns ("Santa Maria Novella")."""
    return (
        classify(word) == NAME
        and classify(prev) in (UNKNOWN, COMMON)
        and not is_place_month_or_brand(prev)
        and not names_a_place_or_org(prev)
        and fold(prev) not in _CUE_WORDS
        and fold(prev) not in _PRODUCT_BEFORE
        and not is_famous(f"{prev} {word}")
        and (_LOWER_AFTER.match(text, stop) is not None or _CLOSING_AFTER.match(text, stop) is not None)
    )


def free_given_names(text: str) -> list[PiiSpan]:
    """Known given names (no ordinary word) standing in running text as a person: "Bodas de oro
    con Carmen", "Tobias ist Pescetarier", "ДР жены Алины". Not inside a run of capitalised
    words ("Madison Avenue", "Santa Maria Novella"), nor after a product word ("pochette Louise")."""
    spans = []
    for start, stop, word in scan(text).capitals:
        if len(word) < 3 or not _given_form(word) or classify(word) == AMBIGUOUS:
            continue
        if classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word):
            continue
        if start and text[start - 1] in "[]'’-.@/_" or stop < len(text) and text[stop] in "-'’@_]":
            continue
        previous = _LAST_WORD.search(text, max(0, start - 30), start)
        if previous:
            prev = previous.group(1).strip(",;:()\"'«»“”")
            if prev[:1].isupper() and not text[previous.end(1) - 1 : previous.end(1)] in ",;:)" and not (
                _SENTENCE_START.search(text, 0, previous.start(1))
                and (
                    fold(prev) in _CUE_OR_FUNCTION
                    or fold(prev) in _ARTICLES
                    or is_cyrillic(prev) and is_cyrillic(word) and classify(prev) != NAME and not _given_form(prev)
                    or _opening_verb(prev, word, text, stop)
                )
            ):
                continue  # inside a run of capitalised words, not after "Позвонить" opening a sentence
            if fold(prev) in _PRODUCT_BEFORE or names_a_place_or_org(prev):
                continue
            if is_cyrillic(word) and fold(prev) in _RU_PLACE_PREPOSITIONS:
                continue  # "из Милана", "в Софии": a city
        follower = _GAP_THEN_UPPER.match(text, stop)
        if follower:
            nxt = _CAP_RE.match(text, follower.end() - 1)
            if nxt and (not is_surname(nxt.group()) or is_famous(f"{word} {nxt.group()}")):
                continue
        if _SENTENCE_START.search(text, max(0, start - 6), start) and (
            not _LOWER_AFTER.match(text, stop) or len(word) < 4 or fold(word) in _FILLER_WORDS
        ):
            continue  # a sentence opening with the name and no verb after it: a heading, a product
        spans.append(PiiSpan(start, stop, "NAME"))
    return spans


# Prepositions of place: a given name after them is a city ("из Милана", "в Софии", "во Флоренции").
_RU_PLACE_PREPOSITIONS = frozenset("из в во на до через около возле под над из-под".split())


# Words after which a given name is a product or a line ("pochette Louise", "Sac Alma").
_PRODUCT_BEFORE = frozenset(
    """pochette portefeuille portfolio wallet sac bag borsa bolso bolsa tasche tas sacoche clutch
    modèle model modello modelo modell ligne line linea línea linha lijn collection collezione
    colección coleção kollektion collectie parfum perfume profumo fragrance eau montre watch
    orologio reloj relógio uhr horloge bague ring anello anillo anel collier necklace сумка
    кошелёк коллекция hotel hôtel restaurant café bar villa rue street via calle rua straße""".split()
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


def russian_names(text: str) -> list[PiiSpan]:
    """Capitalised Russian words with a surname's ending ("Орлова ищет подарок", "с Орловым"):
    Russian capitalises no common noun inside a sentence."""
    spans = []
    for m in _CYRILLIC_SURNAME.finditer(text):
        word = m.group(1)
        if _ordinary(word) or _STREET_AFTER.match(text, m.end()):
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
    return spans


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
        if third and (_PATRONYMIC.search(third) or _CYRILLIC_SURNAME.fullmatch(third) or is_surname(third)):
            end = m.end(3)
        spans.append(PiiSpan(m.start(1), end, "NAME"))
    return spans
