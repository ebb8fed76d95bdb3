"""Name classes behind the w26 leaks, in our own phrasings: given names that are words after a
possessive and a kin word (past a comma or a filler), names after a kin word in another script,
child names in Chinese after a kin word, Japanese names after "・" or in hiragana after a known
surname, Korean given names before 언니, slips and names repeated after a slash in their own
script, Russian surnames after a patronymic or with particles, Italian honorifics and Austrian
degrees, families with a particle surname, clipped given names and one-word particle surnames,
Western given names in Arabic script, pinyin glosses and bracketed kin glosses in Chinese."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language).text


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a given name that is a word, after a possessive and a kin word, closed by punctuation or a verb
        ("Un bracelet pour sa fille, euh, Rose, qui aura 8 ans.", "fr", ["Rose"]),
        ("She brought her son, Art, who turns nine in June. Art wants a watch.", "en", ["Art"]),
        ("Came in with his husband, erm, Hope. Hope is vegetarian.", "en", ["Hope"]),
        ("Un regalo para su hija, eh, Paloma, que cumple 15.", "es", ["Paloma"]),
        # a kin word written as a title before a given name that is a word
        ("Auntie Joy is coming on Saturday; Joy loves gold.", "en", ["Joy"]),
        ("Un cadeau pour Tata Rose, qui adore l'or.", "fr", ["Rose"]),
        ("Gift for Nana Hope's birthday, she likes silver.", "en", ["Hope"]),
        # Korean or Japanese kin word, then a Latin given name that is a word
        ("아내 Hope 생일 선물 — Hope는 금색 좋아함.", "ko", ["Hope"]),
        ("娘 Lily の入学祝いを探しています。", "ja", ["Lily"]),
        # an English kin word, then the name in Arabic script
        ("بدها gift ل husband تبعها أمين، birthday الشهر الجاي.", "ar", ["أمين"]),
        # a Chinese child named after a kin word: 小- names, the name running on into the sentence
        ("陈太太来过。女儿陈小雯九月开学，陈太太说小雯喜欢白色。", "zh", ["小雯"]),
        ("韩阿姨的孙女韩思彤满月，想订金锁。", "zh", ["思彤"]),
        # Japanese: a name after a kin word and "・"; a given name in hiragana after a known surname
        ("ご主人・健太さんのお誕生日プレゼントを検討中。", "ja", ["健太"]),
        ("えっと、佐藤、佐藤みずき様です。", "ja", ["佐藤", "みずき"]),
        # a Korean given name before 언니; a surname said by mistake, then corrected
        ("서연 언니 오늘 다녀감. 예산 넉넉함.", "ko", ["서연"]),
        ("고객님 성함이 박… 아니 백, 백 고객님이세요.", "ko", ["박", "백"]),
        # the same name after a slash, in its own script
        ("Client: Ms. MORITA Aoi / 森田 葵。来月来店予定。", "ja", ["森田", "葵"]),
        ("Ms. Park Ji-woo / 박지우 — 생일 선물 문의.", "ko", ["박지우"]),
        # Russian: a surname that is an adjective after a patronymic; a surname with particles
        ("Вера Андреевна Чёрная — к юбилею. Чёрная просит доставку.", "ru", ["Чёрная"]),
        ("Эльза фон Штайн (немка) ищет плед. Фон Штайн просит счёт.", "ru", ["фон Штайн", "Фон Штайн"]),
        # an Italian honorific (an Austrian degree between title and name: kept, below)
        ("On. Guidotti (deputato) chiede riservatezza.", "it", ["Guidotti"]),
        # a family with a particle surname and the partners after "he", "she"
        ("I Lo Russo (lui Marco, lei Ilaria) festeggiano le nozze.", "it", ["Lo Russo"]),
        # a clipped given name after an article or in quotes; a particle surname in one word
        ("Manuela Conti, detta 'Manu', cerca un regalo.", "it", ["Manu"]),
        ("Gabriela Nunes, 'a Gabi' — quer um presente.", "pt", ["Gabi"]),
        ("Il dottor Di Marco, anzi Dimarco tutto attaccato, è venuto.", "it", ["Dimarco"]),
        # Western given names in Arabic script, a French compound one too
        ("العميل جان بيير دوبوا اتصل، يريد ساعة لزوجته كاترين.", "ar", ["جان", "بيير", "كاترين"]),
        ("Karim Al-Sayed (كريم السيد) زيارة ثانية.", "ar", ["كريم", "السيد"]),
        # a Chinese name glossed in pinyin, its characters a word too
        ("客户：白露 (Bai Lu) | 会员等级：金卡", "zh", ["白露", "Bai"]),
        # a nickname explained in brackets as someone's child
        ("豆豆（陈太太的女儿）下个月满十岁，豆豆对花生过敏。", "zh", ["豆豆"]),
        # an ambiguous given name before a double-barrelled surname
        ("VIC | Grace Whitmore-Hale | anniversary 12/06", "en", ["Grace", "Whitmore-Hale"]),
        # a title, an unknown traditional given name, a surname that is a word
        ("Sr. Padre? Não — Sr. Abílio Padre, é apelido mesmo!", "pt", ["Padre"]),
    ],
)
def test_w26_names_removed(text, language, names):
    stored = _stored(text, language)
    assert not any(leaked(n, stored) for n in names), stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # the word a name is, where no person is named
        ("Her daughter wants Rose gold.", "en", ["Rose"]),
        ("Daughter Harvard, son Eton.", "en", ["Harvard", "Eton"]),
        ("Right, pounds. Oh and Art's got a nut allergy — her son, Art, turns ten.", "en", ["Oh"]),
        ("女儿马上就到。儿子周末来取货。孙子周一生日。", "zh", ["马上", "周末", "周一"]),
        ("Mme Roux / 店舗: 銀座。", "ja", ["店舗"]),
        ("Valentina Greco è passata ieri in negozio. Poi ha visto la Vale d'Aosta.", "it", ["Vale"]),
        ("手表（先生的礼物）已经包好。", "zh", ["先生的礼物"]),
        ("小宝（黄先生的儿子）下个月满十八岁。", "zh", ["先生的儿子"]),
        ("Ирина Сергеевна Белая — упаковка не белая.", "ru", ["не белая"]),
        # an Austrian degree is a title, not the name
        ("Er hat einen Magister in Jus. Frau Magistra Leitner aus Wels ruft an.", "de", ["Magister", "Magistra"]),
        ("이거 아니, 저거.", "ko", ["이거"]),
        ("Vem aos domingos.", "pt", ["domingos"]),
        ("Tante Mai kommt.", "de", ["Mai"]),
    ],
)
def test_w26_words_kept(text, language, kept):
    stored = _stored(text, language)
    assert all(k in stored for k in kept), stored
