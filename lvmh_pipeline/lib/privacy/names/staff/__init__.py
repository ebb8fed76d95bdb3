"""Members of a client's staff and their guides named by a role noun, in every script (session 41):
a bare family name after a driver's, an assistant's or a guide's word (:mod:`.surnames`); the
boutique's own staff, a given name beside the post (session 42: "Vitória, nossa gerente",
:mod:`.roles`)."""
