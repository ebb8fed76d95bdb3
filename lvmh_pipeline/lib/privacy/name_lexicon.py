"""Vocabulary for person-name detection (:mod:`lvmh_pipeline.lib.privacy.names`).

Courtesy titles per language, words that can follow a title without being a name, common given
names (a given name announces a surname after it), name particles, and the role words that take
the same honorific suffixes as names in Japanese, Chinese and Korean.
"""

from __future__ import annotations

# Prefix titles written in Latin script, matched case-sensitively ("Don" yes, "don't" no).
LATIN_TITLES: tuple[str, ...] = (
    # French
    "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlle.", "Mlles", "Madame", "Monsieur",
    "Mademoiselle", "Maître",
    # English
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Miss", "Dr", "Dr.", "Prof", "Prof.",
    "Professor", "Sir", "Lady", "Lord",
    # Italian
    "Signora", "Signor", "Signore", "Signorina", "Sig.", "Sig.ra", "Sig.na", "Sigg.", "Dott.",
    "Dott.ssa", "Dr.ssa", "Prof.ssa", "Avv.", "Ing.", "Arch.",
    "Dottore", "Dottor", "Dottoressa", "Professoressa",
    # Spanish, Portuguese
    "Sr", "Sr.", "Sra", "Sra.", "Srta", "Srta.", "Sres.", "Señor", "Señora", "Señorita", "Don",
    "Doña", "Dña.", "Dra", "Dra.", "Dona", "Senhor", "Senhora", "Senhorita", "Sr.ª", "Dr.ª",
    "Doutor", "Doutora", "Prof.ª", "Profa.",
    # German, Dutch
    "Frau", "Herr", "Herrn", "Fräulein", "Dhr.", "Dhr", "dhr.", "Mevr.", "Mevr", "mevr.", "Mw.",
    "mw.", "Mevrouw", "Meneer", "mevrouw", "meneer",
    # family names announced as such
    "Famiglia", "Famille", "Familia", "Família",
)
CYRILLIC_TITLES: tuple[str, ...] = (
    "господин", "госпожа", "Господин", "Госпожа", "г-н", "г-жа", "Г-н", "Г-жа", "доктор",
    "Доктор", "профессор", "Профессор",
)
# Words announcing a couple or a family by its surname ("Ehepaar Koch", "Matrimonio Vega").
# They are ordinary nouns as well ("Familie Freunde"), so the word after them is parsed as
# strictly as after a meeting phrase and must not be one of COMMON_NOUNS_AFTER_FAMILY.
COUPLE_WORDS: tuple[str, ...] = (
    "Ehepaar", "Eheleute", "Familie", "familie", "Echtpaar", "echtpaar", "Matrimonio", "Coniugi",
    "coniugi", "Casal", "casal", "Супруги", "супруги", "Семья", "семья",
)
# Lower-cased German nouns written after "Familie" in telegraphic notes ("Familie Freunde").
COMMON_NOUNS_AFTER_FAMILY: frozenset[str] = frozenset(
    """
    freunde freund freundin freundinnen kollegen kollege kollegin bekannte nachbarn gäste gast
    kinder kind enkel enkelin enkelkinder eltern großeltern geschwister verwandte verwandtschaft
    angehörige mitglieder freundeskreis tradition traditionen feier feiern fest feste party
    event events urlaub ferien reise reisen essen abendessen dinner brunch treffen weihnachten
    ostern silvester geburtstag geburtstage hochzeit jubiläum taufe zeit zuhause haus heim
    wochenende abend alltag leben glück werte zusammenhalt priorität wichtig alle
    """.split()
)
# Endings of German abstract nouns, never of the surnames that follow "Familie".
GERMAN_NOUN_SUFFIXES: tuple[str, ...] = ("heit", "keit", "schaft", "tion", "tät", "ismus")
ARABIC_TITLES: tuple[str, ...] = ("السيدة", "السيد", "الآنسة", "الدكتورة", "الدكتور")

# Phrases after which a capitalised word is a person ("Meeting with Sophie Martin").
MEETING_PHRASES: tuple[str, ...] = (
    "rendez-vous avec", "rdv avec", "entretien avec", "meeting with", "appointment with",
    "call with", "incontro con", "appuntamento con", "treffen mit", "termin mit",
    "gespräch mit", "reunión con", "cita con", "reunião com", "encontro com", "afspraak met",
    "gesprek met", "встреча с", "встреча со", "visit from",
)

# Lower-cased words that never start a name after a title or a meeting phrase. Months and
# cities are not here: after a title they are surnames ("Mrs. May", "Sra. Madrid").
NOT_NAMES: frozenset[str] = frozenset(
    """
    and et e ed y und en og i or ou o oder of with avec con mit met com the le la les il lo el
    los las der die das de du des di da del della von van und
    vip vips ceo cfo cto coo qc md phd dj ngo ong pdg dg uk usa us eu un onu nyc
    mitte anfang ende ca circa etwa um
    """.split()
)

