"""What is said around a budget amount: a price already paid or a denied budget word, so no budget
(:mod:`.paid_prices`), more allowed on top of it, so a flexible one (:mod:`.more_allowed`), and a euro figure
said as its equivalent, which wins over the conversion table (:mod:`.euro_equivalent`)."""
