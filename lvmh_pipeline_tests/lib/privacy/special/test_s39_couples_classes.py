"""Same-sex couples of session 39 (`w43` notes), probed with phrasings written for this test:

- transcribed Chinese spaces a possessive pronoun from its partner word and lets fillers in
  ("他 嗯 男朋友"); a Korean note shows the client's gender with a noun ("남자분", "여성 고객님") in the
  sentence of a boyfriend or girlfriend (:mod:`special.couples.spoken`);
- a partner whose orientation only given names show is found on the note before its names are
  redacted and moved onto the redacted text (:mod:`special.couples.named`), also where a spouse is
  named after its word ("für Ehemann Jonas", "su pareja, Hugo", "+ partner Bram").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.couples.named import client_spouses, with_named_partners
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


# --- spoken forms ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("王总 他 说 要给 他 嗯 男朋友 挑 一块 表", "他 嗯 男朋友"),
    ("林小姐 她 那个 女朋友 下个月 过生日", "她 那个 女朋友"),
    ("남성 고객님이시고 남자친구분 선물로 시계 보셨어요", "남자친구분"),
    ("여자분이셨는데 여자친구 생일 선물 고르셨어요", "여자친구"),
    ("남자친구랑 커플링 보러 옴 (고객 본인 남성)", "남자친구"),
])
def test_a_spoken_same_sex_partner_is_orientation(text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "她 嗯 男朋友 下周 来 取 表",  # her boyfriend
    "他 先生 说 下周 再来",  # "he, Mr …": a title, not a spouse
    "남자 손님이 아드님 남자친구 선물 보러 오셨어요",  # the son's boyfriend
    "여자분이고 남자친구 선물 보러 오셨어요",
    "남성 고객님, 여성 고객님 두 분이 여자친구 선물 보러 오셨어요",  # whose girlfriend is unclear
])
def test_an_opposite_sex_or_unclear_spoken_partner_stays(text):
    assert not any(s.kind == "ORIENTATION" for s in find_special_categories(text)), spans_of(text)


# --- partners shown by given names ----------------------------------------------------------------

def _redacted(text: str, names: list[str]) -> str:
    for name in names:
        text = text.replace(name, "[NAME]")
    return text


@pytest.mark.parametrize("text, names, spouse", [
    ("Hugo est passé avec son mari, ils cherchent deux Santos.", ["Hugo"], "son mari"),
    ("Matteo è venuto con il compagno per le fedi.", ["Matteo"], "compagno"),
    ("Cliente: D. Ramiro Vidal. Busca un regalo para su pareja, Hugo, por su aniversario.",
     ["Ramiro", "Vidal", "Hugo"], "su pareja"),
    ("Dhr. Smit (Joost) + partner Bram. Pas getrouwd.", ["Smit", "Joost", "Bram"], "partner"),
    ("Kd. Albers, Thomas – Geschenk für Ehemann Jonas zum Jahrestag.", ["Albers", "Thomas", "Jonas"], "Ehemann"),
])
def test_a_partner_shown_by_names_is_found_before_they_go(text, names, spouse):
    redacted = _redacted(text, names)
    assert not any(s.kind == "ORIENTATION" for s in find_special_categories(redacted))  # the names are gone
    spans = with_named_partners(text, redacted, find_special_categories(redacted))
    assert [redacted[s.start : s.end] for s in spans if s.kind == "ORIENTATION"] == [spouse]


@pytest.mark.parametrize("text", [
    "Mme Perrin est venue avec son mari Paul.",
    "Herr Albers kam mit seiner Partnerin Jana.",
    "Mr Hale with his daughter and her husband Tom.",
    "Sra. Vidal y Ramiro, para su pareja Hugo: regalo.",  # two clients of both genders: whose partner
    "Business partner Mark joins the lunch with Mr Hale.",
])
def test_an_opposite_sex_or_unclear_named_spouse_stays(text):
    assert client_spouses(text) == []


@pytest.mark.parametrize("text, names", [
    ("Sig.ra Galli col marito Franco, cercano un orologio.", ["Galli", "Franco"]),
    ("A D.ª Rosa veio com o marido Joaquim escolher um anel.", ["Rosa", "Joaquim"]),
    ("Bon, Camille, la femme du docteur Morel, voulait un stylo.", ["Camille", "Morel"]),
    ("El señor Pablo Ruiz vino por su hija Lucía; vuelve con la esposa, Carmen.", ["Pablo", "Ruiz", "Lucía", "Carmen"]),
])
def test_a_spouse_of_the_other_gender_or_of_someone_else_stays(text, names):
    redacted = _redacted(text, names)
    spans = with_named_partners(text, redacted, find_special_categories(redacted))
    assert not any(s.kind == "ORIENTATION" for s in spans), [(redacted[s.start : s.end], s.kind) for s in spans]


def test_named_partners_leave_a_note_without_names_alone():
    text = "Regalo para su pareja, por su aniversario."
    assert with_named_partners(text, text, []) == []


def test_a_named_partner_never_overlaps_a_span_already_found():
    text = "Hugo est passé avec son mari."
    redacted = _redacted(text, ["Hugo"])
    first = find_special_categories(redacted)
    spans = with_named_partners(text, redacted, first)
    assert len({(s.start, s.end) for s in spans}) == len(spans)
    assert all(not (a.start < b.end and b.start < a.end) for i, a in enumerate(spans) for b in spans[i + 1 :])
