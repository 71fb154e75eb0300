"""Models of the Templates page: the stored versions as a table, one version as a tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.numbers import short_number_text
from sqms_desktop.gui.models.tables import ID_ROLE, AnyIndex, RowTableModel
from sqms_desktop.queries.templates import TemplateRow
from sqms_desktop.vocab import TemplateStatus

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
# A draft is not offered for audits yet, a retired version no longer: both stand out.
_STATUS_MARKING: dict[str, str] = {TemplateStatus.DRAFT: "warning", TemplateStatus.RETIRED: "muted"}


def number_text(value: float | None) -> str:
    """Weights and limits as people write them: 2 rather than 2.0, 1.5 as 1.5."""
    return "" if value is None else short_number_text(value)


class TemplateTableModel(RowTableModel):
    """Template versions as `queries.templates.list_templates` returns them."""

    COL_KEY, COL_VERSION, COL_TITLE, COL_SCHEME, COL_STATUS, COL_QUESTIONS, COL_AUDITS = range(7)
    NUMERIC_COLUMNS = frozenset({COL_VERSION, COL_QUESTIONS, COL_AUDITS})

    def titles(self) -> list[str]:
        return [
            self.tr("Key"),
            self.tr("Version"),
            self.tr("Title"),
            self.tr("Scheme"),
            self.tr("Status"),
            self.tr("Questions"),
            self.tr("Audits"),
        ]

    def display(self, row: TemplateRow, column: int) -> str:
        if column == self.COL_KEY:
            return row.key
        if column == self.COL_VERSION:
            return str(row.version)
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_SCHEME:
            return label(row.scheme)
        if column == self.COL_STATUS:
            return label(row.status)
        if column == self.COL_QUESTIONS:
            return str(row.questions)
        if column == self.COL_AUDITS:
            return str(row.audits)
        return ""

    def sort_value(self, row: TemplateRow, column: int) -> Any:
        if column == self.COL_KEY:
            return (row.key.casefold(), row.version)  # a key's versions stay in order
        if column == self.COL_VERSION:
            return row.version
        if column == self.COL_QUESTIONS:
            return row.questions
        if column == self.COL_AUDITS:
            return row.audits
        return super().sort_value(row, column)

    def marking(self, row: TemplateRow, column: int) -> str | None:
        if column == self.COL_STATUS:
            return _STATUS_MARKING.get(row.status)
        return None

    def tooltip(self, row: TemplateRow, column: int) -> str | None:
        if column == self.COL_STATUS:
            tips: dict[str, str] = {
                TemplateStatus.DRAFT: self.tr(
                    "Not offered for audits yet; release it when it is final."
                ),
                TemplateStatus.RELEASED: self.tr("Fixed; offered for new audits."),
                TemplateStatus.RETIRED: self.tr(
                    "Kept for the audits that used it; offered for no new one."
                ),
            }
            return tips.get(row.status)
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_AUDITS:
            return self.tr("Audits that use this version")
        return None

    def previous_version(self, template_id: str) -> TemplateRow | None:
        """The version of the same key just before this one, if the store has one."""
        number = self.row_of_id(template_id)
        if number is None:
            return None
        this = self.row_at(number)
        older = [r for r in self._rows if r.key == this.key and r.version < this.version]
        return max(older, key=lambda r: r.version, default=None)


class TemplateTreeModel(QAbstractItemModel):
    """Sections and their questions, read-only, in checklist order (so it never sorts).

    A section row's internal id is 0; a question row's is its section's row + 1. Plain ints,
    so no Python object has to outlive an index.
    """

    (
        COL_ID,
        COL_TEXT,
        COL_TYPE,
        COL_WEIGHT,
        COL_CLAUSE,
        COL_STAR,
        COL_REQUIRED,
        COL_EVIDENCE,
        COL_CONDITION,
        COL_OPTIONS,
        COL_MIN,
        COL_MAX,
        COL_GUIDANCE,
    ) = range(13)
    NUMERIC_COLUMNS = frozenset({COL_WEIGHT, COL_MIN, COL_MAX})
    MARK_COLUMNS = frozenset({COL_STAR, COL_REQUIRED, COL_EVIDENCE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[SectionSpec] = []

    def titles(self) -> list[str]:
        return [
            self.tr("ID"),
            self.tr("Question"),
            self.tr("Type"),
            self.tr("Weight"),
            self.tr("Clause"),
            self.tr("★"),
            self.tr("Required"),
            self.tr("Evidence"),
            self.tr("Condition"),
            self.tr("Options"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Guidance"),
        ]

    def header_tooltips(self) -> dict[int, str]:
        return {
            self.COL_STAR: self.tr("Star question"),
            self.COL_REQUIRED: self.tr("An answer is required"),
            self.COL_EVIDENCE: self.tr("Evidence is required with the answer"),
            self.COL_CONDITION: self.tr("Asked only when this condition holds"),
        }

    # -- content ---------------------------------------------------------------------------

    def set_spec(self, spec: TemplateSpec | None) -> None:
        self.beginResetModel()
        self._sections = list(spec.sections) if spec is not None else []
        self.endResetModel()

    def section_at(self, index: AnyIndex) -> SectionSpec | None:
        """The section of a section row, or of a question row's parent."""
        if not index.isValid():
            return None
        number = index.internalId() - 1 if index.internalId() else index.row()
        return self._sections[number]

    def question_at(self, index: AnyIndex) -> QuestionSpec | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._sections[index.internalId() - 1].questions[index.row()]

    def index_of_qid(self, qid: str) -> QModelIndex:
        for number, section in enumerate(self._sections):
            for row, question in enumerate(section.questions):
                if question.qid == qid:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    def first_question(self) -> QModelIndex:
        for number, section in enumerate(self._sections):
            if section.questions:
                return self.createIndex(0, 0, number + 1)
        return QModelIndex()

    def questions(self) -> list[QuestionSpec]:
        return [q for s in self._sections for q in s.questions]

    def section_text(self, section: SectionSpec) -> str:
        count = len(section.questions)
        questions = (
            self.tr("1 question") if count == 1 else self.tr("{n} questions").format(n=count)
        )
        return f"{section.code} {section.title} · {questions}"

    def display(self, question: QuestionSpec, column: int) -> str:
        if column == self.COL_ID:
            return question.qid
        if column == self.COL_TEXT:
            return question.text
        if column == self.COL_TYPE:
            return label(question.type)
        if column == self.COL_WEIGHT:
            return number_text(question.weight)
        if column == self.COL_CLAUSE:
            return question.clause
        if column == self.COL_STAR:
            return "★" if question.star else ""
        if column == self.COL_REQUIRED:
            return "✓" if question.required else ""
        if column == self.COL_EVIDENCE:
            return "✓" if question.evidence_required else ""
        if column == self.COL_CONDITION:
            return question.condition
        if column == self.COL_OPTIONS:
            return "; ".join(question.options)
        if column == self.COL_MIN:
            return number_text(question.min_value)
        if column == self.COL_MAX:
            return number_text(question.max_value)
        if column == self.COL_GUIDANCE:
            return " ".join(question.guidance.split())  # one line in the tree
        return ""

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex | None = None) -> Any:
        if index is None:  # QObject.parent(), which this name hides
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sections[parent.row()].questions)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.titles())

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        titles = self.titles()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltips().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        question = self.question_at(index)
        if question is None:
            section = self._sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.section_text(section) if column == 0 else ""
            if role == ID_ROLE:
                return section.code
            if role == Qt.ItemDataRole.FontRole and column == 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(question, column)
        if role == ID_ROLE:
            return question.qid
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_TEXT:
                return question.text
            if column == self.COL_GUIDANCE and question.guidance:
                return question.guidance
            if column == self.COL_OPTIONS and question.options:
                return "\n".join(question.options)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        return None

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        if column in self.NUMERIC_COLUMNS:
            return _RIGHT
        if column in self.MARK_COLUMNS:
            return _CENTER
        return _LEFT
