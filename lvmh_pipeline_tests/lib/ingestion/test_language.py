from pathlib import Path

import pandas as pd
import pytest

from lvmh_pipeline.lib.ingestion.language import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    detect_language,
    guess_language,
    normalize_language_code,
)

DATA_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data"
SAMPLE = DATA_DIR / "LVMH_Realistic_Merged_CA001-100.csv"

SENTENCES = {
    "FR": [
        "Cliente cherche un sac noir pour son anniversaire.",
        "Mme passe la semaine prochaine, budget 5K.",
        "Allergique aux fruits à coque, attention événements.",
        "Le mari adore le golf et les montres anciennes.",
        "Rappeler en mars pour la nouvelle collection.",
        "Très satisfaite de son achat, reviendra bientôt.",
        "Il voyage souvent au Japon pour affaires.",
        "Végétarienne, préfère le cuir cognac.",
        "Hésite entre deux modèles, rappeler demain.",
        "Pas de budget fixe.",
        "Reviendra avec son mari.",
    ],
    "EN": [
        "Client is looking for a black bag for her birthday.",
        "He wants something elegant for his wife.",
        "Severe nut allergy, careful at events.",
        "Follow up next week with the new collection.",
        "She loves travelling and plays tennis on weekends.",
        "Very happy with the purchase, will come back soon.",
        "Their daughter is getting married in June.",
        "Vegan, no animal products please.",
        "No fixed budget.",
        "Christmas gift for his mother.",
    ],
    "IT": [
        "La cliente cerca una borsa nera per il compleanno.",
        "Il marito ama il golf e gli orologi.",
        "Allergia al nichel, attenzione alla minuteria.",
        "Richiamare la prossima settimana per la collezione.",
        "Molto soddisfatta dell'acquisto, tornerà presto.",
        "Viaggia spesso in Giappone per lavoro.",
        "Regalo per la figlia che si laurea a giugno.",
        "Sono clienti fedeli da molti anni.",
        "Nessun budget fisso.",
        "Tornerà con il marito.",
    ],
    "ES": [
        "La clienta busca un bolso negro para su cumpleaños.",
        "Su marido juega al golf los fines de semana.",
        "Alergia a los mariscos, importante para eventos.",
        "Llamar la próxima semana para la nueva colección.",
        "Muy contenta con la compra, volverá pronto.",
        "Viaja mucho a Japón por trabajo.",
        "Regalo para su hija que se gradúa en junio.",
        "Son clientes fieles desde hace años.",
        "Sin presupuesto fijo.",
        "Le encanta el rojo.",
    ],
    "DE": [
        "Die Kundin sucht eine schwarze Tasche zum Geburtstag.",
        "Ihr Mann spielt am Wochenende Golf.",
        "Nussallergie, wichtig für Events.",
        "Nächste Woche wegen der neuen Kollektion nachfassen.",
        "Sehr zufrieden mit dem Kauf, kommt bald wieder.",
        "Er reist oft nach Japan für die Arbeit.",
        "Geschenk für die Tochter, die im Juni heiratet.",
        "Treue Kunden seit vielen Jahren.",
        "Kein festes Budget.",
        "Weihnachtsgeschenk für seine Mutter.",
    ],
    "PT": [
        "A cliente procura uma bolsa preta para o aniversário.",
        "O marido joga golfe aos fins de semana.",
        "Alergia a marisco, importante para os eventos.",
        "Ligar na próxima semana para a nova coleção.",
        "Muito satisfeita com a compra, vai voltar em breve.",
        "Viaja muito para o Japão a trabalho.",
        "Presente para a filha que se forma em junho.",
        "São clientes fiéis há muitos anos.",
        "Sem orçamento fixo.",
        "Presente de Natal para a mãe.",
    ],
    "NL": [
        "De klant zoekt een zwarte tas voor haar verjaardag.",
        "Haar man speelt in het weekend golf.",
        "Notenallergie, belangrijk voor evenementen.",
        "Volgende week terugbellen over de nieuwe collectie.",
        "Zeer tevreden met de aankoop, komt snel terug.",
        "Hij reist vaak naar Japan voor zijn werk.",
        "Cadeau voor de dochter die in juni trouwt.",
        "Trouwe klanten sinds vele jaren.",
        "Geen vast budget.",
        "Houdt van rood.",
    ],
    "RU": [
        "Клиентка ищет чёрную сумку на день рождения.",
        "Аллергия на орехи, важно для мероприятий.",
        "Встреча с клиентом, бюджет 5K, любит Louis Vuitton.",
    ],
    "JA": [
        "お客様は誕生日用の黒いバッグを探しています。",
        "田中様、来週またご来店予定。",
        "ナッツアレルギーあり。",
        "田中様来店",
    ],
    "KO": ["고객님은 생일 선물로 검은색 가방을 찾고 있습니다.", "견과류 알레르기 있음."],
    "ZH": ["客户在找一个黑色的包作为生日礼物。", "王先生下周再来。", "对坚果过敏，活动时注意。"],
    "AR": ["تبحث العميلة عن حقيبة سوداء لعيد ميلادها.", "حساسية من المكسرات، مهم للفعاليات."],
}
CASES = [(lang, text) for lang, texts in SENTENCES.items() for text in texts]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_short_sentences_in_twelve_languages(expected, text):
    assert detect_language(text) == expected


