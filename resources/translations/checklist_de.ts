<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Why it does not apply (required)</source>
        <translation>Warum sie nicht zutrifft (Pflicht)</translation>
    </message>
    <message>
        <source>Notes: what you saw, whom you spoke to…</source>
        <translation>Notizen: was Sie gesehen haben, mit wem Sie gesprochen haben…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Warum sie nicht zutrifft</translation>
    </message>
    <message>
        <source>★ critical</source>
        <translation>★ kritisch</translation>
    </message>
    <message>
        <source>clause {clause}</source>
        <translation>Normkapitel {clause}</translation>
    </message>
    <message>
        <source>question {n} of {total}</source>
        <translation>Frage {n} von {total}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>A number, then Enter</source>
        <translation>Eine Zahl, dann Eingabe</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, then Enter</source>
        <translation>Ein Datum als JJJJ-MM-TT, dann Eingabe</translation>
    </message>
    <message>
        <source>The answer, then Enter</source>
        <translation>Die Antwort, dann Eingabe</translation>
    </message>
    <message>
        <source>{key} means nothing here: no question is shown</source>
        <translation>{key} bedeutet hier nichts: Es wird keine Frage angezeigt</translation>
    </message>
    <message>
        <source>{key} is not a score of this question: {scale}</source>
        <translation>{key} ist keine Punktzahl dieser Frage: {scale}</translation>
    </message>
    <message>
        <source>{scale}, or A for N/A</source>
        <translation>{scale} oder A für N/A</translation>
    </message>
    <message>
        <source>Y for yes, N for no, or A for N/A</source>
        <translation>Y für Ja, N für Nein oder A für N/A</translation>
    </message>
    <message>
        <source>1 to {last}, or A for N/A</source>
        <translation>1 bis {last} oder A für N/A</translation>
    </message>
    <message>
        <source>type it in the answer field, then Enter; or A for N/A</source>
        <translation>im Antwortfeld eingeben, dann Eingabe; oder A für N/A</translation>
    </message>
    <message>
        <source>A for N/A</source>
        <translation>A für N/A</translation>
    </message>
    <message>
        <source>{key} is not an answer to this question: {choices}</source>
        <translation>{key} ist keine Antwort auf diese Frage: {choices}</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} oder {last}</translation>
    </message>
