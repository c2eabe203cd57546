"""Keeping the cyclic garbage collector's pauses out of key presses.

A window with a long article holds a great many long-lived Python objects (the
annotations, their views, the layer's index and caches). Every so often Python's
collector walks all of them (a "full" collection): about 30 ms with 5,000 annotations,
two frames' pause under a key press that otherwise takes 3 ms. Once an exercise is
loaded, what is alive then stays alive until the next exercise, so :func:`settle` moves
it out of the collector's walks (``gc.freeze``); the objects are still freed as usual when
nothing refers to them. Opening another exercise first gives the frozen objects back to
the collector and collects, so what the previous exercise left behind (objects that refer
to each other) is freed rather than kept frozen.
"""

from __future__ import annotations

import gc

__all__ = ["settle"]


def settle(collect: bool) -> None:
    """Freeze what is alive now (after loading an exercise); ``collect``: first collect
    what is no longer reachable (another exercise was open before)."""
    gc.unfreeze()
    if collect:
        gc.collect()
    gc.freeze()
