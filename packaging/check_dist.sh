#!/bin/sh
# Check that a plain (non-editable) `pip install .` gives a working app, and that the source
# distribution builds one too: resources, JSON schemas and migrations must be in both.
# Everything happens in a throwaway folder; the user's data and settings are not touched.
#
#   sh packaging/check_dist.sh
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/annotator-dist.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export ANNOTATOR_DATA_DIR="$WORK/data" ANNOTATOR_CONFIG_DIR="$WORK/config" \
    ANNOTATOR_LOG_DIR="$WORK/log" QT_QPA_PLATFORM=offscreen
unset ANNOTATOR_DB || true
PIP="--quiet --disable-pip-version-check"

echo "== pip install . (non-editable)"
python3 -m venv "$WORK/wheel"
(cd "$WORK" && "$WORK/wheel/bin/pip" install $PIP "$ROOT")
(cd "$WORK" && "$WORK/wheel/bin/annotator" --self-test)
(cd "$WORK" && "$WORK/wheel/bin/annotator" exercises --json)

echo "== python -m build --sdist, then pip install of that sdist"
"$WORK/wheel/bin/pip" install $PIP build
"$WORK/wheel/bin/python" -m build --sdist --outdir "$WORK/sdist" "$ROOT" >/dev/null
SDIST=$(ls "$WORK"/sdist/*.tar.gz)
for wanted in resources/sample/exercise.json resources/icons/icon-256.png \
        annotator/exchange/schemas/handin-1.schema.json \
        annotator/exchange/schemas/feedback-1.schema.json \
        annotator/storage/migrations/script.py.mako \
        annotator/storage/migrations/versions/0001_initial_schema.py \
        tests/conftest.py packaging/annotator.spec Makefile; do
    tar tzf "$SDIST" | grep -q "/$wanted\$" || { echo "missing from the sdist: $wanted"; exit 1; }
done
echo "sdist: $(tar tzf "$SDIST" | wc -l) entries, resources, schemas, migrations, tests present"
python3 -m venv "$WORK/fromsdist"
(cd "$WORK" && "$WORK/fromsdist/bin/pip" install $PIP "$SDIST")
rm -rf "$WORK/data"
(cd "$WORK" && "$WORK/fromsdist/bin/annotator" --self-test)
echo "dist checks ok"
