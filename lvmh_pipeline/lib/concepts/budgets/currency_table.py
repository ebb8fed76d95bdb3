"""The currency data of :mod:`~lvmh_pipeline.lib.concepts.budgets.currencies`: the EUR conversion
table, the default currency of each note language, and the spellings of each currency in 12
languages (before / after a number, or naming it away from any number), and the places whose
currency an English note's amount without one takes."""

from __future__ import annotations

__all__ = [
    "AFTER_ONLY", "CURRENCY_WORDS", "DEFAULT_CURRENCIES", "DEFAULT_CURRENCIES_ENV", "EUR_PER_UNIT", "NOT_ALONE",
    "PHRASE_ONLY", "PLACES", "PLACES_IN_CONTEXT", "YEN_SIGNS",
]
# EUR per unit of foreign currency, for ranking and display, not accounting. The first ten are
# the table shared with the synthetic data generator (mid-2024 rates). The others were added
# with approximate mid-2024 rates (June 2024 averages, rounded; the Gulf pegs derived from the
# table's USD rate: SAR = 0.92 / 3.75, QAR = 0.92 / 3.64).
EUR_PER_UNIT: dict[str, float] = {
    "EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.05, "JPY": 0.0062, "CNY": 0.13,
    "KRW": 0.00068, "RUB": 0.010, "AED": 0.25, "HKD": 0.118,
    "TWD": 0.0288, "SGD": 0.69, "SAR": 0.245, "QAR": 0.253, "KWD": 3.0, "INR": 0.0112,
    "AUD": 0.62, "CAD": 0.68, "BRL": 0.17, "MXN": 0.051, "THB": 0.0254,
    "COP": 0.00023, "MOP": 0.114, "ZAR": 0.050, "BHD": 2.44, "EGP": 0.019, "JOD": 1.30, "MAD": 0.093,
    "TND": 0.29, "CLP": 0.00099, "OMR": 2.39, "PEN": 0.245, "KZT": 0.0020,
}

# Currency of an amount written without one, per note language: the boutique's currency.
# Override with the environment variable (read at each call), e.g.
# LVMH_DEFAULT_CURRENCIES="EN=GBP,AR=SAR"; "*=USD" sets it for notes of any other / no language.
# EN stays EUR by default: it is ambiguous between GBP and USD.
DEFAULT_CURRENCIES: dict[str, str] = {
    "FR": "EUR", "EN": "EUR", "IT": "EUR", "ES": "EUR", "DE": "EUR", "PT": "EUR", "NL": "EUR",
    "RU": "RUB", "JA": "JPY", "KO": "KRW", "ZH": "CNY", "AR": "AED",
}
DEFAULT_CURRENCIES_ENV = "LVMH_DEFAULT_CURRENCIES"

