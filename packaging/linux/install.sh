#!/usr/bin/env bash
# Install the built one-folder application for one user (default) or for everyone:
#
#   packaging/linux/install.sh                 into ~/.local   (no root needed)
#   sudo packaging/linux/install.sh /usr/local for every user of the machine
#
# Copies build/packaging/dist/sqms-desktop/ (made by packaging/smoke.sh or PyInstaller) to
# PREFIX/lib/sqms-desktop/, links PREFIX/bin/sqms-desktop and PREFIX/bin/sqms to it, and adds the
# desktop entry and the icons (PREFIX/share/applications, PREFIX/share/icons/hicolor), so the
# application appears in the desktop's menu. To remove it, delete those files again; the stores,
# settings and logs in the user's folders are never touched by either.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP="$ROOT/build/packaging/dist/sqms-desktop"
PREFIX=${1:-$HOME/.local}

[ -x "$APP/sqms-desktop" ] || { echo "install: build it first: packaging/smoke.sh" >&2; exit 1; }
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/icons"
rm -rf "$PREFIX/lib/sqms-desktop"
cp -a "$APP" "$PREFIX/lib/sqms-desktop"
ln -sfn "$PREFIX/lib/sqms-desktop/sqms-desktop" "$PREFIX/bin/sqms-desktop"
ln -sfn "$PREFIX/lib/sqms-desktop/sqms" "$PREFIX/bin/sqms"
install -m 644 "$HERE/sqms-desktop.desktop" "$PREFIX/share/applications/sqms-desktop.desktop"
cp -r "$HERE/icons/hicolor" "$PREFIX/share/icons/"
# Menus and icon caches pick the new files up at once where these tools exist.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$PREFIX/share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
fi
echo "installed SQMS Desktop in $PREFIX (run: $PREFIX/bin/sqms-desktop)"
