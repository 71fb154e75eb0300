"""Page 2: the first administrator, who creates the store and is signed in to it afterwards.

The rules are the identity service's own (its user name pattern, its password length, its limit
on a full name); the page says which one a value breaks, in words beside the field, before
anything exists to write to. The service checks them again when the store is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from sqms_desktop.errors import ValidationError
from sqms_desktop.gui.base.account import acting_user
from sqms_desktop.gui.base.field_errors import FieldErrors
from sqms_desktop.services import identity, users

FULL_NAME_LIMIT = 200  # as services/users.py keeps a full name


@dataclass(frozen=True)
class Administrator:
    username: str
    full_name: str
    password: str = field(repr=False)


class AdministratorPage(QWizardPage):
    """User name, full name and the password typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("administrator_page")
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(
            self.tr(
                "You are the store's first user and its administrator: you add the other users "
                "later. Your name goes on what you record and sign."
            )
        )
        login = acting_user().lower()
        self.user_edit = QLineEdit(login if users.USERNAME.match(login) else "", self)
        self.user_edit.setObjectName("user_edit")
        self.user_edit.setPlaceholderText(self.tr("for example jane.doe"))
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("full_name_edit")
        self.full_name_edit.setPlaceholderText(self.tr("for example Jane Doe"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        rules = QLabel(
            self.tr(
                "The password needs at least {n} characters and must not start or end with a "
                "space. It also opens your signing key: nobody can recover it, so keep it safe."
            ).format(n=identity.MIN_PASSWORD_LENGTH),
            self,
        )
        rules.setObjectName("rules_label")
        rules.setWordWrap(True)
        self.general_label = QLabel(self)
        self.general_label.setObjectName("administrator_error_label")
        self.general_label.setWordWrap(True)

        form = QFormLayout()
        for text, edit in (
            (self.tr("&User name:"), self.user_edit),
            (self.tr("&Full name:"), self.full_name_edit),
            (self.tr("&Password:"), self.password_edit),
            (self.tr("&Repeat the password:"), self.repeat_edit),
        ):
            title = QLabel(text, self)
            title.setBuddy(edit)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(title, edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addStretch(1)
        layout.addWidget(self.general_label)
        self.errors = FieldErrors(self.general_label)
        self.errors.add("user", self.user_edit)
        self.errors.add("full_name", self.full_name_edit)
        self.errors.add("password", self.password_edit)
        self.errors.add("repeat", self.repeat_edit)

    def administrator(self) -> Administrator:
        return Administrator(
            self.user_edit.text().strip(),
            self.full_name_edit.text().strip(),
            self.password_edit.text(),
        )

    def validatePage(self) -> bool:
        self.errors.clear()
        problems = self.problems()
        for key, text in reversed(problems):  # the focus ends in the first field refused
            self.errors.mark(key, text)
        return not problems

    def problems(self) -> list[tuple[str, str]]:
        """Each field's refusal, in the order of the fields."""
        admin = self.administrator()
        found: list[tuple[str, str]] = []
        if not admin.username:
            found.append(("user", self.tr("Enter a user name: you sign in with it.")))
        elif not users.USERNAME.match(admin.username):
            found.append(
                (
                    "user",
                    self.tr(
                        "A user name starts with a small letter and has 2 to 64 of the "
                        "characters a-z, 0-9, '.', '_' and '-' (no capitals, spaces or accents)."
                    ),
                )
            )
        if not admin.full_name:
            found.append(("full_name", self.tr("Enter your full name, as reports show it.")))
        elif len(admin.full_name) > FULL_NAME_LIMIT:
            found.append(
                (
                    "full_name",
                    self.tr("A full name has at most {n} characters.").format(n=FULL_NAME_LIMIT),
                )
            )
        password = admin.password
        if len(password) < identity.MIN_PASSWORD_LENGTH:
            found.append(
                (
                    "password",
                    self.tr("The password is too short: it needs at least {n} characters.").format(
                        n=identity.MIN_PASSWORD_LENGTH
                    ),
                )
            )
        elif password.strip() != password:
            found.append(("password", self.tr("The password must not start or end with a space.")))
        else:
            try:  # any rule the service has that this page does not know by name
                identity.check_password_rules(password)
            except ValidationError as exc:
                found.append(("password", str(exc)))
        if self.repeat_edit.text() != password:
            found.append(
                ("repeat", self.tr("The two passwords differ: type the same password twice."))
            )
        return found
