"""The Trail page's detail pane: one entry with its old → new values; user text is escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.labels import record_kind, trail_action
from sqms_desktop.gui.html.detail import facts_table, section_html, text_html
from sqms_desktop.gui.models.trail import created_fields
from sqms_desktop.queries.trail import TrailRow


def _muted(text: str, colors: Colors) -> str:
    return f'<span style="color:{colors.muted}">{escape(text)}</span>'


def _value_html(value: str | None, colors: Colors) -> str:
    """A value as text; a whole record (a created or deleted one) as its fields."""
    if value is None:
        return _muted(QCoreApplication.translate("TrailHtml", "(none)"), colors)
    if value == "":
        return _muted(QCoreApplication.translate("TrailHtml", "(empty)"), colors)
    fields = created_fields(value)
    if fields is not None:
        return facts_table((name, text_html(text)) for name, text in fields) or escape(value)
    return text_html(value)


def _utc_text(row: TrailRow) -> str:
    stamp = row.at_utc.strftime(
        "%Y-%m-%d %H:%M:%S.%f" if row.at_utc.microsecond else "%Y-%m-%d %H:%M:%S"
    )
    return f"{stamp} UTC"


def _heading(row: TrailRow) -> str:
    what = record_kind(row.entity)
    if row.action == "create":
        text = QCoreApplication.translate("TrailHtml", "#{seq} · {what} created")
    elif row.action == "delete":
        text = QCoreApplication.translate("TrailHtml", "#{seq} · {what} deleted")
    elif row.field:
        text = QCoreApplication.translate("TrailHtml", "#{seq} · {what}: {field} changed")
    else:
        text = QCoreApplication.translate("TrailHtml", "#{seq} · {what}: {action}")
    return escape(
        text.format(seq=row.seq, what=what, field=row.field, action=trail_action(row.action))
    )


def trail_entry_html(row: TrailRow, colors: Colors) -> str:
    facts = facts_table(
        [
            (QCoreApplication.translate("TrailHtml", "Time"), escape(row.local_time)),
            (QCoreApplication.translate("TrailHtml", "Time (UTC)"), escape(_utc_text(row))),
            (QCoreApplication.translate("TrailHtml", "User"), escape(row.user)),
            (
                QCoreApplication.translate("TrailHtml", "Record type"),
                escape(record_kind(row.entity)),
            ),
            (
                QCoreApplication.translate("TrailHtml", "Record"),
                f"<code>{escape(row.record_id)}</code>",
            ),
            (QCoreApplication.translate("TrailHtml", "Field"), escape(row.field or "")),
            (QCoreApplication.translate("TrailHtml", "Action"), escape(trail_action(row.action))),
            (
                QCoreApplication.translate("TrailHtml", "Replica"),
                f"<code>{escape(row.replica_id)}</code>",
            ),
        ]
    )
    old = escape(QCoreApplication.translate("TrailHtml", "Old value"))
    new = escape(QCoreApplication.translate("TrailHtml", "New value"))
    change = (
        '<table cellspacing="0" cellpadding="3" width="100%"><tr>'
        f'<th align="left" width="48%">{old}</th><th width="4%"></th>'
        f'<th align="left" width="48%">{new}</th></tr><tr>'
        f'<td valign="top">{_value_html(row.old_value, colors)}</td>'
        '<td valign="top" align="center">→</td>'
        f'<td valign="top">{_value_html(row.new_value, colors)}</td></tr></table>'
    )
    reason = (
        text_html(row.reason)
        if row.reason
        else _muted(QCoreApplication.translate("TrailHtml", "No reason given."), colors)
    )
    digest = f'<code style="color:{colors.muted}">{escape(row.hash)}</code>'
    return (
        f"<h2>{_heading(row)}</h2>{facts}"
        + section_html(QCoreApplication.translate("TrailHtml", "Change"), change)
        + section_html(QCoreApplication.translate("TrailHtml", "Reason"), reason)
        + section_html(QCoreApplication.translate("TrailHtml", "Hash (SHA-256, chained)"), digest)
    )
