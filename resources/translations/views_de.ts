<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>PPM target</source>
        <translation>Ziel ppm</translation>
    </message>
    <message>
        <source>On-time target</source>
        <translation>Ziel Liefertermintreue</translation>
    </message>
    <message>
        <source>CAPA response</source>
        <translation>CAPA-Antwortzeit</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Signiertes Dokument</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>keines angehängt</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead-Auditor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>BundleLogModel</name>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>To / from</source>
        <translation>An / von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>CapaHtml</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>{state}, overdue ({due})</source>
        <translation>{state}, überfällig ({due})</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Safety critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Abgebrochen, weil</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Zeitplan der Stufen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Findings it answers</source>
        <translation>Beantwortete Feststellungen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>{action} — {owner}, due {day}</source>
        <translation>{action} — {owner}, fällig am {day}</translation>
    </message>
    <message>
        <source>, done {day}</source>
        <translation>, erledigt am {day}</translation>
    </message>
    <message>
        <source>, {quantity} contained</source>
        <translation>, {quantity} eingegrenzt</translation>
    </message>
</context>
<context>
    <name>CapaTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <source>Overdue: {due} was {day}</source>
        <translation>Überfällig: {due} war am {day}</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Zurückgewiesen: {reason}</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Expired {n} days ago</source>
        <translation>Vor {n} Tagen abgelaufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message>
        <source>Expires in {n} days</source>
        <translation>Läuft in {n} Tagen ab</translation>
    </message>
    <message>
        <source>Open scan shows it</source>
        <translation>Scan öffnen zeigt ihn</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>Kein Scan</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Geändert auf</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Jetzt angezeigt</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>delivery {number}</source>
        <translation>Lieferung {number}</translation>
    </message>
</context>
<context>
    <name>DashboardItemModel</name>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid: {problem}</source>
        <translation>Nicht gültig: {problem}</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>no CAPA: {reason}</source>
        <translation>keine CAPA: {reason}</translation>
    </message>
    <message>
        <source>CAPA or reason needed</source>
        <translation>CAPA oder Begründung nötig</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead-Auditor</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Auditee</source>
        <translation>Auditierte</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>{answers} of {questions} questions</source>
        <translation>{answers} von {questions} Fragen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Normkapitel</translation>
    </message>
    <message>
        <source>Status and CAPA</source>
        <translation>Status und CAPA</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Feststellungen.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Completed with questions unanswered</source>
        <translation>Abgeschlossen mit unbeantworteten Fragen</translation>
    </message>
</context>
<context>
    <name>DevelopmentTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result seen at audit</source>
        <translation>Im Audit gesehenes Ergebnis</translation>
    </message>
</context>
<context>
    <name>FindingHtml</name>
    <message>
        <source>none raised</source>
        <translation>keine eröffnet</translation>
    </message>
    <message>
        <source>next stage due {day}</source>
        <translation>nächste Stufe fällig am {day}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
</context>
<context>
    <name>FindingLineModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>CAPAs</source>
        <translation>CAPAs</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Auditdatum</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>CAPA due</source>
        <translation>CAPA fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{due} · overdue</source>
        <translation>{due} · überfällig</translation>
    </message>
    <message>
        <source>Enter or double-click opens {capa} on the CAPAs page</source>
        <translation>Eingabe oder Doppelklick öffnet {capa} auf der Seite CAPAs</translation>
    </message>
    <message>
        <source>The CAPA&apos;s next stage was due on {day}</source>
        <translation>Die nächste Stufe der CAPA war am {day} fällig</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Major NC</source>
        <translation>Hauptabw.</translation>
    </message>
    <message>
        <source>Minor NC</source>
        <translation>Nebenabw.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead-Auditor</translation>
    </message>
    <message>
        <source>Quality engineer</source>
        <translation>Qualitätsingenieur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Mitwelt</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>conforms</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>does not conform</source>
        <translation>nicht konform</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>fully</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>predominantly</source>
        <translation>überwiegend</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>inadequately</source>
        <translation>unzureichend</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>fully met</source>
        <translation>voll erfüllt</translation>
    </message>
    <message>
        <source>mostly met</source>
        <translation>weitgehend erfüllt</translation>
    </message>
    <message>
        <source>largely not met</source>
        <translation>kaum erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>CAPA action</source>
        <translation>CAPA-Maßnahme</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>CAPA deadlines</source>
        <translation>CAPA-Fristen</translation>
    </message>
    <message>
        <source>CAPA finding</source>
        <translation>CAPA-Feststellung</translation>
    </message>
    <message>
        <source>CAPA review</source>
        <translation>CAPA-Bewertung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Checklist section</source>
        <translation>Checklistenabschnitt</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Checklistenvorlage</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Development action</source>
        <translation>Entwicklungsmaßnahme</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Importzuordnung</translation>
    </message>
    <message>
        <source>KPI record</source>
        <translation>KPI-Datensatz</translation>
    </message>
    <message>
        <source>Cost of poor quality</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <source>Proposal decision</source>
        <translation>Entscheidung zu Vorschlag</translation>
    </message>
    <message>
        <source>Quality agreement</source>
        <translation>Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Maßnahme aus Lieferantengespräch</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Store setting</source>
        <translation>Datenbankeinstellung</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Supplier review</source>
        <translation>Lieferantengespräch</translation>
    </message>
    <message>
        <source>Supplier risk</source>
        <translation>Lieferantenrisiko</translation>
    </message>
    <message>
        <source>Trail checkpoint</source>
        <translation>Prüfpunkt des Audit-Trails</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>Vertrauensliste</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ProgrammeHtml</name>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>Supplier status</source>
        <translation>Lieferantenstatus</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>No audit held at this supplier yet.</source>
        <translation>Bei diesem Lieferanten wurde noch kein Audit durchgeführt.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Nothing planned yet: Plan audit… (Ctrl+N) plans it from this row.</source>
        <translation>Noch nichts geplant: Audit planen… (Strg+N) plant es aus dieser Zeile.</translation>
    </message>
    <message>
        <source>Last audit held</source>
        <translation>Letztes durchgeführtes Audit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letztes Audit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Audit / CAPA</source>
        <translation>Audit / CAPA</translation>
    </message>
