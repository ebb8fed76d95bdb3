"""A hospital named as the place a client works is an employer, not a health fact.

"médica no Hospital da Luz", "a nurse at the General Hospital", "طبيبة في مستشفى …", "协和医院的医生",
"病院勤務", "병원에서 근무": a job or a verb of working before the place (after it in CJK) makes
the whole place name the workplace. :func:`workplace_spans` gives those names; the HEALTH spans
inside one go (:func:`special.extent.shortest.shortest_spans`), and the learned tagger leaves them
alone (:func:`special.learned.guards.kept_spans`). A hospital said without a job ("est à l'hôpital",
"in der Klinik seit Montag") stays the lexicon's and the tagger's, unless the note says the client was
there "not as a patient" ("kommt aus der Klinik, also nicht als Patientin").
"""

from __future__ import annotations

import re

__all__ = ["workplace_spans"]

_PLACES = (r"hospital|hospitais|hôpital|hopital|ospedale|krankenhaus|klinik\w*|clinic|clinique|clínica|clinica|"
           r"ziekenhuis|больниц\w*|госпитал\w*|клиник\w*|مستشفى|المستشفى|بالمستشفى|مستشفيات")
_DENSE_PLACES = r"病院|医院|醫院|병원|クリニック|诊所|診所|클리닉"
# jobs of care and verbs of working, with the prepositions and articles that lead to the place
_JOBS = (r"doctor|nurse|surgeon|physician|consultant|radiologist|works|worked|working|"
         r"médic[oa]s?|enfermeir[oa]s?|cirurgiã[o]?|trabalha|trabalhava|"
         r"médico|enfermer[oa]|cirujan[oa]|trabaja|trabajaba|"
         r"médecin|infirmière|infirmier|chirurgien(?:ne)?|travaille|travaillait|"
         r"medic[oa]|infermier[ea]|chirurgo|lavora|lavorava|"
         r"arzt|ärztin|chefärztin|chefarzt|oberärztin|oberarzt|pfleger(?:in)?|krankenschwester|chirurg(?:in)?|arbeitet|"
         r"arts|verpleegkundige|verpleegster|chirurg|werkt|"
         r"врач|медсестра|хирург|работает|работал[аи]?|"
         r"طبيب|طبيبة|دكتور|دكتورة|ممرض|ممرضة|جراح|جراحة|يشتغل|تشتغل|يعمل|تعمل|يشتغلون")
_LINK = r"(?:[ \t]+(?:at|in|for|the|a|an|of|no|na|em|do|da|en|el|la|del|à|a|au|l'|dans|al|all'|nel|nella|presso|im|in|an|der|dem|bei|bij|het|de|в|во|на|في|بـ|ب))*"
# before the place only the capitalised words of its name ("St Thomas Hospital"); after it, the rest of the name
_AFTER = re.compile(r"(?<![^\W_])(?P<job>(?i:" + _JOBS + r"))(?i:" + _LINK + r")[ \t]+(?P<place>(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){0,4}"
                    r"(?i:" + _PLACES + r")(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|de|da|do|dos|das|del|di|of|the|von|der|"
                    r"[\u0621-\u064a]+)){0,4})")
# a job after "at", "sees", "عند" is the carer the client goes to ("وتراجع عند دكتورة … في المستشفى", "sees a doctor at")
_PATIENT = re.compile(r"(?i:(?<![^\W_])(?:at|to|sees?|seeing|saw|with|chez|le|du|beim|zum|zur|bei|al|dal|dallo|"
                      r"dalla|del|ao|à|pelo|pela|met|bij|naar|у|к|عند|عن|مع|لل)[ \t]+(?:(?:the|a|an|un|une|una|uno|um|uma|"
                      r"einem|einer|een|de|la|el|o|il|lo)[ \t]+)?)$")
_DENSE = re.compile(r"(?P<place>[^\s.;,()、，。是在はが가이]{0,10}?(?:" + _DENSE_PLACES + r"))[ \t]*(?:的|の|에서|에|で|当|做)?[ \t]*"
                    r"(?:医生|医師|医者|大夫|护士|護士|看護師|看护|工作|上班|勤務|勤め|働|의사|간호사|근무|일하|직원|ドクター|スタッフ)")
_GATE = re.compile(_PLACES + "|" + _DENSE_PLACES, re.IGNORECASE)
# a place of care the note says the client was in "not as a patient" ("kommt gerade aus der Klinik, also nicht
# als Patientin", "at the hospital, not as a patient", "no hospital, não como paciente"): no health fact either
_NOT_PATIENT = re.compile(r"(?P<place>(?i:(?:aus|from|at|in|im|vom|von|der|dem|the|do|da|no|na|dal|dalla|all|alla|de|du|la|del|"
                          r"el|uit|het|van|из|в)[ \t]+)*(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){0,3}(?i:" + _PLACES + r")(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,3})"
                          r"[^.;!?\n]{0,24}?(?<![^\W_])(?i:not as a patient|not as a visitor|nicht als Patient(?:in)?|pas en tant que "
                          r"patiente?|pas comme patiente?|não como paciente|no como paciente|non come paziente|niet als patiënt|"
                          r"не как пациент\w*|(?:مو|مش|مب|ليست|ليس) ?(?:مريض[ةه]?|كمريض[ةه]?))")


def workplace_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every place of care named as where someone works in ``text``."""
    if not _GATE.search(text):
        return []
    out = [m.span("place") for m in _AFTER.finditer(text)
           if not _PATIENT.search(text, max(0, m.start() - 16), m.start())]
    out += [m.span("place") for m in _DENSE.finditer(text)]
    out += [m.span("place") for m in _NOT_PATIENT.finditer(text)]
    return out
