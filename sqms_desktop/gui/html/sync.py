"""HTML of the Sync page: this store's sync identity, one bundle of the log, and what a bundle
holds and would change before it is imported. Every name from a bundle or the store is escaped:
a bundle comes from another machine."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.dates import date_text, moment_text
from sqms_desktop.gui.html.detail import badge_html, facts_table, section_html, table_html
from sqms_desktop.gui.models.sync import (
    SENT,
    direction_text,
    entity_text,
    peer_text,
    receipt_text,
)
from sqms_desktop.queries.sync import BundleLogRow, ReplicaRow, SyncStatus
from sqms_desktop.services.bundles import BundleSummary, ImportReceipt
from sqms_desktop.vocab import ReplicaRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync_html", text)


def _moment(value: dt.datetime) -> str:
    return moment_text(value.astimezone())


def role_text(replica: ReplicaRow) -> str:
    if replica.role == ReplicaRole.CENTRAL:
        return _tr("central store")
    return _tr("laptop") if replica.role else _tr("no role")


def size_text(size: int) -> str:
    """A byte count as people read it (1.4 MB)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def trust_expired(status: SyncStatus, now: dt.datetime) -> bool:
    if status.trust_expires is None:
        return False
    expires = dt.datetime.fromisoformat(status.trust_expires)
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=dt.UTC)
    return expires <= now


def status_html(status: SyncStatus, colors: Colors, now: dt.datetime) -> str:
    """The page's header: who this store is in sync, its trust list, and what is pending."""
    local = status.local
    if local is None:
        return ""
    who = _tr("This store: {name} ({role})").format(
        name=f"<b>{escape(local.name)}</b>", role=escape(role_text(local))
    )
    if local.key_id:
        who += " · " + _tr("key {key}").format(key=f"<code>{escape(local.key_id)}</code>")
    if local.revoked:
        who += " · " + badge_html(_tr("key revoked"), colors.alert)
    if status.trust_version is None:
        trust = badge_html(_tr("Trust list: none yet"), colors.warning)
    else:
        expires = ""
        if status.trust_expires:
            day = dt.datetime.fromisoformat(status.trust_expires).date()
            expires = _tr(", valid until {day}").format(day=date_text(day))
        trust = _tr("Trust list: version {n}{expires}").format(
            n=status.trust_version, expires=expires
        )
        if trust_expired(status, now):
            trust = badge_html(
                _tr("Trust list version {n} has expired").format(n=status.trust_version),
                colors.alert,
            )
    conflicts = _tr("Open conflicts: {n}").format(n=status.open_conflicts)
    if status.open_conflicts:
        conflicts = badge_html(conflicts, colors.alert)
    pending = [
        _tr("{peer} {n}").format(peer=escape(peer), n=count)
        for peer, count in sorted(status.unacknowledged.items())
        if count
    ]
    waiting = (
        _tr("Changes not acknowledged yet: {list}").format(list=", ".join(pending))
        if pending
        else _tr("Every peer has acknowledged every change")
    )
    return f"{who}<br>{trust} · {conflicts} · {waiting}"


def bundle_html(row: BundleLogRow, colors: Colors) -> str:
    """One bundle of the log: where it went or came from and what it did here."""
    receipt = row.receipt or {}
    title = _tr("{direction} bundle no. {seq}").format(direction=direction_text(row), seq=row.seq)
    facts = [
        (_tr("To") if row.direction == SENT else _tr("From"), escape(peer_text(row))),
        (_tr("Origin"), escape(row.origin)),
        (_tr("When"), escape(_moment(row.at))),
        (_tr("File"), escape(row.file_name)),
        (_tr("Format"), "Excel (data.xlsx)" if row.format == "xlsx" else "JSON"),
        (_tr("Changes"), str(row.changes)),
        (_tr("Attachments"), str(row.attachments)),
        (_tr("Bundle id"), f"<code>{escape(row.bundle_id)}</code>"),
    ]
    if row.direction == SENT:
        state = receipt_text(row)
        color = colors.good if row.acknowledged else colors.warning
        facts.append((_tr("Receipt"), badge_html(state, color)))
        note = (
            ""
            if row.acknowledged
            else _tr(
                "The recipient has not yet sent a bundle back that acknowledges these changes; "
                "they go out again in the next bundle for it."
            )
        )
        return f"<h3>{escape(title)}</h3>{facts_table(facts)}<p>{escape(note)}</p>"
    body = receipt_body(
        new=int(receipt.get("new", 0)),
        duplicates=int(receipt.get("duplicates", 0)),
        conflicts=int(receipt.get("conflicts", 0)),
        records=dict(receipt.get("records", {})),
        renumbered=[(str(a), str(b)) for a, b in receipt.get("renumbered", [])],
        colors=colors,
    )
    return f"<h3>{escape(title)}</h3>{facts_table(facts)}{body}"


