"""Which way an article's text runs: right to left for Arabic, Hebrew, Persian and the other
scripts written that way, left to right otherwise.

The article's ``language`` (a BCP 47 tag such as ``ar``, ``he-IL``, ``fa``) decides when it
is known; otherwise the script of the text does: the first characters with a strong
direction (Unicode bidirectional classes L, R and AL), counted over the opening of the text
so that a leading Latin name or number does not turn an Arabic article left to right.
Direction only changes how the text is shown: offsets stay code points into the same text.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

__all__ = ["RTL_LANGUAGES", "Direction", "has_rtl", "text_direction"]

Direction = Literal["ltr", "rtl"]

# ISO 639 codes of languages written right to left (in their usual script).
RTL_LANGUAGES = frozenset({
    "ar", "arc", "ckb", "dv", "fa", "ha-arab", "he", "iw", "ks", "ku-arab", "pa-arab", "prs",
    "ps", "sd", "syr", "ug", "ur", "yi",
})
SAMPLE = 400  # strong characters looked at when the language is not known


def _language_direction(language: str) -> Direction | None:
    tag = language.strip().lower().replace("_", "-")
    if not tag:
        return None
    primary = tag.split("-")[0]
    if tag in RTL_LANGUAGES or primary in RTL_LANGUAGES:
        # a language written in Latin letters too: trust an explicit script subtag
        if "-latn" in tag:
            return "ltr"
        return "rtl"
    if "-arab" in tag or "-hebr" in tag or "-thaa" in tag or "-syrc" in tag:
        return "rtl"
    return "ltr"


def text_direction(text: str, language: str = "") -> Direction:
    """The base direction of an article: from ``language`` when given, else from whether
    most of the first :data:`SAMPLE` strongly directional characters are right to left."""
    known = _language_direction(language)
    if known is not None:
        return known
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
        else:
            continue
        if rtl + ltr >= SAMPLE:
            break
    return "rtl" if rtl > ltr else "ltr"


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left character (so a line may mix directions)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
