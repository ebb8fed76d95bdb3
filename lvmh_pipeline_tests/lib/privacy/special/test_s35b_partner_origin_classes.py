"""Art. 9 classes of session 35 (brief A2), probed with phrasings written for this test (none is a note's):

- a same-sex spouse whose owner is the note's only client of one gender, named by a title or a
  person noun earlier in the note, past sentence ends and asides ("Mme Roux – rendez-vous le 19.
  Cadeau pour sa compagne"; "o senhor engenheiro Costa, sim, veio com o marido"):
  :func:`special.contexts.titled_partners._noted_partners`;
- a neutral partner word after a possessive that shows its owner's gender and before a given name
  of the same gender ("his partner Mark", "haar partner Sanne", "seinem Partner Jonas"):
  :func:`special.contexts.titled_partners._owned_partners`;
- (a foreign country of birth said with 出身 in Japanese was ORIGIN from lexicon 1.34.0 to session 48: a
  bare birthplace is no ORIGIN now, like a Japanese town of birth);
- a long-term medicine after the Chinese "taking it all along" head ("一直在吃[降压药]",
  ``special_extent.json`` 1.2.0);
- a pregnancy's stage written after a transcribed hesitation ("怀孕了，嗯，现在七个月", "pregnant, um,
  now 6 months": :func:`special.contexts.asides.pregnancy_stages`);
- a re-election named without its office ("après sa réélection", "na de herverkiezing", "[再選]のお祝い"),
  unless its sentence names another electing body: :mod:`special.contexts.reelections`;
- a family line said to come from a place in the present tense ("la famiglia viene da Asmara"):
  :mod:`special.contexts.origin.ancestry`.

Kept readable: an opposite-sex spouse, a spouse after a couple's title or a kin word, a spouse when a
title, pronoun or person noun of the other gender stands before it, a bride ("la novia") or "the
woman" after an article, a designer or a town "出身", a club's re-elected president, a board's or a works
council's re-election, "再選択", "재선정",
a family that comes from a town for a wedding.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

FOUND = [
    ("Mme Dubois – rendez-vous déplacé au 12. Cadeau d'anniversaire pour sa compagne : un foulard.", "ORIENTATION", "compagne"),
    ("Mme Perrin (VIP). Livraison jeudi. Elle hésite, cadeau pour sa femme ou pour elle.", "ORIENTATION", "femme"),
    ("O senhor doutor Peixoto, pois, Peixoto, veio com o marido ver relógios.", "ORIENTATION", "marido"),
    ("La Sra. Ortega pasó el lunes. Quiere un bolso para su esposa, presupuesto 2000.", "ORIENTATION", "esposa"),
    ("Il signor Bianchi, ingegnere. Cerca un regalo per il suo compagno.", "ORIENTATION", "suo compagno"),
    ("Cufflinks for his partner Mark, first anniversary.", "ORIENTATION", "his partner"),
    ("Zij komt met haar partner Sanne passen.", "ORIENTATION", "haar partner"),
    ("Er kommt mit seinem Partner Jonas zur Anprobe.", "ORIENTATION", "seinem Partner"),
    ("他一直在吃降压药，不能喝酒。", "HEALTH", "一直在吃降压药"),
    ("她怀孕了，嗯，现在七个月，想买手镯。", "HEALTH", "怀孕了，嗯，现在七个月"),
    ("She's pregnant, um, now 6 months, wants a bracelet.", "HEALTH", "pregnant, um, now 6 months"),
    ("Cadeau pour elle-même après sa réélection en mars.", "POLITICS", "réélection"),
    ("Nach der Wiederwahl im Mai ein Geschenk.", "POLITICS", "Wiederwahl"),
    ("Na de herverkiezing wil hij een pen.", "POLITICS", "herverkiezing"),
    ("再選のお祝いに時計を。", "POLITICS", "再選"),
    ("她连任之后想买个包。", "POLITICS", "连任"),
    ("la famiglia viene da Asmara, vorrebbe un ciondolo.", "ORIGIN", "famiglia viene da Asmara"),
    ("His family comes from Jaffna, so gold matters.", "ORIGIN", "family comes from Jaffna"),
    ("A família vem de Homs, gosta de ouro.", "ORIGIN", "família vem de Homs"),
]


@pytest.mark.parametrize(("text", "kind", "fact"), FOUND)
def test_found(text: str, kind: str, fact: str) -> None:
    assert covered(text, fact, kind), spans_of(text)


KEPT = [
    "Mme Leroy est venue. Elle veut une montre pour son mari.",
    "Sr. Costa passou cá. Quer uma prenda para a esposa.",
    "M. et Mme Roux. Cadeau pour sa femme.",
    "Mme Petit, avec son fils. Il cherche pour sa compagne un bracelet.",
    "La Sra. García busca un regalo para la novia de su sobrino.",
    "la Sra. Gil fue a la boda; regalo para la novia.",
    "Mme Martin, assistante. Son patron cherche pour sa femme un sac.",
    "Sra. Lopes veio com o Sr. Lopes. Presente para a esposa do irmão.",
    "Sra. Vidal, con el Dr. Ruiz. Regalo para su esposa.",
    "Mme Roux vient avec Thomas. Cadeau pour sa femme.",
    "神戸出身の方で、甘いものがお好きです。",
    "イタリア出身のデザイナーの作品が好き。",
    "Re-elected president of the golf club, wants a trophy.",
    "Cufflinks for his partner Anna, first anniversary.",
    "His business partner Mark joins the dinner.",
    "Er kommt mit seinem Partner, Herrn Weber, von der Kanzlei.",
    "色を再選択してください。",
    "Sie will nach der Wiederwahl in den Vereinsvorstand feiern.",
    "Sa réélection au CSE est prévue en mai.",
    "재선정된 디자인으로 주문.",
    "La famiglia viene da Roma per il matrimonio.",
    "Her family comes from Lyon to the wedding.",
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert not spans_of(text)


def test_stage_after_other_words_stays() -> None:
    """A count of months after other words than a hesitation is no stage of the pregnancy."""
    text = "她怀孕了，嗯，想买手镯，三个月后来取。"
    assert [t for t, _ in spans_of(text)] == ["怀孕了"]


def test_celebration_after_a_reelection_stays() -> None:
    """The gift occasion after a re-election stays readable: only the vote is the fact."""
    assert spans_of("再選のお祝いに時計を。") == [("再選", "POLITICS")]
    assert spans_of("재선 축하 선물로 만년필.") == [("재선", "POLITICS")]


def test_spouse_licenses_no_pride() -> None:
    """A same-sex spouse found by the client's title states the orientation, but the pride a client
    takes in his origin beside it is no Pride march."""
    text = "Don Aurelio Vidal (habanero, lo cuenta con orgullo) y su marido Pablo. Matrimonio gay."
    assert "orgullo" not in [t for t, _ in spans_of(text)]
    assert ("marido", "ORIENTATION") in spans_of(text)
