"""Concept classes of session 45, round 2 (w49 and the two own files), in our own phrasings:

- Occasions: a birth gift the note denies beside a (redacted) pregnancy is no birth (``pregnancy.denied_births``);
  a team's gifts for a holiday counted ten or more in words are a corporate gift too ("thirty pieces", "스무 세트",
  ``statements/gifting/gift_counts.py``), a Korean "선물로 직원분들 드릴", a "법인 고객" and a parliamentary group
  ("фракция") are groups; a company anniversary's gifts stay the anniversary's alone; a child starting
  university is a celebration (dev writers 5:1:1); a farewell is a retirement (dev writers 17:0).
- Months: a start word ("ab Januar", "from 1 January", "1월부터") or a season's gloss ("next spring, March",
  "来年の春、三月") dates the sentence's one undated occasion (``references/anchored_months.py``); a holiday right
  before an occasion with a particle of time dates it in Korean, Japanese and Chinese ("발렌타인데이에 프러포즈").
- Allergies: a migraine the client has, beside a request to keep the room unscented, is no fragrance allergy
  (``statements/reactions/headache_conditions.py``); "allergy?? No" and "过敏？— 已确认不是" deny the allergy.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.hits import ConceptHit
from lvmh_pipeline.lib.concepts.occasions.pregnancy import denied_births
from lvmh_pipeline.lib.concepts.statements.gifting.gift_counts import counted_gifts, many_gifts
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs


def _allergies(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, "2026-01-15") if h.category == "allergy" and not h.negated}


# --- a denied birth gift --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She is pregnant. It is not a birth gift, just a treat for herself."),
    ("FR", "Elle est enceinte. Ce n'est pas un cadeau de naissance, c'est pour se faire plaisir."),
    ("DE", "Sie ist schwanger. Kein Geburtsgeschenk, sondern eine Belohnung für sich selbst."),
    ("PT", "Está grávida. Não é presente de nascimento, é um mimo para ela mesma."),
    ("NL", "Ze is zwanger. Geen kraamcadeau, maar iets voor zichzelf."),
    ("RU", "Она беременна. Это не подарок на рождение ребёнка, а подарок себе."),
    ("AR", "هي حامل. مش هدية ولادة، هدية لنفسها."),
    ("KO", "임신 중이세요. 출산 선물이 아니라 본인을 위한 선물이래요."),
    ("JA", "妊娠中です。出産祝いではなく、自分へのご褒美とのこと。"),
    ("ZH", "她怀孕了。不是满月礼物，是犒劳自己的。"),
])
def test_a_denied_birth_gift_beside_a_pregnancy_is_no_birth(language, text):
    assert "birth" not in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She is pregnant, a gift for the birth in May."),
    ("JA", "妊娠中で、五月の出産祝いを探しています。"),
])
def test_a_pregnancy_with_its_birth_gift_stays_a_birth(language, text):
    assert "birth" in occasion_labels(text, language), text


def _hit(concept: str, negated: bool) -> ConceptHit:
    return ConceptHit(concept, "events", "occasion", "x", 0, 1, "alias", negated)


def test_denied_births_drops_the_redacted_birth_only_when_every_birth_of_the_text_is_denied():
    kept = [_hit("birth", False), _hit("fragrance", False)]
    assert [h.concept for h in denied_births([_hit("birth", True)], kept)] == ["fragrance"]
    assert denied_births([_hit("birth", True), _hit("birth", False)], kept) == kept
    assert denied_births([], kept) == kept


# --- counted gifts and groups ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "thirty pieces", "une trentaine de pièces", "dreißig Stück", "venti pezzi", "vinte unidades", "veinte unidades",
    "twintig stuks", "тридцать штук", "عشرين قطعة", "스무 세트", "서른 개", "二十セット", "三十本", "二十套", "40 pcs",
])
def test_ten_or_more_in_figures_or_words_are_many(text):
    assert many_gifts(fold(text)), text


@pytest.mark.parametrize("text", ["two scarves", "fifteen minutes", "十月", "tre pezzi", "dos unidades", "два штуки"])
def test_fewer_than_ten_or_no_unit_are_not_many(text):
    assert not many_gifts(fold(text)), text


def test_a_count_in_words_can_be_left_out():
    assert not many_gifts(fold("thirty pieces"), worded=False)
    assert not counted_gifts(fold("thirty pieces"), worded=False)
    assert many_gifts(fold("30 pieces"), worded=False)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Christmas gifts for his staff, thirty pieces."),
    ("FR", "Cadeaux de Noël pour son équipe, une trentaine de pièces."),
    ("DE", "Weihnachtsgeschenke für die Mitarbeiter, dreißig Stück."),
    ("ES", "Regalos de Navidad para su equipo, veinte unidades."),
    ("IT", "Regali di Natale per il suo staff, venti pezzi."),
    ("PT", "Presentes de Natal para a equipe, vinte unidades."),
    ("NL", "Kerstcadeaus voor het team, twintig stuks."),
    ("RU", "Подарки к Новому году для фракции, тридцать штук."),
    ("KO", "설날 선물로 직원들한테 줄 지갑 서른 개, 개당 삼십만 원."),
    ("JA", "お歳暮として社員に渡すギフトを二十セット。"),
    ("ZH", "春节给员工的礼物，二十套。"),
])
def test_a_teams_holiday_gifts_counted_in_words_are_a_corporate_gift(language, text):
    labels = occasion_labels(text, language)
    assert "corporate_gift" in labels and len(labels) == 2, (text, labels)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Christmas gifts for her staff, two scarves."),
    ("KO", "추석 선물로 직원분들 드릴 스카프 두 장."),
    ("KO", "병원 십주년 기념으로 직원 선물 스무 개."),  # a company anniversary's gifts: the anniversary's alone
    ("KO", "법인 고객 창립 기념 임원 선물 12세트."),
])
def test_few_gifts_or_an_anniversarys_gifts_are_no_corporate_gift(language, text):
    assert "corporate_gift" not in occasion_labels(text, language), text


def test_a_korean_corporate_client_orders_a_holidays_gifts():
    assert occasion_labels("법인 고객 요청: 추석 선물 세트 40개, 개당 15만 원.", "KO") == {"corporate_gift", "mid_autumn"}


# --- university starts and farewells -------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "month"), [
    ("EN", "A necklace for her granddaughter, who starts college in September.", 9),
    ("FR", "Un collier pour sa petite-fille qui entre à l'université en septembre.", 9),
    ("ES", "Un collar para su nieta, que empieza la universidad en septiembre.", 9),
    ("IT", "Una collana per la nipote che inizia l'università a settembre.", 9),
    ("PT", "Um colar para a neta, que entra na faculdade em setembro.", 9),
    ("NL", "Een ketting voor haar kleindochter, die in september gaat studeren.", 9),
    ("RU", "Колье для внучки, она в сентябре поступает в университет.", 9),
    ("AR", "عقد لحفيدتها اللي بتدخل الجامعة في سبتمبر.", 9),
    ("KO", "손녀가 9월에 대학 입학해서 목걸이 선물.", 9),
    ("JA", "お孫さんが四月に大学に入学されるので、ネックレスを。", 4),
    ("ZH", "孙女九月份上大学，想买条项链。", 9),
])
def test_starting_university_is_a_celebration(language, text, month):
    assert ("celebration", month) in occasion_pairs(text, language), text


def test_being_at_university_is_no_celebration():
    assert "celebration" not in occasion_labels("以后女儿上大学了，每年生日都会来。", "ZH")


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "A farewell gift for a colleague, twenty years at the firm."),
    ("DE", "Abschiedsgeschenk für die Kollegin aus der Buchhaltung."),
    ("FR", "Pot de départ d'un collègue, il veut un stylo."),
    ("ES", "Regalo de despedida para un compañero de la oficina."),
    ("IT", "Regalo d'addio per un collega dello studio."),
    ("PT", "Presente de despedida para uma colega do banco."),
    ("NL", "Voor het afscheid van een collega een fles cognac."),
    ("RU", "Подарок на проводы коллеги, ручку или часы."),
    ("AR", "هدية توديع لزميل في الشركة."),
    ("KO", "동료 송별회 선물로 만년필."),
    ("JA", "同僚の送別会用に万年筆を。"),
    ("ZH", "同事欢送会的礼物，想买支笔。"),
])
def test_a_farewell_is_a_retirement(language, text):
    assert "retirement" in occasion_labels(text, language), text


def test_a_bachelorette_farewell_stays_a_celebration():
    labels = occasion_labels("Regalo para la despedida de soltera de su hermana.", "ES")
    assert "retirement" not in labels and "celebration" in labels


# --- months anchored in the sentence ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "pair"), [
    ("DE", "Für sich selbst zur Beförderung, er wird Vorstand bei der Bank ab Januar.", ("promotion", 1)),
    ("EN", "For his promotion, he becomes partner at the firm from 1 January.", ("promotion", 1)),
    ("ES", "Regalo por su ascenso, será director a partir de enero.", ("promotion", 1)),
    ("RU", "Подарок на повышение, он с января директор.", ("promotion", 1)),
    ("JA", "来年の春、三月ですね、お嬢さんの卒業祝いにネックレス。", ("graduation", 3)),
    ("KO", "내년 봄, 삼월에 졸업 선물로 목걸이.", ("graduation", 3)),
    ("DE", "fünfundzwanzig Jahre Firmenjubiläum im Herbst, äh September.", ("corporate_anniversary", 9)),
    ("IT", "Vuole un regalo per sé prima del parto ad agosto.", ("birth", 8)),
])
def test_a_start_word_or_a_seasons_gloss_dates_the_occasion(language, text, pair):
    assert pair in occasion_pairs(text, language), text


def test_a_sentence_with_two_months_dates_nothing_by_its_start_word():
    pairs = occasion_pairs("Zur Beförderung, er wird Vorstand bei der Bank ab Januar, davor Urlaub im Dezember.", "DE")
    assert ("promotion", None) in pairs


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "두 분이 내년 발렌타인데이에 프러포즈 하신대요."),
    ("JA", "来年のバレンタインにプロポーズする予定です。"),
    ("ZH", "他打算在情人节那天求婚。"),
])
def test_a_holiday_right_before_a_proposal_dates_it(language, text):
    assert {("engagement", 2), ("valentines_day", 2)} <= occasion_pairs(text, language), text


def test_a_comma_and_a_copula_date_the_anniversary_and_keep_the_holiday():
    pairs = occasion_pairs("两个人在一起五周年，就是情人节那天。", "ZH")
    assert {("relationship_anniversary", 2), ("valentines_day", 2)} <= pairs


# --- headaches and denied allergies ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Sie leidet unter Migräne, bitte kein Parfum im Salon."),
    ("DE", "Frau X hat oft Kopfschmerzen, also bitte keinen Duft im Raum versprühen."),
    ("FR", "Elle a des migraines, pas de parfum dans le salon svp."),
    ("ES", "Tiene migrañas, nada de perfume en la sala."),
    ("IT", "Soffre di emicrania, niente profumo nel salottino."),
    ("PT", "Ela tem enxaqueca, nada de perfume na sala."),
    ("NL", "Ze heeft migraine, geen geur in de salon graag."),
    ("RU", "У неё мигрень, пожалуйста без ароматов в зале."),
    ("AR", "عندها صداع نصفي، بلاش عطر في الصالون."),
    ("JA", "片頭痛持ちなので、サロンで香水は控えてください。"),
])
def test_a_migraine_with_an_unscented_room_is_no_fragrance_allergy(language, text):
    assert "fragrance" not in _allergies(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Headaches from strong smells, please no fragrance in the room."),
    ("EN", "She has migraines from perfume, no scent in the salon."),
    ("EN", "She is allergic to fragrance, no perfume in the salon."),
    ("DE", "Parfum verträgt sie nicht, kriegt Kopfweh."),
    ("JA", "香水の匂いで頭痛がするので、試香はなし。"),
])
def test_a_headache_a_perfume_gives_stays_a_fragrance_allergy(language, text):
    assert "fragrance" in _allergies(text, language), text


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("EN", "Fragrance allergy?? No, she just dislikes heavy ouds.", "fragrance"),
    ("ZH", "羊毛过敏？— 已确认不是，只是怕扎。", "wool_allergy"),
    ("ZH", "羊毛过敏？确认没有。", "wool_allergy"),
])
def test_an_allergy_question_answered_no_is_no_allergy(language, text, allergen):
    assert allergen not in _allergies(text, language), text


def test_an_allergy_question_answered_yes_stays():
    assert "wool_allergy" in _allergies("羊毛过敏？确认过，有。", "ZH")


# --- Arabic "الميلاد" alone in a Christian note ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "سامي مسيحي، بدو هدية لمرتو للميلاد من كارتييه.",
    "عائلة مسيحية من بيروت تجهز هدايا الميلاد، ثماني قطع.",
    "[RELIGION] وبدها هدية لأمها للميلاد.",
])
def test_a_bare_milad_in_a_christian_note_is_christmas(text):
    assert occasion_pairs(text, "AR") == {("christmas", 12)}, text


@pytest.mark.parametrize("text", [
    "بدها هدية لأمها للميلاد.",  # no Christian setting
    "عائلة مسيحية، تاريخ الميلاد ١٩٨٠.",  # a date of birth
    "[RELIGION] الميلاد وما بياكل لحمة.",  # the Nativity fast, redacted: its own rule
])
def test_a_bare_milad_elsewhere_is_no_christmas(text):
    assert "christmas" not in occasion_labels(text, "AR"), text
