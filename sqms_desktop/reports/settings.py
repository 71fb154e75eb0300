"""What a report takes from the settings, without knowing where they are kept.

The company name and logo are the store's (store-wide settings, `queries/store_settings.py`):
every report of a store prints the same ones, on every computer. `with_store` fills them in
where the `ReportSettings` name none; a command's `--company`/`--logo` (or the environment,
for scripts) still wins for that one report. The paper size is the user's own: the GUI fills it
from QSettings, the command line from its options and environment. The report itself never
reads QSettings, so it stays Qt-free and the same settings give the same PDF.
A report is printed in the language its settings name (`reports/language.py`): the window passes
its own, the command line `--lang` or else `SQMS_LANG` and the system's language.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER

from sqms_desktop.errors import StoreError, ValidationError
from sqms_desktop.i18n import (
    LANGUAGE_VARIABLE,
    LANGUAGES,
    SOURCE_LANGUAGE,
    normalise,
    system_language,
    translate,
)
from sqms_desktop.queries.store_settings import company_name, report_logo_bytes
from sqms_desktop.store.engine import Store

log = logging.getLogger(__name__)


def either(choices: Iterable[str]) -> str:
    """The choices as a sentence names them: "A4 or Letter" ("A4 oder Letter")."""
    return translate("report_settings", " or ").join(choices)


PAGE_SIZES = {"A4": A4, "Letter": LETTER}
ENV_COMPANY = "SQMS_REPORT_COMPANY"
ENV_LOGO = "SQMS_REPORT_LOGO"
ENV_PAGE_SIZE = "SQMS_REPORT_PAGE_SIZE"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class ReportSettings:
    """The customer company (the audit client) as printed on every report, the paper, and the
    language the report is printed in (an ISO 639-1 code of `i18n.LANGUAGES`)."""

    company_name: str = ""
    logo_path: Path | None = None
    page_size: str = "A4"
    language: str = SOURCE_LANGUAGE
    logo_data: bytes | None = None  # the store's logo (PNG or JPEG); logo_path wins over it

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValidationError(
                translate("report_settings", "page size must be {sizes}; got {value!r}").format(
                    sizes=either(PAGE_SIZES), value=self.page_size
                )
            )
        if self.logo_path is not None:
            logo = Path(self.logo_path)
            if logo.suffix.lower() not in LOGO_SUFFIXES:
                raise ValidationError(
                    translate(
                        "report_settings", "the logo {logo} must be a PNG or JPEG file"
                    ).format(logo=logo)
                )
            if not logo.is_file():
                raise ValidationError(
                    translate("report_settings", "the logo {logo} does not exist").format(logo=logo)
                )
        if self.language not in LANGUAGES:
            raise ValidationError(
                translate(
                    "report_settings", "report language must be {languages}; got {value!r}"
                ).format(languages=either(LANGUAGES), value=self.language)
            )

    @property
    def page(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page_size]

    @property
    def client(self) -> str:
        """The audit client as printed; empty (and left out of the report) when not set."""
        return self.company_name


def with_store(settings: ReportSettings, store: Store) -> ReportSettings:
    """`settings` with the store's company name and logo where they name none. A logo whose
    bytes went missing is left out (and logged) rather than failing the report."""
    if settings.company_name and (settings.logo_path or settings.logo_data):
        return settings
    with store.session() as session:
        name = settings.company_name or company_name(session)
        logo = settings.logo_data
        if settings.logo_path is None and logo is None:
            try:
                logo = report_logo_bytes(session)
            except StoreError as exc:
                log.warning("the store's logo is left out of the report: %s", exc)
    return replace(settings, company_name=name, logo_data=logo)


def page_size_name(value: str) -> str:
    """A page size as the user may type it ("a4", "letter") in its canonical spelling."""
    for name in PAGE_SIZES:
        if name.lower() == value.strip().lower():
            return name
    raise ValidationError(
        translate("report_settings", "page size must be {sizes}; got {value!r}").format(
            sizes=either(PAGE_SIZES), value=value
        )
    )


def settings_from(
    company: str | None = None,
    logo: str | None = None,
    page_size: str | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    language: str | None = None,
) -> ReportSettings:
    """Options first, then the environment (`SQMS_REPORT_COMPANY`, `…_LOGO`, `…_PAGE_SIZE`);
    the language asked for, else `SQMS_LANG`, else the system's."""
    env = os.environ if environ is None else environ
    asked = language or env.get(LANGUAGE_VARIABLE)
    logo_text = logo or env.get(ENV_LOGO) or ""
    return ReportSettings(
        company_name=(company or env.get(ENV_COMPANY) or "").strip(),
        logo_path=Path(logo_text).expanduser() if logo_text else None,
        page_size=page_size_name(page_size or env.get(ENV_PAGE_SIZE) or "A4"),
        language=normalise(asked) if asked else system_language(),
    )
