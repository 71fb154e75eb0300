<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>access</name>
    <message>
        <source>this store has users now; start again to sign in</source>
        <translation>diese Datenbank hat jetzt Benutzer; starten Sie erneut, um sich anzumelden</translation>
    </message>
</context>
<context>
    <name>annotations</name>
    <message>
        <source>annotations must be a list of shapes</source>
        <translation>Anmerkungen müssen eine Liste von Formen sein</translation>
    </message>
    <message>
        <source>a photo takes at most {n} annotations</source>
        <translation>ein Foto nimmt höchstens {n} Anmerkungen auf</translation>
    </message>
    <message>
        <source>annotation {number} is not a shape (a mapping of fields)</source>
        <translation>Anmerkung {number} ist keine Form (eine Zuordnung von Feldern)</translation>
    </message>
    <message>
        <source>annotation {number}: kind must be one of {kinds}; got {kind!r}</source>
        <translation>Anmerkung {number}: die Art muss eine von {kinds} sein; erhalten: {kind!r}</translation>
    </message>
    <message>
        <source>annotation {number} ({kind})</source>
        <translation>Anmerkung {number} ({kind})</translation>
    </message>
    <message>
        <source>{where}: unknown field {field!r}</source>
        <translation>{where}: unbekanntes Feld {field!r}</translation>
    </message>
    <message>
        <source>{where}: colour must be written #rrggbb; got {colour!r}</source>
        <translation>{where}: die Farbe muss als #rrggbb geschrieben werden; erhalten: {colour!r}</translation>
    </message>
    <message>
        <source>{where}: text must not be empty</source>
        <translation>{where}: der Text darf nicht leer sein</translation>
    </message>
    <message>
        <source>{where}: text is longer than {n} characters</source>
        <translation>{where}: der Text ist länger als {n} Zeichen</translation>
    </message>
    <message>
        <source>{where}: {field} must be a number; got {value!r}</source>
        <translation>{where}: {field} muss eine Zahl sein; erhalten: {value!r}</translation>
    </message>
    <message>
        <source>point {index}</source>
        <translation>Punkt {index}</translation>
    </message>
    <message>
        <source>{where}: {field} is a fraction of the photo&apos;s longer side, above 0 and at most {upper}; got {number}</source>
        <translation>{where}: {field} ist ein Bruchteil der längeren Seite des Fotos, größer als 0 und höchstens {upper}; erhalten: {number}</translation>
    </message>
    <message>
        <source>{where}: points must be a list of [x, y] pairs</source>
        <translation>{where}: die Punkte müssen eine Liste von [x, y]-Paaren sein</translation>
    </message>
    <message>
        <source>{where}: points must hold 2 to {most} pairs; got {given}</source>
        <translation>{where}: die Punkte müssen 2 bis {most} Paare enthalten; erhalten: {given}</translation>
    </message>
    <message>
        <source>{where}: points must hold {n} pair(s); got {given}</source>
        <translation>{where}: die Punkte müssen {n} Paar(e) enthalten; erhalten: {given}</translation>
    </message>
    <message>
        <source>{where}: point {index} must be an [x, y] pair</source>
        <translation>{where}: Punkt {index} muss ein [x, y]-Paar sein</translation>
    </message>
    <message>
        <source>{where}: point {index} lies outside the photo (x and y run from 0 to 1)</source>
        <translation>{where}: Punkt {index} liegt außerhalb des Fotos (x und y reichen von 0 bis 1)</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>{sha256!r} is not a SHA-256 in hex</source>
        <translation>{sha256!r} ist kein hexadezimaler SHA-256-Wert</translation>
    </message>
    <message>
        <source>attachment {short}… was altered in the store&apos;s attachment table</source>
        <translation>Anhang {short}… wurde in der Anhangstabelle der Datenbank verändert</translation>
    </message>
    <message>
        <source>attachment {short}… in {path} was altered on disk</source>
        <translation>Anhang {short}… in {path} wurde auf dem Datenträger verändert</translation>
    </message>
    <message>
        <source>attachment {short}… is missing from {folder}</source>
        <translation>Anhang {short}… fehlt in {folder}</translation>
    </message>
    <message>
        <source>attachment {short}… is missing from the store</source>
        <translation>Anhang {short}… fehlt in der Datenbank</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Backups of a PostgreSQL store are the database server&apos;s job: use pg_dump (for example `pg_dump -Fc -f sqms.dump URL`) and the server&apos;s own schedule; SQMS Desktop makes, lists and restores backups of SQLite store files only.</source>
        <translation>Sicherungen einer PostgreSQL-Datenbank sind Aufgabe des Datenbankservers: Verwenden Sie pg_dump (zum Beispiel `pg_dump -Fc -f sqms.dump URL`) und den Zeitplan des Servers; SQMS Desktop erstellt, listet und stellt nur Sicherungen von SQLite-Datenbankdateien wieder her.</translation>
    </message>
    <message>
        <source>an in-memory store has no file to back up</source>
        <translation>eine Datenbank im Arbeitsspeicher hat keine Datei, die gesichert werden könnte</translation>
    </message>
    <message>
        <source>{db} does not exist; there is nothing to back up</source>
        <translation>{db} existiert nicht; es gibt nichts zu sichern</translation>
    </message>
    <message>
        <source>{name} is not a backup of {db}; `sqms backup list` shows the backups in {folder}</source>
        <translation>{name} ist keine Sicherung von {db}; `sqms backup list` zeigt die Sicherungen in {folder}</translation>
    </message>
    <message>
        <source>Everything written after {when} (the backup&apos;s time) would be lost; the store cannot be read to count how many trail entries that is.</source>
        <translation>Alles, was nach {when} (dem Zeitpunkt der Sicherung) geschrieben wurde, ginge verloren; die Datenbank kann nicht gelesen werden, um zu zählen, wie viele Einträge des Audit-Trails das sind.</translation>
    </message>
    <message>
        <source>The backup of {when} holds every trail entry of the store; nothing would be lost.</source>
        <translation>Die Sicherung vom {when} enthält jeden Eintrag des Audit-Trails der Datenbank; nichts ginge verloren.</translation>
    </message>
    <message>
        <source>Everything written after {when} would be lost: {n} trail entry the backup does not hold.</source>
        <translation>Alles, was nach {when} geschrieben wurde, ginge verloren: {n} Eintrag des Audit-Trails, den die Sicherung nicht enthält.</translation>
    </message>
    <message>
        <source>Everything written after {when} would be lost: {n} trail entries the backup does not hold.</source>
        <translation>Alles, was nach {when} geschrieben wurde, ginge verloren: {n} Einträge des Audit-Trails, die die Sicherung nicht enthält.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); choose another backup</source>
        <translation>{name} ist beschädigt ({problem}); wählen Sie eine andere Sicherung</translation>
    </message>
    <message>
        <source>the {label} backup of {db} failed: {reason}</source>
        <translation>die Sicherung ({label}) von {db} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{db} is damaged and was not opened; nothing was changed. SQLite reports: {problem}.</source>
        <translation>{db} ist beschädigt und wurde nicht geöffnet; nichts wurde geändert. SQLite meldet: {problem}.</translation>
    </message>
    <message>
        <source>{db} is damaged and was not opened; nothing was changed. SQLite reports: {problem} (and {more} more problems).</source>
        <translation>{db} ist beschädigt und wurde nicht geöffnet; nichts wurde geändert. SQLite meldet: {problem} (und {more} weitere Probleme).</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}: keep the file as it is and ask for help recovering it.</source>
        <translation>In {folder} wurde keine intakte Sicherung davon gefunden: Lassen Sie die Datei, wie sie ist, und holen Sie Hilfe, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The newest good backup is {name} ({when}). {lost} Restore it with `sqms backup restore {name}` or from the window&apos;s offer; the damaged file is kept as a backup first.</source>
        <translation>Die neueste intakte Sicherung ist {name} ({when}). {lost} Stellen Sie sie mit `sqms backup restore {name}` oder über das Angebot im Fenster wieder her; die beschädigte Datei wird zuvor als Sicherung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>certificate_scans</name>
    <message>
        <source>the scan {path} does not exist</source>
        <translation>der Scan {path} existiert nicht</translation>
    </message>
    <message>
        <source>the scan {path} is a folder, not a file</source>
        <translation>der Scan {path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read the scan {path}: {reason}</source>
        <translation>der Scan {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a scan a certificate can keep: it must be a {types} file</source>
        <translation>{name} ist kein Scan, den ein Zertifikat aufnehmen kann: Es muss eine Datei vom Typ {types} sein</translation>
    </message>
</context>
<context>
    <name>clock</name>
    <message>
        <source>This computer&apos;s clock ({clock}) is {span} behind the newest entry in the store ({shown}); set the date and time right before recording anything, or new entries will look older than earlier ones.</source>
        <translation>Die Uhr dieses Computers ({clock}) geht {span} gegenüber dem neuesten Eintrag in der Datenbank ({shown}) nach; stellen Sie Datum und Uhrzeit richtig, bevor Sie etwas erfassen, sonst wirken neue Einträge älter als frühere.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock ({clock}) is {span} ahead of the newest entry in the store ({shown}); check the date and time before recording or signing anything.</source>
        <translation>Die Uhr dieses Computers ({clock}) geht {span} gegenüber dem neuesten Eintrag in der Datenbank ({shown}) vor; prüfen Sie Datum und Uhrzeit, bevor Sie etwas erfassen oder signieren.</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>{name}: too large for a credential ({size} bytes)</source>
        <translation>{name}: zu groß für Anmeldedaten ({size} Byte)</translation>
    </message>
    <message>
        <source>{name}: not a credential file (not JSON: {reason})</source>
        <translation>{name}: keine Datei mit Anmeldedaten (kein JSON: {reason})</translation>
    </message>
    <message>
        <source>{name}: not a credential file (format is not {format!r})</source>
        <translation>{name}: keine Datei mit Anmeldedaten (das Format ist nicht {format!r})</translation>
    </message>
    <message>
        <source>{name}: the field {field!r} is missing or not a text</source>
        <translation>{name}: das Feld {field!r} fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>{username}&apos;s sealed signing key is not the key of the account</source>
        <translation>der versiegelte Signaturschlüssel von {username} ist nicht der Schlüssel des Kontos</translation>
    </message>
    <message>
        <source>this store has no user {name!r}; the account comes with a bundle from the central store first</source>
        <translation>diese Datenbank hat keinen Benutzer {name!r}; das Konto kommt zuerst mit einem Paket aus der zentralen Datenbank</translation>
    </message>
    <message>
        <source>the file&apos;s signing key is not the key of {name} on this store; export the credential again from the store the account came from</source>
        <translation>der Signaturschlüssel in der Datei ist nicht der Schlüssel von {name} in dieser Datenbank; exportieren Sie die Anmeldedaten erneut aus der Datenbank, aus der das Konto kam</translation>
    </message>
    <message>
        <source>{name} already has a password on this store; nothing was imported</source>
        <translation>{name} hat in dieser Datenbank bereits ein Passwort; nichts wurde importiert</translation>
    </message>
    <message>
        <source>{name} is deactivated; a credential would not let them sign in</source>
        <translation>{name} ist deaktiviert; mit Anmeldedaten wäre eine Anmeldung trotzdem nicht möglich</translation>
    </message>
    <message>
        <source>the password hash of {name} in the file is damaged</source>
        <translation>der Passwort-Hash von {name} in der Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the password is not {name}&apos;s password in the file</source>
        <translation>das Passwort ist nicht das Passwort von {name} in der Datei</translation>
    </message>
    <message>
        <source>the sealed signing key of {name} in the file is damaged</source>
        <translation>der versiegelte Signaturschlüssel von {name} in der Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the sealed key in the file is not {name}&apos;s signing key</source>
        <translation>der versiegelte Schlüssel in der Datei ist nicht der Signaturschlüssel von {name}</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>The store {where} is locked by another program; close it and try again.</source>
        <translation>Die Datenbank {where} ist von einem anderen Programm gesperrt; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; nothing was saved and the store is as it was. Free some space and save again.</source>
        <translation>Der Datenträger mit {where} ist voll; nichts wurde gespeichert, und die Datenbank ist unverändert. Geben Sie Speicherplatz frei und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>{where} is on a read-only disk or folder (or the file is read-only); nothing was saved and the store is as it was. Copy it somewhere writable, or make it writable.</source>
        <translation>{where} liegt auf einem schreibgeschützten Datenträger oder in einem schreibgeschützten Ordner (oder die Datei ist schreibgeschützt); nichts wurde gespeichert, und die Datenbank ist unverändert. Kopieren Sie sie an einen beschreibbaren Ort oder heben Sie den Schreibschutz auf.</translation>
    </message>
    <message>
        <source>The disk holding {where} failed to read or write (I/O error); nothing was saved. Check the disk or the USB stick, then try again.</source>
        <translation>Der Datenträger mit {where} konnte nicht lesen oder schreiben (E/A-Fehler); nichts wurde gespeichert. Prüfen Sie den Datenträger oder den USB-Stick und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{where} is not a readable SQMS store (the file is damaged or not a database).</source>
        <translation>{where} ist keine lesbare SQMS-Datenbank (die Datei ist beschädigt oder keine Datenbank).</translation>
    </message>
    <message>
        <source>Cannot open {where}: the folder does not exist or is not writable.</source>
        <translation>{where} kann nicht geöffnet werden: Der Ordner existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The store {where} could not be used: {text}</source>
        <translation>Die Datenbank {where} konnte nicht verwendet werden: {text}</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {at} has no database called {database!r}; create it (createdb {name}) or check the name in the URL.</source>
        <translation>Der PostgreSQL-Server unter {at} hat keine Datenbank namens {database!r}; legen Sie sie an (createdb {name}) oder prüfen Sie den Namen in der URL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {at} refused the user name or password for {user!r}; check them in the URL.</source>
        <translation>Der PostgreSQL-Server unter {at} hat den Benutzernamen oder das Passwort für {user!r} abgelehnt; prüfen Sie beides in der URL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {at} has no user {user!r}; check the URL.</source>
        <translation>Der PostgreSQL-Server unter {at} hat keinen Benutzer {user!r}; prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {at}: is it running, and on that port? Start it or correct the host and port in the URL.</source>
        <translation>Unter {at} antwortet kein PostgreSQL-Server: Läuft er, und auf diesem Port? Starten Sie ihn oder korrigieren Sie Host und Port in der URL.</translation>
    </message>
    <message>
        <source>The host {host!r} of the store&apos;s URL is not known; check its spelling.</source>
        <translation>Der Host {host!r} in der URL der Datenbank ist unbekannt; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {at} did not answer in time; check the network.</source>
        <translation>Der PostgreSQL-Server unter {at} hat nicht rechtzeitig geantwortet; prüfen Sie das Netzwerk.</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>question {qid} is not in this audit&apos;s checklist</source>
        <translation>Frage {qid} ist nicht in der Checkliste dieses Audits</translation>
    </message>
    <message>
        <source>{name} is already attached here as {twin} (same content)</source>
        <translation>{name} ist hier bereits als {twin} angehängt (gleicher Inhalt)</translation>
    </message>
    <message>
        <source>{name} is a document; only photos can be annotated</source>
        <translation>{name} ist ein Dokument; nur Fotos können mit Anmerkungen versehen werden</translation>
    </message>
    <message>
        <source>removing {name} needs a reason</source>
        <translation>das Entfernen von {name} braucht eine Begründung</translation>
    </message>
    <message>
        <source>{name} is not evidence of an audit</source>
        <translation>{name} ist kein Nachweis eines Audits</translation>
    </message>
    <message>
        <source>finding {reference} belongs to another audit</source>
        <translation>Feststellung {reference} gehört zu einem anderen Audit</translation>
    </message>
    <message>
        <source>a caption is at most {n} characters</source>
        <translation>eine Bildunterschrift hat höchstens {n} Zeichen</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>lead auditor</source>
        <translation>Lead-Auditor</translation>
    </message>
    <message>
        <source>quality engineer</source>
        <translation>Qualitätsingenieur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>an auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>a lead auditor</source>
        <translation>Lead-Auditor</translation>
    </message>
    <message>
        <source>a quality engineer</source>
        <translation>Qualitätsingenieur</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>the password does not open this user&apos;s signing key</source>
        <translation>das Passwort öffnet den Signaturschlüssel dieses Benutzers nicht</translation>
    </message>
    <message>
        <source>a password needs at least {n} characters</source>
        <translation>ein Passwort braucht mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>a password must not start or end with a space</source>
        <translation>ein Passwort darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>{username} has no password yet; an administrator sets one</source>
        <translation>{username} hat noch kein Passwort; ein Administrator legt eines fest</translation>
    </message>
    <message>
        <source>{username} is locked after {n} wrong passwords until {until:%H:%M}</source>
        <translation>{username} ist nach {n} falschen Passwörtern bis {until:%H:%M} Uhr gesperrt</translation>
    </message>
    <message>
        <source>{username} is deactivated</source>
        <translation>{username} ist deaktiviert</translation>
    </message>
    <message>
        <source>{action!r} is not a session event ({events})</source>
        <translation>{action!r} ist kein Sitzungsereignis ({events})</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} oder {other}</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs the {needed} role</source>
        <translation>{name} hat die Rolle {role}; {action} erfordert die Rolle {needed}</translation>
    </message>
    <message>
        <source>{user!r} is not a user of this store; sign in as a user</source>
        <translation>{user!r} ist kein Benutzer dieser Datenbank; melden Sie sich als Benutzer an</translation>
    </message>
    <message>
        <source>{name} is deactivated and can no longer act</source>
        <translation>{name} ist deaktiviert und kann nicht mehr handeln</translation>
    </message>
    <message>
        <source>the unit of work acts for another user</source>
        <translation>die Aktion wird für einen anderen Benutzer ausgeführt</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>cannot read {name} as an image: it has more pixels than the {mp} MP allowed ({reason})</source>
        <translation>{name} kann nicht als Bild gelesen werden: Es hat mehr Pixel als die erlaubten {mp} MP ({reason})</translation>
    </message>
    <message>
        <source>it is not an image format SQMS reads (JPEG, PNG, TIFF, WebP, GIF, BMP)</source>
        <translation>es ist kein Bildformat, das SQMS liest (JPEG, PNG, TIFF, WebP, GIF, BMP)</translation>
    </message>
    <message>
        <source>the file is cut short (truncated); copy it from the camera again</source>
        <translation>die Datei ist unvollständig (abgeschnitten); kopieren Sie sie erneut von der Kamera</translation>
    </message>
    <message>
        <source>cannot read {name} as an image: {reason}</source>
        <translation>{name} kann nicht als Bild gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>cannot read {name} as an image: {width} × {height} pixels is more than the {mp} MP allowed</source>
        <translation>{name} kann nicht als Bild gelesen werden: {width} × {height} Pixel sind mehr als die erlaubten {mp} MP</translation>
    </message>
    <message>
        <source>cannot read {name} as an image: {format} is not a format SQMS keeps as a photo (JPEG, PNG, TIFF, WebP, GIF, BMP)</source>
        <translation>{name} kann nicht als Bild gelesen werden: {format} ist kein Format, das SQMS als Foto aufbewahrt (JPEG, PNG, TIFF, WebP, GIF, BMP)</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>SQLite cannot read it: {reason}</source>
        <translation>SQLite kann sie nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>row {rowid} of {table} names a missing {parent} row</source>
        <translation>Zeile {rowid} von {table} verweist auf eine fehlende Zeile von {parent}</translation>
    </message>
</context>
<context>
    <name>lockfile</name>
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
    <name>media</name>
    <message>
        <source>photos (JPEG, PNG, TIFF, WebP) and documents (PDF, xlsx, docx, txt, csv)</source>
        <translation>Fotos (JPEG, PNG, TIFF, WebP) und Dokumente (PDF, xlsx, docx, txt, csv)</translation>
    </message>
    <message>
        <source>the evidence file needs a name</source>
        <translation>die Nachweisdatei braucht einen Namen</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is a {suffix} file; evidence is {kinds}</source>
        <translation>{name} ist eine {suffix}-Datei; Nachweise sind {kinds}</translation>
    </message>
    <message>
        <source>{name} is a file without an extension; evidence is {kinds}</source>
        <translation>{name} ist eine Datei ohne Endung; Nachweise sind {kinds}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} MB; evidence files may be at most {most} MB</source>
        <translation>{name} hat {size:.1f} MB; Nachweisdateien dürfen höchstens {most} MB haben</translation>
    </message>
    <message>
        <source>{name} is not a PDF: it does not begin with %PDF-</source>
        <translation>{name} ist keine PDF-Datei: Sie beginnt nicht mit %PDF-</translation>
    </message>
    <message>
        <source>{name} is a password-protected PDF; its pages cannot be checked (keep it as an unverified binary if it must be kept)</source>
        <translation>{name} ist eine passwortgeschützte PDF-Datei; ihre Seiten können nicht geprüft werden (bewahren Sie sie als ungeprüfte Binärdatei auf, wenn sie aufbewahrt werden muss)</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF: {kind}: {reason}</source>
        <translation>{name} ist eine beschädigte PDF-Datei: {kind}: {reason}</translation>
    </message>
    <message>
        <source>{name} is a PDF without pages</source>
        <translation>{name} ist eine PDF-Datei ohne Seiten</translation>
    </message>
    <message>
        <source>{name} is not a text file: it holds binary data</source>
        <translation>{name} ist keine Textdatei: Sie enthält Binärdaten</translation>
    </message>
    <message>
        <source>{name} is not an Office file: it is not a ZIP archive</source>
        <translation>{name} ist keine Office-Datei: Sie ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not the Office file its name says</source>
        <translation>{name} ist ein ZIP-Archiv, aber nicht die Office-Datei, die ihr Name angibt</translation>
    </message>
