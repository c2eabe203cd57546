"""``annotator feedback``: write one feedback file per student who handed in.

Kept apart from cli.py so the parser stays small; imports only argparse until it runs.
"""

from __future__ import annotations

import argparse
from typing import Any

from annotator.cli_common import CliText

__all__ = ["add_feedback_command"]


def _epilog() -> str:
    return CliText.tr("""parts (--include, comma-separated; default all):
  key       the answer key, with your explanation of each key passage
  class     the class overlay: how many students marked each character with each tag
            (left out when fewer than 3 students handed in, to keep classmates anonymous)
  scores    the student's scores against the key: exact, overlap, character F1, confusion
  comments  your comment to the student and your comments on their annotations

exit status:
  0  a file was written for every student who handed in
  1  some files could not be written (see the problem column)
  2  bad usage or input

example:
  annotator feedback --exercise 7e0e --output returned/ --include key,scores
""")


def add_feedback_command(sub: Any) -> None:
    p = sub.add_parser(
        "feedback", help=CliText.tr("write a feedback file for every student who handed in"),
        description=CliText.tr(
            "Write NAME.feedback.json for every student whose hand-in was imported: the "
            "answer key with explanations, the anonymised class overlay, the student's "
            "scores and your comments. Each file opens only for its student."),
        epilog=_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID",
                   help=CliText.tr("exercise id or an unambiguous prefix of it"))
    p.add_argument("--output", required=True, metavar="DIR",
                   help=CliText.tr("folder to write into"))
    p.add_argument("--include", metavar="PARTS", default="key,class,scores,comments",
                   help=CliText.tr("which parts to include (default: "
                                   "key,class,scores,comments)"))
    p.add_argument("--json", action="store_true",
                   help=CliText.tr("print one JSON object per student"))
    p.set_defaults(handler=_cmd_feedback)


def _cmd_feedback(args: argparse.Namespace) -> int:
    from annotator.cli_common import CliError
    from annotator.cli_common import open_database_for as _open
    from annotator.cli_common import print_json as _print_json
    from annotator.exchange.errors import ExchangeError
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.feedback import parse_includes, return_feedback

    try:
        includes = parse_includes(args.include)
    except ValueError as error:
        raise CliError(f"--include: {error}") from None
    ctx = _open(args)
    exercise_id = parse_exercise_id(ctx.db, args.exercise_id)
    try:
        results = return_feedback(ctx.db, exercise_id, args.output, includes)
    except ExchangeError as error:
        raise CliError(str(error)) from error
    if not results:
        raise CliError(CliText.tr(
            "nobody has handed in this exercise yet: import hand-ins first"))
    if args.json:
        _print_json([{"student": r.student, "student_id": str(r.student_id),
                      "file": str(r.path) if r.path else None, "ok": r.ok,
                      "problem": r.problem, "notes": list(r.notes)} for r in results])
    else:
        for r in results:
            shown = str(r.path) if r.ok else CliText.tr("not written: {problem}").format(
                problem=r.problem)
            print(f"{r.student}\t{shown}")
        notes = sorted({note for r in results for note in r.notes})
        for note in notes:
            print(CliText.tr("note: {note}").format(note=note))
        written = sum(1 for r in results if r.ok)
        print(CliText.tr("{written} of %n feedback file(s) written", "", len(results)).format(
            written=written))
    return 0 if all(r.ok for r in results) else 1
