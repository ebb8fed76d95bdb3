"""Session 45: contact identifiers said in words, in the twelve languages — phone numbers read out
in number words mixed with figures, e-mails spelt out, card and account endings, IBANs partly in
words, messenger ids after a copula — and the numbers that are no contact (orders, prices, sizes,
dates)."""

import pytest

from lvmh_pipeline.lib.privacy.contacts import find_cards, find_emails, find_ibans
from lvmh_pipeline.lib.privacy.handles import find_handles
from lvmh_pipeline.lib.privacy.phones import find_phones
from lvmh_pipeline.lib.privacy.pseudonymize import policy_from_env, pseudonymize
from lvmh_pipeline.lib.privacy.spoken.accounts import find_said_ibans
from lvmh_pipeline.lib.privacy.spoken.digits import read_digits
from lvmh_pipeline.lib.privacy.spoken.endings import find_said_endings

_STRICT = policy_from_env("strict")


def _out(text: str, language: str) -> str:
    return pseudonymize(text, language=language.upper(), policy=_STRICT).text


def _gone(text: str, needle: str, language: str) -> None:
    """``needle`` is redacted as a whole, and the words around it stay."""
    out = _out(text, language)
    before, after = text.split(needle, 1)
    assert needle not in out
    assert out.startswith(before.rstrip()) and out.endswith(after.lstrip()), out


@pytest.mark.parametrize("language, text, number", [
    ("en", "ring her on oh two oh, seven nine four six, double five double one tonight", "oh two oh, seven nine four six, double five double one"),
    ("en", "mobile: zero seven seven double zero, nine double zero, one two three", "zero seven seven double zero, nine double zero, one two three"),
    ("de", "Telefon null eins sieben eins, Doppel-Null, drei vier fünf sechs bitte", "null eins sieben eins, Doppel-Null, drei vier fünf sechs"),
    ("fr", "natel zéro septante-neuf, douze, trente-quatre, nonante-huit", "zéro septante-neuf, douze, trente-quatre, nonante-huit"),
    ("es", "teléfono seis doble cero, doce, treinta y cuatro, cincuenta y seis", "seis doble cero, doce, treinta y cuatro, cincuenta y seis"),
    ("it", "telefono tre quattro sette doppio zero uno due tre quattro", "tre quattro sette doppio zero uno due tre quattro"),
    ("nl", "06 twaalf vierendertig zesenvijftig achtenzeventig is haar nummer", "06 twaalf vierendertig zesenvijftig achtenzeventig"),
    ("pt", "o zap dela é meia meia dois, três quatro, cinco seis sete oito", "meia meia dois, três quatro, cinco seis sete oito"),
    ("ru", "звоните на восемь 916 сто двадцать три 45 67 вечером", "восемь 916 сто двадцать три 45 67"),
    ("ar", "واتساب ٠٥٥ سبعة سبعة ثمانية ٩٩ ١١", "٠٥٥ سبعة سبعة ثمانية ٩٩ ١١"),
    ("ar", "رقمه صفر خمسة خمسة، ثلاثة وعشرين، خمسة وأربعين، سبعة وستين", "صفر خمسة خمسة، ثلاثة وعشرين، خمسة وأربعين، سبعة وستين"),
])
def test_phone_numbers_in_number_words_and_figures(language, text, number):
    _gone(text, number, language)


@pytest.mark.parametrize("language, text, number", [
    ("ja", "携帯はゼロハチゼロ、1234、ゴーロクナナハチ", "ゼロハチゼロ、1234、ゴーロクナナハチ"),
    ("ko", "전화 공일공 삼삼사사에 오오육육", "공일공 삼삼사사에 오오육육"),
    ("ko", "전화번호 공일공 하나둘셋넷 다섯여섯일곱여덟", "공일공 하나둘셋넷 다섯여섯일곱여덟"),
    ("zh", "电话是138 一二三四 5678", "138 一二三四 5678"),
    ("zh", "手机 一三九 1234 五六七八", "一三九 1234 五六七八"),
])
def test_phone_numbers_in_dense_digits_mixed_with_figures(language, text, number):
    out = _out(text, language)
    assert number not in out and "[PHONE]" in out