# Currency spellings before / after the number -> ISO code.
CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "HKD": ("hk$", "hkd", "港币", "港元", "港幣", "港纸", "港紙", "蚊", "香港ドル", "홍콩 달러", "دولار هونغ كونغ", "dollars de hong kong",
            "hong kong dollars",
            "dólares de hong kong", "dollari di hong kong", "hongkong-dollar", "hongkongdollar"),
    "USD": ("us$", "usd", "$", "dollars", "dollar", "bucks", "dólares", "dolares", "dólar", "dollari", "dollaro",
            "долларов", "доллара", "доллар", "米ドル", "ドル", "달러", "美元", "美金", "دولار", "dollars américains",
            "us dollars"),
    "EUR": ("€", "eur", "euros", "euro", "евро", "ユーロ", "유로", "欧元", "歐元", "يورو", "balles"),
    "GBP": ("£", "gbp", "pounds sterling", "pounds", "pound", "livres sterling", "sterling", "sterline",
            "pfund", "фунтов", "фунта", "фунт", "ポンド", "파운드", "英镑", "جنيه إسترليني", "libras esterlinas",
            "libra esterlina", "libras", "sterlina", "pond sterling", "quid", "باوند", "جنيه استرليني"),
    "CHF": ("chf", "sfr.", "sfr", "swiss francs", "swiss franc", "francs suisses", "franc suisse", "franchi svizzeri", "franken", "francs", "franchi",
            "francos suizos", "швейцарских франков", "スイスフラン", "스위스 프랑", "瑞士法郎", "فرنك سويسري"),
    "JPY": ("jpy", "円", "日本円", "yenes", "ienes", "yens", "yen", "иен", "иена", "엔", "日元", "ين ياباني"),
    "CNY": ("cny", "rmb", "人民币", "人民幣", "元", "yuan", "юаней", "юань", "人民元", "위안", "يوان"),
    "KRW": ("krw", "₩", "원", "won", "вон", "ウォン", "韩元", "韓元", "وون"),
    "RUB": ("rub", "₽", "рублей", "рубля", "рубль", "руб.", "руб", "ルーブル", "루블", "卢布", "روبل"),
    "AED": ("aed", "د.إ", "د.ا", "dirhams", "dirham", "дирхамов", "дирхам", "ディルハム", "디르함", "迪拉姆", "درهم", "دراهم"),
    "TWD": ("twd", "ntd", "nt$", "新台币", "新台幣", "台币", "台幣", "台湾ドル", "대만 달러", "тайваньских долларов",
            "dollars taïwanais", "taiwan dollars", "دولار تايواني"),
    "SGD": ("sgd", "s$", "新加坡元", "新币", "新幣", "シンガポールドル", "싱가포르 달러", "сингапурских долларов",
            "singapore dollars", "dollars de singapour", "dólares de singapur", "dollari di singapore", "دولار سنغافوري"),
    "SAR": ("sar", "ر.س", "riyals", "riyal", "rials", "rial", "ريال سعودي", "ريال", "ريالات", "サウジリヤル", "リヤル",
            "리얄", "沙特里亚尔", "里亚尔", "риялов", "риял"),
    "QAR": ("qar", "ر.ق", "ريال قطري", "qatari riyals", "riyals qataris", "卡塔尔里亚尔", "カタールリヤル", "카타르 리얄",
            "катарских риялов"),
    "KWD": ("kwd", "د.ك", "دينار كويتي", "دينار", "kuwaiti dinars", "dinars koweïtiens", "dinars", "dinar", "科威特第纳尔",
            "クウェートディナール", "쿠웨이트 디나르", "кувейтских динаров", "динаров"),
    "INR": ("inr", "₹", "rupees", "rupee", "roupies", "rupie", "rupias", "rúpias", "рупий", "ルピー", "루피", "卢比",
            "روبية"),
    "AUD": ("aud", "a$", "au$", "australian dollars", "australian", "dollars australiens", "dollari australiani",
            "dólares australianos", "австралийских долларов", "澳元", "澳币", "澳幣", "豪ドル", "호주 달러",
            "دولار أسترالي"),
    "CAD": ("cad", "c$", "ca$", "canadian dollars", "canadian", "dollars canadiens", "$ ca", "$ can", "$ cad", "dollari canadesi", "dólares canadienses",
            "канадских долларов", "加元", "加币", "加幣", "カナダドル", "캐나다 달러", "دولار كندي"),
    "BRL": ("brl", "r$", "reais", "real brasileiro", "реалов", "巴西雷亚尔", "雷亚尔", "レアル", "헤알",
            "ريال برازيلي"),
    "MXN": ("mxn", "mx$", "pesos mexicanos", "pesos mexicains", "mexican pesos", "pesos", "песо", "墨西哥比索",
            "メキシコペソ", "멕시코 페소", "بيزو مكسيكي"),
    "COP": ("cop", "col$", "pesos colombianos", "peso colombiano", "pesos colombiens", "colombian pesos"),
    "CLP": ("clp", "pesos chilenos", "peso chileno", "pesos chiliens", "chilean pesos"),
    "MOP": ("mop", "mop$", "patacas", "pataca", "澳门元", "澳門元", "澳门币", "澳門幣", "パタカ", "파타카"),
    "ZAR": ("zar", "rand", "rands", "south african rand", "南非兰特", "兰特", "南アフリカランド", "남아공 랜드"),  # not "ブランド", "브랜드"
    "BHD": ("bhd", "د.ب", "دينار بحريني", "bahraini dinars", "bahraini dinar", "dinars bahreïnis"),
    "EGP": ("egp", "ج.م", "جنيه مصري", "جنيه", "جنيهات", "egyptian pounds", "livres égyptiennes", "埃及镑"),
    "OMR": ("omr", "ر.ع", "ريال عماني", "ريال عُماني", "omani rials", "omani rial", "rials omanais"),
    "PEN": ("soles", "soles peruanos", "sol peruano", "nuevos soles", "peruvian soles"),
    "JOD": ("jod", "د.أ", "دينار أردني", "دينار اردني", "jordanian dinars", "dinars jordaniens"),
    "MAD": ("درهم مغربي", "moroccan dirhams", "dirhams marocains", "dirham marocain"),
    "TND": ("tnd", "د.ت", "دينار تونسي", "دنانير تونسية", "tunisian dinars", "tunisian dinar", "dinars tunisiens", "dinar tunisien"),
    "KZT": ("kzt", "₸", "тенге", "tenge", "tenges", "テンゲ", "텡게", "坚戈", "堅戈", "哈萨克斯坦坚戈", "تينغي", "تنغي"),
    "THB": ("thb", "฿", "baht", "bahts", "тайских батов", "батов", "泰铢", "泰銖", "バーツ", "바트", "بات تايلندي"),
}
YEN_SIGNS = ("¥", "￥")  # JPY or CNY depending on the note's language
# Also name a currency away from any number ("in dollars", "в евро", "달러 기준", "بالدولار").
PHRASE_ONLY: dict[str, tuple[str, ...]] = {
    "USD": ("долларах", "달러화"), "EUR": ("유로화",), "RUB": ("рублях",), "KRW": ("원화",), "JPY": ("엔화",),
    "CNY": ("юанях",), "AED": ("дирхамах",),
}
# Words too ambiguous to name a currency away from a number ("won", 원하다, 元気, 円形, "Hong Kong
# SAR", "CAD drawings"). Other ISO codes name one in capitals ("Budget 3-4K (USD)", "in GBP: 4k").
NOT_ALONE = frozenset({"franchi", "won", "rub", "rand", "cop", "mop", "جنيه", "balles", "元", "円", "원", "엔", "蚊", "rial", "rials", "dinar", "dinars", "pesos", "sar", "cad", "canadian", "australian", "soles",
                        "inr", "bucks", "$"})
