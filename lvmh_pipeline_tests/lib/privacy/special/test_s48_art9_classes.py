"""Art. 9 classes of session 48 (`w52` notes), probed with phrasings written for this test:

- guests of a faith: the guests word beside a plural faith word joins it ("a few Jewish guests",
  "alcuni ospiti musulmani", "穆斯林客人"), in every language;
- a reason of faith ("по религ. причинам", "om geloofsredenen") and a party of a Candomblé or Umbanda
  house ("festa no terreiro");
- a recovery from drinking: the Korean meeting ("단주 모임", like AA) and "AA" with its duration after a
  comma ("AA, 3 years"); quitting drinking stays readable in Chinese ("戒酒中": the dev writers read it
  as a diet, 4 notes to 1);
- a Japanese hospital stay with its verb ending when the core is bare ("入院されてて");
- an Arabic pregnancy told by its possessive noun after a preposition or with its order ("بمناسبة حملها",
  "حملها الثاني"); the verb "carried it" (also حملها) stays readable;
- a former office holder designated by the article ("l'ex senatore, ...", "the former MP, ..."), a
  Russian deputy of a duma named by its town's adjective ("депутат Казанской городской думы");
- a Russian man's boyfriend in the genitive or dative after "свой" ("своего молодого человека");
- a man's male companion where a lower-case title before the [NAME] token shows the man ("monsieur
  [NAME] … à son compagnon", "mister [NAME] … con il compagno").

Negatives: guests and a religious holiday without a faith word, a yard ("terreiro") that is no
house of worship, the Korean "this week" (금주) that is no abstinence, a former mayor's wife and a
senator in the news, a daughter's boyfriend, a man's wife and a woman's husband, gelatine of porcine
origin (the `no_pork` diet's words).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.extent.sobriety import sober_durations
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize("text, words, kind", [
    # guests of a faith
    ("gala dinner for 40, a few Jewish guests, no shellfish", "Jewish guests", "RELIGION"),
    ("dîner d'entreprise, quelques invités juifs", "invités juifs", "RELIGION"),
    ("cena di lavoro, alcuni ospiti ebrei, niente maiale", "ospiti ebrei", "RELIGION"),
    ("comida de empresa, algunos invitados judíos", "invitados judíos", "RELIGION"),
    ("almoço da firma, alguns convidados judeus", "convidados judeus", "RELIGION"),
    ("Weihnachtsfeier, ein paar jüdische Gäste", "jüdische Gäste", "RELIGION"),
    ("kerstborrel, een paar joodse gasten", "joodse gasten", "RELIGION"),
    ("корпоратив, будут иудейские гости", "иудейские гости", "RELIGION"),
    ("年会上有几位穆斯林客人，菜单要注意", "穆斯林客人", "RELIGION"),
    ("연말 모임에 무슬림 손님이 몇 분 오세요", "무슬림 손님", "RELIGION"),
    ("العشاء فيه ضيوف مسلمين", "ضيوف مسلمين", "RELIGION"),
    # a reason of faith, a Candomblé house's party
    ("Вино не предлагать (по религ. причинам).", "по религ. причинам", "RELIGION"),
    ("hij drinkt niet om geloofsredenen, dus geen bubbels", "om geloofsredenen", "RELIGION"),
    ("ela vai ter uma festa no terreiro em junho", "festa no terreiro", "RELIGION"),
    # a recovery from drinking
    ("사장님이 매주 단주 모임에 나가셔서 와인은 빼 주세요", "단주 모임", "HEALTH"),
    ("no alcohol please (AA, 3 years)", "AA, 3 years", "HEALTH"),
    ("sin alcohol (AA, 4 años)", "AA, 4 años", "HEALTH"),
    # a Japanese hospital stay with its verb ending
    ("お母様が入院されてて、今日はご主人だけ", "入院されてて", "HEALTH"),
    # an Arabic pregnancy told by its possessive noun after a preposition or with its order
    ("هدية لزوجته بمناسبة حملها، الميزانية مفتوحة", "حملها", "HEALTH"),
    ("تعبانة شوي في حملها الثاني", "حملها الثاني", "HEALTH"),
    # a former office holder designated by the article
    ("so the former senator, Mr [NAME], came by for cufflinks", "the former senator", "POLITICS"),
    ("alors l'ancien député, monsieur [NAME], cherche une montre", "l'ancien député", "POLITICS"),
    ("allora l'ex senatore [NAME] è passato con la moglie", "l'ex senatore", "POLITICS"),
    ("il deputato, no scusa, l'ex deputato [NAME], vuole un orologio", "l'ex deputato", "POLITICS"),
    ("o ex-deputado, senhor [NAME], passou aqui", "o ex-deputado", "POLITICS"),
    ("also die ehemalige Abgeordnete Frau [NAME] war da", "die ehemalige Abgeordnete", "POLITICS"),
    # a man's male companion, the man named by a lower-case title before the [NAME] token (voice notes)
    ("note rapide, monsieur [NAME], il vit à Nice. il veut offrir une montre à son compagnon", "son compagnon",
     "ORIENTATION"),
    ("allora mister [NAME], l'inglese, è passato di nuovo, con il compagno [NAME], da anni insieme",
     "compagno", "ORIENTATION"),
    # a Russian deputy of a city or regional duma named by its adjective
    ("Клиент: [NAME], депутат Казанской городской думы, ищет часы", "депутат Казанской городской думы", "POLITICS"),
    ("жена депутата Самарской областной думы заходила", "депутата Самарской областной думы", "POLITICS"),
    # a Russian man's boyfriend after "свой"
    ("господин [NAME] зашёл, ищет подарок на годовщину своего молодого человека",
     "своего молодого человека", "ORIENTATION"),
    ("[NAME] заходил насчёт запонок, не, не запонок, часов, для своего молодого человека",
     "своего молодого человека", "ORIENTATION"),
])
def test_session_48_classes_are_redacted(text: str, words: str, kind: str) -> None:
    assert covered(text, words, kind), spans_of(text)


@pytest.mark.parametrize("text", [
    "dinner for 40 guests during Ramadan, budget open",                 # guests and a holiday, no faith
    "forty guests for the Eid dinner next week",                        # a religious holiday alone
    "almoço no terreiro da quinta, ao ar livre",                        # a yard
    "금주 중에 다시 방문하실 예정이에요",                                      # "this week"
    "李先生戒酒中，晚宴只上茶",                                             # quitting drinking: a diet (dev 4:1)
    "(AA, battery pack) sobre, dos años de garantía",                   # no capital AA with a duration
    "a gift for the former mayor's wife",                               # somebody else's office
    "the former senator on the news was arrested, she said",            # a politician in the news
    "Он пришёл с дочерью, она выбирает подарок для своего молодого человека",  # the daughter's boyfriend
    "He bought cufflinks for his business partner, budget 2k",          # a business partner
    "السواق حملها للسيارة بعد الدفع",                                      # the driver carried it
    "pas de gélatine d'origine porcine dans les mignardises",           # a diet (no pork), no origin
    "monsieur [NAME] est passé, il veut offrir une montre à sa femme",    # a man's wife
    "madame [NAME] est venue avec son mari, ils fêtent leurs trente ans",  # a woman's husband
])
def test_session_48_look_alikes_stay_readable(text: str) -> None:
    assert spans_of(text) == []


def test_sober_durations_takes_a_duration_after_a_comma_only_after_a_capital_aa() -> None:
    text = "(AA, 5 years)"
    assert sober_durations(text, []) == [PiiSpan(1, 12, "HEALTH")]
    for other in ("she's sober, two kids at home", "he's sober, two years now"):
        sober = PiiSpan(other.index("sober"), other.index("sober") + 5, "HEALTH")
        assert sober_durations(other, [sober]) == [sober]
