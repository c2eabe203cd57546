"""Every user-visible string in annotator/gui goes through Qt's translation system.

An AST walk over the GUI sources finds string literals (and f-strings, and module constants
holding text) that reach a call which shows text to a person (``setText``, ``QAction(...)``,
``QMessageBox.warning``, ...) or a helper of the GUI that hands its argument on to one,
without passing through ``self.tr()`` / ``QCoreApplication.translate()``.
Strings without a letter ("·", "—", "%1 · %2") need no translation and pass.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "annotator" / "gui"

# Methods and constructors whose string arguments are shown to a person.
TEXT_CALLS = {
    # widgets and actions
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "QProgressDialog", "QStandardItem",
    "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QDockWidget", "QWizardPage",
    "QUndoCommand", "createUndoAction", "createRedoAction",
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "showMessage", "addMenu", "addAction", "insertAction", "setPlaceholderText", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "setAccessibleName",
    "setAccessibleDescription", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "addItem", "addItems", "insertItem", "setItemText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setPrefix", "setSuffix",
    "setSpecialValueText", "setButtonText", "addButton", "setNameFilter", "setNameFilters",
    "setHtml", "setMarkdown", "setPlainText", "setCancelButtonText", "setOkButtonText",
    "setWindowIconText", "addRow", "insertRow", "addSection", "setSubTitle", "setIconText",
    "drawText", "showText", "QToolBar",
    # standard dialogs
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "getText", "getItem", "getInt", "getDouble", "getMultiLineText",
    "information", "warning", "critical", "question", "about",
    # the app's own plain-text helpers (gui/plain.py)
    "message_box", "tooltip", "window_title",
}
# Calls that never show their string arguments as text (keys, names, formats, logs).
NOT_TEXT_CALLS = {
    "setObjectName", "setStyleSheet", "setProperty", "fromTheme", "QKeySequence",
    "setShortcut", "setShortcuts", "debug", "info", "exception", "error", "log",
}
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}
# String operations whose receiver and arguments are still the string shown.
STRING_METHODS = {"format", "replace", "join", "strip", "upper", "lower", "capitalize"}
# Literals that are not words of a language (reviewed one by one).
ALLOWED = {
    "Qt",  # "About &Qt" is translated; the product name alone is not
    "&&",  # an escaped ampersand in menu text
    "unsaved-change.json",  # a file name offered in a save dialog
}
LETTER = re.compile(r"[^\W\d_]")
# A placeholder like %1 or %n is not a word.
PLACEHOLDER = re.compile(r"%(\d|n|L\d)")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


FILE_ENDING = re.compile(r"\.[\w.]+")  # ".html", ".handin.json": not words


def needs_translation(text: str) -> bool:
    return (text not in ALLOWED and not FILE_ENDING.fullmatch(text)
            and bool(LETTER.search(PLACEHOLDER.sub("", text))))


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(GUI.parent.parent)}:{self.line}: {self.call}({self.text!r})"


def _sources() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(GUI.rglob("*.py"))}


def _text_constants(trees: dict[Path, ast.Module]) -> dict[str, str]:
    """Module-level NAME = "some text" in the GUI modules (imported by name elsewhere)."""
    found: dict[str, str] = {}
    for tree in trees.values():
        for node in tree.body:
            if (isinstance(node, ast.Assign | ast.AnnAssign)
                    and isinstance(node.value, ast.Constant)
                    and isinstance(node.value.value, str)
                    and needs_translation(node.value.value)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id.isupper():
                        found[target.id] = node.value.value
    return found


def _parameters(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    args = func.args
    names = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
    return names[1:] if names and names[0] in {"self", "cls"} else names


def _shown_names(expr: ast.expr) -> Iterator[str]:
    """Names whose value ends up in the text ``expr`` makes: ``name``, f"{name}",
    ``self.tr("{x}").format(x=name)``, ``arg(text, name)``, ``"a" + name`` ..."""
    if isinstance(expr, ast.Name):
        yield expr.id
    elif isinstance(expr, ast.JoinedStr):
        for value in expr.values:
            if isinstance(value, ast.FormattedValue):
                yield from _shown_names(value.value)
    elif isinstance(expr, ast.BinOp):
        yield from _shown_names(expr.left)
        yield from _shown_names(expr.right)
    elif isinstance(expr, ast.IfExp):
        yield from _shown_names(expr.body)
        yield from _shown_names(expr.orelse)
    elif isinstance(expr, ast.Call) and _name(expr.func) in {*STRING_METHODS, "arg", "str"}:
        if isinstance(expr.func, ast.Attribute):
            yield from _shown_names(expr.func.value)
        for arg in [*expr.args, *(k.value for k in expr.keywords)]:
            yield from _shown_names(arg)


def _text_helpers(trees: dict[Path, ast.Module]) -> dict[str, set[str]]:
    """GUI functions that hand a parameter on to a text call: {function name: parameters}
    (a class's ``__init__`` under the class's name, as it is called). Found to a fixed
    point, so helpers of helpers count too."""
    helpers: dict[str, set[str]] = {name: set() for name in TEXT_CALLS}
    functions: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                functions += [(node.name, f) for f in node.body
                              if isinstance(f, ast.FunctionDef) and f.name == "__init__"]
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                    and node.name != "__init__":
                functions.append((node.name, node))
    changed = True
    while changed:
        changed = False
        for name, func in functions:
            params = _parameters(func)
            for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
                if _name(call.func) not in helpers or _is_log(call):
                    continue
                for arg in _text_args(call, helpers):
                    for shown in _shown_names(arg):
                        if shown in params and shown not in helpers.setdefault(name, set()):
                            helpers[name].add(shown)
                            changed = True
    return helpers


def _text_args(call: ast.Call, helpers: dict[str, set[str]]) -> Iterator[ast.expr]:
    """The arguments of ``call`` that are shown as text."""
    name = _name(call.func)
    wanted = helpers.get(name)
    if wanted is None:
        return
    if not wanted:  # a Qt call: every string argument is text
        yield from call.args
        yield from (k.value for k in call.keywords if k.arg not in {"objectName"})
        return
    # a GUI helper: the parameters it shows, by position or keyword
    # functions of the same name in several modules: a position counts if any shows it
    signatures = _helper_positions.get(name, [])
    for index, arg in enumerate(call.args):
        if not signatures or any(index < len(params) and params[index] in wanted
                                 for params in signatures):
            yield arg
    yield from (k.value for k in call.keywords if k.arg in wanted)


_helper_positions: dict[str, list[list[str]]] = {}


def _unmarked(expr: ast.expr, constants: dict[str, str]) -> Iterator[str]:
    """Text in ``expr`` that reaches the screen untranslated."""
    if isinstance(expr, ast.Constant):
        if isinstance(expr.value, str) and needs_translation(expr.value):
            yield expr.value
    elif isinstance(expr, ast.JoinedStr):
        literal = "".join(v.value for v in expr.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if needs_translation(literal):
            yield f"f-string {literal!r}"
    elif isinstance(expr, ast.BinOp):
        yield from _unmarked(expr.left, constants)
        yield from _unmarked(expr.right, constants)
    elif isinstance(expr, ast.IfExp):
        yield from _unmarked(expr.body, constants)
        yield from _unmarked(expr.orelse, constants)
    elif isinstance(expr, ast.BoolOp):
        for value in expr.values:
            yield from _unmarked(value, constants)
    elif isinstance(expr, ast.Tuple | ast.List):
        for element in expr.elts:
            yield from _unmarked(element, constants)
    elif isinstance(expr, ast.Name | ast.Attribute):
        key = expr.id if isinstance(expr, ast.Name) else expr.attr
        if key in constants:
            yield f"{key} = {constants[key]!r}"
    elif isinstance(expr, ast.Call):
        name = _name(expr.func)
        if name in TRANSLATE_CALLS:
            for arg in expr.args:  # tr(f"...") cannot be looked up in a translation
                if isinstance(arg, ast.JoinedStr):
                    yield "f-string inside tr()/translate()"
        elif name in STRING_METHODS and isinstance(expr.func, ast.Attribute):
            yield from _unmarked(expr.func.value, constants)
            for arg in expr.args:
                yield from _unmarked(arg, constants)


def _translation_wrappers(trees: dict[Path, ast.Module]) -> set[str]:
    """Functions that hand a parameter to tr()/translate() as the text: lupdate cannot see
    the strings passed to them, so they are never translated."""
    wrappers = set()
    for tree in trees.values():
        for func in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            params = set(_parameters(func))
            for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
                name = _name(call.func)
                text_at = 1 if name == "translate" else 0 if name == "tr" else None
                if text_at is None or len(call.args) <= text_at:
                    continue
                arg = call.args[text_at]
                if isinstance(arg, ast.Name) and arg.id in params:
                    wrappers.add(func.name)
    return wrappers


def _is_log(call: ast.Call) -> bool:
    """``log.warning("...")`` writes to the log file, for developers."""
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    return isinstance(receiver, ast.Name) and receiver.id in {"log", "logger", "logging"}


def _super_init_calls(tree: ast.Module) -> Iterator[ast.Call]:
    """``super().__init__("text", ...)`` in a class derived from a text constructor
    (a QMenu, QDockWidget, QUndoCommand ... subclass)."""
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        if not any(_name(base) in TEXT_CALLS for base in cls.bases):
            continue
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if (isinstance(func, ast.Attribute) and func.attr == "__init__"
                    and isinstance(func.value, ast.Call) and _name(func.value.func) == "super"):
                yield call


def _model_returns(tree: ast.Module) -> Iterator[ast.Return]:
    """What item models' ``data()`` and ``headerData()`` return: shown in views."""
    for func in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        if func.name in {"data", "headerData"}:
            yield from (n for n in ast.walk(func) if isinstance(n, ast.Return) and n.value)