</context>
<context>
    <name>migrate</name>
    <message>
        <source>{where} holds tables but is not an SQMS store; refusing to touch it.</source>
        <translation>{where} enthält Tabellen, ist aber keine SQMS-Datenbank; sie wird nicht angetastet.</translation>
    </message>
    <message>
        <source>{where} was written by a newer SQMS Desktop (schema revision {current}); this version knows schema revisions up to {head}. Install the newer version to open it; nothing was changed.</source>
        <translation>{where} wurde von einer neueren Version von SQMS Desktop geschrieben (Schema-Revision {current}); diese Version kennt Schema-Revisionen bis {head}. Installieren Sie die neuere Version, um sie zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{where} failed SQLite&apos;s integrity check after migrating from revision {current} to {target}: {problem}. The copy made before the migration is {backup}; restore it with `sqms backup restore {name}`.</source>
        <translation>{where} hat die Integritätsprüfung von SQLite nach der Migration von Revision {current} auf {target} nicht bestanden: {problem}. Die vor der Migration erstellte Kopie ist {backup}; stellen Sie sie mit `sqms backup restore {name}` wieder her.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>signing an audit</source>
        <translation>Signieren eines Audits</translation>
    </message>
    <message>
        <source>changing the store&apos;s settings</source>
        <translation>Ändern der Einstellungen der Datenbank</translation>
    </message>
    <message>
        <source>adding users</source>
        <translation>Hinzufügen von Benutzern</translation>
    </message>
    <message>
        <source>deactivating users</source>
        <translation>Deaktivieren von Benutzern</translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>audit {reference} is {status}; only a completed audit can be signed</source>
        <translation>Audit {reference} hat den Status „{status}“; nur ein abgeschlossenes Audit kann signiert werden</translation>
    </message>
