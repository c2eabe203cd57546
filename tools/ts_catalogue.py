"""Compile a Qt Linguist ``.ts`` file to the compact JSON catalogue of annotator/core/i18n.py.

    python tools/ts_catalogue.py annotator_de.ts annotator_de.json   # in resources/translations

The catalogue is build output like the ``.qm`` files (``make translations``; never committed):
``{context: {source: translation}}``, a list of forms for plural (``%n``) messages, the key
``source + "\\x04" + comment`` for a message with a disambiguation comment. Unfinished and
empty translations are left out (the English source is shown). Standard library only, so
tests/conftest.py can run it too.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def catalogue(ts: Path) -> dict[str, dict[str, str | list[str]]]:
    result: dict[str, dict[str, str | list[str]]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        entries: dict[str, str | list[str]] = {}
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished",
                                                                  "obsolete"}:
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            key = f"{source}\x04{comment}" if comment else source
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if any(forms):
                    entries[key] = forms
            elif translation.text:
                entries[key] = translation.text
        if entries:
            result[name] = entries
    return result


def write(ts: Path, target: Path) -> None:
    text = json.dumps(catalogue(ts), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]), Path(sys.argv[2]))
