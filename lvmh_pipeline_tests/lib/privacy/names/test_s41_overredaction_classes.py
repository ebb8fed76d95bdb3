"""Over-redaction classes of session 41, in our own phrasings: words in a name's position that name
no one, in the twelve languages (general mechanisms, never a note's sentence):

- a line named in a list after German "die", which is singular too ("die Love, Budget …");
- an institution's acronym after "von der", "de la" ("Professor Krause von der TUM");
- a street's name after its noun and particles ("rue de la Paix", "via della Libertà");
- a house's line after the house in Arabic script, or after a Chinese / Japanese / Korean possessive
  particle ("شوميه جوزفين", "Chaumet的Joséphine");
- a profession after a Chinese verb of working as one ("在深圳做律师");
- a nationality opening a bracket after a name ("（英国人，…）");
- a Korean staff title glued to a surname ("정비서님": the surname only goes);
- the firm where the person named holds a post ("PDG Maison Roussel SA", "CEO of Jansen Holding");
- a noble title before its particle and family name, and the same title alone further on ("der Graf").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import RULES_ONLY, WITH_TAGGER, stored


@pytest.mark.parametrize(
    "text, language, kept, redacted",
    [
        # a line in a list after German "die"
        ("Frau Brandl schwankt: die Trinity, die Love, ein Armband.", "de", ["Love"], ["Brandl"]),
        # an acronym after a particle
        ("Besuch von Professor Krause von der TUM mit Tochter Greta.", "de", ["TUM"], ["Krause", "Greta"]),
        ("Mme Perrin de la SNCF a rappelé.", "fr", ["SNCF"], ["Perrin"]),
        # a street after its noun and particles
        ("Elle habite rue de la Paix, sa fille Margaux aussi.", "fr", ["Paix"], ["Margaux"]),
        ("La signora Fabbri abita in via della Libertà.", "it", ["Libertà"], ["Fabbri"]),
        ("El hotel queda en la calle de la Princesa, dice doña Elvira.", "es", ["Princesa"], ["Elvira"]),
        ("Boutique avenue de la Victoire, Mme Collin passera.", "fr", ["Victoire"], ["Collin"]),
        # a house's line after the house
        ("تحب تشكيلة شوميه جوزفين كثيرا، وبنتها شيخة معها.", "ar", ["جوزفين"], ["شيخة"]),
        ("刘女士想看Chaumet的Joséphine项链。", "zh", ["Joséphine"], ["刘"]),
        # a profession after a verb of working as one
        ("客户 Emma Clarke，在深圳做律师，周五来店。", "zh", ["深圳", "律师"], ["Clarke"]),
        # a nationality opening a bracket
        ("客户 Oliver Grant（英国人，中文名高乐文）下周来。", "zh", ["英国人"], ["Grant", "高乐文"]),
        # a Korean staff title glued to the surname
        ("정비서님이 내일 오신대요, 회장님 선물 문의.", "ko", ["비서"], ["정"]),
        # the firm where the person named holds a post
        ("Client : M. Arnaud Vidal, PDG Maison Roussel SA, cadeaux.", "fr", ["Roussel"], ["Vidal"]),
        ("Mr Grant, CEO of Jansen Holding, wants ten wallets.", "en", ["Jansen"], ["Grant"]),
        # a noble title, and the same title alone further on
        ("Hrn. Baron v. Tessin kommt Montag, der Baron zahlt bar.", "de", ["Baron"], ["Tessin"]),
    ],
)
def test_words_in_a_names_place_that_name_no_one(text: str, language: str, kept: list[str], redacted: list[str]) -> None:
    for policy in (RULES_ONLY, WITH_TAGGER):
        out = stored(text, language, policy)
        for word in kept:
            assert word in out, (word, out)
        for word in redacted:
            assert not leaked(word, out), (word, out)


@pytest.mark.parametrize(
    "text, language, name",
    [
        # a family named by "die" before a verb stays a family
        ("die Weber kommen am Montag zur Anprobe.", "de", "Weber"),
        # a particle surname that is no acronym
        ("Notar von der Heide, Termin am Dienstag.", "de", "Heide"),
        # the client's own family firm, no post before it
        ("Azienda Marchetti Srl, referente Laura.", "it", "Marchetti"),
        # the relative's name after a possessive of a person in Chinese
        ("她女儿的Sophie很喜欢。", "zh", "Sophie"),
        # a Chinese title after a surname
        ("她先生是医生，王医生也来了。", "zh", "王"),
    ],
)
def test_people_in_those_places_stay_people(text: str, language: str, name: str) -> None:
    assert not leaked(name, stored(text, language))
