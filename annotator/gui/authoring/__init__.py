"""Exercise authoring in the GUI: the exercise and tag set editors, imports, packages.

The one entry point for the main window is
:func:`annotator.gui.authoring.actions.install_authoring_actions`.
"""
