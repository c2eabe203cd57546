"""argparse's own words ("usage:", "options", "the following arguments are required: %s")
in the command line's language.

argparse looks its words up with ``gettext`` and ``ngettext``, imported into its module
(``from gettext import gettext as _, ngettext``) and called at the moment a parser is built
or a message is written. :func:`install` puts translating functions in their place: a word
listed in :data:`WORDS` (every word of Python 3.11 to 3.14's argparse that reaches a person)
comes from the ``.ts`` files under the context ``ArgparseText`` like every other message of
the command line (``core/i18n.py``); any other text, an unknown word of a later Python, or a
translation whose ``%`` fields differ from the English, stays as argparse wrote it. The
words about a parser built wrongly ("conflicting option string", "dest= is required") are
programmer errors and stay English.

Call :func:`install` after the language is chosen and before the parser is built: argparse
fixes "show this help message and exit" and the group titles when it builds one.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

from annotator.core.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, Texts, current_language

__all__ = ["WORDS", "ArgparseText", "install"]


class ArgparseText(Texts):
    """The translation context of argparse's own words."""


# Marked without the space or newline around them ("usage: ", "...%(message)s\n"): those are
# put back as argparse wrote them, so a translation cannot lose them.
WORDS = frozenset({
    # help
    QT_TRANSLATE_NOOP("ArgparseText", "usage:"),
    QT_TRANSLATE_NOOP("ArgparseText", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgparseText", "options"),
    QT_TRANSLATE_NOOP("ArgparseText", "subcommands"),
    QT_TRANSLATE_NOOP("ArgparseText", "%(heading)s:"),
    QT_TRANSLATE_NOOP("ArgparseText", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgparseText", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("ArgparseText", "(default: %(default)s)"),
    # errors and warnings
    QT_TRANSLATE_NOOP("ArgparseText", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "%(prog)s: warning: %(message)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("ArgparseText", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgparseText", "expected at most one argument"),
    QT_TRANSLATE_NOOP("ArgparseText", "expected at least one argument"),
    QT_TRANSLATE_NOOP("ArgparseText", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("ArgparseText", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgparseText", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgparseText", "invalid choice: %(value)r, maybe you meant "
                                      "%(closest)r? (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgparseText", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgparseText", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("ArgparseText", "argument '%(argument_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("ArgparseText", "command '%(parser_name)s' is deprecated"),
})


def _expected(n: int) -> str:
    return ArgparseText.tr("expected %n argument(s)", "", n)


# ngettext's singular -> the plural message (argparse puts the count in with ``% n``)
PLURALS: dict[str, Callable[[int], str]] = {"expected %s argument": _expected}

_FIELD = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[a-zA-Z%]")
_english_gettext: Callable[[str], str] | None = None
_english_ngettext: Callable[[str, str, int], str] | None = None


def _fields(text: str) -> list[str]:
    return sorted(_FIELD.findall(text))


def _gettext(message: str) -> str:
    assert _english_gettext is not None
    core = message.strip() if isinstance(message, str) else None  # 3.12: _(title or None)
    if core not in WORDS:
        return _english_gettext(message)
    translated = ArgparseText.tr(core)
    if translated == core or _fields(translated) != _fields(core):
        return _english_gettext(message)
    return message[:message.index(core)] + translated + message[message.index(core) + len(core):]


def _ngettext(singular: str, plural: str, n: int) -> str:
    assert _english_ngettext is not None
    english = _english_ngettext(singular, plural, n)
    wording = PLURALS.get(singular)
    if wording is None or current_language() == SOURCE_LANGUAGE:
        return english
    translated = wording(n)  # the count is written in: give argparse its "%s" back
    number = str(n)
    if number not in translated or "%" in translated.replace(number, "", 1):
        return english
    return translated.replace(number, "%s", 1)


def install() -> None:
    """Make argparse write its words in the current language (from then on, in this
    process; calling it again changes nothing)."""
    global _english_gettext, _english_ngettext
    names = vars(argparse)  # argparse's globals: what its functions call
    if names.get("_") is _gettext:
        return
    _english_gettext, _english_ngettext = names["_"], names["ngettext"]
    names["_"], names["ngettext"] = _gettext, _ngettext
