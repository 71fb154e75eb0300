"""A list page: filter line, sortable table and a read-only detail pane for one record type.

The page itself never reads the store: it asks the loader its subclass hands in for the rows and
the renderer for the selected record's detail, and those read through `queries/` (in a session of
their own), so the table and pane machinery stays the same for every record type. A page over a
long list (`WindowedListPage`: audits, suppliers, findings) asks for the ids that match instead,
and its table reads their rows a window at a time; the filter line and the header then narrow and
sort in the store."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from sqms_desktop.errors import NotFoundError, SqmsError
from sqms_desktop.gui.base.colors import Colors, current_colors
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.icons import icon
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.models.tables import (
    ID_ROLE,
    RowFilterProxy,
    RowTableModel,
    WindowedTableModel,
)

log = logging.getLogger(__name__)

# The rows to list, read now; the HTML of one record (by id) in the given colours.
RowLoader = Callable[[], Sequence[Any]]
DetailRenderer = Callable[[str, Colors], str]
# How many records the store holds, whatever the filters.
Counter = Callable[[], int]

MAX_INITIAL_COLUMN_WIDTH = 220
SIZING_SAMPLE_ROWS = 300
CELL_PADDING = 18
# A pause in typing before the filter text is looked up in the store (as the Findings page's
# filter bar waits), so each key does not read the list again.
TYPING_DELAY_MS = 300


def name_widget(widget: QWidget, name: str) -> None:
    """Give `widget` the accessible name `name`, unless its form gave it one."""
    if not widget.accessibleName():
        widget.setAccessibleName(name)


def name_after_tabs(root: QWidget) -> None:
    """Name each unnamed list, table and text view under `root` after the tab it is on."""
    for view in root.findChildren(QAbstractScrollArea):
        if view.accessibleName() or not isinstance(view, (QAbstractItemView, QTextEdit)):
            continue
        page: QWidget = view
        parent = view.parentWidget()
        while parent is not None and parent is not root:
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget) and tabs.indexOf(page) >= 0:
                title = tabs.tabText(tabs.indexOf(page))
                view.setAccessibleName(
                    title.replace("&&", "\0").replace("&", "").replace("\0", "&")
                )
                break
            page, parent = parent, parent.parentWidget()


class ListPage(QWidget):
    """Lists the rows `load_rows` returns; shows `render_detail` of the selected one.

    Signals:
        counts_changed(shown, total): rows visible after filtering, and rows loaded.
        record_shown(record_id): the detail pane now shows this record ("" for none).
    """

    counts_changed = Signal(int, int)
    record_shown = Signal(str)

    def __init__(
        self,
        model: RowTableModel,
        load_rows: RowLoader,
        render_detail: DetailRenderer,
        *,
        default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
        elastic_column: int = 1,
        hidden_columns: frozenset[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_form()
        self._load_rows = load_rows
        self._render_detail = render_detail
        self._shown_id: str | None = None
        self._sized = False
        # Pages read their rows when first shown (start-up reads only the visible page).
        self.stale = True
        self._elastic_column = elastic_column
        self.model = model
        model.setParent(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = child(self, QLineEdit, "filter_edit")
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.table = child(self, QTableView, "table")
        self.detail = child(self, QTextBrowser, "detail")
        self.splitter = child(self, QSplitter, "splitter")
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        name_widget(self.filter_edit, self.tr("Filter"))

        self.table.setModel(self.proxy)
        self.table.sortByColumn(*default_sort)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The elastic column takes what the others leave, so no sideways scrolling is needed.
        header.setSectionResizeMode(elastic_column, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_custom_context_menu_requested)
        for column in hidden_columns:
            self.table.setColumnHidden(column, True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed
        )
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            self._on_style_hints_color_scheme_changed
        )

    # -- what subclasses adapt -------------------------------------------------------------

    def _load_form(self) -> None:
        """Build the page's form; a richer page's form keeps `filter_edit`, `table`, `detail`
        and `splitter` and adds its own widgets."""
        load_form("list_page", self)

    def _fill(self) -> None:
        """Put the rows into the model: here all that `load_rows` reads. A page that reads
        its rows in windows (the Findings page) hands its model their ids instead."""
        self.model.set_rows(self._load_rows())

    def empty_text(self) -> str:
        return self.tr("Nothing here yet.")

    def pick_text(self) -> str:
        return self.tr("Select a row to see its details.")

    def name_views(self, list_name: str, detail_name: str) -> None:
        """What a screen reader calls the list and the detail pane (unless the form named
        them)."""
        name_widget(self.table, list_name)
        name_widget(self.detail, detail_name)

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rows again, keeping the selected record (or selecting the first row)."""
        self.stale = False
        keep, self._shown_id = self._shown_id, None  # its detail is read again, too
        self._fill()
        if not self._sized:
            self._size_columns(for_good=self.model.rowCount() > 0)
        if not (keep and self.select_id(keep)):
            self._select_proxy_row(0)
        self._show_current()
        self._emit_counts()

    def reveal(self, record_id: str) -> bool:
        """Select the record, reading the page first if it is stale and clearing the filters
        if they hide it; False when it is not there at all (gone since)."""
        if self.stale:
            self.refresh()
        if self.select_id(record_id):
            return True
        self.clear_filters()
        return self.select_id(record_id)

    def clear_filters(self) -> None:
        """Show every record: the filter line emptied (a page with more filters resets them)."""
        self.filter_edit.clear()

    def select_id(self, record_id: str) -> bool:
        source_row = self.model.row_of_id(record_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        return True

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return str(value) if value is not None else None

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def counts(self) -> tuple[int, int]:
        return self.proxy.rowCount(), self.model.rowCount()

    def fill_column_menu(self, menu: QMenu) -> None:
        """Checkable entries that show or hide the columns (the elastic one always shows)."""
        titles = self.model.titles()
        for column, title in enumerate(titles):
            if column == self._elastic_column:
                continue
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(partial(self._set_column_shown, column))

    def view_state(self) -> tuple[QByteArray, QByteArray]:
        """Column widths, order, visibility and sort; and the table/detail split."""
        return self.table.horizontalHeader().saveState(), self.splitter.saveState()

    def restore_view_state(self, header: QByteArray, splitter: QByteArray) -> None:
        if not header.isEmpty() and self.table.horizontalHeader().restoreState(header):
            self._sized = True
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if not self.table.currentIndex().isValid():
            self._select_proxy_row(0)
        self._show_current()
        self._emit_counts()

    @Slot(QPoint)
    def _on_header_custom_context_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        self.fill_column_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    @Slot()
    def _on_filter_edit_return_pressed(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_row_changed(
        self, current: QModelIndex, previous: QModelIndex
    ) -> None:
        self._show_current()

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._shown_id = None  # draw the detail again in the new scheme's colours
        self._show_current()

    # -- internals -------------------------------------------------------------------------

    def _set_column_shown(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)

    def _select_proxy_row(self, row: int) -> None:
        if not 0 <= row < self.proxy.rowCount():
            return
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _show_current(self) -> None:
        record_id = self.selected_id()
        if record_id == self._shown_id and record_id is not None:
            return
        colors = current_colors()
        if record_id is None:
            text = self.empty_text() if self.model.rowCount() == 0 else self.pick_text()
            self.detail.setHtml(placeholder_html(text, colors))
        else:
            self.detail.setHtml(self._detail_html(record_id, colors))
        self._shown_id = record_id
        emit(self.record_shown, record_id or "")

    def _detail_html(self, record_id: str, colors: Colors) -> str:
        try:
            return self._render_detail(record_id, colors)
        except NotFoundError:
            return placeholder_html(
                self.tr("This record no longer exists. Refresh the list."), colors
            )
        except SqmsError as exc:
            log.warning("detail of %s failed: %s", record_id, exc)
            return placeholder_html(str(exc), colors)

    def _size_columns(self, *, for_good: bool) -> None:
        """Fit columns to their contents (to the headers while empty) until there are rows;
        after that the user's widths stay. Measures a sample of rows in Python: Qt's own
        resizeColumnsToContents asks the model for every role of a thousand rows."""
        self._sized = for_good
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        sample = self.model.rows()[:SIZING_SAMPLE_ROWS]
        for column in range(self.model.columnCount()):
            if column == self._elastic_column:
                continue
            texts = {self.model.display(row, column) for row in sample}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            width = max(widest + CELL_PADDING, header.sectionSizeHint(column))
            header.resizeSection(column, min(width, MAX_INITIAL_COLUMN_WIDTH))

    def _emit_counts(self) -> None:
        emit(self.counts_changed, *self.counts())


class WindowedListPage(ListPage):
    """A list page over a long list: `read_ids` returns the ids of every record that matches
    the page's filters and its filter text, in the model's `order()`; the table reads their rows
    a window at a time (`WindowedTableModel`); `count_all` says how many the store holds.

    The filter text narrows in the store after a pause in typing (at once on Enter), over
    records not read yet too; a header click reads the ids again in the new order; a record to
    select further down than the table has read is read first.
    """

    model: WindowedTableModel

    def __init__(
        self,
        model: WindowedTableModel,
        read_ids: Callable[[], Sequence[str]],
        count_all: Counter,
        render_detail: DetailRenderer,
        *,
        elastic_column: int = 1,
        hidden_columns: frozenset[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        self._count_all = count_all
        self._store_total = 0
        super().__init__(
            model,
            read_ids,
            render_detail,
            default_sort=model.DEFAULT_SORT,
            elastic_column=elastic_column,
            hidden_columns=hidden_columns,
            parent=parent,
        )
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self._on_typing_timeout)
        model.order_changed.connect(self._on_model_order_changed)

    # -- ListPage --------------------------------------------------------------------------

    def _fill(self) -> None:
        self._typing.stop()
        self._store_total = self._count_all()
        self.model.set_ids(self._load_rows())

    def counts(self) -> tuple[int, int]:
        """Records that match the filters (read or not yet), and records in the store."""
        return self.model.total(), self._store_total

    def select_id(self, record_id: str) -> bool:
        """Select the record, reading the rows down to it first if the table has not yet."""
        self.model.fetch_through(record_id)
        return super().select_id(record_id)

    def clear_filters(self) -> None:
        """Every record again: the filter line emptied and the list read again."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def filter_text(self) -> str:
        """What the filter line narrows to ("" for everything)."""
        return self.filter_edit.text().strip()

    def store_total(self) -> int:
        """How many records the store held when the page was last read."""
        return self._store_total

    def no_match(self) -> bool:
        """The store holds records but none matches the filters."""
        return self.model.total() == 0 and self._store_total > 0

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._typing.start()

    @Slot()
    def _on_filter_edit_return_pressed(self) -> None:
        if self._typing.isActive():
            self.refresh()
        super()._on_filter_edit_return_pressed()

    @Slot()
    def _on_typing_timeout(self) -> None:
        self.refresh()

    @Slot()
    def _on_model_order_changed(self) -> None:
        """Read the ids in the new order. The selected record stays selected if it is among
        the first rows (its detail is not read again), else the first row is selected: the
        list is not read down to it."""
        if self.stale:  # a page not read yet reads in the new order when first shown
            return
        keep = self.selected_id()
        self.model.set_ids(self._load_rows())  # the same records: the counts and filters stay
        if not (keep and super().select_id(keep)):
            self._select_proxy_row(0)
        self._show_current()
        self._emit_counts()
