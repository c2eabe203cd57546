"""Translations: Qt Linguist sources (``annotator_<lang>.ts``) and, after ``make``, the
compiled ``.qm`` files the app loads (docs/translating.md)."""
