"""What a special-category word reads as where it qualifies a thing rather than the client: a
faith's calendar of a festival (:mod:`.festivals`)."""
