"""Person names by failure class, in every language where the class occurs: names linked to a
name already found (brackets, adjacent given names, couples, spelling corrections), given names
of relatives, Arabic titles with a full name, CJK name parts, foreign names in Hangul and Han,
and the ordinary words those rules must leave alone. Cases are written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline_tests.lib.privacy.names.redaction import redact


def _cases(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    return list(pairs)


# --- a name written again in another script, in brackets ------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Watanabe-san (渡辺) kauft Krawatten", "[NAME]-san ([NAME]) kauft Krawatten"),
        ("Mme Okafor, cliente, Choi-nim (최) l'accompagne", "Mme [NAME], cliente, [NAME]-nim ([NAME]) l'accompagne"),
        ("Mrs Sokolova (Соколова) wants a scarf", "Mrs [NAME] ([NAME]) wants a scarf"),
        ("Г-н Фишер (Fischer) выбирает часы", "Г-н [NAME] ([NAME]) выбирает часы"),
        ("Миссис Грин (Green по визитке) любит серый", "Миссис [NAME] ([NAME] по визитке) любит серый"),
        ("السيدة لينا حجار (Lina Hajjar)، تحب الذهب", "السيدة [NAME] ([NAME])، تحب الذهب"),
        ("마르코 로시(Marco Rossi) 님, 이탈리아 출장", "[NAME] [NAME]([NAME]) 님, 이탈리아 출장"),
        ("Emma Clarke女士（克拉克女士）来店", "[NAME]女士（[NAME]女士）来店"),
        ("Szymański (Шиманский), 48 Jahre, Architekt", "[NAME] ([NAME]), 48 Jahre, Architekt"),
        ("Mr Carter (Texas) bought a belt", "Mr [NAME] (Texas) bought a belt"),
        ("Dr Patel (GP) and her son", "Dr [NAME] (GP) and her son"),
    ),
)
def test_bracketed_spellings(text, expected):
    assert redact(text) == expected


# --- given names next to a surname found elsewhere -----------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Mrs Hale came in. Later Imogen Hale called.", "Mrs [NAME] came in. Later [NAME] called."),
        ("Mrs Hale came in. Later, Bryony Hale called.", "Mrs [NAME] came in. Later, [NAME] [NAME] called."),
        ("Rose Lambert (64) et sa sœur", "[NAME] (64) et sa sœur"),
        ("Mme Garnier Odile, professeure", "Mme [NAME], professeure"),
        ("Signora Pace, poi Pace Ornella ha chiamato", "Signora [NAME], poi [NAME] [NAME] ha chiamato"),
        ("Lindqvist, Johanna — Stammkundin", "[NAME], [NAME] — Stammkundin"),
        ("Г-жа Волкова Ирина Павловна, 51 год", "Г-жа [NAME], 51 год"),
        ("الدكتور... يعني... حمدان، ماجد حمدان، مهندس", "الدكتور... يعني... [NAME]، [NAME]، مهندس"),
        ("il signor Marchetti ehm Marchetti Dario quello alto", "il signor [NAME] ehm [NAME] quello alto"),
        ("veio com a neta Sofia Prata", "veio com a neta [NAME]"),
    ),
)
def test_adjacent_given_names(text, expected):
    assert redact(text) == expected


def test_a_house_named_after_a_person_stays():
    assert redact("M. Jacobs est venu. Il aime Marc Jacobs.") == "M. [NAME] est venu. Il aime Marc Jacobs."


# --- couples: coordinated and split by pronouns --------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Mr/Mrs Holt (Oliver & Grace Holt) moved house", "Mr/Mrs [NAME] ([NAME] & [NAME] [NAME]) moved house"),
        ("Супруги Зайцевы, Михаил и Татьяна, в Дубае", "Супруги [NAME], [NAME] и [NAME], в Дубае"),
        ("I coniugi Ferri, lui Paolo lei Chiara, per le nozze", "I coniugi [NAME], lui [NAME] lei [NAME], per le nozze"),
        ("O casal Lopes, ele Bruno, ela Carla, de férias", "O casal [NAME], ele [NAME], ela [NAME], de férias"),
        ("Sr. y Sra. Vidal. Él, Tomás, no bebe.", "Sr. y Sra. [NAME]. Él, [NAME], no bebe."),
        ("العروسان خالد وريم الكعبي، شهر العسل", "العروسان [NAME] و[NAME]، شهر العسل"),
    ),
)
def test_couples(text, expected):
    assert redact(text) == expected


# --- given names of relatives ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Kommt mit Tochter Malin am Freitag.", "Kommt mit Tochter [NAME] am Freitag."),
        ("Geschenk für seinen Verlobten Jannik, Hochzeit im Mai.", "Geschenk für seinen Verlobten [NAME], Hochzeit im Mai."),
        ("Bracelet for her partner Ilana, for Hanukkah.", "Bracelet for her partner [NAME], for Hanukkah."),
        ("Back in March with husband Tuan.", "Back in March with husband [NAME]."),
        ("vient avec sa fille Yasmina demain.", "vient avec sa fille [NAME] demain."),
        ("busca algo para su cuñada Maribel, que cumple 40.", "busca algo para su cuñada [NAME], que cumple 40."),
        ("la bambina Ginevra è allergica alle noci", "la bambina [NAME] è allergica alle noci"),
        ("casamento da filha Zuleica em maio", "casamento da filha [NAME] em maio"),
        ("met haar schoonzoon Joris, die geen vis eet", "met haar schoonzoon [NAME], die geen vis eet"),
        ("подарок жене Оле на годовщину", "подарок жене [NAME] на годовщину"),
        ("ДР дочери Полины в марте", "ДР дочери [NAME] в марте"),
        ("Невеста Лиза обожает жемчуг.", "Невеста [NAME] обожает жемчуг."),
        ("Recuerdo de boda con Carmen en abril.", "Recuerdo de boda con [NAME] en abril."),
        ("arriva con la figlia Lin Xiu per la laurea", "arriva con la figlia [NAME] per la laurea"),
    ),
)
def test_given_names_of_relatives(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sa fille Instagram addict, son fils Centrale. Petite-fille Sorbonne, 20 ans.",
        "Tochter studiert Medizin, folgt Vater Schritte, Sohn Architekt.",
        "Beratung mit der Tochter, Top-VIP. Die Tochter, Sternekoch, 43 Jahre, sucht eine Uhr.",
        "Hijo Universidad Navarra, hijo Real Madrid.",
        "Muž? Муж Роснефть. Подруга Большой театр.",
        "Pochette Louise en cuir, modèle Victoire.",
        "Kijkt naar Madison Avenue en Santa Maria Novella.",
        "Sem limite de orçamento. Sem alergias.",
        "Beide Ärzte, er Neurologe, sie Radiologin, eigene Praxis.",
    ],
)
def test_kin_and_given_name_rules_leave_ordinary_words(text):
    assert redact(text) == text


# --- spelling corrections in transcriptions ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Mme euh Nowakowski, pardon Nowakowska, a appelé", "Mme euh [NAME], pardon [NAME], a appelé"),
        ("il signor Castellani, no, Castellano, allergico", "il signor [NAME], no, [NAME], allergico"),
        ("Die Kundin, Frau Rinaldi, bestellte bei Rinaldo nichts", "Die Kundin, Frau [NAME], bestellte bei [NAME] nichts"),
    ),
)
def test_spelling_corrections(text, expected):
    assert redact(text) == expected


# --- titles with pauses, irish names, abbreviations ------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Ms., uh, well, Ní Bhriain came by", "Ms., uh, well, [NAME] came by"),
        ("D. Conceição Faria, 77, vem com a neta", "D. [NAME], 77, vem com a neta"),
        ("D. Álvaro Prieto, notario jubilado", "D. [NAME], notario jubilado"),
        ("Nakajima-san y su esposa", "[NAME]-san y su esposa"),
        ("Sharma-ji (शर्मा) will return", "[NAME]-ji ([NAME]) will return"),
        ("Г-н Абе: Исикава-сан прилетает в мае", "Г-н [NAME]: [NAME]-сан прилетает в мае"),
        ("bon les Girard-Moreau euh monsieur et madame", "bon les [NAME] euh monsieur et madame"),
        ("La familia Ortega Serrano en el salón", "La familia [NAME] en el salón"),
    ),
)
def test_titles_and_suffixes(text, expected):
    assert redact(text) == expected


# --- Arabic ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("السيدة مريم عطية، تحب الفضة", "السيدة [NAME]، تحب الفضة"),
        ("الأستاذ سامي يوسف — لا يأكل اللحم", "الأستاذ [NAME] — لا يأكل اللحم"),
        ("المهندس طارق سعادة، يحب الساعات", "المهندس [NAME]، يحب الساعات"),
        ("السيدة هالة نباتية.", "السيدة [NAME] نباتية."),
        ("السيدة عندها حساسية من البيض", "السيدة عندها حساسية من البيض"),
        ("سلوى هانم المصري، عميلة قديمة. سلوى هانم تحب الذهب", "[NAME] هانم [NAME]، عميلة قديمة. [NAME] هانم تحب الذهب"),
        ("أم خالد (السيدة منى) تبحث عن هدية لخالد", "أم [NAME] (السيدة [NAME]) تبحث عن هدية ل[NAME]"),
    ),
)
def test_arabic_titles_and_full_names(text, expected):
    assert redact(text) == expected


# --- Chinese, Japanese, Korean ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("嗯，林，林先生，林志明，想买表", "嗯，[NAME]，[NAME]先生，[NAME]，想买表"),
        ("杨晓峰（35），做设计。杨说下个月生日", "[NAME]（35），做设计。[NAME]说下个月生日"),
        ("今天是邓先生，邓伟，还有他爱人，姓罗，罗敏。", "今天是[NAME]先生，[NAME]，还有他爱人，姓[NAME]，[NAME]。"),
        ("韩，47岁，律师，老客户。", "[NAME]，47岁，律师，老客户。"),
        ("穆罕默德·阿里先生只吃清真", "[NAME]先生只吃清真"),
        ("史密斯先生（John Smith）来店，威尔逊女士也来了", "[NAME]先生（[NAME]）来店，[NAME]女士也来了"),
        ("Mrs 叶今日嚟睇手袋", "Mrs [NAME]今日嚟睇手袋"),
        ("Dr. 嗯……那个 Mehta，说下周再来", "Dr. 嗯……那个 [NAME]，说下周再来"),
        ("投行董事总经理，老客户", "投行董事总经理，老客户"),
        ("顧客：小松 大輔様（38）。小松、転勤のお祝い。", "顧客：[NAME]様（38）。[NAME]、転勤のお祝い。"),
        ("えっと、シュミット、いや、シュミット・ベルガー様", "えっと、[NAME]、いや、[NAME]様"),
        ("ご夫妻（ご主人 誠様、奥様 直子様）", "ご夫妻（ご主人 [NAME]様、奥様 [NAME]様）"),
        ("ウォークイン、40代男性、観光客", "ウォークイン、40代男性、観光客"),
        ("음 그 강 그러니까 강민수 고객님, 넥타이", "음 그 [NAME] 그러니까 [NAME] 고객님, 넥타이"),
        ("한, 61세, 병원장. 손녀 돌 선물", "[NAME], 61세, 병원장. 손녀 돌 선물"),
        ("닥터 음 그 피터슨 님, 대사관 근무", "닥터 음 그 [NAME] 님, 대사관 근무"),
        ("Mr./Mrs. 샤르마 부부, 인도 대사관", "Mr./Mrs. [NAME] 부부, 인도 대사관"),
        ("설 상무님 (한국물산) 단체 주문", "[NAME] 상무님 (한국물산) 단체 주문"),
        ("두 분 다 채식하시고 사모님은 술 안 하심", "두 분 다 채식하시고 사모님은 술 안 하심"),
        ("예산은 음 파운드로 4천 정도", "예산은 음 파운드로 4천 정도"),
        ("la firma la scrive 최유나, studentessa", "la firma la scrive [NAME], studentessa"),
    ),
)
def test_cjk_names(text, expected):
    assert redact(text) == expected


# --- over-redaction guards from name rules ---------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Long appointment with the whole team, 2h.",
        "Lange afspraak, veel vragen.",
        "Inloop, geen naam. Man ±40.",
        "clienta de Valencia, vuelve en mayo.",
        "vraagt of we iets met Berber-motief hebben.",
        "Fazem 10 anos de casados em maio. Os 18 anos dela são em abril.",
        "Faz 60 anos em novembro.",
        "Деловой подарок, галстук. Подруги приходят вместе.",
        "Повод: Юбилей Компании, 25 лет, Октябрь.",
        "Kundin aus München, Familie feiert Firmenjubiläum 30 Jahre.",
    ],
)
def test_ordinary_words_in_name_positions(text):
    assert redact(text) == text


def test_names_keep_their_honorific_suffix_outside():
    text = "Agarwal-ji came with Min-ji"
    assert [text[s.start : s.end] for s in find_names(text)][:1] == ["Agarwal"]
