"""The ways a budget amount is found in a note, each a source of candidates :mod:`..budget` weighs:
after a budget keyword (``keyword_amounts``), cued by a spending verb or a cap word (``cued_amounts``),
bare amounts a sentence makes a budget (``bare_amounts``), spoken forms ("two grand", "300-400 each",
"around four hundred, maybe five": ``spoken_amounts``) and decade ranges ("in the 2000s": ``decade_ranges``)."""
