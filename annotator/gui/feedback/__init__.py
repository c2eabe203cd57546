"""Feedback to students: returning it (instructor) and reading it (student)."""
