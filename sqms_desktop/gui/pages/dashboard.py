"""The Dashboard page: the supplier base at a glance, each chart leading to its records.

Six charts (suppliers per band, PPM and on-time delivery over twelve months, overdue CAPAs by
supplier, audits due by month, certificates expiring) over a list. The list first shows what
needs acting on now; a click on a bar or point lists the records behind it instead, and Enter
(or a double click) opens the record on its own page.

The board is read off the GUI thread (background_list.py): on a large supplier base it takes
a second or two (the last month's scorecards of every supplier), during which the window stays
usable and the previous board stays in view, greyed. A click on a bar lists the records behind
it from the board drawn, without reading the store again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.gui.base.colors import Colors, current_colors
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.latest_read import ReadJob
from sqms_desktop.gui.base.shortcuts import Kind, page_action, style_toolbar
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.html.detail import facts_table, placeholder_html
from sqms_desktop.gui.models.dashboard import DashboardItemModel
from sqms_desktop.gui.pages.background_list import BackgroundListPage
from sqms_desktop.gui.widgets.charts import ChartCard
from sqms_desktop.i18n import QT_TRANSLATE_NOOP
from sqms_desktop.progress import Progress
from sqms_desktop.queries.dashboard import Dashboard, DashboardItem, dashboard
from sqms_desktop.services.actor import Actor

Today = Callable[[], dt.date]


def read_board(actor: Actor, today: dt.date) -> ReadJob:
    """The job that reads the board of `today` on a worker thread."""

    def job(progress: Progress) -> Dashboard:
        return actor.read(dashboard, today)

    return job


class DashboardPage(BackgroundListPage):
    """Charts of the whole supplier base for `today`, read by the `actor`.

    `board` is the board drawn (None before the first read lands).

    Signals:
        record_requested(kind, record_id): open the record (supplier, capa, certificate's
            supplier, programme row) on its page.
    """

    record_requested = Signal(str, str)

    def __init__(
        self,
        actor: Actor,
        *,
        today: Today,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._actor = actor
        self._today = today
        self._bucket = ""
        self._bucket_text = ""
        self.board: Dashboard | None = None

        def render(item_id: str, colors: Colors) -> str:
            number = self.model.row_of_id(item_id)
            if number is None:
                return placeholder_html(self.pick_text(), colors)
            return _item_html(self.model.row_at(number))

        super().__init__(
            DashboardItemModel(),
            render,
            name="dashboard",
            pool=pool,
            default_sort=(DashboardItemModel.COL_SUPPLIER, Qt.SortOrder.AscendingOrder),
            elastic_column=DashboardItemModel.COL_RECORD,
            parent=parent,
        )
        self.setObjectName("dashboard_page")
        self.name_views(self.tr("Records listed"), self.tr("The selected record"))
        self.filter_edit.setPlaceholderText(self.tr("Type to narrow the records listed…"))
        self.cards = {
            "bands": ChartCard(self.tr("Suppliers per scorecard band, last month"), self),
            "ppm": ChartCard(self.tr("PPM, all suppliers, 12 months"), self),
            "on_time": ChartCard(self.tr("On-time delivery %, 12 months"), self),
            "capas": ChartCard(self.tr("Overdue CAPAs by supplier"), self),
            "due": ChartCard(self.tr("Audits due"), self),
            "certificates": ChartCard(self.tr("Certificates expiring"), self),
        }
        for name, card in self.cards.items():
            card.setObjectName(f"chart_{name}")
            card.bucket_chosen.connect(self._on_card_bucket_chosen)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for number, card in enumerate(self.cards.values()):
            grid.addWidget(card, number // 3, number % 3)
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)  # a narrow window wraps it, not grows for it
        self.action_open = page_action(
            self,
            "action_open_dashboard_record",
            self.tr("&Open record"),
            Kind.OPEN,
            self.tr("Open the selected record on its own page (Enter)"),
            self._on_action_open_triggered,
        )
        self.action_attention = page_action(
            self,
            "action_dashboard_attention",
            self.tr("Needs &attention"),
            "Ctrl+Shift+A",
            self.tr("List what needs acting on now instead of the records behind a chart"),
            self._on_action_attention_triggered,
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        style_toolbar(self.toolbar)
        self.toolbar.addActions(self.page_actions())
        # Charts over the list; the list and its detail side by side, so both fit 720 pixels.
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.caption)
        top = self.layout()
        if isinstance(top, QBoxLayout):
            top.removeWidget(self.splitter)
        lower_layout.addWidget(self.splitter, 1)
        self.outer = QSplitter(Qt.Orientation.Vertical, self)
        self.outer.setObjectName("outer_splitter")
        self.outer.setChildrenCollapsible(False)
        self.outer.addWidget(grid_host)
        self.outer.addWidget(lower)
        self.outer.setStretchFactor(0, 3)
        self.outer.setStretchFactor(1, 2)
        if isinstance(top, QBoxLayout):
            top.insertWidget(1, self.note_beside(self.toolbar))
            top.addWidget(self.outer, 1)
        self.note.set_content([self.outer])  # the charts are the previous board's, too
        self.table.activated.connect(self._on_table_activated)
        self._caption()

    def empty_text(self) -> str:
        if self._bucket:
            return self.tr("No records behind this bar.")
        return self.tr(
            "Nothing needs acting on now: no supplier in band C, no overdue CAPA or audit, no "
            "expired certificate. Click a bar or point to list the records behind it."
        )

    def pick_text(self) -> str:
        return self.tr("Select a record; Enter opens it on its page.")

    def page_actions(self) -> list[QAction]:
        return [self.action_open, self.action_attention]

    def bucket(self) -> str:
        return self._bucket

    def choose_bucket(self, bucket: str, text: str = "") -> None:
        """List the records behind one bar or point ("" for what needs attention), from the
        board drawn."""
        self._bucket, self._bucket_text = bucket, text or bucket
        self._caption()
        if self.board is not None:
            self.show_rows()
        elif not self.is_reading():
            self.refresh()  # nothing drawn yet: the list comes with the first board

    # -- the read (background_list.py) -----------------------------------------------------

    def read_job(self) -> ReadJob:
        return read_board(self._actor, self._today())

    def reading_text(self) -> str:
        return self.tr("Reading the dashboard…")

    def failure_text(self, why: str) -> str:
        return self.tr("The dashboard could not be read: {why}").format(why=why)

    def take(self, result: object) -> None:
        assert isinstance(result, Dashboard)
        self.board = result
        self._draw(result)

    def rows_read(self) -> list[DashboardItem]:
        return [] if self.board is None else self.board.behind(self._bucket)

    # -- drawing ---------------------------------------------------------------------------

    def _draw(self, board: Dashboard) -> None:
        colors = current_colors()
        band_colors = {"A": colors.good, "B": colors.plain, "C": colors.alert, "none": colors.muted}
        cards = self.cards
        if board.bands:
            names = list(board.bands)
            cards["bands"].bars(
                [self.tr("no score") if n == "none" else n for n in names],
                [f"band:{n}" for n in names],
                [
                    (n, [board.bands[m] if m == n else 0 for m in names], band_colors[n])
                    for n in names
                ],
                stacked=True,
                legend=False,  # one coloured bar per band, named below it
            )
        else:
            cards["bands"].show_empty(
                self.tr("No suppliers yet: add them on the Suppliers page (Ctrl+1).")
            )
        keys = [f"trend:{m}" for m in board.months]
        if any(v is not None for v in board.ppm):
            months = [_month(m) for m in board.months]
            cards["ppm"].lines(months, keys, [(self.tr("PPM"), board.ppm, colors.alert)])
            cards["on_time"].lines(
                months, keys, [(self.tr("On time %"), board.on_time_pct, colors.good)]
            )
        else:
            text = self.tr(
                "No deliveries in the last 12 months: Suppliers ▸ Import deliveries (KPIs)…"
            )
            cards["ppm"].show_empty(text)
            cards["on_time"].show_empty(text)
        capas = board.overdue_capas[:8]
        if capas:
            cards["capas"].bars(
                [code for _sid, code, _n in capas],
                [f"capas:{sid}" for sid, _code, _n in capas],
                [(self.tr("Overdue"), [n for _sid, _code, n in capas], colors.alert)],
                horizontal=True,
            )
        else:
            cards["capas"].show_empty(self.tr("No CAPA is overdue."))
        if board.audits_due:
            months = [m for m, *_ in board.audits_due]
            cards["due"].bars(
                [_month(m) for m in months],
                [f"due:{m}" for m in months],
                [
                    (self.tr("Overdue"), [o for _m, o, _d, _p in board.audits_due], colors.alert),
                    (self.tr("Due"), [d for _m, _o, d, _p in board.audits_due], colors.warning),
                    (self.tr("Planned"), [p for _m, _o, _d, p in board.audits_due], colors.plain),
                ],
                stacked=True,
            )
        else:
            cards["due"].show_empty(self.tr("No audit due in the next six months."))
        if board.certificates:
            buckets = [b for b, _n in board.certificates]
            cards["certificates"].bars(
                [self.tr("expired") if b == "expired" else _month(b) for b in buckets],
                [f"certificates:{b}" for b in buckets],
                [
                    (
                        self.tr("Certificates"),
                        [n for _b, n in board.certificates],
                        colors.warning,
                    )
                ],
            )
        else:
            cards["certificates"].show_empty(self.tr("No certificate expires within six months."))

    def _caption(self) -> None:
        if self._bucket:
            self.caption.setText(
                self.tr("Records behind <b>{what}</b>").format(what=escape(self._bucket_text))
            )
        else:
            self.caption.setText(
                self.tr(
                    "<b>Needs attention now</b>: suppliers in band C, overdue CAPAs and audits, "
                    "expired certificates. Click a bar or point for the records behind it."
                )
            )
        self.action_attention.setEnabled(bool(self._bucket))

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_card_bucket_chosen(self, bucket: str) -> None:
        card = self.sender()
        title = card.title.text() if isinstance(card, ChartCard) else ""
        plain = title.replace("<b>", "").replace("</b>", "")
        self.choose_bucket(
            bucket, self.tr("{chart}: {bar}").format(chart=plain, bar=bucket.partition(":")[2])
        )

    @Slot()
    def _on_action_attention_triggered(self) -> None:
        self.choose_bucket("")

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._on_action_open_triggered()

    @Slot()
    def _on_action_open_triggered(self) -> None:
        item_id = self.selected_id()
        number = None if item_id is None else self.model.row_of_id(item_id)
        if number is not None:
            item: DashboardItem = self.model.row_at(number)
            emit(self.record_requested, item.kind, item.record_id)


def _month(period: str) -> str:
    """A month as a short label ("Dec"): the charts span a year, their titles say which."""
    return QLocale().monthName(int(period[5:7]), QLocale.FormatType.ShortFormat)


OPENS: dict[str, str] = {
    "supplier": QT_TRANSLATE_NOOP("DashboardPage", "the supplier on the Suppliers page"),
    "certificate": QT_TRANSLATE_NOOP("DashboardPage", "the supplier on the Suppliers page"),
    "capa": QT_TRANSLATE_NOOP("DashboardPage", "the CAPA on the CAPAs page"),
    "programme": QT_TRANSLATE_NOOP("DashboardPage", "the supplier's row on the Programme page"),
}


def _item_html(item: DashboardItem) -> str:
    opens = (
        QCoreApplication.translate("DashboardPage", OPENS[item.kind])
        if item.kind in OPENS
        else item.kind
    )
    return f"<h3>{escape(item.title)}</h3>" + facts_table(
        [
            (QCoreApplication.translate("DashboardPage", "Supplier"), escape(item.supplier)),
            (QCoreApplication.translate("DashboardPage", "Detail"), escape(item.detail)),
            (QCoreApplication.translate("DashboardPage", "Date"), escape(date_text(item.day))),
            (QCoreApplication.translate("DashboardPage", "Enter opens"), escape(opens)),
        ]
    )
