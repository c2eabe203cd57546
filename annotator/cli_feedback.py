"""``annotator feedback``: write one feedback file per student who handed in, or release
the feedback to them on a school server (``--release``, ``--withdraw``).

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
  0  a file was written (or feedback released) for every student who handed in
  1  some could not be (see the problem column)
  2  bad usage or input

examples:
  annotator feedback --exercise 7e0e --output returned/ --include key,scores
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --release
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --withdraw
""")


def add_feedback_command(sub: Any) -> None:
    p = sub.add_parser(
        "feedback", help=CliText.tr("write a feedback file for every student who handed in"),
        description=CliText.tr("Write NAME.feedback.json for every student whose hand-in was "
                               "imported: the answer key with explanations, the anonymised "
                               "class overlay, the student's scores and your comments. Each "
                               "file opens only for its student."),
        epilog=_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID",
                   help=CliText.tr("exercise id or an unambiguous prefix of it"))
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--output", metavar="DIR", help=CliText.tr("folder to write the files into"))
    where.add_argument("--release", action="store_true",
                       help=CliText.tr("on a school server (--db postgresql://...): release the "
                                       "feedback to the students there instead of writing "
                                       "files; again replaces it"))
    where.add_argument("--withdraw", action="store_true",
                       help=CliText.tr("on a school server: take back the feedback released on "
                                       "the exercise"))
    p.add_argument("--include", metavar="PARTS", default="key,class,scores,comments",
                   help=CliText.tr("which parts to include (default: key,class,scores,comments)"))
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
    if args.release or args.withdraw:
        return _cmd_release(args, ctx.db, exercise_id, includes)
    try:
        results = return_feedback(ctx.db, exercise_id, args.output, includes)
    except ExchangeError as error:
        raise CliError(str(error)) from error
    if not results:
        raise CliError(CliText.tr("nobody has handed in this exercise yet: import hand-ins "
                                  "first"))
    if args.json:
        _print_json([{"student": r.student, "student_id": str(r.student_id),
                      "file": str(r.path) if r.path else None, "ok": r.ok,
                      "problem": r.problem, "notes": list(r.notes)} for r in results])
    else:
        for r in results:
            state = str(r.path) if r.ok else CliText.tr("not written: {problem}").format(
                problem=r.problem)
            print(f"{r.student}\t{state}")
        notes = sorted({note for r in results for note in r.notes})
        for note in notes:
            print(CliText.tr("note: {note}").format(note=note))
        written = sum(1 for r in results if r.ok)
        print(CliText.tr("{written} of %n feedback file(s) written", "", len(results)).format(
            written=written))
    return 0 if all(r.ok for r in results) else 1


def _cmd_release(args: argparse.Namespace, db: Any, exercise_id: Any,
                 includes: tuple[str, ...]) -> int:
    from annotator.cli_common import CliError
    from annotator.cli_common import print_json as _print_json
    from annotator.exchange.errors import ExchangeError
    from annotator.services.feedback_release import release_feedback, withdraw_feedback

    try:
        if args.withdraw:
            n = withdraw_feedback(db, exercise_id)
            if args.json:
                _print_json({"withdrawn": n})
            else:
                print(CliText.tr("feedback withdrawn from %n student(s)", "", n))
            return 0
        results = release_feedback(db, exercise_id, includes)
    except ExchangeError as error:
        raise CliError(str(error)) from error
    if not results:
        raise CliError(CliText.tr("nobody has handed in this exercise yet"))
    if args.json:
        _print_json([{"student": r.student, "student_id": str(r.student_id), "ok": r.ok,
                      "replaced": r.replaced, "problem": r.problem, "notes": list(r.notes)}
                     for r in results])
    else:
        for r in results:
            state = ((CliText.tr("released again") if r.replaced else CliText.tr("released"))
                     if r.ok else CliText.tr("not released: {problem}").format(
                         problem=r.problem))
            print(f"{r.student}\t{state}")
        for note in sorted({note for r in results for note in r.notes}):
            print(CliText.tr("note: {note}").format(note=note))
        done = sum(1 for r in results if r.ok)
        print(CliText.tr("feedback released to {done} of %n student(s) on the server", "",
                         len(results)).format(done=done))
    return 0 if all(r.ok for r in results) else 1
