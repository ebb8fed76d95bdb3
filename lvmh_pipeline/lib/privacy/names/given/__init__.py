"""Given names recognised by their position, in alphabetic scripts (Latin, Cyrillic).

- a known given name followed by a surname anywhere: "Anna Krause", "Анна Орлова";
- a kin word followed by a given name: "sa fille Chloé", "with her husband Marco", "дочь Анна";
  a name missing from the lexicon too where the kin word stands in a phrase ("mit Tochter
  Paulina", "her partner Noa", "жене Оле", "his youngest son Rafferty", "Mr Hale's wife
  Clemmie"), not in a telegraphic list ("Daughter Harvard");
- a given name that is a word before ", her <kin word>" ("for Grace, her niece"), and the names
  listed after a kin word in the plural ("Two grandchildren: Wren and Bodhi");
- a known given name standing alone in running text ("Bodas de oro con Carmen", "Tobias ist
  Pescetarier"), not inside a run of capitalised words nor after a product word;
- Russian names and pairs of unknown capitalised words by their endings ("Орловым", "Сергеевна").

Modules: ``with_surname`` (given name + surname), ``kin`` (names after kin words, lists and
appositions, a name before its kin in brackets), ``kin_words`` (a name that is a word after a possessive and a kin word), ``free`` (a
given name alone in running text), ``russian`` (Russian names and pairs), ``real_names`` (a name
said to be the real one, "'Kiki' (real name: Kristina)", "（本名：実）", and the name before it), ``called``
(a name given by a verb of calling, "friends call her Bibi", "다들 쭈니라고 불러요"), ``kin_named`` (a
relative's name in brackets after the kin word, "marido (Toni)", and a Chinese doubled pet name, "女儿欣欣").
Surnames by position are in :mod:`..positions`, whose word shapes this package shares.
"""

from lvmh_pipeline.lib.privacy.names.given.with_surname import given_name_pairs
from lvmh_pipeline.lib.privacy.names.given.kin import kin_names, kin_appositions, kin_brackets
from lvmh_pipeline.lib.privacy.names.given.kin_plural import kin_lists
from lvmh_pipeline.lib.privacy.names.given.kin_commas import kin_commas, kin_copula_names
from lvmh_pipeline.lib.privacy.names.given.kin_words import kin_word_names
from lvmh_pipeline.lib.privacy.names.given.free import free_given_names
from lvmh_pipeline.lib.privacy.names.given.languages.russian import russian_names, russian_pairs
from lvmh_pipeline.lib.privacy.names.given.real_names import real_names

__all__ = [
    "given_name_pairs",
    "kin_names",
    "kin_lists",
    "kin_appositions",
    "kin_brackets",
    "kin_commas",
    "kin_copula_names",
    "kin_word_names",
    "free_given_names",
    "russian_names",
    "russian_pairs",
    "real_names",
]
