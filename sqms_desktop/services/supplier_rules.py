"""The rules a supplier's master data keeps, field by field, and who may change it.

Each check takes the text as typed and returns it cleaned, or raises a `ValidationError` whose
sentence names the field, the value and the form expected. The services and the supplier list
import use the same checks, so a value refused in a dialog is refused in a spreadsheet row too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import func, select

from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.services import require_choice, require_text, said
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.models import Site, Supplier, User
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import RiskClass, SupplierStatus, UserRole

# Who keeps the supplier master: auditors read it, these roles change it.
MASTER_DATA_ROLES = (UserRole.QUALITY_ENGINEER, UserRole.LEAD_AUDITOR, UserRole.ADMIN)

SUPPLIER_CODE = re.compile(r"^[A-Z0-9][A-Z0-9._-]{1,31}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]{3,40}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)
LIST_SEPARATOR = ";"
MAX_LONG_TEXT = 2000
# VAT identification numbers as the EU's VIES checks them (the country prefix, then the number);
# Switzerland and the UK beside them. Other prefixes get the general form.
VAT_FORMATS = {
    "AT": (r"U\d{8}", QT_TRANSLATE_NOOP("supplier_rules", "U and 8 digits")),
    "BE": (r"[01]\d{9}", QT_TRANSLATE_NOOP("supplier_rules", "10 digits starting 0 or 1")),
    "BG": (r"\d{9,10}", QT_TRANSLATE_NOOP("supplier_rules", "9 or 10 digits")),
    "CH": (
        r"E\d{9}(MWST|TVA|IVA)?",
        QT_TRANSLATE_NOOP("supplier_rules", "E and 9 digits (CHE-123.456.789)"),
    ),
    "CY": (r"\d{8}[A-Z]", QT_TRANSLATE_NOOP("supplier_rules", "8 digits and a letter")),
    "CZ": (r"\d{8,10}", QT_TRANSLATE_NOOP("supplier_rules", "8 to 10 digits")),
    "DE": (r"\d{9}", QT_TRANSLATE_NOOP("supplier_rules", "9 digits")),
    "DK": (r"\d{8}", QT_TRANSLATE_NOOP("supplier_rules", "8 digits")),
    "EE": (r"\d{9}", QT_TRANSLATE_NOOP("supplier_rules", "9 digits")),
    "EL": (r"\d{9}", QT_TRANSLATE_NOOP("supplier_rules", "9 digits")),
    "ES": (
        r"[A-Z0-9]\d{7}[A-Z0-9]",
        QT_TRANSLATE_NOOP(
            "supplier_rules", "9 characters: a letter or digit, 7 digits, a letter or digit"
        ),
    ),
    "FI": (r"\d{8}", QT_TRANSLATE_NOOP("supplier_rules", "8 digits")),
    "FR": (
        r"[A-HJ-NP-Z0-9]{2}\d{9}",
        QT_TRANSLATE_NOOP("supplier_rules", "2 letters or digits and 9 digits"),
    ),
    "GB": (r"\d{9}|\d{12}|GD\d{3}|HA\d{3}", QT_TRANSLATE_NOOP("supplier_rules", "9 or 12 digits")),
    "HR": (r"\d{11}", QT_TRANSLATE_NOOP("supplier_rules", "11 digits")),
    "HU": (r"\d{8}", QT_TRANSLATE_NOOP("supplier_rules", "8 digits")),
    "IE": (
        r"\d[0-9A-Z+*]\d{5}[A-W][A-I]?",
        QT_TRANSLATE_NOOP("supplier_rules", "8 or 9 characters (1234567T)"),
    ),
    "IT": (r"\d{11}", QT_TRANSLATE_NOOP("supplier_rules", "11 digits")),
    "LT": (r"\d{9}|\d{12}", QT_TRANSLATE_NOOP("supplier_rules", "9 or 12 digits")),
    "LU": (r"\d{8}", QT_TRANSLATE_NOOP("supplier_rules", "8 digits")),
    "LV": (r"\d{11}", QT_TRANSLATE_NOOP("supplier_rules", "11 digits")),
    "MT": (r"\d{8}", QT_TRANSLATE_NOOP("supplier_rules", "8 digits")),
    "NL": (r"\d{9}B\d{2}", QT_TRANSLATE_NOOP("supplier_rules", "9 digits, B and 2 digits")),
    "PL": (r"\d{10}", QT_TRANSLATE_NOOP("supplier_rules", "10 digits")),
    "PT": (r"\d{9}", QT_TRANSLATE_NOOP("supplier_rules", "9 digits")),
    "RO": (r"\d{2,10}", QT_TRANSLATE_NOOP("supplier_rules", "2 to 10 digits")),
    "SE": (r"\d{10}01", QT_TRANSLATE_NOOP("supplier_rules", "12 digits ending in 01")),
    "SI": (r"\d{8}", QT_TRANSLATE_NOOP("supplier_rules", "8 digits")),
    "SK": (r"\d{10}", QT_TRANSLATE_NOOP("supplier_rules", "10 digits")),
    "XI": (r"\d{9}|\d{12}", QT_TRANSLATE_NOOP("supplier_rules", "9 or 12 digits")),
}
GENERAL_VAT = re.compile(r"^[A-Z]{2}[0-9A-Z]{2,13}$")
VAT_SEPARATORS = re.compile(r"[\s.\-]")


def require_master_data_role(uow: UnitOfWork, action: str) -> User:
    """The acting user, if they keep the supplier master; an auditor is told which role it takes."""
    return require_actor(uow, *MASTER_DATA_ROLES, action=said(action))


def supplier_code(text: str) -> str:
    code = text.strip()
    if not SUPPLIER_CODE.match(code):
        raise ValidationError(
            translate(
                "supplier_rules",
                "supplier code {code!r} must be 2 to 32 capital letters, digits, '.', '_' or '-'",
            ).format(code=code)
        )
    return code


def country(text: str, what: str = "country") -> str:
    """An ISO 3166 two-letter code, in capitals; "" for none."""
    code = text.strip().upper()
    if code and not COUNTRY.match(code):
        raise ValidationError(
            translate(
                "supplier_rules", "{what} {text!r} must be an ISO 3166 two-letter code (DE)"
            ).format(what=said(what), text=text.strip())
        )
    return code


def duns(text: str) -> str:
    """A D-U-N-S number: 9 digits; written with spaces or hyphens it is kept as the 9 digits."""
    digits = re.sub(r"[\s-]", "", text)
    if digits and not re.fullmatch(r"\d{9}", digits):
        refusal = (
            translate(
                "supplier_rules",
                "DUNS number {text!r} must be 9 digits (e.g. 150483782); it has {count} digit(s)",
            )
            if digits.isdigit()
            else translate(
                "supplier_rules",
                "DUNS number {text!r} must be 9 digits (e.g. 150483782); it has {count} digit(s) "
                "and other characters",
            )
        )
        raise ValidationError(
            refusal.format(text=text.strip(), count=sum(c.isdigit() for c in digits))
        )
    return digits


def vat_id(text: str) -> str:
    """A VAT identification number with its country prefix (DE123456789), in capitals and
    without separators; the number is checked against the country's format where known."""
    cleaned = VAT_SEPARATORS.sub("", text).upper()
    if not cleaned:
        return ""
    prefix, number = cleaned[:2], cleaned[2:]
    known = VAT_FORMATS.get(prefix)
    if known is not None:
        pattern, described = known
        if not re.fullmatch(pattern, number):
            raise ValidationError(
                translate(
                    "supplier_rules",
                    "VAT id {text!r} does not have the form of a {prefix} VAT id: {prefix} "
                    "followed by {described}",
                ).format(
                    text=text.strip(),
                    prefix=prefix,
                    described=translate("supplier_rules", described),
                )
            )
    elif not GENERAL_VAT.match(cleaned):
        raise ValidationError(
            translate(
                "supplier_rules",
                "VAT id {text!r} must start with the two-letter country prefix and go "
                "on with 2 to 13 letters or digits (e.g. DE123456789)",
            ).format(text=text.strip())
        )
    return cleaned


