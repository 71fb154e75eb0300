<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CrashHandler</name>
    <message>
        <source>SQMS Desktop</source>
        <translation>SQMS Desktop</translation>
    </message>
</context>
<context>
    <name>DemoStoreBuilder</name>
    <message>
        <source>Creating the demo store…</source>
        <translation>Die Demo-Datenbank wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>SQMS Desktop demo</source>
        <translation>SQMS Desktop – Demo</translation>
    </message>
    <message>
        <source>Creating the demo store: {step}…</source>
        <translation>Die Demo-Datenbank wird angelegt: {step}…</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>The password needs at least {n} characters and must not start or end with a space. It also opens your signing key: nobody can recover it.</source>
        <translation>Das Passwort braucht mindestens {n} Zeichen und darf nicht mit einem Leerzeichen beginnen oder enden. Es öffnet auch Ihren Signaturschlüssel: Niemand kann es wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Anlegen und anmelden</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked — {user} is signed in.</source>
        <translation>Gesperrt – {user} ist angemeldet.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{store} – SQMS Desktop</source>
        <translation>{store} – SQMS Desktop</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>CAPAs</source>
        <translation>CAPAs</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>No audit open. On the Audits page, select an audit and press Enter (or Audits ▸ Open checklist) to answer its checklist here.</source>
        <translation>Kein Audit geöffnet. Wählen Sie auf der Seite Audits ein Audit und drücken Sie die Eingabetaste (oder Audits ▸ Checkliste öffnen), um seine Checkliste hier zu beantworten.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>Datenbank: {store}</translation>
    </message>
    <message>
        <source>Signed in: {user}</source>
        <translation>Angemeldet: {user}</translation>
    </message>
    <message>
        <source>Changes and signatures are recorded for this user</source>
        <translation>Änderungen und Signaturen werden für diesen Benutzer aufgezeichnet</translation>
    </message>
    <message>
        <source>CAPAs past a stage deadline (CAPAs page)</source>
        <translation>CAPAs mit überschrittener Phasenfrist (Seite CAPAs)</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Chec&amp;kliste</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>Le&amp;istung</translation>
    </message>
    <message>
        <source>Show the checklist of the audit being worked on</source>
        <translation>Die Checkliste des Audits zeigen, an dem gearbeitet wird</translation>
    </message>
    <message>
        <source>The version, the licence and where the log is</source>
        <translation>Version, Lizenz und der Ort des Protokolls</translation>
    </message>
    <message>
        <source>The version and licence of Qt</source>
        <translation>Version und Lizenz von Qt</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>That record is no longer in the store; the list was read again.</source>
        <translation>Dieser Datensatz ist nicht mehr in der Datenbank; die Liste wurde neu gelesen.</translation>
    </message>
    <message>
        <source>CAPAs overdue: {n}</source>
        <translation>CAPAs überfällig: {n}</translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation>Kein Audit geöffnet</translation>
    </message>
    <message>
        <source>{reference}: {answered} of {shown} questions answered</source>
        <translation>{reference}: {answered} von {shown} Fragen beantwortet</translation>
    </message>
    <message>
        <source>Suppliers: {shown} of {total} shown</source>
        <translation>Lieferanten: {shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>Audits: {shown} of {total} shown</source>
        <translation>Audits: {shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>CAPAs: {shown} of {total} shown</source>
        <translation>CAPAs: {shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>Findings: {shown} of {total} match the filters</source>
        <translation>Feststellungen: {shown} von {total} entsprechen den Filtern</translation>
    </message>
    <message numerus="yes">
        <source>Trail: the newest %Ln entries shown; more match (narrow the filter, or export them all)</source>
        <translation>
            <numerusform>Audit-Trail: neuester %Ln Eintrag; weitere passen (Filter eingrenzen oder alle exportieren)</numerusform>
            <numerusform>Audit-Trail: neueste %Ln Einträge; weitere passen (Filter eingrenzen oder alle exportieren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trail: %Ln entries shown</source>
        <translation>
            <numerusform>Audit-Trail: %Ln Eintrag angezeigt</numerusform>
            <numerusform>Audit-Trail: %Ln Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles: {shown} of {total} shown</source>
        <translation>Pakete: {shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <comment>menu bar</comment>
        <translation>&amp;Lieferanten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your settings and the store&apos;s (Ctrl+,)</source>
        <translation>Ihre Einstellungen und die der Datenbank (Strg+,)</translation>
    </message>
    <message>
        <source>Your settings and the store&apos;s: language, appearance, reports, deadlines</source>
        <translation>Ihre Einstellungen und die der Datenbank: Sprache, Darstellung, Berichte, Fristen</translation>
    </message>
    <message>
        <source>&amp;CAPAs</source>
        <comment>menu bar</comment>
        <translation>&amp;CAPAs</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <comment>menu bar</comment>
        <translation>&amp;Feststellungen</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <comment>menu bar</comment>
        <translation>A&amp;bgleich</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Programme: {shown} of {total} suppliers shown</source>
        <translation>Auditprogramm: {shown} von {total} Lieferanten angezeigt</translation>
    </message>
    <message>
        <source>Dashboard: {shown} of {total} records listed</source>
        <translation>Dashboard: {shown} von {total} Datensätzen aufgeführt</translation>
    </message>
    <message>
        <source>Scorecards: {shown} of {total} suppliers shown</source>
        <translation>Scorecards: {shown} von {total} Lieferanten angezeigt</translation>
    </message>
    <message>
        <source>Template versions: {shown} of {total} shown</source>
        <translation>Vorlagenversionen: {shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>Store read again.</source>
        <translation>Datenbank neu gelesen.</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>RegisterExports</name>
    <message>
        <source>&amp;Findings register…</source>
        <translation>&amp;Feststellungsregister…</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Every finding of every audit, with its CAPA, to a workbook</source>
        <translation>Alle Feststellungen aller Audits mit ihrer CAPA in eine Arbeitsmappe</translation>
    </message>
    <message>
        <source>&amp;CAPA register…</source>
        <translation>&amp;CAPA-Register…</translation>
    </message>
    <message>
        <source>CAPAs</source>
        <translation>CAPAs</translation>
    </message>
    <message>
        <source>Every CAPA with its stages and due dates, to a workbook</source>
        <translation>Alle CAPAs mit ihren Phasen und Fälligkeiten in eine Arbeitsmappe</translation>
    </message>
    <message>
        <source>&amp;Supplier register…</source>
        <translation>&amp;Lieferantenregister…</translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Every supplier with its status, risk and certificates, to a workbook</source>
        <translation>Alle Lieferanten mit Status, Risiko und Zertifikaten in eine Arbeitsmappe</translation>
    </message>
    <message>
        <source>Export &amp;register</source>
        <translation>&amp;Register exportieren</translation>
    </message>
    <message>
        <source>Write a register to an Excel workbook, as `sqms export` does</source>
        <translation>Ein Register in eine Excel-Arbeitsmappe schreiben, wie `sqms export` es tut</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>This is the demo store: each user&apos;s password is in the list.</source>
        <translation>Dies ist die Demo-Datenbank: Das Passwort jedes Benutzers steht in der Liste.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
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
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Demo password</source>
        <translation>Demo-Passwort</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>The store&apos;s backups: make one now, or restore one (the store is replaced)</source>
        <translation>Die Sicherungen der Datenbank: jetzt eine anlegen oder eine wiederherstellen (die Datenbank wird ersetzt)</translation>
    </message>
    <message>
        <source>Back up the &amp;trail key…</source>
        <translation>Schlüssel des Audit-&amp;Trails sichern…</translation>
    </message>
    <message>
        <source>Save the key that seals this store&apos;s audit trail; without it the trail cannot be checked on another computer</source>
        <translation>Den Schlüssel speichern, der den Audit-Trail dieser Datenbank versiegelt; ohne ihn lässt sich der Audit-Trail auf einem anderen Computer nicht prüfen</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>Uhr prüfen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up the trail key</source>
        <translation>Schlüssel des Audit-Trails sichern</translation>
    </message>
    <message>
        <source>Trail key backup (*.json)</source>
        <translation>Sicherung des Audit-Trail-Schlüssels (*.json)</translation>
    </message>
    <message>
        <source>Cannot back up the trail key</source>
        <translation>Der Schlüssel des Audit-Trails kann nicht gesichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n trail key(s) saved to {path}. Keep the file private and apart from the store&apos;s backups.</source>
        <translation>
            <numerusform>%n Schlüssel des Audit-Trails in {path} gespeichert. Halten Sie die Datei unter Verschluss und getrennt von den Sicherungen der Datenbank.</numerusform>
            <numerusform>%n Schlüssel des Audit-Trails in {path} gespeichert. Halten Sie die Datei unter Verschluss und getrennt von den Sicherungen der Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store restored; the replaced store is kept as {path}.</source>
        <translation>Datenbank wiederhergestellt; die ersetzte Datenbank ist als {path} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>store file or SQLAlchemy URL (default: $SQMS_DB, else yours)</source>
        <translation>Datenbankdatei oder SQLAlchemy-URL (Standard: $SQMS_DB, sonst Ihre)</translation>
    </message>
    <message>
        <source>open the demo store (created on first use)</source>
        <translation>die Demo-Datenbank öffnen (beim ersten Mal angelegt)</translation>
    </message>
    <message>
        <source>save the main window as PNG, exit</source>
        <translation>das Hauptfenster als PNG speichern, beenden</translation>
    </message>
    <message>
        <source>exit once the window has been painted</source>
        <translation>beenden, sobald das Fenster gezeichnet ist</translation>
    </message>
    <message>
        <source>the language of the window (default: the one chosen in settings, else the system&apos;s)</source>
        <translation>die Sprache des Fensters (Standard: die in den Einstellungen gewählte, sonst die des Systems)</translation>
    </message>
    <message>
        <source>log debug messages to stderr too</source>
        <translation>Debug-Meldungen auch nach stderr protokollieren</translation>
    </message>
    <message>
        <source>Create a new store?</source>
        <translation>Neue Datenbank anlegen?</translation>
    </message>
    <message>
        <source>There is no store at
{path}

Create a new, empty store there?</source>
        <translation>Unter
{path}
gibt es keine Datenbank.

Dort eine neue, leere Datenbank anlegen?</translation>
    </message>
    <message>
        <source>Choose No if the path is mistyped (--db or SQMS_DB), and start again with the right one.</source>
        <translation>Wählen Sie Nein, wenn der Pfad falsch geschrieben ist (--db oder SQMS_DB), und starten Sie mit dem richtigen neu.</translation>
    </message>
    <message>
        <source>SQMS Desktop cannot start</source>
        <translation>SQMS Desktop kann nicht starten</translation>
    </message>
    <message>
        <source>there is no store at {path}; check --db</source>
        <translation>unter {path} gibt es keine Datenbank; prüfen Sie --db</translation>
    </message>
    <message>
        <source>Cannot create the demo store</source>
        <translation>Die Demo-Datenbank kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>headless</name>
    <message>
        <source>{size!r} is not a size like 1280x720</source>
        <translation>{size!r} ist keine Größe wie 1280x720</translation>
    </message>
    <message>
        <source>{size!r} is smaller than 320x240</source>
        <translation>{size!r} ist kleiner als 320x240</translation>
    </message>
    <message>
        <source>screenshot options (with --screenshot)</source>
        <translation>Optionen für Bildschirmfotos (mit --screenshot)</translation>
    </message>
    <message>
        <source>the page to show (default: the first)</source>
        <translation>die zu zeigende Seite (Standard: die erste)</translation>
    </message>
    <message>
        <source>open this audit&apos;s checklist (e.g. AUD-2026-0026)</source>
        <translation>die Checkliste dieses Audits öffnen (z. B. AUD-2026-0026)</translation>
    </message>
    <message>
        <source>window size in pixels (default: 1280x720)</source>
        <translation>Fenstergröße in Pixeln (Standard: 1280x720)</translation>
    </message>
    <message>
        <source>sign in as NAME; the password is read from stdin</source>
        <translation>als NAME anmelden; das Passwort wird von stdin gelesen</translation>
    </message>
    <message>
        <source>{options}: only with --screenshot FILE.png</source>
        <translation>{options}: nur mit --screenshot FILE.png</translation>
    </message>
    <message>
        <source>{file} is the store&apos;s own file; choose another name for the screenshot</source>
        <translation>{file} ist die Datei der Datenbank selbst; wählen Sie einen anderen Namen für das Bildschirmfoto</translation>
    </message>
    <message>
        <source>{file} is inside the store&apos;s attachments folder {folder}; choose another</source>
        <translation>{file} liegt im Anhangsordner {folder} der Datenbank; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>password of {user}: </source>
        <translation>Passwort von {user}: </translation>
    </message>
    <message>
        <source>no user {user!r} in this store; its users: {users}</source>
        <translation>kein Benutzer {user!r} in dieser Datenbank; ihre Benutzer: {users}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cannot sign in as {user}: {error}</source>
        <translation>Anmeldung als {user} nicht möglich: {error}</translation>
    </message>
    <message>
        <source>no page {page!r}; the pages are: {pages}</source>
        <translation>keine Seite {page!r}; die Seiten sind: {pages}</translation>
    </message>
    <message>
        <source>cannot open the audit&apos;s checklist: {error}</source>
        <translation>die Checkliste des Audits lässt sich nicht öffnen: {error}</translation>
    </message>
    <message>
        <source>the main window was never painted</source>
        <translation>das Hauptfenster wurde nie gezeichnet</translation>
    </message>
    <message>
        <source>cannot make the PNG of {file}</source>
        <translation>das PNG {file} lässt sich nicht erzeugen</translation>
    </message>
</context>
<context>
    <name>store_lock</name>
    <message>
        <source>The store {store} is open in {holder}. One window works on a store at a time, so that nothing one of them writes is lost to the other: switch to that window, or close it and start again. (A window on another computer must be closed there; a window that crashed does not block the store.)</source>
        <translation>Die Datenbank {store} ist in {holder} geöffnet. Es arbeitet immer nur ein Fenster mit einer Datenbank, damit nichts verloren geht, was eines davon schreibt: Wechseln Sie zu diesem Fenster, oder schließen Sie es und starten Sie neu. (Ein Fenster auf einem anderen Computer muss dort geschlossen werden; ein abgestürztes Fenster blockiert die Datenbank nicht.)</translation>
    </message>
    <message>
        <source>SQMS Desktop (process {pid} of {user} on {host}, since {since})</source>
        <translation>SQMS Desktop (Prozess {pid} von {user} auf {host}, seit {since})</translation>
    </message>
    <message>
        <source>SQMS Desktop (process {pid} of {user} on {host})</source>
        <translation>SQMS Desktop (Prozess {pid} von {user} auf {host})</translation>
    </message>
    <message>
        <source>SQMS Desktop (process {pid} on {host}, since {since})</source>
        <translation>SQMS Desktop (Prozess {pid} auf {host}, seit {since})</translation>
    </message>
    <message>
        <source>SQMS Desktop (process {pid} on {host})</source>
        <translation>SQMS Desktop (Prozess {pid} auf {host})</translation>
    </message>
</context>
<context>
    <name>store_start</name>
    <message>
        <source>The store is open in another window</source>
        <translation>Die Datenbank ist in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
</TS>
