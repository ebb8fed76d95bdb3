"""Names in Chinese notes.

Modules: ``patterns`` (the patterns of names before an honorific "王先生", "王总", an age or a label
"王丽，45岁", a couple word "王夫妇"), ``bare`` (names without one, where the script shows the name's
shape "跟王建国聊了"; familiar forms "陈姐"), ``latin`` (Latin-script names in Chinese notes, a Latin
given name before a Chinese surname), ``cantonese`` (familiar names in Cantonese romanisation, "Ah
Keung"), ``combined`` (all of them). Used by :mod:`..cjk`.
"""