</context>
<context>
    <name>ScorecardHtml</name>
    <message>
        <source>{w} % (left out)</source>
        <translation>{w} % (entfällt)</translation>
    </message>
    <message>
        <source>{w} % → {e} %</source>
        <translation>{w} % → {e} %</translation>
    </message>
    <message>
        <source>{stage} due {due}, not accepted by the month&apos;s end ({n} days late)</source>
        <translation>{stage} fällig am {due}, bis Monatsende nicht angenommen ({n} Tage verspätet)</translation>
    </message>
    <message>
        <source>{stage} due {due}, accepted {on} ({n} days late)</source>
        <translation>{stage} fällig am {due}, angenommen am {on} ({n} Tage verspätet)</translation>
    </message>
    <message>
        <source>{score} — band {band}</source>
        <translation>{score} — Klasse {band}</translation>
    </message>
    <message>
        <source>No score: no part has data</source>
        <translation>Keine Punktzahl: Kein Bestandteil hat Daten</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>no deliveries</source>
        <translation>keine Lieferungen</translation>
    </message>
    <message>
        <source>Audit behind the score</source>
        <translation>Audit hinter der Punktzahl</translation>
    </message>
    <message>
        <source>never audited</source>
        <translation>nie auditiert</translation>
    </message>
    <message>
        <source>Cost of poor quality</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Quality agreement</source>
        <translation>Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>PPM target</source>
        <translation>Ziel ppm</translation>
    </message>
    <message>
        <source>{t} ({source}); 0 at {c}</source>
        <translation>{t} ({source}); 0 bei {c}</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Fewer than three months with a score: no trend.</source>
        <translation>Weniger als drei Monate mit Punktzahl: kein Trend.</translation>
    </message>
    <message>
        <source>Forecast to fall below its band.</source>
        <translation>Prognose: fällt unter seine Klasse.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>CAPA stages late</source>
        <translation>Verspätete CAPA-Stufen</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>ScorecardTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Reaktionsfähigkeit</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>Termintreue %</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>ppm</translation>
    </message>
    <message>
        <source>falling below band</source>
        <translation>fällt unter Klasse</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentHtml</name>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Ausgefüllt von</translation>
    </message>
    <message>
        <source>Filled in on</source>
        <translation>Ausgefüllt am</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>{n} of {total} questions</source>
        <translation>{n} von {total} Fragen</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Keine Antworten.</translation>
    </message>
    <message>
        <source>Nothing was imported. Each problem, with its cell:</source>
        <translation>Es wurde nichts importiert. Jedes Problem mit seiner Zelle:</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Created as {status}</source>
        <translation>Angelegt als {status}</translation>
    </message>