def receipt_body(
    *,
    new: int,
    duplicates: int,
    conflicts: int,
    records: dict[str, int],
    renumbered: list[tuple[str, str]],
    colors: Colors,
    title: str = "",
) -> str:
    """What an import did (or, in a dry run, would do): counts, records per kind, numbers."""
    counts = [
        (_tr("New changes"), str(new)),
        (_tr("Already here"), str(duplicates)),
        (
            _tr("Conflicts"),
            badge_html(str(conflicts), colors.alert) if conflicts else str(conflicts),
        ),
    ]
    parts = [section_html(title or _tr("Receipt"), facts_table(counts))]
    rows = [[escape(entity_text(k)), str(n)] for k, n in sorted(records.items()) if n]
    parts.append(
        section_html(_tr("Records changed"), table_html([_tr("Kind"), _tr("Records")], rows))
    )
    numbers = [[escape(old), escape(new_number)] for old, new_number in renumbered]
    parts.append(
        section_html(
            _tr("Numbers given by the central store"),
            table_html([_tr("Provisional"), _tr("Final")], numbers),
        )
    )
    return "".join(parts)


def summary_html(
    summary: BundleSummary, colors: Colors, names: dict[str, str] | None = None
) -> str:
    """What a verified bundle holds: who signed it, for whom, until when, and its changes.
    `names` turns replica ids into the names people know them by."""
    known = names or {}
    recipient = (
        known.get(summary.recipient_id, summary.recipient_id)
        if summary.recipient_id
        else _tr("the central store")
    )
    facts = [
        (_tr("Signed by"), escape(summary.origin_name)),
        (_tr("Signing key"), f"<code>{escape(summary.key_id)}</code>"),
        (_tr("For"), escape(recipient)),
        (_tr("Bundle no."), str(summary.seq)),
        (_tr("Written"), escape(_moment(summary.created_at))),
        (_tr("Valid until"), escape(_moment(summary.expires_at))),
        (_tr("Format"), "Excel (data.xlsx)" if summary.format == "xlsx" else "JSON"),
        (_tr("Changes"), str(summary.changes)),
        (
            _tr("Attachments"),
            _tr("{n} ({size})").format(
                n=summary.attachments, size=size_text(summary.attachment_bytes)
            ),
        ),
    ]
    rows = [[escape(entity_text(k)), str(n)] for k, n in sorted(summary.counts.items()) if n]
    check = badge_html(_tr("Signature, trust and every file's hash check out."), colors.good)
    return f"<p>{check}</p>{facts_table(facts)}" + section_html(
        _tr("Changes by kind"), table_html([_tr("Kind"), _tr("Changes")], rows)
    )


def refusal_html(words: str, colors: Colors) -> str:
    """What a person can do about a refused bundle; the refusal itself is said above it."""
    advice = [
        _tr("Nothing in this store was changed by it."),
        _tr(
            "Ask the sender to export the bundle again and send the new file. A bundle that "
            "was changed on the way, has expired or was written for another store never "
            "imports; export a new one instead."
        ),
        _tr(
            "A bundle signed by a key this store does not trust, or one that was revoked, "
            "imports only after the central store's administrator enrols the key and you "
            "import the newer trust list (sqms trust import)."
        ),
    ]
    return f"<p>{badge_html(words, colors.alert)}</p>" + "".join(
        f"<p>{escape(line)}</p>" for line in advice
    )


def preview_html(receipt: ImportReceipt, colors: Colors) -> str:
    """A dry run's receipt: what importing the bundle would change here."""
    if receipt.new_changes == 0:
        lead = _tr("Everything in this bundle is here already: importing it changes nothing.")
    else:
        lead = _tr("Importing it would apply {n} new change(s):").format(n=receipt.new_changes)
    return f"<p>{escape(lead)}</p>" + receipt_body(
        new=receipt.new_changes,
        duplicates=receipt.duplicates,
        conflicts=receipt.conflicts,
        records=receipt.records,
        renumbered=receipt.renumbered,
        colors=colors,
        title=_tr("What importing it would do"),
    )
