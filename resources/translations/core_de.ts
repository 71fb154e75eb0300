<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>audits</name>
    <message>
        <source>no audit with id {audit_id}</source>
        <translation>kein Audit mit der ID {audit_id}</translation>
    </message>
    <message>
        <source>no audit {reference}</source>
        <translation>kein Audit {reference}</translation>
    </message>
</context>
<context>
    <name>capa</name>
    <message>
        <source>D0 Plan and emergency response</source>
        <translation>D0 Planung und Notfallmaßnahmen</translation>
    </message>
    <message>
        <source>D1 Team</source>
        <translation>D1 Team</translation>
    </message>
    <message>
        <source>D2 Problem description (5W2H)</source>
        <translation>D2 Problembeschreibung (5W2H)</translation>
    </message>
    <message>
        <source>D3 Interim containment</source>
        <translation>D3 Sofortmaßnahmen</translation>
    </message>
    <message>
        <source>D4 Root cause and escape point</source>
        <translation>D4 Ursachenanalyse</translation>
    </message>
    <message>
        <source>D5 Permanent corrective actions</source>
        <translation>D5 Abstellmaßnahmen festlegen</translation>
    </message>
    <message>
        <source>D6 Implementation and validation</source>
        <translation>D6 Abstellmaßnahmen umsetzen</translation>
    </message>
    <message>
        <source>D7 Recurrence prevented</source>
        <translation>D7 Wiederholung verhindern</translation>
    </message>
    <message>
        <source>D8 Closure and recognition</source>
        <translation>D8 Abschluss und Würdigung</translation>
    </message>
    <message>
        <source>D0 Plan</source>
        <translation>D0 Planung</translation>
    </message>
    <message>
        <source>D2 Problem</source>
        <translation>D2 Problem</translation>
    </message>
    <message>
        <source>D3 Containment</source>
        <translation>D3 Sofortmaßnahmen</translation>
    </message>
    <message>
        <source>D4 Root cause</source>
        <translation>D4 Ursachen</translation>
    </message>
    <message>
        <source>D5 Corrective actions</source>
        <translation>D5 Abstellmaßnahmen</translation>
    </message>
    <message>
        <source>D6 Validation</source>
        <translation>D6 Umsetzung</translation>
    </message>
    <message>
        <source>D7 Prevention</source>
        <translation>D7 Vorbeugung</translation>
    </message>
    <message>
        <source>D8 Recognition</source>
        <translation>D8 Abschluss</translation>
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
        <source>Symptom as the customer sees it</source>
        <translation>Symptom aus Sicht des Kunden</translation>
    </message>
    <message>
        <source>Emergency response actions</source>
        <translation>Notfallmaßnahmen</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <source>Where was it found?</source>
        <translation>Wo wurde es gefunden?</translation>
    </message>
    <message>
        <source>When was it found?</source>
        <translation>Wann wurde es gefunden?</translation>
    </message>
    <message>
        <source>Who found it?</source>
        <translation>Wer hat es gefunden?</translation>
    </message>
    <message>
        <source>Why is it a problem?</source>
        <translation>Warum ist es ein Problem?</translation>
    </message>
    <message>
        <source>How was it found?</source>
        <translation>Wie wurde es gefunden?</translation>
    </message>
    <message>
        <source>How many parts are affected?</source>
        <translation>Wie viele Teile sind betroffen?</translation>
    </message>
    <message>
        <source>Containment summary</source>
        <translation>Zusammenfassung der Sofortmaßnahmen</translation>
    </message>
    <message>
        <source>How containment was verified</source>
        <translation>Wie die Sofortmaßnahmen verifiziert wurden</translation>
    </message>
    <message>
        <source>Why did it occur? (5 Whys)</source>
        <translation>Warum ist es aufgetreten? (5 Why)</translation>
    </message>
    <message>
        <source>Root cause of occurrence</source>
        <translation>Grundursache des Auftretens</translation>
    </message>
    <message>
        <source>Why was it not detected? (5 Whys)</source>
        <translation>Warum wurde es nicht entdeckt? (5 Why)</translation>
    </message>
    <message>
        <source>Root cause of non-detection</source>
        <translation>Grundursache der Nichtentdeckung</translation>
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
        <source>Why these actions were chosen</source>
        <translation>Warum diese Maßnahmen gewählt wurden</translation>
    </message>
    <message>
        <source>How the actions were verified before implementation</source>
        <translation>Wie die Maßnahmen vor der Umsetzung verifiziert wurden</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Validation result</source>
        <translation>Ergebnis der Validierung</translation>
    </message>
    <message>
        <source>FMEA updated</source>
        <translation>FMEA aktualisiert</translation>
    </message>
    <message>
        <source>Control plan updated</source>
        <translation>Produktionslenkungsplan aktualisiert</translation>
    </message>
    <message>
        <source>Procedures and work instructions updated</source>
        <translation>Verfahren und Arbeitsanweisungen aktualisiert</translation>
    </message>
    <message>
        <source>Other products and processes, lessons learned</source>
        <translation>Andere Produkte und Prozesse, Lessons Learned</translation>
    </message>
    <message>
        <source>Closure summary</source>
        <translation>Zusammenfassung des Abschlusses</translation>
    </message>
    <message>
        <source>Team recognition</source>
        <translation>Würdigung des Teams</translation>
    </message>
    <message>
        <source>8D step must be one of {STEPS}; got {step!r}</source>
        <translation>Der 8D-Schritt muss einer von {STEPS} sein; angegeben: {step!r}</translation>
    </message>
    <message>
        <source>{title} has no field {unknown!r}</source>
        <translation>{title} hat kein Feld {unknown!r}</translation>
    </message>
    <message>
        <source>{where}: expected text, got {kind}</source>
        <translation>{where}: Text erwartet, erhalten: {kind}</translation>
    </message>
    <message>
        <source>{where}: {count} characters; at most {limit}</source>
        <translation>{where}: {count} Zeichen; höchstens {limit}</translation>
    </message>
    <message>
        <source>{where}: {count} answers; a chain has at most {WHYS}</source>
        <translation>{where}: {count} Antworten; eine Warum-Kette hat höchstens {WHYS}</translation>
    </message>
    <message>
        <source>{where} {n}: a role without a name ({role!r})</source>
        <translation>{where} {n}: eine Rolle ohne Namen ({role!r})</translation>
    </message>
    <message>
        <source>{where}: {count} members; at most {MAX_TEAM}</source>
        <translation>{where}: {count} Mitglieder; höchstens {MAX_TEAM}</translation>
    </message>
    <message>
        <source>{where}: {unknown!r} is not a 6M category ({SIX_M})</source>
        <translation>{where}: {unknown!r} ist keine 6M-Kategorie ({SIX_M})</translation>
    </message>
    <message>
        <source>{where}, {m}: {count} causes; at most {MAX_CAUSES}</source>
        <translation>{where}, {m}: {count} Ursachen; höchstens {MAX_CAUSES}</translation>
    </message>
    <message>
        <source>{label}, why {n}</source>
        <translation>{label}, Warum {n}</translation>
    </message>
    <message>
        <source>is not accepted as a root cause: people make mistakes when the process lets them. Ask why the process allowed the mistake and why it was not detected (no error-proofing, an unclear work instruction, missing training, a check that could not see it) and state that as the root cause</source>
        <translation>wird nicht als Grundursache angenommen: Menschen machen Fehler, wenn der Prozess es zulässt. Fragen Sie, warum der Prozess den Fehler zuließ und warum er nicht entdeckt wurde (keine Fehlersicherheit, eine unklare Arbeitsanweisung, fehlende Schulung, eine Prüfung, die ihn nicht sehen konnte), und geben Sie dies als Grundursache an</translation>
    </message>
    <message>
        <source>{where}: &quot;{phrase}&quot; {explanation}</source>
        <translation>{where}: „{phrase}“ {explanation}</translation>
    </message>
</context>
<context>
    <name>capa_form</name>
    <message>
        <source>choose at least one finding to raise a CAPA from</source>
        <translation>Wählen Sie mindestens eine Feststellung, aus der eine CAPA eröffnet wird</translation>
    </message>
    <message>
        <source>no finding with id {finding_id}</source>
        <translation>keine Feststellung mit der ID {finding_id}</translation>
    </message>
    <message>
        <source>{gone} (a withdrawn finding gets no CAPA)</source>
        <translation>{gone} (eine zurückgezogene Feststellung erhält keine CAPA)</translation>
    </message>
    <message>
        <source>{reference} is {supplier}&apos;s</source>
        <translation>{reference} gehört zu {supplier}</translation>
    </message>
    <message>
        <source>one CAPA answers findings of one supplier: {owners}; raise one CAPA per supplier</source>
        <translation>eine CAPA beantwortet Feststellungen eines einzigen Lieferanten: {owners}; eröffnen Sie eine CAPA je Lieferant</translation>
    </message>
    <message>
        <source>no CAPA raised: {problems}</source>
        <translation>keine CAPA eröffnet: {problems}</translation>
    </message>
    <message>
        <source>{reference} is a good practice, which needs no CAPA</source>
        <translation>{reference} ist ein gutes Beispiel (Good Practice) und braucht keine CAPA</translation>
    </message>
    <message>
        <source>{reference} already has an open CAPA, {still_open}</source>
        <translation>{reference} hat bereits eine offene CAPA, {still_open}</translation>
    </message>
</context>
<context>
    <name>capa_links</name>
    <message>
        <source>{name}, withdrawn: {reason}</source>
        <translation>{name}, zurückgezogen: {reason}</translation>
    </message>
    <message>
        <source>{name}, withdrawn</source>
        <translation>{name}, zurückgezogen</translation>
    </message>
    <message>
        <source>finding {gone}; a withdrawn finding gets no CAPA</source>
        <translation>Feststellung {gone}; eine zurückgezogene Feststellung erhält keine CAPA</translation>
    </message>
    <message>
        <source>no finding {text!r} (give its reference, e.g. AUD-2026-0042-F03)</source>
        <translation>keine Feststellung {text!r} (geben Sie ihre Referenz an, z. B. AUD-2026-0042-F03)</translation>
    </message>
