#!/usr/bin/env bash
# Build the one-folder application (packaging/sqms-desktop.spec) and start what was BUILT, not the
# source checkout, as a user would on a first start:
#   1. both programs answer --version;
#   2. `sqms-desktop --db NEW --quit-after-show` makes a new store, migrates it and paints the
#      window; the frozen `sqms` reads that store and the built-in checklist library;
#   3. `sqms-desktop --db NEW --screenshot` renders the main window in English and in German
#      (the German catalogue and Qt's own must be found in the built folder); each PNG must be
#      1280x720 and not blank (several distinct colours).
# Everything runs in a fresh temporary home (no store, settings or logs of yours are touched)
# with a bare environment: no PYTHONPATH, no virtualenv, the working directory elsewhere.
#
#   packaging/smoke.sh            build, then check
#   packaging/smoke.sh --no-build check the folder built before (build/packaging/dist/)
#
# Exits 0 when every check passed; otherwise non-zero with one line saying which check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIST="$ROOT/build/packaging/dist"
APP="$DIST/sqms-desktop"
PYTHON="$ROOT/.venv/bin/python"
started=$SECONDS

fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}
step() { echo "smoke: $*"; }

build=1
case "${1:-}" in
    "") ;;
    --no-build) build=0 ;;
    *) fail "unknown option $1 (only --no-build)" ;;
esac

if [ "$build" = 1 ]; then
    if [ ! -x "$PYTHON" ]; then
        make .venv/.installed-run >/dev/null || fail "cannot make the project's .venv (make .venv/.installed-run)"
    fi
    step "installing the packaging tools into .venv (pip install -e '.[packaging]')"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check -e ".[packaging]" \
        || fail "cannot install the 'packaging' extra (PyInstaller, build) into .venv"
    step "building $APP (PyInstaller, packaging/sqms-desktop.spec)"
    build_log="$ROOT/build/packaging/pyinstaller.log"
    mkdir -p "$ROOT/build/packaging"
    if ! "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$DIST" --workpath "$ROOT/build/packaging/work" \
        packaging/sqms-desktop.spec >"$build_log" 2>&1; then
        tail -n 40 "$build_log" >&2
        fail "PyInstaller could not build the application (whole log: $build_log)"
    fi
    step "built in $((SECONDS - started)) s: $(du -sh "$APP" | cut -f1) in $APP"
fi
[ -x "$APP/sqms-desktop" ] || fail "no program $APP/sqms-desktop (build first: packaging/smoke.sh)"
[ -x "$APP/sqms" ] || fail "no program $APP/sqms next to sqms-desktop"

SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/sqms-smoke.XXXXXX")
trap 'rm -rf "$SANDBOX"' EXIT
mkdir -p "$SANDBOX/home" "$SANDBOX/work"
STORE="$SANDBOX/store/store.sqms"
SHOTS="$ROOT/build/packaging"
LOG="$SANDBOX/run.log"

# The built program alone: a bare environment, a home of its own, offscreen, English.
run() {
    (cd "$SANDBOX/work" && env -i \
        PATH=/usr/bin:/bin HOME="$SANDBOX/home" LANG=C.UTF-8 TMPDIR="$SANDBOX" \
        XDG_DATA_HOME="$SANDBOX/home/data" XDG_CONFIG_HOME="$SANDBOX/home/config" \
        XDG_STATE_HOME="$SANDBOX/home/state" XDG_CACHE_HOME="$SANDBOX/home/cache" \
        XDG_RUNTIME_DIR="$SANDBOX/home/runtime" QT_QPA_PLATFORM=offscreen \
        "$@") >"$LOG" 2>&1
}
# run, and on failure show what the program said and name the check
check() {
    local what=$1
    shift
    if ! run "$@"; then
        cat "$LOG" >&2
        fail "$what ($*)"
    fi
}
mkdir -p "$SANDBOX/home/runtime" && chmod 700 "$SANDBOX/home/runtime"

