"""Handing work in (students) and collecting hand-ins (instructors): menu items and dialogs."""
