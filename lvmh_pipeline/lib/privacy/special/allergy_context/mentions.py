"""Mentions of a non-food allergen that are no health fact of the client (read by
:func:`special.allergies.allergy_spans`, which redacts the allergen's words of the others):

- :func:`object_mention`: a bare word of an allergy's concept (no allergy cue in it nor within two
  words of it in its clause) beside the allergy the note states with other words, that the advisor
  keeps away or the client is fine with ("pollen allergy, no lilies in the box", "wool allergy,
  cashmere is fine", "حساسية من الصوف، الكشمير تمام"). The allergy's own words go; so does a word
  that names the stated allergen again ("allergic to nickel … the nickel clasp") and an allergen of
  a list ("allergic to penicillin and aspirin", "猫の毛とか、動物の毛がアレルギー");
- :func:`past_allergy`: an allergy its sentence says is over ("used to react to latex, not
  anymore", "antes reaccionaba al látex, ya no", "früher Nickelallergie, heute nicht mehr",
  "以前は金属アレルギーだったが今は平気");
- :func:`cannot_take`: a drug the client cannot take told with a negated verb after it
  ("ペニシリンが飲めない", "페니실린 못 드셔", "青霉素不能用"): the negation is the allergy, not its denial;
- :func:`unscented`: a request for products without scent told by one word ("unscented",
  "fragrance-free" is a "-free" request already, "무향", "無香料"): a preference, no allergy.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import is_dense_char, normalize

__all__ = ["cannot_take", "cue_near", "object_mention", "past_allergy", "unscented"]

_CLAUSE_END = re.compile(r"[.;:!?\n。！？；，、،؛,–—→]")
_SENTENCE_END = re.compile(r"[.;!?\n。！？；]")
_SPACED = re.compile(r"[^\w]*\w+")
_CUE_WORDS = 2
_CUE_DENSE = 6


def cue_near(text: str, start: int, end: int, cue_words) -> bool:
    """Does an allergy cue stand in ``text[start:end]`` or within two words of it (a few
    characters where the script writes no spaces), in its clause?"""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    cut = list(_CLAUSE_END.finditer(before))
    before = before[cut[-1].end():] if cut else before
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    if any(is_dense_char(c) for c in text[start:end]):
        before, after = before[-_CUE_DENSE:], after[:_CUE_DENSE]
    else:
        before = "".join(_SPACED.findall(before)[-_CUE_WORDS:])
        after = "".join(_SPACED.findall(after)[:_CUE_WORDS])
    return bool(cue_words.matches(normalize(f"{before} {text[start:end]} {after}").folded))


# What the advisor does with an object or says of a material beside an allergy: keeps it away ("no
# lilies", "pas de lys", "不要放百合", "ユリは置かない") or finds it fine ("cashmere fine", "الكشمير تمام").
# A list of allergens ("allergic to penicillin and aspirin") has neither: each is the allergy's.
_AWAY_OR_FINE = re.compile(
    r"(?i)(?<!\w)(?:no|not|without|avoid\w*|keep|skip|away|fine|ok|okay|pas|sans|évit\w*|evit\w*|ni|sin|nada|niente|senza|"
    r"sem|keine?n?|ohne|vermeid\w*|geen|zonder|без|никаких|не|убра\w*|bien|bene|tudo bem|kein problem|prima|нормально|"
    r"можно|бе?з проблем|بدون|بلا|ولا|بلاش|تمام|عادي|ماشي)(?!\w)"
    r"|不要|别放|別放|不放|避免|去掉|没问题|沒問題|可以|빼고|없이|말고|피하|두지 말|괜찮|入れない|置かない|避け|抜き|大丈夫|問題な|は可|OK")
_REACH = 24  # characters either side of the object read for what is done with it
_REACH_DENSE = 10


def object_mention(text: str, start: int, end: int, cue_words, stated: set[str], product: bool = False) -> bool:
    """Is the allergen word at ``text[start:end]`` an object kept away or a material found fine
    beside an allergy of its concept stated elsewhere (``stated``: the folded allergens of the
    concept's cued mentions), and none of those allergens itself? ``product``: the word is the material
    of a product named beside it ("cashmere coat", "معطف كشمير"), an object whatever is said of it."""
    if not stated or cue_near(text, start, end, cue_words):
        return False
    reach = _REACH_DENSE if any(is_dense_char(c) for c in text[start:end]) else _REACH
    before = text[max(0, start - reach) : start]
    after = text[end : end + reach]
    cut = list(_CLAUSE_END.finditer(before))
    before = before[cut[-1].end():] if cut else before
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    if not (product or _AWAY_OR_FINE.search(before) or _AWAY_OR_FINE.search(after)):
        return False
    word = " ".join(normalize(text[start:end]).folded.split())
    return not any(a and (a in word or word in a) for a in stated)


# An allergy told as over: "no longer"/"not anymore" closing its clause ("used to react to latex, not
# anymore", "antes reaccionaba al látex, ya no"), the state denied ("no longer allergic", "n'est plus
# allergique", "nicht mehr allergisch"), a cure ("治った", "已经好了"), or a time before with a "no more"
# in one sentence ("früher Nickelallergie, heute keine mehr"). "No longer tolerates nickel" is a new
# allergy, not an old one: the "no more" of a tolerance verb closes no clause and denies no state.
_NO_MORE = (r"not any ?more|no longer|no more|ya no|non più|nicht mehr|keine mehr|niet meer|não mais|nao mais|já não|"
            r"plus maintenant|plus du tout|больше нет|уже нет|уже не|ما عاد|مو بعد")
_TERMINAL = re.compile(rf"(?i)(?:^|[,;:–—(]\s*)(?:(?:but|mais|pero|ma|mas|aber|maar|но|now|heute|jetzt|ahora|adesso|agora|"
                       rf"сейчас|nu|today|aujourd'hui)\s+)*(?:{_NO_MORE})(?:\s+(?:really|at all|du tout|para nada|affatto|überhaupt))?\s*(?:[.;:!?,)\n]|$)")
_STATE = re.compile(
    r"(?i)(?:no longer|not any ?more|n'est plus|ne l'est plus|plus|ya no es|ya no está|non è più|não é mais|"
    r"já não é|nicht mehr|niet meer|больше не|уже не)\s+(?:\w+\s+)?(?:allerg|alérg|alerg|аллерг|sensib|empfindlich|gevoelig)"
    r"|(?:nicht mehr|niet meer)\s+(?:\w+\s+)?allergisch|allergisch\s+(?:\w+\s+)?(?:nicht mehr|niet meer)"
    r"|治った|治りました|今は(?:平気|大丈夫|問題な)|이제(?:는)? 괜찮|지금은 괜찮|나았|已经好了|已經好了|现在没事|現在沒事|现在不过敏|現在不過敏")
_BEFORE = re.compile(r"(?i)(?<!\w)(?:used to|outgrew|grew out of|antes|prima|früher|vroeger|раньше|avant|before|"
                     r"autrefois|dantes|kiedyś)(?!\w)|以前|昔は|예전에|كان(?:ت)? عند")
_NO_MORE_RE = re.compile(rf"(?i)(?<!\w)(?:{_NO_MORE})(?!\w)")


def past_allergy(text: str, start: int, end: int) -> bool:
    """Does the sentence of ``text[start:end]`` say the allergy is over?"""
    cut = list(_SENTENCE_END.finditer(text, 0, start))
    lo = cut[-1].end() if cut else 0
    stop = _SENTENCE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    sentence = text[lo:hi]
    if _TERMINAL.search(sentence) or _STATE.search(sentence):
        return True
    return _BEFORE.search(sentence) is not None and _NO_MORE_RE.search(sentence) is not None


_UNSCENTED = re.compile(r"(?i)^(?:un-?scented|unperfumed|non-?scented|scent-?less|무향|무향료|無香料|無香|无香|無香精|无香精)$")


def unscented(evidence: str) -> bool:
    """Is ``evidence`` one word that asks for no scent ("unscented", "무향", "無香料")?"""
    return _UNSCENTED.match(evidence.strip()) is not None


# A drug that cannot be taken, the negated verb after it: the allergy itself ("ペニシリンが飲めない").
_CANNOT = re.compile(r"[ \t]*(?:が|は|を|도|은|는|이|가)?[ \t]*(?:飲めな|使えな|合わな|ダメ|だめ|못[ \t]*(?:드|먹|쓰)|안[ \t]*맞|"
                     r"不能用|不能吃|用不了|吃不了|不能打)")


def cannot_take(text: str, end: int) -> bool:
    """Does a negated verb of taking follow the allergen ending at ``end``?"""
    return _CANNOT.match(text, end) is not None
