"""Art. 9 classes found on the w27 dev notes, with phrasings written for this test.

A faith's community ("comunità ebraica", "communauté musulmane", "еврейская община", "犹太社区"),
hormone therapy in the languages that lacked it ("Hormontherapie", "terapia ormonale", "内分泌治疗"),
a chronic medicine by its name in the scripts that lacked it ("チラーヂン", "左甲状腺素",
"ميتفورمين"), the noun of membership before a party or a union ("lidmaatschap van de PvdA",
"Mitgliedschaft in der SPD"), a union delegate "at" his union ("vakbondsafgevaardigde bij het
ABVV") and an office held "in" a Japanese union ("自治労で書記長"), the term of a pregnancy in
Russian ("беременна, срок 20 недель"), a euphemism for a cancer ("un brutto male", "몹쓸 병"),
the colloquial German organ compound ("Herzgeschichte"), an Arabic party whose name is an
ordinary word ("حزب الإصلاح"), a stent put in ("messo due stent"), a family of an ethnic group
("familia gitana"), the place on the body of a condition written after it ("psoriasi alle mani",
"Arthrose an den Händen"), a Chinese hospital stay with its aspect ("还在住院"), and a same-sex spouse
shown by the title of the clause in the languages whose possessive is neutral ("Sra. Vidal con
su esposa"). The last tests are ordinary words that must stay.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole

WHOLE = [
    # a faith's community
    ("Il cliente fa parte della comunità ebraica di Milano.", "comunità ebraica", "RELIGION"),
    ("Le client est très impliqué dans la communauté juive de Lyon.", "communauté juive", "RELIGION"),
    ("La clienta es de la comunidad judía de Madrid.", "comunidad judía", "RELIGION"),
    ("A cliente frequenta a comunidade judaica do Porto.", "comunidade judaica", "RELIGION"),
    ("Клиент состоит в еврейской общине Казани.", "еврейской общине", "RELIGION"),
    ("Il signore è molto attivo nella comunità musulmana di Torino.", "comunità musulmana", "RELIGION"),
    ("La señora pertenece a la comunidad musulmana de Ceuta.", "comunidad musulmana", "RELIGION"),
    ("Hij zit in de islamitische gemeenschap van Gent.", "islamitische gemeenschap", "RELIGION"),
    ("顾客是当地犹太社区的成员。", "犹太社区", "RELIGION"),
    ("お客様は地元のユダヤ人コミュニティの方。", "ユダヤ人コミュニティ", "RELIGION"),
    ("고객은 유대인 공동체 활동을 한다.", "유대인 공동체", "RELIGION"),
    ("العميل ناشط في الجالية اليهودية في باريس.", "الجالية اليهودية", "RELIGION"),
    # hormone therapy
    ("La cliente fa una terapia ormonale da un anno.", "terapia ormonale", "HEALTH"),
    ("La clienta sigue un tratamiento hormonal.", "tratamiento hormonal", "HEALTH"),
    ("Die Kundin macht gerade eine Hormontherapie.", "Hormontherapie", "HEALTH"),
    ("A cliente faz terapia hormonal desde março.", "terapia hormonal", "HEALTH"),
    ("Mevrouw krijgt hormoontherapie sinds de zomer.", "hormoontherapie", "HEALTH"),
    ("她目前在做内分泌治疗。", "内分泌治疗", "HEALTH"),
    ("母はホルモン治療を続けている。", "ホルモン治療", "HEALTH"),
    ("السيدة تتلقى العلاج الهرموني منذ سنة.", "العلاج الهرموني", "HEALTH"),
    ("Elle suit un traitement hormonal lourd.", "traitement hormonal", "HEALTH"),
    ("She is on hormone treatment since spring.", "hormone treatment", "HEALTH"),
    # a chronic medicine by its name
    ("他母亲每天服用左甲状腺素。", "左甲状腺素", "HEALTH"),
    ("母はチラーヂンを毎朝飲んでいる。", "チラーヂン", "HEALTH"),
    ("الوالد يأخذ الميتفورمين يوميا.", "الميتفورمين", "HEALTH"),
    ("Отец пьёт левотироксин.", "левотироксин", "HEALTH"),
    # membership of a party or a union; a delegate at a union; an office in a union
    ("Mevrouw Peeters, vakbondsafgevaardigde bij het ABVV, komt dinsdag.", "vakbondsafgevaardigde bij het ABVV", "UNION"),
    ("Meneer Claes is syndicaal afgevaardigde van de ACLVB.", "syndicaal afgevaardigde van de ACLVB", "UNION"),
    ("Zijn lidmaatschap van de PvdA is bekend.", "lidmaatschap van de PvdA", "POLITICS"),
    ("Her membership of the Green Party is no secret.", "membership of the Green Party", "POLITICS"),
    ("Seine Mitgliedschaft in der SPD ist bekannt.", "Mitgliedschaft in der SPD", "POLITICS"),
    ("Zijn lidmaatschap van de FNV is al dertig jaar.", "lidmaatschap van de FNV", "UNION"),
    ("彼は自治労で書記長をしていた。", "自治労で書記長", "UNION"),
    ("叔父は労組で執行委員だった。", "労組で執行委員", "UNION"),
    # the term of a pregnancy
    ("Невестка беременна, срок 20 недель, без духов.", "беременна, срок 20 недель", "HEALTH"),
    ("Жена клиента беременна (срок 7 месяцев).", "беременна (срок 7 месяцев", "HEALTH"),
    # a euphemism for a cancer; the colloquial organ compound
    ("La suocera ha un brutto male, va trattata con delicatezza.", "brutto male", "HEALTH"),
    ("La suegra tiene una mala enfermedad, mucho tacto.", "mala enfermedad", "HEALTH"),
    ("A sogra tem aquela doença ruim, muito tato.", "doença ruim", "HEALTH"),
    ("할머니가 몹쓸 병에 걸리셨다.", "몹쓸 병", "HEALTH"),
    ("Der Vater hat eine Herzgeschichte, bitte keine Treppen.", "Herzgeschichte", "HEALTH"),
    ("Seit der Lungengeschichte raucht er nicht mehr.", "Lungengeschichte", "HEALTH"),
    # an Arabic party named by an ordinary word; a stent put in; a family of an ethnic group
    ("العميل يدعم حزب الإصلاح منذ سنوات.", "يدعم حزب الإصلاح", "POLITICS"),
    ("Al padre hanno messo due stent la settimana scorsa.", "messo due stent", "HEALTH"),
    ("Viene de una familia gitana muy conocida.", "familia gitana", "ORIGIN"),
    ("Vem de uma família cigana do Porto.", "família cigana", "ORIGIN"),
    ("Famille gitane de Perpignan, très fidèle.", "Famille gitane", "ORIGIN"),
    ("奶奶还在住院，礼物寄到家里。", "还在住院", "HEALTH"),
    # the place on the body of a condition, after it
    ("La zia ha la psoriasi alle mani, guanti morbidi.", "psoriasi alle mani", "HEALTH"),
    ("Il a de l'arthrose aux genoux, pas d'escaliers.", "arthrose aux genoux", "HEALTH"),
    ("Er hat Arthrose an den Händen, leichte Verschlüsse.", "Arthrose an den Händen", "HEALTH"),
    ("She has psoriasis on her hands, soft fabrics only.", "psoriasis on her hands", "HEALTH"),
    ("Mevrouw heeft reuma aan de handen, lichte sluitingen.", "reuma aan de handen", "HEALTH"),
    ("A senhora tem psoríase na mão, tecidos macios.", "psoríase na mão", "HEALTH"),
    # a same-sex spouse shown by the title of the clause
    ("Mme Roux est venue avec sa compagne, anniversaire en juin.", "sa compagne", "ORIENTATION"),
    ("Madame Dubois et sa femme cherchent deux montres.", "sa femme", "ORIENTATION"),
    ("La Sra. Vidal vino con su esposa a elegir anillos.", "su esposa", "ORIENTATION"),
    ("El Sr. Ortiz y su marido celebran diez años.", "su marido", "ORIENTATION"),
    ("La signora Galli è passata con sua moglie.", "sua moglie", "ORIENTATION"),
    ("O Sr. Lopes e o seu marido vieram juntos.", "seu marido", "ORIENTATION"),
    ("M. Garnier et son compagnon reviennent samedi.", "son compagnon", "ORIENTATION"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_is_redacted(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


STAYS = [
    "Die Gemeinde Wedel liefert die Blumen.",
    "Il cliente vive in una comunità di villette a Monza.",
    "Elle paie un supplément pour la communauté de communes.",
    "Il brutto tempo ha rovinato la consegna.",
    "Il bambino ha preso un brutto voto, male in matematica.",
    "Die Geschichte der Maison Herz ist lang.",
    "Eine Herzensgeschichte: er hat sie in Paris kennengelernt.",
    "Er liebt Kriegsgeschichte und Uhren.",
    "The membership card of the golf club is gold.",
    "Zijn lidmaatschap van de golfclub loopt af.",
    "Seine Mitgliedschaft im Golfclub endet.",
    "Iscrizione al club del golf confermata.",
    "L'adhésion au club de golf est offerte.",
    "Срок доставки 10 дней.",
    "Срок 3 недели на гравировку.",
    "العميل يحب الإصلاح السريع للساعات.",
    "La familia del cliente viene de Jerez.",
    "Une grande famille, six enfants.",
    "Un sac à la main, elle est repartie.",
    "Sie trägt die Uhr an der Hand.",
    # a spouse of the other gender, someone else's spouse, a title in another sentence, no title
    "M. Garnier et sa femme reviennent samedi.",
    "La Sra. Vidal y su marido eligen anillos.",
    "Sig.ra Rossi e suo marito, anniversario a maggio.",
    "Mme Roux, pour son fils et sa femme, deux montres.",
    "Mme Roux est passée. Le client et sa femme reviendront.",
    "Il m'a dit que son mari viendrait.",
    "D'Angelo e sua moglie cercano un regalo.",
    "Madame Morel et sa femme de ménage passeront.",
    "Mme Roux a offert un foulard à sa compagne de voyage.",
    "Sr. y Sra. Gil con su esposa.",
    "Pour M. Petit, Mme Durand commande pour sa femme.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert not spans_of(text), spans_of(text)


def test_a_stated_orientation_keeps_the_titled_spouse_readable():
    text = "Mme Roux, lesbienne, est venue avec sa compagne."
    assert ("sa compagne", "ORIENTATION") not in spans_of(text), spans_of(text)
