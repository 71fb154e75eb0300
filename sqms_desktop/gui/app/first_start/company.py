"""Page 3: the company's name and logo, printed on the cover of every report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sqms_desktop.gui.base.field_errors import FieldErrors
from sqms_desktop.queries.store_settings import MAX_COMPANY_NAME, MAX_LOGO_BYTES

LOGO_FORMATS = (b"png", b"jpeg")
PREVIEW = QSize(240, 90)


class CompanyPage(QWizardPage):
    """Both may stay empty; a logo named must be a PNG or JPEG picture that can be read. The
    limits are the store-wide settings' own (queries/store_settings.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("company_page")
        self.setTitle(self.tr("Your company"))
        self.setSubTitle(
            self.tr(
                "The name and logo on the cover of every report. Both may stay empty and be set "
                "later under File ▸ Settings."
            )
        )
        self.company_edit = QLineEdit(self)
        self.company_edit.setObjectName("company_edit")
        self.company_edit.setPlaceholderText(self.tr("for example Example Components GmbH"))
        self.logo_edit = QLineEdit(self)
        self.logo_edit.setObjectName("logo_edit")
        self.logo_edit.setPlaceholderText(self.tr("a PNG or JPEG file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setObjectName("choose_logo_button")
        self.choose_button.setToolTip(self.tr("Choose the logo's picture file"))
        self.preview = QLabel(self)
        self.preview.setObjectName("logo_preview")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self.general_label = QLabel(self)
        self.general_label.setObjectName("company_error_label")
        self.general_label.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.logo_edit, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        name_title = QLabel(self.tr("&Company name:"), self)
        name_title.setBuddy(self.company_edit)
        self.company_edit.setAccessibleName(self.tr("Company name"))
        logo_title = QLabel(self.tr("&Logo:"), self)
        logo_title.setBuddy(self.logo_edit)
        self.logo_edit.setAccessibleName(self.tr("Logo file"))
        form.addRow(name_title, self.company_edit)
        form.addRow(logo_title, row)
        form.addRow("", self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.general_label)
        self.errors = FieldErrors(self.general_label)
        self.errors.add("company", self.company_edit)
        self.errors.add("logo", self.logo_edit)
        self._show_preview(None)

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.logo_edit.editingFinished.connect(self._on_logo_edit_editing_finished)

    def company(self) -> str:
        return self.company_edit.text().strip()

    def logo(self) -> Path | None:
        text = self.logo_edit.text().strip()
        return Path(text).expanduser().absolute() if text else None

    def set_logo(self, path: Path) -> None:
        """Take the logo at `path`, previewed, or say beside the field why it cannot be used."""
        self.logo_edit.setText(str(path))
        self.errors.clear()
        self._check_logo()

    def validatePage(self) -> bool:
        self.errors.clear()
        company_ok = len(self.company()) <= MAX_COMPANY_NAME
        if not company_ok:
            self.errors.mark(
                "company",
                self.tr("A company name has at most {n} characters.").format(n=MAX_COMPANY_NAME),
            )
        return self._check_logo() and company_ok

    def _check_logo(self) -> bool:
        logo = self.logo()
        if logo is None:
            self._show_preview(None)
            return True
        problem, pixmap = self._read_logo(logo)
        self._show_preview(pixmap)
        if problem is not None:
            self.errors.mark("logo", problem)
            return False
        return True

    def _read_logo(self, path: Path) -> tuple[str | None, QPixmap | None]:
        if not path.is_file():
            return self.tr("There is no file {path}: choose the logo again.").format(
                path=path
            ), None
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            return self.tr("{file} has {size} MB; a logo may have at most {maximum} MB.").format(
                file=path.name,
                size=f"{size / 1048576:.1f}",
                maximum=MAX_LOGO_BYTES // 1048576,
            ), None
        reader = QImageReader(str(path))
        reader.setDecideFormatFromContent(True)
        kind = bytes(reader.format().data())
        image = reader.read()
        if image.isNull():
            return self.tr(
                "{file} cannot be read as a picture ({reason}). Choose a logo saved as PNG or JPEG."
            ).format(file=path.name, reason=reader.errorString()), None
        if kind not in LOGO_FORMATS:
            return self.tr("{file} is a {kind} picture; reports take a PNG or JPEG logo.").format(
                file=path.name, kind=kind.decode("ascii", "replace").upper()
            ), None
        return None, QPixmap.fromImage(image)

    def _show_preview(self, pixmap: QPixmap | None) -> None:
        if pixmap is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            return
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(
            PREVIEW * ratio - QSize(8, 8),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.preview.setPixmap(scaled)

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Company logo"),
            self.logo_edit.text(),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.set_logo(Path(chosen))

    @Slot()
    def _on_logo_edit_editing_finished(self) -> None:
        self.errors.clear()
        self._check_logo()
