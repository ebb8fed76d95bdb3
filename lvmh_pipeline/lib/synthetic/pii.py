"""Personal data planted in a few notes so that the pipeline's scrubbing can be tested.

Phone numbers, IBANs (valid mod-97 check digits), card numbers (valid Luhn digit), emails and
street addresses follow each region's real formats; every value is random.
"""

from __future__ import annotations

import unicodedata

import numpy as np


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, size=n))


_PHONE_PATTERNS: dict[str, tuple[str, ...]] = {
    "FR": ("+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 7 ## ## ## ##"),
    "CH": ("+41 79 ### ## ##", "078 ### ## ##"),
    "UK": ("+44 7700 ######", "07### ######"),
    "US": ("+1 (212) 555-####", "+1 646 ### ####"),
    "DE": ("+49 151 ########", "0171 #######"),
    "IT": ("+39 347 ### ####", "333 ### ####"),
    "ES": ("+34 6## ## ## ##", "6## ### ###"),
    "PT": ("+351 912 ### ###", "93# ### ###"),
    "NL": ("+31 6 ########", "06-########"),
    "RU": ("+7 916 ###-##-##", "8 (903) ###-##-##"),
    "JP": ("090-####-####", "+81 80-####-####"),
    "KR": ("010-####-####", "+82 10-####-####"),
    "CN": ("+86 138 #### ####", "139 #### ####"),
    "HK": ("+852 9### ####",),
    "AE": ("+971 50 ### ####", "055 ### ####"),
}

# Country code and BBAN layout ("n" digit, "a" upper-case letter) of the IBAN per region.
_IBAN_LAYOUT: dict[str, tuple[str, str]] = {
    "FR": ("FR", "nnnnnnnnnnnnnnnnnnnnnnn"), "CH": ("CH", "nnnnnnnnnnnnnnnnn"),
    "UK": ("GB", "aaaannnnnnnnnnnnnn"), "DE": ("DE", "nnnnnnnnnnnnnnnnnn"),
    "IT": ("IT", "annnnnnnnnnnnnnnnnnnnnn"), "ES": ("ES", "nnnnnnnnnnnnnnnnnnnn"),
    "PT": ("PT", "nnnnnnnnnnnnnnnnnnnnn"), "NL": ("NL", "aaaannnnnnnnnn"),
    "AE": ("AE", "nnnnnnnnnnnnnnnnnnn"),
}

_EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "FR": ("gmail.com", "orange.fr", "free.fr", "outlook.fr"), "CH": ("bluewin.ch", "gmail.com"),
    "UK": ("gmail.com", "outlook.com", "btinternet.com"), "US": ("gmail.com", "icloud.com", "yahoo.com"),
    "DE": ("gmx.de", "web.de", "gmail.com"), "IT": ("libero.it", "gmail.com", "tiscali.it"),
    "ES": ("gmail.com", "hotmail.es", "telefonica.net"), "PT": ("sapo.pt", "gmail.com"),
    "NL": ("ziggo.nl", "gmail.com"), "RU": ("mail.ru", "yandex.ru"), "JP": ("docomo.ne.jp", "gmail.com"),
    "KR": ("naver.com", "daum.net"), "CN": ("qq.com", "163.com"), "HK": ("gmail.com", "netvigator.com"),
    "AE": ("gmail.com", "emirates.net.ae"),
}

# (street formats, cities with postcodes) per region; "{n}" house number.
_ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "FR": (("{n} rue du Faubourg Saint-Honoré", "{n} avenue Montaigne", "{n} boulevard Haussmann", "{n} rue de la Pompe"),
           ("75008 Paris", "75116 Paris", "69006 Lyon", "06400 Cannes")),
    "CH": (("Bahnhofstrasse {n}", "Rue du Rhône {n}", "Quai du Mont-Blanc {n}"),
           ("8001 Zürich", "1204 Genève", "1003 Lausanne")),
    "UK": (("{n} Sloane Street", "{n} Chester Square", "Flat {n}, 4 Eaton Place"),
           ("London SW1X 9LA", "London W1K 4QH", "Edinburgh EH3 6SS")),
    "US": (("{n} Park Avenue, Apt 12B", "{n} North Rodeo Drive", "{n} Brickell Key Drive"),
           ("New York, NY 10021", "Beverly Hills, CA 90210", "Miami, FL 33131")),
    "DE": (("Maximilianstraße {n}", "Königsallee {n}", "Elbchaussee {n}"),
           ("80539 München", "40212 Düsseldorf", "22763 Hamburg")),
    "IT": (("Via Montenapoleone {n}", "Via dei Condotti {n}", "Corso Venezia {n}"),
           ("20121 Milano", "00187 Roma", "50123 Firenze")),
    "ES": (("Calle de Serrano {n}", "Paseo de Gracia {n}", "Calle Velázquez {n}, 3º B"),
           ("28001 Madrid", "08007 Barcelona", "29602 Marbella")),
    "PT": (("Avenida da Liberdade {n}", "Rua Garrett {n}, 2º Esq."), ("1250-096 Lisboa", "4000-069 Porto")),
    "NL": (("P.C. Hooftstraat {n}", "Lange Voorhout {n}"), ("1071 BX Amsterdam", "2514 EE Den Haag")),
    "RU": (("ул. Петровка, д. {n}, кв. 14", "Кутузовский пр-т, д. {n}"),
           ("Москва 107031", "Санкт-Петербург 191186")),
    "JP": (("港区南青山5-{n}-3", "渋谷区神宮前4-{n}-12"), ("東京都", "東京都")),
    "KR": (("강남구 압구정로 {n}", "용산구 한남대로 {n}"), ("서울특별시", "서울특별시")),
    "CN": (("静安区南京西路{n}号", "朝阳区建国路{n}号"), ("上海市", "北京市")),
    "HK": (("Flat 12A, {n} Conduit Road, Mid-Levels",), ("Hong Kong",)),
    "AE": (("فيلا {n}، نخلة جميرا", "Villa {n}, Emirates Hills"), ("دبي", "Dubai")),
}
_CJK_FIRST = frozenset({"JP", "KR", "CN"})  # city before street


