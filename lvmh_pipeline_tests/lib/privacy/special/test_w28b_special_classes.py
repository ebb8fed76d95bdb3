"""Art. 9 classes found on the w28b dev notes (second round), with phrasings written for this test.

Politics: a party whose name the writer masked ("○○당", "ㅇㅇ당", "XX党", "某党") is still a party, and
the candidacy or membership it carries is redacted with it (Korean candidate roles: 후보, 예비후보,
비례대표); a Dutch office held for a party in the perfect tense or "namens" a party ("raadslid
geweest voor", "Kamerlid namens"). Union: a Russian union's primary organisation ("первичная
профсоюзная организация") with its chair or member. Health: a Chinese pregnancy by its stage or by the
child it is ("孕晚期", "怀着二胎"); conditions the Chinese and Japanese lists lacked (认知障碍, 半月板撕裂,
閉経, 靭帯断裂); Gulf Arabic ways of saying a heart condition, osteoporosis or a phobia ("تعبان بالقلب",
"عندها هشاشة", "عنده رهاب") and the postpartum period ("نفساء"); Russian idioms of pregnancy ("на сносях",
"в интересном положении"), a caesarean ("после кесарева"), a heart that acts up ("пошаливает сердце") and
drug addiction ("наркомания"). Origin: a Chinese ethnic origin with its lineage ("满族镶黄旗后裔",
"蒙古族血统"). The last tests are ordinary words that must stay: a bullet before a word
starting with 당, a party word that starts another word, a halal-only diet (a diet, not a faith:
"할랄만", "ハラールのみ"), the Chinese "女同" inside a shopping phrase ("一男一女同系列", "男女同款"), and
"expecting" a visitor ("we're expecting her back on Thursday", "expecting you"), which is no pregnancy.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole

WHOLE = [
    # a masked party and the candidacy or membership it carries
    ("사모님은 작년 지방선거에 ㅇㅇ당 예비후보로 뛰셨음.", "ㅇㅇ당 예비후보", "POLITICS"),
    ("회장님은 예전에 ○○당 후보로 출마하신 적 있음.", "당 후보", "POLITICS"),
    ("부친이 XX당 비례대표 후보셨다고 함.", "XX당 비례대표 후보", "POLITICS"),
    ("王总以前是XX党的候选人，很低调。", "XX党的候选人", "POLITICS"),
    ("李先生是某党党员，不谈政治。", "某党党员", "POLITICS"),
    ("他一直支持××黨，选举时很忙。", "××黨", "POLITICS"),
    # a Dutch office held for a party: perfect tense, "namens"
    ("Zij is jaren raadslid geweest voor GroenLinks en wil een sjaal.", "raadslid geweest voor GroenLinks", "POLITICS"),
    ("Hij zit als Kamerlid namens het CDA in de commissie.", "Kamerlid namens het CDA", "POLITICS"),
    ("Haar man is wethouder namens de PvdA, komt in mei.", "wethouder namens de PvdA", "POLITICS"),
    # a union's primary organisation in Russian, and its chair or member
    ("Она председатель первичной профсоюзной организации завода.", "председатель первичной профсоюзной организации",
     "UNION"),
    ("Жена из профсоюза учителей (член первичной организации) выбирает брошь.", "член первичной организации", "UNION"),
    # a Chinese pregnancy by its stage or by the child it is ("孕晚期", "怀着二胎", "怀了双胞胎")
    ("黄太太现在孕早期，店里别喷香水。", "孕早期", "HEALTH"),
    ("赵女士怀着老二，下个月就生了。", "怀着老二", "HEALTH"),
    ("刘太太怀了三胎，要买宽松的外套。", "怀了三胎", "HEALTH"),
    # conditions missing from the Chinese and Japanese lists
    ("客户母亲有轻度认知障碍，由女儿陪同。", "认知障碍", "HEALTH"),
    ("他滑雪时半月板撕裂，坐着挑。", "半月板撕裂", "HEALTH"),
    ("ご本人は閉経後の体調変化で香水を控えている。", "閉経", "HEALTH"),
    ("ご主人はサッカーで靭帯断裂、松葉杖でご来店。", "靭帯断裂", "HEALTH"),
    # Gulf Arabic: a tired heart, "has the colon", a phobia, the postpartum period
    ("خالها تعبان بالقلب، لا نطول عليه بالموعد.", "تعبان بالقلب", "HEALTH"),
    ("الجدة عندها هشاشة وتمشي بعصا.", "هشاشة", "HEALTH"),
    ("ولدها عنده رهاب من الأماكن الزحمة.", "رهاب", "HEALTH"),
    ("أخته نفساء هالشهر، الهدية توصل البيت.", "نفساء", "HEALTH"),
    # Russian idioms of pregnancy, a caesarean, a heart that acts up
    ("Невестка на сносях, подарок на выписку.", "на сносях", "HEALTH"),
    ("Сестра клиентки в интересном положении, духи не брызгать.", "в интересном положении", "HEALTH"),
    ("Месяц назад после кесарева, нужен стул.", "кесарева", "HEALTH"),
    ("У отца пошаливает сердце, встреча недолгая.", "пошаливает сердце", "HEALTH"),
    # a Chinese ethnic origin with its lineage: a banner, descent, blood
    ("何先生说自己是满族镶黄旗后裔，很看重家谱。", "满族镶黄旗后裔", "ORIGIN"),
    ("她外婆是蒙古族血统，喜欢银饰。", "蒙古族血统", "ORIGIN"),
    # drug addiction in Russian
    ("Брат клиентки лечился от наркомании, алкоголь не предлагать.", "наркомании", "HEALTH"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_is_redacted(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


STAYS = [
    "○ 당일 배송 요청하심, 포장은 무지로.",
    "○○ 당일 픽업 가능 여부 확인.",
    "XX당일 수령 원하심.",
    "TOXX党 is a typo in the CRM.",
    "公司组织某党建活动的礼品，预算两万。",
    "할랄만 가능하시다고 해서 다과는 과일로.",
    "会食はハラールのみ対応のお店で。",
    "对表要一男一女同系列，金色。",
    "想要男女同款的手表，预算五万。",
    "Haar zus is lid namens de golfclub in het bestuur.",
    "Первичной организации витрины займётся Ольга.",
    "二胎政策放开后，老二明年上小学。",
    "想要骨裂纹理的瓷器摆件。",
    "给后代留一块表，正黄旗展览也想去看看。",
    "يشتغل في مكافحة الإرهاب ويحب الساعات الرياضية.",
    "قلادة على شكل قلب، الذهب تعبان شوي في التلميع.",
    "We're expecting her back on Thursday for the fitting.",
    "He said he's expecting you at the boutique tomorrow.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert not spans_of(text), spans_of(text)
