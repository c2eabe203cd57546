"""A generated class on the sample exercise for the review window tests: eight students and
an answer key, with known agreements and disagreements at four phrases of article one, and
seeded noise elsewhere."""

from __future__ import annotations

from typing import Any

import numpy as np

from annotator.core.contested import sentences
from annotator.core.text import quote_context
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m

NAMES = ["Ada", "Ben", "<b>x</b>", "Chloé", "Dev", "Eve", "Finn", "=Gus"]
# phrase: (key tag, {student index: tag}); students not listed leave the phrase alone
PHRASE_A = "North Korea’s rapid missile-program improvements can be traced to Russia"
PHRASE_B = "Well, thankfully we have a president who knows how to be tough on Russia."
PHRASE_C = ("The New York Times report was based on classified assessments by U.S. "
            "intelligence agencies.")
PHRASE_D = "It’s likely that these engines came from Ukraine—probably illicitly."
PLAN: dict[str, tuple[str, dict[int, str]]] = {
    PHRASE_A: ("claim", {0: "claim", 1: "claim", 2: "claim", 3: "claim", 4: "claim",
                         5: "claim", 6: "evidence"}),
    PHRASE_B: ("opinion", {0: "opinion", 1: "opinion", 2: "opinion", 3: "opinion",
                           4: "claim", 5: "claim"}),
    PHRASE_C: ("evidence", dict.fromkeys(range(8), "evidence")),
    PHRASE_D: ("speculation", {0: "speculation", 1: "speculation", 2: "opinion"}),
}


def _add(session: Any, article: m.Article, who: m.Annotator, start: int, end: int,
         tag: m.Tag) -> None:
    prefix, exact, suffix = quote_context(article.text, start, end)
    session.add(m.Annotation(article_id=article.id, annotator_id=who.id, start=start, end=end,
                             exact=exact, prefix=prefix, suffix=suffix, tag_id=tag.id))


def build_class(db: Any, seed: int = 11) -> dict[str, Any]:
    """Write the class into ``db`` (which holds the sample exercise); return what tests need:
    ids by name, the phrases' positions in article one, and the article ids."""
    rng = np.random.default_rng(seed)
    with db.session() as s:
        exercise = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        tags = {t.key: t for t in exercise.tag_set.tags}
        one, two = exercise.articles
        students = [m.Annotator(display_name=n, role=m.Role.STUDENT) for n in NAMES]
        key = m.Annotator(display_name="Teacher's key", role=m.Role.KEY)
        s.add_all([*students, key])
        s.flush()
        where: dict[str, tuple[int, int]] = {}
        for phrase, (key_tag, marks) in PLAN.items():
            start = one.text.index(phrase)
            end = start + len(phrase)
            where[phrase] = (start, end)
            _add(s, one, key, start, end, tags[key_tag])
            for i, tag in marks.items():
                # some students shift the ends a little, without leaving the phrase's middle
                shift = (i % 3) * 2
                _add(s, one, students[i], start + shift, end - shift, tags[tag])
        taken = [where[p] for p in PLAN]
        keys = list(tags)
        for article in (one, two):
            free = [(a, b) for a, b in sentences(article.text)
                    if all(b <= s0 or a >= e0 for s0, e0 in taken) and b - a > 20]
            for who in [*students, key]:
                for k in rng.choice(len(free), size=3, replace=False):
                    a, b = free[int(k)]
                    _add(s, article, who, a, b, tags[keys[int(rng.integers(len(keys)))]])
        return {
            "ids": {n: str(st.id) for n, st in zip(NAMES, students, strict=True)},
            "key": str(key.id),
            "where": where,
            "one": one.id,
            "two": two.id,
            "exercise": SAMPLE_EXERCISE_ID,
        }


def middle(span: tuple[int, int]) -> int:
    return (span[0] + span[1]) // 2


__all__ = ["NAMES", "PHRASE_A", "PHRASE_B", "PHRASE_C", "PHRASE_D", "build_class", "middle"]
