"""Two small checklists in our own words, for tests and examples (the demo uses the library)."""

from __future__ import annotations

from sqms_desktop.checklists.spec import QuestionSpec as Q
from sqms_desktop.checklists.spec import SectionSpec, TemplateSpec
from sqms_desktop.vocab import QuestionType, Scheme

ISO9001_EXTRACT = TemplateSpec(
    key="demo-iso9001",
    title="ISO 9001 supplier system audit (demo extract)",
    scheme=Scheme.WEIGHTED,
    sections=[
        SectionSpec(
            "4-5",
            "Context and leadership",
            [
                Q(
                    "q4.1",
                    "Does the supplier know the issues and customers that shape its QMS?",
                    clause="4.1",
                    weight=1.0,
                ),
                Q(
                    "q5.1",
                    "Does top management review quality objectives and act on misses?",
                    clause="5.1",
                    weight=1.5,
                ),
            ],
        ),
        SectionSpec(
            "6-7",
            "Planning and support",
            [
                Q(
                    "q6.1",
                    "Are risks to product conformity identified with owners and actions?",
                    clause="6.1",
                    weight=1.0,
                ),
                Q(
                    "q7.1.5",
                    "Are gauges calibrated, identified and traceable to standards?",
                    clause="7.1.5",
                    weight=2.0,
                    star=True,
                    guidance="Sample five gauges at the line; check labels against the register.",
                ),
                Q(
                    "q7.2",
                    "Are operators trained and qualified for the processes they run?",
                    clause="7.2",
                    weight=1.5,
                ),
                Q(
                    "q7.5",
                    "Are documents at the point of use current and controlled?",
                    clause="7.5",
                    weight=1.0,
                ),
            ],
        ),
        SectionSpec(
            "8",
            "Operation",
            [
                Q(
                    "q8.4",
                    "Are sub-tier suppliers selected, monitored and given our requirements?",
                    clause="8.4",
                    weight=2.0,
                ),
                Q(
                    "q8.5.1",
                    "Are production steps run to control plans and work instructions?",
                    clause="8.5.1",
                    weight=2.0,
                ),
                Q(
                    "q8.5.2",
                    "Is product identified and traceable from material to shipment?",
                    clause="8.5.2",
                    weight=1.5,
                ),
                Q(
                    "q8.6",
                    "Is product released only after the planned checks passed?",
                    clause="8.6",
                    weight=2.0,
                    star=True,
                ),
                Q(
                    "q8.7",
                    "Is nonconforming product segregated, dispositioned and recorded?",
                    clause="8.7",
                    weight=2.0,
                ),
            ],
        ),
        SectionSpec(
            "9-10",
            "Evaluation and improvement",
            [
                Q(
                    "q9.1",
                    "Are process and product data analysed and used for decisions?",
                    clause="9.1",
                    weight=1.0,
                ),
                Q(
                    "q9.2",
                    "Is the internal audit programme complete and are findings closed?",
                    clause="9.2",
                    weight=1.5,
                ),
                Q(
                    "q9.3",
                    "Does management review cover supplier and customer performance?",
                    clause="9.3",
                    weight=1.0,
                ),
                Q(
                    "q10.2",
                    "Are corrective actions found at root cause and checked for effect?",
                    clause="10.2",
                    weight=2.0,
                ),
                Q(
                    "q10.3",
                    "Is there evidence of continual improvement projects with results?",
                    clause="10.3",
                    weight=1.0,
                ),
            ],
        ),
    ],
)

GMP_EXTRACT = TemplateSpec(
    key="demo-gmp-api",
    title="GMP qualification of an API supplier (demo extract, ICH Q7 structure)",
    scheme=Scheme.YES_NO,
    sections=[
        SectionSpec(
            "Q7-2",
            "Quality management",
            [
                Q(
                    "g2.1",
                    "Is there a quality unit independent of production that releases lots?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 2.1",
                ),
                Q(
                    "g2.4",
                    "Are internal audits of GMP compliance done and followed up?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 2.4",
                ),
            ],
        ),
        SectionSpec(
            "Q7-5",
            "Process equipment",
            [
                Q(
                    "g5.2",
                    "Are cleaning procedures validated for shared equipment?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 5.2",
                    star=True,
                ),
                Q(
                    "g5.3",
                    "Is critical equipment calibrated on a documented schedule?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 5.3",
                ),
            ],
        ),
        SectionSpec(
            "Q7-6",
            "Documentation and records",
            [
                Q(
                    "g6.1",
                    "Are batch records complete, reviewed and free of unexplained edits?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 6.5",
                    star=True,
                ),
                Q(
                    "g6.2",
                    "Do computerised systems keep an audit trail of GMP data?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 5.4",
                ),
            ],
        ),
        SectionSpec(
            "Q7-8",
            "Production and in-process controls",
            [
                Q(
                    "g8.1",
                    "Are in-process controls defined, performed and recorded?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 8.3",
                ),
                Q(
                    "g8.2",
                    "Is blending of batches controlled and documented?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 8.4",
                ),
            ],
        ),
        SectionSpec(
            "Q7-11",
            "Laboratory controls",
            [
                Q(
                    "g11.1",
                    "Are out-of-specification results investigated to a conclusion?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 11.1",
                ),
                Q(
                    "g11.2",
                    "Is a stability programme in place for the API?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 11.5",
                ),
            ],
        ),
        SectionSpec(
            "Q7-13",
            "Change control and complaints",
            [
                Q(
                    "g13.1",
                    "Are changes assessed and customers told before they take effect?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 13",
                ),
                Q(
                    "g15.1",
                    "Are complaints and recalls handled by a written procedure?",
                    type=QuestionType.YES_NO,
                    clause="ICH Q7 15",
                ),
            ],
        ),
    ],
)

TEMPLATES = (ISO9001_EXTRACT, GMP_EXTRACT)
