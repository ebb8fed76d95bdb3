"""A treatment told right after its condition, and a place of care told for it (:mod:`special.extent.treated`)."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.extent.treated import treated_conditions
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


def _grown(text: str, core: str) -> list[str]:
    start = text.index(core)
    return [text[s.start : s.end] for s in treated_conditions(text, [PiiSpan(start, start + len(core), "HEALTH")])]


@pytest.mark.parametrize("text, core, phrase", [
    ("her father has lupus and is being treated, so the fitting at home", "lupus", "is being treated"),
    ("il padre ha la psoriasi e sta seguendo una terapia, niente profumi", "psoriasi", "sta seguendo una terapia"),
    ("son frère a un lymphome, il suit un traitement lourd", "lymphome", None),
    ("su hermana tiene anemia y está en tratamiento desde marzo", "anemia", "está en tratamiento"),
    ("o pai tem leucemia e está em tratamento, entrega em casa", "leucemia", "está em tratamento"),
    ("Ihr Bruder hat Rheuma und ist in Behandlung", "Rheuma", "ist in Behandlung"),
    ("zijn vader heeft reuma en is onder behandeling", "reuma", "is onder behandeling"),
    ("у отца артрит, лечится, поэтому без ступенек", "артрит", "лечится"),
    ("والده عنده روماتيزم ويتعالج", "روماتيزم", "يتعالج"),
    ("父亲有关节炎，正在治疗", "关节炎", "正在治疗"),
])
def test_treatment_after_condition_is_its_own_span(text: str, core: str, phrase: str | None) -> None:
    grown = _grown(text, core)
    assert grown[0] == core  # the condition keeps its span; the conjunction stays readable
    if phrase is not None:
        assert phrase in grown, grown


def test_treatment_span_after_dating_words_joins_the_condition() -> None:
    text = "у мамы бессонница после переезда, лечится, нужен тихий зал"
    first, second = text.index("бессонница"), text.index("лечится")
    spans = [PiiSpan(first, first + len("бессонница"), "HEALTH"), PiiSpan(second, second + len("лечится"), "HEALTH")]
    assert [text[s.start : s.end] for s in treated_conditions(text, spans)] == ["бессонница после переезда, лечится"]


@pytest.mark.parametrize("text, core, whole", [
    ("she spent a month in a clinic for anorexia, keep it private", "anorexia", "clinic for anorexia"),
    ("il revient d'une clinique pour une dépression sévère", "dépression", "clinique pour une dépression"),
])
def test_place_of_care_told_for_the_condition(text: str, core: str, whole: str) -> None:
    assert whole in _grown(text, core)


@pytest.mark.parametrize("text, core", [
    ("the watch is being serviced after her migraine passed", "migraine"),  # no treatment phrase
    ("she has asthma. The bracelet is in treatment for polishing", "asthma"),  # another sentence, not right after
    ("a donation to a clinic for children, she has asthma", "asthma"),  # the clinic is not told for the condition
])
def test_no_treatment_no_growth(text: str, core: str) -> None:
    assert _grown(text, core) == [core]


def test_other_kinds_untouched() -> None:
    text = "votes Labour and is being treated kindly"
    spans = [PiiSpan(6, 12, "POLITICS")]
    assert treated_conditions(text, spans) == spans


@pytest.mark.parametrize("text, words", [
    ("the client's son has crohn's disease and is having treatment, so deliver", "is having treatment"),
    ("sua figlia ha la celiachia? no, la colite, e sta facendo una cura", "sta facendo una cura"),
])
def test_through_the_detector(text: str, words: str) -> None:
    assert covered(text, words, "HEALTH"), spans_of(text)
