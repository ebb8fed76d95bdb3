"""Art. 9 classes in Arabic, German, Dutch, Russian, Japanese, Korean and Chinese (session 33),
with phrasings written for this test.

Politics: a party office that only a member holds ("党工委书记", "组织生活会", a parliamentary group,
"野党会派", "Linken-Fraktion", the party's political bureau), a donation, a candidacy, a council
seat, a direct mandate, campaigning, a supporters' club ("後援会長", "ترشحت للبرلمان"). Union: a role
or a duty in the union ("노조 지부 간부", "組合で書記長", "كاتب عام للنقابة", "BR-Vorsitzende",
"Betriebsrätin", "OR-lid"), a strike joined or called, a collective agreement negotiated; a gift on
behalf of the staff and the employer's side of a wage round stay readable. Origin: an ethnic group
in the plural ("осетины", "поволжские немцы", "Riffijns"), a people's community ("армянской
общины", "جالية سورية"), a generation of migrants, and the relative whose origin it is ("奶奶是满族",
"아버지가 고려인": :mod:`special.contexts.heritage`). Orientation: a same-sex partner shown by
grammatical gender ("جاءت مع شريكتها", "он заходил со своим парнем":
:mod:`special.contexts.gendered_partners`), by "同士" ("奥様同士"), by two husbands, by a man's
boyfriend ("他男朋友"). Religion: being at the mosque, a pilgrimage made, a trip to Mecca (a
figurative Mecca stays), lay service, a fast kept along. Health: an implant, a therapist, a
condition told by its organ, sensory overload, a stage of pregnancy in spaced digits or as an
ordinal month.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole

WHOLE = [
    # party offices and groups
    ("周女士在街道兼任党工委书记，周一下午开会。", "党工委书记", "POLITICS"),
    ("赵总是县委副书记，不喜欢张扬。", "县委副书记", "POLITICS"),
    ("每个月要参加一次组织生活会。", "组织生活会", "POLITICS"),
    ("他大学时就入了党。", "入了党", "POLITICS"),
    ("山本先生は区議会で野党会派に所属。", "野党会派に所属", "POLITICS"),
    ("Frau Roth sitzt für die Linken-Fraktion im Landtag.", "Linken-Fraktion", "POLITICS"),
    ("Er arbeitet seit Jahren in der Unionsfraktion.", "Unionsfraktion", "POLITICS"),
    ("هو عضو في المكتب السياسي للحزب.", "المكتب السياسي للحزب", "POLITICS"),
    # union roles and duties
    ("남편분이 노조 지부 간부라 주말에도 바쁘세요.", "노조 지부 간부", "UNION"),
    ("작년 파업에 참여하셨다고.", "파업에 참여", "UNION"),
    ("職場の組合で書記長を務めている。", "組合で書記長", "UNION"),
    ("他在工会当干部十几年了。", "在工会当干部", "UNION"),
    ("هو كاتب عام للنقابة في الميناء.", "كاتب عام للنقابة", "UNION"),
    ("Она представляет коллектив на переговорах с дирекцией.", "представляет коллектив на переговорах", "UNION"),
    ("Sie ist Betriebsrätin bei einem Zulieferer.", "Betriebsrätin", "UNION"),
    ("Er hat beim Warnstreik mitgemacht.", "beim Warnstreik mitgemacht", "UNION"),
    ("Hij is OR-lid bij de gemeente.", "OR-lid", "UNION"),
    # origins: plural groups, and the relative whose origin it is
    ("Родители у него осетины.", "осетины", "ORIGIN"),
    ("Их предки — поволжские немцы.", "поволжские немцы", "ORIGIN"),
    ("Ze noemt zich Riffijns.", "Riffijns", "ORIGIN"),
    ("Бабушка по маме армянка, очень этим гордится.", "Бабушка по маме армянка", "ORIGIN"),
    ("جدتها كردية، وتحب الفضة.", "جدتها كردية", "ORIGIN"),
    ("他奶奶是满族，过年有很多讲究。", "奶奶是满族", "ORIGIN"),
    ("아버지가 고려인이셔서 러시아어도 하세요.", "아버지가 고려인", "ORIGIN"),
    ("父親がアイヌで、文様に興味がある。", "父親がアイヌ", "ORIGIN"),
    # same-sex partners
    ("جاءت مع شريكتها ليختارا دبلتين متطابقتين.", "شريكتها", "ORIENTATION"),
    ("جاء مع شريكه [NAME] (فرنسي)، عايشين في روما من سنين.", "شريكه", "ORIENTATION"),
    ("Он заходил со своим парнем, у них годовщина в июле.", "своим парнем", "ORIENTATION"),
    ("Она приехала с женой, хотят парные браслеты.", "женой", "ORIENTATION"),
    ("お二人は奥様同士で、記念日が十月。", "奥様同士", "ORIENTATION"),
    # a pilgrimage made, lay service, a fast kept along
    ("توها راجعة من العمرة وتبي هدية لبنتها.", "راجعة من العمرة", "RELIGION"),
    ("Весной он съездил на умру с братом.", "на умру", "RELIGION"),
    ("她周末在寺庙做义工。", "寺庙做义工", "RELIGION"),
    ("祖父は神社の氏子総代をしている。", "氏子総代", "RELIGION"),
    ("어머님이 성당 레지오 활동을 오래 하셨어요.", "레지오 활동", "RELIGION"),
    ("Ze vasten mee met de buren tijdens de ramadan.", "vasten mee", "RELIGION"),
    # a donation, a candidacy, campaigning, a supporters' club
    ("Hij doneert aan D66 sinds de vorige verkiezingen.", "D66", "POLITICS"),
    ("Ze deelt folders uit voor de verkiezingen in maart.", "folders uit voor de verkiezingen", "POLITICS"),
    ("他给候选人捐过钱。", "给候选人捐", "POLITICS"),
    ("地元議員の後援会長を務めている。", "後援会長", "POLITICS"),
    ("ترشحت للبرلمان قبل سنتين.", "ترشحت للبرلمان", "POLITICS"),
    ("Er stand auf der Liste für den Stadtrat.", "auf der Liste für den Stadtrat", "POLITICS"),
    # a people's community, a generation of migrants
    ("Она много делает для армянской общины Сочи.", "армянской общины", "ORIGIN"),
    ("جالية سورية كبيرة في هامبورغ تعرفه.", "جالية سورية", "ORIGIN"),
    ("她是第二代移民，在温哥华长大。", "第二代移民", "ORIGIN"),
    # two husbands, a lesbian said in slang
    ("남편분 두 분이 함께 오셨어요.", "남편분 두 분", "ORIENTATION"),
    ("她自己说她是拉拉。", "是拉拉", "ORIENTATION"),
    # a trip to Mecca, a stage of pregnancy in spaced digits or an ordinal month
    ("Zijn vader is vorig jaar naar Mekka geweest.", "naar Mekka geweest", "RELIGION"),
    ("Hij zegt dat hij drie keer naar Mekka is geweest.", "naar Mekka is geweest", "RELIGION"),
    ("Er reist im Juni nach Mekka.", "nach Mekka", "RELIGION"),
    ("Отец ездил в Мекку весной.", "ездил в Мекку", "RELIGION"),
    ("他父亲去过麦加。", "去过麦加", "RELIGION"),
    ("她怀孕 3 个月了，不喝酒。", "怀孕 3 个月", "HEALTH"),
    ("Seine Frau ist schwanger, siebter Monat.", "schwanger, siebter Monat", "HEALTH"),
    ("Haar dochter is snel overprikkeld.", "snel overprikkeld", "HEALTH"),
    # a works council's chair abbreviated, a strike called, a collective agreement, a direct mandate, a council seat
    ("Sie ist BR-Vorsitzende im Werk.", "BR-Vorsitzende", "UNION"),
    ("Morgen gaan ze staken bij de haven.", "gaan ze staken", "UNION"),
    ("Он ведёт переговоры по колдоговору.", "переговоры по колдоговору", "UNION"),
    ("파업 기간이라 다음 달에 오신대요.", "파업 기간", "UNION"),
    ("Er will das Direktmandat in Pankow.", "Direktmandat", "POLITICS"),
    ("مرشحة للمجلس البلدي في دائرتها.", "مرشحة للمجلس البلدي", "POLITICS"),
    ("他男朋友下周一起来取。", "他男朋友", "ORIENTATION"),
    # religion, health
    ("Vrijdags rond één uur is hij in de moskee.", "in de moskee", "RELIGION"),
    ("Freitags ist er in der Moschee.", "in der Moschee", "RELIGION"),
    ("Ему вживили кохлеарный имплант.", "кохлеарный имплант", "HEALTH"),
    ("Почки шалят, так что без соли.", "Почки шалят", "HEALTH"),
    ("يراجع طبيب نفساني كل أسبوعين.", "طبيب نفساني", "HEALTH"),
    ("他是渐冻人，坐轮椅。", "渐冻人", "HEALTH"),
]

# a partner's statement of the couple goes with it
COUPLES = [
    ("جاء مع شريكه [NAME]، عايشين مع بعض من عشر سنين، ويبون ساعتين.", "عايشين مع بعض من عشر سنين"),
    ("Он пришёл со своим, ну, молодым человеком, они вместе уже шесть лет.", "они вместе уже шесть лет"),
]

# a relative in another clause than the origin, a name's gloss or an aside between a partner and the couple's words
APART = [
    ("필리핀계 어머니와 한국인 아버지, 본인이 다문화 가정 출신이라고.", "아버지"),
    ("Мама, кстати, тоже придёт; по отцу она осетинка.", "Мама"),
    ("جاء مع شريكه [NAME] (فرنسي)، عايشين في روما من سنين.", "عايشين"),
]

READABLE = [
    # a partner of the other gender, a relative's spouse, a partner in business, no couple at all
    "Он пришёл с женой, годовщина свадьбы в мае.",
    "Она пришла с мужем на годовщину.",
    "Она пришла с женой сына выбирать кольца на свадьбу.",
    "Он приехал с партнёром по бизнесу, нужны подарки к годовщине компании.",
    "Он пришёл с молодым человеком из доставки.",
    "جاء مع شريكه في الشركة لاختيار هدايا للموظفين بمناسبة ذكرى التأسيس.",
    "جاء مع شريكته، ذكرى زواجهم في مايو.",
    # a relative with no origin after it
    "Её бабушка обожает изумруды.",
    "她外婆喜欢翡翠。",
    # a works council as a buyer, a strike that delays, a union buying gifts, a church wedding
    "Der Betriebsrat bestellt zwanzig Uhren für die Jubilare.",
    "Wegen eines Warnstreiks bei der Bahn kam sie später.",
    "公司工会采购中秋礼品两百份。",
    "Ze trouwen in augustus in de kerk.",
    # gifts on behalf of the staff, the employer's side of a wage round
    "Cadeau namens het personeel voor de directeur.",
    "Она представляет коллектив отдела и выбирает подарок шефу.",
    "人事部長として春闘の交渉を担当している。",
    # a charity, an advertising campaign, a residents' association, a cheering squad, a half size
    "Ze doneert aan het Rode Kruis.",
    "حملة إعلانية جديدة للمتجر.",
    "Она из общины нашего дома, председатель ТСЖ.",
    "女儿在学校拉拉队。",
    # a ceremony's venue
    "Die Bar Mizwa ist am 3. Mai in der Synagoge in der Rykestraße.",
    # a figurative Mecca, "vast" as "surely"
    "Amsterdam is het Mekka van de mode.",
    "Hij komt vast nu niet meer.",
    # party dress, birthday party
    "Платье на вечеринку, подарок на день рождения.",
    "فستان سهرة للحفلة، وهدية عيد ميلاد.",
    "誕生日パーティー用のドレスを探している。",
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_class_is_redacted_whole(text: str, span: str, kind: str) -> None:
    assert whole(text, span, kind), spans_of(text)


@pytest.mark.parametrize(("text", "statement"), COUPLES)
def test_a_partner_takes_the_couples_statement(text: str, statement: str) -> None:
    assert covered(text, statement, "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize(("text", "word"), APART)
def test_words_of_another_clause_stay_readable(text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start < start + len(word) and start < s.end for s in find_special_categories(text)), spans_of(text)


@pytest.mark.parametrize("text", READABLE)
def test_lookalikes_stay_readable(text: str) -> None:
    assert find_special_categories(text) == [], spans_of(text)
