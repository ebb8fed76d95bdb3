"""A street without a street word, after a billing or delivery label and a company's name:
"Factuur: Jansen Beheer BV, Korte Houtstraat 4, Den Haag", "Rechnung: Weber GmbH, Am Hang 7,
Bonn", "Invoice: Hale Ltd, 9 Orchard Row, Leeds", "Счёт: ООО «Север», Малая Ордынка 8, Москва".

:mod:`.labelled` takes the clause after a label that names an address; a billing label
("Factuur:", "Rechnung:", "Facture :", "Invoice:", "Fattura:", "Factura:", "Fatura:", "Счёт:")
names an address only sometimes ("Invoice: INV-2291", "Facture : 2 250 €"), and a company's name
may come first. So here the street must have its own shape — capitalised words and a house number,
or a house number and capitalised words — and a city after it (:func:`.extent.city_end`); the
company's name before it stays (it is no contact: a person's name in it is the name detector's).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.addresses.extent import city_end
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["find_invoiced_addresses"]

_LABEL_WORDS = (
    "factuur|factuuradres|levering|afleveradres|rechnung|rechnungsadresse|lieferung|lieferadresse|"
    "facture|facturation|livraison|invoice|invoice to|bill to|billing|delivery|ship to|fattura|fatturazione|"
    "consegna|spedizione|factura|facturación|entrega|envío|fatura|faturação|faturamento|envio|"
    "счёт|счет|доставка"
)
_GATE = Gate(form for w in _LABEL_WORDS.split("|") for form in (w.split(" ")[0], w.split(" ")[0].capitalize(), w.split(" ")[0].upper()))
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽА-ЯЁ"
_CAP = rf"[{_UP}][\w'’\-]*"
_PARTICLE = r"(?:van|de|der|den|het|ter|am|an|auf|im|la|le|di|del|della|da|do|dos|das)"
_LEGAL = (
    r"B\.?V\.?|N\.?V\.?|VOF|GmbH|AG|KG|UG|S\.?A\.?S?\.?|SARL|S\.?L\.?U?\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|Ltd\.?|"
    r"LLC|LLP|PLC|Inc\.?|Lda\.?|Ltda\.?|ООО|ОАО|ЗАО|АО|Holding|Group|Groep|Gruppe"
)
_INVOICED = re.compile(
    rf"(?<![\w])(?i:{_LABEL_WORDS})[ \t]?[:：][ \t]*"
    rf"(?:[^,\n:]{{1,60}}?(?<![\w])(?:{_LEGAL})(?![\w])[»\"”]?,[ \t]*"  # the company, if any
    rf"|(?:{_LEGAL})[ \t][^,\n:]{{1,40}},[ \t]*)?"  # "ООО «Север»," 
    rf"(?P<street>{_CAP}(?:[ \t](?:{_PARTICLE}[ \t])?{_CAP}){{0,3}}[ \t]\d{{1,4}}(?:[ \t]?[a-z](?![\w])|-\d{{1,3}})?"
    rf"|\d{{1,4}}[a-z]?,?[ \t]{_CAP}(?:[ \t](?:{_PARTICLE}[ \t])?{_CAP}){{0,3}})"
    r"(?![\w])"
)


def find_invoiced_addresses(text: str) -> list[PiiSpan]:
    """Streets with a house number and a city after a billing or delivery label (see the module)."""
    if not _GATE(text):
        return []
    spans = []
    for m in _INVOICED.finditer(text):
        end = city_end(text, m.end("street"))
        if end is not None:
            spans.append(PiiSpan(m.start("street"), end, "ADDRESS"))
    return spans
