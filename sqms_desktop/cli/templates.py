"""`sqms template …`: import, export, release, retire, compare checklist templates."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from sqms_desktop.checklists.diff import diff_specs
from sqms_desktop.checklists.library import library_file, library_files
from sqms_desktop.checklists.workbooks import read_checklist
from sqms_desktop.checklists.xlsx_format import TemplateFileError, read_template, write_template
from sqms_desktop.cli import EXIT_BAD_INPUT
from sqms_desktop.cli.output import (
    human,
    open_from_args,
    print_json,
    print_table,
    problems_line,
    refuse_store_file,
    signed_in,
)
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import plural, translate
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.templates import list_templates, spec_of, template_id
from sqms_desktop.services import templates


def list_(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        rows = list_templates(session)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [r.key, str(r.version), r.title, r.scheme, r.status, str(r.questions), str(r.audits)]
            for r in rows
        ],
        [
            translate("cli", "KEY"),
            translate("cli", "VER"),
            translate("cli", "TITLE"),
            translate("cli", "SCHEME"),
            translate("cli", "STATUS"),
            translate("cli", "QUESTIONS"),
            translate("cli", "AUDITS"),
        ],
    )
    return 0


def library(args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = []
    for key, path in library_files().items():
        spec = read_template(path)
        count = sum(len(s.questions) for s in spec.sections)
        rows.append({"key": key, "title": spec.title, "scheme": spec.scheme, "questions": count})
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [[r["key"], r["title"], r["scheme"], str(r["questions"])] for r in rows],
        [
            translate("cli", "KEY"),
            translate("cli", "TITLE"),
            translate("cli", "SCHEME"),
            translate("cli", "QUESTIONS"),
        ],
    )
    return 0


def import_(args: argparse.Namespace) -> int:
    if (args.file is None) == (args.library is None):
        raise NotFoundError(
            translate("cli", "name a workbook FILE or a built-in checklist with --library KEY")
        )
    path = library_file(args.library) if args.library else args.file
    refuse_store_file(args, path, writing=False)
    try:
        read = read_checklist(path)
    except TemplateFileError as exc:
        if args.json:
            print_json({"ok": False, "file": str(path), "problems": exc.problems})
        else:
            print(problems_line(path, len(exc.problems)), file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    with signed_in(args) as uow:
        outcome = templates.import_template(uow, read.spec)
        uow.commit()
    if args.json:
        print_json(
            {
                "ok": True,
                "file": str(path),
                "format": read.format.value,
                **asdict(outcome),
                "warnings": list(read.warnings),
            }
        )
        return 0
    print(outcome.describe())
    if read.warnings:
        print(
            plural(
                len(read.warnings),
                translate("cli", "{n} part of the form was left out:"),
                translate("cli", "{n} parts of the form were left out:"),
            ).format(n=len(read.warnings))
        )
        for warning in read.warnings:
            print(f"  {warning}")
    return 0


def export(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.output)
    store = open_from_args(args)
    with store.session() as session:
        spec = spec_of(session, template_id(session, args.key, args.version))
    write_template(spec, args.output)
    print(
        translate("cli", "{key} v{version} written to {path}").format(
            key=spec.key, version=spec.version, path=args.output
        )
    )
    return 0


def show(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        spec = spec_of(session, template_id(session, args.key, args.version))
    if args.json:
        print_json(asdict(spec))
        return 0
    print(f"{spec.key} v{spec.version}  {spec.title}  ({spec.scheme}, N/A {spec.na_policy})")
    for section in spec.sections:
        print(f"{section.code} {section.title}")
        for q in section.questions:
            marks = " ★" if q.star else ""
            clause = f" [{q.clause}]" if q.clause else ""
            when = (
                translate("cli", "  (when {condition})").format(condition=q.condition)
                if q.condition
                else ""
            )
            print(f"  {q.qid}{marks} {human(q.type)} w{q.weight:g}{clause}: {q.text}{when}")
    return 0


def release(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        template = templates.release_template(uow, template_id(uow.session, args.key, args.version))
        uow.commit()
    print(
        translate("cli", "{key} v{version} released").format(
            key=template.key, version=template.version
        )
    )
    return 0


def retire(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        template = templates.retire_template(
            uow, template_id(uow.session, args.key, args.version), reason=args.reason
        )
        uow.commit()
    print(
        translate("cli", "{key} v{version} retired").format(
            key=template.key, version=template.version
        )
    )
    return 0


def diff(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        rows = list_templates(session, key=args.key)
        if not rows:
            raise NotFoundError(
                translate("cli", "no checklist template {key}").format(key=repr(args.key))
            )
        version = args.version or rows[-1].version
        newer = spec_of(session, template_id(session, args.key, version))
        older_rows = [r for r in rows if r.version < version]
        if not older_rows:
            raise NotFoundError(
                translate(
                    "cli", "{key} v{version} is the first version; nothing to compare"
                ).format(key=args.key, version=version)
            )
        older = spec_of(session, older_rows[-1].id)
    result = diff_specs(older, newer)
    if args.json:
        print_json(asdict(result))
        return 0
    print(f"{args.key} v{result.old_version} → v{result.new_version}")
    for line in result.lines():
        print(f"  {line}")
    return 0
