<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide {pyside} · Python {python}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Signed agreement (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Unterzeichnete Vereinbarung (*.pdf *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>noch nicht unterzeichnet</translation>
    </message>
    <message>
        <source>Edit quality agreement {ref}</source>
        <translation>QSV {ref} bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Record quality agreement</source>
        <translation>Qualitätssicherungsvereinbarung (QSV) erfassen</translation>
    </message>
    <message>
        <source>&amp;Record agreement</source>
        <translation>QSV &amp;erfassen</translation>
    </message>
    <message>
        <source>PPM target</source>
        <translation>ppm-Ziel</translation>
    </message>
    <message>
        <source>on-time delivery target</source>
        <translation>Ziel Liefertermintreue</translation>
    </message>
    <message>
        <source>CAPA response days</source>
        <translation>CAPA-Antwortfrist in Tagen</translation>
    </message>
    <message>
        <source>Signed quality agreement</source>
        <translation>Unterzeichnete Qualitätssicherungsvereinbarung</translation>
    </message>
</context>
<context>
    <name>AnnotateDialog</name>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Freihand</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add {shape}</source>
        <translation>{shape} hinzufügen</translation>
    </message>
    <message>
        <source>Clear annotations</source>
        <translation>Anmerkungen löschen</translation>
    </message>
    <message>
        <source>Annotate {name}</source>
        <translation>{name} mit Anmerkungen versehen</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Text to place</source>
        <translation>Text eingeben</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Annotations not saved</source>
        <translation>Anmerkungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>AuditPlanDialog</name>
    <message>
        <source>The audit gets its reference when it is planned. On a laptop that syncs with a central store it is provisional (P-…) until the central store numbers it.</source>
        <translation>Das Audit erhält seine Nummer, wenn es geplant wird. Auf einem Laptop, der mit einer zentralen Datenbank abgeglichen wird, ist sie vorläufig (P-…), bis die zentrale Datenbank es nummeriert.</translation>
    </message>
    <message>
        <source>&amp;Plan audit</source>
        <translation>Audit &amp;planen</translation>
    </message>
    <message>
        <source>choose a supplier from the list</source>
        <translation>Wählen Sie einen Lieferanten aus der Liste</translation>
    </message>
    <message>
        <source>choose a released checklist</source>
        <translation>Wählen Sie eine freigegebene Checkliste</translation>
    </message>
    <message>
        <source>choose the lead auditor</source>
        <translation>Wählen Sie den Lead-Auditor</translation>
    </message>
    <message>
        <source>Type a code or name</source>
        <translation>Code oder Namen eingeben</translation>
    </message>
    <message>
        <source>This supplier has no earlier audit to follow up.</source>
        <translation>Dieser Lieferant hat kein früheres Audit, das nachverfolgt werden könnte.</translation>
    </message>
    <message>
        <source>Choose the supplier whose last audit is followed up.</source>
        <translation>Wählen Sie den Lieferanten, dessen letztes Audit nachverfolgt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Follows up {ref} ({day}); its checklist starts unanswered. The objectives will list these %n open finding(s), to check that their actions work:</source>
        <translation>
            <numerusform>Verfolgt {ref} ({day}) nach; die Checkliste beginnt unbeantwortet. Die Auditziele nennen diese %n offene Feststellung, um die Wirksamkeit ihrer Maßnahmen zu prüfen:</numerusform>
            <numerusform>Verfolgt {ref} ({day}) nach; die Checkliste beginnt unbeantwortet. Die Auditziele nennen diese %n offenen Feststellungen, um die Wirksamkeit ihrer Maßnahmen zu prüfen:</numerusform>
        </translation>
    </message>
    <message>
        <source>[CAPA {refs}]</source>
        <translation>[CAPA {refs}]</translation>
    </message>
    <message>
        <source>(not tied to one site)</source>
        <translation>(an keinen Standort gebunden)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>beim Beenden</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>vor Wiederherstellung</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups of {store} in {folder}: made when the window closes, once a day and before an upgrade; kept {days} days. Attachments are checked, not copied.</source>
        <translation>Sicherungen von {store} in {folder}: beim Schließen des Fensters, einmal täglich und vor einem Upgrade erstellt; {days} Tage aufbewahrt. Anhänge werden geprüft, nicht kopiert.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Trail entries</source>
        <translation>Audit-Trail-Einträge</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>&amp;Create now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Verifying {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <source>Restore the store from the backup of {when}?

{lost}

The store as it is now is kept as a backup first.</source>
        <translation>Die Datenbank aus der Sicherung vom {when} wiederherstellen?

{lost}

Die Datenbank im jetzigen Zustand wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>{name} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>Sicherung erstellt: {path}</translation>
    </message>
    <message numerus="yes">
        <source>{name} verified: the file and its %n attachment(s) are whole.</source>
        <translation>
            <numerusform>{name} geprüft: Die Datei und ihr %n Anhang sind vollständig.</numerusform>
            <numerusform>{name} geprüft: Die Datei und ihre %n Anhänge sind vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. The replaced store is kept as {path}.</source>
        <translation>Wiederhergestellt. Die ersetzte Datenbank ist als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>verified {when}</source>
        <translation>geprüft {when}</translation>
    </message>
    <message>
        <source>FAILED {when}: {problem}</source>
        <translation>FEHLGESCHLAGEN {when}: {problem}</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>No replica is enrolled to receive a bundle yet. Enrol a laptop&apos;s key first: sqms replica enrol FILE.pub --name NAME --role laptop</source>
        <translation>Noch ist kein Replikat registriert, das ein Paket empfangen kann. Registrieren Sie zuerst den Schlüssel eines Laptops: sqms replica enrol FILE.pub --name NAME --role laptop</translation>
    </message>
    <message>
        <source>Choose the file to write the bundle to.</source>
        <translation>Wählen Sie die Datei, in die das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The central store</source>
        <translation>Die zentrale Datenbank</translation>
    </message>
    <message>
        <source>SQMS bundles (*.sqmsbundle)</source>
        <translation>SQMS-Pakete (*.sqmsbundle)</translation>
    </message>
    <message>
        <source>JSON (compact, for the application)</source>
        <translation>JSON (kompakt, für die Anwendung)</translation>
    </message>
    <message>
        <source>Excel (readable sheets)</source>
        <translation>Excel (lesbare Tabellenblätter)</translation>
    </message>
    <message numerus="yes">
        <source> – %n change(s) not acknowledged yet</source>
        <translation>
            <numerusform> – %n Änderung noch nicht bestätigt</numerusform>
            <numerusform> – %n Änderungen noch nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle for {recipient} written to {file}: {changes}, {attachments}.</source>
        <translation>Paket für {recipient} nach {file} geschrieben: {changes}, {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{error} No bundle was written.</source>
        <translation>{error} Es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>The export failed; no bundle was written.</source>
        <translation>Der Export ist fehlgeschlagen; es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled; no bundle was written.</source>
        <translation>Abgebrochen; es wurde kein Paket geschrieben.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Bundle: {file}</source>
        <translation>Paket: {file}</translation>
    </message>
    <message>
        <source>Import bundle – {name}</source>
        <translation>Paket importieren – {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking the bundle&apos;s signature, trust and hashes…</source>
        <translation>Signatur, Vertrauen und Hashes des Pakets werden geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>The bundle checks out. Below is what importing it would change; nothing has changed yet. Apply imports it.</source>
        <translation>Das Paket ist in Ordnung. Unten steht, was der Import ändern würde; noch hat sich nichts geändert. „Übernehmen“ importiert es.</translation>
    </message>
    <message>
        <source>Bundle {file} from {origin} imported: {new}, {same} already here, {conflicts}.</source>
        <translation>Paket {file} von {origin} importiert: {new}, {same} bereits vorhanden, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s)</source>
        <translation>
            <numerusform>%n neue Änderung</numerusform>
            <numerusform>%n neue Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Add certificate</source>
        <translation>Zertifikat &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Scan of the certificate</source>
        <translation>Scan des Zertifikats</translation>
    </message>
</context>
<context>
    <name>ClosingMeetingDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Complete audit</source>
        <translation>Audit a&amp;bschließen</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>S&amp;ignieren…</translation>
    </message>
    <message>
        <source>Closing meeting – {ref}</source>
        <translation>Abschlussbesprechung – {ref}</translation>
    </message>
    <message>
        <source>{type} audit</source>
        <translation>Auditart: {type}</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered</source>
        <translation>
            <numerusform>%n Frage nicht beantwortet</numerusform>
            <numerusform>%n Fragen nicht beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered; completing needs a reason:</source>
        <translation>
            <numerusform>%n Frage nicht beantwortet; der Abschluss erfordert eine Begründung:</numerusform>
            <numerusform>%n Fragen nicht beantwortet; der Abschluss erfordert eine Begründung:</numerusform>
        </translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>Bisheriges Ergebnis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Completed with questions unanswered</source>
        <translation>Mit unbeantworteten Fragen abgeschlossen</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>The audit is {status} and locked.</source>
        <translation>Das Audit ist {status} und gesperrt.</translation>
    </message>
    <message>
        <source>Completed: the lead auditor signs it next, which locks it.</source>
        <translation>Abgeschlossen: Als Nächstes signiert der Lead-Auditor es, womit es gesperrt wird.</translation>
    </message>
    <message>
        <source>Save the meeting as it goes; Complete audit stores the score shown.</source>
        <translation>Speichern Sie die Besprechung zwischendurch; „Audit abschließen“ speichert die angezeigte Punktzahl.</translation>
    </message>
    <message>
        <source>The audit is {status}; start it first.</source>
        <translation>Das Audit ist {status}; beginnen Sie es zuerst.</translation>
    </message>
</context>
<context>
    <name>ConflictResolveDialog</name>
    <message>
        <source>Resolve conflict – {record}</source>
        <translation>Konflikt lösen – {record}</translation>
    </message>
    <message>
        <source>The value to keep instead of every side&apos;s</source>
        <translation>Der Wert, der statt aller Seiten gilt</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>kept the value from {replica} ({author})</source>
        <translation>Wert von {replica} ({author}) übernommen</translation>
    </message>
    <message>
        <source>set to the value entered</source>
        <translation>auf den eingegebenen Wert gesetzt</translation>
    </message>
    <message>
        <source>{record} was deleted on one replica while it was edited on another. Until you decide, the side marked “shown now” stands. Keep the deletion or the edit.</source>
        <translation>{record} wurde auf einem Replikat gelöscht, während es auf einem anderen bearbeitet wurde. Bis Sie entscheiden, gilt die als „jetzt angezeigt“ markierte Seite. Behalten Sie die Löschung oder die Bearbeitung.</translation>
    </message>
    <message>
        <source>{field} of {record} was changed on {n} replicas before either saw the other&apos;s change. Until you decide, the side marked “shown now” stands. Take one side, or enter the value to keep; your decision reaches the other replicas with the next bundle.</source>
        <translation>{field} von {record} wurde auf {n} Replikaten geändert, bevor eines die Änderung des anderen sah. Bis Sie entscheiden, gilt die als „jetzt angezeigt“ markierte Seite. Übernehmen Sie eine Seite oder geben Sie den gültigen Wert ein; Ihre Entscheidung erreicht die anderen Replikate mit dem nächsten Paket.</translation>
    </message>
    <message>
        <source>No common value: both sides wrote it first.</source>
        <translation>Kein gemeinsamer Wert: Beide Seiten haben ihn zuerst geschrieben.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Common base</source>
        <translation>Gemeinsame Basis</translation>
    </message>
    <message>
        <source>The value both sides started from</source>
        <translation>Der Wert, von dem beide Seiten ausgingen</translation>
    </message>
    <message>
        <source>{author}, {moment}</source>
        <translation>{author}, {moment}</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>jetzt angezeigt</translation>
    </message>
    <message>
        <source>Take this (&amp;{n})</source>
        <translation>Diese übernehmen (&amp;{n})</translation>
    </message>
    <message>
        <source>Take the value from {replica}</source>
        <translation>Den Wert von {replica} übernehmen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Add contact</source>
        <translation>Ansprechpartner &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Correct cost of poor quality</source>
        <translation>Fehlerkosten korrigieren</translation>
    </message>
    <message>
        <source>Record cost of poor quality</source>
        <translation>Fehlerkosten erfassen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Record cost</source>
        <translation>Kosten &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>No log file is being written.</source>
        <translation>Es wird keine Protokolldatei geschrieben.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <source>Edit development action</source>
        <translation>Entwicklungsmaßnahme bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Add development action</source>
        <translation>Entwicklungsmaßnahme hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>DevelopmentResultDialog</name>
    <message>
        <source>Action: {title}</source>
        <translation>Maßnahme: {title}</translation>
    </message>
    <message>
        <source>(choose the audit)</source>
        <translation>(Audit wählen)</translation>
    </message>
    <message>
        <source>&amp;Record result</source>
        <translation>Ergebnis er&amp;fassen</translation>
    </message>
    <message>
        <source>audit: choose the audit the result was seen at</source>
        <translation>Audit: Wählen Sie das Audit, bei dem das Ergebnis festgestellt wurde</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>{key}: version {old} → version {new}</source>
        <translation>{key}: Version {old} → Version {new}</translation>
    </message>
    <message>
        <source>Compare {key}</source>
        <translation>{key} vergleichen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{count} {noun} written to {file}.</source>
        <translation>{count} {noun} nach {file} geschrieben.</translation>
    </message>
    <message>
        <source>{title} failed; nothing was written.</source>
        <translation>{title} fehlgeschlagen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{title} cancelled; nothing was written.</source>
        <translation>{title} abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Correct finding {ref}</source>
        <translation>Feststellung {ref} korrigieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Raise finding – {ref}</source>
        <translation>Feststellung erfassen – {ref}</translation>
    </message>
    <message>
        <source>&amp;Raise finding</source>
        <translation>Feststellung &amp;erfassen</translation>
    </message>
    <message>
        <source>Audit {ref} · {supplier}</source>
        <translation>Audit {ref} · {supplier}</translation>
    </message>
    <message>
        <source>Question {qid}: {text}</source>
        <translation>Frage {qid}: {text}</translation>
    </message>
    <message>
        <source>Free-standing finding (not raised on a question)</source>
        <translation>Freie Feststellung (zu keiner Frage erfasst)</translation>
    </message>
    <message>
        <source>{text} (with {ref})</source>
        <translation>{text} (bei {ref})</translation>
    </message>
    <message>
        <source>This photo already belongs to {ref}.</source>
        <translation>Dieses Foto gehört bereits zu {ref}.</translation>
    </message>
    <message>
        <source>No photos or documents attached to this audit yet.</source>
        <translation>Diesem Audit sind noch keine Fotos oder Dokumente angehängt.</translation>
    </message>
    <message>
        <source>this finding</source>
        <translation>diese Feststellung</translation>
    </message>
</context>
<context>
    <name>ImportWarningsDialog</name>
    <message>
        <source>Imported with warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message numerus="yes">
        <source>{source} was imported as {imported}, a draft. %n part(s) of the form were left out; complete the draft where needed before releasing it.</source>
        <translation>
            <numerusform>{source} wurde als {imported} importiert, als Entwurf. %n Teil des Formulars wurde ausgelassen; ergänzen Sie den Entwurf, wo nötig, bevor Sie ihn freigeben.</numerusform>
            <numerusform>{source} wurde als {imported} importiert, als Entwurf. %n Teile des Formulars wurden ausgelassen; ergänzen Sie den Entwurf, wo nötig, bevor Sie ihn freigeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts left out</source>
        <translation>Ausgelassene Teile</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation>Ausgelassen, und warum</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n part(s) left out</source>
        <translation>
            <numerusform>{source}: %n Teil ausgelassen</numerusform>
            <numerusform>{source}: %n Teile ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiImportDialog</name>
    <message>
        <source>Import deliveries</source>
        <translation>Lieferungen importieren</translation>
    </message>
    <message>
        <source>Choose the deliveries exported from your ERP (an Excel workbook or a CSV file, one row per delivery or PO line) and say where they come from. The KPIs (on-time delivery, PPM, complaints, premium freight) are computed from them. The columns you map for a source are remembered for the next file from it.</source>
        <translation>Wählen Sie die aus Ihrem ERP exportierten Lieferungen (eine Excel-Arbeitsmappe oder eine CSV-Datei, eine Zeile je Lieferung oder Bestellposition) und geben Sie an, woher sie stammen. Daraus werden die KPIs berechnet (Liefertermintreue, ppm, Reklamationen, Sonderfrachten). Die Spalten, die Sie für eine Quelle zuordnen, werden für die nächste Datei aus dieser Quelle gemerkt.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Delivery exports (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Lieferungsexporte (*.xlsx *.csv);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Dates are read as YYYY-MM-DD; an empty rejected quantity is 0; complaint is 0 or 1; premium freight is a cost such as 120.50. Without a complaint or premium freight column a delivery keeps what the store holds.</source>
        <translation>Datumsangaben werden als JJJJ-MM-TT gelesen; eine leere Rückweisungsmenge ist 0; Reklamation ist 0 oder 1; Sonderfracht ist ein Betrag wie 120.50. Ohne Spalte für Reklamation oder Sonderfracht behält eine Lieferung, was die Datenbank enthält.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field it holds: at least the supplier code, delivery number, due and received dates and quantities.</source>
        <translation>Wählen Sie für jedes Feld die Spalte der Datei, die es enthält: mindestens Lieferantencode, Lieferungsnummer, Soll- und Eingangsdatum sowie die Mengen.</translation>
    </message>
    <message>
        <source>The file holds no delivery rows.</source>
        <translation>Die Datei enthält keine Lieferungszeilen.</translation>
    </message>
    <message>
        <source>the same as row {row}: read once</source>
        <translation>wie Zeile {row}: einmal gelesen</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n delivery(ies) new, {update} updated, {same} unchanged.</source>
        <translation>
            <numerusform>{file}: %n Lieferung neu, {update} aktualisiert, {same} unverändert.</numerusform>
            <numerusform>{file}: %n Lieferungen neu, {update} aktualisiert, {same} unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cannot be read: {problem}</source>
        <translation>Nicht lesbar: {problem}</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>No logo: reports print the name only</source>
        <translation>Kein Logo: Berichte drucken nur den Namen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>NoCapaDialog</name>
    <message>
        <source>&amp;Record reason</source>
        <translation>Begründung &amp;erfassen</translation>
    </message>
    <message>
        <source>Every major finding has a CAPA or a reason.</source>
        <translation>Jede Hauptabweichung hat eine CAPA oder eine Begründung.</translation>
    </message>
    <message>
        <source>No CAPA needed – {ref}</source>
        <translation>Keine CAPA erforderlich – {ref}</translation>
    </message>
    <message>
        <source>No CAPA needed</source>
        <translation>Keine CAPA erforderlich</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>{what} must be a whole number; got {text}</source>
        <translation>{what} muss eine ganze Zahl sein; erhalten: {text}</translation>
    </message>
    <message>
        <source>{what} must be a number; got {text}</source>
        <translation>{what} muss eine Zahl sein; erhalten: {text}</translation>
    </message>
    <message>
        <source>Supplier: {supplier}</source>
        <translation>Lieferant: {supplier}</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Evidence: {name}</source>
        <translation>Nachweis: {name}</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Beschriftung)</translation>
    </message>
    <message>
        <source>SHA-256 {prefix}…</source>
        <translation>SHA-256 {prefix}…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>{source} has 1 problem.</source>
        <translation>{source} hat 1 Problem.</translation>
    </message>
    <message>
        <source>{source} has {n} problems.</source>
        <translation>{source} hat {n} Probleme.</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the workbook and import it again.</source>
        <translation>Es wurde nichts importiert; korrigieren Sie die Arbeitsmappe und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>Probleme &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>{source}: %n Problem; es wurde nichts importiert</numerusform>
            <numerusform>{source}: %n Probleme; es wurde nichts importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalDecisionDialog</name>
    <message>
        <source>Accept proposal – {kind}</source>
        <translation>Vorschlag annehmen – {kind}</translation>
    </message>
    <message>
        <source>Dismiss proposal – {kind}</source>
        <translation>Vorschlag verwerfen – {kind}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The supplier stays as it is. The proposal does not come back until what it rests on changes.</source>
        <translation>Der Lieferant bleibt, wie er ist. Der Vorschlag kommt erst wieder, wenn sich seine Grundlage ändert.</translation>
    </message>
    <message>
        <source>The supplier is recognised as a preferred supplier.</source>
        <translation>Der Lieferant wird als Vorzugslieferant anerkannt.</translation>
    </message>
    <message>
        <source>The supplier&apos;s status becomes “{status}” (in its status history).</source>
        <translation>Der Status des Lieferanten wird „{status}“ (in seiner Statushistorie).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExportDialog</name>
    <message>
        <source>Export self-assessment questionnaire</source>
        <translation>Fragebogen zur Selbstbewertung exportieren</translation>
    </message>
    <message>
        <source>The supplier fills in the yellow cells of the workbook and sends it back; Import filled questionnaire makes it a self-assessment audit for review.</source>
        <translation>Der Lieferant füllt die gelben Zellen der Arbeitsmappe aus und sendet sie zurück; „Ausgefüllten Fragebogen importieren“ macht daraus ein Selbstbewertungs-Audit zur Prüfung.</translation>
    </message>
    <message>
        <source>Where to write the questionnaire (.xlsx)</source>
        <translation>Wohin der Fragebogen geschrieben wird (.xlsx)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checkliste:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose a supplier, a checklist and a file.</source>
        <translation>Wählen Sie einen Lieferanten, eine Checkliste und eine Datei.</translation>
    </message>
    <message>
        <source>{code} self-assessment {key}.xlsx</source>
        <translation>{code} Selbstbewertung {key}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Questionnaire for {supplier} written to {path} (form {form}).</source>
        <translation>Fragebogen für {supplier} nach {path} geschrieben (Formular {form}).</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>RaiseCapaDialog</name>
    <message>
        <source>&amp;Open on the CAPAs page</source>
        <translation>Auf der CAPA-Seite &amp;öffnen</translation>
    </message>
    <message>
        <source>Tick at least one finding to raise a CAPA from.</source>
        <translation>Kreuzen Sie mindestens eine Feststellung an, zu der eine CAPA eröffnet wird.</translation>
    </message>
    <message>
        <source>From audit {audits}</source>
        <translation>Aus Audit {audits}</translation>
    </message>
    <message>
        <source>Issuing needs a quality engineer: it is raised as a draft to issue.</source>
        <translation>Die Ausgabe erfordert einen Qualitätsingenieur: Sie wird als Entwurf zur Ausgabe eröffnet.</translation>
    </message>
    <message>
        <source>Kept as a draft: the deadlines count from the day it is issued.</source>
        <translation>Als Entwurf behalten: Die Fristen laufen ab dem Tag der Ausgabe.</translation>
    </message>
    <message>
        <source>default CAPA deadlines</source>
        <translation>Standard-CAPA-Fristen</translation>
    </message>
    <message>
        <source>the deadlines agreed with {code}</source>
        <translation>die mit {code} vereinbarten Fristen</translation>
    </message>
    <message>
        <source>Issued {day}; {dates} ({where})</source>
        <translation>Ausgegeben {day}; {dates} ({where})</translation>
    </message>
    <message>
        <source>Raise SCAR</source>
        <translation>SCAR eröffnen</translation>
    </message>
    <message>
        <source>Raise CAPA</source>
        <translation>CAPA eröffnen</translation>
    </message>
    <message>
        <source>&amp;Raise SCAR</source>
        <translation>SCAR er&amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Raise CAPA</source>
        <translation>CAPA er&amp;öffnen</translation>
    </message>
    <message>
        <source>SCAR</source>
        <translation>SCAR</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>{kind} {reference} raised as a draft.</source>
        <translation>{kind} {reference} als Entwurf eröffnet.</translation>
    </message>
    <message>
        <source>{kind} {reference} raised and issued; its deadlines run from today.</source>
        <translation>{kind} {reference} eröffnet und ausgegeben; ihre Fristen laufen ab heute.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>No photos or documents are linked to these findings.</source>
        <translation>Mit diesen Feststellungen sind keine Fotos oder Dokumente verknüpft.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Audit report</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <source>Append &amp;all answers</source>
        <translation>&amp;Alle Antworten anhängen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation>Im PDF-Betrachter ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be generated: {error}</source>
        <translation>Der Bericht konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Cancelled; no report was kept.</source>
        <translation>Abgebrochen; es wurde kein Bericht behalten.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>Der Drucker konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire {key} version {version}? Audits that used it keep it, but no new audit can choose it. Retiring cannot be undone.</source>
        <translation>{key} Version {version} zurückziehen? Audits, die sie verwendet haben, behalten sie, aber kein neues Audit kann sie wählen. Das Zurückziehen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
</context>
<context>
    <name>ReviewActionDialog</name>
    <message>
        <source>Review: {review}</source>
        <translation>Bezug: {review}</translation>
    </message>
    <message>
        <source>&amp;Agree action</source>
        <translation>Maßnahme ver&amp;einbaren</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>{code} review {day} ({period})</source>
        <translation>Lieferantengespräch {code} vom {day} ({period})</translation>
    </message>
    <message>
        <source>The scorecard of the period is kept with the review as it stands now.</source>
        <translation>Die Scorecard des Zeitraums wird im jetzigen Stand mit dem Lieferantengespräch aufbewahrt.</translation>
    </message>
    <message>
        <source>Edit supplier review</source>
        <translation>Lieferantengespräch bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>New supplier review</source>
        <translation>Neues Lieferantengespräch</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>Gespräch &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>RiskCloseDialog</name>
    <message>
        <source>Risk: {risk}</source>
        <translation>Risiko: {risk}</translation>
    </message>
    <message>
        <source>&amp;Close risk</source>
        <translation>Risiko &amp;schließen</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Edit supplier risk</source>
        <translation>Lieferantenrisiko bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Add supplier risk</source>
        <translation>Lieferantenrisiko hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>Risiko &amp;hinzufügen</translation>
    </message>
    <message>
        <source>{score} ({cls})</source>
        <translation>{score} ({cls})</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentImportDialog</name>
    <message>
        <source>Import self-assessment – {name}</source>
        <translation>Selbstbewertung importieren – {name}</translation>
    </message>
    <message>
        <source>The supplier&apos;s answers, or the form&apos;s problems</source>
        <translation>Die Antworten des Lieferanten oder die Probleme des Formulars</translation>
    </message>
    <message>
        <source>&amp;Lead auditor who reviews it:</source>
        <translation>Prüfender &amp;Lead-Auditor:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be imported: %n problem(s).</source>
        <translation>
            <numerusform>{file} kann nicht importiert werden: %n Problem.</numerusform>
            <numerusform>{file} kann nicht importiert werden: %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The form checks out. Below are the supplier&apos;s answers; nothing has changed yet. Import makes them a self-assessment audit in progress for review.</source>
        <translation>Das Formular ist in Ordnung. Unten stehen die Antworten des Lieferanten; noch hat sich nichts geändert. „Importieren“ macht daraus ein Selbstbewertungs-Audit in Bearbeitung zur Prüfung.</translation>
    </message>
    <message>
        <source>{reference}: self-assessment of {supplier} imported for review.</source>
        <translation>{reference}: Selbstbewertung von {supplier} zur Prüfung importiert.</translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Why the store&apos;s settings change (kept in the trail)</source>
        <translation>Warum sich die Einstellungen der Datenbank ändern (im Audit-Trail festgehalten)</translation>
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation>Grund der Änderung:</translation>
    </message>
    <message>
        <source>For you, on this computer</source>
        <translation>Für Sie, auf diesem Computer</translation>
    </message>
    <message>
        <source>For everyone using this store</source>
        <translation>Für alle, die diese Datenbank nutzen</translation>
    </message>
    <message>
        <source>Only an administrator changes the store&apos;s settings; they are shown here as they are.</source>
        <translation>Nur ein Administrator ändert die Einstellungen der Datenbank; sie werden hier so angezeigt, wie sie sind.</translation>
    </message>
    <message>
        <source>A new language is used from the next start of SQMS Desktop.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von SQMS Desktop.</translation>
    </message>
    <message>
        <source>Days from a CAPA&apos;s issue to each stage&apos;s deadline, for suppliers without deadlines agreed with them; stages are due in order.</source>
        <translation>Tage von der Ausgabe einer CAPA bis zur Frist jeder Stufe, für Lieferanten ohne mit ihnen vereinbarte Fristen; die Stufen sind der Reihe nach fällig.</translation>
    </message>
    <message>
        <source>The four weights add up to 100 %; band A starts above band B, and the PPM target lies below the ceiling.</source>
        <translation>Die vier Gewichte ergeben zusammen 100 %; Klasse A beginnt über Klasse B, und das ppm-Ziel liegt unter der Obergrenze.</translation>
    </message>
    <message>
        <source>How often each supplier is audited by its risk class, and how soon an audit graded C or B is followed up.</source>
        <translation>Wie oft jeder Lieferant nach seiner Risikoklasse auditiert wird und wie bald nach einem mit C oder B bewerteten Audit ein Folgeaudit stattfindet.</translation>
    </message>
    <message>
        <source>Backups are made when the window closes and once a day; the newest is always kept.</source>
        <translation>Sicherungen entstehen beim Schließen des Fensters und einmal täglich; die neueste wird immer aufbewahrt.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Printed on every report of this store</source>
        <translation>Wird auf jeden Bericht dieser Datenbank gedruckt</translation>
    </message>
    <message>
        <source>Your reports printed {name} before</source>
        <translation>Ihre Berichte druckten bisher {name}</translation>
    </message>
    <message>
        <source>{label}: {value} is not allowed.</source>
        <translation>{label}: {value} ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Say why the store&apos;s settings change: the reason is kept in the trail.</source>
        <translation>Geben Sie an, warum sich die Einstellungen der Datenbank ändern: Der Grund wird im Audit-Trail festgehalten.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign audit {reference}</source>
        <translation>Audit {reference} signieren</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>{name} ({user})</source>
        <translation>{name} ({user})</translation>
    </message>
    <message>
        <source>Choose what your signature means…</source>
        <translation>Wählen Sie, was Ihre Signatur bedeutet…</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>Choose what your signature means.</source>
        <translation>Wählen Sie, was Ihre Signatur bedeutet.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Add site</source>
        <translation>Standort &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>StageDecisionDialog</name>
    <message>
        <source>due {due}, done {done}</source>
        <translation>fällig {due}, erledigt {done}</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>fällig {due}</translation>
    </message>
    <message>
        <source>Nothing written for this discipline yet.</source>
        <translation>Für diese Disziplin wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Supplier&apos;s answer · {ref}</source>
        <translation>Antwort des Lieferanten · {ref}</translation>
    </message>
    <message>
        <source>Now {state}. Deciding on: {stage}</source>
        <translation>Jetzt: {state}. Entscheidung über: {stage}</translation>
    </message>
    <message>
        <source>&amp;Reason (required; the supplier reads it):</source>
        <translation>Be&amp;gründung (erforderlich; der Lieferant liest sie):</translation>
    </message>
    <message>
        <source>Reject {stage}</source>
        <translation>{stage} ablehnen</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>Accept {stage}</source>
        <translation>{stage} annehmen</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status of {code} · {name}</source>
        <translation>Status ändern: {code} · {name}</translation>
    </message>
    <message>
        <source>A status change decides who may deliver. The reason is required; it is kept in the supplier&apos;s status history and in the trail.</source>
        <translation>Eine Statusänderung entscheidet, wer liefern darf. Die Begründung ist erforderlich; sie wird in der Statushistorie des Lieferanten und im Audit-Trail festgehalten.</translation>
    </message>
    <message>
        <source>, new business hold</source>
        <translation>, Liefersperre für Neugeschäft</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>Status ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>&amp;Create supplier</source>
        <translation>Lieferant &amp;anlegen</translation>
    </message>
    <message>
        <source>Edit supplier {code}</source>
        <translation>Lieferant {code} bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Änderungen speichern</translation>
    </message>
    <message>
        <source>Change the status with Change status…</source>
        <translation>Ändern Sie den Status mit „Status ändern…“</translation>
    </message>
</context>
<context>
    <name>SupplierImportDialog</name>
    <message>
        <source>Import supplier list</source>
        <translation>Lieferantenliste importieren</translation>
    </message>
    <message>
        <source>Choose the supplier list (an Excel workbook or a CSV export from your ERP) and say where it comes from. The columns you map for a source are remembered for the next file from it.</source>
        <translation>Wählen Sie die Lieferantenliste (eine Excel-Arbeitsmappe oder einen CSV-Export aus Ihrem ERP) und geben Sie an, woher sie stammt. Die Spalten, die Sie für eine Quelle zuordnen, werden für die nächste Datei aus dieser Quelle gemerkt.</translation>
    </message>
    <message>
        <source>Supplier list</source>
        <translation>Lieferantenliste</translation>
    </message>
    <message>
        <source>Supplier lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Lieferantenlisten (*.xlsx *.csv);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
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
        <source>A field left out keeps what the store holds. Commodities are one cell, separated by &apos;;&apos;.</source>
        <translation>Ein ausgelassenes Feld behält, was die Datenbank enthält. Warengruppen stehen in einer Zelle, getrennt durch &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field it holds: at least the code and the name.</source>
        <translation>Wählen Sie für jedes Feld die Spalte der Datei, die es enthält: mindestens Code und Name.</translation>
    </message>
    <message>
        <source>The file holds no supplier rows.</source>
        <translation>Die Datei enthält keine Lieferantenzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n supplier(s) created, {update} updated, {same} unchanged.</source>
        <translation>
            <numerusform>{file}: %n Lieferant angelegt, {update} aktualisiert, {same} unverändert.</numerusform>
            <numerusform>{file}: %n Lieferanten angelegt, {update} aktualisiert, {same} unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TabularImportDialog</name>
    <message>
        <source>e.g. SAP vendor export</source>
        <translation>z. B. SAP-Lieferantenexport</translation>
    </message>
    <message>
        <source>Name the source, e.g. SAP vendor export: its columns are remembered for the next file from it.</source>
        <translation>Benennen Sie die Quelle, z. B. SAP-Lieferantenexport: Ihre Spalten werden für die nächste Datei aus dieser Quelle gemerkt.</translation>
    </message>
    <message>
        <source>Importing {rows} from {file}…</source>
        <translation>{rows} aus {file} werden importiert…</translation>
    </message>
    <message>
        <source>Step 1 of 4: the file and its source</source>
        <translation>Schritt 1 von 4: die Datei und ihre Quelle</translation>
    </message>
    <message>
        <source>Step 2 of 4: which column holds which field</source>
        <translation>Schritt 2 von 4: welche Spalte welches Feld enthält</translation>
    </message>
    <message>
        <source>Step 3 of 4: what the import would do</source>
        <translation>Schritt 3 von 4: was der Import tun würde</translation>
    </message>
    <message>
        <source>Step 4 of 4: import</source>
        <translation>Schritt 4 von 4: Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>as remembered for {source}</source>
        <translation>wie für {source} gemerkt</translation>
    </message>
    <message>
        <source>by the names of the file&apos;s columns</source>
        <translation>nach den Namen der Spalten der Datei</translation>
    </message>
    <message>
        <source>{file} ({rows}). The columns are chosen {how}; fields marked * are required. {note}</source>
        <translation>{file} ({rows}). Die Spalten sind {how} gewählt; mit * markierte Felder sind Pflichtfelder. {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Probleme ({n})</translation>
    </message>
    <message>
        <source>Its columns are remembered: the next step offers them.</source>
        <translation>Ihre Spalten sind gemerkt: Der nächste Schritt bietet sie an.</translation>
    </message>
    <message>
        <source>A new source: its columns are remembered once the import is done.</source>
        <translation>Eine neue Quelle: Ihre Spalten werden nach dem Import gemerkt.</translation>
    </message>
    <message>
        <source>Pick a source whose columns are remembered, or name a new one.</source>
        <translation>Wählen Sie eine Quelle, deren Spalten gemerkt sind, oder benennen Sie eine neue.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>The columns are remembered for {source}.</source>
        <translation>Die Spalten sind für {source} gemerkt.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>Der Import ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>_PartDialog</name>
    <message>
        <source>Supplier: {supplier}</source>
        <translation>Lieferant: {supplier}</translation>
    </message>
</context>
<context>
    <name>bundle_import</name>
    <message>
        <source>it is signed by a key this store does not trust</source>
        <translation>Das Paket ist mit einem Schlüssel signiert, dem diese Datenbank nicht vertraut</translation>
    </message>
    <message>
        <source>it is signed by a key that has been revoked</source>
        <translation>Das Paket ist mit einem widerrufenen Schlüssel signiert</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>Die Signatur des Pakets passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source>a file in it was changed after it was signed</source>
        <translation>Eine Datei im Paket wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>it holds a file its signature does not cover</source>
        <translation>Das Paket enthält eine Datei, die seine Signatur nicht abdeckt</translation>
    </message>
    <message>
        <source>it holds a file whose name points outside the bundle</source>
        <translation>Das Paket enthält eine Datei, deren Name aus dem Paket hinaus zeigt</translation>
    </message>
    <message>
        <source>it is larger than a bundle may be</source>
        <translation>Das Paket ist größer als erlaubt</translation>
    </message>
    <message>
        <source>it was written for another store</source>
        <translation>Das Paket wurde für eine andere Datenbank geschrieben</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>Das Paket ist abgelaufen</translation>
    </message>
    <message>
        <source>it relies on an older trust list than this store holds</source>
        <translation>Das Paket beruht auf einer älteren Vertrauensliste als der dieser Datenbank</translation>
    </message>
    <message>
        <source>a change in it cannot be read</source>
        <translation>Eine Änderung im Paket ist nicht lesbar</translation>
    </message>
    <message>
        <source>it holds changes its signer may not make</source>
        <translation>Das Paket enthält Änderungen, die sein Unterzeichner nicht vornehmen darf</translation>
    </message>
    <message>
        <source>the file is not a bundle</source>
        <translation>Die Datei ist kein Paket</translation>
    </message>
    <message>
        <source>checking the signature and hashes</source>
        <translation>Signatur und Hashes werden geprüft</translation>
    </message>
    <message>
        <source>working out what would change</source>
        <translation>Es wird ermittelt, was sich ändern würde</translation>
    </message>
    <message>
        <source>Refused: {why}.</source>
        <translation>Abgelehnt: {why}.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>{head} {message} Nothing was changed. (Reason code: {code})</source>
        <translation>{head} {message} Es wurde nichts geändert. (Grundcode: {code})</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
</TS>
