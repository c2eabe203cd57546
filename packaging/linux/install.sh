#!/bin/sh
# Install the frozen app built by `make package` for this user (or, as root with
# PREFIX=/usr/local, for everyone): the program folder, the `annotator` command, the menu
# entry, the file types, the icons and the AppStream metainfo.
#
#   packaging/linux/install.sh              # into ~/.local
#   sudo PREFIX=/usr/local packaging/linux/install.sh
#   packaging/linux/install.sh --uninstall  # removes the app; never the students' database
#
# The script works from a source checkout (packaging/linux/, using dist/annotator and
# resources/icons) and from inside the build, where the spec copies it with the desktop files
# and icons into dist/annotator/linux/: unpack the build on a laptop and run
# annotator/linux/install.sh. DIST=/path/to/annotator (the one-folder build) overrides both.
set -eu

APP_ID=org.sourceannotator.SourceAnnotator
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
if [ -f "$HERE/icons/$APP_ID.svg" ]; then   # inside a build: dist/annotator/linux/
    ICONS=$HERE/icons
    DIST=${DIST:-$(cd "$HERE/.." && pwd)}
else                                        # in a checkout: packaging/linux/
    ROOT=$(cd "$HERE/../.." && pwd)
    ICONS=$ROOT/resources/icons
    DIST=${DIST:-$ROOT/dist/annotator}
fi
APPDIR=$PREFIX/lib/source-annotator
SHARE=$PREFIX/share
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    # Caches of the desktop; each tool is optional.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APPDIR"
    rm -f "$PREFIX/bin/annotator" \
        "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/mime/packages/$APP_ID.xml" \
        "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "Source Annotator removed from $PREFIX."
    echo "The database and settings stay where they are (see 'Where your work lives' in README.md)."
    exit 0
fi

if [ ! -x "$DIST/annotator" ]; then
    echo "install.sh: no frozen app at $DIST; run 'make package' first" >&2
    exit 2
fi

mkdir -p "$APPDIR" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" \
    "$SHARE/mime/packages" "$SHARE/icons/hicolor/scalable/apps"
rm -rf "$APPDIR"
cp -R "$DIST" "$APPDIR"
ln -sf "$APPDIR/annotator" "$PREFIX/bin/annotator"

# The menu entry names the command by its full path: ~/.local/bin is not always on PATH.
sed -e "s|^Exec=annotator|Exec=$PREFIX/bin/annotator|" \
    -e "s|^TryExec=annotator|TryExec=$PREFIX/bin/annotator|" \
    "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
cp "$HERE/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
cp "$ICONS/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/icon-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh
echo "Source Annotator installed in $APPDIR; command: $PREFIX/bin/annotator"
