"""A fast told by its practice verb is RELIGION where the note licenses it, without the clause after it,
and a fasting diet concept inside a RELIGION span is the faith's fast, not a diet (session 45).
Phrasings written for this test."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.policy import PrivacyPolicy
from lvmh_pipeline.lib.privacy.sensitive import redact_sensitive
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.practice.practised_fasts import faith_fast, practised_fasts


def _religion(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_special_categories(text) if s.kind == "RELIGION"]


@pytest.mark.parametrize("text, fast, readable", [
    ("Torna a fine Ramadan per un anello; pratica il digiuno, quindi nessuna visita prima del tramonto.",
     "pratica il digiuno", "nessuna visita prima del tramonto"),
    ("Après le Ramadan elle repasse ; elle fait le jeûne, donc aucun rendez-vous avant le coucher du soleil.",
     "fait le jeûne", "aucun rendez-vous avant le coucher du soleil"),
    ("Vuelve tras el Ramadán; practica el ayuno, así que ninguna cita antes de la puesta del sol.",
     "practica el ayuno", "ninguna cita antes de la puesta del sol"),
    ("Volta depois do Ramadã; faz jejum, então nenhuma visita antes do pôr do sol.", "faz jejum",
     "nenhuma visita antes do pôr do sol"),
    ("Back after Ramadan; he keeps the fast, so no meetings before sunset.", "the fast",
     "no meetings before sunset"),
    ("Kommt nach dem Ramadan wieder; er hält das Fasten, also keine Termine vor Sonnenuntergang.",
     "hält das Fasten", "keine Termine vor Sonnenuntergang"),
    ("Komt na de ramadan terug; hij houdt de vasten, dus geen afspraken voor zonsondergang.",
     "houdt de vasten", "geen afspraken voor zonsondergang"),
    ("Вернётся после Рамадана; держит пост, так что никаких встреч до заката.", "держит пост",
     "никаких встреч до заката"),
])
def test_a_licensed_practised_fast_is_religion_and_the_next_clause_stays(text: str, fast: str, readable: str) -> None:
    found = _religion(text)
    assert any(fast in f for f in found)
    assert not any(readable in f or f in readable for f in found if f not in fast)


@pytest.mark.parametrize("text", [
    "Pratica il digiuno intermittente, pranzo solo alle due.",  # a keep phrase: the diet
    "Fait le jeûne le lundi pour sa ligne, pas de viennoiseries.",  # no faith in the note
    "Faz jejum antes do exame de sangue, marcar depois das dez.",
    "She does fasting twice a week for her health, no canapés.",
])
def test_a_fast_the_note_does_not_license_stays(text: str) -> None:
    assert practised_fasts(text, []) == []


@pytest.mark.parametrize("language, text", [
    ("it", "pratica il digiuno per motivi religiosi, niente pranzi."),
    ("pt", "faz jejum por motivos religiosos às sextas."),
    ("es", "hace ayuno por razones religiosas los viernes."),
    ("fr", "pratique le jeûne pour des raisons religieuses."),
    ("it", "pratica il digiuno per Navaratri."),
])
def test_a_religious_fast_is_no_intermittent_fasting(language: str, text: str) -> None:
    redacted, protected, _ = redact_sensitive(text, language, PrivacyPolicy())
    assert "[RELIGION]" in redacted
    assert "intermittent_fasting" not in {p.concept for p in protected}


def test_faith_fast_reads_the_span_kind_and_the_keep_phrases() -> None:
    text = "pratica il digiuno in Quaresima"
    assert faith_fast(text, PiiSpan(0, len(text), "RELIGION"), "intermittent_fasting")
    assert not faith_fast(text, PiiSpan(0, len(text), "HEALTH"), "intermittent_fasting")
    assert not faith_fast(text, PiiSpan(0, len(text), "RELIGION"), "halal")
    diet = "musulmano, digiuno intermittente nei giorni feriali"
    assert not faith_fast(diet, PiiSpan(0, len(diet), "RELIGION"), "intermittent_fasting")
