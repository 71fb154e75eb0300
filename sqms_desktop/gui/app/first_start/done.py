"""Page 5: what will be made, what to do next, and the making itself (progress, or why not)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget, QWizard, QWizardPage

from sqms_desktop.gui.base.feedback import show_error, show_progress


def _keys(text: str) -> str:
    """A key as this platform writes it (Ctrl+N here, ⌘N on a Mac)."""
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


class DonePage(QWizardPage):
    """The summary and the next steps; Finish makes the store and opens the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done_page")
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet: the store is made when you click Create and start."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create and start"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("next_label")
        self.next_label.setWordWrap(True)
        self.next_label.setText(self.next_steps())
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("done_error_label")
        self.error_label.setWordWrap(True)
        show_error(self.error_label, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addSpacing(8)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)

    def next_steps(self) -> str:
        return self.tr(
            "<b>Then, for a first audit:</b><ol>"
            "<li>Add a supplier: the Suppliers page ({suppliers}), New supplier… ({new}).</li>"
            "<li>Plan the audit: the Audits page ({audits}), Plan audit… ({new}), with a "
            "checklist released here.</li>"
            "<li>Open its checklist ({open}) and answer it. {help} lists every key.</li></ol>"
        ).format(
            suppliers=_keys("Ctrl+1"),
            audits=_keys("Ctrl+2"),
            new=_keys("Ctrl+N"),
            open=_keys("Ctrl+O"),
            help=_keys("F1"),
        )

    def show_summary(
        self, path: Path, user: str, full_name: str, company: str, checklists: list[str]
    ) -> None:
        company_line = (
            self.tr("Company on the reports: {company}").format(company=escape(company))
            if company
            else self.tr("No company name yet: set it later under File ▸ Settings.")
        )
        items = "".join(f"<li>{escape(title)}</li>" for title in checklists)
        self.summary_label.setText(
            self.tr("<b>Create and start</b> makes:")
            + "<ul><li>"
            + self.tr("The store {path}").format(path=escape(str(path)))
            + "</li><li>"
            + self.tr("{name} ({user}), administrator, signed in at once").format(
                name=escape(full_name), user=escape(user)
            )
            + "</li><li>"
            + company_line
            + "</li><li>"
            + self.tr("Checklists, released for audits:")
            + f"<ul>{items}</ul></li></ul>"
        )

    def show_working(self, done: int, total: int, message: str) -> None:
        show_error(self.error_label, "")
        self.progress_bar.show()
        show_progress(self.progress_bar, done, total, message)

    def show_failure(self, text: str) -> None:
        self.progress_bar.hide()
        show_error(self.error_label, text)
