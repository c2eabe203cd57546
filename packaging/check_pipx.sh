#!/bin/sh
# Check that `pipx install .` gives a working `annotator` command, without touching the
# user's pipx: pipx itself goes into a throwaway venv, its apps into a temporary folder.
#
#   sh packaging/check_pipx.sh
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/annotator-pipx.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export PIPX_HOME="$WORK/home" PIPX_BIN_DIR="$WORK/bin" PIPX_MAN_DIR="$WORK/man"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet --disable-pip-version-check pipx
"$WORK/venv/bin/pipx" install --quiet "$ROOT"
"$PIPX_BIN_DIR/annotator" --version
ANNOTATOR_DATA_DIR="$WORK/data" ANNOTATOR_CONFIG_DIR="$WORK/config" \
    QT_QPA_PLATFORM=offscreen "$PIPX_BIN_DIR/annotator" --self-test
