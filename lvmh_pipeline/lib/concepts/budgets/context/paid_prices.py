"""Prices already paid, balances and refunds before an amount that no budget word introduces: money
spent or owed, not a budget ("Bought a Rolex last year for €12,000", "Solde à régler : 3 450 €",
"Betaald met pin, €1.850"), and an amount on a purchase line of a CRM entry ("Purchase: … – 4,950 €",
"Achat : … 3 200 €", "成交：4单，合计 ¥186,400"): the dev writers leave the budget empty for these.
"""

from __future__ import annotations

import re

__all__ = ["denied_before", "paid_after", "paid_before"]

# A price already paid (a past purchase or payment).
_PAST_PURCHASE = re.compile(
    r"(?i:\b(?:bought|purchased|paid|acheté|achetée|achetés|payé|payée|comprato|comprata|pagato|pagata|"
    r"compró|compré|pagó|gekauft|bezahlt|comprou|pagou|gekocht|betaald|betaalde|kocht|купил|купила|заплатил|заплатила|"
    r"оплатил|оплатила)\b)"
    r"|買った|購入した|購入済|샀|구매했|구입했|买了|购买了|買了|买过|買過|购买过|購買過|اشترى|اشترت|(?<![يتنأ])دفع"
)
# Money spent, right before the amount ("spent £3,000 on", "потратил 2 млн"); farther away it may be an aside
# ("half of what he spent on the car, so five or six thousand").
_SPENT = re.compile(r"(?i:\b(?:spent|dépensé|speso|gastó|gastou|ausgegeben|uitgegeven|потратил|потратила)\b)")
_SPENT_CHARS = 24
# A balance or a refund: money owed.
_BALANCE = re.compile(
    r"(?i:\b(?:solde|reste à payer|reste dû|restant dû|balance due|balance of|outstanding|amount due|left to pay|"
    r"saldo|restante|resto da pagare|da saldare|pendiente de pago|em dívida|restbedrag|nog te betalen|openstaand|"
    r"restbetrag|offener betrag|noch offen|остаток|доплата|refund|remboursement|rimborso|reembolso|terugbetaling|"
    r"rückerstattung)\b)"
)
# A purchase (or sales) line label opening the line: "Purchase:", "Achat :", "Compra:", "Kauf:", "成交：".
_PURCHASE_LINE = re.compile(
    r"(?:^|\n)[\s\-•*]*(?:(?i:purchase|purchased|sale|achat|vente|acquisto|vendita|compra|venta|kauf|verkauf|aankoop|"
    r"verkoop|покупка|продажа|شراء|مشتريات|بيع)|成交|购买|購買|購入|販売|구매|판매)[ \u00a0]*[:：]"
)

# A purchase noun opening the amount's sentence, with no colon ("Achat sac Capucines 3 200 €"); not the
# verb "compra" ("Compra para la boda, unos 3.000 €": the advisor's budget).
_PURCHASE_NOUN = re.compile(r"[\s\-•*]*(?:(?i:purchase|achat|acquisto|kauf|aankoop|покупка)(?![^\W\d_])|成交|購入|구매)")


def paid_before(text: str, sentence_start: int, at: int) -> bool:
    """A price paid or owed, said in ``text[sentence_start:at]`` before an amount at ``at``, a purchase noun
    opening that sentence, or the purchase line label the amount's line opens with."""
    if _PAST_PURCHASE.search(text, sentence_start, at) or _BALANCE.search(text, sentence_start, at) \
            or _SPENT.search(text, max(sentence_start, at - _SPENT_CHARS), at) \
            or _PURCHASE_NOUN.match(text, sentence_start):
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return _PURCHASE_LINE.match(text, max(0, line_start - 1)) is not None


# A past purchase or payment said after the amount, in the amount's sentence ("8.900 € für Ohrringe bezahlt",
# "80万円でご購入済み", "오백만 원 주고 … 사셨대요", "3万买的"): the verb comes last in these languages.
_PAID_AFTER = re.compile(
    r"(?i:\b(?:bezahlt|gekauft|ausgegeben|betaald|gekocht|uitgegeven|pagato|speso|pagado|gastado|payé|payée|dépensé|"
    r"заплатил|заплатила|оплатил|оплатила|купил|купила|потратил|потратила)\b)"
    r"|購入済|購入した|ご購入(?:され|いただ|頂)|買った|お買い上げ(?:いただ|頂)|주고|사셨|샀|구매했|구매하셨|구입했|구입하셨|"
    r"买的|買的|买过|買過|付了|付过|付過"
)
_PAID_AFTER_CHARS = 40  # how far after the amount the purchase verb is looked for


def paid_after(text: str, end: int, sentence_end: int) -> bool:
    """A price paid, said by a purchase verb after an amount ending at ``end`` in its sentence (ending at
    ``sentence_end``): not a budget."""
    return _PAID_AFTER.search(text, end, min(sentence_end, end + _PAID_AFTER_CHARS)) is not None


# A denial right before a budget word ("2,7 млн ₽ (для справки, не бюджет)", "3.2万（非本次预算）", "not the budget"):
# the amount before that word is said not to be the budget.
_DENIED = re.compile(r"(?:(?<![^\W\d_])(?i:не|not(?: the| a| our)?|non|nicht|niet|não|pas le|pas un|ليس|ليست)"
                     r"[ \u00a0]+|非|不是|并非|並非|ではない|아닌[ \u00a0]?)(?:(?:本次|这次|這次|今回の|이번)[ \u00a0]?)?$")


def denied_before(text: str, keyword_start: int) -> bool:
    """A denial ("не", "not the", "非本次") right before a budget word starting at ``keyword_start``."""
    return _DENIED.search(text, max(0, keyword_start - 16), keyword_start) is not None
