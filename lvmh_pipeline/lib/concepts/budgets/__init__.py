"""Budget statements: amounts, currencies, number words and bounds (see :mod:`.budget`)."""
