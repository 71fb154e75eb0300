"""One template version as a read-only tree of sections and questions, with a pane that shows
every attribute of the question in focus."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Slot
from PySide6.QtWidgets import QHeaderView, QTextBrowser, QTreeView

from sqms_desktop.checklists.spec import TemplateSpec
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.html.detail import placeholder_html
from sqms_desktop.gui.html.templates import question_html, section_detail_html
from sqms_desktop.gui.models.templates import TemplateTreeModel

MAX_COLUMN_WIDTH = 200
WIDE_COLUMN_WIDTH = 300
CELL_PADDING = 18


class QuestionTree(QObject):
    """Drives a form's tree view and question pane; the page hands it the spec to show."""

    def __init__(self, tree: QTreeView, pane: QTextBrowser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = tree
        self.pane = pane
        self.model = TemplateTreeModel(self)
        self._sized = False
        tree.setModel(self.model)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self._size_columns(for_good=False)
        self.redraw()

    def show_spec(self, spec: TemplateSpec | None) -> None:
        """Show `spec`, keeping the question in focus where the new spec has it too."""
        kept = self.model.question_at(self.view.currentIndex())
        self.model.set_spec(spec)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)  # a section is a heading
        self.view.expandAll()
        if spec is not None and not self._sized:
            self._size_columns(for_good=True)
        index = self.model.index_of_qid(kept.qid) if kept else QModelIndex()
        if not index.isValid():
            index = self.model.first_question()
        if index.isValid():
            self.view.setCurrentIndex(index)
        self.redraw()

    def redraw(self) -> None:
        """The pane again, e.g. in the colours of a new colour scheme."""
        colors = current_colors()
        index = self.view.currentIndex()
        section = self.model.section_at(index)
        question = self.model.question_at(index)
        if section is not None and question is not None:
            html = question_html(section, question, colors)
        elif section is not None:
            html = section_detail_html(section)
        elif self.model.rowCount():
            html = placeholder_html(self.tr("Select a question to see all it asks for."), colors)
        else:
            html = ""
        self.pane.setHtml(html)

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.redraw()

    def _size_columns(self, *, for_good: bool) -> None:
        """Fit the columns to the questions (to the headers while there are none) once; the
        user's widths stay after that. Measured in Python: the spanned section headings would
        make Qt's own fit of the first column far too wide."""
        self._sized = for_good
        model, header = self.model, self.view.header()
        metrics = self.view.fontMetrics()
        questions = model.questions()
        wide = {model.COL_TEXT, model.COL_GUIDANCE}
        for column in range(model.columnCount()):
            texts = {model.display(q, column) for q in questions}
            width = max((metrics.horizontalAdvance(t) for t in texts), default=0) + CELL_PADDING
            if column == 0:  # questions sit one level in, behind the root's decoration
                width += 2 * self.view.indentation()
            limit = WIDE_COLUMN_WIDTH if column in wide else MAX_COLUMN_WIDTH
            header.resizeSection(column, max(min(width, limit), header.sectionSizeHint(column)))
