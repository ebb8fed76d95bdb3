"""Arabic family names that no lexicon lists (tribal and family names, nisbas in ـي, names with
ال), taken where the phrase leaves no other reading: opening the note or a sentence before
punctuation or a person's verb ("الشويعر، …", "… . الفلاني سيمر بكرة"), after a title (a nisba
in -اني too: "السيدة الجرجاني"), a kin word in construct ("زوجة العصيمي", "حرم الغنيم"), a client
or staff word in apposition or after its colon ("العميلة، الدحيلان،", "السكرتيرة (الخويطر)"), a nisba
after "with", "at", "from" or the abbreviated title أ., a kunya whose child's
name has the article ("أبو الفتوح الشناوي"), and a family name glued to بو after a verb of saying
("قالت بوخضير إنها …"). :mod:`.words` tells such a word from an ordinary one (the frequency list,
the lexicon's given names, the shapes of adjectives, plurals and verbs)."""

from lvmh_pipeline.lib.privacy.names.scripts.arabic.rare.positions import rare_family_names

__all__ = ["rare_family_names"]
