<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditsPage</name>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>The selected audit</source>
        <translation>Das gewählte Audit</translation>
    </message>
    <message>
        <source>Type to narrow the audits: reference, supplier, status, auditor…</source>
        <translation>Tippen, um die Audits einzugrenzen: Nummer, Lieferant, Status, Auditor…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only audits in this status</source>
        <translation>Nur Audits in diesem Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Sign audit…</source>
        <translation>Si&amp;gnieren…</translation>
    </message>
    <message>
        <source>Sign the selected completed audit electronically, with your password</source>
        <translation>Das gewählte abgeschlossene Audit elektronisch signieren, mit Ihrem Passwort</translation>
    </message>
    <message>
        <source>&amp;Plan audit…</source>
        <translation>Audit &amp;planen…</translation>
    </message>
    <message>
        <source>Plan a new audit of a supplier</source>
        <translation>Ein neues Audit eines Lieferanten planen</translation>
    </message>
    <message>
        <source>&amp;Open checklist</source>
        <translation>Checkliste ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Answer the selected audit&apos;s checklist (Enter)</source>
        <translation>Die Checkliste des gewählten Audits beantworten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Closing meeting…</source>
        <translation>&amp;Abschlussgespräch…</translation>
    </message>
    <message>
        <source>Record the closing meeting, complete the audit and sign it</source>
        <translation>Das Abschlussgespräch festhalten, das Audit abschließen und signieren</translation>
    </message>
    <message>
        <source>Audit &amp;report…</source>
        <translation>Audit&amp;bericht…</translation>
    </message>
    <message>
        <source>Preview, save or print the PDF audit report</source>
        <translation>Den Auditbericht als PDF ansehen, speichern oder drucken</translation>
    </message>
    <message>
        <source>Re&amp;open audit…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>Unlock a completed or signed audit to change it; its signatures lapse</source>
        <translation>Ein abgeschlossenes oder signiertes Audit zum Ändern freigeben; seine Signaturen verfallen</translation>
    </message>
    <message>
        <source>Raise &amp;CAPA…</source>
        <translation>&amp;CAPA eröffnen…</translation>
    </message>
    <message>
        <source>Raise one internal CAPA from findings of the selected audit</source>
        <translation>Eine interne CAPA aus Feststellungen des gewählten Audits eröffnen</translation>
    </message>
    <message>
        <source>Raise &amp;SCAR…</source>
        <translation>SCA&amp;R eröffnen…</translation>
    </message>
    <message>
        <source>Raise one SCAR to the supplier from findings of the selected audit</source>
        <translation>Eine SCAR an den Lieferanten aus Feststellungen des gewählten Audits eröffnen</translation>
    </message>
    <message>
        <source>&amp;No CAPA needed…</source>
        <translation>&amp;Keine CAPA nötig…</translation>
    </message>
    <message>
        <source>Record why a major finding of the selected audit needs no CAPA</source>
        <translation>Festhalten, warum eine Hauptabweichung des gewählten Audits keine CAPA braucht</translation>
    </message>
    <message>
        <source>No audit shows “{text}”. Empty the filter line to see every audit.</source>
        <translation>Kein Audit zeigt „{text}“. Leeren Sie die Filterzeile, um alle Audits zu sehen.</translation>
    </message>
    <message>
        <source>No audit is {status}. Choose “All statuses” to see every audit.</source>
        <translation>Kein Audit ist {status}. Wählen Sie „Alle Status“, um alle Audits zu sehen.</translation>
    </message>
    <message>
        <source>No audits in this store yet. Plan the first one with Audits ▸ Plan audit… (Ctrl+N on this page). An audit needs a supplier (Suppliers page, Ctrl+1) and a released checklist template (Templates page, Ctrl+3).</source>
        <translation>Noch keine Audits in dieser Datenbank. Planen Sie das erste mit Audits ▸ Audit planen… (Strg+N auf dieser Seite). Ein Audit braucht einen Lieferanten (Seite Lieferanten, Strg+1) und eine freigegebene Checklisten-Vorlage (Seite Vorlagen, Strg+3).</translation>
    </message>
    <message>
        <source>Select an audit to see its scope, result and findings.</source>
        <translation>Wählen Sie ein Audit, um Umfang, Ergebnis und Feststellungen zu sehen.</translation>
    </message>
    <message>
        <source>{reference} signed.</source>
        <translation>{reference} signiert.</translation>
    </message>
    <message>
        <source>{reference} planned.</source>
        <translation>{reference} geplant.</translation>
    </message>
    <message>
        <source>Reopen {reference}</source>
        <translation>{reference} wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the audit reopened? The reason goes into the trail, and its signatures will show as no longer valid.</source>
        <translation>Warum wird das Audit wieder geöffnet? Die Begründung kommt in den Audit-Trail, und seine Signaturen werden als nicht mehr gültig angezeigt.</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>{reference} reopened.</source>
        <translation>{reference} wieder geöffnet.</translation>
    </message>
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
    <name>BackgroundListPage</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The list could not be read: {why}</source>
        <translation>Die Liste konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>an unexpected error ({error}); the log file has the details</source>
        <translation>ein unerwarteter Fehler ({error}); die Einzelheiten stehen in der Protokolldatei</translation>
    </message>
    <message>
        <source>Refresh (F5) to try again.</source>
        <translation>Aktualisieren (F5) versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>CapaPage</name>
    <message>
        <source>CAPAs</source>
        <translation>CAPAs</translation>
    </message>
    <message>
        <source>The selected CAPA</source>
        <translation>Die gewählte CAPA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Next stage due within (days)</source>
        <translation>Nächste Phase fällig innerhalb (Tage)</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No CAPA matches. Clear the filters, or raise a CAPA from a finding.</source>
        <translation>Keine CAPA passt. Setzen Sie die Filter zurück, oder eröffnen Sie eine CAPA aus einer Feststellung.</translation>
    </message>
    <message>
        <source>No CAPAs in this store yet. A CAPA is raised from the findings of an audit: on the Findings page (Ctrl+6) select findings and choose Findings ▸ Raise CAPA… or Raise SCAR…; on the Audits page (Ctrl+2), Audits ▸ Raise CAPA…</source>
        <translation>Noch keine CAPAs in dieser Datenbank. Eine CAPA wird aus den Feststellungen eines Audits eröffnet: auf der Seite Feststellungen (Strg+6) Feststellungen wählen und Feststellungen ▸ CAPA eröffnen… oder SCAR eröffnen… wählen; auf der Seite Audits (Strg+2) Audits ▸ CAPA eröffnen…</translation>
    </message>
    <message>
        <source>Select a CAPA to see its stage timeline and 8D content.</source>
        <translation>Wählen Sie eine CAPA, um den Verlauf ihrer Phasen und den 8D-Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>{reference}: {what}</source>
        <translation>{reference}: {what}</translation>
    </message>
    <message>
        <source>stage accepted</source>
        <translation>Phase angenommen</translation>
    </message>
    <message>
        <source>stage rejected</source>
        <translation>Phase zurückgewiesen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>Export SCAR form</source>
        <translation>SCAR-Formular exportieren</translation>
    </message>
    <message>
        <source>SCAR form written to {path}</source>
        <translation>SCAR-Formular nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Import supplier response</source>
        <translation>Antwort des Lieferanten importieren</translation>
    </message>
    <message>
        <source>supplier response imported</source>
        <translation>Antwort des Lieferanten importiert</translation>
    </message>
    <message>
        <source>8D report</source>
        <translation>8D-Bericht</translation>
    </message>
    <message>
        <source>8D report written to {path}</source>
        <translation>8D-Bericht nach {path} geschrieben</translation>
    </message>
    <message>
        <source>&amp;Edit 8D…</source>
        <translation>8D &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the 8D content D0–D8</source>
        <translation>Den 8D-Inhalt D0–D8 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Accept stage…</source>
        <translation>Phase &amp;annehmen…</translation>
    </message>
    <message>
        <source>Accept the supplier&apos;s answer for the next stage</source>
        <translation>Die Antwort des Lieferanten für die nächste Phase annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject stage…</source>
        <translation>Phase &amp;zurückweisen…</translation>
    </message>
    <message>
        <source>Send the supplier&apos;s answer back with a reason; the stage stays</source>
        <translation>Die Antwort des Lieferanten mit Begründung zurückschicken; die Phase bleibt</translation>
    </message>
    <message>
        <source>&amp;Cancel CAPA…</source>
        <translation>CAPA &amp;stornieren…</translation>
    </message>
    <message>
        <source>Cancel with a reason</source>
        <translation>Mit Begründung stornieren</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>Reopen a closed CAPA with a reason</source>
        <translation>Eine geschlossene CAPA mit Begründung wieder öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport SCAR form…</source>
        <translation>SCAR-Formular e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the response workbook for the supplier</source>
        <translation>Die Antwort-Arbeitsmappe für den Lieferanten schreiben</translation>
    </message>
    <message>
        <source>&amp;Import response…</source>
        <translation>Antwort &amp;importieren…</translation>
    </message>
    <message>
        <source>Read the supplier&apos;s filled form; shows the changes before applying</source>
        <translation>Das ausgefüllte Formular des Lieferanten lesen; zeigt die Änderungen vor dem Übernehmen</translation>
    </message>
    <message>
        <source>8D &amp;report…</source>
        <translation>8D-Be&amp;richt…</translation>
    </message>
    <message>
        <source>Write the 8D report as a PDF</source>
        <translation>Den 8D-Bericht als PDF schreiben</translation>
    </message>
    <message>
        <source>Cancel CAPA</source>
        <translation>CAPA stornieren</translation>
    </message>
    <message>
        <source>Why is the CAPA cancelled?</source>
        <translation>Warum wird die CAPA storniert?</translation>
    </message>
    <message>
        <source>Reopen CAPA</source>
        <translation>CAPA wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the CAPA reopened?</source>
        <translation>Warum wird die CAPA wieder geöffnet?</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Es würde sich nichts ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to {ref} from {supplier}. Apply them?</source>
        <translation>
            <numerusform>%n Änderung an {ref} von {supplier}. Übernehmen?</numerusform>
            <numerusform>%n Änderungen an {ref} von {supplier}. Übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>Two replicas changed the same thing before either saw the other&apos;s change. Each record shows the side in “Shown now” until someone decides: select a conflict and press Enter (or Resolve…) to compare the sides.</source>
        <translation>Zwei Replikate haben dasselbe geändert, bevor eines die Änderung des anderen sah. Jeder Datensatz zeigt die Seite unter „Jetzt angezeigt“, bis jemand entscheidet: Wählen Sie einen Konflikt und drücken Sie die Eingabetaste (oder Lösen…), um die Seiten zu vergleichen.</translation>
    </message>
    <message>
        <source>No open conflicts: every change that arrived was merged. Concurrent edits of the same field appear here after an import.</source>
        <translation>Keine offenen Konflikte: Jede eingetroffene Änderung wurde zusammengeführt. Gleichzeitige Änderungen desselben Felds erscheinen hier nach einem Import.</translation>
    </message>
    <message>
        <source>Conflict on {record} ({field}) resolved: {outcome}.</source>
        <translation>Konflikt bei {record} ({field}) gelöst: {outcome}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Records listed</source>
        <translation>Aufgeführte Datensätze</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>Der gewählte Datensatz</translation>
    </message>
    <message>
        <source>Type to narrow the records listed…</source>
        <translation>Tippen, um die aufgeführten Datensätze einzugrenzen…</translation>
    </message>
    <message>
        <source>Suppliers per scorecard band, last month</source>
        <translation>Lieferanten je Scorecard-Klasse, letzter Monat</translation>
    </message>
    <message>
        <source>PPM, all suppliers, 12 months</source>
        <translation>ppm, alle Lieferanten, 12 Monate</translation>
    </message>
    <message>
        <source>On-time delivery %, 12 months</source>
        <translation>Liefertermintreue %, 12 Monate</translation>
    </message>
    <message>
        <source>Overdue CAPAs by supplier</source>
        <translation>Überfällige CAPAs je Lieferant</translation>
    </message>
    <message>
        <source>Audits due</source>
        <translation>Fällige Audits</translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation>Ablaufende Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected record on its own page (Enter)</source>
        <translation>Den gewählten Datensatz auf seiner Seite öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>&amp;Handlungsbedarf</translation>
    </message>
    <message>
        <source>List what needs acting on now instead of the records behind a chart</source>
        <translation>Aufführen, was jetzt Handlung erfordert, statt der Datensätze hinter einem Diagramm</translation>
    </message>
    <message>
        <source>No records behind this bar.</source>
        <translation>Hinter diesem Balken stehen keine Datensätze.</translation>
    </message>
    <message>
        <source>Nothing needs acting on now: no supplier in band C, no overdue CAPA or audit, no expired certificate. Click a bar or point to list the records behind it.</source>
        <translation>Nichts erfordert jetzt Handlung: kein Lieferant in Klasse C, keine überfällige CAPA und kein überfälliges Audit, kein abgelaufenes Zertifikat. Klicken Sie auf einen Balken oder Punkt, um die Datensätze dahinter aufzuführen.</translation>
    </message>
    <message>
        <source>Select a record; Enter opens it on its page.</source>
        <translation>Wählen Sie einen Datensatz; die Eingabetaste öffnet ihn auf seiner Seite.</translation>
    </message>
    <message>
        <source>Reading the dashboard…</source>
        <translation>Das Dashboard wird gelesen…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {why}</source>
        <translation>Das Dashboard konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ohne Punktzahl</translation>
    </message>
    <message>
        <source>No suppliers yet: add them on the Suppliers page (Ctrl+1).</source>
        <translation>Noch keine Lieferanten: Legen Sie sie auf der Seite Lieferanten an (Strg+1).</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>ppm</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>Termintreu %</translation>
    </message>
    <message>
        <source>No deliveries in the last 12 months: Suppliers ▸ Import deliveries (KPIs)…</source>
        <translation>Keine Lieferungen in den letzten 12 Monaten: Lieferanten ▸ Lieferungen importieren (KPIs)…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>No CAPA is overdue.</source>
        <translation>Keine CAPA ist überfällig.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>No audit due in the next six months.</source>
        <translation>Kein Audit in den nächsten sechs Monaten fällig.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>No certificate expires within six months.</source>
        <translation>Kein Zertifikat läuft innerhalb von sechs Monaten ab.</translation>
    </message>
    <message>
        <source>Records behind &lt;b&gt;{what}&lt;/b&gt;</source>
        <translation>Datensätze hinter &lt;b&gt;{what}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention now&lt;/b&gt;: suppliers in band C, overdue CAPAs and audits, expired certificates. Click a bar or point for the records behind it.</source>
        <translation>&lt;b&gt;Jetzt Handlungsbedarf&lt;/b&gt;: Lieferanten in Klasse C, überfällige CAPAs und Audits, abgelaufene Zertifikate. Klicken Sie auf einen Balken oder Punkt für die Datensätze dahinter.</translation>
    </message>
    <message>
        <source>{chart}: {bar}</source>
        <translation>{chart}: {bar}</translation>
    </message>
    <message>
        <source>the supplier on the Suppliers page</source>
        <translation>den Lieferanten auf der Seite Lieferanten</translation>
    </message>
    <message>
        <source>the CAPA on the CAPAs page</source>
        <translation>die CAPA auf der Seite CAPAs</translation>
    </message>
    <message>
        <source>the supplier&apos;s row on the Programme page</source>
        <translation>die Zeile des Lieferanten auf der Seite Auditprogramm</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Enter opens</source>
        <translation>Eingabetaste öffnet</translation>
    </message>
