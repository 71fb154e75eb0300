"""The Trail page's detail pane: one entry with its old → new values; user text is escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sqms_desktop.gui.base.colors import Colors
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.html.detail import facts_table, section_html, text_html
from sqms_desktop.gui.models.trail import created_fields
from sqms_desktop.queries.trail import TrailRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("trail_html", text)


def _value_html(value: str | None, colors: Colors) -> str:
    """A value as text; a whole record (a created or deleted one) as its fields."""
    if value is None:
        return f'<span style="color:{colors.muted}">{escape(_tr("(none)"))}</span>'
    if value == "":
        return f'<span style="color:{colors.muted}">{escape(_tr("(empty)"))}</span>'
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
    what = label(row.entity)
    if row.action == "create":
        text = _tr("#{seq} · {what} created")
    elif row.action == "delete":
        text = _tr("#{seq} · {what} deleted")
    else:
        text = _tr("#{seq} · {what}: {field} changed")
    return escape(text.format(seq=row.seq, what=what, field=row.field or ""))


def trail_entry_html(row: TrailRow, colors: Colors) -> str:
    facts = facts_table(
        [
            (_tr("Time"), escape(row.local_time)),
            (_tr("Time (UTC)"), escape(_utc_text(row))),
            (_tr("User"), escape(row.user)),
            (_tr("Record type"), escape(label(row.entity))),
            (_tr("Record"), f"<code>{escape(row.record_id)}</code>"),
            (_tr("Field"), escape(row.field or "")),
            (_tr("Action"), escape(label(row.action))),
            (_tr("Replica"), f"<code>{escape(row.replica_id)}</code>"),
        ]
    )
    change = (
        '<table cellspacing="0" cellpadding="3" width="100%"><tr>'
        f'<th align="left" width="48%">{escape(_tr("Old value"))}</th><th width="4%"></th>'
        f'<th align="left" width="48%">{escape(_tr("New value"))}</th></tr><tr>'
        f'<td valign="top">{_value_html(row.old_value, colors)}</td>'
        '<td valign="top" align="center">→</td>'
        f'<td valign="top">{_value_html(row.new_value, colors)}</td></tr></table>'
    )
    reason = (
        text_html(row.reason)
        if row.reason
        else f'<span style="color:{colors.muted}">{escape(_tr("No reason given."))}</span>'
    )
    digest = f'<code style="color:{colors.muted}">{escape(row.hash)}</code>'
    return (
        f"<h2>{_heading(row)}</h2>{facts}"
        + section_html(_tr("Change"), change)
        + section_html(_tr("Reason"), reason)
        + section_html(_tr("Hash (SHA-256, chained)"), digest)
    )
