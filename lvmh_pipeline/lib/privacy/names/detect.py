"""Detection of person names in advisor notes, in the twelve languages of the notes.

No general named-entity recognition: a capitalised word is a person only where the note says
so —

- after a cue (:mod:`.names_cues`): a title ("Mme Laurent", "la señora Ortega", "господин
  Орлов"), with the fillers of a voice transcription in between ("Mrs. well. Hughes", "Herr ähm
  also Krause"), a couple of titles ("Mr & Mrs Collins", "Sr/Sra. Ortega"), a couple or family
  word ("Ehepaar Koch"), a meeting or naming phrase ("Meeting with Sophie Martin", "si chiama
  Bianchi"), a client word ("Kundin Keller"), a label ("Nom : Keller");
- by position (:mod:`.names_positions`, :mod:`.openings`): at the start of a note ("Keller, 57
  jaar, …", "De Jong, 45 jaar", "Kensington, around 30"), a particle surname opening a sentence
  ("De Luca conferma"), before
  an age ("Dupont 45 ans", "Müller (62)"), a known given name before a surname ("Anna Krause"),
  a given name after a kin word ("sa fille Chloé") or a staff word ("her driver Obi", "PA Siobhan"),
  a name after a kin word opening a sentence before a verb ("Sohn Janek macht …",
  :mod:`.given.opening_kin`), a word the note calls a first or family name ("se apellida Blanco",
  :mod:`.given.name_fields`), a name
  opening a note before "and her daughter" (:mod:`.positions.with_kin`), a family name in the
  client's firm ("Azienda Ricci Srl", :mod:`.positions.firms`);
- before an honorific or an age in Japanese, Chinese and Korean (:mod:`.cjk`: "田中様",
  "王总", "김민지 회장님", "Meyer님", "김민지(34세)"); without one where the script shows the
  name's shape: a Chinese surname and given-name characters after a verb of meeting or a kin word
  ("跟王建国聊了", "女儿李若曦在"), familiar forms ("老王", "陈姐", "陳太", "黃生"), a Korean full
  name before a particle ("김민지가", "이서연의") or a lone surname before a role ("문 대표"), a
  given name by its syllables before an honorific or a person's particle or after a kin or label
  word ("재인 사모님", "은재한테", "딸: 규리", :mod:`.scripts.korean.given.unknown`); a
  Western given name in Hangul or katakana anywhere ("에밀리", "エミリー", :mod:`.scripts.transliterated`);
- in Arabic (:mod:`.arabic`) after a title or before an age, and without a title: known
  given and family names anywhere ("زارتنا نورة القحطاني", "اتصل الشامسي"), kunya ("أم سلطان",
  "بو عبدالله"), kin, client and naming words ("وبنتها شيخة", "اسمها ريم"); given names the
  lexicon lacks after those cues and record fields, told from ordinary words by a frequency list
  ("زوجته مناير", "الزوجة: مناير،", :mod:`.scripts.arabic.unknown`);
- in Russian, a given name in any case or diminutive next to another capitalised word
  ("Светланы Мороз", "Пак Виктор", "Анне Сергеевне").

Ordinary words in those positions ("Familie Urlaub", "Tochter, 25 Jahre", "Budget, 5K", "Lady
Dior", "Helmut Newton") are refused by :mod:`.names_guard`. A second pass (:mod:`.names_links`)
adds the names linked to those found: the same name in brackets in another script ("Suzuki-san
(鈴木)", "제니퍼 월시(Jennifer Walsh)"), given names next to a found surname ("Mrs Ward …
Bridget Ward"), couples ("James & Emma White", "lui Marco, lei Ilaria"), spelling corrections
("Kowalski, euh Kowalska"), the parts of CJK and Hangul names ("陈，陈先生", "박 그러니까
박준호"), a nickname and the family name after it or a diminutive beside the name (:mod:`.aliases`); a third (:mod:`.names_compound`) the further parts of an Iberian compound surname ("Ana
Paula de Souza e Castro"). Voice-note classes (:mod:`.voice`): a name spelt out after it ("shah, s-h-a-h"), a month
given name after a kin word ("her sister June"), an Italian married name ("Colombo in Rossi"), a
given name that is a word after a person's occasion ("el cumple de Candela"); a place named like a
person where one goes or is ("Vai a Fátima") is dropped. Arabic vowel marks and tatweel are read past (:mod:`.names_marks`). :func:`name_occurrences` then finds every other occurrence of the names found (or of a
client's known names). An honorific after a hyphen ("Kapoor-ji", "Tanaka-san") stays out of
the name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import REDACTION_TOKEN
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.arabic import arabic_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.person_slots import person_slot_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.unknown import apposed_names, latin_kunya_names, unknown_cued_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.cue_trim import without_leading_cues
from lvmh_pipeline.lib.privacy.names.scripts.cjk import cjk_names
from lvmh_pipeline.lib.privacy.names.compound import compound_surname_parts
from lvmh_pipeline.lib.privacy.names.cues import cue_names
from lvmh_pipeline.lib.privacy.names.extents.arabic_words import arabic_word_surnames
from lvmh_pipeline.lib.privacy.names.extents.word_uses import named_institution, without_from
from lvmh_pipeline.lib.privacy.names.extents.product_words import product_word_surnames
from lvmh_pipeline.lib.privacy.names.extents.son_of_split import may_split, split_at_son_of
from lvmh_pipeline.lib.privacy.names.extents.worn_words import worn_after_with
from lvmh_pipeline.lib.privacy.names.cues.nobles import noble_title
from lvmh_pipeline.lib.privacy.names.guard import before_state_code, is_given_name
from lvmh_pipeline.lib.privacy.names.guard_words.cjk_edges import without_cjk_title
from lvmh_pipeline.lib.privacy.names.guard_words.never_persons import never_a_person
from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.names.known_surnames import known_surnames
from lvmh_pipeline.lib.privacy.names.lexicon import FILLERS
from lvmh_pipeline.lib.privacy.names.links import linked_names
from lvmh_pipeline.lib.privacy.names.links.son_of import arabic_family_names
from lvmh_pipeline.lib.privacy.names.scripts.marks import has_marks, on_plain_text
from lvmh_pipeline.lib.privacy.names.scripts.other_script import other_script_names
from lvmh_pipeline.lib.privacy.names.scripts.mixed_cues import hangul_family_before, mixed_script_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.other_scripts.roman import korean_roman_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.kin.adjective import kin_rank_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.lone import ko_without_surname_labels
from lvmh_pipeline.lib.privacy.names.scripts.korean.given.staff import ko_staff_given_names
from lvmh_pipeline.lib.privacy.names.scripts.cyrillic_japanese import cyrillic_japanese_names
from lvmh_pipeline.lib.privacy.names.scripts.restated_scripts import restated_in_script
from lvmh_pipeline.lib.privacy.names.scripts.romanised import romanised_names
from lvmh_pipeline.lib.privacy.names.scripts.transliterated import transliterated_given_names
from lvmh_pipeline.lib.privacy.names.occurrences import name_occurrences
from lvmh_pipeline.lib.privacy.names.openings import opening_names
from lvmh_pipeline.lib.privacy.names.given.recipients import recipient_names
from lvmh_pipeline.lib.privacy.names.given.abbreviated import abbreviated_kin_names
from lvmh_pipeline.lib.privacy.names.given.name_fields import field_names
from lvmh_pipeline.lib.privacy.names.given.called import called_names
from lvmh_pipeline.lib.privacy.names.given.kin_named import kin_named
from lvmh_pipeline.lib.privacy.names.given.opening_kin import opening_kin_names
from lvmh_pipeline.lib.privacy.names.given.kin_articles import kin_article_names
from lvmh_pipeline.lib.privacy.names.given.kin_words import (
    arabic_kin_latin_names, latin_given_in_arabic, latin_kin_arabic_names,
)
from lvmh_pipeline.lib.privacy.names.given import (
    free_given_names, given_name_pairs, kin_appositions, kin_brackets, kin_commas, kin_copula_names, kin_lists, kin_names, kin_word_names,
    russian_names, russian_pairs, real_names,
)
from lvmh_pipeline.lib.privacy.names.positions.lowercase import with_name_capitals
from lvmh_pipeline.lib.privacy.names.positions import age_names, inverted_pairs, leading_names, surname_pairs
from lvmh_pipeline.lib.privacy.names.positions.inverted_opening import inverted_openings
from lvmh_pipeline.lib.privacy.names.positions.pronoun_subject import pronoun_subject_names
from lvmh_pipeline.lib.privacy.names.positions.firms import firm_names
from lvmh_pipeline.lib.privacy.names.positions.genitive import genitive_names
from lvmh_pipeline.lib.privacy.names.positions.initials import initialled_names
from lvmh_pipeline.lib.privacy.names.positions.staff_labels import staff_label_names
from lvmh_pipeline.lib.privacy.names.staff.roles import staff_role_names
from lvmh_pipeline.lib.privacy.names.positions.plural_family import plural_families
from lvmh_pipeline.lib.privacy.names.positions.with_kin import names_with_kin
from lvmh_pipeline.lib.privacy.names.voice.declared_surnames import declared_surnames
from lvmh_pipeline.lib.privacy.names.voice.married import married_names
from lvmh_pipeline.lib.privacy.names.voice.months import month_given_names
from lvmh_pipeline.lib.privacy.names.voice.occasions import occasion_names
from lvmh_pipeline.lib.privacy.names.voice.opening_restated import opening_before_age, opening_said_again
from lvmh_pipeline.lib.privacy.names.voice.places import place_not_person
from lvmh_pipeline.lib.privacy.names.voice.person_nouns import person_noun_before_age
from lvmh_pipeline.lib.privacy.names.voice.spelled import spelled_names
from lvmh_pipeline.lib.privacy.names.venues import venue_name
from lvmh_pipeline.lib.privacy.names.venues.offices import office_holder_names
from lvmh_pipeline.lib.privacy.names.restated import korean_not_names, restated_candidates, restated_names, without_time_word

__all__ = ["find_names", "name_occurrences"]

_ARABIC = re.compile(r"[\u0621-\u064a]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_CAPITAL = re.compile("[A-Z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_HONORIFIC_TAIL = re.compile(
    r"-(?:san|sama|sensei|shi|kun|chan|nim|ssi|ji|jee|sahib|saab|sajangnim|сан|сама|кун|тян|чан|ним)$",
    re.IGNORECASE,
)


def find_names(text: str) -> list[PiiSpan]:
    """Spans of person names, non-overlapping, in text order (Arabic vowel marks and tatweel
    are read past: "السيّدة ليلى الخيّاط"; a name a transcription wrote in lower case is read with
    its capital: :mod:`.positions.lowercase`)."""
    if not isinstance(text, str) or not text:
        return []
    if _ARABIC.search(text) and has_marks(text):
        return on_plain_text(text, _find_names)
    return _find_names(with_name_capitals(text))  # "her daughter emma": the capital speech-to-text left out


def position_names(text: str) -> list[PiiSpan]:
    """Names found by position: leading, with an age, given name + surname, after kin words."""
    spans = (
        leading_names(text) + age_names(text) + given_name_pairs(text) + kin_names(text) + kin_appositions(text)
        + kin_brackets(text) + kin_commas(text) + kin_copula_names(text) + kin_lists(text) + kin_word_names(text) + free_given_names(text)
        + surname_pairs(text) + inverted_pairs(text) + inverted_openings(text)
        + romanised_names(text) + real_names(text) + recipient_names(text) + abbreviated_kin_names(text)
        + pronoun_subject_names(text) + names_with_kin(text) + firm_names(text) + opening_kin_names(text)
        + field_names(text) + kin_article_names(text) + called_names(text) + kin_named(text) + plural_families(text)
        + (genitive_names(text) if "s " in text else []) + staff_label_names(text) + initialled_names(text)
        + staff_role_names(text)  # "a Vitória, nossa gerente"
    )
    if _CYRILLIC.search(text):
        spans += russian_names(text) + russian_pairs(text) + cyrillic_japanese_names(text)
    return spans


def _find_names(text: str) -> list[PiiSpan]:
    candidates = cue_names(text) + position_names(text) + opening_names(text) + known_surnames(text)
    candidates += other_script_names(text) + korean_roman_names(text) + latin_kunya_names(text)  # "Um Faris"
    candidates += spelled_names(text) + month_given_names(text) + married_names(text) + occasion_names(text)
    candidates += declared_surnames(text)  # "Silver is the surname": a word said to be the family name
    candidates += office_holder_names(text)  # "el señor Director Gómez": the name after the office
    candidates += opening_said_again(text) + opening_before_age(text)  # "x, … señor x", "so X fifty three"
    if _ARABIC.search(text):
        candidates += arabic_names(text) + latin_kin_arabic_names(text) + latin_given_in_arabic(text)
        candidates += arabic_family_names(text) + kin_rank_names(text) + person_slot_names(text)
        candidates += unknown_cued_names(text) + apposed_names(text)  # "زوجته مناير", "بنت الزبون، منى،"
        if _LATIN_CAPITAL.search(text):
            candidates += arabic_kin_latin_names(text)
    if _CJK.search(text):
        candidates += cjk_names(text) + transliterated_given_names(text) + ko_staff_given_names(text)  # "유리 매니저"
        candidates += mixed_script_names(text)  # "金敏浩 회장님", "العميلة 김하늘"
    candidates += restated_candidates(text)  # "장 뤽 씨", "고 선생님", "كيم جي وو"
    tokens = [(m.start(), m.end()) for m in REDACTION_TOKEN.finditer(text)] if "[" in text else []
    spans = [s for s in _disjoint(candidates, tokens) if not place_not_person(text, s)]  # "Vai a Fátima": a place
    spans = [s for s in spans if not person_noun_before_age(text, s)]  # "Caballero ~50 años": a walk-in
    if spans or tokens:
        linked = linked_names(text, spans)
        known = {text[s.start : s.end] for s in spans}
        spans = _disjoint(spans + linked, tokens)
        if any(_LATIN_CAPITAL.match(text, s.start) and text[s.start : s.end] not in known for s in linked):
            # "Frau Schwarz nein Schwarzer, Elke Schwarzer": a name linked (the correction) is found
            # again further on, where its own given name stands: one more round
            spans = _disjoint(spans + linked_names(text, spans), tokens)
        spans = _disjoint(spans + compound_surname_parts(text, spans), tokens)
        spans = _disjoint(spans + product_word_surnames(text, spans), tokens)  # "Marcelle Souza Santos"
        if _CJK.search(text):
            spans = _disjoint(spans + hangul_family_before(text, spans), tokens)  # "사토 유키 고객님"
            spans = _disjoint(spans + restated_in_script(text, spans), tokens)  # "Jean-Pierre 님(장피에르)", "Zhang Wei / 张伟"
        # "이봄" … "봄 님", "راشد النصر"; no name: "색상: 연핑크", "(프랑스 대사관)"
        spans = korean_not_names(text, _disjoint(spans + restated_names(text, spans), tokens))
    if "성" in text:  # "성: 곽": the label of a family-name field is no name, the surname is
        spans = _disjoint(ko_without_surname_labels(text, spans), tokens)
    out = [without_cjk_title(text, _without_suffix(text, without_from(text, _without_name_word(text, s)))) for s in spans]
    # "Berluti Andy", "쇼메 조세핀": a product line; "cliente Jardins/SP": a district before its state
    out = [s for s in out if not (product_line(text, s.start, s.end) or "/" in text and before_state_code(text, s.end))]
    out = [s for s in out if not venue_name(text, s.start, s.end)]  # "Faria Lima", "Grimaldi Forum", "George V"
    if "mit " in text or "ohne " in text or "samt " in text:
        out = [s for s in out if not worn_after_with(text, s.start, s.end)]  # "kam mit Bart": a beard
    if "ال" in text:
        out = [s for s in out if not named_institution(text, s.start)]  # "جامعة الملك سعود": a place
    out = [s for s in out if not noble_title(text, s.start, s.end) and not never_a_person(text, s)]  # "Graf …": a rank
    if "." in text or _CYRILLIC.search(text):
        out = [t for s in out if (t := _without_initials(text, s))]
    if _ARABIC.search(text):
        out = [without_time_word(text, without_leading_cues(text, _without_arabic_filler(text, s)))  # "مدام بناني نهار"
               for s in out if text[s.start : s.end] not in _ARABIC_FILLERS]
        out = arabic_word_surnames(text, out)  # "ريم سالم": a father's name that is a word too
    if may_split(text):
        out = [part for s in out for part in split_at_son_of(text, s)]
    if "\n" in text:  # "السيدة ليلى\nالمنتج: …": a name ends at the line's end, the next line is a field
        out = [PiiSpan(s.start, text.index("\n", s.start), s.kind) if "\n" in text[s.start : s.end] else s for s in out]
    return [s for s in out if s.end > s.start]


def _disjoint(candidates: list[PiiSpan], tokens: list[tuple[int, int]]) -> list[PiiSpan]:
    spans: list[PiiSpan] = []
    for span in sorted(candidates, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start or (spans and span.start < spans[-1].end):
            continue
        if any(s < span.end and span.start < e for s, e in tokens):
            continue
        spans.append(span)
    return spans


# A German field word opening a name found at a note's start ("Taufname Rosa, …", "Vorname Lea:")
_NAME_WORD = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]*n|N)amen?[ \t]+(?=[A-ZÀ-ÖØ-Þ])")


def _without_name_word(text: str, span: PiiSpan) -> PiiSpan:
    m = _NAME_WORD.match(text, span.start, span.end) if "ame" in text[span.start : span.end] else None
    return PiiSpan(m.end(), span.end, span.kind) if m and m.end() < span.end else span


_ARABIC_FILLERS = frozenset(f for f in FILLERS if _ARABIC.match(f) and " " not in f)
_LAST_WORD = re.compile(r"[ \t]+(\S+)$")
_FIRST_WORD = re.compile(r"(\S+)[ \t]+(?=\S)")


def _without_arabic_filler(text: str, span: PiiSpan) -> PiiSpan:
    """"ليلى حداد يعني، …", "اسمها يعني غدير": a filler said after or before the name ("I mean",
    "well") is no part of it (nor is a filler alone a name: "اممم عميلة ما قالت اسمها")."""
    m = _LAST_WORD.search(text, span.start, span.end)
    if m and m.group(1) in _ARABIC_FILLERS:
        return PiiSpan(span.start, m.start(), span.kind)
    m = _FIRST_WORD.match(text, span.start, span.end)
    if m and m.group(1) in _ARABIC_FILLERS:
        return PiiSpan(m.end(), span.end, span.kind)  # "اسمها يعني غدير": the filler said before it
    return span


def _without_suffix(text: str, span: PiiSpan) -> PiiSpan:
    """"Kapoor-ji", "Tanaka-san": the honorific after the hyphen is no part of the name; nor is an
    English possessive ("Ada's")."""
    if text.endswith(("'s", "’s"), span.start, span.end) and span.end - span.start > 4:
        span = PiiSpan(span.start, span.end - 2, span.kind)  # "wife Ada's": "Ada" is found again alone
    m = _HONORIFIC_TAIL.search(text, span.start, span.end)
    if m and m.end() == span.end and m.start() > span.start and not is_given_name(text[span.start : span.end].split()[-1]):
        return PiiSpan(span.start, m.start(), span.kind)
    return span


# An initial beside a name ("K. Lindqvist", "R. de Wit", "Кузнецов Д.", "Соколова Е. В.") says little of the person
# and stays; so does a Russian one-letter preposition before a surname ("О Толстой": about her) and
# an initial standing alone ("Mrs B", "Frau Z.").
_INITIALS_BEFORE = re.compile(
    r"(?:(?:[A-ZÀ-ÞА-ЯЁ]\.(?:-?[A-ZÀ-ÞА-ЯЁ]\.)*|[ОВСКУИА])[ \t]+)+"
    r"(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]|(?:de|van|von|der|den|da|di|du|le|la|del|ten|ter)[ \t]+[A-ZÀ-Þ])"
)  # "Dhr. R. de Wit": before a particle too
_INITIALS_AFTER = re.compile(r"(?:[ \t]+[A-ZÀ-ÞА-ЯЁ]\.(?:[ \t]?-?[A-ZÀ-ÞА-ЯЁ]\.)*)+$")
_LONE_INITIAL = re.compile(r"[A-ZÀ-ÞА-ЯЁ]\.?")


def _without_initials(text: str, span: PiiSpan) -> PiiSpan | None:
    if _LONE_INITIAL.fullmatch(text, span.start, span.end):
        return None
    start, end = span.start, span.end
    m = _INITIALS_BEFORE.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    m = _INITIALS_AFTER.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    return span if (start, end) == (span.start, span.end) else PiiSpan(start, end, span.kind)
