"""Word pools for the demo generator: supplier names, places and people from several countries.

Names are invented. They deliberately use umlauts, Turkish, Polish and Chinese letters so every
screen and printout is exercised with real-world text.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqms_desktop.vocab import FindingClass, RiskClass, SupplierStatus, UserRole


@dataclass(frozen=True)
class Country:
    code: str
    families: tuple[str, ...]
    trades: tuple[str, ...]
    legal_forms: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (postal code, city)
    streets: tuple[str, ...]
    people: tuple[str, ...]


COUNTRIES: tuple[Country, ...] = (
    Country(
        "DE",
        ("Müller", "Schäfer", "Köhler", "Größmann", "Weiß", "Bäcker", "Jürgens", "Hoffmann"),
        ("Präzisionsteile", "Gießerei", "Kunststofftechnik", "Oberflächentechnik", "Stanzwerk"),
        ("GmbH", "GmbH & Co. KG", "AG"),
        (
            ("70173", "Stuttgart"),
            ("90402", "Nürnberg"),
            ("80331", "München"),
            ("33602", "Bielefeld"),
        ),
        ("Industriestraße", "Gewerbering", "Hafenstraße", "Am Mühlbach"),
        ("Jürgen Weiß", "Sabine Köhler", "Dörte Straßburger", "Klaus Bäumer"),
    ),
    Country(
        "TR",
        ("Özdemir", "Çelik", "Yıldız", "Şahin", "Güneş", "Aydın", "Doğan"),
        ("Döküm", "Metal İşleme", "Kalıp", "Plastik Enjeksiyon", "Dövme"),
        ("A.Ş.", "Ltd. Şti."),
        (("16140", "Bursa"), ("41400", "Gebze"), ("35620", "İzmir"), ("26110", "Eskişehir")),
        ("Organize Sanayi Bölgesi", "Atatürk Caddesi", "Sanayi Sokak"),
        ("Ayşe Yılmaz", "Mehmet Öztürk", "Gülşen Çakır", "İbrahim Şen"),
    ),
    Country(
        "PL",
        ("Wójcik", "Łukasiewicz", "Żuraw", "Kowalczyk", "Zieliński", "Wiśniewski"),
        ("Obróbka Skrawaniem", "Zakłady Odlewnicze", "Tłocznia", "Galwanizernia"),
        ("Sp. z o.o.", "S.A."),
        (("90-001", "Łódź"), ("44-100", "Gliwice"), ("61-001", "Poznań"), ("30-001", "Kraków")),
        ("ul. Przemysłowa", "ul. Fabryczna", "ul. Żelazna"),
        ("Małgorzata Wójcik", "Paweł Łęcki", "Zofia Grzegorczyk", "Jędrzej Nowak"),
    ),
    Country(
        "CN",
        ("苏州精密", "宁波华泰", "东莞鑫源", "深圳恒达"),
        ("机械有限公司", "电子有限公司", "模具有限公司", "五金制品有限公司"),
        ("",),
        (("215000", "苏州 Suzhou"), ("315000", "宁波 Ningbo"), ("523000", "东莞 Dongguan")),
        ("工业园区星湖街", "高新区创业路", "长安镇振安路"),
        ("王芳 (Wang Fang)", "李强 (Li Qiang)", "张伟 (Zhang Wei)"),
    ),
    Country(
        "FR",
        ("Lefèvre", "Moreau", "Gérard", "Benoît", "Faure"),
        ("Usinage", "Décolletage", "Traitements de Surface", "Fonderie"),
        ("SAS", "SARL"),
        (("74300", "Cluses"), ("69007", "Lyon"), ("25000", "Besançon")),
        ("rue de l'Industrie", "avenue des Forges", "ZI des Écoles"),
        ("Hélène Lefèvre", "François Gérard", "Amélie Dubois"),
    ),
    Country(
        "US",
        ("Harrison", "Miller", "O'Connor", "Nguyen", "Patel"),
        ("Precision Machining", "Aerospace Fasteners", "Castings", "Electronics"),
        ("Inc.", "LLC", "Corp."),
        (("44101", "Cleveland, OH"), ("48201", "Detroit, MI"), ("85001", "Phoenix, AZ")),
        ("Industrial Parkway", "Commerce Drive", "Airport Road"),
        ("Jennifer Harris", "Michael O'Brien", "Priya Raman"),
    ),
    Country(
        "CZ",
        ("Dvořák", "Novotný", "Černý", "Šťastný"),
        ("Strojírna", "Slévárna", "Lisovna"),
        ("s.r.o.", "a.s."),
        (("602 00", "Brno"), ("301 00", "Plzeň"), ("370 01", "České Budějovice")),
        ("Průmyslová", "Tovární", "Řemeslnická"),
        ("Jiří Dvořák", "Petra Černá", "Lukáš Šťastný"),
    ),
)

COMMODITIES = (
    "machined parts",
    "castings",
    "forgings",
    "plastic injection parts",
    "sheet-metal stampings",
    "fasteners",
    "PCB assemblies",
    "cable harnesses",
    "surface treatment",
    "excipients",
    "active pharmaceutical ingredients",
    "packaging materials",
)

# What a site of a supplier of each commodity does (the site's processes).
PROCESSES = {
    "machined parts": ("CNC turning", "CNC milling", "grinding", "deburring"),
    "castings": ("aluminium die casting", "sand casting", "fettling", "X-ray inspection"),
    "forgings": ("hot forging", "heat treatment", "shot blasting"),
    "plastic injection parts": ("injection moulding", "ultrasonic welding", "pad printing"),
    "sheet-metal stampings": ("progressive stamping", "deep drawing", "laser cutting"),
    "fasteners": ("cold heading", "thread rolling", "heat treatment", "zinc flake coating"),
    "PCB assemblies": ("SMT placement", "reflow soldering", "AOI inspection", "conformal coating"),
    "cable harnesses": ("crimping", "harness assembly", "electrical testing"),
    "surface treatment": ("zinc-nickel plating", "powder coating", "passivation"),
    "excipients": ("granulation", "blending", "sieving"),
    "active pharmaceutical ingredients": ("synthesis", "crystallisation", "drying", "milling"),
    "packaging materials": ("offset printing", "die cutting", "folding and gluing"),
}

# Who else a quality department deals with at a supplier, besides its quality manager.
CONTACT_ROLES = (
    "Key account manager",
    "Plant manager",
    "Logistics coordinator",
    "Head of production",
)

# Why a supplier carries its risk class (by class).
RISK_REASONS = {
    RiskClass.HIGH: (
        "Safety-relevant parts with special characteristics; single source",
        "Critical-to-quality characteristics and a history of field complaints",
        "Sole supplier of a regulated material; long requalification lead time",
    ),
    RiskClass.MEDIUM: (
        "Functional parts with significant characteristics; second source available",
        "Stable quality record, but a new production line since last year",
    ),
    RiskClass.LOW: (
        "Catalogue parts with no special characteristics; several sources",
        "Simple parts, years of zero-defect deliveries",
    ),
}

# The reasons a supplier's status changed: its qualification, then what happened later.
APPROVAL_REASON = "Qualification audit passed and PPAP approved; approved for series supply"
STATUS_REASONS = {
    SupplierStatus.CONDITIONAL: (
        "PPM above the 500 target for three months; approved on condition of the agreed "
        "improvement plan"
    ),
    SupplierStatus.PROBATION: (
        "Three consecutive periods in scorecard band C; new business on hold until the 8D is closed"
    ),
    SupplierStatus.DISQUALIFIED: (
        "Repeated major nonconformities and a failed follow-up audit; phase-out agreed with "
        "purchasing"
    ),
}

CERTIFICATE_STANDARDS = (
    ("ISO 9001", ("TÜV SÜD", "DNV", "Bureau Veritas", "DEKRA", "SGS")),
    ("IATF 16949", ("TÜV NORD", "DQS", "Bureau Veritas")),
    ("AS9100", ("DNV", "NQA", "SAI Global")),
    ("ISO 13485", ("BSI", "TÜV SÜD")),
    ("ISO 14001", ("DEKRA", "SGS", "LRQA")),
    ("EU GMP", ("competent authority",)),
)

# The administrator's login name: a user name, spelled like its role (UserRole.ADMIN) by chance.
ADMIN_USER = "admin"

# Demo passwords: shown on the demo store's sign-in screen, nowhere else.
DEMO_PASSWORDS = {
    "anna.kowalczyk": "anna-demo-2026",
    "jonas.weiss": "jonas-demo-2026",
    "elif.sahin": "elif-demo-2026",
    "li.na": "lina-demo-2026",
    "marta.zielinska": "marta-demo-2026",
    ADMIN_USER: "admin-demo-2026",
}

USERS = (  # the administrator first: the first user of a store creates their own account
    (ADMIN_USER, "Store Administrator", UserRole.ADMIN),
    ("anna.kowalczyk", "Anna Kowalczyk", UserRole.LEAD_AUDITOR),
    ("jonas.weiss", "Jonas Weiß", UserRole.LEAD_AUDITOR),
    ("elif.sahin", "Elif Şahin", UserRole.AUDITOR),
    ("li.na", "李娜 (Li Na)", UserRole.AUDITOR),
    ("marta.zielinska", "Marta Zielińska", UserRole.QUALITY_ENGINEER),
)

FINDING_STATEMENTS = {
    FindingClass.MAJOR_NC: (
        "No evidence that customer-specific requirements are flowed down to sub-tier suppliers.",
        "Final inspection released parts with an expired gauge calibration (gauge G-114).",
        "Nonconforming product was shipped without a concession or customer approval.",
        "Internal audit programme not carried out for two consecutive years.",
    ),
    FindingClass.MINOR_NC: (
        "Two work instructions at the press line were at an obsolete revision.",
        "Training record of one operator for the crimping process was incomplete.",
        "Quarantine area not clearly marked; two boxes without status labels.",
        "Management review minutes do not cover supplier performance.",
        "Control plan characteristic CC-07 measured at a lower frequency than specified.",
    ),
    FindingClass.OBSERVATION: (
        "Layered process audits are done but results are not trended.",
        "Spare-parts list for the critical CNC machines is kept on paper only.",
        "Corrective actions are closed without a documented effectiveness check date.",
    ),
    FindingClass.OPPORTUNITY_FOR_IMPROVEMENT: (
        "Visual management boards could show first-pass yield per shift.",
        "Consider error-proofing the label printer with a barcode check.",
        "Supplier scorecards could be shared monthly with sub-tier suppliers.",
    ),
    FindingClass.GOOD_PRACTICE: (
        "Excellent 5S in the machining hall; audit scores posted and acted on.",
        "Red-bin process for nonconforming parts is disciplined and visible.",
    ),
    FindingClass.CRITICAL: (
        "Batch records for two API lots show unexplained over-writes without justification.",
        "Cleaning validation missing for a shared-equipment train handling potent compounds.",
    ),
}

# Why a major nonconformity needed no CAPA, as the lead auditor records it before signing.
NO_CAPA_REASONS = (
    "Corrected during the audit: the suspect parts were quarantined and reworked in the "
    "auditors' presence and the next batch checked; a one-off slip with no systemic cause.",
    "Already answered by the supplier's open 8D for the same failure mode, reviewed during the "
    "audit; a second CAPA would duplicate it.",
    "The process concerned is discontinued at the end of the month; no parts for us are made "
    "on it any more.",
)

# -- what auditors write beside the scores ---------------------------------------------------

NOTES_WEAK = (
    "Sampled 8 work orders; 2 had no first-piece approval signed.",
    "Procedure exists, but the records for March and April are missing.",
    "Operator could not show the current revision at the workstation.",
    "Only one of three sampled batches had the required in-process checks.",
    "Supplier showed a draft; release expected next month.",
    "Reaction plan in the control plan not followed for the out-of-tolerance reading seen.",
)
NOTES_GOOD = (
    "Seen on the shop floor; records complete for the 5 lots sampled.",
    "Checked against the control plan at the CNC cell: frequency and method as specified.",
    "Interviewed two operators on the night shift; both knew the reaction plan.",
    "Evidence: management review minutes of Q2, item 4.",
    "Traceability test from shipping label back to raw-material heat number took 6 minutes.",
    "Sampled 10 calibration records; all within their interval.",
)
NA_JUSTIFICATIONS = (
    "Not applicable: heat treatment is subcontracted; covered by the sub-tier audit.",
    "Not applicable: the supplier builds to our drawings and has no design responsibility.",
    "Not evaluated: no new product launched since the last audit.",
    "Not applicable: no customer-owned tooling at this site.",
    "Not evaluated: the process was not running on the audit day (planned maintenance).",
)

# -- the closing meeting ---------------------------------------------------------------------

AUDITEE_ROLES = ("plant manager", "production manager", "head of logistics", "process engineer")
STRENGTHS = (
    "Strengths: disciplined shop-floor management and short reaction times on customer issues.",
    "Strengths: well-kept traceability from raw material to shipment.",
    "Strengths: trained, motivated operators and visible process KPIs.",
    "Strengths: a working layered-process-audit programme.",
)
NEXT_STEPS = (
    "The supplier sends an 8D for every nonconformity within 10 working days.",
    "Containment of suspect stock is to be confirmed within 24 hours.",
    "Effectiveness of the actions will be checked at a follow-up audit.",
    "No further action beyond the regular audit programme.",
)
DIVERGING = (
    "The supplier does not accept {ref} as a {cls}: in its view it was an isolated case. The "
    "audit team keeps the classification; the CAPA's root cause analysis is to settle it.",
    "The quality manager considers {ref} corrected on the day (re-worked on site). The audit "
    "team accepts the correction but keeps the finding open until its effectiveness is shown.",
    "No agreement on the sample behind {ref}: the supplier asks for the whole lot to be "
    "reviewed before it accepts the finding. Open; our quality engineer decides within 2 weeks.",
    "The plant manager refers to a customer deviation approval from last year for {ref}, which "
    "the audit team could not see. Open until the supplier sends the approval.",
)
