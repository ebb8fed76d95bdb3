"""Allergy context classes (session 43), sentences written for this test:

- a request beside the allergy it serves keeps its "free" word readable, the allergen it names again goes
  ("allergic to latex … [HEALTH]-free gloves", "sans [HEALTH]", "ウールなし" — the issue: the text must not
  name the client's allergen); a one-word unscented request stays readable ("unscented", "무향");
- an object or a material beside an allergy stated in other words stays readable (a pollen
  allergy's flowers, a wool allergy's cashmere); the stated allergen named again still goes;
- an allergy the sentence says is over stays readable ("used to …, not anymore", "ya no"); a
  tolerance lost is a new allergy ("no longer tolerates nickel");
- a drug the client cannot take, told by a negated verb ("ペニシリンが飲めない"), is the allergy;
- another person's non-food allergy is HEALTH as a whole phrase ("her son is [HEALTH]");
- a relative's allergic condition is HEALTH (hay fever, allergic rhinitis); treatments and
  conditions the lexicon lacked: antibiotics, high cholesterol;
- a causal lead ("à cause de", "por causa da", "because of") stays out of a health span;
- intermittent fasting is a diet in every language, no faith;
- the learned tagger's run that starts inside a Japanese word's kana, with no noun, is an inflection.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline.lib.privacy.pseudonymize import policy_from_env, pseudonymize
from lvmh_pipeline.lib.privacy.special.allergy_context.mentions import past_allergy
from lvmh_pipeline.lib.privacy.special.categories import allergy_spans, find_special_categories
from lvmh_pipeline.lib.privacy.special.learned.guards import kana_cut


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def _allergens(text, language, taxonomy):
    spans = allergy_spans(text, extract(text, language, taxonomy=taxonomy), taxonomy)
    return sorted(text[s.start : s.end] for s in spans)


def _stored(text, language):
    return pseudonymize(text, language=language, policy=policy_from_env("strict")).text


def _special(text):
    return [(s.kind, text[s.start : s.end]) for s in find_special_categories(text)]


@pytest.mark.parametrize(("language", "text", "readable"), [
    ("EN", "Allergic to latex, so the florist should bring latex-free gloves on Friday.", "latex-free"),
    ("FR", "Elle est allergique au latex : le traiteur prendra des gants sans latex.", "sans latex"),
    ("DE", "Latexallergie, deshalb bitte latexfreie Handschuhe beim Anprobieren.", "latexfreie"),
    ("RU", "Аллергия на латекс, швеям нужны перчатки без латекса.", "без латекса"),
    ("JA", "ラテックスアレルギーのため、スタッフはラテックスフリーの手袋を着用。", "ラテックスフリー"),
    ("JA", "ウールアレルギー。ストールはウールなしの素材でご提案。", "ウールなし"),
    ("EN", "Fragrance allergy. Wants the unscented hand cream only.", "unscented"),
    ("KO", "향료 알레르기 있으셔서 바디로션은 무향으로만 보여드림.", "무향"),
])
def test_a_request_beside_the_allergy_names_no_allergen(language, text, readable):
    stored = _stored(text, language)
    for allergen in ("latex", "Latex", "латекс", "ラテックス", "ウール"):
        assert allergen not in stored, stored
    if readable in ("unscented", "무향"):
        assert readable in stored  # no allergen in the request
    assert "[HEALTH]" in stored  # the allergy itself goes


@pytest.mark.parametrize(("language", "text", "readable"), [
    ("EN", "Strong pollen allergy in May, so no lilies in her birthday bouquet.", "lilies"),
    ("FR", "Allergie au pollen au printemps : pas de lys dans la composition.", "lys"),
    ("AR", "عندها حساسية من الصوف، بس الكشمير عادي معها.", "الكشمير"),
])
def test_an_object_beside_a_stated_allergy_stays_readable(language, text, readable, taxonomy):
    assert readable not in _allergens(text, language, taxonomy)
    assert _allergens(text, language, taxonomy)  # the stated allergy's allergen goes


def test_the_stated_allergen_named_again_still_goes(taxonomy):
    text = "Allergic to nickel; the nickel clasp gave her a rash last time."
    assert _allergens(text, "EN", taxonomy) == ["nickel", "nickel"]


@pytest.mark.parametrize("text", [
    "Used to be allergic to latex, not anymore.",
    "Hace años reaccionaba al níquel, ya no.",
    "Früher Nickelallergie, heute nicht mehr.",
    "Elle n'est plus allergique au nickel depuis l'an dernier.",
    "Era alérgica ao látex, já não.",
    "以前は金属アレルギーでしたが、今は平気とのこと。",
])
def test_an_allergy_that_is_over_is_past(text):
    assert past_allergy(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "She can no longer tolerate nickel on the skin.",
    "Verträgt Nickel nicht mehr, daher nur Gelbgold.",
    "Ya no tolera el látex, ojo con los guantes.",
    "Allergic to penicillin since childhood.",
])
def test_a_tolerance_lost_or_a_present_allergy_is_not_past(text):
    assert not past_allergy(text, 0, len(text))


def test_a_past_allergy_stays_readable_in_the_stored_text():
    stored = _stored("Antes le daba alergia el látex, ya no. Quiere ver bolsos.", "ES")
    assert "látex" in stored


def test_a_drug_that_cannot_be_taken_is_the_allergy():
    assert "ペニシリン" not in _stored("こちらのお客様はペニシリンが飲めないそうです。", "JA")


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("EN", "Gift for her son, who is allergic to penicillin, so no pharmacy voucher.", "allergic to penicillin"),
    ("ES", "Su hijo tiene alergia al níquel, mejor un reloj de titanio.", "alergia al níquel"),
    ("IT", "La figlia è allergica al lattice, niente palloncini alla festa.", "allergica al lattice"),
    ("NL", "Haar zoon is allergisch voor nikkel, dus een titanium horloge.", "allergisch voor nikkel"),
    ("KO", "아드님이 니켈 알레르기라 티타늄 시계로 추천.", "니켈 알레르기"),
    ("ZH", "她女儿花粉过敏，花束不要放百合。", "花粉过敏"),
])
def test_another_persons_allergy_goes_as_a_whole_phrase(language, text, phrase):
    stored = _stored(text, language)
    assert phrase not in stored
    assert "[HEALTH]" in stored


@pytest.mark.parametrize(("text", "term"), [
    ("Stava prendendo un antibiotico la settimana scorsa.", "antibiotico"),
    ("Estava tomando antibióticos, remarcar a prova.", "antibióticos"),
    ("Она сейчас на антибиотиках, перенести визит.", "антибиотиках"),
    ("지난주에 항생제 드시는 중이라 방문 연기.", "항생제"),
    ("最近在吃抗生素，试戴改期。", "抗生素"),
    ("콜레스테롤 높음, 저녁 메뉴 조정.", "콜레스테롤 높음"),
    ("胆固醇偏高，晚宴菜单调整。", "胆固醇偏高"),
])
def test_conditions_and_treatments_are_health(text, term):
    found = _special(text)
    assert any(kind == "HEALTH" and term in span or span in term and len(span) > 2 for kind, span in found), found


@pytest.mark.parametrize(("text", "kept"), [
    ("Régime sans sel à cause de sa tension, prévenir le chef.", "à cause de"),
    ("Dieta sem sal por causa da pressão alta, avisar o restaurante.", "por causa da"),
])
def test_a_causal_lead_stays_out_of_the_health_span(text, kept):
    found = _special(text)
    assert found and all(kept not in span for _, span in found), found


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Adesso fa il digiuno intermittente, cena solo alle sei."),
    ("ES", "Está haciendo ayuno intermitente, nada de desayunos."),
    ("PT", "Faz jejum intermitente, evento só depois das oito."),
    ("FR", "Elle fait du jeûne intermittent, pas de petit-déjeuner."),
    ("RU", "Она на интервальном голодании, ужин не раньше семи."),
    ("KO", "요즘 간헐적 단식 중이셔서 점심 약속은 피하기."),
    ("ZH", "她最近在做轻断食，早餐会不用安排。"),
])
def test_intermittent_fasting_is_no_faith(language, text):
    assert "[RELIGION]" not in _stored(text, language)


def test_a_religious_fast_is_still_a_faith():
    assert any(kind == "RELIGION" for kind, _ in _special("Quest'anno fa il Ramadan, appuntamenti dopo il tramonto."))


@pytest.mark.parametrize(("text", "run", "cut"), [
    ("とても気に入ってらっしゃいました", "てら", True),  # inside an honorific verb
    ("断食をされてるので夜に", "てる", True),  # an inflection
    ("[UNION]やってるそうで", "やってる", False),  # a verb after a redaction token: a word
    ("妊娠してるそうです", "妊娠して", False),  # a noun in the run
    ("母はがんが見つかった", "がん", False),  # particles either side: a word
    ("来年の春の選挙にまた出馬", "の春の選挙に", False),  # a noun with its particles
])
def test_a_learned_run_inside_a_words_kana(text, run, cut):
    start = text.index(run)
    assert kana_cut(text, start, start + len(run)) is cut


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("EN", "Her husband, [NAME], gets hay fever, so no open windows at the dinner.", "hay fever"),
    ("PT", "O pai dela tem rinite alérgica, evitar flores no evento.", "rinite alérgica"),
    ("RU", "У её отца поллиноз, цветы на стол не ставить.", "поллиноз"),
    ("FR", "Son fils a une rhinite allergique au printemps.", "rhinite allergique"),
    ("DE", "Ihr Mann hat Heuschnupfen, keine Blumen auf den Tisch.", "Heuschnupfen"),
])
def test_a_relatives_allergic_condition_is_health(language, text, phrase):
    assert phrase not in _stored(text, language)


@pytest.mark.parametrize(("language", "text", "cue"), [
    ("DE", "Frau [NAME] hat eine Nickelallergie seit Jahren, nur Gold zeigen.", None),
    ("FR", "Son allergie au nickel : que de l'or jaune.", "allergie au"),
    ("EN", "Allergic to latex herself; her son is fine with it.", "Allergic to"),
])
def test_a_title_or_a_possessive_is_no_relative(language, text, cue):
    stored = _stored(text, language)
    assert "[HEALTH]" in stored
    if cue:
        assert cue in stored  # the client's own allergy keeps its cue readable


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a list of allergens: each is the allergy's, whatever its distance from the cue
    ("EN", "Allergic to codeine and ibuprofen, mentioned at the fitting.", ["codeine", "ibuprofen"]),
    # a material named with a product beside the stated allergy: the product's
    ("EN", "Wool allergy; she tried the cashmere coat anyway.", ["Wool"]),
])
def test_a_list_is_the_allergy_and_a_products_material_is_not(language, text, expected, taxonomy):
    found = _allergens(text, language, taxonomy)
    assert all(e in found for e in expected), found
    assert "cashmere" not in found


@pytest.mark.parametrize(("language", "text", "readable"), [
    ("DE", "Der Bruder hat eine Haselnussallergie, also keine Pralinen.", "Haselnussallergie"),  # a food allergy
    ("KO", "아드님은 꽃가루 알레르기 없음. 시계 각인 문의.", "꽃가루 알레르기"),  # denied
    ("EN", "Her son isn't allergic to nickel at all.", "allergic to"),  # denied
    ("ZH", "她跟她先生 一起来的 然后她对镍过敏 所以只看金的", "过敏"),  # the client after the husband
])
def test_a_relatives_food_or_denied_allergy_and_the_clients_own_are_not_a_relatives(language, text, readable):
    assert readable in _stored(text, language)
