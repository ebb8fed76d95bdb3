"""Korean names told by a short mark rather than an honorific:

- a known given name with the 이 a name ending in a consonant takes, or with a particle ("준혁이
  돌 선물", "지우가 입학", "서아는 졸업"); not a given name that is an ordinary word too;
- a known given name glued to a kin word ("딸민서,") or right before a phone number ("민지 010-…");
- a lone surname after a given name, Western order ("Kevin 최 (010-…)", "민지 정,");
- a lone surname opening a sentence before punctuation ("윤. 오늘 방문", "곽, 50대");
- the surname a note spells out ("성이 '방'이라", "성은 '하'") and the full name written glued
  after it ("(방예준)"); a quoted name someone is called by ("'훈'이라고 부르심");
- the family-name field of a record, unquoted ("성: 곽, 이름: 하린", "성은 남."): the surname is
  the name, the label "성" (itself a surname) is not (:func:`ko_without_surname_labels`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import KO_NOT_LONE_SURNAMES, KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _ko_given_shaped, _ko_given_syllables, ko_full_name
from lvmh_pipeline.lib.privacy.names.scripts.korean.punctuated import ko_not_surname_word, ko_punctuated_surnames
from lvmh_pipeline.lib.privacy.names.scripts.korean.demonstrative import ko_adverb_before_person, ko_demonstrative_i

_TOKEN = re.compile(r"(?<![가-힣])([가-힣]{2})([가-힣]{0,2})(?![가-힣])")
# Given names of the lexicon that are ordinary words too, read as words before a particle
# ("경호가 필요", "연주를 듣고", "철수를 결정", "재원이 부족", "지혜가 필요").
_WORD_LIKE = frozenset("경호 연주 철수 재원 지혜 예지 연서 재석 상현 수호 지성 정숙 한결 초롱 한솔 다솜 새롬 한별 가람 두리 성호 영자 순자 옥자 주원 현수 수경 은비 보민".split())
# Particles after a given name ending in a vowel, and in a consonant (with the name's 이 or not).
_VOWEL_PARTICLES = frozenset("가 는 도 랑 의 를 와 한테 에게".split())
_CONSONANT_PARTICLES = frozenset("이 이가 이는 이도 이랑 이의 이를 이와 이한테 이에게 은 을 과 이네 이고".split())
# One syllable that is a surname and a word too, before punctuation at a sentence start ("네.", "예,").
_NOT_LONE = frozenset("이안한그저더또잘못좀다막딱참꼭왜자네예어음아응흠즉단첫총약옥은기") | KO_NOT_LONE_SURNAMES
_SURNAME_CLASS = "".join(sorted(KO_SURNAMES))
# Syllables said while looking for a word, surnames too ("성함이 어, …", "성함은 음, …")
_HESITATIONS = frozenset("어음아응흠그저네예")
_AFTER_GIVEN = re.compile(
    rf"(?:(?<![A-Za-z])([A-Z][a-z]{{2,}})|(?<![가-힣])([가-힣]{{2}}))[ \t]([{_SURNAME_CLASS}])(?=[ \t]*(?:[(),./·;:]|$))",
    re.MULTILINE,
)
_OPENING_SURNAME = re.compile(rf"(?:^|[.!?\n])[ \t]*([{_SURNAME_CLASS}])(?=[ \t]*[,.:;(/—–-](?![0-9]))")
# What a person is called, quoted: "남편을 '훈'이라고 부르심", "'쭈니'라고 불러 달라고".
_CALLED = re.compile(r"['‘\"“]([가-힣]{1,3})['’\"”][ \t]*(?:이라고|라고|이라|라)[ \t]*(?:부르|불러|불리|부름|하심|한대)")
_SPELLED_SURNAME = re.compile(rf"성(?:이|은|씨가|씨는)?[ \t]*['‘\"“「]([{_SURNAME_CLASS}])['’\"”」]")


# "성: 곽", "성은 남.", "성 탁 /", "성이 편이고", "성함은 류,": the label, then one surname syllable ending the field
# (a particle, a colon or a space between: "성민," glued is a given name).
_SURNAME_FIELD = re.compile(
    rf"(?<![가-힣])(?:성함|성)(?:씨)?(?:(?:은|는|이)[ \t]*[:：]?|[ \t]*[:：]|[ \t]+)[ \t]*([{_SURNAME_CLASS}]|\[NAME\])"
    r"(?=(?:이고|이며|이에요|이요|입니다|이다|씨)?(?:[ \t]*[,.;/()\n·|]|$)|(?:이라|이래)(?:서|고|요)?(?![가-힣]))"
)


def ko_without_surname_labels(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the label of a family-name field ("성: 곽" is no name "성"), plus the
    surname of the field."""
    fields = [
        (m.start(), m.start(1), m.end(1)) for m in _SURNAME_FIELD.finditer(text)
        if not (text.startswith("성함", m.start()) and m.group(1) in _HESITATIONS)  # "성함이 어, 기억이 안 나서"
    ]
    if not fields:
        return spans
    kept = [s for s in spans if not any(s.start == label and s.end <= end for label, _, end in fields)]
    return kept + [PiiSpan(start, end, "NAME") for _, start, end in fields if text[start] != "["]


