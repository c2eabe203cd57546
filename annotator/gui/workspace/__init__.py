"""The student workspace: reading panes, highlights, tag bar, panels, undo."""
