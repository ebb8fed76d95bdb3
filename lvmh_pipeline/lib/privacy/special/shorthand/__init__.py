"""Special-category facts told in the shorthand of a CRM line rather than in a sentence: a spouse
joined to the titled client by "+" or a colon (:mod:`.partners`), a party letter or a party with its
region in a bracket after an officeholder (:mod:`.brackets`)."""
