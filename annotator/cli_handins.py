"""``annotator export`` and ``annotator import``: one student's hand-in out, a class's in."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path, PurePath
from typing import Any

from annotator.cli_common import CliError, CliText, find_annotator, print_json
from annotator.cli_common import open_database_for as _open

__all__ = ["add_handin_commands"]

def _import_epilog() -> str:
    return CliText.tr("""exit status:
  0  every file was imported
  1  some files were rejected (damaged, another exercise, older than the stored
     hand-in), or were duplicates (the same highlights as another student's file: each
     names the others, and none of them is imported; import the one to keep on its own);
     the others were imported, each in its own transaction
  2  bad usage or input: a path that does not exist, a folder without *.json files,
     or the database is open in Source Annotator (close it first)

examples:
  annotator import hand-ins/                     # every *.json file in the folder
  annotator import ada.handin.json ben.handin.json --json
""")


def add_handin_commands(sub: Any) -> None:
    p = sub.add_parser(
        "export", help=CliText.tr("write one student's work as a hand-in, W3C JSON-LD, CSV "
                                  "or HTML"),
        description=CliText.tr("Write one student's work on one exercise to a file "
                               "(atomically)."),
    )
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID",
                   help=CliText.tr("exercise id or an unambiguous prefix of it"))
    p.add_argument("--annotator", required=True, metavar="ID_OR_NAME",
                   help=CliText.tr("the student's id (or a prefix of it) or their exact "
                                   "display name"))
    p.add_argument("--format", dest="fmt", choices=("handin", "w3c", "csv", "html"),
                   default="handin", help=CliText.tr("file format (default: handin)"))
    p.add_argument("--output", required=True, metavar="PATH", help=CliText.tr("the file to write"))
    p.add_argument("--standalone", action="store_true",
                   help=CliText.tr("w3c: give every annotation its own @context, so each "
                                   "can be taken out of the collection alone"))
    p.set_defaults(handler=_cmd_export)

    p = sub.add_parser(
        "import", help=CliText.tr("import students' hand-in files or folders of them"),
        description=CliText.tr("Import hand-in files; each file is checked and imported in "
                               "its own transaction, and a summary line is printed per file."),
        epilog=_import_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--json", action="store_true", help=CliText.tr("print one JSON object per file"))
    p.set_defaults(handler=_cmd_import)


def _cmd_export(args: argparse.Namespace) -> int:
    from annotator.exchange.errors import ExchangeError
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.handin_report import export_report
    from annotator.services.handins import export_handin

    ctx = _open(args, writes=args.fmt == "handin")  # a student's hand-in is recorded
    exercise_id = parse_exercise_id(ctx.db, args.exercise_id)
    person = find_annotator(ctx.db, args.annotator)
    try:
        if args.fmt == "html":
            export_report(ctx.db, exercise_id, person.id, args.output)
        elif args.fmt == "handin" and person.role == "student":
            from annotator.services.feedback_student import hand_in

            hand_in(ctx.db, exercise_id, person.id, args.output)  # recorded as an attempt
        else:
            export_handin(ctx.db, exercise_id, person.id, args.output, args.fmt,
                          standalone=args.standalone)
    except ExchangeError as error:
        raise CliError(str(error)) from error
    print(CliText.tr("wrote {file} ({format}) for {name}").format(
        file=args.output, format=args.fmt, name=person.display_name))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    # the import module alone: the exports and reports (CSV, HTML) are not needed here
    from annotator.services import handin_import

    expand_paths, import_handins = handin_import.expand_paths, handin_import.import_handins

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CliError(f"{missing[0]}: " + CliText.tr("no such file or folder"))
    files = expand_paths(args.paths)
    if not files:
        raise CliError(f"{', '.join(args.paths)}: " + CliText.tr("no *.json hand-in files found"))
    ctx = _open(args, writes=True)
    results = import_handins(ctx.db, files)
    rows = [
        {"file": str(r.file), "student": r.student, "imported": r.imported,
         "reanchored": r.reanchored, "orphaned": r.orphaned, "status": str(r.status),
         "problem": r.problem, "ok": r.ok, "exercise": r.exercise_title,
         "exercise_id": str(r.exercise_id) if r.exercise_id else None,
         "student_id": str(r.student_id) if r.student_id else None,
         "duplicate_of": [str(p) for p in r.duplicate_of]}
        for r in results
    ]
    if args.json:
        print_json(rows)
    else:
        _print_import_table(rows)
    return 0 if all(r.ok for r in results) else 1


def _print_import_table(rows: list[dict[str, Any]]) -> None:
    keys = ("file", "student", "imported", "reanchored", "orphaned", "status", "problem")
    heads = (CliText.tr("file"), CliText.tr("student"), CliText.tr("imported"),
             CliText.tr("reanchored"), CliText.tr("orphaned"), CliText.tr("status"),
             CliText.tr("problem"))
    cells = [[PurePath(r[k]).name if k == "file" else str(r[k]) for k in keys] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(heads[:-1])]
    for line in [list(heads), *cells]:
        fixed = "  ".join(
            cell.rjust(w) if 2 <= i <= 4 else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(line[:-1], widths, strict=True))
        )
        print(f"{fixed}  {line[-1]}".rstrip())
    bad = sum(1 for r in rows if not r["ok"])
    print(CliText.tr("{imported} of %n file(s) imported", "", len(rows)).format(
        imported=len(rows) - bad) + (CliText.tr("; %n not imported (see problem column)", "",
                                                bad) if bad else ""))
    exercises = Counter(r["exercise"] for r in rows if r["ok"])
    if len(exercises) > 1:  # a student handed in another exercise: say where it went
        print(CliText.tr("The imported files were for %n exercises: ", "", len(exercises))
              + ", ".join(f"“{title}” (" + CliText.tr("%n file(s)", "", n) + ")"
                          for title, n in exercises.items()))
