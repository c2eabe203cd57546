"""Source Annotator: read news articles side by side and tag what they claim."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("source-annotator")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Source Annotator"
APP_ID = "org.sourceannotator.SourceAnnotator"
ORG_NAME = "Source Annotator"
