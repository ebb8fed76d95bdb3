"""Street addresses and hotel rooms: streets with a house number in Latin, Cyrillic, Arabic, CJK
and Hangul forms (:mod:`.streets`, :mod:`.arabic`), rooms where a client stays (:mod:`.rooms`),
and whatever follows an address label up to the end of its clause (:mod:`.labelled`)."""

from lvmh_pipeline.lib.privacy.addresses.streets import find_addresses

__all__ = ["find_addresses"]
