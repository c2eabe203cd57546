"""Fill unfinished entries of the .ts files from the translation memory (development tool).

    make update-translations                 # lupdate: new strings come in unfinished
    .venv/bin/python tools/fill_translations.py
    make update-translations translations    # normalise the files, compile the .qm

tools/translation-memory/<lang>.json (and any <lang>.<topic>.json beside it) maps an English
source text, or "Context|source", to its translation (a list of plural forms for "%n"
strings). Entries already translated in a .ts are never changed; what the memory lacks is
listed, to be translated in Qt Linguist or by adding it to the memory. See docs/translating.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
MEMORY = Path(__file__).resolve().parent / "translation-memory"


def fill(ts: Path, memory: dict[str, str | list[str]]) -> list[str]:
    """Translate the unfinished messages of ``ts`` found in ``memory``; return the rest."""
    tree = etree.parse(str(ts))
    missing, filled = [], 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            known = memory.get(f"{name}|{source}", memory.get(source))
            numerus = message.get("numerus") == "yes"
            if known is None or isinstance(known, list) != numerus:
                missing.append(f"{ts.name}: {name}: {source!r}")
                continue
            for child in list(translation):
                translation.remove(child)
            if isinstance(known, list):
                translation.text = None
                for form in known:
                    etree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = known
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(str(ts), xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE TS>")
    return missing


def load_memory(language: str) -> dict[str, str | list[str]]:
    """``<lang>.json`` plus any ``<lang>.<topic>.json`` (one per piece of work, so that
    parallel branches add translations without editing the same file)."""
    memory: dict[str, str | list[str]] = {}
    for path in [MEMORY / f"{language}.json", *sorted(MEMORY.glob(f"{language}.*.json"))]:
        if path.exists():
            memory.update(json.loads(path.read_text(encoding="utf-8")))
    return memory


def main() -> int:
    missing: list[str] = []
    for ts in sorted(TS_DIR.glob("annotator_*.ts")):
        language = ts.stem.split("_", 1)[1]
        missing += fill(ts, load_memory(language))
    for line in missing:
        print("not in the translation memory:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
