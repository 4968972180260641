"""Nested bullets stay under their parent when a plan reorders or trims a role's bullets.

A role's bullets are blocks: a bullet at the role's top level and the deeper bullets after it. A plan orders
the blocks (by where it puts each block's parent); a sub-bullet never moves above its parent or to another one,
and goes when its parent goes.
"""

from __future__ import annotations


def keep_under_parents(current: list[str], wanted: list[str], levels: dict[str, int]) -> list[str]:
    """`wanted` (a plan's order of `current`) with every sub-bullet kept right after its own parent."""
    if not any(levels.get(b, 0) > 0 for b in current):
        return wanted
    blocks: list[list[str]] = []
    for b in current:
        if levels.get(b, 0) > 0 and blocks:
            blocks[-1].append(b)
        else:
            blocks.append([b])
    position = {b: i for i, b in enumerate(wanted)}
    kept = sorted((blk for blk in blocks if blk[0] in position), key=lambda blk: position[blk[0]])
    return [b for blk in kept for b in blk if b in position]
