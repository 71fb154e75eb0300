"""Making the new store the wizard described, all or nothing, on a worker thread.

Nothing touches the disk while the wizard's pages are filled in. At the end one job builds the
store in a hidden side file beside the chosen one (`.sqms.sqlite.partial`), through the services
like any user's actions: the first administrator, the chosen built-in checklists imported and
released, the company's name and logo. Only when all of it worked is the side file put in place,
and never over a file that appeared there in the meantime. A failure removes the side file and
every folder the job made, so the chosen place looks as it did before.
"""

from __future__ import annotations

import logging
import os
import shutil
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sqms_desktop.checklists.library import library_file
from sqms_desktop.checklists.xlsx_format import read_template
from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.progress import Progress
from sqms_desktop.queries.store_settings import COMPANY_NAME, REPORT_LOGO
from sqms_desktop.services import access, templates
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.store_settings import Value, set_store_settings
from sqms_desktop.store import trail_key
from sqms_desktop.store.engine import open_store

log = logging.getLogger(__name__)
SETTINGS_REASON = "set when the store was made (first start)"  # kept in the trail


def _appeared(path: Path) -> ValidationError:
    return ValidationError(
        QCoreApplication.translate(
            "first_start",
            "A file appeared at {path} while the store was made; nothing was written over it.",
        ).format(path=path)
    )


@dataclass(frozen=True)
class NewStorePlan:
    """What the wizard's pages gathered; plain values, so it may cross to the worker thread."""

    path: Path
    username: str
    full_name: str
    password: str = field(repr=False)
    company: str = ""
    logo: Path | None = None
    checklists: tuple[str, ...] = ()  # keys of the built-in library


@dataclass(frozen=True)
class NewStore:
    """The store made: where it is and who is signed in to it."""

    path: Path
    username: str
    released: tuple[str, ...]  # "iso9001-supplier v1", one per checklist ready for audits


def create_new_store(plan: NewStorePlan, progress: Progress) -> NewStore:
    """Build the store of `plan` at `plan.path`; all of it, or nothing left behind."""
    target = plan.path
    if target.exists():
        raise ValidationError(
            QCoreApplication.translate(
                "first_start", "There is a file at {path} already; nothing was written over it."
            ).format(path=target)
        )
    steps = 3 + len(plan.checklists)
    made = _make_folders(target.parent)
    partial = target.with_name(f".{target.name}.partial")
    attachments = target.parent / "attachments"
    had_attachments = attachments.exists()
    _remove_sqlite(partial)
    released: list[str] = []
    try:
        progress.report(0, steps, QCoreApplication.translate("first_start", "Creating the store"))
        store = open_store(f"sqlite:///{partial}")
        try:
            actor = Actor(store, plan.username)
            progress.report(
                1,
                steps,
                QCoreApplication.translate(
                    "first_start", "Creating the administrator {user}"
                ).format(user=plan.username),
            )
            actor.run(
                access.create_first_administrator, plan.username, plan.full_name, plan.password
            )
            for done, key in enumerate(plan.checklists, start=2):
                spec = read_template(library_file(key))
                progress.report(
                    done,
                    steps,
                    QCoreApplication.translate(
                        "first_start", "Importing and releasing the checklist {title}"
                    ).format(title=spec.title),
                )
                outcome = actor.run(templates.import_template, spec)
                actor.run(templates.release_template, outcome.template_id)
                released.append(f"{outcome.key} v{outcome.version}")
            progress.report(
                steps - 1,
                steps,
                QCoreApplication.translate("first_start", "Saving the company's name and logo"),
            )
            store_company(actor, plan)
            with store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        _put_in_place(partial, target)
    except BaseException:
        _remove_sqlite(partial)
        if not had_attachments:
            shutil.rmtree(attachments, ignore_errors=True)
        for folder in reversed(made):
            with suppress(OSError):
                folder.rmdir()
        raise
    finally:
        trail_key.forget_heads(str(partial))  # the side file's name is gone, so is its head
    progress.report(steps, steps, QCoreApplication.translate("first_start", "The store is ready"))
    log.info("new store made at %s for %s", target, plan.username)
    return NewStore(target, plan.username, tuple(released))


def store_company(actor: Actor, plan: NewStorePlan) -> None:
    """The company's name and logo for every report of the store, as store-wide settings (the
    logo kept as an attachment, so it travels with the store)."""
    values: dict[str, Value] = {}
    if plan.company:
        values[COMPANY_NAME] = plan.company
    if plan.logo is not None:
        values[REPORT_LOGO] = plan.logo
    if values:
        actor.run(set_store_settings, values, reason=SETTINGS_REASON)


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and the parents it lacks; the ones made, outermost first."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    missing.reverse()
    made: list[Path] = []
    try:
        for path in missing:
            path.mkdir()
            made.append(path)
    except OSError as exc:
        for path in reversed(made):
            with suppress(OSError):
                path.rmdir()
        raise StoreError(
            QCoreApplication.translate(
                "first_start", "Cannot create the folder {folder}: {reason}"
            ).format(folder=folder, reason=exc.strerror or exc)
        ) from exc
    return made


def _put_in_place(partial: Path, target: Path) -> None:
    """Give the finished side file the chosen name, never over a file that is there now."""
    try:
        os.link(partial, target)  # fails where any file has the name: no overwriting race
    except FileExistsError:
        raise _appeared(target) from None
    except OSError:  # a file system without hard links (FAT, some network shares)
        if target.exists():
            raise _appeared(target) from None
        os.replace(partial, target)
        return
    partial.unlink()


def _remove_sqlite(path: Path) -> None:
    """Delete an SQLite file with its WAL, shared-memory and journal companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