</context>
<context>
    <name>Capa8DEditor</name>
    <message>
        <source>Why {n}?</source>
        <translation>Warum {n}?</translation>
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
        <source>one cause per line</source>
        <translation>eine Ursache pro Zeile</translation>
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
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>8D {reference}</source>
        <translation>8D {reference}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Find in checklist</source>
        <translation>In der Checkliste suchen</translation>
    </message>
    <message>
        <source>Find in checklist (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Jump to a section (Ctrl+G)</source>
        <translation>Zu einem Abschnitt springen (Strg+G)</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Abschnitt:</translation>
    </message>
    <message>
        <source>Questions of the checklist</source>
        <translation>Fragen der Checkliste</translation>
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
        <source>Evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Nächste unbeantwortete</translation>
    </message>
    <message>
        <source>Raise finding…</source>
        <translation>Feststellung erfassen…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>CAPA effectiveness ({n})</source>
        <translation>CAPA-Wirksamkeit ({n})</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Take back the last answer, note or N/A of this audit</source>
        <translation>Die letzte Antwort, Notiz oder N/A dieses Audits zurücknehmen</translation>
    </message>
    <message>
        <source>Do again what was last taken back</source>
        <translation>Das zuletzt Zurückgenommene wiederholen</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>Go to the next question shown</source>
        <translation>Zur nächsten angezeigten Frage gehen</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <source>Go to the question before this one</source>
        <translation>Zur vorigen Frage gehen</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>Nächste &amp;unbeantwortete</translation>
    </message>
    <message>
        <source>Go to the next question still without an answer</source>
        <translation>Zur nächsten Frage ohne Antwort gehen</translation>
    </message>
    <message>
        <source>&amp;Find in checklist</source>
        <translation>In Checkliste &amp;suchen</translation>
    </message>
    <message>
        <source>Find a question by its words or its number</source>
        <translation>Eine Frage nach ihrem Wortlaut oder ihrer Nummer suchen</translation>
    </message>
    <message>
        <source>&amp;Go to section</source>
        <translation>Zu &amp;Abschnitt springen</translation>
    </message>
    <message>
        <source>Choose a section of the checklist and go to its first question</source>
        <translation>Einen Abschnitt der Checkliste wählen und zu seiner ersten Frage gehen</translation>
    </message>
    <message>
        <source>Raise &amp;finding…</source>
        <translation>&amp;Feststellung erfassen…</translation>
    </message>
    <message>
        <source>Raise a finding on this question</source>
        <translation>Eine Feststellung zu dieser Frage erfassen</translation>
    </message>
    <message>
        <source>Raise finding &amp;not tied to a question…</source>
        <translation>Feststellung &amp;ohne Bezug zu einer Frage erfassen…</translation>
    </message>
    <message>
        <source>Raise a finding about the audit as a whole, not about one question</source>
        <translation>Eine Feststellung zum Audit als Ganzes erfassen, nicht zu einer einzelnen Frage</translation>
    </message>
    <message>
        <source>{reference} · {status}</source>
        <translation>{reference} · {status}</translation>
    </message>
    <message>
        <source> · ★ star question</source>
        <translation> · ★ Sternfrage</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not applicable: {why}</source>
        <translation>Nicht zutreffend: {why}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Every shown question is answered.</source>
        <translation>Jede angezeigte Frage ist beantwortet.</translation>
    </message>
    <message>
        <source>Not found in this checklist.</source>
        <translation>In dieser Checkliste nicht gefunden.</translation>
    </message>
    <message>
        <source>answer {qid}</source>
        <translation>Antwort {qid}</translation>
    </message>
    <message>
        <source>N/A for {qid}</source>
        <translation>N/A für {qid}</translation>
    </message>
    <message>
        <source>note on {qid}</source>
        <translation>Notiz zu {qid}</translation>
    </message>
    <message>
        <source>Audit started with the first answer.</source>
        <translation>Das Audit wurde mit der ersten Antwort begonnen.</translation>
    </message>
    <message>
        <source>Proposed: a {cls} — {reason} (Ctrl+Shift+F raises it)</source>
        <translation>Vorschlag: {cls} — {reason} (Strg+Umschalt+F erfasst die Feststellung)</translation>
    </message>
    <message>
        <source>This audit is locked; reopen it with a reason to change it.</source>
        <translation>Dieses Audit ist gesperrt; öffnen Sie es zum Ändern mit einer Begründung wieder.</translation>
    </message>
    <message>
        <source>raise a finding</source>
        <translation>Feststellung erfassen</translation>
    </message>
    <message>
        <source>{reference} raised.</source>
        <translation>{reference} erfasst.</translation>
    </message>
    <message>
        <source>{reference} raised; the audit started with it.</source>
        <translation>{reference} erfasst; das Audit wurde damit begonnen.</translation>
    </message>
    <message>
        <source>Locked: reopen with a reason to change it</source>
        <translation>Gesperrt: zum Ändern mit Begründung wieder öffnen</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>EffectivenessPanel</name>
    <message>
        <source>CAPAs of this supplier whose fix is in place: check on site whether each one works. Not effective reopens the CAPA.</source>
        <translation>CAPAs dieses Lieferanten, deren Abstellmaßnahme umgesetzt ist: Prüfen Sie vor Ort, ob jede wirkt. Nicht wirksam öffnet die CAPA wieder.</translation>
    </message>
    <message>
        <source>CAPAs awaiting their effectiveness check</source>
        <translation>CAPAs, deren Wirksamkeitsprüfung aussteht</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Not effective…</source>
        <translation>Nicht wirksam…</translation>
    </message>
    <message>
        <source>{reference} confirmed effective.</source>
        <translation>{reference} als wirksam bestätigt.</translation>
    </message>
    <message>
        <source>{reference} not effective: reopened.</source>
        <translation>{reference} nicht wirksam: wieder geöffnet.</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>What shows that the fix does not work? (required; the CAPA reopens)</source>
        <translation>Was zeigt, dass die Abstellmaßnahme nicht wirkt? (Pflicht; die CAPA wird wieder geöffnet)</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf *.xlsx *.docx *.txt *.csv)</source>
        <translation>Nachweise (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf *.xlsx *.docx *.txt *.csv)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add photos or documents (or drop or paste them here)</source>
        <translation>Fotos oder Dokumente hinzufügen (oder hierher ziehen oder einfügen)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Anmerken…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Keine Nachweise</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>All (*)</source>
        <translation>Alle (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hinzugefügt…</numerusform>
            <numerusform>%n Dateien werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <source>Why is {name} removed? (kept in the trail)</source>
        <translation>Warum wird {name} entfernt? (bleibt im Audit-Trail)</translation>
    </message>
    <message>
        <source>Evidence not changed</source>
        <translation>Nachweis nicht geändert</translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation>Nachweis fehlt</translation>
    </message>
    <message>
        <source>Cannot annotate</source>
        <translation>Anmerken nicht möglich</translation>
    </message>
</context>
<context>
    <name>FindingCapaActions</name>
    <message>
        <source>{ref} raised.</source>
        <translation>{ref} eröffnet.</translation>
    </message>
    <message>
        <source>{ref}: why no CAPA is needed is recorded.</source>
        <translation>{ref}: Die Begründung, warum keine CAPA nötig ist, ist festgehalten.</translation>
    </message>
</context>
<context>
    <name>FindingFilterBar</name>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht geschlossen</translation>
    </message>
    <message>
        <source>With or without</source>
        <translation>Mit oder ohne</translation>
    </message>
    <message>
        <source>With a CAPA</source>
        <translation>Mit CAPA</translation>
    </message>
    <message>
        <source>Without a CAPA</source>
        <translation>Ohne CAPA</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
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
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>CAPA or reason needed</source>
        <translation>CAPA oder Begründung nötig</translation>
    </message>
    <message>
        <source>Requirement: {r}</source>
        <translation>Forderung: {r}</translation>
    </message>
    <message>
        <source>A major finding is signed only with a CAPA or a recorded reason why none is needed: raise one, or choose No CAPA needed…</source>
        <translation>Eine Hauptabweichung wird nur mit einer CAPA oder einer festgehaltenen Begründung, warum keine nötig ist, signiert: Eröffnen Sie eine oder wählen Sie Keine CAPA nötig…</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Feststellungen filtern</translation>
    </message>
    <message>
        <source>Findings of this audit</source>
        <translation>Feststellungen dieses Audits</translation>
    </message>
    <message>
        <source>Raise &amp;CAPA…</source>
        <translation>&amp;CAPA eröffnen…</translation>
    </message>
    <message>
        <source>Raise one internal CAPA from the selected findings</source>
        <translation>Aus den gewählten Feststellungen eine interne CAPA eröffnen</translation>
    </message>
    <message>
        <source>Raise &amp;SCAR…</source>
        <translation>&amp;SCAR eröffnen…</translation>
    </message>
    <message>
        <source>Raise one SCAR to the supplier from the selected findings</source>
        <translation>Aus den gewählten Feststellungen eine SCAR an den Lieferanten eröffnen</translation>
    </message>
    <message>
        <source>&amp;No CAPA needed…</source>
        <translation>&amp;Keine CAPA nötig…</translation>
    </message>
    <message>
        <source>Record why the selected major finding needs no CAPA</source>
        <translation>Festhalten, warum die gewählte Hauptabweichung keine CAPA braucht</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 Feststellung</translation>
    </message>
    <message>
        <source>{n} findings</source>
        <translation>{n} Feststellungen</translation>
    </message>
    <message>
        <source>{shown} of {n} findings</source>
        <translation>{shown} von {n} Feststellungen</translation>
    </message>
</context>
<context>
    <name>FishboneView</name>
    <message>
        <source>Ishikawa diagram</source>
        <translation>Ishikawa-Diagramm</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} weitere</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
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
        <source>Risk reason</source>
        <translation>Risikobegründung</translation>
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
        <source>Commodities</source>
        <translation>Warengruppen</translation>
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
        <source>Supplier code</source>
        <translation>Lieferantencode</translation>
    </message>
    <message>
        <source>Delivery number</source>
        <translation>Liefernummer</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <source>Received quantity</source>
        <translation>Eingangsmenge</translation>
    </message>
    <message>
        <source>Rejected quantity</source>
        <translation>Zurückgewiesene Menge</translation>
    </message>
    <message>
        <source>Complaint (0/1)</source>
        <translation>Reklamation (0/1)</translation>
    </message>
    <message>
        <source>Premium freight</source>
        <translation>Sonderfracht</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>{rows} row(s): {new} new, {update} to update, {same} unchanged.</source>
        <translation>{rows} Zeile(n): {new} neu, {update} zu aktualisieren, {same} unverändert.</translation>
    </message>
    <message>
        <source>Read: {columns}.</source>
        <translation>Gelesen: {columns}.</translation>
    </message>
    <message>
        <source>Not read: {columns}.</source>
        <translation>Nicht gelesen: {columns}.</translation>
    </message>
    <message>
        <source>{n} problem(s) below: nothing can be imported until they are fixed. Fix the file and press Read the file again, or go back to the columns.</source>
        <translation>{n} Problem(e) unten: Es kann nichts importiert werden, bis sie behoben sind. Korrigieren Sie die Datei und drücken Sie Datei erneut lesen, oder gehen Sie zurück zu den Spalten.</translation>
    </message>
