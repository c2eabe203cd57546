"""The command line: ``annotator [--db DB] [COMMAND ...]``.

With no command the desktop app starts. Commands run headless on the same services and
never import Qt. Exit code 0 on success; bad input gives a one-line message on stderr and a
non-zero code.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from typing import Any

from annotator import APP_NAME
from annotator.blas_threads import one_blas_thread
from annotator.cli_common import (
    OPENED,
    CliError,
    CliText,
    choose_language,
    open_database_for,
    print_json,
)

Command = Callable[[argparse.Namespace], int]


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked (importlib.metadata is slow
    to import, and every start builds this parser)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=CliText.tr("show the version number and exit"))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from annotator import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    from annotator.cli_argparse_i18n import install

    install()  # argparse's own words ("usage:", "options") in the chosen language
    parser = argparse.ArgumentParser(
        prog="annotator",
        description=CliText.tr("{app}: read news articles side by side and tag what they claim."
                                ).format(app=APP_NAME),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help=CliText.tr("database file or SQLAlchemy URL (default: the user data folder; "
                        "the ANNOTATOR_DB environment variable also sets it)"),
    )
    parser.add_argument("--exercise", metavar="ID",
                        help=CliText.tr("open this exercise in the window"))
    parser.add_argument(
        "--self-test", action="store_true",
        help=CliText.tr("check the installation in a temporary database (offscreen), print "
                        "ok, exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("exercises", help=CliText.tr("list the exercises in the database"))
    p.add_argument("--json", action="store_true", help=CliText.tr("print JSON for scripts"))
    p.set_defaults(handler=_cmd_exercises)

    p = sub.add_parser("annotations", help=CliText.tr("list annotations of an exercise"))
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID")
    p.add_argument("--annotator", metavar="ID",
                   help=CliText.tr("only this annotator's annotations"))
    p.add_argument("--json", action="store_true", help=CliText.tr("print JSON for scripts"))
    p.set_defaults(handler=_cmd_annotations)

    from annotator.cli_review import add_review_command

    add_review_command(sub)
    from annotator.cli_handins import add_handin_commands

    add_handin_commands(sub)
    from annotator.cli_feedback import add_feedback_command

    add_feedback_command(sub)
    from annotator.cli_interop import add_interop_commands

    add_interop_commands(sub)
    from annotator.cli_server import add_server_commands

    add_server_commands(sub)
    return parser


def _cmd_exercises(args: argparse.Namespace) -> int:
    from annotator.services.exercises import list_exercises

    ctx = open_database_for(args)
    rows = list_exercises(ctx.db)
    if args.json:
        print_json([
            {"id": str(r.id), "title": r.title, "revision": r.revision,
             "articles": r.article_count, "modified": r.modified.isoformat()}
            for r in rows
        ])
    else:
        for r in rows:
            details = CliText.tr("%n article(s), revision {revision}", "",
                                 r.article_count).format(revision=r.revision)
            print(f"{r.id}  {r.title}  ({details})")
    return 0


def _cmd_annotations(args: argparse.Namespace) -> int:
    import uuid

    from annotator.services.annotators import list_annotators
    from annotator.services.exercises import load_exercise, parse_exercise_id

    ctx = open_database_for(args)
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
        print_json(rows)
    else:
        for r in rows:
            quote = r["exact"].replace("\n", " ")
            quote = quote if len(quote) <= 60 else quote[:57] + "…"
            print(f"{r['annotator_name']}\t{r['tag']}\t{r['start']}-{r['end']}\t{quote}")
    return 0


# The errors a command reports as one line: (module, class). Looked up only among modules
# already imported (an error of a module never imported cannot have been raised), so a
# command does not import the services it does not use (docs/performance.md).
_REPORTED = (("annotator.storage.errors", "StorageError"),
             ("annotator.services.not_found", "ExerciseNotFoundError"),
             ("annotator.services.annotations", "AnnotationError"),
             ("annotator.services.school", "ServerError"))


def _reported(error: BaseException) -> bool:
    if isinstance(error, (CliError, ValueError, OSError)):
        return True
    for module, name in _REPORTED:
        found = getattr(sys.modules.get(module), name, None)
        if found is not None and isinstance(error, found):
            return True
    return False


def run_command(args: argparse.Namespace) -> int:
    handler: Command = args.handler
    try:
        return handler(args)
    except Exception as error:
        if not _reported(error):
            raise
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        print("annotator: " + CliText.tr("error: {message}").format(message=message),
              file=sys.stderr)
        return 2
    finally:
        while OPENED:
            OPENED.pop()()


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


def _mistyped_command(paths: Sequence[str], commands: set[str]) -> str | None:
    """A message when a word meant as a command was taken for a file to open
    (``annotator exercise``): no such file, no extension, no folder in it. A missing file
    with an extension is left to the window, which says it could not be opened."""
    from pathlib import Path

    for word in paths:
        if Path(word).exists() or Path(word).suffix or "/" in word or "\\" in word:
            continue
        import difflib  # only for a mistyped word: not at every start of the window

        close = difflib.get_close_matches(word, sorted(commands), n=1)
        if close:
            return CliText.tr("{word!r} is neither a command nor a file; did you mean "
                              "{command!r}?").format(word=word, command=close[0])
        return CliText.tr("{word!r} is neither a command nor a file (see annotator "
                          "--help)").format(word=word)
    return None


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
    one_blas_thread()  # before anything imports numpy (blas_threads.py)
    for stream in (sys.stdout, sys.stderr):
        safe_output(stream)
    choose_language()
    parser = build_parser()
    commands = set(_subcommands(parser))
    argv, open_paths = split_open_paths(sys.argv[1:] if argv is None else argv, commands)
    mistyped = _mistyped_command(open_paths, commands)
    if mistyped:
        parser.error(mistyped)
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
