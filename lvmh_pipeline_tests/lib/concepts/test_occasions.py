"""Occasions in all 12 languages: verb and clause forms, month attachment (dates, ordinal and
relative phrasings, a month before the occasion or after a short clause), holidays of each
market, relationship anniversaries, and precision traps (names, political parties, sales).

Cases are written by hand; ``birthday:03`` means the occasion with that month, ``birthday``
the occasion without a month.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def occasions(text: str, language: str | None) -> set[str]:
    """Positive occasions of a note as ``label`` / ``label:MM``."""
    return {
        f"{h.concept}:{h.month:02d}" if h.month else h.concept
        for h in extract(text, language)
        if h.category == "occasion" and not h.negated
    }


def labels(text: str, language: str | None) -> set[str]:
    return {h.concept for h in extract(text, language) if not h.negated}


# --- 1. verbs and paraphrases -------------------------------------------------------------

VERB_FORMS = [
    # wedding
    ("FR", "Son fils se marie en juin, cherche un cadeau.", "wedding:06"),
    ("FR", "Sa fille va se marier l'an prochain.", "wedding"),
    ("FR", "Elle marie sa fille le 14 septembre.", "wedding:09"),
    ("EN", "Her son is getting married in May.", "wedding:05"),
    ("EN", "Best friend ties the knot in October.", "wedding:10"),
    ("EN", "Daughter gets married next year, bag for the bride.", "wedding"),
    ("IT", "La figlia si sposa a giugno.", "wedding:06"),
    ("IT", "Il fratello si sposerà il 12 luglio.", "wedding:07"),
    ("ES", "Su hija se casa en septiembre.", "wedding:09"),
    ("ES", "Su hermano se casará el 3 de mayo.", "wedding:05"),
    ("DE", "Sein Sohn heiratet im Mai.", "wedding:05"),
    ("DE", "Die Tochter wird im August heiraten.", "wedding:08"),
    ("PT", "A filha vai casar em outubro.", "wedding:10"),
    ("PT", "O filho vai se casar em março.", "wedding:03"),
    ("NL", "Haar dochter trouwt in juni.", "wedding:06"),
    ("NL", "Zoon gaat in mei trouwen.", "wedding:05"),
    ("RU", "Сын женится в июле.", "wedding:07"),
    ("RU", "Дочь выходит замуж 12 сентября.", "wedding:09"),
    ("RU", "Дочь выйдет замуж в мае.", "wedding:05"),
    ("JA", "娘さんが6月に結婚する予定。", "wedding:06"),
    ("KO", "딸이 5월에 결혼해요.", "wedding:05"),
    ("ZH", "女儿十月要结婚。", "wedding:10"),
    ("AR", "ابنها يتزوج في يونيو.", "wedding:06"),
    ("AR", "ابنتها ستتزوج في مايو.", "wedding:05"),
    # birthday
    ("EN", "Husband turns 50 in March.", "birthday:03"),
    ("EN", "She just turned 40, gift for her.", "birthday"),
    ("EN", "Gift for his 60th in November.", "birthday:11"),
    ("FR", "Son mari fête ses 40 ans en avril.", "birthday:04"),
    ("FR", "Cadeau pour les 18 ans de sa fille, fin juin.", "birthday:06"),
    ("IT", "Il marito compie 60 anni a ottobre.", "birthday:10"),
    ("IT", "La figlia compirà 18 anni il 3 maggio.", "birthday:05"),
    ("ES", "Su marido cumple 50 en abril.", "birthday:04"),
    ("ES", "Su padre cumplirá 70 años en enero.", "birthday:01"),
    ("PT", "O marido faz anos em julho.", "birthday:07"),
    ("PT", "A filha faz 30 anos no dia 15 de março.", "birthday:03"),
    ("DE", "Ihr Mann feiert am 14. Februar seinen 60. Geburtstag.", "birthday:02"),
    ("DE", "Die Mutter feiert im Oktober ihren 70. Geburtstag.", "birthday:10"),
    ("NL", "Haar man wordt 50 in mei.", "birthday:05"),
    ("NL", "Dochter is jarig op 3 april.", "birthday:04"),
    ("RU", "Мужу исполняется 50 лет в марте.", "birthday:03"),
    ("RU", "Мужу исполнится 60 лет 12 марта.", "birthday:03"),
    ("JA", "ご主人が3月に60歳の誕生日を迎える。", "birthday:03"),
    ("JA", "奥様の誕生日は5月15日。", "birthday:05"),
    ("KO", "남편 생일이 3월 15일이에요.", "birthday:03"),
    ("ZH", "她丈夫4月过生日。", "birthday:04"),
    ("AR", "زوجها يحتفل بعيد ميلاده في ١٥ مارس.", "birthday:03"),
    # graduation
    ("EN", "Son graduates in June, wants a watch.", "graduation:06"),
    ("EN", "Daughter just graduated from Columbia.", "graduation"),
    ("FR", "Sa fille obtient son diplôme en juillet.", "graduation:07"),
    ("FR", "Son fils a eu son bac, cadeau.", "graduation"),
    ("ES", "Su hijo se gradúa en junio.", "graduation:06"),
    ("ES", "Su hija termina la carrera en julio.", "graduation:07"),
    ("IT", "Il figlio si laurea a marzo.", "graduation:03"),
    ("PT", "A filha termina a faculdade em dezembro.", "graduation:12"),
    ("PT", "O neto se forma em julho.", "graduation:07"),
    ("NL", "Zoon is net afgestudeerd.", "graduation"),
    ("DE", "Tochter macht im Juni Abitur.", "graduation:06"),
    ("RU", "У дочери выпускной в июне.", "graduation:06"),
    ("RU", "Сын оканчивает университет в июле.", "graduation:07"),
    ("JA", "娘が3月に卒業する。", "graduation:03"),
    ("KO", "아들이 2월에 졸업해요.", "graduation:02"),
    ("ZH", "儿子六月毕业。", "graduation:06"),
    ("AR", "ابنها يتخرج في يونيو.", "graduation:06"),
    # retirement
    ("EN", "Husband retires in September.", "retirement:09"),
    ("FR", "Son mari prend sa retraite en décembre.", "retirement:12"),
    ("IT", "Il padre andrà in pensione a giugno.", "retirement:06"),
    ("ES", "Su padre se jubila en marzo.", "retirement:03"),
    ("DE", "Ihr Vater geht im Mai in den Ruhestand.", "retirement:05"),
    ("DE", "Ihr Vater geht in Rente, Feier im Mai.", "retirement:05"),  # the party is the retirement's (w28)
    ("PT", "O pai vai se aposentar em abril.", "retirement:04"),
    ("NL", "Haar vader gaat met pensioen in juni.", "retirement:06"),
    ("RU", "Муж уходит на пенсию в августе.", "retirement:08"),
    ("JA", "父が3月に定年退職します。", "retirement:03"),
    ("KO", "아버지가 12월에 은퇴하세요.", "retirement:12"),
    ("ZH", "父亲年底退休。", "retirement:12"),  # at the year's end: December (w28)
    ("AR", "والدها سيتقاعد في ديسمبر.", "retirement:12"),
    # new job
    ("EN", "Daughter starts a new job in London.", "new_job"),
    ("EN", "Son landed a job at a bank.", "new_job"),
    ("FR", "Sa fille a décroché son premier CDI.", "new_job"),
    ("IT", "Il figlio è stato assunto in una banca.", "new_job"),
    ("ES", "Su hija cambia de trabajo en enero.", "new_job:01"),
    ("DE", "Der Sohn hat einen neuen Arbeitgeber.", "new_job"),
    ("PT", "A filha foi contratada por um banco.", "new_job"),
    ("NL", "Dochter heeft een nieuwe werkgever.", "new_job"),
    ("RU", "Дочь сменила работу.", "new_job"),
    ("JA", "息子さんが4月に入社。", "new_job:04"),
    ("KO", "딸이 취직했어요.", "new_job"),
    ("ZH", "女儿换工作了。", "new_job"),
    ("AR", "ابنها بدأ وظيفته الجديدة.", "new_job"),
    # promotion
    ("EN", "Got promoted to partner, wants to celebrate.", "promotion"),
    ("FR", "Elle a eu une promotion au travail.", "promotion"),
    ("FR", "Promotion de son mari au poste de directeur.", "promotion"),
    ("IT", "Il marito è stato promosso dirigente.", "promotion"),
    ("ES", "Su marido consiguió un ascenso.", "promotion"),
    ("PT", "Foi promovida a diretora.", "promotion"),
    ("DE", "Ihr Mann wurde zum Partner befördert.", "promotion"),
    ("NL", "Haar man kreeg promotie.", "promotion"),
    ("RU", "Карьерный рост мужа, хочет отметить.", "promotion"),
    ("JA", "ご主人が部長に昇進。", "promotion"),
    ("KO", "남편 승진 선물.", "promotion"),
    ("ZH", "丈夫升职了。", "promotion"),
    ("AR", "تمت ترقيته إلى مدير.", "promotion"),
    # birth, baby on the way
    ("EN", "Daughter is expecting her first child in May.", "birth:05"),
    ("EN", "Mum-to-be, gift for the baby shower.", "birth"),
    ("FR", "Il va être grand-père en juillet.", "birth:07"),
    ("IT", "La figlia è in dolce attesa.", "birth"),
    ("ES", "Su hija espera un hijo para octubre.", "birth:10"),
    ("DE", "Nachwuchs im April erwartet.", "birth:04"),
    ("PT", "Vai ser avó em junho.", "birth:06"),
    ("NL", "Dochter is in verwachting.", "birth"),
    ("RU", "Дочь ждёт ребёнка в декабре.", "birth:12"),
    ("JA", "娘さんが9月に出産予定。", "birth:09"),
    ("KO", "딸이 10월에 출산 예정이에요.", "birth:10"),
    ("ZH", "女儿怀孕了，预产期在七月。", "birth:07"),
    ("AR", "ابنتها حامل والولادة في أغسطس.", "birth:08"),
    # engagement
    ("EN", "Son wants to propose, looking at engagement rings.", "engagement"),
    ("DE", "Der Sohn hat sich verlobt.", "engagement"),
    ("PT", "A filha ficou noiva em maio.", "engagement:05"),
    ("RU", "Сын сделал предложение, помолвка в мае.", "engagement:05"),
]


@pytest.mark.parametrize(("language", "text", "expected"), VERB_FORMS)
def test_verb_and_clause_forms(language, text, expected):
    assert expected in occasions(text, language)


# --- 2. month attachment ----------------------------------------------------------------------

MONTHS = [
    ("FR", "Anniversaire de sa femme le 12/03.", "birthday:03"),
    ("FR", "Anniversaire de mariage le 14/02/2026.", "wedding_anniversary:02"),
    ("DE", "Hochzeitstag am 31.12.", "wedding_anniversary:12"),
    ("DE", "Geburtstag der Frau am 14. Februar.", "birthday:02"),
    ("DE", "Geburtstag der Mutter Mitte April.", "birthday:04"),
    ("RU", "День рождения жены 12 марта.", "birthday:03"),
    ("JA", "奥様の誕生日は3月15日。", "birthday:03"),
    ("KO", "아내 생일은 3월 15일.", "birthday:03"),
    ("ZH", "太太的生日是3月15日。", "birthday:03"),
    ("AR", "عيد ميلاد زوجته ١٥ مارس.", "birthday:03"),
    ("PT", "Aniversário da esposa 15 de março.", "birthday:03"),
    ("ES", "Cumpleaños de la madre el 2 de noviembre.", "birthday:11"),
    ("IT", "Compleanno della moglie il 21 settembre.", "birthday:09"),
    ("NL", "Verjaardag van zijn vrouw op 8 augustus.", "birthday:08"),
    ("EN", "Wife's birthday early May.", "birthday:05"),
    ("EN", "Wife's birthday is on 05/14.", "birthday:05"),
    ("EN", "Birthday of the wife on the 3rd of march.", "birthday:03"),
    ("EN", "Anniversary end of may.", "wedding_anniversary:05"),
    ("EN", "Daughter's birthday 2026-07-14.", "birthday:07"),
    ("FR", "Mariage de sa fille à la mi-juin.", "wedding:06"),
    ("FR", "Anniversaire du mari début septembre.", "birthday:09"),
    ("IT", "Compleanno del marito a fine ottobre.", "birthday:10"),
    ("ES", "Cumpleaños del hijo a mediados de julio.", "birthday:07"),
    ("PT", "Aniversário do filho no início de agosto.", "birthday:08"),
    ("NL", "Verjaardag van de vader eind november.", "birthday:11"),
    ("RU", "День рождения мужа в конце января.", "birthday:01"),
    # month before the occasion
    ("EN", "In May her daughter's wedding.", "wedding:05"),
    ("EN", "In May, wedding of her son.", "wedding:05"),
    ("FR", "En juin, mariage de son fils.", "wedding:06"),
    ("ES", "En mayo, la boda de su hija.", "wedding:05"),
    ("IT", "A settembre il matrimonio della figlia.", "wedding:09"),
    ("DE", "Im Mai feiert die Tochter ihren Geburtstag.", "birthday:05"),
    ("RU", "В мае у мужа день рождения.", "birthday:05"),
    ("PT", "Em abril, o casamento da sobrinha.", "wedding:04"),
    # a short clause between the occasion and its month
    ("FR", "Anniversaire de son mari, grand amateur de montres, en avril.", "birthday:04"),
    ("EN", "Wedding of her niece, a big family event, in September.", "wedding:09"),
    ("ES", "Cumpleaños de su mujer, que adora las joyas, en marzo.", "birthday:03"),
]


@pytest.mark.parametrize(("language", "text", "expected"), MONTHS)
def test_month_attachment(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "Birthday in the spring, maybe a scarf.", "birthday"),  # a season names no month
        ("FR", "Anniversaire de la fille, rappeler en mars.", "birthday"),  # the month is the call's
        ("EN", "Birthday gift. She may come back in two weeks.", "birthday"),
        ("FR", "Anniversaire fils, mariage fille juin.", "birthday"),  # juin is the wedding's
        ("EN", "Birthday gift, travelling to Bali in June.", "birthday"),
        ("EN", "Birthday present, budget 3.5K, size 2/3.", "birthday"),  # not dates
        ("FR", "Rappeler novembre cadeaux Noël.", "christmas"),  # a fixed-date occasion
        ("EN", "Christmas gifts for the team in December.", "christmas"),
    ],
)
def test_month_not_attached(language, text, expected):
    found = occasions(text, language)
    assert expected in found
    label = expected.split(":")[0]
    assert not any(o.startswith(label + ":") for o in found)


def test_two_months_of_one_occasion_are_two_occasions():
    found = occasions("Birthday sister end of August. Birthday husband in March.", "EN")
    assert {"birthday:08", "birthday:03"} <= found
    found = occasions("Anniversaire fille fin décembre. Anniversaire mari en mai.", "FR")
    assert {"birthday:12", "birthday:05"} <= found
    hits = extract("Hochzeitstag. Hochzeitstag April.", "DE")
    assert [(h.concept, h.month) for h in hits] == [("wedding_anniversary", 4)]


def test_coordinated_occasions_share_a_month():
    found = occasions("Birthday and anniversary in June.", "EN")
    assert {"birthday:06", "wedding_anniversary:06"} <= found


# --- 3. holidays, relationship anniversaries, name days, milestones ---------------------------

HOLIDAYS = [  # a holiday named by its date carries the date's month
    ("RU", "Подарок жене на 8 марта.", "celebration:03"),
    ("RU", "Подарок мужу к 23 февраля.", "celebration:02"),
    ("RU", "Подарок на 14 февраля.", "valentines_day:02"),
    ("IT", "Regalo per l'8 marzo.", "celebration:03"),
    ("ZH", "3月8日给太太的礼物。", "celebration:03"),
    ("FR", "Cadeau pour le 14 février.", "valentines_day:02"),
    ("EN", "Gift to arrive before 24th December.", "christmas:12"),
    ("RU", "Подарок к Международному женскому дню.", "celebration"),
    ("RU", "Подарок ко Дню защитника Отечества.", "celebration"),
    ("IT", "Regalo per la festa della donna.", "celebration"),
    ("EN", "Gift for International Women's Day.", "celebration"),
    ("FR", "Cadeau pour la journée de la femme.", "celebration"),
    ("ES", "Regalo para el Día de la Mujer.", "celebration"),
    ("DE", "Geschenk zum Weltfrauentag.", "celebration"),
    ("ZH", "三八妇女节礼物。", "celebration"),
    ("JA", "ホワイトデーのお返しを探している。", "valentines_day"),
    ("KO", "화이트데이 선물.", "valentines_day"),
    ("ZH", "七夕礼物，给女朋友。", "valentines_day"),
    ("JA", "七夕のプレゼント。", "celebration"),
    ("EN", "Chuseok gift for the in-laws.", "mid_autumn"),
    ("KO", "추석 선물 세트.", "mid_autumn"),
    ("EN", "Gifts for Seollal.", "lunar_new_year"),
    ("KO", "설 연휴 선물.", "lunar_new_year"),
    ("ZH", "除夕家宴礼物。", "lunar_new_year"),
    ("AR", "هدية بمناسبة عيد الفطر.", "eid"),
    ("AR", "هدايا شهر رمضان.", "eid"),
    ("EN", "Gifts for Eid al-Adha.", "eid"),
    ("DE", "Geschenk zum Zuckerfest.", "eid"),
    ("NL", "Cadeau voor het Suikerfeest.", "eid"),
    ("RU", "Подарок на Курбан-байрам.", "eid"),
    ("AR", "هدية لليوم الوطني.", "celebration"),
    ("ZH", "国庆节送礼。", "celebration"),
    ("NL", "Cadeau voor Sinterklaas.", "christmas"),
    ("DE", "Geschenk zum Nikolaustag.", "christmas"),
    ("IT", "Regalo per la Befana.", "christmas"),
    ("ES", "Regalo para Nochebuena.", "christmas"),
    ("JA", "お歳暮の品を選ぶ。", "christmas"),
    ("RU", "Подарки к Новому году.", "new_year"),
    ("RU", "Подарок на Рождество.", "christmas"),
    ("ZH", "元宵节礼物。", "lunar_new_year"),
    ("EN", "Gift for Diwali.", "diwali"),
    ("EN", "Hanukkah gifts for the grandchildren.", "hanukkah"),
    ("FR", "Cadeau pour l'Aïd.", "eid"),
]


@pytest.mark.parametrize(("language", "text", "expected"), HOLIDAYS)
def test_holidays_of_each_market(language, text, expected):
    assert expected in occasions(text, language)


MILESTONES = [
    # relationship anniversaries
    ("FR", "Cadeau pour leurs 5 ans ensemble.", "relationship_anniversary"),
    ("EN", "Celebrating 10 years together in June.", "relationship_anniversary:06"),
    ("IT", "Festeggiano 3 anni insieme.", "relationship_anniversary"),
    ("ES", "Cumplen 5 años de novios en mayo.", "relationship_anniversary:05"),
    ("DE", "Sie feiern 10 Jahre zusammen im Juli.", "relationship_anniversary:07"),
    ("PT", "5 anos de namoro em abril.", "relationship_anniversary:04"),
    ("NL", "Ze zijn 10 jaar samen.", "relationship_anniversary"),
    ("RU", "5 лет вместе в сентябре.", "relationship_anniversary:09"),
    ("JA", "交際3周年のプレゼント。", "relationship_anniversary"),
    ("KO", "연애 3주년 선물.", "relationship_anniversary"),
    ("ZH", "在一起5周年礼物。", "relationship_anniversary"),
    ("AR", "ذكرى ارتباطهما في مايو.", "relationship_anniversary:05"),
    # christening, naming day, name day
    ("EN", "Christening of her grandson in May.", "baptism:05"),
    ("EN", "Naming ceremony for the grandson.", "baptism"),
    ("RU", "Крестины внука в мае.", "baptism:05"),
    ("IT", "Battesimo della nipotina a giugno.", "baptism:06"),
    ("IT", "Regalo per l'onomastico della moglie.", "birthday"),
    ("RU", "Подарок на именины.", "birthday"),
    ("DE", "Geschenk zum Namenstag.", "birthday"),
    # birthday milestones
    ("ES", "Quinceañera de su hija en agosto.", "birthday:08"),
    ("EN", "Sweet sixteen party for her daughter.", "birthday"),
    ("JA", "父の還暦祝い。", "birthday"),
    ("KO", "아버지 칠순 잔치.", "birthday"),
    ("ZH", "母亲六十大寿。", "birthday"),
    ("KO", "조카 돌잔치 선물.", "birthday"),
    # silver, golden, ruby weddings
    ("ES", "Bodas de plata en octubre.", "wedding_anniversary:10"),
    ("RU", "Серебряная свадьба в июне.", "wedding_anniversary:06"),
    ("RU", "Золотую свадьбу родителей отмечают в мае.", "wedding_anniversary:05"),
    ("EN", "Ruby wedding anniversary in March.", "wedding_anniversary:03"),
    ("EN", "Parents' golden anniversary.", "wedding_anniversary"),
    ("FR", "Noces de rubis en mai.", "wedding_anniversary:05"),
    ("IT", "Nozze d'argento a giugno.", "wedding_anniversary:06"),
    ("DE", "Goldene Hochzeit der Eltern.", "wedding_anniversary"),
    ("PT", "Bodas de prata em novembro.", "wedding_anniversary:11"),
    ("NL", "Zilveren bruiloft in mei.", "wedding_anniversary:05"),
    ("JA", "銀婚式のお祝い。", "wedding_anniversary"),
    ("ZH", "父母银婚纪念。", "wedding_anniversary"),
    ("AR", "الذكرى الفضية لزواجهما.", "wedding_anniversary"),
]


@pytest.mark.parametrize(("language", "text", "expected"), MILESTONES)
def test_milestones(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("ES", "Bodas de plata en octubre.", {"wedding", "silver"}),
        ("RU", "Серебряная свадьба в июне.", {"wedding", "silver"}),
        ("RU", "Золотую свадьбу родителей отмечают в мае.", {"wedding", "gold"}),
        ("IT", "Nozze d'argento a giugno.", {"wedding", "silver"}),
        ("DE", "Goldene Hochzeit der Eltern.", {"wedding", "gold"}),
        ("PT", "Bodas de prata em novembro.", {"wedding", "silver"}),
        ("EN", "Ruby wedding anniversary in March.", {"wedding", "red"}),
        ("JA", "銀婚式のお祝い。", {"wedding", "silver"}),
        ("FR", "Cadeau pour leurs 5 ans ensemble.", {"birthday"}),
        ("FR", "Cadeau pour les 30 ans de mariage.", {"birthday"}),
        ("EN", "Gift for her 25th anniversary.", {"birthday"}),
    ],
)
def test_milestones_are_not_their_parts(language, text, absent):
    assert not labels(text, language) & absent


# --- 4. precision traps ---------------------------------------------------------------------

TRAPS = [
    ("IT", "Signor Natale, imprenditore, ama il nero.", "christmas"),
    ("IT", "Cliente Giuseppe Natale, ama il nero.", "christmas"),
    ("IT", "Natale Esposito, imprenditore di Napoli.", "christmas"),
    ("FR", "Client Jean-Noël, avocat, aime le cuir.", "christmas"),
    ("FR", "RDV avec Noël Martin, avocat.", "christmas"),
    ("PT", "Volta para a cidade natal em maio.", "christmas"),
    ("IT", "Torna al paese natale per l'estate.", "christmas"),
    ("ES", "Cliente Pascual Pascua, notario.", "easter"),
    ("EN", "Works for the Labour Party.", "celebration"),
    ("EN", "Member of the conservative party, very discreet.", "celebration"),
    ("EN", "Uses a third-party shopper.", "celebration"),
    ("DE", "Promotion im Juni.", "promotion"),
    ("FR", "Attend les promotions pour acheter.", "promotion"),
    ("FR", "Sac en promotion, elle hésite.", "promotion"),
    ("EN", "Only buys on promotion.", "promotion"),
    ("EN", "Waits for promotions and private sales.", "promotion"),
    ("IT", "Borsa in promozione.", "promotion"),
    ("ES", "Solo compra en promoción.", "promotion"),
    ("PT", "Só compra em promoção.", "promotion"),
    ("EN", "Wears a hearing aid, speak clearly.", "eid"),
    ("EN", "Keeps a first aid kit in the car.", "eid"),
    ("EN", "Married since 2005, two children.", "wedding"),
    ("EN", "Married for 20 years, two children.", "wedding_anniversary"),
    ("FR", "Retraitée, vient souvent.", "retirement"),
    ("RU", "Муж на пенсии, часто путешествуют.", "retirement"),
    ("RU", "Встреча 8 марта в 15:00, день рождения мужа в июле.", "celebration"),
]


@pytest.mark.parametrize(("language", "text", "absent"), TRAPS)
def test_precision_traps(language, text, absent):
    assert absent not in labels(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("FR", "Cadeaux de Noël pour l'équipe.", "christmas"),
        ("FR", "Noël en famille à Megève.", "christmas"),
        ("IT", "Regali di Natale per i figli.", "christmas"),
        ("IT", "Natale in famiglia, regali per i nipoti.", "christmas"),
        ("PT", "Presentes de Natal para a família.", "christmas"),
        ("ES", "Viaje en Pascua a Sevilla.", "easter"),
        ("EN", "Hosting a birthday party in June.", "birthday:06"),
        ("DE", "Promotion im Juni.", "graduation:06"),
        ("EN", "Gift for her promotion.", "promotion"),
        ("RU", "День рождения мужа 8 марта.", "birthday:03"),
    ],
)
def test_precision_traps_keep_the_real_occasion(language, text, expected):
    assert expected in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("FR", "Visite prévue le 8 mars, aime le cuir."),  # Women's Day is a gifting date in RU / IT / ZH only
        ("DE", "Termin am 23. Februar."),
        ("RU", "Встреча 8 марта в 15:00."),  # a next action's date
        ("FR", "Rappeler le 14 février."),
    ],
)
def test_a_date_is_no_holiday_outside_its_market_or_after_an_action(language, text):
    assert not {"celebration", "valentines_day"} & labels(text, language)


def test_birthday_on_a_holiday_date_is_not_also_the_holiday():
    assert "celebration" not in labels("День рождения мужа 8 марта.", "RU")
    assert "valentines_day" not in labels("Anniversaire de sa femme le 14 février.", "FR")


def test_fixed_date_occasions_take_their_month_only_on_request():
    # the demo generator's ground truth gives christmas / valentines_day no month: off by default
    assert occasions("Cadeaux de Noël et Saint-Valentin.", "FR") == {"christmas", "valentines_day"}
    hits = extract("Cadeaux de Noël, Saint-Valentin, nouvel an.", "FR", fixed_months=True)
    assert {(h.concept, h.month) for h in hits} >= {("christmas", 12), ("valentines_day", 2), ("new_year", 1)}
    birthday = [h for h in extract("Anniversaire mai.", "FR", fixed_months=True) if h.concept == "birthday"]
    assert birthday[0].month == 5


def test_a_bare_anniversary_in_a_note_about_a_company_anniversary_is_the_company_s():
    found = occasions("Regalos equipo por aniversario empresa. Llamar septiembre siguiente aniversario.", "ES")
    assert "corporate_anniversary" in found
    assert not any(o.startswith("wedding_anniversary") for o in found)


def test_a_month_right_after_another_concept_is_that_concept_s():
    assert "birthday" in occasions("Voyage Japon mai anniversaire de la fille.", "FR")
    assert "birthday:05" not in occasions("Voyage Japon mai anniversaire de la fille.", "FR")


def test_a_celebration_next_to_an_occasion_is_that_occasion():
    assert occasions("Geburtstag Party im Mai.", "DE") == {"birthday:05"}
    assert occasions("還暦のお祝い、10月。", "JA") == {"birthday:10"}
    assert occasions("Grande fête en juin pour la famille.", "FR") == {"celebration:06"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("DE", "Die Lieferung wird 2 Wochen dauern, Geburtstag Tochter."),
        ("EN", "The boutique turns 2026 into a big year."),
    ],
)
def test_a_number_after_an_age_verb_that_is_no_age(language, text):
    hits = [h for h in extract(text, language) if h.concept == "birthday"]
    assert all(h.evidence.lower() not in ("wird 2", "turns 2026") for h in hits)