</context>
<context>
    <name>PartnershipPanel</name>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>Risiko hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Schließen…</translation>
    </message>
    <message>
        <source>Quality agreement</source>
        <translation>Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>Record agreement…</source>
        <translation>Vereinbarung erfassen…</translation>
    </message>
    <message>
        <source>Attach signed document…</source>
        <translation>Signiertes Dokument anhängen…</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>Ergebnis erfassen…</translation>
    </message>
    <message>
        <source>Cost of poor quality</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <source>Record cost…</source>
        <translation>Kosten erfassen…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Lieferantengespräche</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation>Neues Lieferantengespräch…</translation>
    </message>
    <message>
        <source>Agree action…</source>
        <translation>Maßnahme vereinbaren…</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signieren…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Als PDF drucken…</translation>
    </message>
    <message>
        <source>Effective risk class: {cls} — {why}.</source>
        <translation>Wirksame Risikoklasse: {cls} — {why}.</translation>
    </message>
    <message>
        <source>No quality agreement in force.</source>
        <translation>Keine Qualitätssicherungsvereinbarung in Kraft.</translation>
    </message>
    <message>
        <source>Quality agreement {ref} in force until {until}.</source>
        <translation>Qualitätssicherungsvereinbarung {ref} in Kraft bis {until}.</translation>
    </message>
    <message>
        <source>No costs of poor quality recorded.</source>
        <translation>Keine Fehlerkosten erfasst.</translation>
    </message>
    <message>
        <source>In all: {amounts}</source>
        <translation>Insgesamt: {amounts}</translation>
    </message>
