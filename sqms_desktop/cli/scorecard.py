"""`sqms scorecard`, `sqms scorecard settings`, `sqms proposals` and `sqms proposal
accept|dismiss`: supplier scorecards and the decisions they propose (docs/design.md
"Scorecards").

The JSON of `sqms scorecard --json` is kept stable for scripts: per supplier `code`, `period`,
`deliveries`, `on_time_pct`, `ppm`, `audit_score`, `score` (0–100), `band` (A/B/C) and `parts`
(each part's 0–100 `value` and `weight`), with more keys beside them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from sqms_desktop.cli.output import (
    open_from_args,
    print_json,
    print_table,
    refuse_store_file,
    signed_in,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.performance.kpi import require_period
from sqms_desktop.performance.scorecard import last_complete_period
from sqms_desktop.queries.scorecards import (
    Scorecard,
    open_proposals,
    scorecard_settings,
    scorecards,
)
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.vocab import word


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def card_json(card: Scorecard) -> dict[str, Any]:
    line = card.trend
    return {
        "code": card.code,
        "name": card.name,
        "period": card.period,
        "deliveries": card.deliveries,
        "on_time_pct": _r(card.on_time_pct),
        "ppm": _r(card.ppm),
        "audit_score": _r(card.audit_score),
        "audit": card.audit_reference,
        "score": card.score,
        "band": card.band.value if card.band else None,
        "explanation": card.explanation,
        "parts": {
            p.part.value: {
                "value": _r(p.value),
                "weight": p.weight,
                "effective_weight": _r(p.effective_weight),
                "explanation": p.explanation,
            }
            for p in card.parts
        },
        "targets": {
            "ppm": card.targets.ppm_target,
            "ppm_from": card.targets.ppm_target_from,
            "ppm_ceiling": card.targets.ppm_ceiling,
            "on_time_pct": card.targets.on_time_target_pct,
            "capa_response_days": card.targets.capa_response_days,
            "agreement": card.targets.agreement,
        },
        "capa_stages_due": card.stages_due,
        "capa_stages_on_time": card.stages_on_time,
        "mean_days_to_containment": _r(card.mean_days_to_containment),
        "poor_quality_cost": {cur: cents / 100 for cur, cents in card.poor_quality_cost},
        "history": [{"period": h.period, "score": h.score, "band": h.band} for h in card.history],
        "forecast": None
        if line is None
        else {
            "flagged": line.flagged,
            "slope": round(line.slope, 3),
            "intercept": round(line.intercept, 3),
            "points": [{"period": p.period, "x": p.x, "score": p.score} for p in line.points],
            "forecast": [{"period": p.period, "x": p.x, "score": p.score} for p in line.forecast],
            "explanation": line.explanation,
        },
        "forecast_flag": card.forecast_flag,
        "proposals": [
            {"kind": p.kind.value, "basis": p.basis, "explanation": p.explanation}
            for p in card.proposals
        ],
    }


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def show(args: argparse.Namespace) -> int:
    today = dt.date.today()
    period = require_period(args.period) if args.period else last_complete_period(today)
    if args.output is not None:
        refuse_store_file(args, args.output)
    store = open_from_args(args)
    with store.session() as session:
        supplier_id = supplier_id_by_code(session, args.supplier) if args.supplier else None
        if args.output is None:
            cards = scorecards(session, period, supplier_id, today=today)
    if args.output is not None:
        from sqms_desktop.reports.scorecards import write_scorecards
        from sqms_desktop.reports.settings import settings_from

        count = write_scorecards(
            store,
            args.output,
            period,
            supplier_id=supplier_id,
            today=today,
            settings=settings_from(args.company, language=args.report_language),
        )
        if args.json:
            print_json({"period": period, "suppliers": count, "written": str(args.output)})
        else:
            print(
                f"{count} scorecard{'s' if count != 1 else ''} of {period} written to {args.output}"
            )
        return 0
    if args.json:
        print_json([card_json(c) for c in cards])
        return 0
    rows = [
        [
            c.code,
            c.name,
            _num(c.score),
            c.band or "–",
            *(_num(p.value, 0) for p in c.parts),
            "falling" if c.forecast_flag else "",
            ", ".join(p.kind.value for p in c.proposals),
        ]
        for c in cards
    ]
    print(f"Scorecards {period}")
    print_table(
        rows,
        [
            "code",
            "name",
            "score",
            "band",
            "quality",
            "delivery",
            "audit",
            "resp.",
            "trend",
            "proposals",
        ],
    )
    return 0


def proposals(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        found = open_proposals(session, today=dt.date.today())
    if args.json:
        print_json(
            [
                {
                    "code": card.code,
                    "name": card.name,
                    "period": card.period,
                    "kind": p.kind.value,
                    "basis": p.basis,
                    "explanation": p.explanation,
                }
                for card, p in found
            ]
        )
        return 0
    if not found:
        print("no proposals stand")
        return 0
    print_table(
        [[card.code, card.name, word(p.kind), p.basis] for card, p in found],
        ["code", "name", "proposal", "basis"],
    )
    return 0


def _decide(args: argparse.Namespace, accepting: bool) -> int:
    from sqms_desktop.services.proposals import accept_proposal, dismiss_proposal

    act = accept_proposal if accepting else dismiss_proposal
    with signed_in(args) as uow:
        supplier_id = supplier_id_by_code(uow.session, args.supplier)
        decision = act(uow, supplier_id, args.kind, reason=args.reason, basis=args.basis)
        uow.commit()
        said = {
            "code": args.supplier,
            "kind": decision.kind,
            "basis": decision.basis,
            "decision": decision.decision,
        }
    if args.json:
        print_json(said)
    else:
        print(f"{args.kind} proposal for {args.supplier} {said['decision']} ({said['basis']})")
    return 0


def accept(args: argparse.Namespace) -> int:
    return _decide(args, accepting=True)


def dismiss(args: argparse.Namespace) -> int:
    return _decide(args, accepting=False)


def _numbers(text: str, count: int, option: str) -> tuple[int, ...]:
    parts = [p.strip() for p in text.split(",")]
    try:
        values = tuple(int(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != count:
        raise ValidationError(
            f"{option} takes {count} whole numbers separated by commas; got {text!r}"
        )
    return values


def settings(args: argparse.Namespace) -> int:
    if args.weights is None and args.bands is None:
        store = open_from_args(args)
        with store.session() as session:
            now = scorecard_settings(session)
        weights = dict(
            zip(
                ("quality", "delivery", "audit", "responsiveness"),
                now.weights.in_order(),
                strict=True,
            )
        )
        bands = {"A": now.bands.a_from, "B": now.bands.b_from}
        if args.json:
            print_json({"weights": weights, "bands": bands})
        else:
            print("weights: " + ", ".join(f"{k} {v} %" for k, v in weights.items()))
            print(f"bands: A from {bands['A']:g}, B from {bands['B']:g}, C below")
        return 0
    from sqms_desktop.services.scorecard_settings import SettingsChange, set_scorecard_settings

    change = SettingsChange(
        weights=_numbers(args.weights, 4, "--weights") if args.weights else None,  # type: ignore[arg-type]
        bands=_numbers(args.bands, 2, "--bands") if args.bands else None,  # type: ignore[arg-type]
    )
    with signed_in(args) as uow:
        set_scorecard_settings(uow, change, reason=args.reason or "")
        uow.commit()
    if args.json:
        print_json({"weights": change.weights, "bands": change.bands})
    else:
        print("scorecard settings changed")
    return 0
