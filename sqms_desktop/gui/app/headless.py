"""The headless modes of `sqms-desktop`: `--quit-after-show` and `--screenshot`.

A screenshot is the window as a user signed in as `--user` sees it, at a laptop's size, on the
page asked for: the README's pictures and the size checks of the tests come from here, so a
page that does not fit 1280×720 shows in a picture before it reaches a user.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import re
import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QIODevice,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget

from sqms_desktop import APP_ID
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.gui.app.sign_in import check_password, trail_session_event
from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.account import acting_user
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.pages.background_list import BackgroundListPage
from sqms_desktop.i18n import translate
from sqms_desktop.paths import write_atomically
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.people import list_users
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)

FIRST_PAINT_TIMEOUT_MS = 30_000
DEFAULT_SIZE = (1280, 720)  # a laptop screen: every page must fit it
EXIT_FAILED, EXIT_USAGE = 1, 2


def window_size(text: str) -> tuple[int, int]:
    """`--size WxH`, for argparse: e.g. 1366x768."""
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError(
            translate("headless", "{size!r} is not a size like 1280x720").format(size=text)
        )
    width, height = int(match[1]), int(match[2])
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(
            translate("headless", "{size!r} is smaller than 320x240").format(size=text)
        )
    return width, height


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that only `--screenshot` reads."""
    shot = parser.add_argument_group(
        translate("headless", "screenshot options (with --screenshot)")
    )
    shot.add_argument(
        "--page",
        metavar="NAME",
        help=translate("headless", "the page to show (default: the first)"),
    )
    shot.add_argument(
        "--open-audit",
        metavar="REF",
        help=translate("headless", "open this audit's checklist (e.g. AUD-2026-0026)"),
    )
    shot.add_argument(
        "--size",
        metavar="WxH",
        type=window_size,
        default=None,
        help=translate("headless", "window size in pixels (default: 1280x720)"),
    )
    shot.add_argument(
        "--user",
        metavar="NAME",
        help=translate("headless", "sign in as NAME; the password is read from stdin"),
    )


def check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.screenshot is None:
        given = [
            option
            for option, value in (
                ("--page", args.page),
                ("--open-audit", args.open_audit),
                ("--size", args.size),
                ("--user", args.user),
            )
            if value is not None
        ]
        if given:
            parser.error(
                translate("headless", "{options}: only with --screenshot FILE.png").format(
                    options=", ".join(given)
                )
            )


def store_files_refused(target: Path, store: Store) -> str | None:
    """Why `target` must not be written: it is the store, its journal or its attachments."""
    db = store.sqlite_path
    where = target.expanduser().resolve()
    if db is not None:
        db = db.resolve()
        own = {db, *(db.with_name(db.name + tail) for tail in ("-wal", "-shm", "-journal"))}
        if where in own:
            return QCoreApplication.translate(
                "headless", "{file} is the store's own file; choose another name for the screenshot"
            ).format(file=target)
    folder = store.attachments_dir
    if folder is not None:
        folder = folder.resolve()
        if where == folder or folder in where.parents:
            return QCoreApplication.translate(
                "headless",
                "{file} is inside the store's attachments folder {folder}; choose another",
            ).format(file=target, folder=folder)
    return None


def read_password(username: str, stream: TextIO | None = None) -> str:
    """The password from stdin: one line from a pipe, or asked without echo at a terminal."""
    stream = stream if stream is not None else sys.stdin
    if stream.isatty():
        prompt = QCoreApplication.translate("headless", "password of {user}: ")
        return getpass.getpass(prompt.format(user=username))
    return stream.readline().rstrip("\r\n")


def _sign_in(store: Store, username: str) -> str:
    with store.session() as session:
        known = [u.username for u in list_users(session) if u.active]
    if username not in known:
        raise SqmsError(
            QCoreApplication.translate(
                "headless", "no user {user!r} in this store; its users: {users}"
            ).format(
                user=username,
                users=", ".join(known) or QCoreApplication.translate("headless", "none"),
            )
        )
    check_password(store, username, read_password(username))
    return username


def take_screenshot(store: Store, args: argparse.Namespace) -> int:
    """`--screenshot FILE.png`: the window as `--user` sees it, saved, then stop."""
    target: Path = args.screenshot
    refused = store_files_refused(target, store)
    if refused is not None:
        return _fail(refused, EXIT_USAGE)
    user = acting_user()
    if args.user is not None:
        try:
            user = _sign_in(store, args.user.strip())
        except SqmsError as exc:
            return _fail(
                QCoreApplication.translate("headless", "cannot sign in as {user}: {error}").format(
                    user=args.user, error=exc
                )
            )
    try:
        # Never closed, only hidden: closing would save this window's size over the user's own.
        window = MainWindow(store, settings=opts.user_settings(), user=user)
        try:
            return _show_page_and_save(window, args)
        finally:
            window.hide()
            window.deleteLater()
    finally:
        if args.user is not None:
            trail_session_event(Actor(store, user), "sign-out")


def _show_page_and_save(window: MainWindow, args: argparse.Namespace) -> int:
    names = window.page_names
    if args.page is not None and args.page not in names:
        return _fail(
            QCoreApplication.translate(
                "headless", "no page {page!r}; the pages are: {pages}"
            ).format(page=args.page, pages=", ".join(names)),
            EXIT_USAGE,
        )
    if args.open_audit is not None:
        try:
            audit_id = window.actor.read(audit_id_by_reference, args.open_audit.strip())
        except SqmsError as exc:
            return _fail(
                QCoreApplication.translate(
                    "headless", "cannot open the audit's checklist: {error}"
                ).format(error=exc)
            )
        window.open_checklist(audit_id)
    if args.page is not None:
        window.show_page(names.index(args.page))
    page = window.current_page()
    if isinstance(page, BackgroundListPage):
        page.wait_for_read()  # the picture shows the scorecards, not "Reading…"
    window.resize(*(args.size or DEFAULT_SIZE))
    return run_headless(window, args.screenshot)


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return code


def run_headless(window: QWidget, screenshot: Path | None) -> int:
    """Show the window, wait for its first paint, then save it (--screenshot) or just stop."""
    try:
        if not _show_and_wait_for_paint(window):
            return _fail(
                QCoreApplication.translate("headless", "the main window was never painted")
            )
        if screenshot is not None:
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if not window.grab().save(buffer, "PNG"):
                return _fail(
                    QCoreApplication.translate("headless", "cannot make the PNG of {file}").format(
                        file=screenshot
                    )
                )
            try:  # through a temporary file: never half a PNG in place of an older one
                write_atomically(screenshot, bytes(data.data()))
            except SqmsError as exc:
                return _fail(str(exc))
            log.info("screenshot saved to %s", screenshot)
        return 0
    finally:
        window.hide()


class _PaintWatcher(QObject):
    """Notices the first paint event of a widget."""

    painted = Signal()

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.seen = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            emit(self.painted)
        return False


def _show_and_wait_for_paint(window: QWidget) -> bool:
    watcher = _PaintWatcher(window)
    loop = QEventLoop()
    watcher.painted.connect(loop.quit)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, loop.quit)
    window.show()
    if not watcher.seen:
        loop.exec()
    window.removeEventFilter(watcher)
    return watcher.seen
