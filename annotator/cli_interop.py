"""Command-line exchange with other tools: REFI-QDA projects and gradebook CSV files.

``annotator export-project``, ``import-project``, ``gradebook`` and ``gradebook-ids``; added
to the parser by :func:`annotator.cli.build_parser`. Like the rest of the CLI this never
imports Qt, and imports the services only when a command runs.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

from annotator.cli_common import CliText

__all__ = ["add_interop_commands"]


def _ids_epilog() -> str:
    return CliText.tr("""Each student is named by id (or a unique prefix of it) or
exact display name. Identifiers are stored in the database, once per student and
platform, and used by every later `annotator gradebook` export of any exercise. An empty
identifier removes one.

examples:
  annotator gradebook-ids --platform moodle --set "Ada Lovelace=ada@school.org"
  annotator gradebook-ids --platform canvas --from-csv canvas-ids.csv
  annotator gradebook-ids --platform moodle --exercise 7e0e2d23   # list, with gaps
""")


def add_interop_commands(sub: Any) -> None:
    p = sub.add_parser(
        "export-project", help=CliText.tr("write the class's work on an exercise as a REFI-QDA "
                                          "project"),
        description=CliText.tr("Write the exercise's articles, tag set and every student's "
                               "(and the key's) annotations, notes and links as a REFI-QDA "
                               "project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo."))
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID")
    p.add_argument("--format", dest="fmt", choices=("qdpx",), default="qdpx")
    p.add_argument("--output", required=True, metavar="PATH")
    p.set_defaults(handler=_cmd_export_project)

    p = sub.add_parser(
        "import-project", help=CliText.tr("import codes, selections and coders from REFI-QDA "
                                          "projects"),
        description=CliText.tr("Import .qdpx files into an exercise, each in its own "
                               "transaction. Each coder's earlier work on the exercise is "
                               "replaced by what the file holds."))
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID")
    p.add_argument("--json", action="store_true",
                   help=CliText.tr("print one JSON object per file"))
    p.set_defaults(handler=_cmd_import_project)

    p = sub.add_parser(
        "gradebook", help=CliText.tr("write the class's grades as a Moodle or Canvas import file"),
        description=CliText.tr("Write each student's grade (mean F1 against the answer key, "
                               "0-100) as a CSV file for the gradebook import of Moodle or "
                               "Canvas."))
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID")
    p.add_argument("--platform", required=True, choices=("moodle", "canvas"))
    p.add_argument("--column", default="", metavar="NAME",
                   help=CliText.tr("grade item (Moodle) or assignment (Canvas); default: the "
                                   "exercise"))
    p.add_argument("--output", required=True, metavar="PATH")
    p.set_defaults(handler=_cmd_gradebook)

    p = sub.add_parser(
        "gradebook-ids",
        help=CliText.tr("set or list the identifiers Moodle or Canvas know students by"),
        epilog=_ids_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--platform", required=True, choices=("moodle", "canvas"))
    p.add_argument("--set", dest="pairs", action="append", default=[], metavar="STUDENT=ID")
    p.add_argument("--from-csv", metavar="FILE",
                   help=CliText.tr("a CSV file with two columns: student, identifier (a header "
                                   "row naming 'student' is skipped)"))
    p.add_argument("--exercise", dest="exercise_id", metavar="ID",
                   help=CliText.tr("list only the students of this exercise (with the unmapped "
                                   "ones)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_gradebook_ids)


def _cmd_export_project(args: argparse.Namespace) -> int:
    from annotator.cli_common import CliError
    from annotator.cli_common import open_database_for as _open
    from annotator.exchange.errors import ExchangeError
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.qda import export_qdpx

    ctx = _open(args)
    exercise_id = parse_exercise_id(ctx.db, args.exercise_id)
    try:
        project = export_qdpx(ctx.db, exercise_id, args.output)
    except ExchangeError as error:
        raise CliError(str(error)) from error
    counts = ", ".join((CliText.tr("%n article(s)", "", len(project.sources)),
                        CliText.tr("%n code(s)", "", len(project.codes)),
                        CliText.tr("%n coder(s)", "", len(project.users)),
                        CliText.tr("%n selection(s)", "", len(project.selections)),
                        CliText.tr("%n link(s)", "", len(project.links))))
    print(CliText.tr("wrote {file} (qdpx): {counts}").format(file=args.output, counts=counts))
    return 0


def _cmd_import_project(args: argparse.Namespace) -> int:
    from annotator.cli_common import CliError
    from annotator.cli_common import open_database_for as _open
    from annotator.cli_common import print_json as _print_json
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.qda import import_qdpx

    missing = [p for p in args.paths if not Path(p).is_file()]
    if missing:
        raise CliError(f"{missing[0]}: " + CliText.tr("no such file"))
    ctx = _open(args, writes=True)
    exercise_id = parse_exercise_id(ctx.db, args.exercise_id)
    results = [import_qdpx(ctx.db, path, exercise_id) for path in args.paths]
    if args.json:
        _print_json([{"file": str(r.file), "ok": r.ok, "coders": r.users,
                      "imported": r.imported, "reanchored": r.reanchored,
                      "orphaned": r.orphaned, "links": r.links, "skipped": r.skipped,
                      "problem": r.problem} for r in results])
    else:
        for r in results:
            print(f"{r.file.name}: {r.summary()}")
    return 0 if all(r.ok for r in results) else 1


def _cmd_gradebook(args: argparse.Namespace) -> int:
    from annotator.cli_common import CliError
    from annotator.cli_common import open_database_for as _open
    from annotator.exchange.errors import ExchangeError
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.gradebook import export_gradebook

    ctx = _open(args)
    exercise_id = parse_exercise_id(ctx.db, args.exercise_id)
    try:
        export = export_gradebook(ctx.db, exercise_id, args.platform, args.output, args.column)
    except ExchangeError as error:
        raise CliError(str(error)) from error
    print(CliText.tr("wrote {file} ({platform}): %n student(s)", "", len(export.rows)).format(
        file=args.output, platform=args.platform))
    if export.unmapped:
        names = ", ".join(export.unmapped[:5]) + (", …" if len(export.unmapped) > 5 else "")
        print("annotator: " + CliText.tr(
            "warning: %n student(s) have no {platform} identifier yet ({names}); set them "
            "with `annotator gradebook-ids`", "", len(export.unmapped)).format(
                platform=args.platform, names=names), file=sys.stderr)
    return 0


def _pairs_from_csv(path: str) -> list[tuple[str, str]]:
    from annotator.cli_common import CliError

    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = [row for row in csv.reader(handle) if any(cell.strip() for cell in row)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CliError(f"{path}: " + CliText.tr("cannot read the file ({reason})").format(
            reason=error)) from error
    if rows and rows[0] and rows[0][0].strip().casefold() == "student":
        rows = rows[1:]
    bad = next((n for n, row in enumerate(rows, 1) if len(row) < 2), None)
    if bad is not None:
        raise CliError(f"{path}: " + CliText.tr(
            "row {row} needs two columns: student, identifier").format(row=bad))
    return [(row[0], row[1]) for row in rows]


def _cmd_gradebook_ids(args: argparse.Namespace) -> int:
    from annotator.cli_common import CliError
    from annotator.cli_common import find_annotator as _find_annotator
    from annotator.cli_common import open_database_for as _open
    from annotator.cli_common import print_json as _print_json
    from annotator.services.annotators import list_annotators
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.gradebook import class_students, identifiers, set_identifiers

    pairs: list[tuple[str, str]] = []
    for item in args.pairs:
        student, sep, identifier = item.partition("=")
        if not sep or not student.strip():
            raise CliError(f"--set {item!r}: " + CliText.tr("write STUDENT=IDENTIFIER"))
        pairs.append((student, identifier))
    if args.from_csv:
        pairs += _pairs_from_csv(args.from_csv)
    ctx = _open(args, writes=bool(pairs))
    if pairs:
        values = {_find_annotator(ctx.db, student).id: identifier
                  for student, identifier in pairs}
        changed = set_identifiers(ctx.db, args.platform, values)
        print(CliText.tr("%n {platform} identifier(s) changed", "", changed).format(
            platform=args.platform))
        return 0
    if args.exercise_id:
        shown = [(s.annotator_id, s.name, s.identifier) for s in class_students(
            ctx.db, parse_exercise_id(ctx.db, args.exercise_id), args.platform)]
    else:
        known = identifiers(ctx.db, args.platform)
        shown = [(a.id, a.display_name, known[a.id]) for a in list_annotators(ctx.db)
                 if a.id in known]
    if args.json:
        _print_json([{"id": str(i), "name": n, "identifier": v} for i, n, v in shown])
    else:
        for annotator_id, name, identifier in shown:
            unset = CliText.tr("(not set)")
            print(f"{str(annotator_id)[:8]}  {name}\t{identifier or unset}")
    return 0