def email(text: str) -> str:
    address = text.strip()
    if address and not EMAIL.match(address):
        raise ValidationError(
            translate(
                "supplier_rules", "e-mail address {address!r} is not of the form name@example.com"
            ).format(address=address)
        )
    if len(address) > 200:
        raise ValidationError(
            translate("supplier_rules", "an e-mail address is at most 200 characters")
        )
    return address


def phone(text: str) -> str:
    number = text.strip()
    if number and not PHONE.match(number):
        raise ValidationError(
            translate(
                "supplier_rules",
                "phone number {number!r} may hold digits, spaces, + ( ) . / - and an "
                "extension (+49 711 1234-56 ext. 7)",
            ).format(number=number)
        )
    return number


def optional_text(text: str, what: str, limit: int) -> str:
    cleaned = text.strip()
    if len(cleaned) > limit:
        raise ValidationError(
            translate("supplier_rules", "{what} is longer than {limit} characters").format(
                what=said(what), limit=limit
            )
        )
    return cleaned


def text_list(items: Iterable[str], what: str, limit: int = 100) -> list[str]:
    """Commodities or processes: each stripped, blanks and repeats left out, order kept."""
    kept: list[str] = []
    for item in items:
        cleaned = item.strip()
        if len(cleaned) > limit:
            raise ValidationError(
                translate(
                    "supplier_rules", "{what} {cleaned!r}… is longer than {limit} characters"
                ).format(what=said(what), cleaned=cleaned[:30], limit=limit)
            )
        if cleaned and cleaned.casefold() not in (k.casefold() for k in kept):
            kept.append(cleaned)
    return kept