</context>
<context>
    <name>capas</name>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <source>no CAPA with reference {reference!r}</source>
        <translation>keine CAPA mit der Referenz {reference!r}</translation>
    </message>
    <message>
        <source>no CAPA with id {capa_id}</source>
        <translation>keine CAPA mit der ID {capa_id}</translation>
    </message>
    <message>
        <source>, check due {day}</source>
        <translation>, Prüfung fällig am {day}</translation>
    </message>
    <message>
        <source>no audit with id {audit_id}</source>
        <translation>kein Audit mit der ID {audit_id}</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>no audit with id {audit_id}</source>
        <translation>kein Audit mit der ID {audit_id}</translation>
    </message>
    <message>
        <source>audit {reference} has no question {qid} in its checklist</source>
        <translation>Audit {reference} hat keine Frage {qid} in seiner Checkliste</translation>
    </message>
</context>
<context>
    <name>conditions</name>
    <message>
        <source>unexpected {rest!r} at character {start}</source>
        <translation>unerwartetes {rest!r} an Zeichen {start}</translation>
    </message>
    <message>
        <source>the condition ends early; expected {wanted}</source>
        <translation>die Bedingung endet zu früh; erwartet: {wanted}</translation>
    </message>
    <message>
        <source>expected {wanted} at character {position}, found {text!r}</source>
        <translation>erwartet: {wanted} an Zeichen {position}, gefunden: {text!r}</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
    <message>
        <source>unexpected {text!r} at character {position}</source>
        <translation>unerwartetes {text!r} an Zeichen {position}</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at {position}</source>
        <translation>&apos;)&apos; erwartet an Zeichen {position}</translation>
    </message>
    <message>
        <source>{op} compares numbers; {text} is text</source>
        <translation>{op} vergleicht Zahlen; {text} ist Text</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>band {band}</source>
        <translation>Klasse {band}</translation>
    </message>
    <message>
        <source>no score (no figures)</source>
        <translation>keine Punktzahl (keine Kennzahlen)</translation>
    </message>
    <message>
        <source>score {score:.1f} in {period}</source>
        <translation>Punktzahl {score:.1f} in {period}</translation>
    </message>
    <message>
        <source>no PPM</source>
        <translation>kein ppm-Wert</translation>
    </message>
    <message>
        <source>{ppm:,.0f} PPM</source>
        <translation>{ppm:,.0f} ppm</translation>
    </message>
    <message>
        <source>{percent:.0f} % on time</source>
        <translation>{percent:.0f} % termingerecht</translation>
    </message>
    <message>
        <source>{month}: {rejected:,} rejected, {late} late</source>
        <translation>{month}: {rejected:,} zurückgewiesen, {late} verspätet</translation>
    </message>
    <message>
        <source>{ppm}, {otd} of {deliveries} deliveries</source>
        <translation>{ppm}, {otd} von {deliveries} Lieferungen</translation>
    </message>
    <message>
        <source>{stage} overdue</source>
        <translation>{stage} überfällig</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>fällig am {due}</translation>
    </message>
    <message>
        <source>, planned {reference}</source>
        <translation>, geplant: {reference}</translation>
    </message>
    <message>
        <source>expired {day}</source>
        <translation>abgelaufen am {day}</translation>
    </message>
    <message>
        <source>expires {day}</source>
        <translation>läuft ab am {day}</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>the demo needs at least one supplier and no negative audit count</source>
        <translation>die Demo braucht mindestens einen Lieferanten und keine negative Anzahl Audits</translation>
    </message>
    <message>
        <source>{store} already holds suppliers; demo data go into a new store (choose another --db)</source>
        <translation>{store} enthält bereits Lieferanten; Demodaten kommen in eine neue Datenbank (wählen Sie eine andere --db)</translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>{path} already exists; demo data are written to a new file only (delete it or choose another --db)</source>
        <translation>{path} existiert bereits; Demodaten werden nur in eine neue Datei geschrieben (löschen Sie sie oder wählen Sie eine andere --db)</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <source>+ {qid} added</source>
        <translation>+ {qid} hinzugefügt</translation>
    </message>
    <message>
        <source>- {qid} removed</source>
        <translation>- {qid} entfernt</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the file is damaged or cut short (a broken ZIP archive: {error})</source>
        <translation>die Datei ist beschädigt oder unvollständig (ein defektes ZIP-Archiv: {error})</translation>
    </message>
    <message>
        <source>a part of the file is not well-formed XML ({error})</source>
        <translation>ein Teil der Datei ist kein wohlgeformtes XML ({error})</translation>
    </message>
    <message>
        <source>the file holds text that is not in the expected encoding ({error})</source>
        <translation>die Datei enthält Text, der nicht in der erwarteten Kodierung vorliegt ({error})</translation>
    </message>
    <message>
        <source>a part the file needs is missing ({error})</source>
        <translation>ein Teil, den die Datei braucht, fehlt ({error})</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>die Datei kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the file is nested too deeply or too large to read</source>
        <translation>die Datei ist zu tief verschachtelt oder zu groß zum Lesen</translation>
    </message>
    <message>
        <source>the file cannot be read ({kind}: {error})</source>
        <translation>die Datei kann nicht gelesen werden ({kind}: {error})</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>no attachment with id {attachment_id}</source>
        <translation>kein Anhang mit der ID {attachment_id}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>no CAPA: {reason}</source>
        <translation>keine CAPA: {reason}</translation>
    </message>
    <message>
        <source>{count} minor NCs against {requirement} in this audit ({references}); repeated minors are escalated to a major NC</source>
        <translation>{count} Nebenabweichungen gegen {requirement} in diesem Audit ({references}); wiederholte Nebenabweichungen werden zu einer Hauptabweichung hochgestuft</translation>
    </message>
    <message>
        <source>no audit with id {audit_id}</source>
        <translation>kein Audit mit der ID {audit_id}</translation>
    </message>
    <message>
        <source>no finding with id {finding_id}</source>
        <translation>keine Feststellung mit der ID {finding_id}</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>from {early} days before to {late} days after the due date</source>
        <translation>von {early} Tagen vor bis {late} Tagen nach dem Liefertermin</translation>
    </message>
    <message>
        <source>period {text!r} must be written YYYY-MM (e.g. 2026-11)</source>
        <translation>Zeitraum {text!r} muss als JJJJ-MM geschrieben werden (z. B. 2026-11)</translation>
    </message>
</context>
<context>
    <name>kpis</name>
    <message>
        <source>on the due date</source>
        <translation>am Liefertermin</translation>
    </message>
    <message>
        <source>{n} day late</source>
        <translation>{n} Tag zu spät</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} Tage zu spät</translation>
    </message>
    <message>
        <source>{n} day early</source>
        <translation>{n} Tag zu früh</translation>
    </message>
    <message>
        <source>{n} days early</source>
        <translation>{n} Tage zu früh</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>no built-in checklist {key!r} (the library has: {known})</source>
        <translation>keine mitgelieferte Checkliste {key!r} (die Bibliothek enthält: {known})</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>{path} is the store itself; name another file</source>
        <translation>{path} ist die Datenbank selbst; geben Sie eine andere Datei an</translation>
    </message>
    <message>
        <source>{path} is inside the store&apos;s attachments folder {attachments}; name a file elsewhere</source>
        <translation>{path} liegt im Anhangsordner der Datenbank {attachments}; geben Sie eine Datei an einem anderen Ort an</translation>
    </message>
    <message>
        <source>cannot write into {folder}: {error}</source>
        <translation>kann nicht in {folder} schreiben: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>kann {path} nicht schreiben: {error}</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>user name must not be empty</source>
        <translation>der Benutzername darf nicht leer sein</translation>
    </message>
    <message>
        <source>no user with username {name}</source>
        <translation>kein Benutzer mit dem Benutzernamen {name}</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>{key!r} is not a store policy (known: {known})</source>
        <translation>{key!r} ist keine Richtlinie der Datenbank (bekannt: {known})</translation>
    </message>
</context>
<context>
    <name>poor_quality_costs</name>
    <message>
        <source>no delivery {number!r} of this supplier</source>
        <translation>keine Lieferung {number!r} dieses Lieferanten</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>prospect never audited: qualification audit</source>
        <translation>potenzieller Lieferant, nie auditiert: Qualifizierungsaudit</translation>
    </message>
    <message>
        <source>no audit on record</source>
        <translation>kein Audit erfasst</translation>
    </message>
    <message>
        <source>{reason}: every {months} months since {reference} ({date})</source>
        <translation>{reason}: alle {months} Monate seit {reference} ({date})</translation>
    </message>
    <message>
        <source>{reference} graded {grade}: follow-up within {months} months</source>
        <translation>{reference} mit {grade} eingestuft: Nachaudit innerhalb von {months} Monaten</translation>
    </message>
    <message>
        <source>risk class {risk_class}</source>
        <translation>Risikoklasse {risk_class}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>cancelled; nothing was kept</source>
        <translation>abgebrochen; nichts wurde behalten</translation>
    </message>
