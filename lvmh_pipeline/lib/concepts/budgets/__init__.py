"""Budget statements: amounts, currencies, number words (:mod:`.numbers`) and bounds (see :mod:`.budget`)."""
