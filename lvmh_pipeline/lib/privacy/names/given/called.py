"""The name a person goes by, introduced by a verb of calling without quotes, before or after it:
"her friends call her Bibi", "Titti come la chiamano tutti", "tout le monde l'appelle Mimi",
"alle nennen sie Lilo", "iedereen noemt haar Pien", "все зовут её Лёля", "Pili como la llaman",
"다들 쭈니라고 불러요", "みんなからミミと呼ばれて", "大家都叫她咪咪"; and the one who calls a person so
when a given name stands there ("Lukas, Bibi nennt ihn Luki").

The verb says the word is a person's name: in an alphabet a capitalised word that is no ordinary
word, place, month, brand or endearment ("they call her Boss", "la chiamano Tesoro" stay); in Hangul
after a word for everyone ("다들", "친구들이"), in katakana before と呼ぶ, in Han after 叫她 / 叫他 (not a
kin or endearment word: "叫她妈妈"); after 叫 and a search for it ("叫什么来着，x").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.given.real_names import _ENDEARMENTS
from lvmh_pipeline.lib.privacy.names.lexicon import KO_ROLE_WORDS, ZH_COMMON_WORDS

__all__ = ["called_names"]

_STEMS = (
    "call", "appel", "surnom", "chiam", "llam", "dic", "cham", "nenn", "noem", "зов", "назыв", "라고", "呼", "叫", "喊", "goes by",
)
_NICK = rf"([{UPPER}][{LETTER}]{{1,11}}(?:-[{LETTER}]+)?)(?![{LETTER}\-])"
# A verb of calling and its object pronoun, then the name ("calls her Bibi", "l'appelle Mimi")
_CALL_THEN = (
    r"(?i:calls?[ \t]+(?:her|him|them)|l['’][ \t]?appell(?:e|ent)|surnomm[ée]e?|(?:la|lo|li|le)[ \t]+chiam(?:a|ano)(?:[ \t]+tutti)?"
    r"|(?:la|lo|le|les)[ \t]+(?:llaman|llama|dicen|dice)(?:[ \t]+todos)?|(?:a|o|lhe)[ \t]+chama(?:m)?(?:[ \t]+de)?"
    r"|chama(?:m)?[ \t]+(?:ela|ele)[ \t]+de|chamam-n[ao][ \t]+de|nenn(?:t|en)[ \t]+(?:sie|ihn)(?:[ \t]+alle)?"
    r"|noem(?:t|en)[ \t]+(?:haar|hem|hen)|(?:зов(?:ут|ёт|ет)|называ(?:ют|ет))(?:[ \t]+(?:её|ее|его))?"
    # a person naming themself: "goes by", "lässt sich … nennen", "se fait appeler", "si fa chiamare"
    r"|goes[ \t]+by|(?:lässt|ließ)[ \t]+sich|laat[ \t]+zich|se[ \t]+fait[ \t]+appeler|si[ \t]+fa[ \t]+chiamare"
    r"|se[ \t]+hace[ \t]+llamar|gosta[ \t]+de[ \t]+ser[ \t]+chamad[ao](?:[ \t]+de)?|называ(?:ет|ла?)[ \t]+себя)"
)
# a kunya before the name ("noemt haar Oum Mounir"): the name is the word after it
_KUNYA = r"(?i:oum|umm|um|om|abu|abou|abo|bou)[ \t]+"
_AFTER_VERB = re.compile(rf"(?<![{LETTER}]){_CALL_THEN}[ \t]+['‘“«\"„]?(?:{_KUNYA})?(?!{_KUNYA}){_NICK}")
# The name, then "as her friends call her" ("Titti come la chiamano", "Лёля, как её зовут друзья")
_BEFORE_VERB = re.compile(
    rf"(?<![{LETTER}\[]){_NICK}[ \t]*,?[ \t]+(?i:come[ \t]+(?:la|lo)[ \t]+chiam|como[ \t]+(?:la|lo|le|lhe|a|o)[ \t]+(?:llam|dic|cham)"
    r"|comme[ \t]+(?:l['’][ \t]?appell|on[ \t]+l['’][ \t]?appell)|as[ \t]+(?:\w+[ \t]+){0,2}calls?[ \t]+(?:her|him)"
    r"|wie[ \t]+(?:sie|ihn)[ \t]+(?:\w+[ \t]+)?nenn|zoals[ \t]+(?:\w+[ \t]+){0,2}(?:haar|hem)[ \t]+noem"
    r"|как[ \t]+(?:её|ее|его)[ \t]+(?:\w+[ \t]+)?(?:зов|назыв))"
)
# The name, then a calling verb in the plural and who calls ("Mimi noemen ze haar", "Lilo nennen sie alle",
# "Abu Karim lo chiamano tutti", "Pili le dicen todos", "Sasha they call him") before the clause ends
_NAME_THEN_PLURAL = re.compile(
    rf"(?<![{LETTER}\[])(?:{_KUNYA})?{_NICK}[ \t]+(?i:(?:(?:lo|la|le|li|l['’])[ \t]*)?(?:chiamano|llaman|dicen|chamam|appellent)"
    r"|(?:noemen|nennen)(?:[ \t]+(?:ze|zij|sie|wir|we))?(?:[ \t]+(?:haar|hem|ihn|sie))?|(?:they|we|people)[ \t]+call[ \t]+(?:her|him))"
    r"(?:[ \t]+(?i:tutti|todos|todas|tous|alle|iedereen|everyone|all))?(?=[ \t]*(?:[,.;:!?)\n—–]|$))"
)
# Who calls the person so, a given name: "Bibi nennt ihn Luki", "Ana la llama Pili"
_CALLER = re.compile(
    rf"(?<![{LETTER}\[]){_NICK}[ \t]+"
    r"(?=(?:nennt|noemt|calls|l['’]appelle|la[ \t]+chiama|lo[ \t]+chiama|la[ \t]+llama|lo[ \t]+llama|зов[её]т)[ \t])"
)
_HANGUL = re.compile(
    r"(?:다들|모두|모두들|친구들|친구들이|친구들은|가족들|가족들은|가족들이|집에서|주변에서|사람들이|다)[ \t]+"
    r"([가-힣]{2,3}?)(?:이)?라고[ \t]*(?:부르|불러|불리|부름|불림)"
)
_HANGUL_NOT_NAMES = frozenset("이거 그거 저거 이걸 그걸 뭐 무엇 이름 별명 애칭 본명 우리 저희 언니 오빠 누나 형 엄마 아빠 사장".split())
_KATAKANA = re.compile(
    r"(?:みんな|皆さん|皆|友達|友人|周り|家族|仲間)(?:から|に|には|は|の間で)?"
    r"([\u30a1-\u30fa\u30fc]{2,6}?)(?:ちゃん|さん|くん)?(?:と|って)呼(?:ば|ん|ぶ|べ)"
)
_HAN = re.compile(r"(?:叫|喊)(?:她|他)(?:做|为)?([\u4e00-\u9fff]{2})(?=[，。、；：,.;:!！?？ \t]|$)")
# "叫什么来着，x，", "叫，嗯，x，": the speaker searches for the name after "called", then says it (Han, or
# kana for a Japanese name)
_HAN_SEARCH = re.compile(
    r"(?:她|他|女儿|女兒|儿子|兒子|老婆|太太|妻子|老公|丈夫|先生|男朋友|女朋友|孩子|孙子|孫子|孙女|孫女|朋友)"
    r"[\u4e00-\u9fff，,]{0,6}?"
    r"叫(?:什么来着|什麼來著|什么|什麼|啥来着|啥)?[，,、][ \t]*(?:叫?(?:嗯|呃|额|那个|那個|哦)[，,、…]*[ \t]*){0,2}"
    r"(?!那|嗯|呃|额|哦|我|你|他|她|这|這|叫)([\u4e00-\u9fff]{2,3}|[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,6})(?=[，。、；,.;!！?？ \t]|$)"
)
_HAN_NOT_NAMES = frozenset("妈妈 爸爸 姐姐 妹妹 哥哥 弟弟 阿姨 叔叔 老师 宝贝 亲爱 老板 老公 老婆 太太 小姐 大姐 奶奶 爷爷 名字".split())


def _latin_ok(word: str) -> bool:
    """A capitalised word that may be a pet name: no ordinary word (unless a given name too), place,
    month, brand or endearment."""
    return (
        classify(word) != COMMON
        and not is_place_month_or_brand(word)
        and word.casefold() not in _ENDEARMENTS
        and (not is_vocabulary(word) or is_given_name(word))
    )


def _calls_a_name(text: str, start: int) -> bool:
    m = _AFTER_VERB.match(text, start)
    return m is not None and _latin_ok(m.group(1))


def called_names(text: str) -> list[PiiSpan]:
    """Names given by a verb of calling (see the module's docstring)."""
    if not any(stem in text for stem in _STEMS):
        return []
    spans = [
        PiiSpan(m.start(1), m.end(1), "NAME")
        for pattern in (_AFTER_VERB, _BEFORE_VERB)
        for m in pattern.finditer(text)
        if _latin_ok(m.group(1))
    ]
    spans += [PiiSpan(m.start(), m.end(1), "NAME") for m in _NAME_THEN_PLURAL.finditer(text) if _latin_ok(m.group(1))]
    spans += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _CALLER.finditer(text)
        if _latin_ok(m.group(1)) and not is_vocabulary(m.group(1)) and _calls_a_name(text, m.end())
    ]
    spans += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _HANGUL.finditer(text)
        if m.group(1) not in _HANGUL_NOT_NAMES and not m.group(1).endswith(("님", "씨")) and m.group(1) not in KO_ROLE_WORDS
    ]  # "다들 권사님이라고 부름": a title
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _KATAKANA.finditer(text)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _HAN.finditer(text) if m.group(1) not in _HAN_NOT_NAMES]
    spans += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _HAN_SEARCH.finditer(text)
        if m.group(1) not in _HAN_NOT_NAMES and m.group(1) not in ZH_COMMON_WORDS and classify(m.group(1)) != COMMON
    ]
    return spans
