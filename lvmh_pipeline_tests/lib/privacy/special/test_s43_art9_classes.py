"""Art. 9 classes of session 43 (`w47` notes: special-category data said indirectly and in passing),
probed with phrasings written for this test:

- a fragrance word that names the product the client looks at, beside a house's name, is no
  allergen, even where a fragrance allergy is in the note ("tried a Dior perfume ... allergic to
  iris"); the allergen beside its cue, in a compound or told by a symptom stays redacted
  ("allergique au parfum", "Parfum: Allergie", "对香精敏感", "Duftallergie", "perfume gives her migraines");
- a hospital named as where someone works is an employer ("enfermeira no Hospital Santa Maria",
  "nurse at Royal Free Hospital", "طبيب في مستشفى …", "東大病院の医師"): no HEALTH span;
- a cancer treatment named by its specialty ("the oncology thing", "traitement oncologique"), fertility
  treatment by its full name ("fertilização in vitro", "künstliche Befruchtung");
- the parish as the community people know each other from, a religious vow ("por promessa"), a family
  temple and a clergy qualification ("実家がお寺", "僧侶の資格");
- an adoption background and a community association as an origin ("입양 배경", "한인회", "adopted from
  Colombia");
- an office named by the parliament beside a party ("sitzt im Landtag, FDP").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline.lib.privacy.special.categories import allergy_spans, find_special_categories
from lvmh_pipeline.lib.privacy.special.extent.workplaces import workplace_spans


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_special_categories(text)]


def _allergens(text: str) -> list[str]:
    taxonomy = load_taxonomy()
    hits = extract(text, None, taxonomy=taxonomy, budgets=False)
    return [text[s.start : s.end] for s in allergy_spans(text, hits, taxonomy)]


# --- a perfume the client looks at --------------------------------------------------------------------

@pytest.mark.parametrize("text, product", [
    ("Tried the new Dior perfume today; allergic to iris, careful with samples.", "perfume"),
    ("Sucht ein Parfum von Hermès, verträgt aber kein Nickel.", "Parfum"),
    ("샤넬 향수 구경하셨고 꽃가루 알레르기 있으심.", "향수"),
    ("她挑了一瓶 Chanel 香水送婆婆，本人对镍过敏。", "香水"),
    ("Quer oferecer um perfume Chanel à sogra; ela tem alergia a níquel.", "perfume"),
])
def test_a_perfume_looked_at_is_no_allergen(text, product):
    assert product not in _allergens(text)


@pytest.mark.parametrize("text, allergen", [
    ("Elle est allergique au parfum, ne pas vaporiser.", "parfum"),
    ("Parfum: Allergie, bitte nicht testen.", "Parfum"),
    ("太太对香精敏感，试香要小心。", "香精"),
    ("향수 알레르기 있으셔서 시향 금지.", "향수"),
    ("Allergic to Chanel perfume, no samples.", "perfume"),
    ("Duftallergie – Dior-Proben nicht mitgeben.", "Duftallergie"),
    ("Strong perfume gives her migraines.", "perfume"),
])
def test_a_fragrance_beside_its_cue_stays_the_allergen(text, allergen):
    assert allergen in _allergens(text)


# --- a hospital where someone works ---------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Cliente é enfermeira no Hospital Santa Maria, vem às sextas.", "Hospital Santa Maria"),
    ("He is a nurse at Royal Free Hospital, prefers evenings.", "Royal Free Hospital"),
    ("أبوها طبيب في مستشفى الملك خالد، يجي بعد الدوام.", "مستشفى الملك خالد"),
    ("ご主人は東大病院の医師で、土曜のみ来店。", "東大病院"),
    ("남편분이 세브란스병원에서 근무하셔서 주말에만 오심.", "세브란스병원"),
])
def test_a_workplace_hospital_is_named(text, place):
    assert place in [text[a:b] for a, b in workplace_spans(text)]
    assert not any(kind == "HEALTH" and place in span for kind, span in _spans(text))


@pytest.mark.parametrize("text", [
    "Seit Montag liegt er im Krankenhaus, die Frau kommt allein.",
    "Mother has been in hospital since Friday.",
])
def test_a_hospital_without_a_job_is_no_workplace(text):
    assert workplace_spans(text) == []


# --- facts said by their context ----------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, core", [
    ("Just back from the oncology thing in Boston, tired but fine.", "HEALTH", "oncology"),
    ("Elle termine son traitement oncologique en juin.", "HEALTH", "traitement oncologique"),
    ("A filha está a fazer fertilização in vitro, nada de perfumes.", "HEALTH", "fertilização in vitro"),
    ("Sie versuchen es mit künstlicher Befruchtung, bitte diskret.", "HEALTH", "Befruchtung"),
    ("We know them as friends from the parish, lovely couple.", "RELIGION", "parish"),
    ("Vai a Fátima a pé por promessa em maio.", "RELIGION", "promessa"),
    ("お父様のご実家がお寺で、法事が多い。", "RELIGION", "実家がお寺"),
    ("息子さんは僧侶の資格を取られたそうです。", "RELIGION", "僧侶の資格"),
    ("미국 입양 배경이 있으신 고객님.", "ORIGIN", "입양 배경"),
    ("뉴욕 한인회 일도 하셔서 바쁘심.", "ORIGIN", "한인회"),
    ("She was adopted from Colombia, birthday in March.", "ORIGIN", "adopted from Colombia"),
])
def test_a_fact_said_by_its_context(text, kind, core):
    assert any(k == kind and core in span for k, span in _spans(text)), _spans(text)


def test_a_parliament_seat_joins_its_party():
    text = "Der Kunde sitzt im Landtag, FDP, kommt nächste Woche."
    assert ("POLITICS", "im Landtag, FDP") in _spans(text) or any(
        k == "POLITICS" and "Landtag" in s and "FDP" in s for k, s in _spans(text)), _spans(text)


@pytest.mark.parametrize("text", [
    "She works in oncology research at the university.",
    "Caminho de casa, passa por aqui às quintas.",
    "The parish hall hosts the Christmas market.",
])
def test_ordinary_words_stay(text):
    assert _spans(text) == []


# --- a fast with its period as an aside; a Portuguese spouse after "pelo" ----------------------------

@pytest.mark.parametrize("text, fact", [
    ("Husband fasting — it's Lent — so lunch meetings are off.", "fasting — it's Lent"),
    ("Elle jeûne (c'est le ramadan), rendez-vous le soir.", "jeûne (c'est le ramadan)"),
    ("Ayuna, es Cuaresma, nada de cenas.", "Ayuna, es Cuaresma"),
])
def test_a_fast_with_its_period_as_an_aside(text, fact):
    assert ("RELIGION", fact) in _spans(text), _spans(text)


def test_no_fast_no_aside():
    assert _spans("Quick lunch — it's Ramadan gifts we need, boxed.") == []


def test_a_titled_man_accompanied_by_his_husband():
    from lvmh_pipeline.lib.privacy.pseudonymize import policy_from_env, pseudonymize

    out = pseudonymize("Sr. Arq. Paulo Mendes veio acompanhado pelo marido, Hugo.", policy=policy_from_env("strict")).text
    assert "[ORIENTATION]" in out and "marido" not in out
    out = pseudonymize("O Sr. Paulo Mendes foi indicado pelo marido da Dona Sofia.", policy=policy_from_env("strict")).text
    assert "[ORIENTATION]" not in out


# --- extent: the shortest span ----------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Samstags gern, freitags nie wegen Freitagsgebet in der Moschee.", "freitags nie wegen"),
    ("Not on Sundays because of Mass, Saturday works.", "Sundays because of"),
])
def test_a_period_told_as_a_reason_stays_readable(text, span):
    assert not any(span in s for _, s in _spans(text)), _spans(text)


def test_a_period_still_starts_its_practice():
    text = "Todos los domingos con su madre a misa."
    assert any(k == "RELIGION" and s.startswith("Todos los domingos") for k, s in _spans(text)), _spans(text)


def test_two_faith_facts_across_a_closed_bracket_are_two_spans():
    text = "Sr. Haddad (cristiano maronita), va a misa los domingos."
    spans = [s for k, s in _spans(text) if k == "RELIGION"]
    assert len(spans) == 2 and not any(")" in s for s in spans), spans
