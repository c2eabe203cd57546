"""Messages shown to people from below the GUI go through annotator/core/i18n.py.

An AST walk over the modules whose messages are translated finds a string literal or an
f-string with words in it that reaches a user-facing error, ``print()`` of the command line
or an argparse help text without passing through ``SomeText.tr()``. The file name in front
of a problem (``f"{file}: " + HandinText.tr(...)``) has no words and passes.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "annotator"
# File formats, authoring, tag sets, annotations and the core texts: here a ValueError or
# LookupError reaches a person too (programmer errors are in ALLOWED).
FORMATS_AND_AUTHORING = [
    "exchange/safezip.py", "exchange/atomic.py", "exchange/errors.py", "exchange/refiqda.py",
    "exchange/refiqda_read.py", "exchange/feedback_checks.py", "exchange/feedback_records.py",
    "exchange/handin_errors.py", "exchange/handin_records.py", "exchange/records.py",
    "exchange/report_spans.py", "exchange/csvexport.py", "exchange/csvsafe.py",
    "exchange/json_stream.py", "exchange/scores_csv.py", "exchange/w3c.py",
    "services/authoring.py", "services/authoring_drafts.py", "services/authoring_work.py",
    "services/tag_sets.py", "services/annotations.py", "services/annotators.py",
    "services/identity.py", "services/exercises.py", "services/exercises_io.py",
    "services/sample.py", "services/qda.py", "services/handins.py",
    "services/handin_export.py", "services/handin_report.py", "services/handin_queries.py",
    "services/maintenance.py", "services/not_found.py",
    "core/text.py", "core/spans.py", "core/colours.py", "core/offsets.py", "core/anchoring.py",
    "core/direction.py", "core/filenames.py", "core/i18n.py", "core/readings.py",
    "core/annotation_texts.py",
]
# The modules whose user-visible messages are translated (docs/translating.md); the first
# eighteen, like FORMATS_AND_AUTHORING, show a ValueError or LookupError to a person too.
MODULES = [
    "exchange/handin.py", "services/handin_import.py", "services/handin_placing.py",
    "services/key_guard.py", "services/feedback_student.py", "storage/database.py",
    "storage/failures.py", "cli.py", "cli_common.py", "cli_handins.py",
    "exchange/jsonsafe.py", "exchange/package.py", "exchange/feedback.py",
    "exchange/articles/importer.py", "exchange/articles/encoding.py",
    "exchange/articles/html.py", "exchange/articles/office.py", "exchange/articles/pdf.py",
    # the other commands, the school server, offline work, review, feedback, gradebook, storage
    "cli_review.py", "cli_interop.py", "cli_server.py", "cli_feedback.py", "cli_argparse_i18n.py",
    "services/school.py", "services/offline.py", "services/offline_queue.py",
    "services/offline_replay.py", "services/live.py", "services/exercise_sync.py",
    "services/review.py", "services/review_export.py", "services/review_figures.py",
    "services/review_read.py",
    "services/feedback.py", "services/feedback_release.py", "services/feedback_comments.py",
    "services/gradebook.py", "exchange/gradebook_csv.py", "exchange/html_report.py",
    "exchange/review_report.py", "storage/server_policies.py", "storage/scram.py",
    "storage/backup.py", "storage/recovery.py", "storage/repair.py", "storage/checks.py",
    "storage/header.py", "storage/lock.py", "storage/location.py", "storage/walcheck.py",
    "storage/writable.py", "storage/durable.py", "storage/early_annotate.py",
    *FORMATS_AND_AUTHORING,
]
# Calls whose string arguments a person reads.
SHOWN = {"HandinError", "_OlderHandin", "FeedbackRefused", "_Refused", "PackageError",
         "ArticleImportError", "FeedbackError", "StorageError",
         "DatabaseDamagedError", "DatabaseTooNewError", "ForeignDatabaseError",
         "SchemaOutdatedError", "ReadOnlyError", "DiskFullError", "DatabaseBusyError",
         "WriteError", "AccessDeniedError", "ServerUnavailableError", "CliError", "print",
         "add_parser", "add_argument", "ArgumentParser", "url_command", "ServerError",
         "AnnotationError", "BackupError", "MigrationError", "ArgumentTypeError",
         "ImportResult", "Conflict", "SpanRefused",
         "UnsafeZipError", "ExchangeError", "QdpxError", "ExerciseEditError",
         "WorkWouldBeLostError", "ArticleInUseError", "DuplicateArticleError",
         "UnknownExerciseError", "ExerciseNotFoundError", "TagSetError", "TagInUseError",
         "_required", "_clean"}  # helpers that raise with the message they are given
# In these modules a LookupError or ValueError reaches a person (the GUI shows it, the CLI
# prints a ValueError, a feedback run puts it in the problem column); elsewhere these name
# programming mistakes, which stay English.
SHOWN_BUILTINS = {"LookupError", "ValueError"}
BUILTINS_SHOWN_IN = {
    "services/review.py", "services/review_figures.py", "services/review_read.py",
    "services/feedback.py",
    "services/feedback_comments.py", "services/gradebook.py", "exchange/gradebook_csv.py",
    *MODULES[:18], *FORMATS_AND_AUTHORING,
}
KEYWORDS = {"help", "description", "epilog", "message"}  # argparse texts, ImportResult
ARGPARSE = {"add_parser", "add_argument", "ArgumentParser", "url_command", "ImportResult"}
DATA_FIRST = {"Conflict": 2}  # calls whose first arguments are data (a quote, a kind)
ALLOWED = {"annotator: ",  # the program's name in front of a message, as every tool writes it
           # programmer errors (a bug in the caller, never a person's input), kept English
           "naive datetimes are ambiguous; pass an aware UTC datetime",
           "atomic_writer needs a write-only mode, not ", "offset  outside 0..",
           "UTF-16 offset  outside 0..", "no plain reading for unknown measure "}
LETTER = re.compile(r"[^\W\d_]")
PLACEHOLDER = re.compile(r"%(\d|n)|\{[^}]*\}|--\w[\w-]*")  # and option names


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _words(node: ast.expr) -> list[str]:
    """The untranslated wording that ``node`` puts into the text shown."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if (node.value not in ALLOWED and LETTER.search(
            PLACEHOLDER.sub("", node.value))) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        found = [literal] if (literal not in ALLOWED and LETTER.search(
            PLACEHOLDER.sub("", literal))) else []
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                found += _words(value.value)
        return found
    if isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) + _words(node.orelse)
    if isinstance(node, ast.Call):
        if _name(node.func) in {"tr", "translate"}:
            return []
        if _name(node.func) == "format" and isinstance(node.func, ast.Attribute):
            return _words(node.func.value)
    return []


