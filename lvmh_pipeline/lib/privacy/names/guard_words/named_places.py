"""Single words of shops, firms and clubs, the houses in Cyrillic, and heading words glued into
one capitalised word: ordinary words for :mod:`..guard` (the checks of whole names of places that
carry a person's name are in :mod:`..venues`)."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words

# Single words of shops, firms and clubs no name lexicon holds ("bei Breuninger", "werkt bij Philips").
VENUE_WORDS = _words(
    """
    breuninger oberpollinger kadewe alsterhaus lodenfrey kempinski adlon siemens bosch philips heineken
    iberdrola bradesco itaú itau fasano iguatemi bijenkorf rinascente samaritaine printemps harrods
    selfridges claridge's claridges fauchon ladurée laduree lasserre taillevent tantris
    тинькофф цум гум елисеевский
    charité salpêtrière pitié-salpêtrière necker gemelli niguarda sant'orsola einstein-klinik
    """
)

# Nouns of nationality for a person ("man, Belg, uit Antwerpen", "Kunde, Italiener, 50"): what
# the person is, never a name, wherever a kin or client word puts them (adjectives and languages
# are in :data:`..places_and_brands.PLACES`); those that are family names too (Schweizer,
# Holländer, Franco) are left out
DEMONYM_NOUNS = _words(
    """
    belg belgen fransman fransen française duitser duitsers italiaan italianen spanjaard spanjaarden
    engelsman engelsen amerikaan amerikanen marokkaan marokkanen nederlander nederlanders
    belgier belgierin franzose französin italiener italienerin spanier spanierin engländer engländerin
    amerikaner amerikanerin russin türkin niederländer niederländerin österreicher österreicherin
    brasilianer brasilianerin japaner japanerin chinese chinesin koreaner koreanerin
    frenchman frenchwoman englishman englishwoman dutchman dutchwoman
    brasileiro brasileira francês francesa alemão alemã holandês holandesa espanhol espanhola
    francés alemán holandés inglés inglesa
    """
)

# The houses of the group and their neighbours in Cyrillic ("Чемоданы Римова", "коньяк Хеннесси").
CYRILLIC_HOUSES = _words(
    """
    римова хеннесси хеннеси шоме эрмес гермес картье булгари бвлгари герлен живанши фенди берлути
    хублот диор шанель гуччи прада виттон вюиттон лоэве лоуве кензо моэт периньон ролекс бреге пиаже
    шопард бушерон монблан версаче армани феррагамо баленсиага хойер фаберже лоро пьяна
    """
)

# Words of a heading glued into one capitalised word ("KLANTPROFIEL", "KUNDENPROFIL").
HEADING_TAILS: tuple[str, ...] = (
    "profiel", "profil", "profile", "profilo", "perfil", "kaart", "karte", "fiche", "notiz", "notitie",
    "opvolging", "verlauf", "historie", "historique", "overzicht", "übersicht", "gegevens", "daten",
)
