"""A class for the feedback tests: the instructor's database with an answer key (with
explanations), three students each in their own database who hand in, and the feedback
files returned to them. Built on the sample exercise, through the services people use."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from annotator.services.annotations import AnnotationService
from annotator.services.annotators import create_annotator
from annotator.services.events import EventBus
from annotator.services.exercises import load_exercise
from annotator.services.feedback_comments import set_explanation
from annotator.services.feedback_student import hand_in
from annotator.services.handins import import_handins
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.database import Database, open_database
from annotator.storage.models import Role

# (article, quote, tag, explanation)
KEY = [
    (0, "Well, thankfully we have a president who knows how to be tough on Russia.", "opinion",
     "The writer's own view, not reporting."),
    (0, "North Korea’s rapid missile-program improvements can be traced to Russia", "claim",
     "The report's central claim, attributed to the Times."),
    (0, "classified assessments by U.S. intelligence agencies", "evidence",
     "The source the Times relied on."),
    (1, "The Russians may have given North Korea technical help", "speculation",
     "‘may have’: a possibility, not a finding."),
]
# (article, quote, tag, note): what each student marked
STUDENTS = {
    "Alice": [
        (0, "North Korea’s rapid missile-program improvements can be traced to Russia",
         "claim", "main point"),
        (0, "classified assessments by U.S. intelligence agencies", "claim", ""),
        (1, "Kim Jong-un sent another chilling message", "opinion", "loaded words"),
    ],
    "Bob": [
        (0, "Well, thankfully we have a president who knows how to be tough on Russia.",
         "opinion", "BOB-PRIVATE-NOTE"),
        (0, "It is not believed that North Korea could have made such big leaps forward",
         "speculation", "BOB-SECOND-NOTE"),
    ],
    "Cara": [
        (0, "North Korea’s rapid missile-program improvements can be traced to Russia",
         "claim", ""),
        (1, "The Russians may have given North Korea technical help", "speculation",
         "CARA-PRIVATE-NOTE"),
        (1, "They may be getting direct help from Vladimir Putin.", "speculation", ""),
    ],
}


def tag_passage(db: Database, annotator_id: uuid.UUID, article: int, quote: str, tag: str,
                note: str = "") -> uuid.UUID:
    exercise = load_exercise(db, SAMPLE_EXERCISE_ID)
    text = exercise.articles[article].text
    start = text.index(quote)
    tag_id = next(t.id for t in exercise.tags if t.key == tag)
    view = AnnotationService(db, EventBus()).add(exercise.articles[article].id, annotator_id, start,
                                      start + len(quote), tag_id, note)
    return view.id


@dataclass
class Student:
    name: str
    db: Database
    id: uuid.UUID
    handin: Path
    annotations: list[uuid.UUID] = field(default_factory=list)


@dataclass
class Classroom:
    folder: Path
    teacher: Database
    key_id: uuid.UUID
    students: dict[str, Student]

    def close(self) -> None:
        self.teacher.close()
        for student in self.students.values():
            student.db.close()


def new_database(path: Path) -> Database:
    db = open_database(f"sqlite:///{path}")
    ensure_sample_exercise(db)
    return db


def build_classroom(folder: Path, *, hand_in_names: tuple[str, ...] = ("Alice", "Bob", "Cara"),
                    teacher_ready: bool = True) -> Classroom:
    """The instructor annotates the key with explanations; each student annotates in their
    own database and hands in; the instructor imports the hand-ins. With ``teacher_ready``
    False the instructor's database holds only the exercise (the test does the rest)."""
    folder.mkdir(parents=True, exist_ok=True)
    teacher = new_database(folder / "teacher.sqlite")
    key_id = create_annotator(teacher, "Answer key", Role.KEY).id
    for article, quote, tag, explanation in KEY if teacher_ready else ():
        made = tag_passage(teacher, key_id, article, quote, tag)
        set_explanation(teacher, made, explanation)
    students: dict[str, Student] = {}
    for name, marks in STUDENTS.items():
        db = new_database(folder / f"{name.lower()}.sqlite")
        sid = create_annotator(db, name).id
        made = [tag_passage(db, sid, article, quote, tag, note)
                for article, quote, tag, note in marks]
        path = folder / "handins" / f"{name}.handin.json"
        path.parent.mkdir(exist_ok=True)
        if name in hand_in_names:
            hand_in(db, SAMPLE_EXERCISE_ID, sid, path)
        students[name] = Student(name, db, sid, path, made)
    if teacher_ready:
        results = import_handins(teacher, [students[n].handin for n in hand_in_names])
        assert all(r.ok for r in results), [r.problem for r in results]
    return Classroom(folder, teacher, key_id, students)
