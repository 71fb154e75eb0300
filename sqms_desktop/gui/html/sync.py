"""HTML of the Sync page: this store's sync identity, one bundle of the log, and what a bundle
holds and would change before it is imported. Every name from a bundle or the store is escaped:
a bundle comes from another machine."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.dates import date_text, moment_text
from sqms_desktop.gui.base.numbers import decimal_text
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


def _moment(value: dt.datetime) -> str:
    return moment_text(value.astimezone())


def role_text(replica: ReplicaRow) -> str:
    if replica.role == ReplicaRole.CENTRAL:
        return QCoreApplication.translate("SyncHtml", "central store")
    return (
        QCoreApplication.translate("SyncHtml", "laptop")
        if replica.role
        else QCoreApplication.translate("SyncHtml", "no role")
    )


def size_text(size: int) -> str:
    """A byte count as people read it (1.4 MB)."""
    if size < 1024:
        return QCoreApplication.translate("SyncHtml", "{n} bytes").format(n=size)
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{decimal_text(value)} {unit}"
        value /= 1024
    return f"{decimal_text(value)} GB"


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
    who = QCoreApplication.translate("SyncHtml", "This store: {name} ({role})").format(
        name=f"<b>{escape(local.name)}</b>", role=escape(role_text(local))
    )
    if local.key_id:
        who += " · " + QCoreApplication.translate("SyncHtml", "key {key}").format(
            key=f"<code>{escape(local.key_id)}</code>"
        )
    if local.revoked:
        who += " · " + badge_html(
            QCoreApplication.translate("SyncHtml", "key revoked"), colors.alert
        )
    if status.trust_version is None:
        trust = badge_html(
            QCoreApplication.translate("SyncHtml", "Trust list: none yet"), colors.warning
        )
    else:
        expires = ""
        if status.trust_expires:
            day = dt.datetime.fromisoformat(status.trust_expires).date()
            expires = QCoreApplication.translate("SyncHtml", ", valid until {day}").format(
                day=date_text(day)
            )
        trust = QCoreApplication.translate("SyncHtml", "Trust list: version {n}{expires}").format(
            n=status.trust_version, expires=expires
        )
        if trust_expired(status, now):
            trust = badge_html(
                QCoreApplication.translate("SyncHtml", "Trust list version {n} has expired").format(
                    n=status.trust_version
                ),
                colors.alert,
            )
    conflicts = QCoreApplication.translate("SyncHtml", "Open conflicts: {n}").format(
        n=status.open_conflicts
    )
    if status.open_conflicts:
        conflicts = badge_html(conflicts, colors.alert)
    pending = [
        QCoreApplication.translate("SyncHtml", "{peer} {n}").format(peer=escape(peer), n=count)
        for peer, count in sorted(status.unacknowledged.items())
        if count
    ]
    waiting = (
        QCoreApplication.translate("SyncHtml", "Changes not acknowledged yet: {list}").format(
            list=", ".join(pending)
        )
        if pending
        else QCoreApplication.translate("SyncHtml", "Every peer has acknowledged every change")
    )
    return f"{who}<br>{trust} · {conflicts} · {waiting}"


def bundle_html(row: BundleLogRow, colors: Colors) -> str:
    """One bundle of the log: where it went or came from and what it did here."""
    receipt = row.receipt or {}
    title = QCoreApplication.translate("SyncHtml", "{direction} bundle no. {seq}").format(
        direction=direction_text(row), seq=row.seq
    )
    facts = [
        (
            QCoreApplication.translate("SyncHtml", "To")
            if row.direction == SENT
            else QCoreApplication.translate("SyncHtml", "From"),
            escape(peer_text(row)),
        ),
        (QCoreApplication.translate("SyncHtml", "Origin"), escape(row.origin)),
        (QCoreApplication.translate("SyncHtml", "When"), escape(_moment(row.at))),
        (QCoreApplication.translate("SyncHtml", "File"), escape(row.file_name)),
        (
            QCoreApplication.translate("SyncHtml", "Format"),
            "Excel (data.xlsx)" if row.format == "xlsx" else "JSON",
        ),
        (QCoreApplication.translate("SyncHtml", "Changes"), str(row.changes)),
        (QCoreApplication.translate("SyncHtml", "Attachments"), str(row.attachments)),
        (
            QCoreApplication.translate("SyncHtml", "Bundle id"),
            f"<code>{escape(row.bundle_id)}</code>",
        ),
    ]
    if row.direction == SENT:
        state = receipt_text(row)
        color = colors.good if row.acknowledged else colors.warning
        facts.append((QCoreApplication.translate("SyncHtml", "Receipt"), badge_html(state, color)))
        note = (
            ""
            if row.acknowledged
            else QCoreApplication.translate(
                "SyncHtml",
                "The recipient has not yet sent a bundle back that acknowledges these changes; "
                "they go out again in the next bundle for it.",
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
        (QCoreApplication.translate("SyncHtml", "New changes"), str(new)),
        (QCoreApplication.translate("SyncHtml", "Already here"), str(duplicates)),
        (
            QCoreApplication.translate("SyncHtml", "Conflicts"),
            badge_html(str(conflicts), colors.alert) if conflicts else str(conflicts),
        ),
    ]
    parts = [
        section_html(
            title or QCoreApplication.translate("SyncHtml", "Receipt"), facts_table(counts)
        )
    ]
    rows = [[escape(entity_text(k)), str(n)] for k, n in sorted(records.items()) if n]
    parts.append(
        section_html(
            QCoreApplication.translate("SyncHtml", "Records changed"),
            table_html(
                [
                    QCoreApplication.translate("SyncHtml", "Kind"),
                    QCoreApplication.translate("SyncHtml", "Records"),
                ],
                rows,
            ),
        )
    )
    numbers = [[escape(old), escape(new_number)] for old, new_number in renumbered]
    parts.append(
        section_html(
            QCoreApplication.translate("SyncHtml", "Numbers given by the central store"),
            table_html(
                [
                    QCoreApplication.translate("SyncHtml", "Provisional"),
                    QCoreApplication.translate("SyncHtml", "Final"),
                ],
                numbers,
            ),
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
        else QCoreApplication.translate("SyncHtml", "the central store")
    )
    facts = [
        (QCoreApplication.translate("SyncHtml", "Signed by"), escape(summary.origin_name)),
        (
            QCoreApplication.translate("SyncHtml", "Signing key"),
            f"<code>{escape(summary.key_id)}</code>",
        ),
        (QCoreApplication.translate("SyncHtml", "For"), escape(recipient)),
        (QCoreApplication.translate("SyncHtml", "Bundle no."), str(summary.seq)),
        (QCoreApplication.translate("SyncHtml", "Written"), escape(_moment(summary.created_at))),
        (
            QCoreApplication.translate("SyncHtml", "Valid until"),
            escape(_moment(summary.expires_at)),
        ),
        (
            QCoreApplication.translate("SyncHtml", "Format"),
            "Excel (data.xlsx)" if summary.format == "xlsx" else "JSON",
        ),
        (QCoreApplication.translate("SyncHtml", "Changes"), str(summary.changes)),
        (
            QCoreApplication.translate("SyncHtml", "Attachments"),
            QCoreApplication.translate("SyncHtml", "{n} ({size})").format(
                n=summary.attachments, size=size_text(summary.attachment_bytes)
            ),
        ),
    ]
    rows = [[escape(entity_text(k)), str(n)] for k, n in sorted(summary.counts.items()) if n]
    check = badge_html(
        QCoreApplication.translate("SyncHtml", "Signature, trust and every file's hash check out."),
        colors.good,
    )
    return f"<p>{check}</p>{facts_table(facts)}" + section_html(
        QCoreApplication.translate("SyncHtml", "Changes by kind"),
        table_html(
            [
                QCoreApplication.translate("SyncHtml", "Kind"),
                QCoreApplication.translate("SyncHtml", "Changes"),
            ],
            rows,
        ),
    )


def refusal_html(words: str, colors: Colors) -> str:
    """What a person can do about a refused bundle; the refusal itself is said above it."""
    advice = [
        QCoreApplication.translate("SyncHtml", "Nothing in this store was changed by it."),
        QCoreApplication.translate(
            "SyncHtml",
            "Ask the sender to export the bundle again and send the new file. A bundle that "
            "was changed on the way, has expired or was written for another store never "
            "imports; export a new one instead.",
        ),
        QCoreApplication.translate(
            "SyncHtml",
            "A bundle signed by a key this store does not trust, or one that was revoked, "
            "imports only after the central store's administrator enrols the key and you "
            "import the newer trust list (sqms trust import).",
        ),
    ]
    return f"<p>{badge_html(words, colors.alert)}</p>" + "".join(
        f"<p>{escape(line)}</p>" for line in advice
    )


def preview_html(receipt: ImportReceipt, colors: Colors) -> str:
    """A dry run's receipt: what importing the bundle would change here."""
    if receipt.new_changes == 0:
        lead = QCoreApplication.translate(
            "SyncHtml", "Everything in this bundle is here already: importing it changes nothing."
        )
    else:
        lead = (
            QCoreApplication.translate("SyncHtml", "Importing it would apply 1 new change:")
            if receipt.new_changes == 1
            else QCoreApplication.translate(
                "SyncHtml", "Importing it would apply {n} new changes:"
            ).format(n=receipt.new_changes)
        )
    return f"<p>{escape(lead)}</p>" + receipt_body(
        new=receipt.new_changes,
        duplicates=receipt.duplicates,
        conflicts=receipt.conflicts,
        records=receipt.records,
        renumbered=receipt.renumbered,
        colors=colors,
        title=QCoreApplication.translate("SyncHtml", "What importing it would do"),
    )
