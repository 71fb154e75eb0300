<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>registers</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
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
        <source>Supplier code</source>
        <translation>Lieferantencode</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
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
        <source>Statement</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>CAPAs</source>
        <translation>CAPAs</translation>
    </message>
    <message>
        <source>CAPA due</source>
        <translation>CAPA fällig</translation>
    </message>
    <message>
        <source>CAPA overdue</source>
        <translation>CAPA überfällig</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SCAR</source>
        <translation>SCAR</translation>
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
        <source>Safety critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Containment due</source>
        <translation>Sofortmaßnahme fällig</translation>
    </message>
    <message>
        <source>Root cause due</source>
        <translation>Grundursache fällig</translation>
    </message>
    <message>
        <source>Corrective action due</source>
        <translation>Korrekturmaßnahme fällig</translation>
    </message>
    <message>
        <source>Verification due</source>
        <translation>Verifizierung fällig</translation>
    </message>
    <message>
        <source>Closure due</source>
        <translation>Abschluss fällig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>New business hold</source>
        <translation>Neugeschäftssperre</translation>
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
        <source>Last grade</source>
        <translation>Letzte Einstufung</translation>
    </message>
    <message>
        <source>Open CAPAs</source>
        <translation>Offene CAPAs</translation>
    </message>
    <message>
        <source>Overdue CAPAs</source>
        <translation>Überfällige CAPAs</translation>
    </message>
    <message>
        <source>Certificates expired</source>
        <translation>Zertifikate abgelaufen</translation>
    </message>
    <message>
        <source>Certificates expiring ({days} days)</source>
        <translation>Zertifikate laufen ab ({days} Tage)</translation>
    </message>
    <message>
        <source>PPM (12 periods)</source>
        <translation>ppm (12 Perioden)</translation>
    </message>
    <message>
        <source>On-time delivery % (12 periods)</source>
        <translation>Liefertermintreue % (12 Perioden)</translation>
    </message>
    <message>
        <source>writing rows</source>
        <translation>Zeilen werden geschrieben</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>reading findings</source>
        <translation>Feststellungen werden gelesen</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>UTC-Versatz</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Entity</source>
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
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>report_settings</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>page size must be {sizes}; got {value!r}</source>
        <translation>das Papierformat muss {sizes} sein; erhalten: {value!r}</translation>
    </message>
    <message>
        <source>the logo {logo} must be a PNG or JPEG file</source>
        <translation>das Logo {logo} muss eine PNG- oder JPEG-Datei sein</translation>
    </message>
    <message>
        <source>the logo {logo} does not exist</source>
        <translation>das Logo {logo} existiert nicht</translation>
    </message>
    <message>
        <source>report language must be {languages}; got {value!r}</source>
        <translation>die Berichtssprache muss {languages} sein; erhalten: {value!r}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Supplier audit report</source>
        <translation>Lieferantenauditbericht</translation>
    </message>
    <message>
        <source>Audit report {reference}</source>
        <translation>Auditbericht {reference}</translation>
    </message>
    <message>
        <source>Record version {version}</source>
        <translation>Datensatzversion {version}</translation>
    </message>
    <message>
        <source>Audit report {reference}: {supplier}</source>
        <translation>Auditbericht {reference}: {supplier}</translation>
    </message>
    <message>
        <source>{type} audit of {supplier} ({code}) against {checklist}</source>
        <translation>Audit ({type}) bei {supplier} ({code}) nach {checklist}</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <source>Cover: {reference}</source>
        <translation>Deckblatt: {reference}</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Audittermine</translation>
    </message>
    <message>
        <source>planned {dates}</source>
        <translation>geplant {dates}</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead-Auditor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>{score}, grade {grade}</source>
        <translation>{score}, Einstufung {grade}</translation>
    </message>
    <message>
        <source>the store&apos;s logo cannot be read as an image ({problem})</source>
        <translation>das Logo der Datenbank kann nicht als Bild gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>the logo {path} cannot be read as an image ({problem})</source>
        <translation>das Logo {path} kann nicht als Bild gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} weitere</translation>
    </message>
    <message>
        <source>, overdue ({stage})</source>
        <translation>, überfällig ({stage})</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
        <source>Safety critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>yes (24 h containment)</source>
        <translation>ja (Sofortmaßnahme binnen 24 h)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verant­wortlich</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausge­geben</translation>
    </message>
    <message>
        <source>Pending rejection</source>
        <translation>Offene Ablehnung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Storniert, weil</translation>
    </message>
    <message>
        <source>8D report</source>
        <translation>8D-Bericht</translation>
    </message>
    <message>
        <source>8D report {reference}</source>
        <translation>8D-Bericht {reference}</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Problembeschreibung</translation>
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
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Zeitplan der Stufen</translation>
    </message>
    <message>
        <source>Findings answered</source>
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
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>No team named yet.</source>
        <translation>Noch kein Team benannt.</translation>
    </message>
    <message>
        <source>Why did it occur?</source>
        <translation>Warum ist es aufgetreten?</translation>
    </message>
    <message>
        <source>Why was it not detected?</source>
        <translation>Warum wurde es nicht entdeckt?</translation>
    </message>
    <message>
        <source>Why {n}</source>
        <translation>Warum {n}</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Escape point</source>
        <translation>Durchschlupfpunkt</translation>
    </message>
    <message>
        <source>Ishikawa (6M)</source>
        <translation>Ishikawa (6M)</translation>
    </message>
    <message>
        <source>Containment action</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Decisions and effectiveness</source>
        <translation>Entscheidungen und Wirksamkeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Ent­scheidung</translation>
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
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Effectiveness check due</source>
        <translation>Wirksamkeitsprüfung fällig</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>8D report {reference}: {title}</source>
        <translation>8D-Bericht {reference}: {title}</translation>
    </message>
    <message>
        <source>{kind} {reference} of {supplier}</source>
        <translation>{kind} {reference} von {supplier}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>this store keeps no attachments</source>
        <translation>diese Datenbank bewahrt keine Anhänge auf</translation>
    </message>
    <message>
        <source>Document {name} ({type})</source>
        <translation>Dokument {name} ({type})</translation>
    </message>
    <message>
        <source>Photo {name} cannot be printed: {problem}</source>
        <translation>Foto {name} kann nicht gedruckt werden: {problem}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>Lieferantencode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkt­zahl</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>Termintreu %</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>ppm</translation>
    </message>
    <message>
        <source>Audit score</source>
        <translation>Auditpunktzahl</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>CAPA stages on time</source>
        <translation>CAPA-Stufen termingerecht</translation>
    </message>
    <message>
        <source>Mean days to containment</source>
        <translation>Mittlere Tage bis zur Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Cost of poor quality</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <source>Forecast flag</source>
        <translation>Prognosewarnung</translation>
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
        <source>{part}: why</source>
        <translation>{part}: warum</translation>
    </message>
    <message>
        <source>{on_time} of {due}</source>
        <translation>{on_time} von {due}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>fewer than 3 months with a score</source>
        <translation>weniger als 3 Monate mit Punktzahl</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Resp.</source>
        <translation>Reakt.</translation>
    </message>
    <message>
        <source>falling below band</source>
        <translation>fällt unter Klasse</translation>
    </message>
    <message>
        <source>{score} — band {band}</source>
        <translation>{score} – Klasse {band}</translation>
    </message>
    <message>
        <source>no score (no data)</source>
        <translation>keine Punktzahl (keine Daten)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <source>no deliveries</source>
        <translation>keine Lieferungen</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>nichts eingegangen</translation>
    </message>
    <message>
        <source>never audited</source>
        <translation>nie auditiert</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Trend and forecast</source>
        <translation>Trend und Prognose</translation>
    </message>
    <message>
        <source>Fewer than three months with a score: no trend.</source>
        <translation>Weniger als drei Monate mit Punktzahl: kein Trend.</translation>
    </message>
    <message>
        <source>Supplier scorecards {period}</source>
        <translation>Lieferanten-Scorecards {period}</translation>
    </message>
    <message>
        <source>{n} supplier</source>
        <translation>{n} Lieferant</translation>
    </message>
    <message>
        <source>{n} suppliers</source>
        <translation>{n} Lieferanten</translation>
    </message>
    <message>
        <source>; each part is 0–100 (Resp.: CAPA responsiveness), weighted as shown per supplier; a part without data (–) is left out and the others&apos; weights scaled up.</source>
        <translation>; jeder Teil ist 0–100 (Reakt.: Reaktionsfähigkeit bei CAPAs), gewichtet wie je Lieferant gezeigt; ein Teil ohne Daten (–) entfällt, und die Gewichte der anderen werden hochskaliert.</translation>
    </message>
    <message>
        <source>Supplier scorecards</source>
        <translation>Lieferanten-Scorecards</translation>
    </message>
    <message>
        <source>Scorecards {period}</source>
        <translation>Scorecards {period}</translation>
    </message>
    <message>
        <source>Supplier scorecards for {period}</source>
        <translation>Lieferanten-Scorecards für {period}</translation>
    </message>
    <message>
        <source>{path}: the scorecards are written as .xlsx or .pdf, not {suffix}</source>
        <translation>{path}: die Scorecards werden als .xlsx oder .pdf geschrieben, nicht als {suffix}</translation>
    </message>
    <message>
        <source>{path}: the scorecards are written as .xlsx or .pdf, not a file without a suffix</source>
        <translation>{path}: die Scorecards werden als .xlsx oder .pdf geschrieben, nicht als Datei ohne Endung</translation>
    </message>
    <message>
        <source>An audit is a sampling exercise. Its findings and conclusions rest on samples of the information available during the audit, so nonconformities may exist that were not found, and an area without findings is not thereby shown to conform (ISO 19011:2018, 6.5.1).</source>
        <translation>Ein Audit ist eine Stichprobenprüfung. Seine Feststellungen und Schlussfolgerungen beruhen auf Stichproben der während des Audits verfügbaren Informationen; daher können Abweichungen bestehen, die nicht gefunden wurden, und ein Bereich ohne Feststellungen ist damit nicht als konform nachgewiesen (ISO 19011:2018, 6.5.1).</translation>
    </message>
    <message>
        <source>VDA 6.3</source>
        <translation>VDA 6.3</translation>
    </message>
    <message>
        <source>weighted scoring</source>
        <translation>gewichtete Punktbewertung</translation>
    </message>
    <message>
        <source>yes/no conformity</source>
        <translation>Ja/Nein-Konformität</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fest­stellungen</translation>
    </message>
    <message>
        <source>({edition} edition)</source>
        <translation>(Ausgabe {edition})</translation>
    </message>
    <message>
        <source>1 Executive summary</source>
        <translation>1 Zusammenfassung</translation>
    </message>
    <message>
        <source>Scored by {scheme}: {evaluated} of {total} scored questions evaluated.</source>
        <translation>Bewertungsschema {scheme}: {evaluated} von {total} bewerteten Fragen ausgewertet.</translation>
    </message>
    <message>
        <source>Recorded at completion: {score}, grade {grade}.</source>
        <translation>Beim Abschluss festgehalten: {score}, Einstufung {grade}.</translation>
    </message>
    <message>
        <source>Downgrade reasons</source>
        <translation>Gründe für Abstufung</translation>
    </message>
    <message>
        <source>None: the grade follows from the score.</source>
        <translation>Keine: Die Einstufung folgt aus der Punktzahl.</translation>
    </message>
    <message>
        <source>Degree of fulfilment by element</source>
        <translation>Erfüllungsgrad nach Element</translation>
    </message>
    <message>
        <source>Findings by class</source>
        <translation>Feststellungen nach Klasse</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Feststellungen</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Audit client</source>
        <translation>Auditauftraggeber</translation>
    </message>
    <message>
        <source>2 Audit objectives, scope and team</source>
        <translation>2 Auditziele, Umfang und Team</translation>
    </message>
    <message>
        <source>Audit objectives</source>
        <translation>Auditziele</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Auditee</source>
        <translation>Auditierte Organisation</translation>
    </message>
    <message>
        <source>Site and location</source>
        <translation>Standort und Ort</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Auditkriterien</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Geplante Termine</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>Auditee participants</source>
        <translation>Teilnehmer der auditierten Organisation</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Nachaudit zu</translation>
    </message>
    <message>
        <source>3 Findings</source>
        <translation>3 Feststellungen</translation>
    </message>
    <message>
        <source>No findings were raised.</source>
        <translation>Es wurden keine Feststellungen erfasst.</translation>
    </message>
    <message>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <source>Checklist question</source>
        <translation>Frage der Checkliste</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>none raised and no reason recorded</source>
        <translation>keine eröffnet und keine Begründung festgehalten</translation>
    </message>
    <message>
        <source>4 CAPAs raised</source>
        <translation>4 Eröffnete CAPAs</translation>
    </message>
    <message>
        <source>No CAPA was raised from this audit&apos;s findings.</source>
        <translation>Zu den Feststellungen dieses Audits wurde keine CAPA eröffnet.</translation>
    </message>
    <message>
        <source>closed
{day}</source>
        <translation>geschlossen
{day}</translation>
    </message>
    <message>
        <source>due
{day}</source>
        <translation>fällig
{day}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Type and state</source>
        <translation>Art und Zustand</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Findings are numbered within the audit: F01 is {prefix}F01.</source>
        <translation>Feststellungen sind innerhalb des Audits nummeriert: F01 ist {prefix}F01.</translation>
    </message>
    <message>
        <source>5 Closing meeting and conclusions</source>
        <translation>5 Abschlussgespräch und Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Present at the closing meeting</source>
        <translation>Anwesend beim Abschlussgespräch</translation>
    </message>
    <message>
        <source>Unresolved diverging opinions</source>
        <translation>Ungeklärte abweichende Meinungen</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine festgehalten.</translation>
    </message>
    <message>
        <source>Sampling statement</source>
        <translation>Hinweis zur Stichprobe</translation>
    </message>
    <message>
        <source>{n} question</source>
        <translation>{n} Frage</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} Fragen</translation>
    </message>
    <message>
        <source>Completed with questions unanswered</source>
        <translation>Abgeschlossen mit unbeantworteten Fragen</translation>
    </message>
    <message>
        <source>{number} Further evidence</source>
        <translation>{number} Weitere Nachweise</translation>
    </message>
    <message>
        <source>Photos and documents captured for checklist questions or for the audit as a whole, not attached to a finding.</source>
        <translation>Fotos und Dokumente, die zu Fragen der Checkliste oder zum Audit als Ganzes erfasst wurden und keiner Feststellung zugeordnet sind.</translation>
    </message>
    <message>
        <source>{number} Signatures and record</source>
        <translation>{number} Signaturen und Datensatz</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>NOT VALID: {problem}</source>
        <translation>UNGÜLTIG: {problem}</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>This audit has not been signed.</source>
        <translation>Dieses Audit wurde nicht signiert.</translation>
    </message>
    <message>
        <source>(as signed; the {n} later write(s) to the record changed only its workflow status, not its content)</source>
        <translation>(wie signiert; die {n} späteren Schreibvorgänge am Datensatz änderten nur seinen Workflow-Status, nicht seinen Inhalt)</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Datensatzversion</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Inhalt SHA-256</translation>
    </message>
    <message>
        <source>The content hash is the SHA-256 of the audit&apos;s canonical content (its fields, answers and findings), the value each signature vouches for; “sqms signature verify {reference}” recomputes it.</source>
        <translation>Der Inhalts-Hash ist der SHA-256 des kanonischen Inhalts des Audits (seiner Felder, Antworten und Feststellungen), der Wert, für den jede Signatur bürgt; „sqms signature verify {reference}“ berechnet ihn neu.</translation>
    </message>
    <message>
        <source>Appendix A All answers</source>
        <translation>Anhang A Alle Antworten</translation>
    </message>
    <message>
        <source>The checklist has no questions.</source>
        <translation>Die Checkliste hat keine Fragen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>Critical nonconformities</source>
        <translation>Kritische Abweichungen</translation>
    </message>
    <message>
        <source>Major nonconformities</source>
        <translation>Hauptabweichungen</translation>
    </message>
    <message>
        <source>Minor nonconformities</source>
        <translation>Nebenabweichungen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Opportunities for improvement</source>
        <translation>Verbesserungspotenziale</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Gute Praxis</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>no snapshot</source>
        <translation>kein Stand festgehalten</translation>
    </message>
    <message>
        <source>{deliveries} ({on_time} on time)</source>
        <translation>{deliveries} ({on_time} termingerecht)</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>Liefertermintreue</translation>
    </message>
    <message>
        <source>{ppm} ({rejected} of {received} rejected)</source>
        <translation>{ppm} ({rejected} von {received} zurückgewiesen)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>{reference} ({date}): {score} %</source>
        <translation>{reference} ({date}): {score} %</translation>
    </message>
    <message>
        <source>, grade {grade}</source>
        <translation>, Einstufung {grade}</translation>
    </message>
    <message>
        <source>none with a score</source>
        <translation>keines mit Punktzahl</translation>
    </message>
    <message>
        <source>Latest audit</source>
        <translation>Letztes Audit</translation>
    </message>
    <message>
        <source>Open CAPAs</source>
        <translation>Offene CAPAs</translation>
    </message>
    <message>
        <source>Supplier review</source>
        <translation>Lieferantengespräch</translation>
    </message>
    <message>
        <source>Supplier review {date}</source>
        <translation>Lieferantengespräch {date}</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Geführt am</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Betrachteter Zeitraum</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Scorecard at the review</source>
        <translation>Scorecard zum Gespräch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <source>No actions agreed.</source>
        <translation>Keine Maßnahmen vereinbart.</translation>
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
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>NO: {problem}</source>
        <translation>NEIN: {problem}</translation>
    </message>
    <message>
        <source>Not signed: these minutes are a draft.</source>
        <translation>Nicht signiert: Dieses Protokoll ist ein Entwurf.</translation>
    </message>
    <message>
        <source>Supplier review {code} {date}</source>
        <translation>Lieferantengespräch {code} {date}</translation>
    </message>
    <message>
        <source>Supplier review of {supplier}, period {period}</source>
        <translation>Lieferantengespräch mit {supplier}, Zeitraum {period}</translation>
    </message>
    <message>
        <source>no supplier review with id {review_id}</source>
        <translation>kein Lieferantengespräch mit der ID {review_id}</translation>
    </message>
    <message>
        <source>{band} from {bound}</source>
        <translation>{band} ab {bound}</translation>
    </message>
    <message>
        <source>the report font {path} is missing; reinstall SQMS Desktop</source>
        <translation>die Berichtsschrift {path} fehlt; installieren Sie SQMS Desktop erneut</translation>
    </message>
    <message>
        <source>{path}: cannot write the trail export ({problem})</source>
        <translation>{path}: der Export des Audit-Trails kann nicht geschrieben werden ({problem})</translation>
    </message>
</context>
</TS>