</context>
<context>
    <name>FindingCapaActions</name>
    <message>
        <source>Raise &amp;CAPA…</source>
        <translation>CA&amp;PA eröffnen…</translation>
    </message>
    <message>
        <source>Raise one internal CAPA from the selected findings (of one supplier)</source>
        <translation>Eine interne CAPA aus den gewählten Feststellungen (eines Lieferanten) eröffnen</translation>
    </message>
    <message>
        <source>Raise &amp;SCAR…</source>
        <translation>SCA&amp;R eröffnen…</translation>
    </message>
    <message>
        <source>Raise one SCAR to the supplier from the selected findings</source>
        <translation>Eine SCAR an den Lieferanten aus den gewählten Feststellungen eröffnen</translation>
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
        <source>{ref} raised.</source>
        <translation>{ref} eröffnet.</translation>
    </message>
    <message>
        <source>{ref}: why no CAPA is needed is recorded.</source>
        <translation>{ref}: Die Begründung, warum keine CAPA nötig ist, ist festgehalten.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>No finding matches the filters.</source>
        <translation>Keine Feststellung passt zu den Filtern.</translation>
    </message>
    <message>
        <source>No findings in this store yet: they are raised on an audit&apos;s checklist (Audits page, Ctrl+2, then Enter on an audit).</source>
        <translation>Noch keine Feststellungen in dieser Datenbank: Sie entstehen auf der Checkliste eines Audits (Seite Audits, Strg+2, dann Eingabetaste auf einem Audit).</translation>
    </message>
    <message>
        <source>Select a finding to see its statement, evidence and CAPA.</source>
        <translation>Wählen Sie eine Feststellung, um Aussage, Nachweise und CAPA zu sehen.</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Feststellungen exportieren</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Exporting the findings to {file}…</source>
        <translation>Die Feststellungen werden nach {file} exportiert…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No finding matches these filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see every finding of every audit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Feststellung passt zu diesen Filtern.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Filter zurücksetzen&lt;/a&gt;, um alle Feststellungen aller Audits zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No findings yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Findings are raised during an audit: on the Audits page, plan an audit and open its checklist (Enter), then raise findings on its questions. Every finding of every audit then shows here, with the CAPA raised on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Feststellungen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Feststellungen entstehen während eines Audits: Planen Sie auf der Seite Audits ein Audit, öffnen Sie seine Checkliste (Eingabetaste) und erfassen Sie Feststellungen zu den Fragen. Jede Feststellung jedes Audits erscheint dann hier, mit der CAPA dazu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>This record no longer exists. Refresh the list.</source>
        <translation>Dieser Datensatz existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>PartnershipActions</name>
    <message>
        <source>Sign the minutes of {review}</source>
        <translation>Das Protokoll von {review} signieren</translation>
    </message>
    <message>
        <source>Document not attached</source>
        <translation>Dokument nicht angehängt</translation>
    </message>
    <message>
        <source>Minutes not printed</source>
        <translation>Protokoll nicht gedruckt</translation>
    </message>
    <message>
        <source>Signed quality agreement</source>
        <translation>Signierte Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>Print the minutes</source>
        <translation>Protokoll drucken</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>The selected programme row</source>
        <translation>Die gewählte Zeile des Auditprogramms</translation>
    </message>
    <message>
        <source>Type to narrow the programme: supplier, month, state, reason…</source>
        <translation>Tippen, um das Auditprogramm einzugrenzen: Lieferant, Monat, Zustand, Grund…</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>How many months ahead the programme looks</source>
        <translation>Wie viele Monate das Auditprogramm vorausschaut</translation>
    </message>
    <message>
        <source>next {n} months</source>
        <translation>nächste {n} Monate</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Plan audit…</source>
        <translation>Audit &amp;planen…</translation>
    </message>
    <message>
        <source>Plan the selected supplier&apos;s audit, filled in from the programme</source>
        <translation>Das Audit des gewählten Lieferanten planen, vorausgefüllt aus dem Auditprogramm</translation>
    </message>
    <message>
        <source>No audit is overdue, due or planned in the next {n} months. Choose a longer horizon, or add suppliers on the Suppliers page (Ctrl+1): their status and risk class set when each is due for an audit.</source>
        <translation>Kein Audit ist in den nächsten {n} Monaten überfällig, fällig oder geplant. Wählen Sie einen längeren Zeitraum, oder legen Sie Lieferanten auf der Seite Lieferanten an (Strg+1): Status und Risikoklasse bestimmen, wann jeweils ein Audit fällig ist.</translation>
    </message>
    <message>
        <source>Select a supplier to see why its audit is due and plan it.</source>
        <translation>Wählen Sie einen Lieferanten, um zu sehen, warum sein Audit fällig ist, und es zu planen.</translation>
    </message>
    <message>
        <source>Audit programme: {why}.</source>
        <translation>Auditprogramm: {why}.</translation>
    </message>
    <message>
        <source>{reference} planned.</source>
        <translation>{reference} geplant.</translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>The selected scorecard</source>
        <translation>Die gewählte Scorecard</translation>
    </message>
    <message>
        <source>Type to narrow the suppliers: code, name, band, proposal…</source>
        <translation>Tippen, um die Lieferanten einzugrenzen: Kürzel, Name, Klasse, Vorschlag…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Accept proposal…</source>
        <translation>Vorschlag &amp;annehmen…</translation>
    </message>
    <message>
        <source>Accept the selected proposal, with the reason (a status change)</source>
        <translation>Den gewählten Vorschlag mit Begründung annehmen (eine Statusänderung)</translation>
    </message>
    <message>
        <source>&amp;Dismiss proposal…</source>
        <translation>Vorschlag &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Dismiss the selected proposal, with the reason</source>
        <translation>Den gewählten Vorschlag mit Begründung verwerfen</translation>
    </message>
    <message>
        <source>Month&apos;s &amp;deliveries</source>
        <translation>&amp;Lieferungen des Monats</translation>
    </message>
    <message>
        <source>The selected supplier&apos;s deliveries of the month: which were late, which lots were rejected</source>
        <translation>Die Lieferungen des gewählten Lieferanten im Monat: welche verspätet waren, welche Lose zurückgewiesen wurden</translation>
    </message>
    <message>
        <source>No suppliers in this store yet: scorecards need suppliers. Add them on the Suppliers page (Ctrl+1, then Suppliers ▸ New supplier… or Import supplier list…), then import their deliveries (Suppliers ▸ Import deliveries (KPIs)…): a scorecard is computed from deliveries, audits and CAPAs.</source>
        <translation>Noch keine Lieferanten in dieser Datenbank: Scorecards brauchen Lieferanten. Legen Sie sie auf der Seite Lieferanten an (Strg+1, dann Lieferanten ▸ Neuer Lieferant… oder Lieferantenliste importieren…) und importieren Sie dann ihre Lieferungen (Lieferanten ▸ Lieferungen importieren (KPIs)…): Eine Scorecard wird aus Lieferungen, Audits und CAPAs berechnet.</translation>
    </message>
    <message>
        <source>Select a supplier to see its scorecard.</source>
        <translation>Wählen Sie einen Lieferanten, um seine Scorecard zu sehen.</translation>
    </message>
    <message>
        <source>Reading the scorecards of {period}…</source>
        <translation>Die Scorecards für {period} werden gelesen…</translation>
    </message>
    <message>
        <source>The scorecards of {period} could not be read: {why}</source>
        <translation>Die Scorecards für {period} konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>{kind} for {code} {verb}.</source>
        <translation>{kind} für {code} {verb}.</translation>
    </message>
    <message>
        <source>Proposals are decided on the latest month&apos;s scorecards.</source>
        <translation>Über Vorschläge wird auf den Scorecards des letzten Monats entschieden.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentActions</name>
    <message>
        <source>&amp;Export questionnaire…</source>
        <translation>Fragebogen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write a checklist as a protected questionnaire for a supplier to fill in</source>
        <translation>Eine Checkliste als geschützten Fragebogen schreiben, den ein Lieferant ausfüllt</translation>
    </message>
    <message>
        <source>&amp;Import filled questionnaire…</source>
        <translation>Ausgefüllten Fragebogen &amp;importieren…</translation>
    </message>
    <message>
        <source>Check a supplier&apos;s filled questionnaire, then import it as an audit</source>
        <translation>Den ausgefüllten Fragebogen eines Lieferanten prüfen und dann als Audit importieren</translation>
    </message>
    <message>
        <source>Self-&amp;assessment</source>
        <translation>&amp;Selbstbewertung</translation>
    </message>
    <message>
        <source>Supplier self-assessment questionnaires</source>
        <translation>Fragebögen zur Selbstbewertung von Lieferanten</translation>
    </message>
    <message>
        <source>Import filled questionnaire</source>
        <translation>Ausgefüllten Fragebogen importieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>The selected supplier</source>
        <translation>Der gewählte Lieferant</translation>
    </message>
    <message>
        <source>Type to narrow the suppliers: code, name, country, status, risk…</source>
        <translation>Tippen, um die Lieferanten einzugrenzen: Kürzel, Name, Land, Status, Risiko…</translation>
    </message>
    <message>
        <source>KPIs by month</source>
        <translation>KPIs je Monat</translation>
    </message>
    <message>
        <source>Deliveries of the month</source>
        <translation>Lieferungen des Monats</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>No supplier shows “{text}”. Empty the filter line to see every supplier.</source>
        <translation>Kein Lieferant zeigt „{text}“. Leeren Sie die Filterzeile, um alle Lieferanten zu sehen.</translation>
    </message>
    <message>
        <source>No suppliers in this store yet. Create the first one (Ctrl+N), or import your supplier list from a spreadsheet or an export of your ERP (Ctrl+I). (To look around first, start SQMS Desktop with --demo: it opens a separate store filled with sample data.)</source>
        <translation>Noch keine Lieferanten in dieser Datenbank. Legen Sie den ersten an (Strg+N), oder importieren Sie Ihre Lieferantenliste aus einer Tabelle oder einem Export Ihres ERP-Systems (Strg+I). (Um sich zuerst umzusehen, starten Sie SQMS Desktop mit --demo: Es öffnet eine eigene Datenbank mit Beispieldaten.)</translation>
    </message>
    <message>
        <source>Select a supplier to see its master data, sites and certificates.</source>
        <translation>Wählen Sie einen Lieferanten, um Stammdaten, Standorte und Zertifikate zu sehen.</translation>
    </message>
    <message>
        <source>Scan not opened</source>
        <translation>Scan nicht geöffnet</translation>
    </message>
    <message>
        <source>&amp;New supplier…</source>
        <translation>&amp;Neuer Lieferant…</translation>
    </message>
    <message>
        <source>Create a supplier with its master data</source>
        <translation>Einen Lieferanten mit seinen Stammdaten anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected supplier&apos;s master data (Enter)</source>
        <translation>Die Stammdaten des gewählten Lieferanten ändern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Approve, put on probation or disqualify the supplier, with a reason</source>
        <translation>Den Lieferanten mit Begründung freigeben, auf Bewährung setzen oder sperren</translation>
    </message>
    <message>
        <source>Add s&amp;ite…</source>
        <translation>Neuer S&amp;tandort…</translation>
    </message>
    <message>
        <source>Add a site (a location and the processes run there)</source>
        <translation>Einen Standort hinzufügen (einen Ort und die Prozesse dort)</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Neuer &amp;Ansprechpartner…</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>Einen Ansprechpartner hinzufügen</translation>
    </message>
    <message>
        <source>Add ce&amp;rtificate…</source>
        <translation>Neues &amp;Zertifikat…</translation>
    </message>
    <message>
        <source>Add a certificate with its scan</source>
        <translation>Ein Zertifikat mit seinem Scan hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import supplier list…</source>
        <translation>Lieferantenliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Create and update suppliers from a spreadsheet or an ERP export</source>
        <translation>Lieferanten aus einer Tabelle oder einem ERP-Export anlegen und aktualisieren</translation>
    </message>
    <message>
        <source>Import &amp;deliveries (KPIs)…</source>
        <translation>&amp;Lieferungen importieren (KPIs)…</translation>
    </message>
    <message>
        <source>Bring in deliveries from an ERP export: on-time delivery, PPM, complaints</source>
        <translation>Lieferungen aus einem ERP-Export übernehmen: Liefertermintreue, ppm, Reklamationen</translation>
    </message>
    <message>
        <source>Supplier {code} created.</source>
        <translation>Lieferant {code} angelegt.</translation>
    </message>
    <message>
        <source>Supplier {code} saved.</source>
        <translation>Lieferant {code} gespeichert.</translation>
    </message>
    <message>
        <source>Status of {code} changed.</source>
        <translation>Status von {code} geändert.</translation>
    </message>
    <message>
        <source>Site added to {code}.</source>
        <translation>Standort zu {code} hinzugefügt.</translation>
    </message>
    <message>
        <source>Contact added to {code}.</source>
        <translation>Ansprechpartner zu {code} hinzugefügt.</translation>
    </message>
    <message>
        <source>Certificate added to {code}.</source>
        <translation>Zertifikat zu {code} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No bundle sent or received yet. Export a bundle for the central store (Ctrl+E) and send the file; import one you received (Ctrl+I), or drop the .sqmsbundle file on this page.</source>
        <translation>Noch kein Paket gesendet oder empfangen. Exportieren Sie ein Paket für die zentrale Datenbank (Strg+E) und senden Sie die Datei; importieren Sie ein empfangenes (Strg+I), oder ziehen Sie die .sqmsbundle-Datei auf diese Seite.</translation>
    </message>
    <message>
        <source>Select a bundle to see what it held and its receipt.</source>
        <translation>Wählen Sie ein Paket, um seinen Inhalt und seine Empfangsbestätigung zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the changes a peer has not acknowledged into a signed bundle file</source>
        <translation>Die Änderungen, die eine Gegenstelle noch nicht bestätigt hat, in eine signierte Paketdatei schreiben</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Check a bundle file, see what it would change, then apply it</source>
        <translation>Eine Paketdatei prüfen, sehen, was sie ändern würde, und sie dann übernehmen</translation>
    </message>
    <message>
        <source>&amp;Resolve conflict…</source>
        <translation>Konflikt &amp;lösen…</translation>
    </message>
    <message>
        <source>Decide the selected conflict: take one side or enter a value</source>
        <translation>Den gewählten Konflikt entscheiden: eine Seite übernehmen oder einen Wert eingeben</translation>
    </message>
    <message>
        <source>This bundle is no longer in the log.</source>
        <translation>Dieses Paket ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <source>This store is not set up for sync yet: it has no replica name and no signing key, so it can neither write nor check bundles. Set it up once from the command line with the command below (choose a name other replicas will know it by; add --central on the store the team shares as its central store), then press F5.</source>
        <translation>Diese Datenbank ist noch nicht für den Abgleich eingerichtet: Sie hat keinen Replikatnamen und keinen Signaturschlüssel und kann deshalb Pakete weder schreiben noch prüfen. Richten Sie sie einmal auf der Kommandozeile mit dem Befehl unten ein (wählen Sie einen Namen, unter dem andere Replikate sie kennen; ergänzen Sie --central bei der Datenbank, die das Team als zentrale Datenbank teilt), und drücken Sie dann F5.</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({n})</source>
        <translation>&amp;Konflikte ({n})</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>SQMS bundles (*.sqmsbundle);;All files (*)</source>
        <translation>SQMS-Pakete (*.sqmsbundle);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>No checklist templates in this store yet. Import a workbook or an XLSForm (ODK, KoboToolbox) with Templates ▸ Import workbook… (Ctrl+I), or a ready checklist with Templates ▸ Import from library…; then release it, and audits can use it.</source>
        <translation>Noch keine Checklisten-Vorlagen in dieser Datenbank. Importieren Sie eine Arbeitsmappe oder ein XLSForm (ODK, KoboToolbox) mit Vorlagen ▸ Arbeitsmappe importieren… (Strg+I) oder eine fertige Checkliste mit Vorlagen ▸ Aus Bibliothek importieren…; geben Sie sie dann frei, und Audits können sie verwenden.</translation>
    </message>
    <message>
        <source>Select a template version to see its sections and questions.</source>
        <translation>Wählen Sie eine Vorlagenversion, um ihre Abschnitte und Fragen zu sehen.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot release</source>
        <translation>Freigabe nicht möglich</translation>
    </message>
    <message>
        <source>{key} v{version} released; audits can use it now.</source>
        <translation>{key} v{version} freigegeben; Audits können sie jetzt verwenden.</translation>
    </message>
    <message>
        <source>Cannot retire</source>
        <translation>Zurückziehen nicht möglich</translation>
    </message>
    <message>
        <source>{key} v{version} retired.</source>
        <translation>{key} v{version} zurückgezogen.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Import checklist workbook or XLSForm</source>
        <translation>Checklisten-Arbeitsmappe oder XLSForm importieren</translation>
    </message>
    <message>
        <source>Checklist workbooks and XLSForms (*.xlsx)</source>
        <translation>Checklisten-Arbeitsmappen und XLSForms (*.xlsx)</translation>
    </message>
    <message>
        <source>Import from library</source>
        <translation>Aus Bibliothek importieren</translation>
    </message>
    <message>
        <source>The built-in checklist library is empty.</source>
        <translation>Die eingebaute Checklisten-Bibliothek ist leer.</translation>
    </message>
    <message>
        <source>Reading the checklist library…</source>
        <translation>Die Checklisten-Bibliothek wird gelesen…</translation>
    </message>
    <message>
        <source>Export {key} version {version}</source>
        <translation>{key} Version {version} exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Release template version</source>
        <translation>Vorlagenversion freigeben</translation>
    </message>
    <message>
        <source>Release {key} version {version}? A released version cannot be changed; audits can use it from now on. Later changes come as a new version.</source>
        <translation>{key} Version {version} freigeben? Eine freigegebene Version lässt sich nicht mehr ändern; Audits können sie ab jetzt verwenden. Spätere Änderungen kommen als neue Version.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>F&amp;reigeben</translation>
    </message>
    <message>
        <source>{key} v{version} imported as a new template (a draft).</source>
        <translation>{key} v{version} als neue Vorlage importiert (ein Entwurf).</translation>
    </message>
    <message>
        <source>{key} v{version} imported as a new draft version.</source>
        <translation>{key} v{version} als neue Entwurfsversion importiert.</translation>
    </message>
    <message>
        <source>{key} v{version}: the draft was replaced by the workbook.</source>
        <translation>{key} v{version}: Der Entwurf wurde durch die Arbeitsmappe ersetzt.</translation>
    </message>
    <message>
        <source>{key} v{version} already holds this workbook; nothing changed.</source>
        <translation>{key} v{version} enthält diese Arbeitsmappe schon; nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>version {version}, {status}</source>
        <translation>Version {version}, {status}</translation>
    </message>
    <message>
        <source>Cannot read the checklist library</source>
        <translation>Die Checklisten-Bibliothek kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TrailPage</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A day in UTC; the first one, “any day”, does not narrow</source>
        <translation>Ein Tag in UTC; der erste, „jeder Tag“, grenzt nicht ein</translation>
    </message>
    <message>
        <source>No trail entry matches the filter.</source>
        <translation>Kein Eintrag im Audit-Trail passt zum Filter.</translation>
    </message>
    <message>
        <source>The trail is empty: nothing has been recorded in this store yet. Every change made here (a supplier created, an audit planned or signed, a CAPA closed) will be listed with who made it, when and why. Start on the Suppliers page (Ctrl+1).</source>
        <translation>Der Audit-Trail ist leer: In dieser Datenbank wurde noch nichts aufgezeichnet. Jede Änderung hier (ein Lieferant angelegt, ein Audit geplant oder signiert, eine CAPA geschlossen) wird aufgeführt, mit wer, wann und warum. Beginnen Sie auf der Seite Lieferanten (Strg+1).</translation>
    </message>
    <message>
        <source>Select an entry to see its old and new values, reason and hash.</source>
        <translation>Wählen Sie einen Eintrag, um alten und neuen Wert, Begründung und Hash zu sehen.</translation>
    </message>
    <message>
        <source>SQMS audit trail – {store}</source>
        <translation>SQMS Audit-Trail – {store}</translation>
    </message>
    <message>
        <source>Exporting the trail to {file}…</source>
        <translation>Der Audit-Trail wird nach {file} exportiert…</translation>
    </message>
    <message>
        <source>Verifying the trail&apos;s hash chain…</source>
        <translation>Die Hash-Kette des Audit-Trails wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify hash chain</source>
        <translation>Hash-Kette prüfen</translation>
    </message>
    <message>
        <source>Export filtered trail</source>
        <translation>Gefilterten Audit-Trail exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trail entries exported to {file}.</source>
        <translation>
            <numerusform>%Ln Eintrag des Audit-Trails nach {file} exportiert.</numerusform>
            <numerusform>%Ln Einträge des Audit-Trails nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trail intact: %Ln entries verified.</source>
        <translation>
            <numerusform>Audit-Trail intakt: %Ln Eintrag geprüft.</numerusform>
            <numerusform>Audit-Trail intakt: %Ln Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the trail</source>
        <translation>Der Audit-Trail kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>The trail is broken at {where}

{n} entries before it chain correctly. Keep a copy of this store and report it to the system administrator.</source>
        <translation>Der Audit-Trail ist bei {where} unterbrochen.

{n} Einträge davor sind korrekt verkettet. Bewahren Sie eine Kopie dieser Datenbank auf und melden Sie es dem Systemadministrator.</translation>
    </message>
    <message>
        <source>Cannot verify the trail</source>
        <translation>Der Audit-Trail kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>Hash chain check cancelled.</source>
        <translation>Prüfung der Hash-Kette abgebrochen.</translation>
    </message>
</context>
</TS>
