"""Sorted, non-nested lists of alias matches: the longest match wins where one lies inside
another (:func:`drop_nested`), and a few extra matches join such a list (:func:`merge_matches`)."""

from __future__ import annotations

from bisect import bisect_left

from lvmh_pipeline.lib.concepts.alias_keys import AliasMatch

__all__ = ["drop_nested", "merge_matches"]


def merge_matches(found: list[AliasMatch], extra: list[AliasMatch]) -> list[AliasMatch]:
    """Insert the few ``extra`` matches into the sorted, non-nested ``found`` list, keeping
    it non-nested; on equal spans the plain (exact) alias wins over a stem."""
    for hit in drop_nested(extra):
        start, end = hit[0], hit[1]
        i = bisect_left(found, (start,))
        if i > 0 and found[i - 1][1] >= end:
            continue  # inside the previous match
        if i < len(found) and found[i][0] == start and found[i][1] >= end:
            continue  # inside (or equal to) the match starting at the same place
        j = i
        while j < len(found) and found[j][1] <= end:
            j += 1  # matches nested in this one
        found[i:j] = [hit]
    return found


def drop_nested(matches: list[AliasMatch]) -> list[AliasMatch]:
    """Keep the longest match where one lies inside another ("anniversaire mariage" beats
    "mariage"); partial overlaps are both kept ("VIP clients" / "clients since 2017")."""
    if len(matches) < 2:
        return matches
    matches.sort(key=lambda m: (m[0], -m[1], -m[3], m[2]))  # longest, then exact over stem
    kept = []
    reach = -1  # furthest end among matches starting at or before the current one
    for match in matches:
        if match[1] <= reach:
            continue
        kept.append(match)
        reach = match[1]
    return kept