@pytest.mark.parametrize("language, text, order", [
    ("en", "order number four four seven one two two nine zero to be collected", "four four seven one two two nine zero"),
    ("de", "Bestellnummer vier vier sieben eins zwei zwei neun null", "vier vier sieben eins zwei zwei neun null"),
    ("fr", "numéro de commande quatre quatre sept un deux deux neuf zéro", "quatre quatre sept un deux deux neuf zéro"),
    ("es", "número de pedido cuatro cuatro siete uno dos dos nueve cero", "cuatro cuatro siete uno dos dos nueve cero"),
    ("it", "numero d'ordine quattro quattro sette uno due due nove zero", "quattro quattro sette uno due due nove zero"),
    ("nl", "bestelnummer vier vier zeven een twee twee negen nul", "vier vier zeven een twee twee negen nul"),
    ("pt", "número do pedido quatro quatro sete um dois dois nove zero", "quatro quatro sete um dois dois nove zero"),
    ("ru", "номер заказа четыре четыре семь один два два девять ноль", "четыре четыре семь один два два девять ноль"),
    ("ar", "رقم الطلب أربعة أربعة سبعة واحد اثنين اثنين تسعة صفر", "أربعة أربعة سبعة واحد اثنين اثنين تسعة صفر"),
    ("ja", "注文番号 四四七一 二二九〇 一二三四", "四四七一 二二九〇 一二三四"),
    ("ko", "주문번호 사사칠일 이이구공 일이삼사", "사사칠일 이이구공 일이삼사"),
    ("zh", "订单号 四四七一 二二九零 一二三四", "四四七一 二二九零 一二三四"),
    ("fr", "facture 06 12 34 56 78 réglée", "06 12 34 56 78"),
])
def test_order_and_invoice_numbers_are_no_phone(language, text, order):
    assert find_phones(text) == []


@pytest.mark.parametrize("language, text, keep", [
    ("en", "budget about twelve, fifteen thousand pounds, size thirty eight and a half", "fifteen thousand"),
    ("en", "she was born in nineteen eighty four, ring size fifty two", "nineteen eighty four"),
    ("de", "Budget so zwischen fünf und achttausend Euro, Größe achtunddreißig", "achtunddreißig"),
    ("fr", "budget entre trois et cinq mille euros, taille trente-huit, le vingt-deux mars", "vingt-deux mars"),
    ("es", "presupuesto de unos veinte, veinticinco mil euros, talla treinta y ocho", "treinta y ocho"),
    ("it", "budget sui quindici, venti mila euro, misura cinquantadue", "cinquantadue"),
    ("nl", "budget rond de vijf, zesduizend euro, maat achtendertig", "achtendertig"),
    ("pt", "orçamento uns trinta, trinta e cinco mil reais, tamanho trinta e oito", "trinta e oito"),
    ("ru", "бюджет двести, двести пятьдесят тысяч рублей, размер сорок два", "сорок два"),
    ("ar", "الميزانية عشرين ثلاثين ألف درهم، المقاس اثنين وخمسين", "اثنين وخمسين"),
    ("ar", "اشترت خمسة وعشرين قطعة وثلاثين وشاح", "خمسة وعشرين"),
    ("ja", "予算は三十万円、サイズは三十八、二〇二六年三月八日", "二〇二六年三月八日"),
    ("ko", "예산은 이백에서 삼백, 사이즈 이백사십, 이천이십육년", "이천이십육년"),
    ("ko", "이번 주 삼성동 매장, 사이즈 이백오십", "이백오십"),
    ("zh", "预算两万块上下，尺码三十八，二〇二六年三月八号", "二〇二六年三月八号"),
    ("zh", "看了三款，一二三号柜台，价格五六万", "五六万"),
])
def test_amounts_sizes_and_dates_in_words_stay(language, text, keep):
    assert keep in _out(text, language)


@pytest.mark.parametrize("language, text, address", [
    ("pt", "manda pro email ana arroba gmail.com depois", "ana arroba gmail.com"),
    ("pt", "email: MARIANA PONTO REIS ARROBA GMAIL PONTO COM", "MARIANA PONTO REIS ARROBA GMAIL PONTO COM"),
    ("pt", "e-mail carlos traço lima arroba uol ponto com ponto br", "carlos traço lima arroba uol ponto com ponto br"),
    ("ar", "الإيميل سارة نقطة علي آت جيميل نقطة كوم", "سارة نقطة علي آت جيميل نقطة كوم"),
    ("ko", "메일은 민수 골뱅이 네이버 닷 컴 이에요", "민수 골뱅이 네이버 닷 컴"),
    ("ko", "이메일 jiyoung 골뱅이 daum 점 net", "jiyoung 골뱅이 daum 점 net"),
    ("ru", "почта masha собачка gmail точка com", "masha собачка gmail точка com"),
    ("zh", "邮箱是 li.na 艾特 163 点 com", "li.na 艾特 163 点 com"),
])
def test_spelt_out_emails(language, text, address):
    spans = find_emails(text)
    assert [text[s.start : s.end] for s in spans] == [address]