</context>
<context>
    <name>store_settings</name>
    <message>
        <source>{label} cannot be set to {value!r}</source>
        <translation>{label} kann nicht auf {value!r} gesetzt werden</translation>
    </message>
    <message>
        <source>{label} takes a whole number; got {text!r}</source>
        <translation>{label} erwartet eine ganze Zahl; erhalten: {text!r}</translation>
    </message>
    <message>
        <source>No file {path}: choose the logo again.</source>
        <translation>Keine Datei {path}: Wählen Sie das Logo erneut aus.</translation>
    </message>
    <message>
        <source>{path} is a folder; the logo is a PNG or JPEG file</source>
        <translation>{path} ist ein Ordner; das Logo ist eine PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} has {size} MB; a logo may have at most {maximum} MB</source>
        <translation>{name} hat {size} MB; ein Logo darf höchstens {maximum} MB haben</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image; the logo must be one</source>
        <translation>{name} ist kein PNG- oder JPEG-Bild; das Logo muss eines sein</translation>
    </message>
    <message>
        <source>Company logo for reports</source>
        <translation>Firmenlogo für Berichte</translation>
    </message>
</context>
<context>
    <name>trail</name>
    <message>
        <source>trail entry #{seq}: {reason}</source>
        <translation>Eintrag #{seq} des Audit-Trails: {reason}</translation>
    </message>
    <message>
        <source>trail entry #{seq} ({at_utc}, {entity} {record_id}): {reason}</source>
        <translation>Eintrag #{seq} des Audit-Trails ({at_utc}, {entity} {record_id}): {reason}</translation>
    </message>
    <message>
        <source>it is not the entry this computer wrote as #{seq} (the trail was rewritten from here on)</source>
        <translation>er ist nicht der Eintrag, den dieser Computer als #{seq} geschrieben hat (der Audit-Trail wurde ab hier umgeschrieben)</translation>
    </message>
    <message>
        <source>the trail ends at #{last}, but this computer wrote entries up to #{seen}: the newest entries were removed (or the store was put back from an older copy without `sqms backup restore`)</source>
        <translation>der Audit-Trail endet bei #{last}, aber dieser Computer hat Einträge bis #{seen} geschrieben: Die neuesten Einträge wurden entfernt (oder die Datenbank wurde ohne `sqms backup restore` aus einer älteren Kopie zurückgespielt)</translation>
    </message>
    <message>
        <source>entries #{first} to #{last} are missing</source>
        <translation>die Einträge #{first} bis #{last} fehlen</translation>
    </message>
    <message>
        <source>it does not point at the entry before it (previous hash differs)</source>
        <translation>er verweist nicht auf den Eintrag davor (der vorherige Hash weicht ab)</translation>
    </message>
    <message>
        <source>it has no keyed hash, but every entry from #{floor} on must have one (it was written or rewritten without the store&apos;s trail key)</source>
        <translation>er hat keinen schlüsselbasierten Hash, aber jeder Eintrag ab #{floor} muss einen haben (er wurde ohne den Audit-Trail-Schlüssel der Datenbank geschrieben oder umgeschrieben)</translation>
    </message>
    <message>
        <source>it is keyed with this store&apos;s trail key {key_id}, which is not on this computer: bring it back with `sqms store key import FILE` to check the trail</source>
        <translation>er wurde mit dem Audit-Trail-Schlüssel {key_id} dieser Datenbank gebildet, der nicht auf diesem Computer ist: Holen Sie ihn mit `sqms store key import FILE` zurück, um den Audit-Trail zu prüfen</translation>
    </message>
    <message>
        <source>it is keyed with {key_id}, which is not this store&apos;s trail key (import the key with `sqms store key import` if it is a genuine one)</source>
        <translation>er wurde mit {key_id} gebildet, der nicht der Audit-Trail-Schlüssel dieser Datenbank ist (importieren Sie den Schlüssel mit `sqms store key import`, wenn er echt ist)</translation>
    </message>
    <message>
        <source>its content was changed after it was written, or it was written without the store&apos;s trail key (keyed hash differs)</source>
        <translation>sein Inhalt wurde nach dem Schreiben geändert, oder er wurde ohne den Audit-Trail-Schlüssel der Datenbank geschrieben (der schlüsselbasierte Hash weicht ab)</translation>
    </message>