step "1. --version of both programs"
check "sqms-desktop --version did not answer" "$APP/sqms-desktop" --version
grep -q "SQMS Desktop" "$LOG" || fail "sqms-desktop --version printed: $(cat "$LOG")"
check "sqms --version did not answer" "$APP/sqms" --version
grep -q "SQMS Desktop\|sqms" "$LOG" || fail "sqms --version printed: $(cat "$LOG")"

step "2. a new store, made and migrated by the built window; read by the built command line"
check "the window could not start on a new store" \
    "$APP/sqms-desktop" --db "$STORE" --quit-after-show
[ -s "$STORE" ] || fail "sqms-desktop --quit-after-show made no store at $STORE"
check "sqms store info could not read the new store" "$APP/sqms" --db "$STORE" store info
grep -q "schema revision" "$LOG" || fail "sqms store info printed no schema revision: $(cat "$LOG")"
check "sqms template library could not read the shipped checklists" \
    "$APP/sqms" --db "$STORE" template library
grep -q "iso9001-supplier" "$LOG" || fail "the built-in checklist library is empty: $(cat "$LOG")"

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/linux/sqms-desktop.desktop \
        || fail "packaging/linux/sqms-desktop.desktop is not a valid desktop entry (above)"
else
    step "(desktop-file-validate not installed: the desktop entry is not checked)"
fi

step "3. screenshots of the main window, in English and in German"
rm -f "$SHOTS/smoke-en.png" "$SHOTS/smoke-de.png"
check "sqms-desktop --screenshot failed" \
    "$APP/sqms-desktop" --db "$STORE" --screenshot "$SHOTS/smoke-en.png"
check "sqms-desktop --lang de --screenshot failed" \
    "$APP/sqms-desktop" --db "$STORE" --lang de --debug --screenshot "$SHOTS/smoke-de.png"
if grep -q "no compiled translations" "$LOG"; then
    fail "the built window found no German catalogue: $(grep "no compiled translations" "$LOG")"
fi
for shipped in resources/translations/sqms_de.qm resources/translations/core_de.ts \
    PySide6/Qt/translations/qtbase_de.qm resources/icons/app.svg resources/fonts/DejaVuSans.ttf \
    ui migrations/env.py resources/checklists/iso9001-supplier.xlsx; do
    [ -e "$APP/_internal/$shipped" ] || fail "$shipped is missing from the built folder"
done

# Pillow of the project's .venv reads the pictures (the built program has no Python to offer).
"$PYTHON" - "$SHOTS/smoke-en.png" "$SHOTS/smoke-de.png" <<'EOF' || fail "the screenshots are not right (above)"
import sys
from pathlib import Path

from PIL import Image

WANTED = (1280, 720)
MIN_COLOURS = 8  # the window's frame, text, icons and selection: a blank window has one or two
problems = []
pictures = {}
for name in sys.argv[1:]:
    path = Path(name)
    if not path.is_file() or path.stat().st_size == 0:
        problems.append(f"{path} was not written")
        continue
    with Image.open(path) as image:
        image.load()
        if image.format != "PNG":
            problems.append(f"{path} is {image.format}, not PNG")
        if image.size != WANTED:
            problems.append(f"{path} is {image.size[0]}x{image.size[1]}, not 1280x720")
        colours = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
        if len(colours) < MIN_COLOURS:
            problems.append(f"{path} looks blank: {len(colours)} colour(s)")
        pictures[name] = image.convert("RGB").tobytes()
        print(f"smoke: {path.name}: {image.size[0]}x{image.size[1]}, {len(colours)} colours")
if len(pictures) == 2 and len(set(pictures.values())) == 1:
    # Not a failure of the build: the catalogue was found (checked above); it may not yet
    # translate what the first page shows.
    print("smoke: note: the German window looks exactly like the English one")
for problem in problems:
    print(f"smoke: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
EOF

step "passed in $((SECONDS - started)) s; screenshots: $SHOTS/smoke-en.png, $SHOTS/smoke-de.png"
