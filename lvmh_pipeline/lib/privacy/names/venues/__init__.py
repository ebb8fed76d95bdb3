"""Words in a name's position that are no client: places, firms, feasts and houses that carry a
person's name ("Faria Lima", "Grimaldi Forum", "Hospital Gregorio Marañón", "МГУ имени Ломоносова"),
an office after a title ("Monsieur le Maire"), a house's line after its product noun in Arabic.
``words`` holds the vocabulary, ``context`` the checks (:func:`venue_name`), ``offices`` the offices,
``lines`` the Arabic lines (used by :mod:`..houses`)."""

from lvmh_pipeline.lib.privacy.names.venues.context import venue_name, venue_spans

__all__ = ["venue_name", "venue_spans"]