</context>
<context>
    <name>trail_key</name>
    <message>
        <source>it is not an SQMS trail key file</source>
        <translation>es ist keine Datei mit einem Audit-Trail-Schlüssel von SQMS</translation>
    </message>
    <message>
        <source>{source}: not a usable trail key ({reason})</source>
        <translation>{source}: kein verwendbarer Audit-Trail-Schlüssel ({reason})</translation>
    </message>
    <message>
        <source>{source}: the trail key does not match its own id (damaged)</source>
        <translation>{source}: der Audit-Trail-Schlüssel passt nicht zu seiner eigenen ID (beschädigt)</translation>
    </message>
    <message>
        <source>cannot read the trail key {path}: {reason}</source>
        <translation>der Audit-Trail-Schlüssel {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The trail key of this store ({key_id}) is not on this computer (looked in {folder}); nothing can be changed until it is brought back from its backup with `sqms store key import FILE`.</source>
        <translation>Der Audit-Trail-Schlüssel dieser Datenbank ({key_id}) ist nicht auf diesem Computer (gesucht in {folder}); nichts kann geändert werden, bis er mit `sqms store key import FILE` aus seiner Sicherung zurückgeholt ist.</translation>
    </message>
    <message>
        <source>This store has no trail key yet: it is made with the store&apos;s first change after the upgrade; make one (any edit) and try again.</source>
        <translation>Diese Datenbank hat noch keinen Audit-Trail-Schlüssel: Er entsteht mit der ersten Änderung nach dem Update; nehmen Sie eine vor (irgendeine Bearbeitung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{source}: too large for a trail key backup</source>
        <translation>{source}: zu groß für eine Sicherung von Audit-Trail-Schlüsseln</translation>
    </message>
    <message>
        <source>{source}: not a trail key backup ({reason})</source>
        <translation>{source}: keine Sicherung von Audit-Trail-Schlüsseln ({reason})</translation>
    </message>
    <message>
        <source>{source}: not a trail key backup (no {format!r} format)</source>
        <translation>{source}: keine Sicherung von Audit-Trail-Schlüsseln (nicht im Format {format!r})</translation>
    </message>
    <message>
        <source>{source}: the backup holds no keys</source>
        <translation>{source}: die Sicherung enthält keine Schlüssel</translation>
    </message>
    <message>
        <source>{source}, key {n}</source>
        <translation>{source}, Schlüssel {n}</translation>
    </message>
</context>
<context>
    <name>trail_links</name>
    <message>
        <source>trail entry #{seq}: {reason}</source>
        <translation>Eintrag #{seq} des Audit-Trails: {reason}</translation>
    </message>
    <message>
        <source>{untrailed} changes name no trail entry, but {legacy} did when the trail was keyed: changes were added to or removed from the log behind it</source>
        <translation>{untrailed} Änderungen nennen keinen Eintrag des Audit-Trails, aber als der Audit-Trail seinen Schlüssel bekam, waren es {legacy}: Änderungen wurden am Audit-Trail vorbei in das Protokoll eingefügt oder daraus entfernt</translation>
    </message>
    <message>
        <source>change {change_id} names this entry, which is not in the trail</source>
        <translation>Änderung {change_id} nennt diesen Eintrag, der nicht im Audit-Trail steht</translation>
    </message>
    <message>
        <source>{what} records no change, yet change {change_id} names it</source>
        <translation>{what} hält keine Änderung fest, doch Änderung {change_id} nennt diesen Eintrag</translation>
    </message>
    <message>
        <source>{what}: its change is missing from the change log</source>
        <translation>{what}: die zugehörige Änderung fehlt im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>{what}: change {change_id} {problem}</source>
        <translation>{what}: Änderung {change_id} {problem}</translation>
    </message>
    <message>
        <source>is of {entity} {entity_id}, not this record</source>
        <translation>gehört zu {entity} {entity_id}, nicht zu diesem Datensatz</translation>
    </message>
    <message>
        <source>and this entry disagree on whether the record was deleted</source>
        <translation>und dieser Eintrag widersprechen sich darin, ob der Datensatz gelöscht wurde</translation>
    </message>
    <message>
        <source>sets {field}, this entry {other}</source>
        <translation>setzt {field}, dieser Eintrag {other}</translation>
    </message>
    <message>
        <source>sets {field}, which this entry does not record</source>
        <translation>setzt {field}, was dieser Eintrag nicht festhält</translation>
    </message>
    <message>
        <source>sets {field} to {value}, but the trail records {recorded}</source>
        <translation>setzt {field} auf {value}, aber der Audit-Trail hält {recorded} fest</translation>
    </message>
</context>
<context>
    <name>uow</name>
    <message>
        <source>{table} {field} is longer than {limit} characters ({given} given)</source>
        <translation>{table} {field} ist länger als {limit} Zeichen ({given} angegeben)</translation>
    </message>
    <message>
        <source>the clock must give aware datetimes</source>
        <translation>die Uhr muss Zeitpunkte mit Zeitzone liefern</translation>
    </message>
    <message>
        <source>{table} has no field {name!r}</source>
        <translation>{table} hat kein Feld {name!r}</translation>
    </message>
    <message>
        <source>a deletion needs a reason</source>
        <translation>ein Löschen braucht eine Begründung</translation>
    </message>
    <message>
        <source>this action was already saved; start a new unit of work</source>
        <translation>diese Aktion wurde bereits gespeichert; beginnen Sie eine neue Arbeitseinheit</translation>
    </message>
    <message>
        <source>a new trail key is chosen before the action&apos;s first write</source>
        <translation>ein neuer Audit-Trail-Schlüssel wird vor dem ersten Schreibvorgang der Aktion gewählt</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>the first user of a store is an administrator who creates their own account</source>
        <translation>der erste Benutzer einer Datenbank ist ein Administrator, der sein eigenes Konto anlegt</translation>
    </message>
    <message>
        <source>user name {username!r} must start with a letter and use only a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (2 to 64 characters)</source>
        <translation>der Benutzername {username!r} muss mit einem Buchstaben beginnen und darf nur a-z, 0-9, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; enthalten (2 bis 64 Zeichen)</translation>
    </message>
    <message>
        <source>user name {username!r} is taken</source>
        <translation>der Benutzername {username!r} ist bereits vergeben</translation>
    </message>
    <message>
        <source>{username} is already deactivated</source>
        <translation>{username} ist bereits deaktiviert</translation>
    </message>
    <message>
        <source>{username} is the last active administrator; add another administrator first</source>
        <translation>{username} ist der letzte aktive Administrator; fügen Sie zuerst einen weiteren Administrator hinzu</translation>
    </message>
</context>
<context>
    <name>write_lock</name>
    <message>
        <source>The store is busy with another program&apos;s change; try again in a moment.</source>
        <translation>Die Datenbank ist mit der Änderung eines anderen Programms beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This action opened a second write on the store while its first was unsaved; nothing was saved. Please report this as a bug.</source>
        <translation>Diese Aktion hat einen zweiten Schreibvorgang in der Datenbank begonnen, während der erste noch nicht gespeichert war; nichts wurde gespeichert. Bitte melden Sie dies als Fehler.</translation>
    </message>
</context>
</TS>