@pytest.mark.parametrize("text", [
    "본점 점장님이 골뱅이 무침을 좋아하심, 강남점",
    "её собака точка в точку как у соседки",
    "arroba é a unidade de peso, cinco arrobas de café ponto final",
    "elle a un chien, point. arobase est un mot",
])
def test_words_of_the_signs_alone_are_no_email(text):
    assert find_emails(text) == []


@pytest.mark.parametrize("text, digits", [
    ("paid with the Amex ending in four four one two yesterday", "four four one two"),
    ("Visa last four 1188", "1188"),
    ("bezahlt mit der Karte, die endet auf sieben drei null eins", "sieben drei null eins"),
    ("Kreditkarte mit den Endziffern 4471", "4471"),
    ("sa carte finissant par quatre deux un sept", "quatre deux un sept"),
    ("carte bancaire se terminant par 48 12", "48 12"),
    ("tarjeta terminada en cero nueve uno cuatro", "cero nueve uno cuatro"),
    ("carta che termina con otto otto uno due", "otto otto uno due"),
    ("pinpas eindigend op vier vier twee één", "vier vier twee één"),
    ("cartão com final quatro três dois um", "quatro três dois um"),
    ("карта, последние цифры семь семь ноль один", "семь семь ноль один"),
    ("البطاقة المنتهية بـ أربعة أربعة واحد اثنين", "أربعة أربعة واحد اثنين"),
    ("بطاقة فيزا آخر أربعة أرقام ٤٤٧١", "٤٤٧١"),
    ("カードの下四桁は七七〇一です", "七七〇一"),
    ("刷的卡尾号四四一二", "四四一二"),
    ("银行卡后四位 6 6 1 8", "6 6 1 8"),
    ("카드 끝자리 사사일이", "사사일이"),
    ("카드 뒷자리 4471", "4471"),
])
def test_card_endings_in_figures_and_words(text, digits):
    assert [text[s.start : s.end] for s in find_cards(text)] == [digits]


@pytest.mark.parametrize("text", [
    "the card ending in two weeks, she said",
    "la carte finissant par une remise",
    "the contract ends in March. Card on file",
    "카드 끝자리 확인 부탁",
    "ending in four four one two, the story",  # no card or account named before
])
def test_endings_without_card_digits_stay(text):
    assert find_said_endings(text) == []


@pytest.mark.parametrize("text, iban", [
    ("IBAN GB eighty-two WEST 1234 5698 7654 32 for the refund", "GB eighty-two WEST 1234 5698 7654 32"),
    ("IBAN DE neunundachtzig 3704 0044 0532 0130 00 für die Rückzahlung", "DE neunundachtzig 3704 0044 0532 0130 00"),
    ("Le RIB : FR soixante-seize 3000 6000 0112 3456 7890 189 pour le virement", "FR soixante-seize 3000 6000 0112 3456 7890 189"),
])
def test_ibans_partly_in_words(text, iban):
    assert [text[s.start : s.end] for s in find_ibans(text)] == [iban]


def test_iban_in_figures_only_is_left_to_the_figure_detector():
    assert find_said_ibans("IBAN DE89 3704 0044 0532 0130 00") == []
    assert find_said_ibans("IBAN FR seventy six, ask her") == []


@pytest.mark.parametrize("text, handle", [
    ("WeChat is harry_lee77 if you need him", "harry_lee77"),
    ("her WeChat ID is lilywang", "lilywang"),
    ("加微信 lily_wang88 发图片", "lily_wang88"),
    ("LINEのIDは sakura.k です", "sakura.k"),
    ("카톡 ID는 minji", "minji"),
    ("телеграм ник anna_spb", "anna_spb"),
    ("سناب: sara_22", "sara_22"),
])
def test_messenger_ids_after_the_app(text, handle):
    assert [text[s.start : s.end] for s in find_handles(text)] == [handle]


