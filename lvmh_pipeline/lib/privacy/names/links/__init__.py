"""Names found next to names already found: the second pass of :func:`..detect.find_names`.

Once a note has shown a name (by a title, an age, a kin word …), the words linked to it are
names too. Every anchor is a span already found, an occurrence of its words, or a ``[NAME]``
placeholder of an earlier pass. Linear in the text: each anchor looks at a few characters around it.

Modules: ``words`` (patterns and word tests), ``brackets`` (a name written again in brackets, in
another script or reading), ``adjacent`` (spelling variants and the words right before or after
an anchor), ``coordinated`` (names joined by "and", a pronoun or a slash), ``combined``
(:func:`linked_names`, the whole pass).
"""

from lvmh_pipeline.lib.privacy.names.links.combined import linked_names

__all__ = [
    "linked_names",
]
