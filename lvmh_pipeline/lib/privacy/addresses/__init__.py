"""Street addresses and hotel rooms: streets with a house number in Latin, Cyrillic, Arabic, CJK
and Hangul forms (:mod:`.streets`, :mod:`.arabic`), rooms where a client stays (:mod:`.rooms`),
whatever follows an address label up to the end of its clause (:mod:`.labelled`), a street without a
street word after a billing label (:mod:`.invoiced`); one line at most, with the city after it
(:mod:`.extent`), never opening on a date (:mod:`.dates`)."""

from lvmh_pipeline.lib.privacy.addresses.streets import find_addresses

__all__ = ["find_addresses"]
