"""What a caller asks of the demo and what it gets back.

Kept apart from the generator so the CLI and the GUI can hold these types (a dialog's choices,
a summary to print) without loading the services and Pillow that generating needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoOptions:
    suppliers: int = 40
    audits: int = 100
    seed: int = 2026
    today: dt.date | None = None


@dataclass
class DemoSummary:
    users: int = 0
    suppliers: int = 0
    sites: int = 0
    certificates: int = 0
    deliveries: int = 0  # imported from the demo's ERP export
    templates: int = 0
    audits: int = 0  # every audit, the suppliers' self-assessments among them
    self_assessments: int = 0  # answered by a supplier on the questionnaire, then reviewed
    answers: int = 0
    findings: int = 0
    capas: int = 0
    no_capa_reasons: int = 0  # major findings signed with a reason instead of a CAPA
    follow_ups: int = 0
    closing_meetings: int = 0
    attachments: int = 0
    bundles: int = 0  # signed bundles the sync story wrote beside the store
    audits_by_status: dict[str, int] = field(default_factory=dict)
    findings_by_class: dict[str, int] = field(default_factory=dict)
    capas_by_state: dict[str, int] = field(default_factory=dict)
