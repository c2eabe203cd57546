"""Source Annotator: read news articles side by side and tag what they claim."""

from __future__ import annotations

APP_NAME = "Source Annotator"
APP_ID = "org.sourceannotator.SourceAnnotator"
ORG_NAME = "Source Annotator"


def __getattr__(name: str) -> str:
    # ``__version__`` is looked up on first use: importlib.metadata takes some 20 ms to
    # import, which the first paint need not wait for (docs/performance.md).
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("source-annotator")
        except PackageNotFoundError:  # running from a source tree that was never installed
            found = "0.0.0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