def test_every_language_is_covered():
    assert set(SENTENCES) == set(LANGUAGES)


def test_script_decides_non_latin_languages_with_full_confidence():
    for text, lang in [("Здравствуйте", "RU"), ("こんにちは", "JA"), ("안녕하세요", "KO"),
                       ("你好", "ZH"), ("مرحبا", "AR")]:
        guess = guess_language(text)
        assert (guess.language, guess.confidence) == (lang, 1.0)


def test_latin_brand_names_do_not_outvote_the_script():
    assert detect_language("Louis Vuitton のバッグを探しています") == "JA"
    assert detect_language("Клиент хочет сумку Dior Lady") == "RU"


def test_a_few_han_characters_in_a_latin_note_stay_latin():
    assert detect_language("Client loves Japan, visited 東京 last spring with his wife") == "EN"


def test_empty_or_digit_only_text_has_zero_confidence():
    for text in ["", "   ", "12 34 2026", None]:
        guess = guess_language(text)
        assert guess.confidence == 0.0
        assert guess.language == DEFAULT_LANGUAGE


def test_confidence_is_high_on_a_clear_sentence_and_lower_on_mixed_text():
    clear = guess_language("Die Kundin sucht eine schwarze Tasche für ihre Tochter und den Sohn.")
    mixed = guess_language("Budget Golf Tennis Yoga Pilates")
    assert clear.language == "DE" and clear.confidence > 0.5
    assert mixed.confidence < clear.confidence


def test_real_sample_is_detected_at_100_percent():
    if not SAMPLE.exists():
        pytest.skip("shared sample data not available")
    df = pd.read_csv(SAMPLE)
    wrong = [
        (row.ID, row.Language, detect_language(row.Transcription))
        for row in df.itertuples()
        if detect_language(row.Transcription) != row.Language
    ]
    assert wrong == []
    assert min(guess_language(t).confidence for t in df.Transcription) >= 0.5


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("fr", "FR"), ("FR", "FR"), ("fr-FR", "FR"), ("fr_CA", "FR"), ("French", "FR"),
        ("Français", "FR"), ("francais", "FR"), ("fra", "FR"),
        ("en", "EN"), ("en-GB", "EN"), ("English", "EN"), ("Anglais", "EN"),
        ("Italiano", "IT"), ("it-IT", "IT"), ("Español", "ES"), ("espanol", "ES"),
        ("es-419", "ES"), ("Deutsch", "DE"), ("de-CH", "DE"), ("German", "DE"), ("ger", "DE"),
        ("Português", "PT"), ("pt-BR", "PT"), ("Nederlands", "NL"), ("nl-BE", "NL"),
        ("Dutch", "NL"), ("Русский", "RU"), ("ru", "RU"), ("日本語", "JA"), ("ja-JP", "JA"),
        ("한국어", "KO"), ("ko-KR", "KO"), ("中文", "ZH"), ("zh-Hans", "ZH"), ("zh-TW", "ZH"),
        ("Mandarin", "ZH"), ("العربية", "AR"), ("ar-AE", "AR"), (" fr ", "FR"),
    ],
)
def test_normalize_language_code(value, code):
    assert normalize_language_code(value) == code


@pytest.mark.parametrize("value", [None, "", "  ", "xx", "Klingon", "??", 3, float("nan")])
def test_normalize_language_code_unknown(value):
    assert normalize_language_code(value) is None
