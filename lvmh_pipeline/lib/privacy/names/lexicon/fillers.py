"""Transcription fillers and hesitations, title connectors, surname endings."""

from __future__ import annotations

import re

# Filler words and hesitations a voice transcription puts between a title and the name
# ("Mrs. well. Hughes", "Signora capito Bianchi", "Herr ähm also Krause", "господин ну Орлов").
FILLERS: tuple[str, ...] = tuple(
    w.replace("_", " ")
    for w in """
    uh uhm um umm er erm ah eh hm hmm mm mhm well so like okay ok right yeah yes no oh sorry
    actually basically anyway you_know i_mean let_me_see let's_see let’s_see how_do_you_say
    what's_her_name what's_his_name what’s_her_name what’s_his_name kind_of sort_of i_think
    euh heu hum ben bah bon alors donc enfin voilà quoi genre tu_vois vous_voyez comment_dire
    disons c'est-à-dire c’est-à-dire en_fait ouais oui non hein attends attendez pardon je_veux_dire
    eh_bien bref comment_elle_s'appelle comment_il_s'appelle euh_euh
    ehm ehmm eeh allora cioè capito dunque tipo insomma ecco beh be' boh vabbè diciamo
    praticamente niente senti guarda come_si_chiama sì va_bene come_dire mah scusi scusa anzi volevo_dire
    em este pues bueno o_sea vamos_a_ver a_ver mmm vale digamos sabes es_decir esto oye mira
    cómo_se_llama sí entonces perdón perdon perdona disculpa disculpe digo quiero_decir
    é hã ahn ãhn éh então pronto bem bom quer_dizer ou_seja sabe olha pois né deixa_ver deixa-me_ver
    como_se_chama sim portanto perdão desculpa desculpe aliás aí pá pô poxa nossa opa ué vixe
    vaya venga anda hombre ojo boah ach och ahimè wow gosh jeez
    äh ähm öh öhm naja na_ja na ja nein halt eben sozusagen quasi gell ne nee genau irgendwie
    mal_sehen warte moment wie_heißt_sie wie_heißt_er tja also entschuldigung Entschuldigung ich_meine
    besser_gesagt wie_hieß_sie wie_hieß_er wie_hiess_sie wie_hiess_er wie_heisst_sie wie_heisst_er wie_hieß_sie_noch
    wie_hieß_er_noch wie_war_das wie_war_der_name
    wie_heißt_er_noch wie_heißt_sie_noch wie_heißt_die wie_heißt_der wie_heißt_die_noch wie_heißt_der_noch
    wie_heisst_er_noch wie_heisst_sie_noch wie_heisst_die wie_heisst_der
    come_si_chiamava_aspetta un_attimo espera_aí peraí
    como_é_que_ele_chama como_é_que_ela_chama como_é_que_ele_se_chama como_é_que_ela_se_chama
    como_ele_chama como_ela_chama como_ele_se_chama como_ela_se_chama
    what's-her-name what's-his-name what_do_you_call_her what_do_you_call_him
    hoe_heet_ie hoe_heette_ie как_её_зовут как_его_зовут
    what_was_her_name what_was_his_name what_was_it whatshername whatshisname
    comment_elle_s'appelait comment_il_s'appelait comment_déjà come_si_chiamava cómo_se_llamaba como_se_llamaba
    como_se_chamava hoe_heette_ze hoe_heette_hij как_её_звали как_его_звали
    nou dus zeg_maar hè even_kijken weet_je eigenlijk zo oké goh hoe_heet_ze hoe_heet_hij ik_bedoel
    ну э ээ эээ эм мм хм это вот как_бы значит короче типа так ну_вот в_общем слушай
    так_сказать да нет ага ой как_её как_его как_её_там это_самое простите извините то_есть вернее
    يعني اه آه ام امم اممم طيب والله خلاص يا ايه إم إمم إممم أم_أم أمم أممم اا ااا ممم
    إيش_اسمه إيش_اسمها ايش_اسمه ايش_اسمها شو_اسمه شو_اسمها وش_اسمه وش_اسمها شنو_اسمه شنو_اسمها شسمه شسمها
    اسمه_إيه اسمها_إيه اسمه_ايه اسمها_ايه
    """.split()
)
# Fillers of Chinese, Korean and Japanese transcriptions ("Dr. 嗯……那个 Gupta", "닥터 음 그 …",
# "ミスター えー 田中"); matched only before a space, punctuation or another script.
CJK_FILLERS: tuple[str, ...] = (
    "嗯", "呃", "额", "啊", "哦", "那个", "这个", "就是", "然后", "那个那个", "唔", "誒", "欸",
    "음", "어", "그", "저", "저기", "그러니까", "그니까", "뭐", "아", "에", "흠", "네",
    "えー", "えっと", "えーと", "あの", "あのー", "その", "まあ", "うーん", "ええと",
)
# Hesitations spelt with repeated letters ("euhh", "ähhm", "mmm", "ээ").
HESITATION_PATTERN = (
    r"(?:e+u*h+m*|m+h+m*|e+h*m+|u+h*m*|u+m+|h+m+|m{2,}|ä+h+m*|ö+h+m*|e+r+m+|a+h+|o+h+|э+м*|м{2,}|х+м+"
    # capitalised after a full stop; not "Oh", "Ah", "Eh", "Er": surnames (오, 어)
    r"|Euh+m*|Heu+|Ähm*|Öhm+|Ehm+|Uhm+|Um+|Uh+|Hmm+|Mmm+|Erm+|Э+м*|Хм+)"
)
_FILLER_SET = frozenset(FILLERS)
_HESITATION = re.compile(HESITATION_PATTERN, re.IGNORECASE)