# Single-character spellings written after a number only ("500엔", "50万円"): "이번엔 500" is no yen.
AFTER_ONLY = frozenset("元円원엔蚊")  # 蚊: the Cantonese dollar ("三萬蚊"), a mosquito elsewhere
# The boutique an English note names ("our Mayfair store", "Fifth Ave flagship") -> the currency of an
# amount written without one (see note_currency.place_currency). Capitalised as written; euro places
# only stop a switch.
PLACES: dict[str, tuple[str, ...]] = {
    "USD": ("New York", "NYC", "Manhattan", "Upper East Side", "Upper West Side", "Tribeca", "Hamptons", "Fifth Ave",
            "Fifth Avenue", "5th Ave", "Madison Ave", "Madison Avenue", "Park Ave", "Park Avenue", "Rodeo Drive", "Beverly Hills", "Los Angeles", "Malibu", "Bel Air",
            "Miami", "Bal Harbour", "Palm Beach", "San Francisco", "Chicago", "Boston", "Las Vegas", "Aspen", "Seattle",
            "Atlanta", "Washington DC", "New Jersey", "Connecticut", "California", "Florida", "Texas", "the States",
            "New Yorker", "Bergdorf", "Saks"),
    "GBP": ("London", "Londoner", "Mayfair", "Knightsbridge", "Belgravia", "Kensington", "Notting Hill", "Hampstead",
            "Marylebone", "Bond Street", "Sloane Street", "Sloane Square", "Harrods", "Selfridges", "Harvey Nichols",
            "Oxford Street", "Regent Street", "Manchester", "Edinburgh", "Glasgow", "Birmingham", "Leeds", "Liverpool",
            "Bristol", "Cheshire", "Surrey", "Cotswolds", "Scotland", "Oxford", "the UK"),
    "CAD": ("Toronto", "Vancouver", "Montreal", "Montréal", "Calgary", "Ottawa", "Yorkville"),
    "AUD": ("Melbourne", "Brisbane", "Gold Coast", "Australia", "Aussie"),
    "SGD": ("Singapore", "Orchard Road", "Marina Bay"),
    "HKD": ("Hong Kong", "Kowloon", "Causeway Bay", "Tsim Sha Tsui"),
    "AED": ("Dubai", "Abu Dhabi", "Sharjah", "UAE", "Emirati"),
    "SAR": ("Riyadh", "Jeddah", "Saudi"),
    "QAR": ("Doha", "Qatar", "Qatari"),
    "KWD": ("Kuwait",),
    "INR": ("Mumbai", "Bombay", "Delhi", "Bangalore", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Pune", "Jaipur"),
    "JPY": ("Tokyo", "Osaka", "Kyoto", "Ginza"),
    "CNY": ("Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Chengdu", "Hangzhou"),
    "KRW": ("Seoul", "Gangnam", "Busan"),
    "CHF": ("Geneva", "Zurich", "Zürich", "Gstaad", "St. Moritz", "St Moritz", "Lugano", "Basel", "Lausanne"),
    "ZAR": ("Johannesburg", "Joburg", "Jo'burg", "Cape Town", "Sandton", "Durban"),
    "TWD": ("Taipei",),
    "THB": ("Bangkok",),
    "MXN": ("Mexico City",),
    "BRL": ("São Paulo", "Sao Paulo", "Rio de Janeiro"),
    "EUR": ("Paris", "Parisian", "Milan", "Rome", "Madrid", "Barcelona", "Berlin", "Munich", "Frankfurt", "Monaco",
            "Monte Carlo", "Amsterdam", "Vienna", "Brussels", "Lisbon", "Dublin", "Cannes", "Saint-Tropez",
            "Avenue Montaigne", "Champs"),
}
# Places that are also given names or other words ("Sydney's birthday" is a person): kept apart, a
# place only before "store" / "boutique" / "flagship" like the others.
PLACES_IN_CONTEXT: dict[str, tuple[str, ...]] = {
    "USD": ("LA", "NY", "Brooklyn", "Houston", "Dallas", "Austin", "the US", "US", "America"),
    "GBP": ("Chelsea", "UK", "England", "Britain"), "AUD": ("Sydney", "Perth", "Adelaide"),
    "HKD": ("HK",), "INR": ("India",), "JPY": ("Japan",), "CHF": ("Switzerland",),
}
