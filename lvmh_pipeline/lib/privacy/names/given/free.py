"""A known given name standing alone in running text ("Bodas de oro con Carmen")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import is_cyrillic, scan
from lvmh_pipeline.lib.privacy.names.given.languages.russian import (
    _ARTICLES,
    _CUE_OR_FUNCTION,
    _PRODUCT_BEFORE,
    _RU_PLACE_PREPOSITIONS,
)
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
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER
from lvmh_pipeline.lib.privacy.names.positions.pairs import _CLOSING_AFTER, _LOWER_AFTER
from lvmh_pipeline.lib.privacy.names.positions.words import (
    _CAP_RE,
    _CUE_WORDS,
    _FILLER_WORDS,
    _DETERMINER_AFTER,
    _GAP_THEN_UPPER,
    _IMPERATIVE_GIVEN,
    _LAST_WORD,
    _SENTENCE_START,
    _given_form,
)


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


# Verbs only a person is the subject of, after a given name that is a word too opening a
# sentence ("Grace popped in again", "Hope rang about the set", "Ivy kwam langs")
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:popped|dropped|stopped|came|comes|called|calls|rang|phoned|emailed|e-mailed|texted|messaged|"
    r"visited|asked|said|says|mentioned|wants|wanted|picked|collected|bought|est[ \t]+passée?|a[ \t]+appelé|"
    r"è[ \t]+passat[ao]|ha[ \t]+chiamato|pasó|llamó|passou|ligou|kam[ \t]+vorbei|rief[ \t]+an|kwam[ \t]+langs|belde|"
    # English verbs of liking, needing and coming back ("Lily loves pink", "Faith will come back")
    r"loves|loved|likes|liked|prefers|preferred|adores|adored|needs|needed|wears|collects|celebrates|"
    r"returned|booked|ordered|chose|tried|phones|texts|emails|rings|visits|buys|asks|"
    r"will[ \t]+(?:come|return|pick|call|stop|drop|swing|visit|bring|confirm|decide|let)|"
    r"is[ \t]+(?:coming|turning|celebrating|looking|getting|expecting|allergic))"
    r"(?![\w'’])"
)
# A second given name (or a month-name given name) after the first: "Lily Rose loves pink",
# "Olivia May likes rings" — both words, when a person's verb follows them.
_SECOND_GIVEN = re.compile(r"[ \t]+(?:(?:and|&)[ \t]+)?([A-Z][a-z]{2,})(?![\w'’.-])")
# Verbs of two people ("Sky & Willow turn ten") and "again" after a returning client ("Faith
# again – …") also make the word a person.
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:turn|want|love|like|came|come|visited|prefer|need)(?![\w'’])")
_AGAIN_AFTER = re.compile(r"[ \t]+again[ \t]*[—–,:;-]")
# A spoken sentence opens with fillers before the name ("uh so Grace came by", "…, um, well Hope rang").
_FILLERS_BEFORE = re.compile(
    r"(?:^|[.!?,;—–][ \t]*)(?:(?i:uh|uhm|um|umm|er|erm|so|well|and|ok|okay|yeah|oh|like|then)[ \t,]+){1,3}$"
)
_MONTH_GIVEN = frozenset({"May", "June", "April", "August"})


def _pair_then_verb(text: str, start: int, stop: int, word: str) -> tuple[PiiSpan, ...] | None:
    second = _SECOND_GIVEN.match(text, stop)
    if not second:
        return None
    joined = second.group().lstrip(" \t")[:1] in "a&"
    if not (_PLURAL_VERB_AFTER if joined else _PERSON_VERB_AFTER).match(text, second.end()):
        return None
    other = second.group(1)
    if not (_given_form(other) and not is_place_month_or_brand(other) or other in _MONTH_GIVEN):
        return None
    if is_famous(f"{word} {other}"):
        return None
    if joined:
        if not _given_form(other) or classify(other) not in (AMBIGUOUS, NAME):
            return None
        return PiiSpan(start, stop, "NAME"), PiiSpan(second.start(1), second.end(1), "NAME")
    return (PiiSpan(start, second.end(), "NAME"),)


def opening_word_names(text: str) -> list[PiiSpan]:
    """A given name that is an ordinary word too, opening the note or a sentence before a verb
    only a person does ("Grace popped in", "Joy rang"); not a month, a place or a brand."""
    spans = []
    for start, stop, word in scan(text).capitals:
        kind = classify(word)
        if kind not in (AMBIGUOUS, NAME) or not _given_form(word) or is_place_month_or_brand(word):
            continue
        if start and not _SENTENCE_START.search(text, max(0, start - 6), start) and text[:start].strip() and not (
            _FILLERS_BEFORE.search(text, max(0, start - 24), start)
        ):
            continue
        if kind == AMBIGUOUS and (
            _PERSON_VERB_AFTER.match(text, stop) or _AGAIN_AFTER.match(text, stop)
        ):
            spans.append(PiiSpan(start, stop, "NAME"))
        elif pair := _pair_then_verb(text, start, stop, word):
            spans += pair
    return spans


# "Tobias: kein Alkohol", "Irina: no pork": a colon, then what is said of the person in lower case
_SAID_AFTER = re.compile(r":[ \t]+[a-zà-ÿ]")


# A word of another script or a colon glued before the Latin word before the name ("前回購入:Tank")
_GLUED_BEFORE = re.compile(r"[:：/\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


# A known given name said as a sentence of its own inside a note ("… the doctor came. Marco. He …")
_ALONE = re.compile(r"\.(?=[ \t]+[A-ZÀ-ÞА-ЯЁ]|[ \t]*$)")


_DEFINITE = frozenset("the la le el der die das il lo".split())
# "in" before a given name and a place's particle or end: a town named after a saint or a person
_LOCATIVE = frozenset("en in em à nach naar".split())
# A part of a building or a shop, then "on" / "at": the street it opens onto comes next
_STREET_BEFORE = re.compile(
    r"(?<![\w])(?i:entrances?|doors?|exits?|side|corner|store|shop|boutique|branch|flagship|garage|parking|"
    r"entrée|sortie|porte|entrada|salida|saída|ingresso|uscita|eingang|ausgang|ingang|uitgang)"
    r"[ \t]+(?i:on|at|off|of|côté|rue|por|pela|pelo|su|an[ \t]+der|aan[ \t]+de|op[ \t]+de)[ \t]+$"
)
_PLACE_TAIL = re.compile(r"[ \t]+(?:de|del|do|da|di)[ \t]+[A-ZÀ-Þ]|[ \t]*(?:[,.;:)]|$)")


def free_given_names(text: str) -> list[PiiSpan]:
    """Known given names (no ordinary word) standing in running text as a person: "Bodas de oro
    con Carmen", "Tobias ist Pescetarier", "ДР жены Алины". Not inside a run of capitalised
    words ("Madison Avenue", "Santa Maria Novella"), nor after a product word ("pochette Louise"). A short
    form of two letters counts where it has an accent ("o Zé"), as Portuguese writes them."""
    spans = []
    for start, stop, word in scan(text).capitals:
        if len(word) < 3 and word.isascii() or len(word) < 2 or not _given_form(word) or classify(word) == AMBIGUOUS:
            continue
        if classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word):
            continue
        if start and text[start - 1] in "[]'’-.@/_" or stop < len(text) and text[stop] in "-'’@_]":
            continue
        previous = _LAST_WORD.search(text, max(0, start - 30), start)
        if previous:
            prev = previous.group(1).strip(",;:()\"'«»“”")
            prev = _GLUED_BEFORE.split(prev)[-1] or prev  # "購入:Tank Louis", "ブランド:Château Margaux": the Latin word
            closed = text[previous.end(1) - 1 : previous.end(1)] in ",;:)" or (  # "Bday 14 Nov. Olga prefers …"
                text[previous.end(1) - 1 : previous.end(1)] == "."
                and (_LOWER_AFTER.match(text, stop) or _SAID_AFTER.match(text, stop) or _ALONE.match(text, stop)) is not None
            )
            if prev[:1].isupper() and not closed and not (
                _SENTENCE_START.search(text, 0, previous.start(1))
                and (
                    fold(prev) in _CUE_OR_FUNCTION
                    or fold(prev) in _ARTICLES
                    or is_cyrillic(prev) and is_cyrillic(word) and classify(prev) != NAME and not _given_form(prev)
                    or _opening_verb(prev, word, text, stop)
                )
            ):
                continue  # inside a run of capitalised words, not after "Позвонить" opening a sentence
            if not closed and fold(prev) in _PRODUCT_BEFORE or names_a_place_or_org(prev):
                continue
            if fold(prev) in _LOCATIVE and _PLACE_TAIL.match(text, stop) or fold(prev) == "del":
                continue  # "en Santiago de Compostela", "la Virgen del Pilar": a place, a title of the Virgin
            if _STREET_BEFORE.search(text, max(0, start - 40), start):
                continue  # "the back door on Lexington", "la porte côté Wagram": a street
            if fold(prev) in _DEFINITE and fold(word) in TITLE_WORDS_LOWER:
                continue  # "the Sheikha wants …": a title named by its article, the person named before
            if is_cyrillic(word) and fold(prev) in _RU_PLACE_PREPOSITIONS and fold(prev) != "через":
                continue  # "из Милана", "в Софии": a city; "через Глеба" is whom a message goes through
        follower = _GAP_THEN_UPPER.match(text, stop)
        if follower:
            nxt = _CAP_RE.match(text, follower.end() - 1)
            if nxt and (not is_surname(nxt.group()) or is_famous(f"{word} {nxt.group()}")):
                continue
        if _SENTENCE_START.search(text, max(0, start - 6), start) and not (start and _ALONE.match(text, stop)) and (
            not (_LOWER_AFTER.match(text, stop) or _SAID_AFTER.match(text, stop)) or len(word) < 4 or fold(word) in _FILLER_WORDS
            or fold(word) in _IMPERATIVE_GIVEN and _DETERMINER_AFTER.match(text, stop)
        ):
            continue  # a sentence opening with the name and no verb after it: a heading, a product
        spans.append(PiiSpan(start, stop, "NAME"))
    return spans + opening_word_names(text) + coordinated_given(text)


# "for Ivy and for Ezra", "with Noor and with Yusuf": one preposition before each of two capitalised
# words; "engaged to Amber", "married to Soren": the person one is engaged or married to.
_FOR_EACH = re.compile(
    r"\b(for|to|with)[ \t]+([A-Z][a-z]{2,})[ \t]+(?:and|&)[ \t]+\1[ \t]+([A-Z][a-z]{2,})(?![\w'’-])"
)
_ENGAGED_TO = re.compile(
    r"\b(?i:engaged|married|engagement|betrothed)\b[^.;!?\n]{0,40}?\bto[ \t]+([A-Z][a-z]{2,})(?![\w'’-])"
    # "le mariage de son fils avec Ninon", "se casa con Itziar", "Hochzeit … mit Wiebke"
    r"|\b(?i:mariage|se[ \t]+marie|fiançailles|boda|se[ \t]+casa|matrimonio|nozze|si[ \t]+sposa|casamento|hochzeit|"
    r"heiratet|verlobung|huwelijk|trouwt)\b[^.;!?\n]{0,40}?\b(?:avec|con|com|mit|met)[ \t]+"
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,})(?![\w'’-])"
)


def _person_word(word: str) -> bool:
    return (
        classify(word) in (NAME, AMBIGUOUS, UNKNOWN)
        and not is_place_month_or_brand(word)
        and not names_a_place_or_org(word)
        and not is_vocabulary(word)
    )


def coordinated_given(text: str) -> list[PiiSpan]:
    """Two people each after the same preposition ("for Ivy and for Ezra"), one of them a known
    given name; the person someone is engaged or married to ("engaged to Amber", "le mariage de
    son fils avec Ninon")."""
    if not any(w in text for w in (" to ", " for ", "For ", " with ", " avec ", " con ", " com ", " mit ", " met ")):
        return []
    spans = []
    for m in _FOR_EACH.finditer(text):
        first, second = m.group(2), m.group(3)
        if _person_word(first) and _person_word(second) and (_given_form(first) or _given_form(second)):
            spans += [PiiSpan(m.start(2), m.end(2), "NAME"), PiiSpan(m.start(3), m.end(3), "NAME")]
    for m in _ENGAGED_TO.finditer(text):
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if _given_form(word) and not is_famous(word) and (
            _person_word(word) or group == 2 and classify(word) != COMMON and not names_a_place_or_org(word)
        ):  # one marries a person, not a brand: "avec Céline" after a wedding is the bride
            spans.append(PiiSpan(m.start(group), m.end(group), "NAME"))
    return spans