def _batchim(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def _suffixed_given(text: str) -> list[PiiSpan]:
    known = _ko_given_syllables()[0]
    spans = []
    for m in _TOKEN.finditer(text):
        given, rest = m.group(1), m.group(2)
        if not rest or given not in known or given in _WORD_LIKE or not _ko_given_shaped(given):
            continue
        if rest in (_CONSONANT_PARTICLES if _batchim(given[1]) else _VOWEL_PARTICLES):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# A known given name right before a phone number: the person to call ("연락처: 민지 010-…", "수빈 010 …")
_BEFORE_PHONE = re.compile(r"(?<![가-힣])([가-힣]{2})[ \t]*(?:님|씨)?[ \t]*[:：(（]?[ \t]*(?=\+?[0-9][0-9 ()-]{8,}|\[PHONE\])")
# A known given name glued to the kin word before it ("딸민서,", "손자준혁 돌", "따님서아 생일", "남편분도윤")
_KIN_GLUED = re.compile(
    r"(?:따님|아드님|남편분|아내분|며느리|사위|손주|딸|아들|손녀|손자|조카|남편|아내|와이프|막내|여동생|남동생|동생)"
    r"([가-힣]{2})(?![가-힣])"
)


def ko_lone_names(text: str) -> list[PiiSpan]:
    """Korean given names with a particle, lone surnames after a given name, opening a sentence
    or spelled out (see the module docstring)."""
    spans = _suffixed_given(text) + ko_punctuated_surnames(text)  # "통화, 윤.", "(곽)", "… 드림. 피."
    known = _ko_given_syllables()[0]
    spans += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _BEFORE_PHONE.finditer(text)
        if m.group(1) in known and m.group(1) not in _WORD_LIKE and _ko_given_shaped(m.group(1))
    ]
    spans += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _KIN_GLUED.finditer(text)
        if m.group(1) in known and m.group(1) not in _WORD_LIKE and _ko_given_shaped(m.group(1))
    ]
    for m in _AFTER_GIVEN.finditer(text):
        given, surname = m.group(1) or m.group(2), m.group(3)
        if surname in _NOT_LONE:
            continue
        if m.group(1) and is_given_name(given) or m.group(2) and _ko_given_shaped(given) and given not in _WORD_LIKE:
            spans.append(PiiSpan(m.start(1) if m.group(1) else m.start(2), m.end(3), "NAME"))
    for m in _OPENING_SURNAME.finditer(text):
        if m.group(1) not in _NOT_LONE:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if "라고" in text or "이라" in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _CALLED.finditer(text)]
    if "성" in text:
        for m in _SPELLED_SURNAME.finditer(text):
            surname = m.group(1)
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            for glued in re.finditer(rf"(?<![가-힣]){surname}([가-힣]{{2}})(?![가-힣])", text):
                if _ko_given_shaped(glued.group(1)):
                    spans.append(PiiSpan(glued.start(), glued.end(), "NAME"))  # "(방예준)"
    return spans



# A transcribed note says "음" alone somewhere; "어" alone before an honorific there is a hesitation
# ("직접 못 오시고, 어 사모님 칠순이", "어 고객님 성함은 안 남기셨고요"), not the rare surname 어.
_KO_TRANSCRIBED = re.compile(r"(?<![가-힣])음(?![가-힣])")
_KO_HESITATION_BEFORE_TITLE = re.compile(r"(?<![가-힣])어[ \t]+(?=[가-힣]*님)")
# "성씨는 안 여쭤봄": the noun "family name" before a particle, not Mr 성 (written "성 씨").
_KO_FAMILY_NAME_NOUN = re.compile(r"성씨(?:는|가|를|도|의|에|[,.]|$)")
_LATIN_LOWER = re.compile(r"[a-z]")
# "조선족 출신", "부산 출신이시고": the word before "출신" (origin) is a place or a people, no name
_ORIGIN_AFTER = re.compile(r"[ \t]*출신")


def ko_without_words(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without Hangul that only looks like a name: a lone 어 before an honorific in a
    transcribed note, the noun 성씨, Hangul glued after a lower-case Latin word ("vegan이고 고객님": the
    copula; "vip김민지" is a full name), a place or a people before "출신" (origin: "조선족 출신"), an
    agent noun or a surname syllable with a case particle (:func:`.punctuated.ko_not_surname_word`)."""
    if not spans:
        return spans
    hesitant = "어" in text and "음" in text and _KO_TRANSCRIBED.search(text) is not None
    return [
        s for s in spans
        if not (
            hesitant and s.end - s.start == 1 and text[s.start] == "어" and _KO_HESITATION_BEFORE_TITLE.match(text, s.start)
            or text[s.start] == "성" and s.end - s.start == 1 and _KO_FAMILY_NAME_NOUN.match(text, s.start)
            or s.start > 0 and "가" <= text[s.start] <= "힣" and _LATIN_LOWER.match(text, s.start - 1)
            and not ko_full_name(text[s.start : s.end])
            or "가" <= text[s.end - 1 : s.end] <= "힣" and _ORIGIN_AFTER.match(text, s.end)
            or ko_not_surname_word(text, s)  # "문의자:", "구매자는 회장님", "전에 교수님"
            or ko_demonstrative_i(text, s.start, s.end)  # "… 이 고객님은 채식주의자라": this client
            or ko_adverb_before_person(text, s.start, s.end)  # "이미 고객님 결제 완료": already
        )
    ]