</context>
<context>
    <name>QuestionTree</name>
    <message>
        <source>Select a question to see all it asks for.</source>
        <translation>Wählen Sie eine Frage, um alles zu sehen, was sie verlangt.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Element / section</source>
        <translation>Element / Abschnitt</translation>
    </message>
    <message>
        <source>Why the grade</source>
        <translation>Begründung der Einstufung</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation>Einstufung: {grade}</translation>
    </message>
    <message>
        <source>{answered} of {shown} questions answered</source>
        <translation>{answered} von {shown} Fragen beantwortet</translation>
    </message>
    <message>
        <source>Not rated yet: {why}</source>
        <translation>Noch nicht bewertet: {why}</translation>
    </message>
    <message>
        <source>At most {grade} once rated: {why}</source>
        <translation>Höchstens {grade}, sobald bewertet: {why}</translation>
    </message>
    <message>
        <source>At most {grade} (the total alone gives no better): {why}</source>
        <translation>Höchstens {grade} (die Gesamtpunktzahl allein ergibt nicht mehr): {why}</translation>
    </message>
    <message>
        <source>Downgraded to {grade}: {why}</source>
        <translation>Abgestuft auf {grade}: {why}</translation>
    </message>
    <message>
        <source>Capped at {grade}: {why}</source>
        <translation>Begrenzt auf {grade}: {why}</translation>
    </message>
    <message>
        <source>No downgrade so far. {rules}</source>
        <translation>Bisher keine Abstufung. {rules}</translation>
    </message>
    <message>
        <source>Major finding {refs}: the grade follows the answers, not the findings; each needs a CAPA, or a reason why none, before signing.</source>
        <translation>Hauptabweichung {refs}: Die Einstufung folgt den Antworten, nicht den Feststellungen; jede braucht vor dem Signieren eine CAPA oder eine Begründung, warum keine.</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>No supplier chosen.</source>
        <translation>Kein Lieferant gewählt.</translation>
    </message>
    <message>
        <source>This supplier no longer exists.</source>
        <translation>Diesen Lieferanten gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SupplierKpis</name>
    <message>
        <source>Deliveries per month, last 12 months</source>
        <translation>Lieferungen pro Monat, letzte 12 Monate</translation>
    </message>
    <message>
        <source>No deliveries in {month}.</source>
        <translation>Keine Lieferungen im Zeitraum {month}.</translation>
    </message>
    <message>
        <source>No deliveries in the last 12 months.</source>
        <translation>Keine Lieferungen in den letzten 12 Monaten.</translation>
    </message>
    <message numerus="yes">
        <source>Deliveries received in {month}: {n}; {late} not on time, %n lot(s) with rejected parts (marked).</source>
        <translation>
            <numerusform>Erhaltene Lieferungen im Zeitraum {month}: {n}; {late} nicht termingerecht, %n Los mit zurückgewiesenen Teilen (markiert).</numerusform>
            <numerusform>Erhaltene Lieferungen im Zeitraum {month}: {n}; {late} nicht termingerecht, %n Lose mit zurückgewiesenen Teilen (markiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierView</name>
    <message>
        <source>&amp;Partnership</source>
        <translation>Partners&amp;chaft</translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation>&amp;Leistung</translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation>Noch keine Zertifikate.</translation>
    </message>
    <message>
        <source>Scan: {name}</source>
        <translation>Scan: {name}</translation>
    </message>
    <message>
        <source>No scan was attached to this certificate.</source>
        <translation>Diesem Zertifikat wurde kein Scan angehängt.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Select a supplier to see its trend.</source>
        <translation>Wählen Sie einen Lieferanten, um seinen Trend zu sehen.</translation>
    </message>
    <message>
        <source>Score and trend, {code} ({first} to {last})</source>
        <translation>Punktzahl und Trend, {code} ({first} bis {last})</translation>
    </message>
    <message>
        <source>band bound {b:g}</source>
        <translation>Klassengrenze {b:g}</translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation>Ausgleichsgerade</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
</context>
</TS>
