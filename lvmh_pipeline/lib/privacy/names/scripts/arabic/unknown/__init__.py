"""Arabic given names that the name lexicon lacks or lists as ordinary words too: taken where a note
announces a person (``cued``: "زوجته مناير", "العميلة: هتون.") or where the shape of the phrase
leaves no other reading (``apposed``: "بنت الزبون، منى،", "علي ابن حسن"), told from ordinary words
by the frequency list and the shapes of verbs and adjectives (``words``); and the child's name of a
kunya in Latin letters in any note ("Um Faris", ``latin_kunya``)."""

from lvmh_pipeline.lib.privacy.names.scripts.arabic.unknown.apposed import apposed_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.unknown.cued import unknown_cued_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.unknown.latin_kunya import latin_kunya_names

__all__ = ["apposed_names", "latin_kunya_names", "unknown_cued_names"]
