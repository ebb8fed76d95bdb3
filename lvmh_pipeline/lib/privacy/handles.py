"""Messaging and social-media handles: "@sophie.m.style", "WeChat: lily_chen88",
"LINE IDはsakura_0505", "微信号：wang_li1988", "카톡 아이디 minji0707", "Телеграм: @ivanova_anna",
"위챗 lee_88 로", "ويتشات: lee_88", "【微信】lily_88".

A handle reaches the person as surely as a phone number, so it is a contact identifier
(``[HANDLE]``). Two forms are found:

- an **@-handle**: "@" after a space, punctuation or the start (never inside a word or an
  e-mail, which is found before this detector), then 2–30 ASCII letters, digits, "_" or ".";
- an **id after the name of a messaging app or network** (WeChat, LINE, KakaoTalk, Telegram,
  Instagram, Skype …, in the scripts advisors write them), optionally announced by "ID", "号",
  "아이디", "は", a colon or a copula ("微信是 …", "카톡은 …"): an id-like ASCII token.
  Without an announcement the token must start with a letter and hold a digit, "_", "." or
  "-" ("WeChat lily_88" is an id; "WeChat over e-mail", "Instagram 2024", "Instagram 10k" are
  not).

Phone numbers given for WhatsApp or Signal are phones, found before this detector.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import caseless
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.spoken.ids import find_said_ids

__all__ = ["find_handles"]

_AT_HANDLE = re.compile(r"(?<![\w@.\-+])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])")
# "LINE" and "IG" only in capitals: "line" and "ig" are words.
_APPS = (
    r"(?i:we\s?chat|weixin|kakao\s?talk|kakao|telegram|instagram|insta|skype|viber|snapchat|"
    r"tiktok|tik\s?tok|twitter|facebook|linkedin|discord|whatsapp|qq|xiaohongshu|rednote|"
    r"телеграмм?|телеграме|телеге|телега|инстаграме?|инсте|инста|вайбере?|вотсапе?|ватсапе?|скайпе?|"
    r"вичате?|вацапе?|фейсбуке?|тиктоке?)"
    r"|LINE|Line|IG|FB|"
    r"微信号?|微博|小红书|抖音|钉钉|企业微信|脸书|臉書|推特|领英|領英|ライン|インスタグラム|インスタ|カカオトーク|"
    r"ウィーチャット|テレグラム|フェイスブック|ワッツアップ|"
    r"카카오톡|카톡|카카오|인스타그램|인스타|텔레그램|라인|위챗|왓츠앱|페이스북|틱톡|"
    r"واتساب|واتس|انستغرام|انستقرام|إنستغرام|انستا|سناب\s?شات|سناب|تلغرام|تيليجرام|تليجرام|ويتشات|وي\s?تشات|فيسبوك"
)
# Words every name of _APPS holds (a one-pass gate before the regex): in any case ...
_APP_WORDS = Gate(
    "chat weixin kakao telegram insta skype viber tik twitter facebook linkedin discord whatsapp qq xiaohongshu "
    "rednote телег инст вайбер вотсап ватсап скайп вичат вацап фейсбук тикток".split()
)
# ... and as written
_APP_MARKS = Gate(
    "LINE Line IG FB 微信 微博 小红书 抖音 钉钉 脸书 臉書 推特 领英 領英 ライン インスタ カカオトーク ウィーチャット テレグラム "
    "フェイスブック ワッツアップ 카톡 카카오 인스타 텔레그램 라인 위챗 왓츠앱 페이스북 틱톡 واتس انستغرام "
    "انستقرام إنستغرام انستا سناب تلغرام تيليجرام تليجرام ويتشات تشات فيسبوك".split()
)
_ANNOUNCE = r"(?i:id|ID号|号|아이디|账号|帳號|アカウント|handle|username|user\s?name|pseudo|nick|логин|ник|اسم المستخدم|يوزر)"
# A contact verb between the app and a colon ("LINE聯絡：…", "微信联系：…", "카톡 연락: …").
_CONTACT_VERB = r"(?:联络|聯絡|联系|聯繫|連絡|联系方式|聯繫方式|加好友|好友|연락처|연락|で連絡|でご連絡)"
_APP_HANDLE = re.compile(
    rf"(?<![A-Za-zА-Яа-яЁё])(?:{_APPS})(?!(?<=[A-Za-zА-Яа-яЁё])[A-Za-zА-Яа-яЁё])"  # "微信lixiaoyu" is glued
    rf"(?P<sep>[】\]」』]?\s*[(（]?\s*(?:の|的)?(?:{_CONTACT_VERB}(?=\s*[:：]))?(?:{_ANNOUNCE})?\s*[:：=]?\s*(?:は|:|：)?\s*(?:(?:是|为|為|는|은|이|就是)\s*[:：]?\s*)?)"
    r"(?P<cop>(?<=\s)(?i:is|ist|est|c'est|es|è|é|это|هو|هي)\s+(?:[:：]\s*)?)?"
    r"(?P<id>(?<![A-Za-z0-9_.\-])@?[A-Za-z0-9][A-Za-z0-9_.\-]{2,39}(?<![.\-]))(?![A-Za-z0-9_@])"
)
# An id announced a few words after the app ("LINEでご連絡、ID：ab_12", "via Telegram, user ID on the
# receipt: ab_12"): the announcement, up to three short words and a colon, in the same sentence.
_LATER_ID = re.compile(
    r"(?<![A-Za-z])(?:ID|Id|아이디|账号|帳號)(?:\s?[^\W\d_]{1,10}){0,3}\s?[:：]\s*"
    r"(?P<id>@?[A-Za-z][A-Za-z0-9_.\-]{2,39}(?<![.\-]))(?![A-Za-z0-9_@])"
)
_LATER_ID_CHARS = 40  # between the end of the app's name and the announcement
_SENTENCE_END = re.compile(r"[.!?。！？\n](?:\s|$)|[。！？\n]")
_APPS_ONLY = re.compile(rf"(?<![A-Za-zА-Яа-яЁё])(?:{_APPS})(?![a-zа-яё])")
_ID_MARK = re.compile(r"[0-9_.\-]")
_PHONE_WORDS = frozenset(
    "tel tél tel. tél. telf tlf phone mobile cell num number nummer numero número numéro telefone telefono "
    "teléfono telefon telefoon handy mobiel celular".split()
)
_LETTER = re.compile(r"[A-Za-z]")


def find_handles(text: str) -> list[PiiSpan]:
    """@-handles and ids after a messaging app's name (see the module docstring)."""
    spans = [PiiSpan(m.start(), m.end(), "HANDLE") for m in _AT_HANDLE.finditer(text)] if "@" in text else []
    apps = _APP_WORDS(caseless(text)) or _APP_MARKS(text)
    for m in _APP_HANDLE.finditer(text) if apps else ():
        token, sep = m.group("id"), m.group("sep")
        if token.casefold() in _PHONE_WORDS:
            continue  # "WhatsApp: tel. +351 …": the word before a phone number, found before this detector
        # "WeChat is lily_88": a copula of the spaced languages announces nothing ("WeChat is great")
        announced = bool(sep.strip(" \t([（"))
        # unannounced: an id mark and two letters ("lily_88"; not "2024", "10k", "0.5mm")
        if announced or token.startswith("@") or (_ID_MARK.search(token) and len(_LETTER.findall(token)) >= 2
                                                   and not token[0].isdigit()):
            start = m.start("id")
            if not any(s.start <= start < s.end for s in spans):
                spans.append(PiiSpan(start, m.end("id"), "HANDLE"))
    if "ID" in text or "Id" in text or "아이디" in text or "账号" in text or "帳號" in text:
        _later_ids(text, spans)
    for app in _APPS_ONLY.finditer(text) if apps else ():  # said aloud: "Insta c'est arobase chloe point paris"
        spans += [s for s in find_said_ids(text, app.end()) if not any(t.start < s.end and s.start < t.end for t in spans)]
    return sorted(spans)


def _later_ids(text: str, spans: list[PiiSpan]) -> None:
    """Ids announced a few words after an app's name (an id mark in the id: "ab_12", "lily88")."""
    apps = None
    for m in _LATER_ID.finditer(text):
        start = m.start("id")
        token = m.group("id")
        if any(s.start <= start < s.end for s in spans) or not _ID_MARK.search(token):
            continue
        if apps is None:
            apps = [a.end() for a in _APPS_ONLY.finditer(text)]
        lo = m.start()
        if any(lo - _LATER_ID_CHARS <= end <= lo and not _SENTENCE_END.search(text, end, lo) for end in apps):
            spans.append(PiiSpan(start, m.end("id"), "HANDLE"))