def _findings(path: Path, root: Path = ROOT.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    shown_calls = SHOWN | (SHOWN_BUILTINS if path.relative_to(root).as_posix()
                           .removeprefix("annotator/") in BUILTINS_SHOWN_IN else set())
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in shown_calls:
            continue
        shown = [*node.args] if _name(node.func) not in ARGPARSE else []
        if _name(node.func) in DATA_FIRST:  # Conflict(quote, kind, message): data first
            shown = shown[DATA_FIRST[_name(node.func)]:]
        shown += [k.value for k in node.keywords if k.arg in KEYWORDS]
        found += [f"{path.relative_to(root)}:{node.lineno}: {text!r}"
                  for arg in shown for text in _words(arg)]
    return found


@pytest.mark.parametrize("module", MODULES)
def test_messages_are_marked_for_translation(module: str) -> None:
    assert _findings(ROOT / module) == []


def test_the_walk_finds_an_unmarked_message(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise HandinError(f'{file}: the file is empty')\n"
        "raise HandinError(f'{file}: ' + HandinText.tr('the file is empty'))\n"
        "print(CliText.tr('wrote {file}').format(file=name))\n"
        "p.add_argument('--x', help='an option')\n", encoding="utf-8")
    assert _findings(sample, tmp_path) == ["sample.py:1: ': the file is empty'",
                                           "sample.py:4: 'an option'"]


def test_the_walk_finds_unmarked_server_review_and_feedback_messages(tmp_path: Path) -> None:
    """The calls of the other commands and services: a server error, a sub-command's help,
    a conflict's message (its quote and kind are data), an instructor's LookupError."""
    (tmp_path / "services").mkdir()
    sample = tmp_path / "services" / "feedback.py"
    sample.write_text(
        "raise ServerError(f'no class called {name!r}')\n"
        "p = url_command(f'add-{role}', help='create accounts')\n"
        "Conflict(quote, 'missing', f'“{quote}” was deleted meanwhile')\n"
        "Conflict(quote, 'missing', OfflineText.tr('“{quote}” was deleted').format(quote=q))\n"
        "raise LookupError(f'no exercise with id {exercise_id}')\n"
        "raise ValueError(ReturnText.tr('comments are written to students only'))\n",
        encoding="utf-8")
    assert _findings(sample, tmp_path) == [
        "services/feedback.py:1: 'no class called '", "services/feedback.py:2: 'create accounts'",
        "services/feedback.py:3: '“” was deleted meanwhile'",
        "services/feedback.py:5: 'no exercise with id '"]
    elsewhere = tmp_path / "other.py"  # a ValueError outside the services is a programming one
    elsewhere.write_text("raise ValueError('naive datetimes are ambiguous')\n", encoding="utf-8")
    assert _findings(elsewhere, tmp_path) == []


@pytest.mark.parametrize(("module", "marked", "unmarked"), [
    ("services/tag_sets.py", 'TagSetText.tr("a tag key is 1 to 64 characters")',
     '"a tag key is 1 to 64 characters"'),
    ("exchange/safezip.py", 'ZipText.tr("the archive is too large")',
     'f"the archive {file} is too large"'),
    ("services/authoring.py", 'ExerciseText.tr("a question needs text")',
     '"a question needs text"'),
])
def test_the_walk_finds_a_message_unmarked_again(tmp_path: Path, module: str, marked: str,
                                                 unmarked: str) -> None:
    """Undoing one marking in a translated module makes its walk fail on that message."""
    source = (ROOT / module).read_text(encoding="utf-8")
    assert marked in source
    copy = tmp_path / "module.py"
    copy.write_text(source.replace(marked, unmarked, 1), encoding="utf-8")
    found = _findings(copy, tmp_path)
    assert len(found) == 1 and unmarked.strip('f"').split(" {")[0] in found[0], found


def _marked(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) of every ``Context.tr("…")`` in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [(node.func.value.id, node.args[0].value, node.lineno) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
            and node.args and isinstance(node.args[0], ast.Constant)]


def test_every_marked_message_reaches_the_translations() -> None:
    """lupdate reads no call inside an f-string: a message marked there would never be
    translated. Every ``Context.tr("…")`` outside the GUI is in each .ts file."""
    ts_dir = ROOT.parent / "resources" / "translations"
    for ts in sorted(ts_dir.glob("annotator_*.ts")):
        if ts.stem.endswith("_en"):
            continue  # English holds only the plural forms
        known = {(c.findtext("name"), m.findtext("source"))
                 for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
        missing = [f"{path.relative_to(ROOT.parent)}:{line}: {context}.tr({source!r})"
                   for path in sorted(ROOT.rglob("*.py")) if "gui" not in path.parts
                   for context, source, line in _marked(path)
                   if (context, source) not in known]
        assert missing == [], ts.name
