"""Entry script for the frozen app (PyInstaller needs a file, not a module name)."""

from annotator.app import main

if __name__ == "__main__":
    raise SystemExit(main())