def is_filler(word: str) -> bool:
    """A transcription filler or a hesitation spelt any way ("Euhm", "Эээ", "Ähhm"), in any case:
    no name, even where it opens a note before a comma ("Euhm, Anna Visser, …")."""
    low = word.casefold().strip(".,…")
    return low in _FILLER_SET or _HESITATION.fullmatch(low) is not None or _drawn_out(low)


def _drawn_out(low: str) -> bool:
    """"э-э", "ну-у", "а-а-а", "eh-eh": a sound or a filler drawn out with hyphens."""
    head, *tail = low.split("-")
    return (
        bool(tail) and 0 < len(head) <= 3 and head.isalpha()
        and (len(head) == 1 or head in _FILLER_SET or _HESITATION.fullmatch(head) is not None)
        and all(part and set(part) <= {head[-1]} or part == head for part in tail)
    )


# Words joining two titles ("Mr and Mrs", "Herr und Frau", "Sr. y Sra.", "M. ou Mme").
CONNECTORS: tuple[str, ...] = (
    "and", "&", "+", "/", "et", "e", "ed", "y", "und", "u.", "en", "i", "и", "or", "ou", "o",
    "oder", "of", "ou/e", "e/ou", "и/или",
)

# Surname endings that mark an unknown capitalised word as a surname ("Zanetti", "Orlova").
SURNAME_ENDINGS: tuple[str, ...] = (
    "ov", "ova", "ev", "eva", "sky", "ski", "ska", "skaya", "skiy", "enko", "chuk", "yuk", "yan",
    "ian", "escu", "oglu", "oğlu", "ović", "ovic", "evic", "ević", "vić", "ini", "elli", "etti",
    "otti", "ucci", "acci", "azzi", "ozzi", "ardi", "aldi", "mann", "stein", "berg", "feld",
    "sen", "sson", "ssen", "idis", "opoulos", "opoulou", "akis", "ides", "wicz", "czyk", "ewski",
    "owski", "iak", "ez", "moto", "yama", "mura", "kawa", "gawa", "shita", "hara", "saki",
    "zaki", "bayashi", "hashi", "guchi", "uchi",
    "ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий",
    "цкая", "енко", "ук", "юк", "ич", "ян", "швили", "дзе",
)
