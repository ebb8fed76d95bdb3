"""An elected office told beside its party in one sentence (:mod:`.seats`)."""
