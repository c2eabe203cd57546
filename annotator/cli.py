"""The command line: ``annotator [--db DB] [COMMAND ...]``.

With no command the desktop app starts. Commands run headless on the same services and
never import Qt. Exit code 0 on success; bad input gives a one-line message on stderr and a
non-zero code.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath
from typing import Any

from annotator import APP_NAME

Command = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """Bad input: printed as one line on stderr, exit code 2."""


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked (importlib.metadata is slow
    to import, and every start builds this parser)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from annotator import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description=f"{APP_NAME}: read news articles side by side and tag what they claim.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: the user data folder; "
        "the ANNOTATOR_DB environment variable also sets it)",
    )
    parser.add_argument("--exercise", metavar="ID", help="open this exercise in the window")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check the installation in a temporary database (offscreen), print ok, exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("exercises", help="list the exercises in the database")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(handler=_cmd_exercises)

    p = sub.add_parser("annotations", help="list annotations of an exercise")
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID")
    p.add_argument("--annotator", metavar="ID", help="only this annotator's annotations")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(handler=_cmd_annotations)

    p = sub.add_parser("review", help="the class review of an exercise: agreement, scores, "
                       "contested passages")
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID",
                   help="exercise id or a unique prefix of it")
    p.add_argument("--article", dest="article_id", metavar="ID",
                   help="only this article (id or a unique prefix)")
    p.add_argument("--anonymise", action="store_true", help="name students Student 1..N")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(handler=_cmd_review)
    _add_handin_commands(sub)
    from annotator.cli_feedback import add_feedback_command

    add_feedback_command(sub)
    from annotator.cli_interop import add_interop_commands

    add_interop_commands(sub)
    from annotator.cli_server import add_server_commands

    add_server_commands(sub)
    return parser


# --- hand-ins: export one student's work, import a class's files -------------------------

_IMPORT_EPILOG = """\
exit status:
  0  every file was imported
  1  some files were rejected (damaged, another exercise, or older than the stored hand-in);
     the others were imported, each in its own transaction
  2  bad usage or input: a path that does not exist, a folder without *.json files

examples:
  annotator import hand-ins/                     # every *.json file in the folder
  annotator import ada.handin.json ben.handin.json --json
