"""Other names a person found goes by, next to the full name (session 41): a nickname set off between
the given name and the family name, and the family name after it (:mod:`.between`: "Evelien ('Eef')
van den Berg", "Robert 'Bob' Smith"); a diminutive set off by a comma right after the name
(:mod:`.diminutives`: "Светлана Котова, Светочка", "Павел, Павлик")."""

from lvmh_pipeline.lib.privacy.names.aliases.between import nickname_between
from lvmh_pipeline.lib.privacy.names.aliases.diminutives import apposed_diminutives

__all__ = ["apposed_diminutives", "nickname_between"]