def find_unmarked() -> list[Finding]:
    trees = _sources()
    constants = _text_constants(trees)
    _helper_positions.clear()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                _helper_positions.setdefault(node.name, []).append(_parameters(node))
            if isinstance(node, ast.ClassDef):
                for init in (f for f in node.body
                             if isinstance(f, ast.FunctionDef) and f.name == "__init__"):
                    _helper_positions.setdefault(node.name, []).append(_parameters(init))
    helpers = _text_helpers(trees)
    wrappers = _translation_wrappers(trees)
    findings = []
    for path, tree in trees.items():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _name(call.func)
            if name in wrappers and any(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                        and needs_translation(a.value) for a in call.args):
                findings.append(Finding(path, call.lineno, name,
                                        "a literal through a wrapper lupdate cannot see: "
                                        "call tr()/translate() with it directly"))
            if name == "translate" and len(call.args) > 3:
                # lupdate's Python parser reads no count from translate(): the entry gets no
                # plural forms and shows "1 file(s)"; self.tr(text, "", n) has them
                findings.append(Finding(path, call.lineno, name, "plural: use self.tr()"))
            if name in NOT_TEXT_CALLS or name in TRANSLATE_CALLS or _is_log(call):
                continue
            for arg in _text_args(call, helpers):
                if isinstance(arg, ast.Tuple) and arg is not (call.args or [None])[0]:
                    continue  # addItem(text, ("key", None)): item data, not text
                findings.extend(Finding(path, call.lineno, name, text)
                                for text in _unmarked(arg, constants))
        for call in _super_init_calls(tree):
            for arg in call.args:
                findings.extend(Finding(path, call.lineno, "super().__init__", text)
                                for text in _unmarked(arg, constants))
        for node in _model_returns(tree):
            assert node.value is not None
            findings.extend(Finding(path, node.lineno, "return", text)
                            for text in _unmarked(node.value, constants))
    return findings