"""


def _add_handin_commands(sub: Any) -> None:
    p = sub.add_parser(
        "export", help="write one student's work as a hand-in, W3C JSON-LD, CSV or HTML",
        description="Write one student's work on one exercise to a file (atomically).",
    )
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID",
                   help="exercise id or an unambiguous prefix of it")
    p.add_argument("--annotator", required=True, metavar="ID_OR_NAME",
                   help="the student's id (or a prefix of it) or their exact display name")
    p.add_argument("--format", dest="fmt", choices=("handin", "w3c", "csv", "html"),
                   default="handin", help="file format (default: handin)")
    p.add_argument("--output", required=True, metavar="PATH", help="the file to write")
    p.add_argument("--standalone", action="store_true",
                   help="w3c: give every annotation its own @context, so each can be taken "
                   "out of the collection alone")
    p.set_defaults(handler=_cmd_export)

    p = sub.add_parser(
        "import", help="import students' hand-in files or folders of them",
        description="Import hand-in files; each file is checked and imported in its own "
        "transaction, and a summary line is printed per file.",
        epilog=_IMPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.set_defaults(handler=_cmd_import)


def _find_annotator(db: Any, text: str) -> Any:
    """A full id, else an exact display name, else an unambiguous id prefix."""
    import uuid

    from annotator.services.annotators import list_annotators

    wanted = text.strip()
    people = list_annotators(db)
    try:
        exact = uuid.UUID(wanted)
    except ValueError:
        exact = None
    named = [a for a in people if a.display_name.casefold() == wanted.casefold()]
    prefixed = [a for a in people if wanted and str(a.id).startswith(wanted.lower())]
    for matches in ([a for a in people if a.id == exact], named, prefixed):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise CliError(
                f"{len(matches)} annotators are called {wanted!r}; give the id instead"
                if matches is named
                else f"{wanted!r} is the start of {len(matches)} annotator ids; give more of it"
            )
    raise CliError(f"no annotator with id or name {wanted!r}")


def _cmd_export(args: argparse.Namespace) -> int:
    from annotator.exchange.errors import ExchangeError
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.handin_report import export_report
    from annotator.services.handins import export_handin

    ctx = _open(args)
    exercise_id = parse_exercise_id(ctx.db, args.exercise_id)
    person = _find_annotator(ctx.db, args.annotator)
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
    print(f"wrote {args.output} ({args.fmt}) for {person.display_name}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from annotator.services.handins import expand_paths, import_handins

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CliError(f"{missing[0]}: no such file or folder")
    files = expand_paths(args.paths)
    if not files:
        raise CliError(f"{', '.join(args.paths)}: no *.json hand-in files found")
    ctx = _open(args)
    results = import_handins(ctx.db, files)
    rows = [
        {"file": str(r.file), "student": r.student, "imported": r.imported,
         "reanchored": r.reanchored, "orphaned": r.orphaned, "status": str(r.status),
         "problem": r.problem, "ok": r.ok, "exercise": r.exercise_title,
         "exercise_id": str(r.exercise_id) if r.exercise_id else None}
        for r in results
    ]
    if args.json:
        _print_json(rows)
    else:
        _print_import_table(rows)
    return 0 if all(r.ok for r in results) else 1


def _print_import_table(rows: list[dict[str, Any]]) -> None:
    heads = ("file", "student", "imported", "reanchored", "orphaned", "status", "problem")
    cells = [[PurePath(r[h]).name if h == "file" else str(r[h]) for h in heads] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(heads[:-1])]
    for line in [list(heads), *cells]:
        fixed = "  ".join(
            cell.rjust(w) if 2 <= i <= 4 else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(line[:-1], widths, strict=True))
        )
        print(f"{fixed}  {line[-1]}".rstrip())
    bad = sum(1 for r in rows if not r["ok"])
    print(f"{len(rows) - bad} of {len(rows)} file(s) imported"
          + (f"; {bad} not imported (see problem column)" if bad else ""))
    exercises = Counter(r["exercise"] for r in rows if r["ok"])
    if len(exercises) > 1:  # a student handed in another exercise: say where it went
        print(f"The imported files were for {len(exercises)} exercises: " + ", ".join(
            f"“{title}” ({n} file{'s' if n != 1 else ''})" for title, n in exercises.items()))


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _cmd_exercises(args: argparse.Namespace) -> int:
    from annotator.services.exercises import list_exercises

    ctx = _open(args)
    rows = list_exercises(ctx.db)
    if args.json:
        _print_json([
            {"id": str(r.id), "title": r.title, "revision": r.revision,
             "articles": r.article_count, "modified": r.modified.isoformat()}
            for r in rows
        ])
    else:
        for r in rows:
            print(f"{r.id}  {r.title}  ({r.article_count} articles, revision {r.revision})")
    return 0


def _cmd_annotations(args: argparse.Namespace) -> int:
    import uuid

    from annotator.services.annotators import list_annotators
    from annotator.services.exercises import load_exercise, parse_exercise_id

    ctx = _open(args)
    exercise = load_exercise(ctx.db, parse_exercise_id(ctx.db, args.exercise_id))
    annotator = uuid.UUID(args.annotator) if args.annotator else None
    names = {a.id: a.display_name for a in list_annotators(ctx.db)}
    rows = []
    for a in ctx.annotations.list(exercise.id, annotator):
        rows.append({
            "id": str(a.id), "article": str(a.article_id), "annotator": str(a.annotator_id),
            "annotator_name": names.get(a.annotator_id, ""), "start": a.start, "end": a.end,
            "exact": a.exact, "tag": exercise.tag(a.tag_id).key, "note": a.note,
        })
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            quote = r["exact"].replace("\n", " ")
            quote = quote if len(quote) <= 60 else quote[:57] + "…"
            print(f"{r['annotator_name']}\t{r['tag']}\t{r['start']}-{r['end']}\t{quote}")
    return 0


def _review_text(figures: dict[str, Any]) -> str:
    lines = [f"Review of {figures['exercise']['title']}"]
    for article in figures["articles"]:
        students = article["students"]
        lines += ["", f"== {article['article']['title']} ==",
                  f"{len(students)} student(s); answer key: "
                  f"{'yes' if article['key'] else 'none'}"]
        agreement = article["agreement"]
        for key, name in (("krippendorff_alpha", "Krippendorff's alpha"),
                          ("fleiss_kappa", "Fleiss' kappa"),
                          ("mean_cohen_kappa", "Mean Cohen's kappa")):
            lines.append(f"  {name}: {agreement[key]['reading']}")
        unitizing = agreement["unitizing_alpha"]["u_alpha"]
        lines.append(f"  Unitizing alpha: {unitizing['reading']}")
        if article["contested"]:
            lines.append("  Most contested:")
            lines += [f"    {c['score']:.2f}  {c['excerpt']}" for c in article["contested"][:5]]
        for entry in article["scores"]:
            f1 = entry["overlap"]["all"]["f1"]
            shown = "–" if f1 is None else f"{f1:.2f}"
            lines.append(f"  {entry['name']}: F1 against the key (overlap) {shown}")
    return "\n".join(lines)


def _cmd_review(args: argparse.Namespace) -> int:
    from annotator.services.exercises import load_exercise, parse_exercise_id
    from annotator.services.review import review_figures

    ctx = _open(args)
    exercise = load_exercise(ctx.db, parse_exercise_id(ctx.db, args.exercise_id))
    article_id = None
    if args.article_id:
        wanted = args.article_id.strip().lower()
        found = [a.id for a in exercise.articles if str(a.id).startswith(wanted)]
        if len(found) != 1 or not wanted:
            raise CliError(f"exercise {exercise.id} has no article {args.article_id!r}"
                           + (" (the prefix is ambiguous)" if len(found) > 1 else ""))
        article_id = found[0]
    figures = review_figures(ctx.db, exercise.id, article_id, anonymise=args.anonymise)
    if args.json:
        json.dump(figures, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
        sys.stdout.write("\n")
    else:
        print(_review_text(figures))
    return 0


def _open(args: argparse.Namespace) -> Any:
    from annotator.services.context import open_context
    from annotator.services.sample import ensure_sample_exercise

    ctx = open_context(args.db)
    if not ctx.db.is_server:  # a school server's exercises are set by its instructors
        ensure_sample_exercise(ctx.db)
    return ctx


def run_command(args: argparse.Namespace) -> int:
    from annotator.services.annotations import AnnotationError
    from annotator.services.exercises import ExerciseNotFoundError
    from annotator.services.school import ServerError
    from annotator.storage.errors import StorageError

    handler: Command = args.handler
    try:
        return handler(args)
    except (CliError, StorageError, ExerciseNotFoundError, AnnotationError, ValueError,
            OSError, ServerError) as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        print(f"annotator: error: {message}", file=sys.stderr)
        return 2


def _subcommands(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


_VALUE_OPTIONS = frozenset({"--db", "--exercise"})


def split_open_paths(argv: Sequence[str], commands: set[str]) -> tuple[list[str], list[str]]:
    """Separate files to open in the window (``annotator lesson.saexercise``) from options.

    Desktop files and file associations start the app as ``annotator FILE...``; a command
    line that names a command is left as it is.
    """
    args, paths = list(argv), []
    if any(arg in commands for arg in args):
        return args, []
    kept: list[str] = []
    expect_value = False
    for arg in args:
        if expect_value:
            kept.append(arg)
            expect_value = False
        elif arg in _VALUE_OPTIONS:
            kept.append(arg)
            expect_value = True
        elif arg.startswith("-"):
            kept.append(arg)
        else:
            paths.append(arg)
    return kept, paths


def safe_output(stream: Any) -> None:
    """Make ``stream`` (stdout or stderr) able to write any text.

    Output redirected to a file or a pipe on Windows is encoded in the ANSI code page
    (cp1252, cp1251, ...), which lacks most characters of other scripts: a title in Greek, or
    the self-test's quotation marks on an OEM code page, would end the command with a
    UnicodeEncodeError. Redirected output is written as UTF-8 (what JSON requires); a
    console keeps its encoding and shows what it cannot as ``?``.
    """
    if stream is None or not hasattr(stream, "reconfigure"):
        return
    encoding = str(getattr(stream, "encoding", "") or "").lower().replace("_", "-")
    if encoding in ("utf-8", "utf8"):
        return
    try:
        if stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8", errors="replace")
    except (OSError, ValueError):  # a stream that cannot be changed any more
        return


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        safe_output(stream)
    parser = build_parser()
    commands = set(_subcommands(parser))
    argv, open_paths = split_open_paths(sys.argv[1:] if argv is None else argv, commands)
    args = parser.parse_args(argv)
    if args.self_test:
        from annotator.selftest import run_self_test

        return run_self_test()
    if args.command:
        return run_command(args)
    # Start-up builds a great many objects and frees almost none, so the cyclic collector
    # would only walk them over and over; run_gui turns it back on once the window is up
    # (docs/performance.md).
    gc.disable()
    try:
        from annotator.gui.application import run_gui

        return run_gui(args.db, args.exercise, open_paths)
    finally:
        gc.enable()
