"""`sqms-desktop`: start-up, options and the run modes of the desktop application."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from sqms_desktop import APP_ID, APP_NAME, __version__, i18n, paths
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.app.crash import CrashHandler, qt_messages_logged
from sqms_desktop.gui.app.first_start.start import (
    FirstStart,
    run_first_start,
    store_to_open,
    wizard_location,
)
from sqms_desktop.gui.app.headless import (
    add_arguments,
    check_arguments,
    run_headless,
    take_screenshot,
)
from sqms_desktop.gui.app.idle_lock import IdleLock
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.app.sign_in import SignIn, ask_sign_in, trail_session_event
from sqms_desktop.gui.app.store_start import claim_store, open_offering_restore, rolling_backup
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.account import acting_user
from sqms_desktop.gui.base.collector import MainThreadCollector, freeze_long_lived
from sqms_desktop.gui.base.fonts import install_shipped_fonts
from sqms_desktop.gui.base.icons import icon
from sqms_desktop.gui.base.language import install_language, resolve
from sqms_desktop.gui.base.layouts import DialogLayouts
from sqms_desktop.gui.base.screen import fit_to_screen
from sqms_desktop.gui.base.theme import apply_theme
from sqms_desktop.i18n import translate
from sqms_desktop.logsetup import setup_logging
from sqms_desktop.safe_xlsx import require_defusedxml

log = logging.getLogger(__name__)
# Asked before a new, empty store is made at a path where there is none: True to make it.
NewStore = Callable[[Path], bool]


def _speak_for_options(argv: Sequence[str]) -> None:
    """`--help` and the options' errors in the window's language: `--lang`, else the one
    chosen in settings, else the system's."""
    choice = None
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            choice = arg.partition("=")[2]
        elif arg == "--lang" and index + 1 < len(argv):
            choice = argv[index + 1]
    i18n.set_language(resolve(choice or opts.LANGUAGE.read(opts.user_settings())))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    _speak_for_options(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog=APP_ID, description=f"{APP_NAME} {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="PATH",
        help=translate("app", "store file or SQLAlchemy URL (default: $SQMS_DB, else yours)"),
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help=translate("app", "open the demo store (created on first use)"),
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help=translate("app", "save the main window as PNG, exit"),
    )
    mode.add_argument(
        "--quit-after-show",
        action="store_true",
        help=translate("app", "exit once the window has been painted"),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(i18n.LANGUAGES),
        help=translate(
            "app",
            "the language of the window (default: the one chosen in settings, else the system's)",
        ),
    )
    parser.add_argument(
        "--first-start",
        action="store_true",
        help="show the first-start wizard even when there is a store (not with --demo)",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="light or dark for this run (default: the one chosen in settings, else the system's)",
    )
    add_arguments(parser)
    parser.add_argument(
        "--debug", action="store_true", help=translate("app", "log debug messages to stderr too")
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    args = parser.parse_args(argv)
    check_arguments(parser, args)
    if args.first_start and (args.demo or args.screenshot is not None or args.quit_after_show):
        parser.error("--first-start shows a window: not with --demo or a headless mode")
    return args


def ask_new_store(path: Path) -> bool:
    """Whether to make a new, empty store at `path`, where there is none: a mistyped --db or
    SQMS_DB must not quietly become an empty store that looks like the records were lost."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("app", "Create a new store?"),
        QCoreApplication.translate(
            "app", "There is no store at\n{path}\n\nCreate a new, empty store there?"
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "Choose No if the path is mistyped (--db or SQMS_DB), "
            "and start again with the right one.",
        )
    )
    usual = path == paths.default_store_path()  # the first start of a new installation
    box.setDefaultButton(QMessageBox.StandardButton.Yes if usual else QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def main(
    argv: list[str] | None = None,
    *,
    sign_in: SignIn = ask_sign_in,
    new_store: NewStore = ask_new_store,
    first_start: FirstStart = run_first_start,
) -> int:
    """Run the application; returns the process exit status.

    `sign_in` asks who uses the window in the interactive mode (tests answer for the user);
    the headless modes act for the system account without asking, as before sign-in existed.
    `new_store` asks before a store is made where there is none (the interactive mode only:
    `--screenshot` refuses a missing store, `--quit-after-show` makes one, as a first start).
    `first_start` shows the wizard instead when the usual store does not exist (or on
    `--first-start`); it makes the store and signs its administrator in, or chooses the demo.
    """
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot is not None:  # no window on the screen, whatever the platform
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    log_path = setup_logging(debug=args.debug)
    log.info("%s %s starting", APP_NAME, __version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setOrganizationName(opts.ORGANIZATION)
    app.setApplicationName(opts.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    install_shipped_fonts()
    install_language(args.lang or opts.LANGUAGE.read(opts.user_settings()))
    apply_theme(args.theme or opts.THEME.read(opts.user_settings()))
    headless = args.screenshot is not None or args.quit_after_show
    collector = MainThreadCollector(app)  # Qt objects in cycles die on the GUI thread only
    with qt_messages_logged(), CrashHandler(log_path).installed() as crash_handler:
        try:
            return _run(
                app,
                args,
                headless=headless,
                sign_in=sign_in,
                new_store=new_store,
                first_start=first_start,
            )
        except Exception as exc:  # a bug: say so instead of vanishing without a word
            if headless:
                log.critical("unexpected error", exc_info=exc)
                traceback.print_exception(exc, file=sys.stderr)
            else:
                crash_handler(type(exc), exc, exc.__traceback__)
            return 1
        finally:
            collector.stop()
            collector.deleteLater()


def _run(
    app: QApplication,
    args: argparse.Namespace,
    *,
    headless: bool,
    sign_in: SignIn,
    new_store: NewStore,
    first_start: FirstStart,
) -> int:
    try:
        require_defusedxml()
    except SqmsError as exc:
        _report(
            QCoreApplication.translate("app", "SQMS Desktop cannot start"),
            str(exc),
            headless=headless,
        )
        return 1
    # No usual store yet (or --first-start): the wizard makes one and signs its admin in.
    proposed = None if headless or args.demo else wizard_location(args.db, forced=args.first_start)
    signed_in: str | None = None
    if proposed is not None:
        choice = first_start(proposed)
        if choice is None:
            log.info("first start cancelled; stopping")
            return 1
        args.demo = choice.demo
        args.db = None if choice.path is None else str(choice.path)
        signed_in = choice.username
    args.db = store_to_open(args.db)  # a store the wizard made elsewhere, once made
    if args.demo:
        path = paths.demo_store_path()
        if not path.exists() and not _create_demo(path, headless=headless):
            return 1
        url = paths.resolve_db(str(path))
    else:
        url = paths.resolve_db(args.db)
        missing = paths.sqlite_file(url)
        if missing is not None and not missing.exists():
            if args.screenshot is not None:
                message = QCoreApplication.translate(
                    "app", "there is no store at {path}; check --db"
                )
                _report("", message.format(path=missing), headless=True)
                return 2
            if not headless and not new_store(missing):
                log.info("no new store made at %s; stopping", missing)
                return 1

    # One window per store, a damaged store's backup offered, rolling backups (store_start.py).
    def report(title: str, message: str) -> None:
        _report(title, message, headless=headless)

    store_lock = None if headless else claim_store(url, acting_user(), report)
    if not headless and store_lock is None:
        return 1
    store = open_offering_restore(url, report, interactive=not headless)
    if store is None:
        if store_lock is not None:
            store_lock.release()
        return 1
    if not headless:
        rolling_backup(store, "daily")
    try:
        if args.screenshot is not None:
            return take_screenshot(store, args)
        if headless:
            window = MainWindow(store, settings=opts.user_settings(), user=acting_user())
            return run_headless(window, None)
        user = signed_in or sign_in(store)
        if user is None:
            log.info("nobody signed in; stopping")
            return 1
        settings = opts.user_settings()
        window = MainWindow(store, settings=settings, user=user)
        lock = IdleLock(window, window.actor, timeout_ms=opts.idle_lock_ms(settings))
        lock.signed_out.connect(window.close)
        window.idle_lock_changed.connect(lock.set_timeout)
        fit_to_screen(window, window.width(), window.height())  # first start on a small screen
        window.restore_settings()
        window.show()
        freeze_long_lived()  # the window's objects are not walked by every full collection
        lock.install(app)
        app.installEventFilter(DialogLayouts(opts.user_settings, window))
        try:
            return app.exec()
        finally:
            lock.uninstall()
            if not lock.has_signed_out:  # closing the window ends the session too
                trail_session_event(window.actor, "sign-out")
            rolling_backup(store, "exit")
    finally:
        # Background jobs (thumbnails, reports) must not outlive the widgets they report to.
        pool = QThreadPool.globalInstance()
        pool.clear()
        pool.waitForDone(10_000)
        store.close()
        if store_lock is not None:
            store_lock.release()


def _create_demo(path: Path, *, headless: bool) -> bool:
    from sqms_desktop.gui.app.demo_setup import DemoStoreBuilder

    builder = DemoStoreBuilder(path)
    builder.run()
    if builder.cancelled:
        log.info("demo store creation cancelled")
        return False
    if builder.error is not None:
        _report(
            QCoreApplication.translate("app", "Cannot create the demo store"),
            str(builder.error),
            headless=headless,
        )
        return False
    return True


def _report(title: str, message: str, *, headless: bool) -> None:
    if headless:
        print(f"{APP_ID}: {message}", file=sys.stderr)
    else:
        QMessageBox.critical(None, title, message)
