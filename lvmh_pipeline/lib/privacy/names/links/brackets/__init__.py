"""A name written again in brackets: after its anchor (:mod:`.after`) or before it (:mod:`.before`)."""