</context>
<context>
    <name>SupplierHtml</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message>
        <source>Expires in {n} days</source>
        <translation>Läuft in {n} Tagen ab</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>New business hold</source>
        <translation>Neugeschäftssperre</translation>
    </message>
    <message>
        <source>1 certificate expired</source>
        <translation>1 Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>{n} certificates expired</source>
        <translation>{n} Zertifikate abgelaufen</translation>
    </message>
    <message>
        <source>1 certificate expiring</source>
        <translation>1 Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>{n} certificates expiring</source>
        <translation>{n} Zertifikate laufen ab</translation>
    </message>
    <message>
        <source>1 CAPA overdue</source>
        <translation>1 CAPA überfällig</translation>
    </message>
    <message>
        <source>{n} CAPAs overdue</source>
        <translation>{n} CAPAs überfällig</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>DUNS</source>
        <translation>DUNS</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Commodities</source>
        <translation>Warengruppen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approval scope</source>
        <translation>Freigabeumfang</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>Risk reason</source>
        <translation>Risikobegründung</translation>
    </message>
    <message>
        <source>Next audit</source>
        <translation>Nächstes Audit</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letztes Audit</translation>
    </message>
    <message>
        <source>Last grade</source>
        <translation>Letzte Einstufung</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Feststellungen</translation>
    </message>
    <message>
        <source>PPM (12 periods)</source>
        <translation>ppm (12 Perioden)</translation>
    </message>
    <message>
        <source>On time (12 periods)</source>
        <translation>Liefertermintreue (12 Perioden)</translation>
    </message>
    <message>
        <source>{risk} risk</source>
        <translation>Risiko {risk}</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Open CAPAs</source>
        <translation>Offene CAPAs</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>SupplierKpiModels</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Termingerecht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>ppm</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>Premium freight</source>
        <translation>Sonderfracht</translation>
    </message>
    <message>
        <source>no deliveries</source>
        <translation>keine Lieferungen</translation>
    </message>
    <message>
        <source>No delivery was received in {month}: no on-time % and no PPM.</source>
        <translation>Im Zeitraum {month} wurde keine Lieferung erhalten: keine Liefertermintreue und kein ppm-Wert.</translation>
    </message>
    <message>
        <source>Nothing was received in {month}: no PPM.</source>
        <translation>Im Zeitraum {month} wurde nichts erhalten: kein ppm-Wert.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Lieferzeitpunkt</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>{timing}: not on time</source>
        <translation>{timing}: nicht termingerecht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation>am Fälligkeitstag</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 Tag zu spät</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} Tage zu spät</translation>
    </message>
    <message>
        <source>1 day early</source>
        <translation>1 Tag zu früh</translation>
    </message>
    <message>
        <source>{n} days early</source>
        <translation>{n} Tage zu früh</translation>
    </message>
</context>
<context>
    <name>SupplierTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Next audit</source>
        <translation>Nächstes Audit</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Feststellungen</translation>
    </message>
    <message>
        <source>Open CAPAs</source>
        <translation>Offene CAPAs</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letztes Audit</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>{status}, on hold</source>
        <translation>{status}, gesperrt für Neugeschäft</translation>
    </message>
    <message>
        <source>{n} expired</source>
        <translation>{n} abgelaufen</translation>
    </message>
    <message>
        <source>1 expired</source>
        <translation>1 abgelaufen</translation>
    </message>
    <message>
        <source>1 expiring</source>
        <translation>1 läuft ab</translation>
    </message>
    <message>
        <source>{n} expiring</source>
        <translation>{n} laufen ab</translation>
    </message>
    <message>
        <source>1 CAPA overdue</source>
        <translation>1 CAPA überfällig</translation>
    </message>
    <message>
        <source>{n} CAPAs overdue</source>
        <translation>{n} CAPAs überfällig</translation>
    </message>
    <message>
        <source>1 cert. expired</source>
        <translation>1 Zert. abgelaufen</translation>
    </message>
    <message>
        <source>{n} certs. expired</source>
        <translation>{n} Zert. abgelaufen</translation>
    </message>
    <message>
        <source>1 certificate expired</source>
        <translation>1 Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>{n} certificates expired</source>
        <translation>{n} Zertifikate abgelaufen</translation>
    </message>
    <message>
        <source>1 cert. expiring</source>
        <translation>1 Zert. läuft ab</translation>
    </message>
    <message>
        <source>{n} certs. expiring</source>
        <translation>{n} Zert. laufen ab</translation>
    </message>
    <message>
        <source>1 certificate expiring</source>
        <translation>1 Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>{n} certificates expiring</source>
        <translation>{n} Zertifikate laufen ab</translation>
    </message>
    <message>
        <source>{expired} expired, {expiring} expiring within 90 days</source>
        <translation>{expired} abgelaufen, {expiring} laufen innerhalb von 90 Tagen ab</translation>
    </message>
    <message>
        <source>No new business may be placed with this supplier.</source>
        <translation>Bei diesem Lieferanten darf kein Neugeschäft platziert werden.</translation>
    </message>
