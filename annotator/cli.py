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

    p = sub.add_parser(
        "review", help="the class review of an exercise: agreement, scores, contested passages",
        description="The class review of an exercise. With --json the figures are streamed\n"
        "out as compact JSON (one line) as they are computed; --indent makes it readable.",
        epilog=_REVIEW_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID",
                   help="exercise id or a unique prefix of it")
    p.add_argument("--article", dest="article_id", metavar="ID",
                   help="only this article (id or a unique prefix)")
    p.add_argument("--anonymise", action="store_true", help="name students Student 1..N")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--indent", type=int, metavar="N", default=None,
                   help="indent the JSON by N spaces (default: compact)")
    p.add_argument("--only", metavar="PARTS", type=_review_parts, default=None,
                   help="only these parts, comma-separated: scores, agreement, contested, "
                   "overlay (the overlay summary and the chart data)")
    pairwise = p.add_mutually_exclusive_group()
    pairwise.add_argument("--pairwise", dest="pairwise", action="store_true", default=None,
                          help="include the student-by-student matrices whatever the class "
                          "size (by default only up to 200 students)")
    pairwise.add_argument("--no-pairwise", dest="pairwise", action="store_false",
                          help="leave the student-by-student matrices out")
    pairwise.add_argument("--pairwise-students", metavar="IDS", default=None,
                          help="the matrices for these students only: ids, unique id prefixes "
                          "or exact names, comma-separated")
    p.set_defaults(handler=_cmd_review)
    _add_handin_commands(sub)
    from annotator.cli_feedback import add_feedback_command

    add_feedback_command(sub)
    from annotator.cli_interop import add_interop_commands

    add_interop_commands(sub)
    from annotator.cli_server import add_server_commands

    add_server_commands(sub)
    return parser


_REVIEW_EPILOG = """\
Student-by-student matrices (pairwise Cohen's kappa, span F1) grow with the square of the
class; above 200 students they are left out unless --pairwise or --pairwise-students asks
for them. Every summary (alpha, kappa, the mean of the pairwise kappas) is always given.

examples:
  annotator review --exercise 7e0e --json > review.json
  annotator review --exercise 7e0e --json --only scores --indent 2
  annotator review --exercise 7e0e --json --only agreement --pairwise-students ada,ben
"""


def _review_parts(text: str) -> frozenset[str]:
    from annotator.services.review import PARTS

    parts = frozenset(p.strip() for p in text.split(",") if p.strip())
    unknown = sorted(parts - set(PARTS))
    if unknown or not parts:
        raise argparse.ArgumentTypeError(
            f"unknown part {unknown[0] if unknown else text!r} (choose from {', '.join(PARTS)})")
    return parts


# --- hand-ins: export one student's work, import a class's files -------------------------