def test_every_user_visible_string_in_the_gui_is_marked_for_translation() -> None:
    findings = find_unmarked()
    assert not findings, "not marked for translation:\n" + "\n".join(map(str, findings))


def test_no_plural_tr_in_a_class_that_others_derive_from() -> None:
    """PySide looks a subclass's ``self.tr()`` up under each class of its MRO until the
    text changes; with a count, %n is already replaced in the first lookup, so a plural in
    a base class is never found ("4 annotation(s)"). Such plurals go in a class of their own."""
    trees = _sources()
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    bases = {_name(base) for cls in classes for base in cls.bases}
    offending = [
        f"{cls.name}: {ast.unparse(call)}"
        for cls in classes if cls.name in bases
        for call in ast.walk(cls)
        if isinstance(call, ast.Call) and _name(call.func) == "tr" and len(call.args) >= 3
    ]
    assert not offending, "\n".join(offending)


def test_the_check_finds_unmarked_strings(tmp_path: Path) -> None:
    """The walk itself: a literal, an f-string, a constant and a helper's argument are
    found; tr(), translate() and letterless strings pass."""
    source = '''
NOTE = "Saved at once"
class W(QWidget):
    def build(self, n):
        self.label.setText("Hello")
        self.label.setText(self.tr("Hello"))
        self.label.setText(f"{n} items")
        self.label.setToolTip(NOTE)
        self.label.setText(" · ")
        self._act("&Open", None)
        self._act(self.tr("&Open"), None)
        QMessageBox.warning(self, QCoreApplication.translate("W", "Oops"), "Broken")
    def _act(self, text, slot):
        return QAction(text, self)
'''
    tree = ast.parse(source)
    trees = {tmp_path / "w.py": tree}
    constants = _text_constants(trees)
    _helper_positions.clear()
    _helper_positions.update({n.name: [_parameters(n)] for n in ast.walk(tree)
                              if isinstance(n, ast.FunctionDef)})
    helpers = _text_helpers(trees)
    found = [text for call in ast.walk(tree) if isinstance(call, ast.Call)
             if _name(call.func) not in TRANSLATE_CALLS
             for arg in _text_args(call, helpers) for text in _unmarked(arg, constants)]
    assert found == ["Hello", "f-string ' items'", "NOTE = 'Saved at once'", "&Open",
                     "Broken"]