</context>
<context>
    <name>SyncHtml</name>
    <message>
        <source>central store</source>
        <translation>zentrale Datenbank</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Byte</translation>
    </message>
    <message>
        <source>This store: {name} ({role})</source>
        <translation>Diese Datenbank: {name} ({role})</translation>
    </message>
    <message>
        <source>key {key}</source>
        <translation>Schlüssel {key}</translation>
    </message>
    <message>
        <source>key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Trust list: none yet</source>
        <translation>Vertrauensliste: noch keine</translation>
    </message>
    <message>
        <source>, valid until {day}</source>
        <translation>, gültig bis {day}</translation>
    </message>
    <message>
        <source>Trust list: version {n}{expires}</source>
        <translation>Vertrauensliste: Version {n}{expires}</translation>
    </message>
    <message>
        <source>Trust list version {n} has expired</source>
        <translation>Vertrauensliste Version {n} ist abgelaufen</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>Offene Konflikte: {n}</translation>
    </message>
    <message>
        <source>{peer} {n}</source>
        <translation>{peer} {n}</translation>
    </message>
    <message>
        <source>Changes not acknowledged yet: {list}</source>
        <translation>Noch nicht bestätigte Änderungen: {list}</translation>
    </message>
    <message>
        <source>Every peer has acknowledged every change</source>
        <translation>Jede Gegenstelle hat jede Änderung bestätigt</translation>
    </message>
    <message>
        <source>{direction} bundle no. {seq}</source>
        <translation>{direction}: Paket Nr. {seq}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>The recipient has not yet sent a bundle back that acknowledges these changes; they go out again in the next bundle for it.</source>
        <translation>Der Empfänger hat noch kein Paket zurückgeschickt, das diese Änderungen bestätigt; sie gehen mit dem nächsten Paket für ihn erneut hinaus.</translation>
    </message>
    <message>
        <source>New changes</source>
        <translation>Neue Änderungen</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Geänderte Datensätze</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Numbers given by the central store</source>
        <translation>Von der zentralen Datenbank vergebene Nummern</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>the central store</source>
        <translation>die zentrale Datenbank</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Bundle no.</source>
        <translation>Paket-Nr.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>{n} ({size})</source>
        <translation>{n} ({size})</translation>
    </message>
    <message>
        <source>Signature, trust and every file&apos;s hash check out.</source>
        <translation>Signatur, Vertrauen und die Prüfsumme jeder Datei stimmen.</translation>
    </message>
    <message>
        <source>Changes by kind</source>
        <translation>Änderungen nach Art</translation>
    </message>
    <message>
        <source>Nothing in this store was changed by it.</source>
        <translation>In dieser Datenbank wurde dadurch nichts geändert.</translation>
    </message>
    <message>
        <source>Ask the sender to export the bundle again and send the new file. A bundle that was changed on the way, has expired or was written for another store never imports; export a new one instead.</source>
        <translation>Bitten Sie den Absender, das Paket erneut zu exportieren und die neue Datei zu senden. Ein Paket, das unterwegs verändert wurde, abgelaufen ist oder für eine andere Datenbank geschrieben wurde, lässt sich nie importieren; exportieren Sie stattdessen ein neues.</translation>
    </message>
    <message>
        <source>A bundle signed by a key this store does not trust, or one that was revoked, imports only after the central store&apos;s administrator enrols the key and you import the newer trust list (sqms trust import).</source>
        <translation>Ein Paket, das mit einem Schlüssel signiert ist, dem diese Datenbank nicht vertraut oder der widerrufen wurde, lässt sich erst importieren, wenn der Administrator der zentralen Datenbank den Schlüssel aufnimmt und Sie die neuere Vertrauensliste importieren (sqms trust import).</translation>
    </message>
    <message>
        <source>Everything in this bundle is here already: importing it changes nothing.</source>
        <translation>Alles in diesem Paket ist bereits vorhanden: Der Import ändert nichts.</translation>
    </message>
    <message>
        <source>Importing it would apply 1 new change:</source>
        <translation>Der Import würde 1 neue Änderung übernehmen:</translation>
    </message>
    <message>
        <source>Importing it would apply {n} new changes:</source>
        <translation>Der Import würde {n} neue Änderungen übernehmen:</translation>
    </message>
    <message>
        <source>What importing it would do</source>
        <translation>Was der Import bewirken würde</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>the central store</source>
        <translation>die zentrale Datenbank</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Noch nicht bestätigt</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} neu</translation>
    </message>
    <message>
        <source>{n} already here</source>
        <translation>{n} bereits vorhanden</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} Konflikte</translation>
    </message>
    <message>
        <source>{n} renumbered</source>
        <translation>{n} neu nummeriert</translation>
    </message>
    <message>
        <source>Deleted and edited</source>
        <translation>Gelöscht und bearbeitet</translation>
    </message>
    <message>
        <source>Edited twice</source>
        <translation>Zweimal bearbeitet</translation>
    </message>