def phone(rng: np.random.Generator, region: str) -> str:
    """A random phone number in the region's usual written form."""
    pattern = str(rng.choice(_PHONE_PATTERNS.get(region, _PHONE_PATTERNS["FR"])))
    return "".join(str(int(rng.integers(0, 10))) if ch == "#" else ch for ch in pattern)


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits: 98 - (BBAN + country + '00' as digits) mod 97."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: np.random.Generator, region: str) -> str:
    """A random IBAN with valid check digits, printed in groups of four."""
    country, layout = _IBAN_LAYOUT.get(region, _IBAN_LAYOUT["CH"])
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    bban = "".join(letters[int(rng.integers(26))] if c == "a" else str(int(rng.integers(10))) for c in layout)
    raw = country + iban_check_digits(country, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_digit(payload: str) -> str:
    """The Luhn check digit that makes ``payload + digit`` valid."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def card_number(rng: np.random.Generator) -> str:
    """A random Visa / Mastercard / Amex number with a valid Luhn digit, grouped as printed."""
    kind = int(rng.integers(3))
    if kind == 2:
        body = "3" + str(rng.choice(["4", "7"])) + _digits(rng, 12)
        num = body + luhn_digit(body)
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    body = ("4" + _digits(rng, 14)) if kind == 0 else ("5" + str(int(rng.integers(1, 6))) + _digits(rng, 13))
    num = body + luhn_digit(body)
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters of a latin name ("Müller-Lüdenscheidt" -> "mullerludenscheidt")."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm.lower() if ch.isascii() and ch.isalpha())


def email(rng: np.random.Generator, region: str, surname_latin: str) -> str:
    """A personal email built from an initial and the client's latin surname."""
    initial = "abcdefghijklmnoprstvw"[int(rng.integers(21))]
    sep = str(rng.choice([".", "", "_"]))
    suffix = str(int(rng.integers(10, 99))) if rng.random() < 0.3 else ""
    domain = str(rng.choice(_EMAIL_DOMAINS.get(region, _EMAIL_DOMAINS["FR"])))
    return f"{initial}{sep}{ascii_slug(surname_latin) or 'client'}{suffix}@{domain}"


def handle(rng: np.random.Generator, surname_latin: str) -> str:
    """A messaging / social-media id built from an initial and the latin surname ("k.weber88")."""
    initial = "abcdefghijklmnoprstvw"[int(rng.integers(21))]
    slug = ascii_slug(surname_latin) or "client"
    pattern = int(rng.integers(4))
    digits = str(int(rng.integers(10, 99)))
    return (f"{initial}.{slug}{digits}", f"{slug}_{initial}{digits}", f"{slug}.style", f"{initial}{slug}_{digits}")[pattern]


def address(rng: np.random.Generator, region: str) -> str:
    """A street address in the region's format."""
    streets, cities = _ADDRESSES.get(region, _ADDRESSES["FR"])
    street = str(rng.choice(streets)).format(n=int(rng.integers(1, 120)))
    city = str(rng.choice(cities))
    return f"{city}{street}" if region in _CJK_FIRST else f"{street}, {city}"


def plant(rng: np.random.Generator, kind: str, region: str, surname_latin: str) -> str:
    """One PII value of ``kind`` (email, phone, iban, card, address)."""
    if kind == "email":
        return email(rng, region, surname_latin)
    if kind == "phone":
        return phone(rng, region)
    if kind == "iban":
        return iban(rng, region)
    if kind == "card":
        return card_number(rng)
    if kind == "address":
        return address(rng, region)
    raise ValueError(f"unknown PII kind {kind!r}")
