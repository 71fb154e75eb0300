<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SQMS Desktop</source>
        <translation>Über SQMS Desktop</translation>
    </message>
    <message>
        <source>Supplier quality management for auditors who work offline: audits, findings, CAPAs and scorecards.</source>
        <translation>Lieferantenqualitätsmanagement für Auditoren, die offline arbeiten: Audits, Feststellungen, CAPAs und Scorecards.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Quality agreement</source>
        <translation>Qualitätssicherungsvereinbarung (QSV)</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;PPM target:</source>
        <translation>&amp;ppm-Ziel:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>&amp;On-time target (%):</source>
        <translation>Ziel Liefer&amp;termintreue (%):</translation>
    </message>
    <message>
        <source>CAPA response (&amp;days):</source>
        <translation>CAPA-Antwort (Ta&amp;ge):</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Unterzeichnet am:</translation>
    </message>
    <message>
        <source>Signed &amp;document:</source>
        <translation>Unterzeichnetes Doku&amp;ment:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>AuditPlanDialog</name>
    <message>
        <source>Plan audit</source>
        <translation>Audit planen</translation>
    </message>
    <message>
        <source>Auditee</source>
        <translation>Auditierte Organisation</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Audit&amp;art:</translation>
    </message>
    <message>
        <source>F&amp;ollow-up of last audit</source>
        <translation>&amp;Nachaudit des letzten Audits</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checkliste:</translation>
    </message>
    <message>
        <source>VDA 6.3 &amp;edition:</source>
        <translation>&amp;VDA-6.3-Ausgabe:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Geplant:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation>Lea&amp;d-Auditor:</translation>
    </message>
    <message>
        <source>Audit t&amp;eam:</source>
        <translation>Audit&amp;team:</translation>
    </message>
    <message>
        <source>Auditee &amp;participants:</source>
        <translation>Teilnehmer der auditierten &amp;Organisation:</translation>
    </message>
    <message>
        <source>Names and functions, e.g. Jana Novak (quality manager)</source>
        <translation>Namen und Funktionen, z. B. Jana Novak (Qualitätsmanagerin)</translation>
    </message>
    <message>
        <source>Objectives, scope and criteria</source>
        <translation>Ziele, Umfang und Kriterien</translation>
    </message>
    <message>
        <source>O&amp;bjectives:</source>
        <translation>Auditzi&amp;ele:</translation>
    </message>
    <message>
        <source>What the audit is to establish</source>
        <translation>Was das Audit feststellen soll</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Sites, processes, products and period covered</source>
        <translation>Abgedeckte Standorte, Prozesse, Produkte und Zeitraum</translation>
    </message>
    <message>
        <source>C&amp;riteria:</source>
        <translation>Auditk&amp;riterien:</translation>
    </message>
    <message>
        <source>Standards and requirements audited against</source>
        <translation>Normen und Anforderungen, gegen die auditiert wird</translation>
    </message>
    <message>
        <source>Open findings to check</source>
        <translation>Zu prüfende offene Feststellungen</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>A bundle holds every change the recipient has not acknowledged yet, with its attachments, signed with this store&apos;s key. Send it by e-mail or on a USB stick; the recipient imports it on its Sync page.</source>
        <translation>Ein Paket enthält jede Änderung, die der Empfänger noch nicht bestätigt hat, mit ihren Anhängen, signiert mit dem Schlüssel dieser Datenbank. Senden Sie es per E-Mail oder auf einem USB-Stick; der Empfänger importiert es auf seiner Seite Abgleich.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of this store&apos;s key</source>
        <translation>Passphrase des Schlüssels dieser Datenbank</translation>
    </message>
    <message>
        <source>Leave empty when the system keyring holds it</source>
        <translation>Leer lassen, wenn der Schlüsselbund des Systems sie enthält</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>What the bundle holds and what importing it changes</source>
        <translation>Was das Paket enthält und was sein Import ändert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CapaPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type to narrow the CAPAs: reference, title, supplier…</source>
        <translation>Tippen, um die CAPAs einzugrenzen: Referenz, Titel, Lieferant…</translation>
    </message>
    <message>
        <source>Only this supplier&apos;s CAPAs</source>
        <translation>Nur die CAPAs dieses Lieferanten</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Only CAPAs in this state</source>
        <translation>Nur CAPAs in diesem Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Only CAPAs whose next stage is due within this many days (overdue ones included)</source>
        <translation>Nur CAPAs, deren nächste Stufe innerhalb so vieler Tage fällig ist (überfällige eingeschlossen)</translation>
    </message>
    <message>
        <source>Due: any time</source>
        <translation>Fällig: jederzeit</translation>
    </message>
    <message>
        <source>Due within </source>
        <translation>Fällig innerhalb </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Add certificate</source>
        <translation>Zertifikat hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>&amp;Norm:</translation>
    </message>
    <message>
        <source>Pick one or type another standard</source>
        <translation>Wählen Sie eine aus oder geben Sie eine andere Norm ein</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>the certification body</source>
        <translation>die Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gü&amp;ltig ab:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Gel&amp;tungsbereich:</translation>
    </message>
    <message>
        <source>the scope as printed on the certificate</source>
        <translation>der Geltungsbereich, wie er auf dem Zertifikat steht</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>a PDF or picture of the certificate (optional)</source>
        <translation>ein PDF oder Bild des Zertifikats (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>ClosingMeetingDialog</name>
    <message>
        <source>Closing meeting</source>
        <translation>Abschlussgespräch</translation>
    </message>
    <message>
        <source>&amp;Conclusions:</source>
        <translation>&amp;Schlussfolgerungen:</translation>
    </message>
    <message>
        <source>The degree to which the audit criteria are fulfilled, as presented at the closing meeting</source>
        <translation>Der Grad, zu dem die Auditkriterien erfüllt sind, wie im Abschlussgespräch dargestellt</translation>
    </message>
    <message>
        <source>Auditee &amp;present:</source>
        <translation>&amp;Anwesend (auditierte Organisation):</translation>
    </message>
    <message>
        <source>Who of the auditee attended the closing meeting</source>
        <translation>Wer von der auditierten Organisation am Abschlussgespräch teilnahm</translation>
    </message>
    <message>
        <source>&amp;Diverging opinions:</source>
        <translation>Abweichende &amp;Meinungen:</translation>
    </message>
    <message>
        <source>Opinions on findings or conclusions that remain unresolved (leave empty if none)</source>
        <translation>Ungeklärte Meinungen zu Feststellungen oder Schlussfolgerungen (leer lassen, wenn keine)</translation>
    </message>
    <message>
        <source>Unanswered:</source>
        <translation>Unbeantwortet:</translation>
    </message>
    <message>
        <source>&amp;Why unanswered:</source>
        <translation>&amp;Warum unbeantwortet:</translation>
    </message>
    <message>
        <source>Why they stay unanswered (the report prints it)</source>
        <translation>Warum sie unbeantwortet bleiben (der Bericht druckt es)</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>Bisheriges Ergebnis</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punktzahl:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Einstufung:</translation>
    </message>
    <message>
        <source>Findings by class:</source>
        <translation>Feststellungen nach Klasse:</translation>
    </message>
    <message>
        <source>By element or section:</source>
        <translation>Nach Element oder Abschnitt:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
</context>
<context>
    <name>ConflictResolveDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>The common base and every side</source>
        <translation>Die gemeinsame Basis und jede Seite</translation>
    </message>
    <message>
        <source>&amp;Enter a value:</source>
        <translation>Wert &amp;eingeben:</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Ansprechpartner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>e.g. quality manager</source>
        <translation>z. B. Qualitätsmanager</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Cost of poor quality</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Incurred on:</source>
        <translation>&amp;Angefallen am:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>z. B. 1250.00</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Against CA&amp;PA:</source>
        <translation>Zu CA&amp;PA:</translation>
    </message>
    <message>
        <source>Against &amp;delivery:</source>
        <translation>Zu &amp;Lieferung:</translation>
    </message>
    <message>
        <source>delivery number (optional)</source>
        <translation>Liefernummer (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>SQMS Desktop – unexpected error</source>
        <translation>SQMS Desktop – unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that SQMS Desktop did not expect. Your saved work is safe: every change is written in one piece or not at all. Please send the details below and the log file to your support contact.</source>
        <translation>Etwas ist schiefgegangen, womit SQMS Desktop nicht gerechnet hat. Ihre gespeicherte Arbeit ist sicher: Jede Änderung wird vollständig oder gar nicht geschrieben. Bitte senden Sie die Details unten und die Protokolldatei an Ihren Support-Kontakt.</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <source>Development action</source>
        <translation>Entwicklungsmaßnahme</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>DevelopmentResultDialog</name>
    <message>
        <source>Result seen at an audit</source>
        <translation>Bei einem Audit gesehenes Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Audit:</source>
        <translation>&amp;Audit:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Raise finding</source>
        <translation>Feststellung erfassen</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Aussage:</translation>
    </message>
    <message>
        <source>What was found, stated as a fact against the requirement</source>
        <translation>Was festgestellt wurde, als Tatsache gegenüber der Anforderung formuliert</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>A&amp;nforderung:</translation>
    </message>
    <message>
        <source>Clause, e.g. ISO 9001 7.1.5</source>
        <translation>Abschnitt, z. B. ISO 9001 7.1.5</translation>
    </message>
    <message>
        <source>Raise as &amp;major NC</source>
        <translation>Als &amp;Hauptabweichung erfassen</translation>
    </message>
    <message>
        <source>Objective &amp;evidence:</source>
        <translation>Objektiver Nach&amp;weis:</translation>
    </message>
    <message>
        <source>Records, samples and interviews the statement rests on</source>
        <translation>Aufzeichnungen, Stichproben und Befragungen, auf denen die Aussage beruht</translation>
    </message>
    <message>
        <source>&amp;Photos:</source>
        <translation>&amp;Fotos:</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings actions</source>
        <translation>Aktionen für Feststellungen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Text in the finding</source>
        <translation>Text in der Feststellung</translation>
    </message>
    <message>
        <source>Reference, statement, requirement, supplier, question, CAPA…</source>
        <translation>Referenz, Aussage, Anforderung, Lieferant, Frage, CAPA…</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Only this supplier&apos;s findings</source>
        <translation>Nur die Feststellungen dieses Lieferanten</translation>
    </message>
    <message>
        <source>Au&amp;dit:</source>
        <translation>Au&amp;dit:</translation>
    </message>
    <message>
        <source>Audit reference</source>
        <translation>Auditreferenz</translation>
    </message>
    <message>
        <source>Only this audit&apos;s findings (its full reference; suggestions appear as you type)</source>
        <translation>Nur die Feststellungen dieses Audits (seine vollständige Referenz; Vorschläge erscheinen beim Tippen)</translation>
    </message>
    <message>
        <source>Any audit</source>
        <translation>Jedes Audit</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Only findings of this class</source>
        <translation>Nur Feststellungen dieser Klasse</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only findings in this status</source>
        <translation>Nur Feststellungen in diesem Status</translation>
    </message>
    <message>
        <source>CA&amp;PA:</source>
        <translation>CA&amp;PA:</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>Only findings with a CAPA raised, or only those without one</source>
        <translation>Nur Feststellungen mit eröffneter CAPA oder nur solche ohne</translation>
    </message>
    <message>
        <source>Audit date fro&amp;m:</source>
        <translation>Auditdatum &amp;von:</translation>
    </message>
    <message>
        <source>Audit date from</source>
        <translation>Auditdatum von</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>bi&amp;s:</translation>
    </message>
    <message>
        <source>Audit date to, inclusive</source>
        <translation>Auditdatum bis einschließlich</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Open &amp;audit</source>
        <translation>&amp;Audit öffnen</translation>
    </message>
    <message>
        <source>Show the selected finding&apos;s audit on the Audits page (Enter)</source>
        <translation>Das Audit der ausgewählten Feststellung auf der Seite Audits zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Open &amp;CAPA</source>
        <translation>&amp;CAPA öffnen</translation>
    </message>
    <message>
        <source>Show the CAPA raised on the selected finding on the CAPAs page</source>
        <translation>Die zur ausgewählten Feststellung eröffnete CAPA auf der Seite CAPAs zeigen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the findings the filters select, in the order shown, to an Excel workbook</source>
        <translation>Die von den Filtern ausgewählten Feststellungen in der angezeigten Reihenfolge in eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every finding of every audit</source>
        <translation>Jede Feststellung jedes Audits zeigen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Reference, statement, requirement, question…</source>
        <translation>Referenz, Aussage, Anforderung, Frage…</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Den ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>This store has no users yet. Create the first administrator; you are signed in as this user, who can then add the others.</source>
        <translation>Diese Datenbank hat noch keine Benutzer. Legen Sie den ersten Administrator an; Sie werden als dieser Benutzer angemeldet, der dann die anderen hinzufügen kann.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>an .xlsx workbook or a .csv export</source>
        <translation>eine .xlsx-Arbeitsmappe oder ein .csv-Export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>A name for where files like this come from, e.g. SAP vendor export</source>
        <translation>Ein Name für die Herkunft solcher Dateien, z. B. SAP-Lieferantenexport</translation>
    </message>
    <message>
        <source>Our field</source>
        <translation>Unser Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Read the file &amp;again</source>
        <translation>Datei &amp;erneut lesen</translation>
    </message>
    <message>
        <source>After fixing the file: read it again with the same columns</source>
        <translation>Nach dem Korrigieren der Datei: sie mit denselben Spalten erneut lesen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Import from the checklist library</source>
        <translation>Aus der Checklisten-Bibliothek importieren</translation>
    </message>
    <message>
        <source>Checklists that ship with SQMS Desktop. The one you choose is imported like a workbook: as a new template, or as a new draft version when its key is in the store already.</source>
        <translation>Checklisten, die mit SQMS Desktop ausgeliefert werden. Die gewählte wird wie eine Arbeitsmappe importiert: als neue Vorlage oder als neue Entwurfsversion, wenn ihr Schlüssel schon in der Datenbank ist.</translation>
    </message>
    <message>
        <source>Library checklists</source>
        <translation>Checklisten der Bibliothek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>In this store</source>
        <translation>In dieser Datenbank</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type to narrow the list (any column)</source>
        <translation>Tippen, um die Liste einzugrenzen (beliebige Spalte)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>SQMS Desktop is locked</source>
        <translation>SQMS Desktop ist gesperrt</translation>
    </message>
    <message>
        <source>Locked — enter your password to continue.</source>
        <translation>Gesperrt – geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Audits</source>
        <translation>A&amp;udits</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>T&amp;rail</source>
        <translation>Audit-T&amp;rail</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close SQMS Desktop</source>
        <translation>SQMS Desktop schließen</translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation>&amp;Lieferanten</translation>
    </message>
    <message>
        <source>Show the suppliers</source>
        <translation>Die Lieferanten zeigen</translation>
    </message>
    <message>
        <source>Show the audits</source>
        <translation>Die Audits zeigen</translation>
    </message>
    <message>
        <source>Show the checklist templates</source>
        <translation>Die Checklisten-Vorlagen zeigen</translation>
    </message>
    <message>
        <source>Show the audit trail: who changed what, when and why</source>
        <translation>Den Audit-Trail zeigen: wer was wann und warum geändert hat</translation>
    </message>
    <message>
        <source>&amp;CAPAs</source>
        <translation>&amp;CAPAs</translation>
    </message>
    <message>
        <source>Show the CAPA register</source>
        <translation>Das CAPA-Register zeigen</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>&amp;Feststellungen</translation>
    </message>
    <message>
        <source>Show the findings of every audit</source>
        <translation>Die Feststellungen aller Audits zeigen</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Ab&amp;gleich</translation>
    </message>
    <message>
        <source>Exchange bundles with the central store and resolve conflicts</source>
        <translation>Pakete mit der zentralen Datenbank austauschen und Konflikte lösen</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>Audit&amp;programm</translation>
    </message>
    <message>
        <source>The audit programme: audits overdue, due and planned, by month</source>
        <translation>Das Auditprogramm: überfällige, fällige und geplante Audits nach Monat</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Das&amp;hboard</translation>
    </message>
    <message>
        <source>The supplier base at a glance: bands, trends, overdue CAPAs, audits due, certificates</source>
        <translation>Die Lieferantenbasis auf einen Blick: Klassen, Trends, überfällige CAPAs, fällige Audits, Zertifikate</translation>
    </message>
    <message>
        <source>Sc&amp;orecards</source>
        <translation>Sc&amp;orecards</translation>
    </message>
    <message>
        <source>Supplier scorecards by month: parts, bands, trends and proposals</source>
        <translation>Lieferanten-Scorecards nach Monat: Teile, Klassen, Trends und Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>Filter&amp;n…</translation>
    </message>
    <message>
        <source>Type to narrow the list on the current page</source>
        <translation>Tippen, um die Liste auf der aktuellen Seite einzugrenzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the store again</source>
        <translation>Die Datenbank erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Every action that has a key, and its key</source>
        <translation>Jede Aktion, die eine Taste hat, und ihre Taste</translation>
    </message>
    <message>
        <source>&amp;About SQMS Desktop</source>
        <translation>&amp;Über SQMS Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>NoCapaDialog</name>
    <message>
        <source>No CAPA needed</source>
        <translation>Keine CAPA erforderlich</translation>
    </message>
    <message>
        <source>A major nonconformity goes into the signed audit report with a CAPA or with the reason none is needed. The reason is part of what the lead auditor signs.</source>
        <translation>Eine Hauptabweichung geht mit einer CAPA oder mit der Begründung, warum keine nötig ist, in den signierten Auditbericht ein. Die Begründung ist Teil dessen, was der Lead-Auditor signiert.</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Feststellung:</translation>
    </message>
    <message>
        <source>&amp;Why no CAPA:</source>
        <translation>&amp;Warum keine CAPA:</translation>
    </message>
    <message>
        <source>e.g. corrected and verified during the audit; a one-off with no systemic cause</source>
        <translation>z. B. während des Audits korrigiert und verifiziert; ein Einzelfall ohne systemische Ursache</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Workbook not imported</source>
        <translation>Arbeitsmappe nicht importiert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProposalDecisionDialog</name>
    <message>
        <source>Scorecard proposal</source>
        <translation>Scorecard-Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Reason (trailed):</source>
        <translation>&amp;Begründung (im Audit-Trail):</translation>
    </message>
</context>
<context>
    <name>RaiseCapaDialog</name>
    <message>
        <source>Raise CAPA</source>
        <translation>CAPA eröffnen</translation>
    </message>
    <message>
        <source>&amp;Findings it answers (tick one or several of one supplier):</source>
        <translation>&amp;Feststellungen, auf die sie antwortet (eine oder mehrere eines Lieferanten ankreuzen):</translation>
    </message>
    <message>
        <source>Raise as:</source>
        <translation>Eröffnen als:</translation>
    </message>
    <message>
        <source>Internal &amp;CAPA</source>
        <translation>Interne &amp;CAPA</translation>
    </message>
    <message>
        <source>&amp;SCAR, addressed to the supplier</source>
        <translation>&amp;SCAR, an den Lieferanten gerichtet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Safety critical or stop-ship: &amp;contain within a day</source>
        <translation>Sicherheitskritisch oder Lieferstopp: innerhalb eines Tages &amp;eindämmen</translation>
    </message>
    <message>
        <source>Keep it a &amp;draft and issue it later (its deadlines start when it is issued)</source>
        <translation>Als Ent&amp;wurf behalten und später ausgeben (die Fristen beginnen mit der Ausgabe)</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>&amp;Problem description</source>
        <translation>&amp;Problembeschreibung</translation>
    </message>
    <message>
        <source>&amp;D2 (5W2H)</source>
        <translation>&amp;D2 (5W2H)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweis</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire template version</source>
        <translation>Vorlagenversion zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the audit trail):</source>
        <translation>&amp;Begründung (erforderlich, im Audit-Trail festgehalten):</translation>
    </message>
    <message>
        <source>For example: replaced by version 3 after the 2026 revision of the standard</source>
        <translation>Zum Beispiel: ersetzt durch Version 3 nach der Revision der Norm 2026</translation>
    </message>
</context>
<context>
    <name>ReviewActionDialog</name>
    <message>
        <source>Agreed action</source>
        <translation>Vereinbarte Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Supplier review</source>
        <translation>Lieferantengespräch</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Geführt am:</translation>
    </message>
    <message>
        <source>&amp;Period reviewed:</source>
        <translation>Betrachteter &amp;Zeitraum:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <source>one person per line</source>
        <translation>eine Person pro Zeile</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
</context>
<context>
    <name>RiskCloseDialog</name>
    <message>
        <source>Close risk</source>
        <translation>Risiko schließen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Supplier risk</source>
        <translation>Lieferantenrisiko</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>1 rare … 5 almost certain</source>
        <translation>1 selten … 5 fast sicher</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>1 negligible … 5 severe</source>
        <translation>1 vernachlässigbar … 5 schwerwiegend</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punktzahl:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Minderung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Seen at &amp;audit:</source>
        <translation>Gesehen bei A&amp;udit:</translation>
    </message>
    <message>
        <source>Mitigated by CA&amp;PA:</source>
        <translation>Gemindert durch CA&amp;PA:</translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Proposals:</source>
        <translation>Vorsc&amp;hläge:</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Annehmen…</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Window keys work everywhere; a page&apos;s keys work while that page is shown. The same kind of action has the same key on every page.</source>
        <translation>Fenstertasten wirken überall; die Tasten einer Seite wirken, solange die Seite angezeigt wird. Dieselbe Art Aktion hat auf jeder Seite dieselbe Taste.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign audit</source>
        <translation>Audit signieren</translation>
    </message>
    <message>
        <source>You are about to sign this record electronically. Your signature is the legally binding equivalent of your handwritten signature.</source>
        <translation>Sie sind dabei, diesen Datensatz elektronisch zu signieren. Ihre Signatur ist das rechtsverbindliche Gegenstück Ihrer handschriftlichen Unterschrift.</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>Audit:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Lieferant:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Bedeutung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – SQMS Desktop</source>
        <translation>Anmelden – SQMS Desktop</translation>
    </message>
    <message>
        <source>Sign in with your SQMS user name and password. Everything you change is recorded under your name.</source>
        <translation>Melden Sie sich mit Ihrem SQMS-Benutzernamen und Passwort an. Alles, was Sie ändern, wird unter Ihrem Namen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Choose your account, then type your password</source>
        <translation>Wählen Sie Ihr Konto, dann geben Sie Ihr Passwort ein</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Plant 2</source>
        <translation>z. B. Werk 2</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>Ländercode nach ISO 3166</translation>
    </message>
    <message>
        <source>P&amp;rocesses:</source>
        <translation>P&amp;rozesse:</translation>
    </message>
    <message>
        <source>one process per line, e.g. die casting</source>
        <translation>ein Prozess pro Zeile, z. B. Druckguss</translation>
    </message>
</context>
<context>
    <name>StageDecisionDialog</name>
    <message>
        <source>Supplier&apos;s answer</source>
        <translation>Antwort des Lieferanten</translation>
    </message>
    <message>
        <source>What the supplier answered</source>
        <translation>Was der Lieferant geantwortet hat</translation>
    </message>
    <message>
        <source>&amp;Accept: the stage is done</source>
        <translation>&amp;Annehmen: Die Stufe ist erledigt</translation>
    </message>
    <message>
        <source>&amp;Reject: send it back, the stage stays</source>
        <translation>A&amp;blehnen: zurücksenden, die Stufe bleibt</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Neuer &amp;Status:</translation>
    </message>
    <message>
        <source>New &amp;business hold: no new orders may be placed</source>
        <translation>Neue &amp;Liefersperre: Es dürfen keine neuen Bestellungen aufgegeben werden</translation>
    </message>
    <message>
        <source>Approval sc&amp;ope:</source>
        <translation>Freigabe&amp;umfang:</translation>
    </message>
    <message>
        <source>what the supplier is approved to deliver</source>
        <translation>wofür der Lieferant zur Lieferung freigegeben ist</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>why the status changes (required; kept in the status history and the trail)</source>
        <translation>warum sich der Status ändert (erforderlich; in der Statushistorie und im Audit-Trail festgehalten)</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. SUP-042</source>
        <translation>z. B. SUP-042</translation>
    </message>
    <message>
        <source>2 to 32 capital letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; it cannot be changed later</source>
        <translation>2 bis 32 Großbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;; kann später nicht geändert werden</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>as registered</source>
        <translation>wie eingetragen</translation>
    </message>
    <message>
        <source>Co&amp;mmodities:</source>
        <translation>&amp;Warengruppen:</translation>
    </message>
    <message>
        <source>castings; machining; … (separate with ;)</source>
        <translation>Gussteile; Zerspanung; … (mit ; trennen)</translation>
    </message>
    <message>
        <source>&amp;DUNS:</source>
        <translation>&amp;DUNS:</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 Ziffern</translation>
    </message>
    <message>
        <source>&amp;VAT id:</source>
        <translation>USt-&amp;IdNr.:</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>Ländercode nach ISO 3166</translation>
    </message>
    <message>
        <source>Approval and risk</source>
        <translation>Freigabe und Risiko</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>The approval status; later changes go through Change status…, with a reason</source>
        <translation>Der Freigabestatus; spätere Änderungen laufen über Status ändern… mit Begründung</translation>
    </message>
    <message>
        <source>Approval sc&amp;ope:</source>
        <translation>Freigabe&amp;umfang:</translation>
    </message>
    <message>
        <source>what the supplier is approved to deliver</source>
        <translation>wofür der Lieferant zur Lieferung freigegeben ist</translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation>&amp;Risikoklasse:</translation>
    </message>
    <message>
        <source>Sets how often the supplier is audited</source>
        <translation>Legt fest, wie oft der Lieferant auditiert wird</translation>
    </message>
    <message>
        <source>Risk r&amp;eason:</source>
        <translation>Risikob&amp;egründung:</translation>
    </message>
    <message>
        <source>why this risk class</source>
        <translation>warum diese Risikoklasse</translation>
    </message>
</context>
<context>
    <name>SupplierView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>Open sc&amp;an</source>
        <translation>S&amp;can öffnen</translation>
    </message>
    <message>
        <source>Open the scanned certificate in the program your system uses for it</source>
        <translation>Das gescannte Zertifikat in dem Programm öffnen, das Ihr System dafür verwendet</translation>
    </message>
    <message>
        <source>A&amp;udits</source>
        <translation>A&amp;udits</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Feststellungen</translation>
    </message>
    <message>
        <source>CA&amp;PAs</source>
        <translation>CA&amp;PAs</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type to narrow the list (any column)</source>
        <translation>Tippen, um die Liste einzugrenzen (beliebige Spalte)</translation>
    </message>
    <message>
        <source>&amp;New supplier…</source>
        <translation>&amp;Neuer Lieferant…</translation>
    </message>
    <message>
        <source>&amp;Import supplier list…</source>
        <translation>Lieferantenliste &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync status of this store</source>
        <translation>Abgleichstatus dieser Datenbank</translation>
    </message>
    <message>
        <source>&amp;Bundles sent and received</source>
        <translation>Gesendete und empfangene &amp;Pakete</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type to narrow the bundles: peer, file, receipt…</source>
        <translation>Tippen, um die Pakete einzugrenzen: Gegenstelle, Datei, Empfangsbestätigung…</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Gesendete und empfangene Pakete</translation>
    </message>
    <message>
        <source>The selected bundle and its receipt</source>
        <translation>Das ausgewählte Paket und seine Empfangsbestätigung</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <source>The command that sets this store up for sync</source>
        <translation>Der Befehl, der diese Datenbank für den Abgleich einrichtet</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Template actions</source>
        <translation>Aktionen für Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type to narrow the template versions: key, title, scheme, status…</source>
        <translation>Tippen, um die Vorlagenversionen einzugrenzen: Schlüssel, Titel, Schema, Status…</translation>
    </message>
    <message>
        <source>Template versions</source>
        <translation>Vorlagenversionen</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Abschnitte und Fragen</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Vorlagenversion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>Arbeitsmappe &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a checklist template from an Excel workbook (.xlsx) or an XLSForm (ODK, KoboToolbox)</source>
        <translation>Eine Checklisten-Vorlage aus einer Excel-Arbeitsmappe (.xlsx) oder einem XLSForm (ODK, KoboToolbox) importieren</translation>
    </message>
    <message>
        <source>Import from &amp;library…</source>
        <translation>Aus &amp;Bibliothek importieren…</translation>
    </message>
    <message>
        <source>Import one of the checklists that ship with SQMS Desktop</source>
        <translation>Eine der Checklisten importieren, die mit SQMS Desktop ausgeliefert werden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the selected version as an Excel workbook</source>
        <translation>Die ausgewählte Version als Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>F&amp;reigeben</translation>
    </message>
    <message>
        <source>Release the selected draft: it becomes fixed and audits can use it</source>
        <translation>Den ausgewählten Entwurf freigeben: Er wird unveränderlich und Audits können ihn verwenden</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Zurück&amp;ziehen…</translation>
    </message>
    <message>
        <source>Retire the selected released version: no new audit can use it</source>
        <translation>Die ausgewählte freigegebene Version zurückziehen: Kein neues Audit kann sie verwenden</translation>
    </message>
    <message>
        <source>&amp;Compare with previous version</source>
        <translation>Mit vorheriger Version &amp;vergleichen</translation>
    </message>
    <message>
        <source>Show what the selected version added, removed and changed</source>
        <translation>Zeigen, was die ausgewählte Version hinzugefügt, entfernt und geändert hat</translation>
    </message>
</context>
<context>
    <name>TrailPage</name>
    <message>
        <source>Trail actions</source>
        <translation>Aktionen für den Audit-Trail</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From day (UTC)</source>
        <translation>Ab Tag (UTC)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>To day (UTC), inclusive</source>
        <translation>Bis Tag (UTC) einschließlich</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Text in field, values or reason</source>
        <translation>Text in Feld, Werten oder Begründung</translation>
    </message>
    <message>
        <source>In the field name, old or new value, or reason…</source>
        <translation>Im Feldnamen, alten oder neuen Wert oder in der Begründung…</translation>
    </message>
    <message>
        <source>Trail entries</source>
        <translation>Einträge des Audit-Trails</translation>
    </message>
    <message>
        <source>Trail entry</source>
        <translation>Eintrag des Audit-Trails</translation>
    </message>
    <message>
        <source>Only this &amp;record</source>
        <translation>N&amp;ur dieser Datensatz</translation>
    </message>
    <message>
        <source>Show the trail of the selected entry&apos;s record only</source>
        <translation>Nur den Audit-Trail des Datensatzes des ausgewählten Eintrags zeigen</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show the newest entries of the whole trail</source>
        <translation>Die neuesten Einträge des ganzen Audit-Trails zeigen</translation>
    </message>
    <message>
        <source>&amp;Export filtered trail…</source>
        <translation>Gefilterten Audit-Trail &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write every entry that matches the filter to an Excel workbook</source>
        <translation>Jeden Eintrag, der zum Filter passt, in eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>&amp;Verify hash chain</source>
        <translation>Hash-Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that no trail entry was changed, removed or reordered since it was written</source>
        <translation>Prüfen, dass kein Eintrag des Audit-Trails seit dem Schreiben geändert, entfernt oder umgeordnet wurde</translation>
    </message>
</context>
</TS>