</context>
<context>
    <name>TemplateHtml</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Left out of the score</source>
        <translation>Nicht in der Punktzahl berücksichtigt</translation>
    </message>
    <message>
        <source>Scored as zero</source>
        <translation>Mit null bewertet</translation>
    </message>
    <message>
        <source>A draft: not offered for audits yet. Importing the workbook again replaces it; release it when it is final.</source>
        <translation>Ein Entwurf: noch nicht für Audits angeboten. Erneutes Importieren der Arbeitsmappe ersetzt ihn; geben Sie ihn frei, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Released: fixed and offered for new audits. A changed workbook with the same key is imported as the next version.</source>
        <translation>Freigegeben: festgeschrieben und für neue Audits angeboten. Eine geänderte Arbeitsmappe mit demselben Schlüssel wird als nächste Version importiert.</translation>
    </message>
    <message>
        <source>Retired: kept for the audits that used it, offered for no new audit.</source>
        <translation>Zurückgezogen: für die Audits aufbewahrt, die sie verwendet haben, für kein neues Audit angeboten.</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>{n} hinzugefügt</translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation>{n} entfernt</translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation>{n} geändert</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>{n}, of which {stars} star questions</source>
        <translation>{n}, davon {stars} Sternfragen</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>N/A answers</source>
        <translation>N/A-Antworten</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Gesamtgewichtung</translation>
    </message>
    <message>
        <source>Audits using it</source>
        <translation>Verwendet in Audits</translation>
    </message>
    <message>
        <source>Changes from version {n}</source>
        <translation>Änderungen gegenüber Version {n}</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Fragetyp</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Normkapitel</translation>
    </message>
    <message>
        <source>Star question</source>
        <translation>Sternfrage</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>Nachweis erforderlich</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation>Immer gefragt</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Star questions</source>
        <translation>Sternfragen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The two versions are identical.</source>
        <translation>Die beiden Versionen sind identisch.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Added ({n})</source>
        <translation>Hinzugefügt ({n})</translation>
    </message>
    <message>
        <source>Removed ({n})</source>
        <translation>Entfernt ({n})</translation>
    </message>
    <message>
        <source>Changed ({n})</source>
        <translation>Geändert ({n})</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Not offered for audits yet; release it when it is final.</source>
        <translation>Noch nicht für Audits angeboten; geben Sie sie frei, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Fixed; offered for new audits.</source>
        <translation>Festgeschrieben; für neue Audits angeboten.</translation>
    </message>
    <message>
        <source>Kept for the audits that used it; offered for no new one.</source>
        <translation>Für die Audits aufbewahrt, die sie verwendet haben; für kein neues angeboten.</translation>
    </message>
    <message>
        <source>Audits that use this version</source>
        <translation>Audits, die diese Version verwenden</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Normkapitel</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Star question</source>
        <translation>Sternfrage</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>Eine Antwort ist erforderlich</translation>
    </message>
    <message>
        <source>Evidence is required with the answer</source>
        <translation>Zur Antwort ist ein Nachweis erforderlich</translation>
    </message>
    <message>
        <source>Asked only when this condition holds</source>
        <translation>Nur gefragt, wenn diese Bedingung erfüllt ist</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} Fragen</translation>
    </message>
</context>
<context>
    <name>TrailHtml</name>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>#{seq} · {what} created</source>
        <translation>#{seq} · {what} angelegt</translation>
    </message>
    <message>
        <source>#{seq} · {what} deleted</source>
        <translation>#{seq} · {what} gelöscht</translation>
    </message>
    <message>
        <source>#{seq} · {what}: {field} changed</source>
        <translation>#{seq} · {what}: {field} geändert</translation>
    </message>
    <message>
        <source>#{seq} · {what}: {action}</source>
        <translation>#{seq} · {what}: {action}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatzart</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Keine Begründung angegeben.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Hash (SHA-256, chained)</source>
        <translation>Hash (SHA-256, verkettet)</translation>
    </message>
</context>
<context>
    <name>TrailTableModel</name>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatzart</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>{utc} UTC</source>
        <translation>{utc} UTC</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>CAPA deadlines</source>
        <translation>CAPA-Fristen</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Lock the window when idle for</source>
        <translation>Fenster sperren bei Inaktivität nach</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
</TS>