@pytest.mark.parametrize("text", ["WeChat is great for her, Telegram too", "WhatsApp ist besser als Telegram"])
def test_a_copula_after_the_app_announces_no_id(text):
    assert find_handles(text) == []


def test_read_digits_counts_figures_words_and_dense_digits():
    run = read_digits("on zero 7700 nine double zero 123, thanks", 2)
    assert run is not None and (run.tokens, run.digits, run.words) == (5, 11, 3)
    assert read_digits("四四一二です", 0).digits == 4
    assert read_digits("이번 주", 0) is None
    assert read_digits("double trouble", 0) is None


@pytest.mark.parametrize("language, text, number", [
    ("de", "Nummer, Moment, ich hab mich verschrieben, null eins sechs null elf dreiunddreißig vier fünf neun", "null eins sechs null elf dreiunddreißig vier fünf neun"),
    ("ar", "التليفون بتاعها زيرو واحد اتنين، تلاتة أربعة، خمسة ستة، سبعة تمانية تسعة", "زيرو واحد اتنين، تلاتة أربعة، خمسة ستة، سبعة تمانية تسعة"),
    ("ar", "نمرته زيرو خمسة، تلتمية وأربعة وعشرين، ستمية وسبعة وتمانين", "زيرو خمسة، تلتمية وأربعة وعشرين، ستمية وسبعة وتمانين"),
    ("ko", "연락처는 010에 오일, 이팔에 4477 입니다", "010에 오일, 이팔에 4477"),
])
def test_phone_numbers_said_in_dialect_words_pairs_and_eszett(language, text, number):
    out = _out(text, language)
    assert number not in out and "[PHONE]" in out


@pytest.mark.parametrize("text", ["2010에 삼성 매장에서 구매, 이번에 오백", "بدها تصرف تلتمية ألف، وعمرها تلاتين سنة"])
def test_counts_in_dialect_words_and_korean_pairs_stay(text):
    assert find_phones(text) == []


@pytest.mark.parametrize("language, text, room", [
    ("en", "she is staying at the Savoy, room four one seven, until Friday", "four one seven"),
    ("de", "die Dame ist im Adlon, Zimmer drei null neun, bis Montag", "drei null neun"),
    ("es", "el señor está en el Ritz, habitación seiscientos catorce, hasta el lunes", "seiscientos catorce"),
    ("fr", "elle est au Meurice, chambre deux cent dix-huit, jusqu'à jeudi", "deux cent dix-huit"),
    ("it", "la cliente sta al Danieli, camera duecentoquindici, fino a sabato", "duecentoquindici"),
    ("nl", "meneer zit in het Krasnapolsky, kamer driehonderdtwaalf, tot zondag", "driehonderdtwaalf"),
    ("pt", "ela está hospedada no Copacabana, quarto mil e quatro, até domingo", "mil e quatro"),
    ("ru", "он остановился в Национале, номер шестьсот двенадцать, до среды", "шестьсот двенадцать"),
    ("zh", "她住在华尔道夫，房间号是二三一六，住到周日", "二三一六"),
    ("ar", "العميلة نازلة في الريتز، أوضة ٥١٤، لحد الخميس", "٥١٤"),
    ("ja", "帝国ホテルにご滞在、部屋番号は一二〇四です", "一二〇四"),
    ("ko", "신라호텔에 묵고 계시고 객실은 일이공삼 호", "일이공삼"),
])
def test_hotel_rooms_said_in_words(language, text, room):
    _gone(text, room, language)


@pytest.mark.parametrize("language, text, keep", [
    ("en", "room for two, suite twelve was lovely", "twelve"),
    ("fr", "la chambre deux est petite, budget cinq cents euros", "deux"),
    ("de", "Zimmer zwei ist zu klein", "zwei"),
    ("es", "habitación doble, dos noches", "dos noches"),
    ("it", "camera tre, era bella", "tre"),
])
def test_short_room_words_stay(language, text, keep):
    assert keep in _out(text, language)