# Lower-cased words that, after a meeting phrase, name a role, a time or a place.
NOT_NAMES_AFTER_PHRASE: frozenset[str] = frozenset(
    """
    client cliente clients clientes customer kunde kundin kunden klant klanten family famille
    famiglia familia família familie team équipe squadra equipo equipe mother father wife husband
    daughter son mère père épouse mari fille fils madre padre moglie marito figlia figlio esposa
    esposo hija hijo mutter vater ehefrau ehemann tochter sohn schwester bruder eltern partner
    partnerin freund freundin kollegen kollegin mãe pai filha filho moeder vader dochter zoon
    january february march april may june july august september october november december
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    januar februar märz april mai juni juli august september oktober november dezember
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi
    samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
    paris london londres londra milan milano milán mailand rome roma rom madrid barcelona berlin
    munich münchen monaco frankfurt hamburg düsseldorf vienna wien genève geneva genf zürich zurich
    lisboa lisbon lisbonne amsterdam bruxelles brussels brüssel tokyo dubai seoul singapore
    shanghai beijing moscow moscou new hong los san
    """.split()
)

# Words that make a title+word pair a product or a work, not a person.
PROTECTED_AFTER_TITLE: frozenset[str] = frozenset(
    {"Dior", "Martens", "Giovanni", "Quijote", "Quixote", "Pasquale", "Macbeth"}
)
# House and brand names that must never be taken for a person after a meeting phrase.
BRANDS: tuple[str, ...] = (
    "Louis Vuitton", "Loro Piana", "Marc Jacobs", "TAG Heuer", "Dom Pérignon", "Christian Dior",
    "Dior", "Fendi", "Celine", "Céline", "Loewe", "Givenchy", "Kenzo", "Berluti", "Bulgari",
    "Bvlgari", "Tiffany", "Chaumet", "Guerlain", "Sephora", "Rimowa", "Hennessy", "Moët",
    "Chanel", "Hermès", "Hermes", "Gucci", "Prada", "Cartier", "Rolex", "Hublot", "Zenith",
    "Pucci", "Patou", "Ruinart", "Krug",
)

PARTICLES: frozenset[str] = frozenset(
    """de di da del della dello dei van von der den du le la dos das do ter ten mac st st. saint
    sainte al el bin ben d' d’ o' o’""".split()
)

GIVEN_NAMES: frozenset[str] = frozenset(
    """
    jean pierre marie anne sophie claire isabelle nathalie catherine françoise philippe nicolas
    julien camille louis paul jacques michel alain céline julie caroline chloé léa emma hugo
    thomas antoine charles henri élise valérie hélène christine sylvie laurent olivier éric
    françois guillaume mathilde juliette agathe margaux inès louise
    john james michael david robert william richard george edward henry mary elizabeth sarah
    emily olivia charlotte victoria jennifer jessica kate anna alice grace sophia amelia oliver
    jack harry daniel matthew andrew peter mark susan helen margaret lucy rachel james steven
    giovanni giuseppe marco luca francesco alessandro andrea matteo lorenzo paolo roberto
    antonio giulia francesca chiara sara martina valentina elena alessandra federica silvia
    laura maria sofia giorgia
    josé juan carlos javier miguel alejandro pablo diego manuel luis fernando sergio jorge lucía
    carmen isabel sofía paula marta cristina pilar ana rosa teresa beatriz
    hans klaus andreas stefan wolfgang jürgen markus maximilian alexander felix lukas jonas
    sabine claudia susanne petra monika julia katharina lena lea greta ursula ingrid heike
    joão pedro tiago rui nuno mariana joana catarina rita
    jan pieter johannes willem daan sem lucas bram femke sanne anouk lotte eva
    mohammed mohamed ahmed ali omar fatima aisha layla yuki kenji hiroshi takeshi haruka min
    ji-woo wei ivan dmitri olga natalia anastasia sergei alexei tatiana raj priya arjun
    """.split()
)

JA_HONORIFICS: tuple[str, ...] = ("様", "さま", "さん")
ZH_HONORIFICS: tuple[str, ...] = ("先生", "女士", "小姐", "太太", "夫人")
KO_HONORIFICS: tuple[str, ...] = ("고객님", "여사님", "선생님", "님", "씨")

# Words before a Japanese honorific that are roles or kin, not names (お客様, 奥様, 娘さん …).
JA_ROLE_WORDS: frozenset[str] = frozenset(
    """客 奥 旦那 皆 娘 息子 主人 母 父 姉 兄 妹 弟 子 神 王 女王 社長 店長 部長 課長 先生 医者 彼
    彼女 孫 家族 方 お客 皆様 担当 新郎 新婦 友人 ご家族 患者 常連 得意 お得意""".split()
)
# Leading words stripped from a Han run before a Japanese honorific (本日田中様 → 田中).
JA_LEADING_WORDS: tuple[str, ...] = (
    "本日", "今日", "昨日", "明日", "先日", "先週", "来週", "今週", "今月", "来月", "先月",
    "毎年", "店舗", "来店", "顧客", "担当", "新規", "常連",
)

ZH_SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍顧龔萬錢嚴湯欧歐司上诸諸"
)

KO_SURNAMES: frozenset[str] = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄변채원천"
    "방공현함염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용"
)
# Words before 님/씨 that are roles, kin or ordinary nouns (고객님, 선생님, 날씨 …).
KO_ROLE_WORDS: frozenset[str] = frozenset(
    """고객 선생 이사 원장 장모 장인 이모 고모 손님 어머 어머니 아버 아버지 부모 사모 주인 신랑 신부
    도련 공주 왕자 조카 사장 부장 차장 과장 실장 팀장 회장 교수 기사 작가 박사 변호사 의사 간호사
    선배 후배 여사 동생 친구 남편 아내 아들 마음 솜 하느 하나 고객분 손자 손녀 사위 며느리 형
    누 언니 오빠 아가 아저 날 글 말 불""".split()
)
