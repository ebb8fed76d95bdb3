"""What is said around a budget amount: a price already paid or a denied budget word, so no budget
(:mod:`.paid_prices`), and more allowed on top of it, so a flexible one (:mod:`.more_allowed`)."""
