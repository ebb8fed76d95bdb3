"""Tokens and hashed features of the learned Art. 9 tagger."""

from lvmh_pipeline.lib.privacy.special.learned.features import HASH_BITS, feature_rows, tokens


def test_tokens_split_words_digits_placeholders_and_dense_characters():
    found = [(t.word, t.placeholder) for t in tokens("Meyer様は [NAME], 67 Jahre – ça va")]
    assert found == [("meyer", False), ("様", False), ("は", False), ("<ph>", True), ("67", False),
                     ("jahre", False), ("ça", False), ("va", False)]


def test_token_offsets_point_into_the_text():
    text = "Sra. [NAME] – en diálisis desde marzo"
    for tok in tokens(text):
        assert tok.placeholder or text[tok.start : tok.end].casefold() == tok.word


def test_hangul_and_arabic_words_stay_whole():
    assert [t.word for t in tokens("고객님 항암 치료 중 يتعالج من السرطان")] == ["고객님", "항암", "치료", "중", "يتعالج", "من", "السرطان"]


def test_features_are_stable_column_numbers_and_depend_on_context():
    rows = feature_rows(tokens("she is on chemo now"))
    again = feature_rows(tokens("she is on chemo now"))
    assert rows == again  # CRC-32: the same columns in every process
    assert all(0 <= c < 1 << HASH_BITS for row in rows for c in row)
    other = feature_rows(tokens("he is on holiday now"))
    assert rows[3] != other[3]


def test_no_tokens_no_rows():
    assert tokens("  ,;  ") == [] and feature_rows([]) == []