</context>
<context>
    <name>questionnaire_read</name>
    <message>
        <source>{cell} (row {row}, column {heading})</source>
        <translation>{cell} (Zeile {row}, Spalte {heading})</translation>
    </message>
    <message>
        <source>{cell}: the form&apos;s hidden data is damaged</source>
        <translation>{cell}: die verborgenen Daten des Formulars sind beschädigt</translation>
    </message>
    <message>
        <source>{sheet}: the form id, checklist, supplier, date or check value is missing</source>
        <translation>{sheet}: Formular-ID, Checkliste, Lieferant, Datum oder Prüfwert fehlen</translation>
    </message>
    <message>
        <source>{where}: say who filled in the form (a name)</source>
        <translation>{where}: geben Sie an, wer das Formular ausgefüllt hat (einen Namen)</translation>
    </message>
    <message>
        <source>{where}: at most {limit} characters, not {count}</source>
        <translation>{where}: höchstens {limit} Zeichen, nicht {count}</translation>
    </message>
    <message>
        <source>{where}: {text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {text!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{sheet}: question {qid} is not in checklist {key}</source>
        <translation>{sheet}: Frage {qid} ist nicht in Checkliste {key}</translation>
    </message>
    <message>
        <source>{where}, question {qid}</source>
        <translation>{where}, Frage {qid}</translation>
    </message>
    <message>
        <source>{where}: this question is answered yes or no; it has no {na}</source>
        <translation>{where}: diese Frage wird mit ja oder nein beantwortet; sie hat kein {na}</translation>
    </message>
    <message>
        <source>{where}: {na} needs the reason in the comment ({comment})</source>
        <translation>{where}: {na} braucht die Begründung im Kommentar ({comment})</translation>
    </message>
    <message>
        <source>{text!r} is not a score of this checklist ({allowed})</source>
        <translation>{text!r} ist keine Punktzahl dieser Checkliste ({allowed})</translation>
    </message>
    <message>
        <source>{text!r} is not {allowed}</source>
        <translation>{text!r} ist nicht {allowed}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{text!r} is not one of {options}</source>
        <translation>{text!r} ist keine der Optionen {options}</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{text} lies outside {bounds}</source>
        <translation>{text} liegt außerhalb von {bounds}</translation>
    </message>
    <message>
        <source>{where}, question {qid}: answered, but it applies only when {condition}; leave it empty</source>
        <translation>{where}, Frage {qid}: beantwortet, gilt aber nur, wenn {condition}; lassen Sie sie leer</translation>
    </message>
</context>
<context>
    <name>record_ids</name>
    <message>
        <source>{what} id {prefix!r}: give at least {MIN_PREFIX} characters</source>
        <translation>{what}-ID {prefix!r}: geben Sie mindestens {MIN_PREFIX} Zeichen an</translation>
    </message>
    <message>
        <source>no {what} with an id starting {text}</source>
        <translation>kein Datensatz ({what}) mit einer ID, die mit {text} beginnt</translation>
    </message>
    <message>
        <source>several {what}s have an id starting {text}; give more of it</source>
        <translation>mehrere Datensätze ({what}) haben eine ID, die mit {text} beginnt; geben Sie mehr davon an</translation>
    </message>
</context>
<context>
    <name>report_data</name>
    <message>
        <source>no CAPA: {reason}</source>
        <translation>keine CAPA: {reason}</translation>
    </message>
    <message>
        <source>no audit with id {audit_id}</source>
        <translation>kein Audit mit der ID {audit_id}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <source>{what} must be a whole number from 1 to 5; got {value}</source>
        <translation>{what} muss eine ganze Zahl von 1 bis 5 sein; angegeben: {value}</translation>
    </message>
    <message>
        <source>the supplier&apos;s own risk class ({risk_class})</source>
        <translation>die eigene Risikoklasse des Lieferanten ({risk_class})</translation>
    </message>
    <message>
        <source>; its highest open risk scores {score} ({risk_class})</source>
        <translation>; sein höchstes offenes Risiko erreicht {score} ({risk_class})</translation>
    </message>
    <message>
        <source>raised from {own} by the open {category} risk “{description}”: likelihood {likelihood} × impact {impact} = {score} ({risk_class})</source>
        <translation>von {own} angehoben durch das offene Risiko „{description}“ ({category}): Wahrscheinlichkeit {likelihood} × Auswirkung {impact} = {score} ({risk_class})</translation>
    </message>
</context>
<context>
    <name>safe_xlsx</name>
    <message>
        <source>openpyxl is not installed; reinstall SQMS Desktop</source>
        <translation>openpyxl ist nicht installiert; installieren Sie SQMS Desktop neu</translation>
    </message>
    <message>
        <source>openpyxl is not using defusedxml, so spreadsheets could attack this computer (XML bombs); install the &apos;defusedxml&apos; package and start again</source>
        <translation>openpyxl verwendet nicht defusedxml, daher könnten Tabellen diesen Computer angreifen (XML-Bomben); installieren Sie das Paket &apos;defusedxml&apos; und starten Sie erneut</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({why})</source>
        <translation>{path}: die Datei kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>{name}: the file is {size:,} bytes; the limit is 50 MB</source>
        <translation>{name}: die Datei hat {size:,} Bytes; die Grenze liegt bei 50 MB</translation>
    </message>
    <message>
        <source>{name}: not an Excel workbook (.xlsx is a ZIP file; this is not)</source>
        <translation>{name}: keine Excel-Arbeitsmappe (.xlsx ist eine ZIP-Datei; diese nicht)</translation>
    </message>
    <message>
        <source>{name}: a damaged ZIP file, not a workbook ({error})</source>
        <translation>{name}: eine beschädigte ZIP-Datei, keine Arbeitsmappe ({error})</translation>
    </message>
    <message>
        <source>{name}: {count} parts inside; at most {limit}</source>
        <translation>{name}: {count} Teile darin; höchstens {limit}</translation>
    </message>
    <message>
        <source>{name}: unsafe part name {part!r} inside</source>
        <translation>{name}: unsicherer Teilname {part!r} darin</translation>
    </message>
    <message>
        <source>{name}: part {part!r} appears twice</source>
        <translation>{name}: Teil {part!r} kommt zweimal vor</translation>
    </message>
    <message>
        <source>{name}: part {part!r} unpacks {size:,} bytes from {packed:,} (a ZIP bomb?)</source>
        <translation>{name}: Teil {part!r} entpackt {size:,} Bytes aus {packed:,} (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>{name}: unpacks to {total:,} bytes; the limit is 200 MB</source>
        <translation>{name}: entpackt {total:,} Bytes; die Grenze liegt bei 200 MB</translation>
    </message>
    <message>
        <source>{name}: not an Excel workbook ({part} is missing)</source>
        <translation>{name}: keine Excel-Arbeitsmappe ({part} fehlt)</translation>
    </message>
    <message>
        <source>{name}: part {part!r} is damaged and cannot be unpacked ({error})</source>
        <translation>{name}: Teil {part!r} ist beschädigt und kann nicht entpackt werden ({error})</translation>
    </message>
    <message>
        <source>{name}: part {part!r} declares a DTD or an entity (&lt;!DOCTYPE or &lt;!ENTITY), which no workbook needs; refused as an XML attack</source>
        <translation>{name}: Teil {part!r} deklariert eine DTD oder eine Entität (&lt;!DOCTYPE oder &lt;!ENTITY), die keine Arbeitsmappe braucht; als XML-Angriff abgewiesen</translation>
    </message>
    <message>
        <source>{name}: the workbook cannot be read ({error})</source>
        <translation>{name}: die Arbeitsmappe kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>it holds more than {limit:,} cells</source>
        <translation>es enthält mehr als {limit:,} Zellen</translation>
    </message>
    <message>
        <source>row {row} holds a value; at most {limit:,} rows are read</source>
        <translation>Zeile {row} enthält einen Wert; höchstens {limit:,} Zeilen werden gelesen</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r}: the sheet cannot be read ({error})</source>
        <translation>{file}, Tabellenblatt {sheet!r}: das Tabellenblatt kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>cell {cell} holds a value; at most {limit:,} columns are read</source>
        <translation>Zelle {cell} enthält einen Wert; höchstens {limit:,} Spalten werden gelesen</translation>
    </message>
    <message>
        <source>cell {cell} holds {count:,} characters; the limit is {limit:,}</source>
        <translation>Zelle {cell} enthält {count:,} Zeichen; die Grenze liegt bei {limit:,}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r}: {reason}</source>
        <translation>{file}, Tabellenblatt {sheet!r}: {reason}</translation>
    </message>
</context>
<context>
    <name>scar_read</name>
    <message>
        <source>{cell}: the form&apos;s hidden map is damaged</source>
        <translation>{cell}: die verborgene Zuordnung des Formulars ist beschädigt</translation>
    </message>
    <message>
        <source>{sheet}: the CAPA id, reference or checksum is missing</source>
        <translation>{sheet}: CAPA-ID, Referenz oder Prüfsumme fehlen</translation>
    </message>
</context>
<context>
    <name>scorecard</name>
    <message>
        <source>Least-squares line through {n} periods: {slope} points per period (value {value} at {period}); forecast {forecast}.</source>
        <translation>Ausgleichsgerade durch {n} Perioden: {slope} Punkte pro Periode (Wert {value} in {period}); Prognose {forecast}.</translation>
    </message>
    <message>
        <source>Falls below band {band}&apos;s lower bound of {bound} in {period}.</source>
        <translation>Fällt in {period} unter die Untergrenze {bound} der Klasse {band}.</translation>
    </message>
    <message>
        <source>No current score: no flag.</source>
        <translation>Keine aktuelle Punktzahl: keine Warnung.</translation>
    </message>
    <message>
        <source>Band C has no band below it: no flag.</source>
        <translation>Unter Klasse C gibt es keine Klasse: keine Warnung.</translation>
    </message>
    <message>
        <source>Stays at or above band {band}&apos;s lower bound of {bound}.</source>
        <translation>Bleibt auf oder über der Untergrenze {bound} der Klasse {band}.</translation>
    </message>
    <message>
        <source>Band C in {n} periods in a row ({periods}): put on probation.</source>
        <translation>Klasse C in {n} Perioden nacheinander ({periods}): auf Bewährung setzen.</translation>
    </message>
    <message>
        <source>Band A in {n} periods in a row ({periods}) and no open major finding: recognise as a preferred supplier.</source>
        <translation>Klasse A in {n} Perioden nacheinander ({periods}) und keine offene Hauptabweichung: als Vorzugslieferant anerkennen.</translation>
    </message>
    <message>
        <source>Expired without a valid successor on {date}: {certificates}. Approve only conditionally until a valid certificate is shown.</source>
        <translation>Am {date} ohne gültigen Nachfolger abgelaufen: {certificates}. Nur bedingt freigeben, bis ein gültiges Zertifikat vorliegt.</translation>
    </message>
    <message>
        <source>No quantity received in the period: no PPM.</source>
        <translation>Im Zeitraum keine Menge eingegangen: kein ppm-Wert.</translation>
    </message>
    <message>
        <source>{ppm} PPM against the quality agreement&apos;s target of {target} PPM</source>
        <translation>{ppm} ppm gegenüber dem Ziel der QSV von {target} ppm</translation>
    </message>
    <message>
        <source>{ppm} PPM against the default target of {target} PPM</source>
        <translation>{ppm} ppm gegenüber dem Standardziel von {target} ppm</translation>
    </message>
    <message>
        <source>{said}: at or below the target, 100.</source>
        <translation>{said}: auf oder unter dem Ziel, 100.</translation>
    </message>
    <message>
        <source>{said}: at or above the ceiling of {ceiling} PPM, 0.</source>
        <translation>{said}: auf oder über der Obergrenze von {ceiling} ppm, 0.</translation>
    </message>
    <message>
        <source>{said}: falling in a straight line from 100 at the target to 0 at {ceiling} PPM, {value}.</source>
        <translation>{said}: linear fallend von 100 am Ziel bis 0 bei {ceiling} ppm, {value}.</translation>
    </message>
    <message>
        <source>No deliveries in the period.</source>
        <translation>Keine Lieferungen im Zeitraum.</translation>
    </message>
    <message>
        <source>{pct} % of {deliveries} deliveries on time</source>
        <translation>{pct} % von {deliveries} Lieferungen termingerecht</translation>
    </message>
    <message>
        <source>{said}: the part is that share.</source>
        <translation>{said}: Der Teil ist dieser Anteil.</translation>
    </message>
    <message>
        <source>target met, 100</source>
        <translation>Ziel erreicht, 100</translation>
    </message>
    <message>
        <source>{value} % of the target</source>
        <translation>{value} % des Ziels</translation>
    </message>
    <message>
        <source>{said} against the quality agreement&apos;s target of {target} %: {met}.</source>
        <translation>{said} gegenüber dem Ziel der QSV von {target} %: {met}.</translation>
    </message>
    <message>
        <source>Never audited (no scored audit up to the period).</source>
        <translation>Nie auditiert (kein bewertetes Audit bis zum Zeitraum).</translation>
    </message>
    <message>
        <source>The latest scored audit, {reference} of {date}, scored {score} %.</source>
        <translation>Das letzte bewertete Audit, {reference} vom {date}, erreichte {score} %.</translation>
    </message>
    <message>
        <source>No CAPA stage was due in the last {months} months.</source>
        <translation>In den letzten {months} Monaten war keine CAPA-Stufe fällig.</translation>
    </message>
    <message>
        <source>; mean days to containment {days}</source>
        <translation>; mittlere Tage bis zur Sofortmaßnahme {days}</translation>
    </message>
    <message>
        <source>{on_time} of {due} CAPA stages due in the last {months} months accepted on time: {value}</source>
        <translation>{on_time} von {due} in den letzten {months} Monaten fälligen CAPA-Stufen termingerecht angenommen: {value}</translation>
    </message>
    <message>
        <source>Left out; the other parts&apos; weights are scaled up.</source>
        <translation>Entfällt; die Gewichte der anderen Teile werden hochskaliert.</translation>
    </message>
    <message>
        <source>Weight {weight} % scaled to {share} % ({without} without data).</source>
        <translation>Gewicht {weight} % skaliert auf {share} % ({without} ohne Daten).</translation>
    </message>
    <message>
        <source>No part has data: no score and no band.</source>
        <translation>Kein Teil hat Daten: keine Punktzahl und keine Klasse.</translation>
    </message>
    <message>
        <source>The parts with data all weigh 0 %: no score and no band.</source>
        <translation>Die Teile mit Daten wiegen alle 0 %: keine Punktzahl und keine Klasse.</translation>
    </message>
    <message>
        <source>Score {score}: band {band} (from {bound}).</source>
        <translation>Punktzahl {score}: Klasse {band} (ab {bound}).</translation>
    </message>
</context>
<context>
    <name>scores</name>
    <message>
        <source>no audit with id {audit_id}</source>
        <translation>kein Audit mit der ID {audit_id}</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>scheme must be one of {SCHEMES}; got {scheme!r}</source>
        <translation>das Bewertungsschema muss eines von {SCHEMES} sein; angegeben: {scheme!r}</translation>
    </message>
    <message>
        <source>question {qid} appears twice in the checklist</source>
        <translation>Frage {qid} kommt zweimal in der Checkliste vor</translation>
    </message>
    <message>
        <source>question {qid}: a {scheme} checklist cannot score a {type} question (it scores {allowed})</source>
        <translation>Frage {qid}: eine Checkliste nach {scheme} kann keine Frage vom Typ {type} bewerten (sie bewertet {allowed})</translation>
    </message>
    <message>
        <source>question {qid} has an unknown type {type!r}</source>
        <translation>Frage {qid} hat einen unbekannten Typ {type!r}</translation>
    </message>
    <message>
        <source>answer to {qid}, which is not in the checklist</source>
        <translation>Antwort auf {qid}, die nicht in der Checkliste ist</translation>
    </message>
    <message>
        <source>question {qid} is answered twice</source>
        <translation>Frage {qid} ist zweimal beantwortet</translation>
    </message>
    <message>
        <source>question {qid} has evaluations and is also marked not evaluated or N/A</source>
        <translation>Frage {qid} hat Bewertungen und ist zugleich als nicht bewertet oder N/A markiert</translation>
    </message>
    <message>
        <source>question {qid} is marked both not evaluated and N/A</source>
        <translation>Frage {qid} ist sowohl als nicht bewertet als auch als N/A markiert</translation>
    </message>
    <message>
        <source>N/A policy must be exclude or zero; got {na_policy!r}</source>
        <translation>die N/A-Regel muss exclude oder zero sein; angegeben: {na_policy!r}</translation>
    </message>
    <message>
        <source>question {qid}: {value!r} is not yes, no or na</source>
        <translation>Frage {qid}: {value!r} ist nicht yes, no oder na</translation>
    </message>
    <message>
        <source>question {qid}: {value!r} is not {what} ({shown})</source>
        <translation>Frage {qid}: {value!r} ist nicht {what} ({shown})</translation>
    </message>
    <message>
        <source>process step {step}</source>
        <translation>Prozessschritt {step}</translation>
    </message>
    <message>
        <source>product group {product_group}</source>
        <translation>Produktgruppe {product_group}</translation>
    </message>
    <message>
        <source>VDA 6.3 downgrades to B for an element, sub-element or process step below 80 %, a star question scored 4 or any question scored 0; to C for an element or process step below 70 % or a star question scored 0.</source>
        <translation>VDA 6.3 stuft auf B ab bei einem Element, Unterelement oder Prozessschritt unter 80 %, einer Sternfrage mit 4 Punkten oder einer Frage mit 0 Punkten; auf C bei einem Element oder Prozessschritt unter 70 % oder einer Sternfrage mit 0 Punkten.</translation>
    </message>
    <message>
        <source>{because}: the grade is at most {grade}</source>
        <translation>{because}: die Einstufung ist höchstens {grade}</translation>
    </message>
    <message>
        <source>A knock-out question scored 0 or answered no caps the grade at C.</source>
        <translation>Eine K.-o.-Frage mit 0 Punkten oder mit nein beantwortet begrenzt die Einstufung auf C.</translation>
    </message>
    <message>
        <source>The yes/no scheme grades the share of yes answers only; every no is a finding proposal.</source>
        <translation>Das Ja/Nein-Schema bewertet nur den Anteil der Ja-Antworten; jedes Nein ist ein Vorschlag für eine Feststellung.</translation>
    </message>
</context>
<context>
    <name>self_assessment</name>
    <message>
        <source>no checklist template {key!r}</source>
        <translation>keine Checklisten-Vorlage {key!r}</translation>
    </message>
    <message>
        <source>checklist {key} has no released version; release one first</source>
        <translation>Checkliste {key} hat keine freigegebene Version; geben Sie zuerst eine frei</translation>
    </message>
    <message>
        <source>checklist {key} v{version} is {status}; a questionnaire is made from a released version</source>
        <translation>Checkliste {key} v{version} hat den Status {status}; ein Fragebogen wird aus einer freigegebenen Version erstellt</translation>
    </message>
    <message>
        <source>checklist {key} has no version {version} (it has {versions})</source>
        <translation>Checkliste {key} hat keine Version {version} (sie hat {versions})</translation>
    </message>
    <message>
        <source>no checklist template with id {template_id}</source>
        <translation>keine Checklisten-Vorlage mit der ID {template_id}</translation>
    </message>
    <message>
        <source>no supplier with id {supplier_id}</source>
        <translation>kein Lieferant mit der ID {supplier_id}</translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>the record was changed after it was signed</source>
        <translation>der Datensatz wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>the record was reopened after it was signed</source>
        <translation>der Datensatz wurde nach dem Signieren wieder geöffnet</translation>
    </message>
    <message>
        <source>no {entity} with id {record_id}</source>
        <translation>kein Datensatz ({entity}) mit der ID {record_id}</translation>
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
        <source>{name}, {meaning}, {time} (record version {version}): {state}</source>
        <translation>{name}, {meaning}, {time} (Datensatzversion {version}): {state}</translation>
    </message>
    <message>
        <source>the signer&apos;s key was changed outside a trailed key change</source>
        <translation>der Schlüssel des Unterzeichners wurde außerhalb eines im Audit-Trail erfassten Schlüsselwechsels geändert</translation>
    </message>
    <message>
        <source>signed with a key that was not the signer&apos;s at that time</source>
        <translation>mit einem Schlüssel signiert, der zu diesem Zeitpunkt nicht der des Unterzeichners war</translation>
    </message>
    <message>
        <source>the signature does not match what it claims to sign</source>
        <translation>die Signatur passt nicht zu dem, was sie zu signieren vorgibt</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>no trail key of {location} is on this computer (looked in {key_folder}); it is made with the store&apos;s first change</source>
        <translation>kein Audit-Trail-Schlüssel von {location} ist auf diesem Computer (gesucht in {key_folder}); er wird mit der ersten Änderung der Datenbank erzeugt</translation>
    </message>
</context>
<context>
    <name>store_settings</name>
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
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Weight of quality (PPM)</source>
        <translation>Gewicht der Qualität (ppm)</translation>
    </message>
    <message>
        <source>Weight of on-time delivery</source>
        <translation>Gewicht der Liefertermintreue</translation>
    </message>
    <message>
        <source>Weight of the latest audit</source>
        <translation>Gewicht des letzten Audits</translation>
    </message>
    <message>
        <source>Weight of CAPA responsiveness</source>
        <translation>Gewicht der CAPA-Reaktionsfähigkeit</translation>
    </message>
    <message>
        <source>Band A from score</source>
        <translation>Klasse A ab Punktzahl</translation>
    </message>
    <message>
        <source>Band B from score</source>
        <translation>Klasse B ab Punktzahl</translation>
    </message>
    <message>
        <source>PPM target (quality 100)</source>
        <translation>ppm-Ziel (Qualität 100)</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>ppm</translation>
    </message>
    <message>
        <source>PPM ceiling (quality 0)</source>
        <translation>ppm-Obergrenze (Qualität 0)</translation>
    </message>
    <message>
        <source>On time if early by up to</source>
        <translation>Noch termingerecht bei früherer Lieferung um bis zu</translation>
    </message>
    <message>
        <source>On time if late by up to</source>
        <translation>Noch termingerecht bei späterer Lieferung um bis zu</translation>
    </message>
    <message>
        <source>Audit every, high risk</source>
        <translation>Audit alle, hohes Risiko</translation>
    </message>
    <message>
        <source>Audit every, medium risk</source>
        <translation>Audit alle, mittleres Risiko</translation>
    </message>
    <message>
        <source>Audit every, low risk</source>
        <translation>Audit alle, niedriges Risiko</translation>
    </message>
    <message>
        <source>Follow up an audit graded C within</source>
        <translation>Folgeaudit nach Bewertung C innerhalb von</translation>
    </message>
    <message>
        <source>Follow up an audit graded B within</source>
        <translation>Folgeaudit nach Bewertung B innerhalb von</translation>
    </message>
    <message>
        <source>Lock an account after five wrong passwords for</source>
        <translation>Konto nach fünf falschen Passwörtern sperren für</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Keep rolling backups for</source>
        <translation>Laufende Sicherungen aufbewahren für</translation>
    </message>
    <message>
        <source>{key!r} is not a store-wide setting (known: {known})</source>
        <translation>{key!r} ist keine Einstellung der Datenbank (bekannt: {known})</translation>
    </message>
    <message>
        <source>{label} must lie between {minimum} and {maximum}; got {value}</source>
        <translation>{label} muss zwischen {minimum} und {maximum} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>{label} takes a whole number; got {text!r}</source>
        <translation>{label} erwartet eine ganze Zahl; erhalten: {text!r}</translation>
    </message>
    <message>
        <source>{label} is one line of text</source>
        <translation>{label} ist eine Textzeile</translation>
    </message>
    <message>
        <source>{label} takes at most {maximum} characters; got {count}</source>
        <translation>{label} darf höchstens {maximum} Zeichen haben; erhalten: {count}</translation>
    </message>
    <message>
        <source>the weights of quality, delivery, audit and responsiveness must add up to 100; {terms} = {total}</source>
        <translation>die Gewichte von Qualität, Lieferung, Audit und Reaktionsfähigkeit müssen zusammen 100 ergeben; {terms} = {total}</translation>
    </message>
    <message>
        <source>band A must start above band B; got A from {a}, B from {b}</source>
        <translation>Klasse A muss über Klasse B beginnen; erhalten: A ab {a}, B ab {b}</translation>
    </message>
    <message>
        <source>the PPM target must lie below the PPM ceiling; got {target} and {ceiling}</source>
        <translation>das ppm-Ziel muss unter der ppm-Obergrenze liegen; erhalten: {target} und {ceiling}</translation>
    </message>
    <message>
        <source>CAPA stages are due in order: {stage} ({days} days) comes before {earlier} ({earlier_days} days)</source>
        <translation>CAPA-Stufen sind der Reihe nach fällig: {stage} ({days} Tage) läge vor {earlier} ({earlier_days} Tage)</translation>
    </message>
</context>
<context>
    <name>supplier_detail</name>
    <message>
        <source>, overdue</source>
        <translation>, überfällig</translation>
    </message>
    <message>
        <source>no supplier with id {supplier_id}</source>
        <translation>kein Lieferant mit der ID {supplier_id}</translation>
    </message>
</context>
<context>
    <name>supplier_history</name>
    <message>
        <source>created as {status}</source>
        <translation>angelegt als {status}</translation>
    </message>
</context>
<context>
    <name>suppliers</name>
    <message>
        <source>no supplier {code}</source>
        <translation>kein Lieferant {code}</translation>
    </message>
    <message>
        <source>the supplier has no site {name!r} (its sites: {known})</source>
        <translation>der Lieferant hat keinen Standort {name!r} (seine Standorte: {known})</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>edited {field}</source>
        <translation>{field} bearbeitet</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <source>the mapping names {field!r}, which is not a field (fields: {fields})</source>
        <translation>die Zuordnung nennt {field!r}, das kein Feld ist (Felder: {fields})</translation>
    </message>
    <message>
        <source>the mapping reads {field} from the column {wanted!r}, which the file does not have (its columns: {shown})</source>
        <translation>die Zuordnung liest {field} aus der Spalte {wanted!r}, die die Datei nicht hat (ihre Spalten: {shown})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>the columns {both} both read as {field}; map one of them</source>
        <translation>die Spalten {both} werden beide als {field} gelesen; ordnen Sie eine davon zu</translation>
    </message>
    <message>
        <source>the column is mapped to {names}; map it to one field</source>
        <translation>die Spalte ist {names} zugeordnet; ordnen Sie sie einem Feld zu</translation>
    </message>
    <message>
        <source>no column for the required field {field} (name a column {field!r} or map one to it; the file&apos;s columns: {shown})</source>
        <translation>keine Spalte für das Pflichtfeld {field} (benennen Sie eine Spalte {field!r} oder ordnen Sie ihm eine zu; die Spalten der Datei: {shown})</translation>
    </message>
    <message>
        <source>not a text file: it holds binary data</source>
        <translation>keine Textdatei: sie enthält Binärdaten</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; save the file as CSV UTF-8</source>
        <translation>Zeile {line} ist kein gültiger Text in {encoding}; speichern Sie die Datei als CSV UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1252</source>
        <translation>UTF-8 oder Windows-1252</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; the limit is {limit} MB</source>
        <translation>die Datei hat {size:,} Bytes; die Grenze liegt bei {limit} MB</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>die Datei kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the CSV cannot be read after record {record}: {error}</source>
        <translation>die CSV-Datei kann nach Datensatz {record} nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>formulas are not accepted; type the value itself</source>
        <translation>Formeln werden nicht angenommen; geben Sie den Wert selbst ein</translation>
    </message>
    <message>
        <source>a CSV file has no sheets</source>
        <translation>eine CSV-Datei hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>a {suffix} file</source>
        <translation>eine {suffix}-Datei</translation>
    </message>
    <message>
        <source>a file without an extension</source>
        <translation>eine Datei ohne Endung</translation>
    </message>
    <message>
        <source>{kind}; import reads {suffixes} files</source>
        <translation>{kind}; der Import liest {suffixes}-Dateien</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r} (sheets: {names})</source>
        <translation>es gibt kein Tabellenblatt {sheet!r} (Tabellenblätter: {names})</translation>
    </message>
    <message>
        <source>the cell holds the error {value}; type the value itself</source>
        <translation>die Zelle enthält den Fehler {value}; geben Sie den Wert selbst ein</translation>
    </message>
    <message>
        <source>the sheet {sheet!r} holds no rows</source>
        <translation>das Tabellenblatt {sheet!r} enthält keine Zeilen</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>die Datei enthält keine Zeilen</translation>
    </message>
    <message>
        <source>column {letter}: {reason}</source>
        <translation>Spalte {letter}: {reason}</translation>
    </message>
    <message>
        <source>the header {text!r} appears twice (columns {first} and {second})</source>
        <translation>die Überschrift {text!r} kommt zweimal vor (Spalten {first} und {second})</translation>
    </message>
    <message>
        <source>a value in column {letter}, which has no header ({text!r})</source>
        <translation>ein Wert in Spalte {letter}, die keine Überschrift hat ({text!r})</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>Tabellenblatt {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>column {column!r}</source>
        <translation>Spalte {column!r}</translation>
    </message>
    <message>
        <source>{n} problem; nothing was imported:
{shown}</source>
        <translation>{n} Problem; nichts wurde importiert:
{shown}</translation>
    </message>
    <message>
        <source>{n} problem(s); nothing was imported:
{shown}</source>
        <translation>{n} Probleme; nichts wurde importiert:
{shown}</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>no checklist template {key!r}</source>
        <translation>keine Checklisten-Vorlage {key!r}</translation>
    </message>
    <message>
        <source>template {key} has no version {version} (it has {versions})</source>
        <translation>Vorlage {key} hat keine Version {version} (sie hat {versions})</translation>
    </message>
    <message>
        <source>no checklist template with id {template_id}</source>
        <translation>keine Checklisten-Vorlage mit der ID {template_id}</translation>
    </message>
</context>
<context>
    <name>trail_integrity</name>
    <message>
        <source>checkpoint at trail entry #{seq} ({occasion} {ref}, signed by {who}): {problem}</source>
        <translation>Prüfpunkt bei Audit-Trail-Eintrag #{seq} ({occasion} {ref}, signiert von {who}): {problem}</translation>
    </message>
    <message>
        <source>trail entry #{seq}: the electronic signature {record_id} has no checkpoint (its signed trail head was removed)</source>
        <translation>Audit-Trail-Eintrag #{seq}: die elektronische Signatur {record_id} hat keinen Prüfpunkt (ihr signierter Trail-Stand wurde entfernt)</translation>
    </message>
    <message>
        <source>trail entry #{seq}: the bundle {record_id} has no checkpoint (its signed trail head was removed)</source>
        <translation>Audit-Trail-Eintrag #{seq}: das Paket {record_id} hat keinen Prüfpunkt (sein signierter Trail-Stand wurde entfernt)</translation>
    </message>
    <message>
        <source>that entry is no longer in the trail</source>
        <translation>dieser Eintrag ist nicht mehr im Audit-Trail</translation>
    </message>
    <message>
        <source>the trail up to it was rewritten after it was signed</source>
        <translation>der Audit-Trail bis dorthin wurde nach dem Signieren umgeschrieben</translation>
    </message>
    <message>
        <source>its signature does not match the head it claims</source>
        <translation>seine Signatur passt nicht zu dem Trail-Stand, den er angibt</translation>
    </message>
    <message>
        <source>its signer is not a user of this store</source>
        <translation>sein Unterzeichner ist kein Benutzer dieser Datenbank</translation>
    </message>
    <message>
        <source>it is not signed with the replica&apos;s key</source>
        <translation>er ist nicht mit dem Schlüssel des Replikats signiert</translation>
    </message>
    <message>
        <source>signature {signature} on {entity} {record_id} ({name}, {meaning}): {problem}</source>
        <translation>Signatur {signature} auf {entity} {record_id} ({name}, {meaning}): {problem}</translation>
    </message>
    <message>
        <source>there is no signature at all</source>
        <translation>es gibt überhaupt keine Signatur</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>audit {reference} is {status} without a valid signature ({why})</source>
        <translation>Audit {reference} hat den Status {status}, aber keine gültige Signatur ({why})</translation>
    </message>
</context>
<context>
    <name>vda63</name>
    <message>
        <source>VDA 6.3 edition must be 2016 or 2023; got {edition!r}</source>
        <translation>die Ausgabe von VDA 6.3 muss 2016 oder 2023 sein; angegeben: {edition!r}</translation>
    </message>
    <message>
        <source>no question was evaluated</source>
        <translation>keine Frage wurde bewertet</translation>
    </message>
    <message>
        <source>question {qid}: VDA 6.3 element must be one of P2 to P7; got {element!r}</source>
        <translation>Frage {qid}: das VDA-6.3-Element muss eines von P2 bis P7 sein; angegeben: {element!r}</translation>
    </message>
    <message>
        <source>question {qid}: only P6 questions have a sub-element, one of U1 to U6; got {element} {sub_element!r}</source>
        <translation>Frage {qid}: nur P6-Fragen haben ein Unterelement, eines von U1 bis U6; angegeben: {element} {sub_element!r}</translation>
    </message>
    <message>
        <source>question {qid} is marked not evaluated (n.e.) without a reason; VDA 6.3 asks for the reason</source>
        <translation>Frage {qid} ist ohne Begründung als nicht bewertet (n.b.) markiert; VDA 6.3 verlangt die Begründung</translation>
    </message>
    <message>
        <source>a VDA 6.3 score</source>
        <translation>eine VDA-6.3-Punktzahl</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>P6 sub-element</source>
        <translation>P6-Unterelement</translation>
    </message>
    <message>
        <source>process step</source>
        <translation>Prozessschritt</translation>
    </message>
    <message>
        <source>{what}: only {evaluated} of {total} questions evaluated; VDA 6.3 needs at least 2/3 ({needed}) to rate the audit</source>
        <translation>{what}: nur {evaluated} von {total} Fragen bewertet; VDA 6.3 braucht mindestens 2/3 ({needed}), um das Audit einzustufen</translation>
    </message>
    <message>
        <source>{what} is at {whole} % (rounded), below {limit} %</source>
        <translation>{what} liegt bei {whole} % (gerundet), unter {limit} %</translation>
    </message>
    <message>
        <source>star question {qid} was scored 0{where}</source>
        <translation>Sternfrage {qid} wurde mit 0 bewertet{where}</translation>
    </message>
    <message>
        <source>question {qid} was scored 0{where}</source>
        <translation>Frage {qid} wurde mit 0 bewertet{where}</translation>
    </message>
    <message>
        <source>star question {qid} was scored 4{where}</source>
        <translation>Sternfrage {qid} wurde mit 4 bewertet{where}</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Prospect</source>
        <translation>Potenzieller Lieferant</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt freigegeben</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Auf Bewährung</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachaudit</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbstbewertung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Bericht herausgegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>Hauptabweichung</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>Nebenabweichung</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Gute Praxis</translation>
    </message>
    <message>
        <source>Critical nonconformity</source>
        <translation>Kritische Abweichung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>CAPA raised</source>
        <translation>CAPA eröffnet</translation>
    </message>
    <message>
        <source>Corrective</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Vorbeugung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>VDA 6.3</source>
        <translation>VDA 6.3</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Yes/No/N/A</source>
        <translation>Ja/Nein/Entfällt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Authored</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
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
        <source>Preferred supplier</source>
        <translation>Vorzugslieferant</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Process improvement</source>
        <translation>Prozessverbesserung</translation>
    </message>
    <message>
        <source>QMS tool adoption</source>
        <translation>Einführung eines QM-Werkzeugs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <source>Premium freight</source>
        <translation>Sonderfracht</translation>
    </message>
    <message>
        <source>Line stoppage</source>
        <translation>Bandstillstand</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Einzelquelle</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Planned late</source>
        <translation>Zu spät geplant</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>Läuft innerhalb von 30 Tagen ab</translation>
    </message>
    <message>
        <source>Expires within 90 days</source>
        <translation>Läuft innerhalb von 90 Tagen ab</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
        <source>Left out of the score</source>
        <translation>Nicht in der Punktzahl berücksichtigt</translation>
    </message>
    <message>
        <source>Counted as zero</source>
        <translation>Als null gewertet</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Zentrale Datenbank</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation>Kundenreklamation</translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation>Wareneingangsprüfung</translation>
    </message>
    <message>
        <source>Field failure</source>
        <translation>Feldausfall</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
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
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>weighted</name>
    <message>
        <source>question {qid}: &apos;not evaluated&apos; is a VDA 6.3 notion; a weighted checklist answers N/A</source>
        <translation>Frage {qid}: „nicht bewertet“ ist ein Begriff aus VDA 6.3; eine gewichtete Checkliste antwortet N/A</translation>
    </message>
    <message>
        <source>knock-out question {qid} was {knocked_out}</source>
        <translation>K.-o.-Frage {qid} wurde {knocked_out}</translation>
    </message>
    <message>
        <source>no applicable question was answered</source>
        <translation>keine anwendbare Frage wurde beantwortet</translation>
    </message>
    <message>
        <source>question {qid}: weight must be a number of 0 or more; got {weight!r}</source>
        <translation>Frage {qid}: die Gewichtung muss eine Zahl von 0 oder mehr sein; angegeben: {weight!r}</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>eine Punktzahl</translation>
    </message>
    <message>
        <source>scored 0</source>
        <translation>mit 0 bewertet</translation>
    </message>
    <message>
        <source>question {qid}: {value!r} is not yes, no or na</source>
        <translation>Frage {qid}: {value!r} ist nicht yes, no oder na</translation>
    </message>
    <message>
        <source>answered no</source>
        <translation>mit nein beantwortet</translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message>
        <source>{SURVEY}: the sheet is missing</source>
        <translation>{SURVEY}: das Tabellenblatt fehlt</translation>
    </message>
    <message>
        <source>{SURVEY}!A1: the required column &apos;label&apos; is missing</source>
        <translation>{SURVEY}!A1: die Pflichtspalte &apos;label&apos; fehlt</translation>
    </message>
    <message>
        <source>the form holds no questions</source>
        <translation>das Formular enthält keine Fragen</translation>
    </message>
</context>
<context>
    <name>xlsform_logic</name>
    <message>
        <source>it tests whether {name} is answered, which our conditions cannot say</source>
        <translation>sie prüft, ob {name} beantwortet ist, was unsere Bedingungen nicht ausdrücken können</translation>
    </message>
    <message>
        <source>it is a value, not a comparison</source>
        <translation>sie ist ein Wert, kein Vergleich</translation>
    </message>
    <message>
        <source>it compares two answers ({name} and {name2}); a condition compares one answer with a value</source>
        <translation>sie vergleicht zwei Antworten ({name} und {name2}); eine Bedingung vergleicht eine Antwort mit einem Wert</translation>
    </message>
    <message>
        <source>it reads the question&apos;s own answer (&apos;.&apos;)</source>
        <translation>sie liest die eigene Antwort der Frage (&apos;.&apos;)</translation>
    </message>
    <message>
        <source>it compares no answer of another question</source>
        <translation>sie vergleicht keine Antwort einer anderen Frage</translation>
    </message>
    <message>
        <source>{name} is a select_multiple question: our conditions compare a whole answer, not one choice among several</source>
        <translation>{name} ist eine select_multiple-Frage: unsere Bedingungen vergleichen eine ganze Antwort, nicht eine Auswahl unter mehreren</translation>
    </message>
    <message>
        <source>{name} is a photo, which a condition cannot compare</source>
        <translation>{name} ist ein Foto, das eine Bedingung nicht vergleichen kann</translation>
    </message>
    <message>
        <source>it tests whether {name} is empty, which our conditions cannot say (an unanswered question matches no condition)</source>
        <translation>sie prüft, ob {name} leer ist, was unsere Bedingungen nicht ausdrücken können (eine unbeantwortete Frage erfüllt keine Bedingung)</translation>
    </message>
    <message>
        <source>it compares {name} by order ({op}); a condition compares a number by order, other answers only as equal or not</source>
        <translation>sie vergleicht {name} der Größe nach ({op}); eine Bedingung vergleicht nur Zahlen der Größe nach, andere Antworten nur auf Gleichheit</translation>
    </message>
    <message>
        <source>{value!r} is not one of the choices of {name}</source>
        <translation>{value!r} ist keine der Auswahlmöglichkeiten von {name}</translation>
    </message>
    <message>
        <source>it compares the number {name} with the text {value!r}</source>
        <translation>sie vergleicht die Zahl {name} mit dem Text {value!r}</translation>
    </message>
    <message>
        <source>only limits such as &apos;. &gt;= 0 and . &lt;= 100&apos; become a number&apos;s min and max</source>
        <translation>nur Grenzen wie &apos;. &gt;= 0 and . &lt;= 100&apos; werden zu min und max einer Zahl</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>&apos;. {op} {number_text}&apos; leaves the value out, and our min and max include it; write &apos;&gt;=&apos; or &apos;&lt;=&apos;</source>
        <translation>&apos;. {op} {number_text}&apos; schließt den Wert aus, unsere min und max schließen ihn ein; schreiben Sie &apos;&gt;=&apos; oder &apos;&lt;=&apos;</translation>
    </message>
</context>
<context>
    <name>xlsform_sheets</name>
    <message>
        <source>{CHOICES}!A1: the required column {wanted!r} is missing</source>
        <translation>{CHOICES}!A1: die Pflichtspalte {wanted!r} fehlt</translation>
    </message>
    <message>
        <source>{ref}: the choice has no list_name</source>
        <translation>{ref}: die Auswahl hat keinen list_name</translation>
    </message>
    <message>
        <source>{ref}: the choice has no name</source>
        <translation>{ref}: die Auswahl hat keinen name</translation>
    </message>
    <message>
        <source>{ref}: choice {name!r} appears twice in list {list_name!r} (first at {names})</source>
        <translation>{ref}: Auswahl {name!r} kommt zweimal in Liste {list_name!r} vor (zuerst bei {names})</translation>
    </message>
    <message>
        <source>{where}: the label {label!r} holds a &apos;;&apos;, which separates a checklist question&apos;s options; write it without one</source>
        <translation>{where}: die Beschriftung {label!r} enthält ein &apos;;&apos;, das die Optionen einer Checklistenfrage trennt; schreiben Sie sie ohne</translation>
    </message>
    <message>
        <source>{where}: the label {label!r} appears twice in list {name!r} (first at {seen}); a checklist question&apos;s options must differ</source>
        <translation>{where}: die Beschriftung {label!r} kommt zweimal in Liste {name!r} vor (zuerst bei {seen}); die Optionen einer Checklistenfrage müssen sich unterscheiden</translation>
    </message>
</context>
<context>
    <name>xlsform_survey</name>
    <message>
        <source>a calculation is not a question</source>
        <translation>eine Berechnung ist keine Frage</translation>
    </message>
    <message>
        <source>a hidden value is not a question</source>
        <translation>ein verborgener Wert ist keine Frage</translation>
    </message>
    <message>
        <source>the row has a name or a label but no type</source>
        <translation>die Zeile hat einen name oder ein label, aber keinen type</translation>
    </message>
    <message>
        <source>it is form metadata ({lowered})</source>
        <translation>es sind Metadaten des Formulars ({lowered})</translation>
    </message>
    <message>
        <source>it sits in the repeat {name!r}, which was skipped</source>
        <translation>es steht in der Wiederholung {name!r}, die übersprungen wurde</translation>
    </message>
    <message>
        <source>a checklist has no question of this type</source>
        <translation>eine Checkliste hat keine Frage dieses Typs</translation>
    </message>
    <message>
        <source>{value} ({kind}) was skipped: {reason}</source>
        <translation>{value} ({kind}) wurde übersprungen: {reason}</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>die Zeile</translation>
    </message>
    <message>
        <source>its type {kind} is not imported</source>
        <translation>sein Typ {kind} wird nicht importiert</translation>
    </message>
    <message>
        <source>end {kind} without a begin {kind} before it</source>
        <translation>end {kind} ohne ein begin {kind} davor</translation>
    </message>
    <message>
        <source>end {kind} closes the {kind2} {name!r} begun at row {row}; write end {kind2}</source>
        <translation>end {kind} schließt {kind2} {name!r}, begonnen in Zeile {row}; schreiben Sie end {kind2}</translation>
    </message>
    <message>
        <source>repeat {name!r} (rows {row}–{row2}) was skipped with the {skipped} row(s) inside it: a checklist asks each question once</source>
        <translation>Wiederholung {name!r} (Zeilen {row}–{row2}) wurde mit den {skipped} Zeilen darin übersprungen: eine Checkliste stellt jede Frage einmal</translation>
    </message>
    <message>
        <source>the {kind} has no name</source>
        <translation>{kind} hat keinen name</translation>
    </message>
    <message>
        <source>it is a group inside a skipped repeat</source>
        <translation>es ist eine Gruppe in einer übersprungenen Wiederholung</translation>
    </message>
    <message>
        <source>the questions of group {name} are imported without its relevant {expression!r}: {why}</source>
        <translation>die Fragen der Gruppe {name} werden ohne ihr relevant {expression!r} importiert: {why}</translation>
    </message>
    <message>
        <source>it is a repeat, which was skipped</source>
        <translation>es ist eine Wiederholung, die übersprungen wurde</translation>
    </message>
    <message>
        <source>{kind} {name!r} is never closed: its end {kind} is missing</source>
        <translation>{kind} {name!r} wird nie geschlossen: sein end {kind} fehlt</translation>
    </message>
    <message>
        <source>{command} names no choice list</source>
        <translation>{command} nennt keine Auswahlliste</translation>
    </message>
    <message>
        <source>the choice list {list_name!r} is not in the choices sheet</source>
        <translation>die Auswahlliste {list_name!r} ist nicht im Tabellenblatt choices</translation>
    </message>
    <message>
        <source>{name} is imported without {select}: it offers the choices of {list_name!r} only, and no text for another answer</source>
        <translation>{name} wird ohne {select} importiert: es bietet nur die Auswahl aus {list_name!r} und keinen Text für eine andere Antwort</translation>
    </message>
    <message>
        <source>{name} is imported without its choice_filter {choice_filter!r}: it offers every choice of {list_name!r}</source>
        <translation>{name} wird ohne seinen choice_filter {choice_filter!r} importiert: es bietet jede Auswahl aus {list_name!r}</translation>
    </message>
    <message>
        <source>the question has no name</source>
        <translation>die Frage hat keinen name</translation>
    </message>
    <message>
        <source>{name} (note) was skipped: it has no text</source>
        <translation>{name} (note) wurde übersprungen: es hat keinen Text</translation>
    </message>
    <message>
        <source>it is a note without text</source>
        <translation>es ist eine Notiz ohne Text</translation>
    </message>
    <message>
        <source>the name {name!r} is longer than a question id may be ({ID_LIMIT} characters); it is imported as {qid!r}</source>
        <translation>der name {name!r} ist länger, als eine Fragen-ID sein darf ({ID_LIMIT} Zeichen); er wird als {qid!r} importiert</translation>
    </message>
    <message>
        <source>{name} is imported as not required, without its required {given!r}: a checklist question is required or not, never by a rule</source>
        <translation>{name} wird ohne sein required {given!r} als nicht erforderlich importiert: eine Checklistenfrage ist erforderlich oder nicht, nie nach einer Regel</translation>
    </message>
    <message>
        <source>{name} is imported without its relevant {expression!r}: {why}</source>
        <translation>{name} wird ohne sein relevant {expression!r} importiert: {why}</translation>
    </message>
    <message>
        <source>it names the question itself</source>
        <translation>sie nennt die Frage selbst</translation>
    </message>
    <message>
        <source>{name} is not in the checklist: {skipped}</source>
        <translation>{name} ist nicht in der Checkliste: {skipped}</translation>
    </message>
    <message>
        <source>{name} is a group, not a question</source>
        <translation>{name} ist eine Gruppe, keine Frage</translation>
    </message>
    <message>
        <source>{name} comes later in the form (row {later}); a condition reads earlier answers only</source>
        <translation>{name} kommt später im Formular (Zeile {later}); eine Bedingung liest nur frühere Antworten</translation>
    </message>
    <message>
        <source>the form has no question {name!r}</source>
        <translation>das Formular hat keine Frage {name!r}</translation>
    </message>
    <message>
        <source>{name} is imported without its constraint {expression!r}: a checklist question has limits only as a number&apos;s min and max</source>
        <translation>{name} wird ohne sein constraint {expression!r} importiert: eine Checklistenfrage hat Grenzen nur als min und max einer Zahl</translation>
    </message>
    <message>
        <source>{name} is imported without its constraint {expression!r}: {why}</source>
        <translation>{name} wird ohne sein constraint {expression!r} importiert: {why}</translation>
    </message>
    <message>
        <source>{name}: {part!r} is not a number</source>
        <translation>{name}: {part!r} ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>xlsx_form</name>
    <message>
        <source>SCAR response form</source>
        <translation>SCAR-Antwortformular</translation>
    </message>
    <message>
        <source>{cell}: form version {version!r} is not known</source>
        <translation>{cell}: Formularversion {version!r} ist unbekannt</translation>
    </message>
    <message>
        <source>self-assessment questionnaire</source>
        <translation>Fragebogen zur Selbstbewertung</translation>
    </message>
    <message>
        <source>{source}: {n} problem, nothing was imported:
{shown}</source>
        <translation>{source}: {n} Problem, nichts wurde importiert:
{shown}</translation>
    </message>
    <message>
        <source>{source}: {n} problem(s), nothing was imported:
{shown}</source>
        <translation>{source}: {n} Probleme, nichts wurde importiert:
{shown}</translation>
    </message>
    <message>
        <source>not an SQMS {kind} (it needs the sheets {sheet} and {hidden})</source>
        <translation>kein SQMS-{kind} (es braucht die Tabellenblätter {sheet} und {hidden})</translation>
    </message>
    <message>
        <source>a locked cell</source>
        <translation>eine gesperrte Zelle</translation>
    </message>
    <message>
        <source>only the yellow cells may be filled</source>
        <translation>nur die gelben Zellen dürfen ausgefüllt werden</translation>
    </message>
    <message>
        <source>{cell}: {what} was changed (was {was!r}, now {now!r}); {advice}</source>
        <translation>{cell}: {what} wurde geändert (war {was!r}, jetzt {now!r}); {advice}</translation>
    </message>
    <message>
        <source>{cell}: formulas are not accepted; type the value itself</source>
        <translation>{cell}: Formeln werden nicht angenommen; geben Sie den Wert selbst ein</translation>
    </message>
</context>
<context>
    <name>xlsx_format</name>
    <message>
        <source>{name}!A1: the required column {wanted!r} is missing</source>
        <translation>{name}!A1: die Pflichtspalte {wanted!r} fehlt</translation>
    </message>
    <message>
        <source>{source}: {n} problem, nothing was imported:
{shown}</source>
        <translation>{source}: {n} Problem, nichts wurde importiert:
{shown}</translation>
    </message>
    <message>
        <source>{source}: {n} problem(s), nothing was imported:
{shown}</source>
        <translation>{source}: {n} Probleme, nichts wurde importiert:
{shown}</translation>
    </message>
    <message>
        <source>settings: the sheet is missing</source>
        <translation>settings: das Tabellenblatt fehlt</translation>
    </message>
    <message>
        <source>questions: the sheet is missing</source>
        <translation>questions: das Tabellenblatt fehlt</translation>
    </message>
    <message>
        <source>the workbook holds no template</source>
        <translation>die Arbeitsmappe enthält keine Vorlage</translation>
    </message>
    <message>
        <source>{name}!A1: the sheet is empty; row 1 must name the columns</source>
        <translation>{name}!A1: das Tabellenblatt ist leer; Zeile 1 muss die Spalten benennen</translation>
    </message>
    <message>
        <source>{ref}: unknown column {title!r} (known: {known})</source>
        <translation>{ref}: unbekannte Spalte {title!r} (bekannt: {known})</translation>
    </message>
    <message>
        <source>{ref}: column {title!r} appears twice</source>
        <translation>{ref}: Spalte {title!r} kommt zweimal vor</translation>
    </message>
    <message>
        <source>{ref}: formulas are not accepted; type the value itself</source>
        <translation>{ref}: Formeln werden nicht angenommen; geben Sie den Wert selbst ein</translation>
    </message>
    <message>
        <source>{ref}: a value in a column without a name in row 1</source>
        <translation>{ref}: ein Wert in einer Spalte ohne Namen in Zeile 1</translation>
    </message>
    <message>
        <source>{ref}: section {code} appears again after other sections; keep a section&apos;s questions together</source>
        <translation>{ref}: Abschnitt {code} kommt nach anderen Abschnitten erneut vor; halten Sie die Fragen eines Abschnitts zusammen</translation>
    </message>
    <message>
        <source>{ref}: condition {text!r} does not parse: {exc}</source>
        <translation>{ref}: Bedingung {text!r} ist nicht lesbar: {exc}</translation>
    </message>
    <message>
        <source>{ref}: the condition of {qid} names the question itself</source>
        <translation>{ref}: die Bedingung von {qid} nennt die Frage selbst</translation>
    </message>
    <message>
        <source>{ref}: the condition names an unknown question {name!r}</source>
        <translation>{ref}: die Bedingung nennt eine unbekannte Frage {name!r}</translation>
    </message>
    <message>
        <source>{ref}: the condition names {name}, which comes later in the checklist</source>
        <translation>{ref}: die Bedingung nennt {name}, die später in der Checkliste kommt</translation>
    </message>
    <message>
        <source>{ref}: {name} can never be {value!r} (its answers: {answers})</source>
        <translation>{ref}: {name} kann nie {value!r} sein (ihre Antworten: {answers})</translation>
    </message>
    <message>
        <source>{name}!A2: the checklist has no questions</source>
        <translation>{name}!A2: die Checkliste hat keine Fragen</translation>
    </message>
    <message>
        <source>settings!A2: the settings row is missing</source>
        <translation>settings!A2: die Einstellungszeile fehlt</translation>
    </message>
    <message>
        <source>settings!A{rows}: only one settings row is allowed</source>
        <translation>settings!A{rows}: nur eine Einstellungszeile ist erlaubt</translation>
    </message>
    <message>
        <source>{ref}: key {key!r} must be 2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{ref}: der Schlüssel {key!r} muss aus 2 bis 64 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>{ref}: the title is empty</source>
        <translation>{ref}: der Titel ist leer</translation>
    </message>
    <message>
        <source>{ref}: the title is longer than {TITLE_LIMIT} characters</source>
        <translation>{ref}: der Titel ist länger als {TITLE_LIMIT} Zeichen</translation>
    </message>
    <message>
        <source>{ref}: scheme {scheme!r} is not one of {values}</source>
        <translation>{ref}: Bewertungsschema {scheme!r} ist keines von {values}</translation>
    </message>
    <message>
        <source>{ref}: na_policy must be exclude or zero</source>
        <translation>{ref}: na_policy muss exclude oder zero sein</translation>
    </message>
    <message>
        <source>{ref}: version {version!r} is not a number</source>
        <translation>{ref}: Version {version!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{ref}: the question id is empty</source>
        <translation>{ref}: die Fragen-ID ist leer</translation>
    </message>
    <message>
        <source>{ref}: question id {qid!r} must be up to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{ref}: die Fragen-ID {qid!r} muss aus bis zu 32 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>{ref}: duplicate question id {qid!r} (first at {seen_ids})</source>
        <translation>{ref}: doppelte Fragen-ID {qid!r} (zuerst bei {seen_ids})</translation>
    </message>
    <message>
        <source>{ref}: the section is empty</source>
        <translation>{ref}: der Abschnitt ist leer</translation>
    </message>
    <message>
        <source>{ref}: the question text is empty</source>
        <translation>{ref}: der Fragentext ist leer</translation>
    </message>
    <message>
        <source>{ref}: unknown type {qtype!r} (one of {values})</source>
        <translation>{ref}: unbekannter Typ {qtype!r} (einer von {values})</translation>
    </message>
    <message>
        <source>{ref}: a {qtype} question needs at least two options</source>
        <translation>{ref}: eine Frage vom Typ {qtype} braucht mindestens zwei Optionen</translation>
    </message>
    <message>
        <source>{ref}: the {scheme} scheme does not allow the score {option!r} (allowed: {value})</source>
        <translation>{ref}: das Bewertungsschema {scheme} erlaubt die Punktzahl {option!r} nicht (erlaubt: {value})</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>keine Punktzahlen</translation>
    </message>
    <message>
        <source>{ref}: options apply to choice questions only</source>
        <translation>{ref}: Optionen gelten nur für Auswahlfragen</translation>
    </message>
    <message>
        <source>{ref}: the yes_no scheme has no score questions</source>
        <translation>{ref}: das Bewertungsschema yes_no hat keine Punktfragen</translation>
    </message>
    <message>
        <source>{ref}: weight must not be negative</source>
        <translation>{ref}: die Gewichtung darf nicht negativ sein</translation>
    </message>
    <message>
        <source>{ref}: min and max apply to number questions only</source>
        <translation>{ref}: min und max gelten nur für Zahlenfragen</translation>
    </message>
    <message>
        <source>{ref}: min {low:g} is above max {high:g}</source>
        <translation>{ref}: min {low:g} liegt über max {high:g}</translation>
    </message>
    <message>
        <source>{ref}: {name} {value!r} is not a number</source>
        <translation>{ref}: {name} {value!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{ref}: {value!r} is not yes or no</source>
        <translation>{ref}: {value!r} ist nicht yes oder no</translation>
    </message>
    <message>
        <source>{ref}: VDA 6.3 sections are elements P2 to P7, not {code!r}</source>
        <translation>{ref}: Abschnitte nach VDA 6.3 sind die Elemente P2 bis P7, nicht {code!r}</translation>
    </message>
    <message>
        <source>{ref}: P6 questions belong to a sub-element P6.U1 to P6.U6</source>
        <translation>{ref}: P6-Fragen gehören zu einem Unterelement P6.U1 bis P6.U6</translation>
    </message>
    <message>
        <source>{ref}: only P6 has sub-elements ({code!r})</source>
        <translation>{ref}: nur P6 hat Unterelemente ({code!r})</translation>
    </message>
</context>
<context>
    <name>xpath</name>
    <message>
        <source>it calculates with {value!r}, which a condition cannot</source>
        <translation>sie rechnet mit {value!r}, was eine Bedingung nicht kann</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>it does not read as one expression near {peek_text!r}</source>
        <translation>sie ist bei {peek_text!r} nicht als ein Ausdruck lesbar</translation>
    </message>
    <message>
        <source>it does not read as XPath: expected {wanted!r}, found {found}</source>
        <translation>sie ist nicht als XPath lesbar: erwartet {wanted!r}, gefunden {found}</translation>
    </message>
    <message>
        <source>it chains comparisons, which a condition cannot</source>
        <translation>sie verkettet Vergleiche, was eine Bedingung nicht kann</translation>
    </message>
    <message>
        <source>the expression ends early</source>
        <translation>der Ausdruck endet zu früh</translation>
    </message>
    <message>
        <source>it names no question in ${}</source>
        <translation>sie nennt keine Frage in ${}</translation>
    </message>
    <message>
        <source>it does not read as a condition near {text!r}</source>
        <translation>sie ist bei {text!r} nicht als Bedingung lesbar</translation>
    </message>
    <message>
        <source>selected() must name a question and a choice</source>
        <translation>selected() muss eine Frage und eine Auswahl nennen</translation>
    </message>
    <message>
        <source>it uses the function {name}(), which our conditions do not have</source>
        <translation>sie verwendet die Funktion {name}(), die unsere Bedingungen nicht haben</translation>
    </message>
</context>
<context>
    <name>yes_no</name>
    <message>
        <source>question {qid}: &apos;not evaluated&apos; is a VDA 6.3 notion; a yes/no checklist answers N/A</source>
        <translation>Frage {qid}: „nicht bewertet“ ist ein Begriff aus VDA 6.3; eine Ja/Nein-Checkliste antwortet N/A</translation>
    </message>
    <message>
        <source>question {qid}: {value!r} is not yes, no or na</source>
        <translation>Frage {qid}: {value!r} ist nicht yes, no oder na</translation>
    </message>
    <message>
        <source>no question was answered yes or no</source>
        <translation>keine Frage wurde mit ja oder nein beantwortet</translation>
    </message>
</context>
</TS>