def split_list(text: str) -> list[str]:
    """A list typed in one cell or field, separated by ';' ("castings; machining")."""
    return text.split(LIST_SEPARATOR)


# -- the fields of a supplier, a site, a contact and a certificate ---------------------------


def _choice(choices: list[str], what: str) -> Callable[[str], str]:
    return lambda text: require_choice(text.strip().lower(), choices, what)


# How each field of a supplier is checked and cleaned (the import checks cell by cell with it).
SUPPLIER_FIELD_RULES: dict[str, Callable[[Any], Any]] = {
    "code": supplier_code,
    "name": lambda text: require_text(text, "supplier name", limit=200),
    "street": lambda text: optional_text(text, "street", 200),
    "postal_code": lambda text: optional_text(text, "postal code", 20),
    "city": lambda text: optional_text(text, "city", 100),
    "country": country,
    "risk_class": _choice(RiskClass.values(), "risk class"),
    "risk_reason": lambda text: optional_text(text, "risk reason", MAX_LONG_TEXT),
    "status": _choice(SupplierStatus.values(), "status"),
    "approval_scope": lambda text: optional_text(text, "approval scope", MAX_LONG_TEXT),
    "commodities": lambda items: text_list(items, "commodity"),
    "duns": duns,
    "vat_id": vat_id,
}

SITE_FIELD_RULES: dict[str, Callable[[Any], Any]] = {
    "name": lambda text: require_text(text, "site name", limit=200),
    "street": lambda text: optional_text(text, "street", 200),
    "postal_code": lambda text: optional_text(text, "postal code", 20),
    "city": lambda text: optional_text(text, "city", 100),
    "country": lambda text: country(text, "site country"),
    "processes": lambda items: text_list(items, "process"),
}


def site_fields(values: dict[str, Any]) -> dict[str, Any]:
    return {name: SITE_FIELD_RULES[name](value) for name, value in values.items()}


def require_unique_site(
    uow: UnitOfWork, supplier: Supplier, name: str, site_id: str | None = None
) -> None:
    query = select(Site.id).where(
        Site.supplier_id == supplier.id, func.lower(Site.name) == name.lower()
    )
    if site_id is not None:
        query = query.where(Site.id != site_id)
    if uow.session.scalars(query).first() is not None:
        raise ValidationError(
            translate("supplier_rules", "{code} already has a site called {name!r}").format(
                code=supplier.code, name=name
            )
        )


CONTACT_FIELD_RULES: dict[str, Callable[[str], str]] = {
    "name": lambda text: require_text(text, "contact name", limit=200),
    "function": lambda text: optional_text(text, "contact role", 100),
    "email": email,
    "phone": phone,
}

CERTIFICATE_FIELD_RULES: dict[str, Callable[[Any], Any]] = {
    "standard": lambda text: require_text(text, "standard", limit=64),
    "number": lambda text: require_text(text, "certificate number", limit=100),
    "issuer": lambda text: optional_text(text, "issuer", 200),
    "scope": lambda text: optional_text(text, "certificate scope", MAX_LONG_TEXT),
    "valid_from": lambda day: day,
    "valid_until": lambda day: day,
}


def certificate_fields(values: dict[str, Any]) -> dict[str, Any]:
    return {name: CERTIFICATE_FIELD_RULES[name](value) for name, value in values.items()}


def require_valid_period(number: str, valid_from: dt.date, valid_until: dt.date) -> None:
    if valid_until <= valid_from:
        raise ValidationError(
            translate(
                "supplier_rules",
                "certificate {number}: valid until ({valid_until}) must be after valid "
                "from ({valid_from})",
            ).format(number=number, valid_until=valid_until, valid_from=valid_from)
        )