@pytest.mark.parametrize("language, text, address", [
    ("es", "Sr. Gómez – Carrera 11 #82-71, Apto 1203, Bogotá. Tel. pendiente", "Carrera 11 #82-71, Apto 1203, Bogotá"),
    ("fr", "Livraison au 455 boul. Saint-Laurent Est, bureau 310 avant midi", "455 boul. Saint-Laurent Est, bureau 310"),
    ("zh", "送貨：香港中環皇后大道中88號置地廣場12樓A室，平日下午", "香港中環皇后大道中88號置地廣場12樓A室"),
    ("nl", "Terugbellen: Groenplaats 12, 2000 Antwerpen. Budget open", "Groenplaats 12, 2000 Antwerpen"),
])
def test_grid_unit_and_traditional_chinese_addresses(language, text, address):
    out = _out(text, language)
    assert address not in out and "[ADDRESS]" in out


@pytest.mark.parametrize("language, text, keep", [
    ("es", "Calle 93 es muy bonita, compró 2 # 11 bolsos", "Calle 93"),
    ("zh", "他买了3號和5號两款", "3號"),
    ("nl", "Lady Dior 3, 2025 Parijs", "2025"),
])
def test_no_address_without_the_grid_or_a_street(language, text, keep):
    assert keep in _out(text, language)


@pytest.mark.parametrize("language, text, ibans", [
    ("es", "el IBAN es E S cuarenta y dos, uno cero cero cero, lo demás por mail", "E S cuarenta y dos, uno cero cero cero"),
    ("pt", "o IBAN começa por P T cinquenta, zero zero três cinco, o resto depois", "P T cinquenta, zero zero três cinco"),
    ("de", "die IBAN beginnt mit DE zwölf, fünf null null eins, Rest per Mail", "DE zwölf, fünf null null eins"),
])
def test_the_beginning_of_an_iban_said(language, text, ibans):
    assert [text[s.start : s.end] for s in find_said_ibans(text)] == [ibans]


@pytest.mark.parametrize("text", ["IBAN to follow, she will send it. OK two three", "le RIB est à jour, SA vingt ans"])
def test_no_iban_without_a_registry_country(text):
    assert find_said_ibans(text) == []


@pytest.mark.parametrize("text, said", [
    ("son Insta c'est arobase lea point bijoux, en minuscules", "arobase lea point bijoux"),
    ("الإنستغرام تبعها سارة دوت ستايل، كلو لزق", "سارة دوت ستايل"),
    ("인스타 아이디가 영어로 m i n a 점 shop 이래요", "m i n a 점 shop"),
    ("ラインのIDは、エス、エー、アンダーバー、イチ、ニ、です", "エス、エー、アンダーバー、イチ、ニ"),
    ("телеграм у неё маша подчёркивание стиль", "маша подчёркивание стиль"),
    ("su Instagram es arroba lucia punto joyas", "arroba lucia punto joyas"),
    ("Insta is at sophie dot style, tagged us", "at sophie dot style"),
])
def test_messenger_ids_said_aloud(text, said):
    assert said in [text[s.start : s.end] for s in find_handles(text)]


@pytest.mark.parametrize("text", [
    "elle adore Insta, c'est un point important pour elle",
    "she found us on Instagram at the moment of the launch",
    "la vio en Instagram, a ese punto no sabía",
    "l'ha vista su Instagram, punto e basta",
    "카톡 보내고 점심 먹고 다시 오심",
    "Instagram: 12 point 5k followers, influencer",
    "viu no Instagram, ponto de venda no shopping",
    "в телеграме точка зрения другая",
    "auf Instagram Punkt zwölf Uhr gepostet",
])
def test_dot_words_of_ordinary_speech_after_an_app_stay(text):
    assert find_handles(text) == []


@pytest.mark.parametrize("text, address", [
    ("アドレスは、エム、ドット、すずき、アットマーク、ヤフー、ドット、コム、です。", "エム、ドット、すずき、アットマーク、ヤフー、ドット、コム"),
    ("메일 주소가 에이 케이 박 골뱅이 다음 닷 넷 입니다", "에이 케이 박 골뱅이 다음 닷 넷"),
    ("email is a n n a dot k at yahoo dot com, all lowercase", "a n n a dot k at yahoo dot com"),
    ("邮箱就是拼音 zhang xiao li 连起来，艾特 126 点 com，记一下", "zhang xiao li 连起来，艾特 126 点 com"),
])
def test_emails_spelt_letter_by_letter(text, address):
    assert [text[s.start : s.end] for s in find_emails(text)] == [address]


def test_a_card_word_serves_the_first_ending_after_it():
    assert find_said_endings("card ending in June, the lease ends in 2027") == []
