"""The issue-13 day one on the command line, as steps any store can take (SQLite or PostgreSQL):
a supplier master, a supplier list from the ERP, a checklist from an XLSForm, an audit of a new
supplier, a SCAR raised from the audit's major finding, and both found in the registers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.support.cli_session import Sqms
from tests.support.supplier_files import pdf_scan, supplier_rows, write_xlsx
from tests.support.xlsform import SITE_VISIT_KEY, write_site_visit


@dataclass(frozen=True)
class DayOne:
    audit: str
    finding: str
    scar: str


def work_day_one(sqms: Sqms, files: Path) -> DayOne:
    """Run the day on a new team store (tests/support/cli_session.new_team_store), asserting
    what a user would see after each step; `files` is a folder for the files handed in."""
    assert sqms.json("supplier", "list") == []

    # The supplier master: a supplier with a site, a contact and a certificate with its scan.
    assert sqms("supplier", "add", "--code", "KUHN", "--name", "Kuhn Stanztechnik GmbH",
                "--country", "DE", "--risk", "high", "--status", "approved")[0] == 0  # fmt: skip
    assert sqms("supplier", "site", "add", "KUHN", "--name", "Werk Ulm",
                "--address", "Daimlerstraße 4", "--process", "stamping")[0] == 0  # fmt: skip
    assert sqms("supplier", "contact", "add", "KUHN", "--name", "Eva Kuhn",
                "--email", "eva.kuhn@example.com", "--role", "quality manager")[0] == 0  # fmt: skip
    scan = files / "iatf.pdf"
    scan.write_bytes(pdf_scan("IATF 16949 certificate 0456789"))
    code, _, err = sqms("supplier", "cert", "add", "KUHN", "--standard", "IATF 16949",
                        "--number", "0456789", "--valid-to", "2028-06-30",
                        "--file", str(scan))  # fmt: skip
    assert code == 0, err
    kuhn = sqms.json("supplier", "show", "KUHN")
    assert [s["name"] for s in kuhn["sites"]] == ["Werk Ulm"]
    assert [c["name"] for c in kuhn["contacts"]] == ["Eva Kuhn"]
    assert [(c["standard"], bool(c["attachment_id"])) for c in kuhn["certificates"]] == [
        ("IATF 16949", True)
    ]

    # A list of 50 suppliers with one bad row is refused whole, the row named; fixed, it imports.
    bad = write_xlsx(files / "erp.xlsx", supplier_rows(50, bad_row=17))
    code, _, err = sqms("supplier", "import", str(bad))
    assert code != 0
    assert "row 17" in err
    assert "duns" in err.lower()
    assert len(sqms.json("supplier", "list")) == 1
    fixed = write_xlsx(files / "erp.xlsx", supplier_rows(50))
    code, _, err = sqms("supplier", "import", str(fixed))
    assert code == 0, err
    assert len(sqms.json("supplier", "list")) == 51

    # A checklist from an XLSForm, released for audits.
    form = write_site_visit(files / "site_visit.xlsx")
    imported = sqms.json("template", "import", str(form))
    assert imported["format"] == "xlsform"
    assert sqms("template", "release", SITE_VISIT_KEY)[0] == 0

    # An audit of the new supplier, performed, with a major finding.
    code, out, err = sqms("audit", "new", "--supplier", "KUHN", "--template", SITE_VISIT_KEY,
                          "--lead", "lena", "--site", "Werk Ulm", user="lena")  # fmt: skip
    assert code == 0, err
    audit = out.split()[0]
    assert sqms("audit", "answer", audit, "iso_cert", "no", user="lena")[0] == 0
    code, out, err = sqms("audit", "finding", "add", audit, "--class", "major_nc",
                          "--statement", "No valid ISO 9001 certificate on site",
                          "--question", "iso_cert", user="lena")  # fmt: skip
    assert code == 0, err
    finding = out.split()[0]
    assert sqms("audit", "complete", audit, "--conclusions", "Certification missing.",
                "--incomplete-reason", "Visit ended at the certificate check",
                user="lena")[0] == 0  # fmt: skip

    # The major finding holds the signature back until a SCAR is raised from it.
    code, _, err = sqms("audit", "sign", audit, "--meaning", "approved", user="lena")
    assert code != 0
    assert finding in err
    raised = sqms.json("capa", "new", "--finding", finding, "--scar")
    assert raised["is_scar"] is True
    code, _, err = sqms("audit", "sign", audit, "--meaning", "approved", user="lena")
    assert code == 0, err

    # Both in the registers.
    findings = sqms.json("audit", "finding", "list", "--supplier", "KUHN", "--class", "major_nc")
    assert [(f["reference"], f["capas"]) for f in findings] == [(finding, [raised["reference"]])]
    capas = sqms.json("capa", "list", "--supplier", "KUHN")
    assert [c["reference"] for c in capas] == [raised["reference"]]
    return DayOne(audit=audit, finding=finding, scar=raised["reference"])