_IMPORT_EPILOG = """\
exit status:
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

    ctx = _open(args, writes=args.fmt == "handin")  # a student's hand-in is recorded
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
    from annotator.services import handins

    expand_paths, import_handins = handins.expand_paths, handins.import_handins

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CliError(f"{missing[0]}: no such file or folder")
    files = expand_paths(args.paths)
    if not files:
        raise CliError(f"{', '.join(args.paths)}: no *.json hand-in files found")
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
    empty = [s["name"] for s in figures.get("students", []) if s["status"] != "marked"]
    if empty:
        lines.append(f"Handed in, nothing marked: {', '.join(empty)}")
    for article in figures["articles"]:
        students = article["students"]
        lines += ["", f"== {article['article']['title']} ==",
                  f"{len(students)} student(s); answer key: "
                  f"{'yes' if article['key'] else 'none'}"]
        if article["not_marked"]:
            lines.append("  Nothing marked here: "
                         + ", ".join(s["name"] for s in article["not_marked"]))
        agreement = article.get("agreement")
        if agreement is not None:
            for key, name in (("krippendorff_alpha", "Krippendorff's alpha"),
                              ("fleiss_kappa", "Fleiss' kappa"),
                              ("mean_cohen_kappa", "Mean Cohen's kappa")):
                lines.append(f"  {name}: {agreement[key]['reading']}")
            unitizing = agreement["unitizing_alpha"]["u_alpha"]
            lines.append(f"  Unitizing alpha: {unitizing['reading']}")
        if article.get("contested"):
            lines.append("  Most contested:")
            lines += [f"    {c['score']:.2f}  {c['excerpt']}" for c in article["contested"][:5]]
        for entry in article.get("scores", []):
            f1 = entry["overlap"]["all"]["f1"]
            shown = "–" if f1 is None else f"{f1:.2f}"
            lines.append(f"  {entry['name']}: F1 against the key (overlap) {shown}")
    return "\n".join(lines)


def _pick_students(ctx: Any, exercise_id: Any, wanted: str, anonymise: bool) -> tuple[str, ...]:
    from annotator.services.review import exercise_students

    people = exercise_students(ctx.db, exercise_id, anonymise)
    chosen: list[str] = []
    for token in (t.strip() for t in wanted.split(",")):
        if not token:
            continue
        found = [p.id for p in people if p.name == token or p.display_name == token]
        if not found:
            found = [p.id for p in people if p.id.startswith(token.lower())]
        if len(found) != 1:
            problem = "is ambiguous" if found else "is not a student of this exercise"
            raise CliError(f"--pairwise-students: {token!r} {problem}")
        chosen.append(found[0])
    return tuple(chosen)


def _cmd_review(args: argparse.Namespace) -> int:
    from annotator.exchange.json_stream import write_json
    from annotator.services.exercises import load_exercise, parse_exercise_id
    from annotator.services.review import PARTS, ReviewOptions, iter_review, review_figures

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
    if args.indent is not None and not args.json:
        raise CliError("--indent goes with --json")
    chosen = None
    if args.pairwise_students is not None:
        chosen = _pick_students(ctx, exercise.id, args.pairwise_students, args.anonymise)
    options = ReviewOptions(parts=args.only or frozenset(PARTS), pairwise=args.pairwise,
                            pairwise_students=chosen)
    if args.json:
        figures = iter_review(ctx.db, exercise.id, article_id, anonymise=args.anonymise,
                              options=options)
        write_json(figures, sys.stdout.write, indent=args.indent)
        sys.stdout.write("\n")
    else:
        print(_review_text(review_figures(ctx.db, exercise.id, article_id,
                                          anonymise=args.anonymise, options=options)))
    return 0


_OPENED: list[Callable[[], None]] = []  # how to close what _open opened, run at the end


def _open(args: argparse.Namespace, *, writes: bool = False) -> Any:
    """The database for a command, opened the way the app opens it: the instance lock, the
    start-up checks (a foreign -wal, damage, a zero-byte file with backups), and read-only
    when it cannot be written. ``writes``: the command changes the database, so it refuses
    to run while the app has it open. Notices go to stderr."""
    from annotator.services.context import AppContext, open_context
    from annotator.services.maintenance import (
        StorageError,
        acquire_instance_lock,
        already_open_message,
        database_path,
        finish_database,
        read_only_start,
        start_database,
    )
    from annotator.services.sample import ensure_sample_exercise

    path = database_path(args.db)
    if path is None:  # in-memory or a server database: no file to check or lock
        ctx = open_context(args.db)
        if not ctx.db.is_server:  # a school server's exercises are set by its instructors
            ensure_sample_exercise(ctx.db)
        _OPENED.append(ctx.close)
        return ctx
    try:
        lock = acquire_instance_lock(path)
        busy = None if lock is not None else already_open_message(path)
    except StorageError as error:  # the lock file cannot be created: a read-only folder
        lock, busy = None, str(error)
    if lock is None:
        if writes:
            raise CliError(busy or already_open_message(path))
        started = read_only_start(path, "it is open in Source Annotator or cannot be locked")
        _OPENED.append(started.db.close)
        return AppContext(started.db)
    try:
        # No start-up backup (a command that changes the database, import, makes its own)
        # and no quick_check of the whole file (a command meets damage, if any, as a
        # one-line error; the app checks at its start): a command on a class of 1,000 stays
        # quick. The foreign -wal, zero-byte and header checks still run.
        started = start_database(args.db, recover=False, start_backup=False,
                                 quick_check=False)
    except BaseException:
        lock.release()
        raise
    _OPENED.append(lock.release)
    _OPENED.append(lambda: finish_database(started.db))
    for notice in started.notices():
        print(f"annotator: {notice}", file=sys.stderr)
    if started.read_only and writes:
        raise CliError(f"{path}: cannot be written ({started.read_only_reason}); nothing "
                       "was changed")
    if not started.read_only:
        ensure_sample_exercise(started.db)
    return AppContext(started.db)


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
    finally:
        while _OPENED:
            _OPENED.pop()()


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
