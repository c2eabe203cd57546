"""Sentences where the class disagreed most: ready-made discussion prompts.

Sentences are found with simple rules that work for news prose in European languages: a
sentence ends after ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed
by white space, unless the word before the full stop is a common abbreviation or a single
letter (an initial), or the next word starts in lower case; a line break always ends a
sentence (headlines, paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from annotator.core.overlay import Overlay
from annotator.core.text import excerpt

__all__ = ["ContestedPassage", "rank_contested", "sentences"]

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "no", "nr",
    "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gen", "gov", "sen", "rep", "col", "lt", "capt", "inc", "ltd", "co", "corp", "approx",
    "dept", "est", "z.b", "bzw", "ca", "vgl", "mme", "mlle",
}
_END = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, trimmed of surrounding white space."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group() != "\n" and match.group().startswith(".") and len(match.group()) == 1:
            word = _WORD_BEFORE.search(text[max(start, end - 12) : end])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        following = text[end : end + 40].lstrip()
        if match.group() != "\n" and following[:1].islower():
            continue  # '"Really?" she asked' goes on
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    trimmed = []
    for s, e in bounds:
        piece = text[s:e]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            trimmed.append((s + left, s + right))
    return trimmed


@dataclass(frozen=True)
class ContestedPassage:
    start: int
    end: int
    score: float
    highlight_disagreement: float  # 0: all or nobody highlighted, 1: the class split in half
    tag_disagreement: float  # 0: highlighters agree on the tag, towards 1: tags all over
    excerpt: str

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "highlight_disagreement": round(self.highlight_disagreement, 4),
            "tag_disagreement": round(self.tag_disagreement, 4),
            "excerpt": self.excerpt,
        }


def rank_contested(text: str, overlay: Overlay, limit: int = 10) -> list[ContestedPassage]:
    """The ``limit`` sentences with the highest disagreement, most contested first.

    Per character, highlight disagreement is ``4 p (1 - p)`` with ``p`` the share of the class
    who highlighted it; tag disagreement is the share of those highlighting it who did not
    choose the majority tag. A sentence scores the mean of each over its characters, and its
    overall score is the mean of the two. Sentences nobody disagreed on are left out.
    """
    if len(text) != overlay.n_chars:
        raise ValueError(
            f"the text has {len(text)} characters but the overlay {overlay.n_chars}"
        )
    m = overlay.n_annotators
    if m == 0 or not text:
        return []
    p = overlay.coverage / m
    highlight = 4.0 * p * (1.0 - p)
    prefix_h = np.concatenate([[0.0], np.cumsum(highlight)])
    prefix_t = np.concatenate([[0.0], np.cumsum(overlay.tag_disagreement)])
    found = []
    for start, end in sentences(text):
        n = end - start
        h = float(prefix_h[end] - prefix_h[start]) / n
        t = float(prefix_t[end] - prefix_t[start]) / n
        score = (h + t) / 2.0
        if score > 1e-9:
            found.append(ContestedPassage(start, end, score, h, t, excerpt(text[start:end], 160)))
    found.sort(key=lambda c: (-c.score, c.start))
    return found[:limit]
