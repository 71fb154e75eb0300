"""What a parser raises on a broken file becomes the importer's own error, in words."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError, fromstring

import pytest

from sqms_desktop.errors import (
    InputFileError,
    NotFoundError,
    ValidationError,
    refusing_broken_input,
)


class OwnError(InputFileError):
    """An importer's own error, as each importer declares one."""


def _own(reason: str) -> OwnError:
    return OwnError("list.xlsx", reason)


def _zip_cut_short() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.xml", "<a/>")
    zipfile.ZipFile(io.BytesIO(out.getvalue()[:30]))


def _not_xml() -> None:
    fromstring("<a><b></a>")


def _not_utf8() -> None:
    b"\xff\xfe\xfa".decode("utf-8")


def _missing_part() -> None:
    zipfile.ZipFile(io.BytesIO(_a_zip())).read("xl/workbook.xml")


def _a_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.xml", "<a/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("broken", "said"),
    [
        (_zip_cut_short, "the file is damaged or cut short"),
        (_not_xml, "a part of the file is not well-formed XML"),
        (_not_utf8, "the file holds text that is not in the expected encoding"),
        (_missing_part, "a part the file needs is missing"),
        (
            lambda: Path("/no/such/file").read_bytes(),
            "the file cannot be read (No such file or directory)",
        ),
    ],
)
def test_a_parser_failure_becomes_the_importers_own_error(broken, said: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OwnError) as refused, refusing_broken_input(_own, OwnError):
        broken()
    assert str(refused.value).startswith(f"list.xlsx: {said}")
    assert refused.value.path == "list.xlsx"


def test_other_input_refusals_become_the_own_error_and_other_refusals_pass() -> None:
    with (
        pytest.raises(OwnError, match=r"^list.xlsx: the container is not a workbook$"),
        refusing_broken_input(_own, OwnError),
    ):
        raise ValidationError("the container is not a workbook")
    with pytest.raises(NotFoundError), refusing_broken_input(_own, OwnError):
        raise NotFoundError("no supplier S9")
    with pytest.raises(OwnError, match=r"^x: y$"), refusing_broken_input(_own, OwnError):
        raise OwnError("x", "y") from ParseError("its own, unchanged")
