"""Benchmark: class overlay and every agreement figure for one article.

40 students x 150 annotations on a 20,000-character article, 4 tags. Prints the median time
of ``class_overlay`` + ``article_agreement`` (aim: under 200 ms) and its ratio to a floor
measured in the same run: numpy filling the same per-character tag counts naively, one
slice-add per span.

Run: .venv/bin/python tests/benchmarks/bench_review_core.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import numpy as np

from annotator.core.agreement import article_agreement
from annotator.core.contested import rank_contested
from annotator.core.overlay import class_overlay
from annotator.core.spans import Span

N_CHARS = 20_000
N_STUDENTS = 40
PER_STUDENT = 150
TAGS = ["claim", "evidence", "speculation", "opinion"]
REPEATS = 15


def generate(seed: int = 1) -> tuple[str, list[Span], list[str]]:
    """A class whose markups cluster around shared 'true' passages, as real classes do."""
    rng = np.random.default_rng(seed)
    words = rng.choice(["news", "said", "the", "report", "claims", "data", "minister"], 4000)
    text = " ".join(words)
    text = (text + ". ") * (N_CHARS // len(text) + 1)
    text = text[:N_CHARS]
    passages = [(int(s), int(s) + int(rng.integers(20, 200)), int(rng.integers(len(TAGS))))
                for s in rng.integers(0, N_CHARS - 200, 300)]
    students = [f"student-{i:02d}" for i in range(N_STUDENTS)]
    spans = []
    for who in students:
        for k in rng.choice(len(passages), PER_STUDENT, replace=False):
            start, end, tag = passages[int(k)]
            start = max(0, start + int(rng.integers(-10, 10)))
            end = min(N_CHARS, max(start + 1, end + int(rng.integers(-10, 10))))
            if rng.random() < 0.2:
                tag = int(rng.integers(len(TAGS)))
            spans.append(Span(who, start, end, TAGS[tag]))
    return text, spans, students


def median_ms(work: Callable[[], object]) -> float:
    work()  # warm up
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    text, spans, students = generate()
    tag_index = {t: i for i, t in enumerate(TAGS)}

    def floor() -> np.ndarray:
        counts = np.zeros((len(TAGS), N_CHARS), dtype=np.int32)
        for span in spans:
            counts[tag_index[span.tag], span.start : span.end] += 1
        return counts

    def overlay_only() -> object:
        return class_overlay(N_CHARS, spans, TAGS, students)

    def overlay_and_agreement() -> object:
        return article_agreement(class_overlay(N_CHARS, spans, TAGS, students))

    overlay = overlay_only()
    floor_ms = median_ms(floor)
    overlay_ms = median_ms(overlay_only)
    full_ms = median_ms(overlay_and_agreement)
    contested_ms = median_ms(lambda: rank_contested(text, overlay))
    print(f"{N_STUDENTS} students x {PER_STUDENT} annotations, {N_CHARS} characters, "
          f"{len(TAGS)} tags; median of {REPEATS}")
    print(f"floor (one numpy slice-add per span):   {floor_ms:8.2f} ms")
    print(f"overlay:                                {overlay_ms:8.2f} ms "
          f"({overlay_ms / floor_ms:.1f}x floor)")
    print(f"overlay + all agreement figures:        {full_ms:8.2f} ms "
          f"({full_ms / floor_ms:.1f}x floor)  aim < 200 ms: "
          f"{'yes' if full_ms < 200 else 'NO'}")
    print(f"contested passages (extra):             {contested_ms:8.2f} ms")


if __name__ == "__main__":
    main()
