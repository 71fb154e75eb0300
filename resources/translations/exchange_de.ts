<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>bundle_checks</name>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} ist keine Datei</translation>
    </message>
    <message>
        <source>{path} is {size:,} bytes; a bundle may be 2 GB at most</source>
        <translation>{path} hat {size:,} Bytes; ein Paket darf höchstens 2 GB groß sein</translation>
    </message>
    <message>
        <source>{source} has no manifest.json</source>
        <translation>{source} enthält keine manifest.json</translation>
    </message>
    <message>
        <source>{source}: the signed comment ({comment!r}) does not match manifest.json</source>
        <translation>{source}: der signierte Kommentar ({comment!r}) passt nicht zur manifest.json</translation>
    </message>
    <message>
        <source>{source}: a {format} bundle holds manifest.json and {data_member}, not {stray}</source>
        <translation>{source}: ein {format}-Paket enthält manifest.json und {data_member}, nicht {stray}</translation>
    </message>
    <message>
        <source>{source}: a {format} bundle holds manifest.json and {data_member}</source>
        <translation>{source}: ein {format}-Paket enthält manifest.json und {data_member}</translation>
    </message>
    <message>
        <source>{source}: manifest.json counts {counted} changes; {data_member} holds {held}</source>
        <translation>{source}: manifest.json zählt {counted} Änderungen; {data_member} enthält {held}</translation>
    </message>
    <message>
        <source>{source} is signed by key {key_id}, which this store does not trust (import the central store&apos;s newer trust list, or enrol that replica)</source>
        <translation>{source} ist mit dem Schlüssel {key_id} signiert, dem diese Datenbank nicht vertraut (importieren Sie die neuere Vertrauensliste der zentralen Datenbank oder nehmen Sie dieses Replikat auf)</translation>
    </message>
    <message>
        <source>{source} is signed by {name}&apos;s key {key_id}, which was revoked</source>
        <translation>{source} ist mit dem Schlüssel {key_id} von {name} signiert, der widerrufen wurde</translation>
    </message>
    <message>
        <source>{source} says it comes from replica {origin} but is signed by {name} ({replica_id})</source>
        <translation>{source} gibt an, von Replikat {origin} zu stammen, ist aber von {name} ({replica_id}) signiert</translation>
    </message>
    <message>
        <source>replica {replica_id}</source>
        <translation>Replikat {replica_id}</translation>
    </message>
    <message>
        <source>not set up for sync</source>
        <translation>nicht für den Abgleich eingerichtet</translation>
    </message>
    <message>
        <source>{source} was made for {recipient}, not for this store ({here})</source>
        <translation>{source} wurde für {recipient} erstellt, nicht für diese Datenbank ({here})</translation>
    </message>
    <message>
        <source>{source} expired on {time} UTC; ask {origin} for a new bundle</source>
        <translation>{source} ist am {time} UTC abgelaufen; bitten Sie {origin} um ein neues Paket</translation>
    </message>
    <message>
        <source>{source} was written with schema revision {schema}, newer than this SQMS Desktop ({head}); install the newer version first</source>
        <translation>{source} wurde mit der Schemarevision {schema} geschrieben, die neuer ist als dieses SQMS Desktop ({head}); installieren Sie zuerst die neuere Version</translation>
    </message>
    <message>
        <source>{source}: {name} does not hash to its name</source>
        <translation>{source}: der Hash von {name} entspricht nicht seinem Namen</translation>
    </message>
    <message>
        <source>{source} holds change {change_id}, which claims to be made on this store but never was</source>
        <translation>{source} enthält die Änderung {change_id}, die angeblich in dieser Datenbank vorgenommen wurde, es aber nie wurde</translation>
    </message>
    <message>
        <source>{source}, change {number} ({change_id})</source>
        <translation>{source}, Änderung {number} ({change_id})</translation>
    </message>
    <message>
        <source>{where} was made on replica {replica_id}; {name} may carry only its own changes</source>
        <translation>{where} wurde auf Replikat {replica_id} vorgenommen; {name} darf nur seine eigenen Änderungen überbringen</translation>
    </message>
    <message>
        <source>{where} is by {author}, whom {name} may not speak for</source>
        <translation>{where} stammt von {author}, für den {name} nicht sprechen darf</translation>
    </message>
    <message>
        <source>{where} changes a user account; user accounts are kept by the central store</source>
        <translation>{where} ändert ein Benutzerkonto; Benutzerkonten werden von der zentralen Datenbank verwaltet</translation>
    </message>
</context>
<context>
    <name>bundle_files</name>
    <message>
        <source>the bundle names attachment {sha256}… but carries no bytes for it</source>
        <translation>das Paket nennt den Anhang {sha256}…, enthält aber keine Daten dafür</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>a bundle&apos;s format is one of {formats}; got {fmt!r}</source>
        <translation>das Format eines Pakets ist eines von {formats}; angegeben wurde {fmt!r}</translation>
    </message>
    <message>
        <source>collecting changes from {origin}</source>
        <translation>Änderungen von {origin} werden gesammelt</translation>
    </message>
    <message>
        <source>collecting attachments</source>
        <translation>Anhänge werden gesammelt</translation>
    </message>
    <message>
        <source>writing the bundle</source>
        <translation>Paket wird geschrieben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the central store exports for a named replica: give --for NAME</source>
        <translation>die zentrale Datenbank exportiert für ein benanntes Replikat: geben Sie --for NAME an</translation>
    </message>
    <message>
        <source>this laptop trusts no central store yet; import the central store&apos;s trust list first (`sqms trust import trust.json --central-key central.pub`)</source>
        <translation>dieser Laptop vertraut noch keiner zentralen Datenbank; importieren Sie zuerst die Vertrauensliste der zentralen Datenbank (`sqms trust import trust.json --central-key central.pub`)</translation>
    </message>
    <message>
        <source>no replica called {name} is known here (known: {known})</source>
        <translation>hier ist kein Replikat namens {name} bekannt (bekannt: {known})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>replica {name} was revoked; no bundle is made for it</source>
        <translation>Replikat {name} wurde widerrufen; dafür wird kein Paket erstellt</translation>
    </message>
    <message>
        <source>waiting for another change to the store to finish</source>
        <translation>Warten, bis eine andere Änderung an der Datenbank abgeschlossen ist</translation>
    </message>
    <message>
        <source>checking the bundle</source>
        <translation>Paket wird geprüft</translation>
    </message>
    <message>
        <source>comparing with this store</source>
        <translation>Vergleich mit dieser Datenbank</translation>
    </message>
    <message>
        <source>folding the records</source>
        <translation>Datensätze werden aufgerollt</translation>
    </message>
    <message>
        <source>keeping the attachments</source>
        <translation>Anhänge werden gespeichert</translation>
    </message>
    <message>
        <source>{source}: change {change_id} differs from the change of that id this store already holds</source>
        <translation>{source}: die Änderung {change_id} weicht von der Änderung mit dieser ID ab, die diese Datenbank bereits enthält</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>{entity} {record_id}: in the table but not in the change log</source>
        <translation>{entity} {record_id}: in der Tabelle, aber nicht im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>{entity} {record_id}: in the change log but not in the table</source>
        <translation>{entity} {record_id}: im Änderungsprotokoll, aber nicht in der Tabelle</translation>
    </message>
    <message>
        <source>{entity} {record_id}: fields differ: {fields}</source>
        <translation>{entity} {record_id}: Felder weichen ab: {fields}</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>resolving a conflict</source>
        <translation>das Lösen eines Konflikts</translation>
    </message>
    <message>
        <source>resolve a conflict with one of --take CHANGE_ID or --value V</source>
        <translation>lösen Sie einen Konflikt mit genau einer der Optionen --take CHANGE_ID oder --value V</translation>
    </message>
    <message>
        <source>no open conflict {conflict_id} (see `sqms conflict list`)</source>
        <translation>kein offener Konflikt {conflict_id} (siehe `sqms conflict list`)</translation>
    </message>
    <message>
        <source>{entity} {record_id} is not in the tables</source>
        <translation>{entity} {record_id} ist nicht in den Tabellen</translation>
    </message>
    <message>
        <source>a deleted record is kept or deleted: use --take CHANGE_ID</source>
        <translation>ein gelöschter Datensatz wird behalten oder gelöscht: verwenden Sie --take CHANGE_ID</translation>
    </message>
    <message>
        <source>deleted {entity} {record_id}</source>
        <translation>{entity} {record_id} gelöscht</translation>
    </message>
    <message>
        <source>kept {entity} {record_id}</source>
        <translation>{entity} {record_id} behalten</translation>
    </message>
    <message>
        <source>{take} is not a side of conflict {conflict_id}</source>
        <translation>{take} ist keine Seite des Konflikts {conflict_id}</translation>
    </message>
    <message>
        <source>{take} is not a side of conflict {conflict_id} ({sides})</source>
        <translation>{take} ist keine Seite des Konflikts {conflict_id} ({sides})</translation>
    </message>
    <message>
        <source>{entity} {record_id} {field} settled</source>
        <translation>{entity} {record_id} {field} gelöst</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes oder no</translation>
    </message>
    <message>
        <source>{text!r} is not a value for {entity}.{field}: {problem}</source>
        <translation>{text!r} ist kein Wert für {entity}.{field}: {problem}</translation>
    </message>
    <message>
        <source>{entity}.{field} holds at most {length} characters</source>
        <translation>{entity}.{field} fasst höchstens {length} Zeichen</translation>
    </message>
</context>
<context>
    <name>container</name>
    <message>
        <source>{path} has {size} bytes, more than a bundle may ({total})</source>
        <translation>{path} hat {size} Bytes, mehr als ein Paket haben darf ({total})</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>{source} is not a bundle: not a ZIP file</source>
        <translation>{source} ist kein Paket: keine ZIP-Datei</translation>
    </message>
    <message>
        <source>{source} is not a signed bundle: it has no {name} member</source>
        <translation>{source} ist kein signiertes Paket: der Eintrag {name} fehlt</translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS.minisig is not text</source>
        <translation>{source}: SHA256SUMS.minisig ist kein Text</translation>
    </message>
    <message>
        <source>{source}: member {name} is not listed in SHA256SUMS, so it is unsigned</source>
        <translation>{source}: der Eintrag {name} ist nicht in SHA256SUMS aufgeführt und damit nicht signiert</translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS lists {name}, but the bundle has no such member</source>
        <translation>{source}: SHA256SUMS führt {name} auf, aber das Paket enthält keinen solchen Eintrag</translation>
    </message>
    <message>
        <source>{source}: member {name} does not match its hash in SHA256SUMS: it was changed after signing</source>
        <translation>{source}: der Eintrag {name} passt nicht zu seinem Hash in SHA256SUMS: er wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS is not plain ASCII text</source>
        <translation>{source}: SHA256SUMS ist kein reiner ASCII-Text</translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS does not end with a line break</source>
        <translation>{source}: SHA256SUMS endet nicht mit einem Zeilenumbruch</translation>
    </message>
    <message>
        <source>{source}: line {number} of SHA256SUMS is not &apos;&lt;sha256&gt;  &lt;member name&gt;&apos;</source>
        <translation>{source}: Zeile {number} von SHA256SUMS hat nicht die Form &apos;&lt;sha256&gt;  &lt;member name&gt;&apos;</translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS lists {name} twice (line {number})</source>
        <translation>{source}: SHA256SUMS führt {name} doppelt auf (Zeile {number})</translation>
    </message>
    <message>
        <source>{source} has {count} members, more than {limit}</source>
        <translation>{source} hat {count} Einträge, mehr als {limit}</translation>
    </message>
    <message>
        <source>{source} holds the member {name} twice</source>
        <translation>{source} enthält den Eintrag {name} doppelt</translation>
    </message>
    <message>
        <source>{source}: member {name} is encrypted</source>
        <translation>{source}: der Eintrag {name} ist verschlüsselt</translation>
    </message>
    <message>
        <source>{source}: member {name} uses ZIP compression method {method}; bundles use deflate</source>
        <translation>{source}: der Eintrag {name} verwendet die ZIP-Kompressionsmethode {method}; Pakete verwenden Deflate</translation>
    </message>
    <message>
        <source>{source}: member {name} expands {ratio} times (more than {limit}): a ZIP bomb</source>
        <translation>{source}: der Eintrag {name} entpackt sich auf das {ratio}-Fache (mehr als {limit}): eine ZIP-Bombe</translation>
    </message>
    <message>
        <source>{source} expands to more than {limit} bytes</source>
        <translation>{source} entpackt sich auf mehr als {limit} Bytes</translation>
    </message>
    <message>
        <source>{source}: member name {shown} has control characters</source>
        <translation>{source}: der Eintragsname {shown} enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>{source}: member {shown} points outside the bundle (ZIP slip)</source>
        <translation>{source}: der Eintrag {shown} zeigt aus dem Paket heraus (ZIP Slip)</translation>
    </message>
    <message>
        <source>{source}: member {shown} is a directory</source>
        <translation>{source}: der Eintrag {shown} ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>{source}: member {shown} is a symbolic link</source>
        <translation>{source}: der Eintrag {shown} ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>{source}: member {shown} is not a plain file</source>
        <translation>{source}: der Eintrag {shown} ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{source}: {shown} is not a member a bundle can hold</source>
        <translation>{source}: {shown} ist kein Eintrag, den ein Paket enthalten kann</translation>
    </message>
    <message>
        <source>{source}: member {name} expands to more than {limit} bytes</source>
        <translation>{source}: der Eintrag {name} entpackt sich auf mehr als {limit} Bytes</translation>
    </message>
    <message>
        <source>{source}: member {name} is larger than its header says or than the bundle may hold</source>
        <translation>{source}: der Eintrag {name} ist größer, als sein Header angibt oder als das Paket enthalten darf</translation>
    </message>
    <message>
        <source>{source} is damaged: member {name} cannot be read ({problem})</source>
        <translation>{source} ist beschädigt: der Eintrag {name} kann nicht gelesen werden ({problem})</translation>
    </message>
</context>
<context>
    <name>keyseal</name>
    <message>
        <source>the passphrase for the replica key needs at least {least} characters</source>
        <translation>die Passphrase des Replikat-Schlüssels braucht mindestens {least} Zeichen</translation>
    </message>
    <message>
        <source>the replica key is sealed: give its passphrase</source>
        <translation>der Replikat-Schlüssel ist versiegelt: geben Sie seine Passphrase an</translation>
    </message>
    <message>
        <source>this store&apos;s replica key is damaged (not a sealed SQMS key)</source>
        <translation>der Replikat-Schlüssel dieser Datenbank ist beschädigt (kein versiegelter SQMS-Schlüssel)</translation>
    </message>
    <message>
        <source>wrong passphrase for this store&apos;s replica key</source>
        <translation>falsche Passphrase für den Replikat-Schlüssel dieser Datenbank</translation>
    </message>
</context>
<context>
    <name>manifest</name>
    <message>
        <source>not JSON ({problem})</source>
        <translation>kein JSON ({problem})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>keys differ from the format</source>
        <translation>die Schlüssel weichen vom Format ab</translation>
    </message>
    <message>
        <source>; missing {keys}</source>
        <translation>; es fehlen {keys}</translation>
    </message>
    <message>
        <source>; unknown {keys}</source>
        <translation>; unbekannt: {keys}</translation>
    </message>
    <message>
        <source>format {found!r} is not {expected}</source>
        <translation>das Format {found!r} ist nicht {expected}</translation>
    </message>
    <message>
        <source>bundle_id is not a UUID</source>
        <translation>bundle_id ist keine UUID</translation>
    </message>
    <message>
        <source>origin {origin!r} is not a replica id</source>
        <translation>origin {origin!r} ist keine Replikat-ID</translation>
    </message>
    <message>
        <source>recipient is not a replica id</source>
        <translation>recipient ist keine Replikat-ID</translation>
    </message>
    <message>
        <source>key_id is not a minisign key id</source>
        <translation>key_id ist keine minisign-Schlüssel-ID</translation>
    </message>
    <message>
        <source>data_format must be one of {formats}</source>
        <translation>data_format muss eines von {formats} sein</translation>
    </message>
    <message>
        <source>{key} must be text of 1 to 200 characters</source>
        <translation>{key} muss ein Text mit 1 bis 200 Zeichen sein</translation>
    </message>
    <message>
        <source>{key} must be a whole number of at least {least}</source>
        <translation>{key} muss eine ganze Zahl von mindestens {least} sein</translation>
    </message>
    <message>
        <source>{key} is not a UTC time like 2026-12-03T10:00:00Z</source>
        <translation>{key} ist keine UTC-Zeit wie 2026-12-03T10:00:00Z</translation>
    </message>
    <message>
        <source>{key} must be an object</source>
        <translation>{key} muss ein Objekt sein</translation>
    </message>
    <message>
        <source>{key} has a bad name {name!r}</source>
        <translation>{key} hat einen ungültigen Namen {name!r}</translation>
    </message>
    <message>
        <source>{key}[{name}] must be a whole number</source>
        <translation>{key}[{name}] muss eine ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>two {entity} records made apart both have {shown} (ids {first} and {second}); this version cannot keep both or merge them, so the bundle is not imported. Nothing was changed.</source>
        <translation>zwei getrennt angelegte Datensätze vom Typ {entity} haben beide {shown} (IDs {first} und {second}); diese Version kann weder beide behalten noch sie zusammenführen, daher wird das Paket nicht importiert. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>minisign</name>
    <message>
        <source>the untrusted comment</source>
        <translation>der nicht signierte Kommentar</translation>
    </message>
    <message>
        <source>{source} is not a minisign public key: it should start with &apos;untrusted comment:&apos; and then the key on the second line</source>
        <translation>{source} ist kein öffentlicher minisign-Schlüssel: die Datei sollte mit &apos;untrusted comment:&apos; beginnen und in der zweiten Zeile den Schlüssel enthalten</translation>
    </message>
    <message>
        <source>{source}: the key line of the minisign public key is not base64</source>
        <translation>{source}: die Schlüsselzeile des öffentlichen minisign-Schlüssels ist kein Base64</translation>
    </message>
    <message>
        <source>{source}: the minisign public key has {size} bytes instead of 42 (truncated or not a public key)</source>
        <translation>{source}: der öffentliche minisign-Schlüssel hat {size} Bytes statt 42 (abgeschnitten oder kein öffentlicher Schlüssel)</translation>
    </message>
    <message>
        <source>{source}: the key&apos;s algorithm is {algorithm!r}, not Ed25519 (&apos;Ed&apos;); is this a minisign secret key or a signature?</source>
        <translation>{source}: der Algorithmus des Schlüssels ist {algorithm!r}, nicht Ed25519 (&apos;Ed&apos;); ist dies ein geheimer minisign-Schlüssel oder eine Signatur?</translation>
    </message>
    <message>
        <source>{source}: a PEM key needs a line &apos;minisign key id: &lt;16 hex digits&gt;&apos; before it (SQMS writes one with --pem); or give the minisign .pub file instead</source>
        <translation>{source}: vor einem PEM-Schlüssel muss eine Zeile &apos;minisign key id: &lt;16 hex digits&gt;&apos; stehen (SQMS schreibt sie mit --pem); oder geben Sie stattdessen die minisign-.pub-Datei an</translation>
    </message>
    <message>
        <source>{source}: the PEM public key cannot be read ({problem})</source>
        <translation>{source}: der öffentliche PEM-Schlüssel kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{source}: the PEM key is not an Ed25519 key</source>
        <translation>{source}: der PEM-Schlüssel ist kein Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>the trusted comment</source>
        <translation>der signierte Kommentar</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>the signature of {what} is damaged: {problem}</source>
        <translation>die Signatur für {what} ist beschädigt: {problem}</translation>
    </message>
    <message>
        <source>it has {count} lines instead of 4</source>
        <translation>sie hat {count} Zeilen statt 4</translation>
    </message>
    <message>
        <source>the first line does not start with &apos;untrusted comment:&apos;</source>
        <translation>die erste Zeile beginnt nicht mit &apos;untrusted comment:&apos;</translation>
    </message>
    <message>
        <source>the third line does not start with &apos;trusted comment:&apos;</source>
        <translation>die dritte Zeile beginnt nicht mit &apos;trusted comment:&apos;</translation>
    </message>
    <message>
        <source>the trusted comment contains control characters</source>
        <translation>der signierte Kommentar enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the signature line is not a base64 minisign signature</source>
        <translation>die Signaturzeile ist keine minisign-Signatur in Base64</translation>
    </message>
    <message>
        <source>unknown signature algorithm {algorithm!r}</source>
        <translation>unbekannter Signaturalgorithmus {algorithm!r}</translation>
    </message>
    <message>
        <source>the trusted comment&apos;s signature is not base64 of 64 bytes</source>
        <translation>die Signatur des signierten Kommentars ist nicht Base64 aus 64 Bytes</translation>
    </message>
    <message>
        <source>{what} is signed by key {key_id}, not by the expected key {expected}</source>
        <translation>{what} ist mit dem Schlüssel {key_id} signiert, nicht mit dem erwarteten Schlüssel {expected}</translation>
    </message>
    <message>
        <source>the signature of {what} does not match its content: it was changed after signing</source>
        <translation>die Signatur für {what} passt nicht zum Inhalt: er wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>the trusted comment in the signature of {what} was changed after signing</source>
        <translation>der signierte Kommentar in der Signatur für {what} wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>{label} may not contain line breaks or control characters</source>
        <translation>{label} darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>{label} is longer than minisign&apos;s {limit} bytes</source>
        <translation>{label} ist länger als die {limit} Bytes, die minisign erlaubt</translation>
    </message>
    <message>
        <source>{source}: the minisign public key is not a valid Ed25519 key</source>
        <translation>{source}: der öffentliche minisign-Schlüssel ist kein gültiger Ed25519-Schlüssel</translation>
    </message>
</context>
<context>
    <name>replicas</name>
    <message>
        <source>this store is not set up for sync yet; run `sqms replica init --name NAME` (add --central on the central store)</source>
        <translation>diese Datenbank ist noch nicht für den Abgleich eingerichtet; führen Sie `sqms replica init --name NAME` aus (auf der zentralen Datenbank mit --central)</translation>
    </message>
    <message>
        <source>replica {name} has no key</source>
        <translation>Replikat {name} hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>setting up this store&apos;s replica</source>
        <translation>das Einrichten des Replikats dieser Datenbank</translation>
    </message>
    <message>
        <source>replica name</source>
        <translation>Replikat-Name</translation>
    </message>
    <message>
        <source>this store is already replica {name} ({role}, key {key_id}); its key is not replaced</source>
        <translation>diese Datenbank ist bereits Replikat {name} ({role}, Schlüssel {key_id}); ihr Schlüssel wird nicht ersetzt</translation>
    </message>
    <message>
        <source>another replica known here is already called {name}</source>
        <translation>ein anderes hier bekanntes Replikat heißt bereits {name}</translation>
    </message>
    <message>
        <source>setting up a laptop from a copy</source>
        <translation>das Einrichten eines Laptops aus einer Kopie</translation>
    </message>
    <message>
        <source>this store is replica {name} ({role}); only a copy of the central store&apos;s file becomes a laptop this way</source>
        <translation>diese Datenbank ist Replikat {name} ({role}); nur eine Kopie der Datei der zentralen Datenbank wird auf diese Weise zu einem Laptop</translation>
    </message>
    <message>
        <source>a replica called {name} is already known here</source>
        <translation>ein Replikat namens {name} ist hier bereits bekannt</translation>
    </message>
    <message>
        <source>signing needs the passphrase of replica {name}&apos;s key; no OS keyring keeps it here, so give it (the command line reads it after the password)</source>
        <translation>zum Signieren wird die Passphrase des Schlüssels von Replikat {name} benötigt; hier bewahrt kein Schlüsselbund des Betriebssystems sie auf, geben Sie sie daher an (die Kommandozeile liest sie nach dem Passwort)</translation>
    </message>
    <message>
        <source>enrolling a replica</source>
        <translation>das Aufnehmen eines Replikats</translation>
    </message>
    <message>
        <source>only the central store enrols replicas</source>
        <translation>nur die zentrale Datenbank nimmt Replikate auf</translation>
    </message>
    <message>
        <source>a replica is enrolled as a laptop; got role {role!r}</source>
        <translation>ein Replikat wird als Laptop aufgenommen; angegeben wurde die Rolle {role!r}</translation>
    </message>
    <message>
        <source>{source} does not say which replica it belongs to (its first line names `sqms replica ID`); give the replica id with --replica</source>
        <translation>{source} gibt nicht an, zu welchem Replikat die Datei gehört (ihre erste Zeile nennt `sqms replica ID`); geben Sie die Replikat-ID mit --replica an</translation>
    </message>
    <message>
        <source>key {key_id} is already enrolled as {name}</source>
        <translation>der Schlüssel {key_id} ist bereits als {name} aufgenommen</translation>
    </message>
    <message>
        <source>a replica called {name} is already enrolled</source>
        <translation>ein Replikat namens {name} ist bereits aufgenommen</translation>
    </message>
    <message>
        <source>{user} is not a user of this store</source>
        <translation>{user} ist kein Benutzer dieser Datenbank</translation>
    </message>
    <message>
        <source>replica {replica_id} is already enrolled as {name}</source>
        <translation>Replikat {replica_id} ist bereits als {name} aufgenommen</translation>
    </message>
    <message>
        <source>revoking a replica</source>
        <translation>das Widerrufen eines Replikats</translation>
    </message>
    <message>
        <source>only the central store revokes replicas</source>
        <translation>nur die zentrale Datenbank widerruft Replikate</translation>
    </message>
    <message>
        <source>no enrolled replica is called {name}</source>
        <translation>kein aufgenommenes Replikat heißt {name}</translation>
    </message>
    <message>
        <source>replica {name} is already revoked</source>
        <translation>Replikat {name} ist bereits widerrufen</translation>
    </message>
    <message>
        <source>issuing the trust list</source>
        <translation>das Ausgeben der Vertrauensliste</translation>
    </message>
    <message>
        <source>only the central store issues the trust list</source>
        <translation>nur die zentrale Datenbank gibt die Vertrauensliste aus</translation>
    </message>
    <message>
        <source>a trust list is valid for 1 to 3650 days</source>
        <translation>eine Vertrauensliste gilt 1 bis 3650 Tage</translation>
    </message>
    <message>
        <source>accepting a trust list</source>
        <translation>das Annehmen einer Vertrauensliste</translation>
    </message>
    <message>
        <source>the central store issues the trust list; it does not import one</source>
        <translation>die zentrale Datenbank gibt die Vertrauensliste aus; sie importiert keine</translation>
    </message>
    <message>
        <source>the central key</source>
        <translation>der zentrale Schlüssel</translation>
    </message>
    <message>
        <source>this store trusts no central store yet: give the central store&apos;s public key with --central-key FILE.pub the first time</source>
        <translation>diese Datenbank vertraut noch keiner zentralen Datenbank: geben Sie beim ersten Mal den öffentlichen Schlüssel der zentralen Datenbank mit --central-key FILE.pub an</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>the trust list cannot be issued: {problem}</source>
        <translation>die Vertrauensliste kann nicht ausgegeben werden: {problem}</translation>
    </message>
    <message>
        <source>the trust list must be signed with the central store&apos;s own key, as listed in it</source>
        <translation>die Vertrauensliste muss mit dem eigenen Schlüssel der zentralen Datenbank signiert sein, wie er in ihr aufgeführt ist</translation>
    </message>
    <message>
        <source>{source} is larger than a trust list may be</source>
        <translation>{source} ist größer, als eine Vertrauensliste sein darf</translation>
    </message>
    <message>
        <source>{source}: the trust list is malformed: {problem}</source>
        <translation>{source}: die Vertrauensliste ist fehlerhaft: {problem}</translation>
    </message>
    <message>
        <source>{source} is signed by central key {key_id}, but this store trusts central key {trusted}: it comes from another central store</source>
        <translation>{source} ist mit dem zentralen Schlüssel {key_id} signiert, diese Datenbank vertraut aber dem zentralen Schlüssel {trusted}: die Liste stammt von einer anderen zentralen Datenbank</translation>
    </message>
    <message>
        <source>{source} is trust list version {version}, not newer than version {current} this store holds; only a newer list replaces it</source>
        <translation>{source} ist die Vertrauensliste Version {version} und nicht neuer als die Version {current}, die diese Datenbank hat; nur eine neuere Liste ersetzt sie</translation>
    </message>
    <message>
        <source>{source} expired at {time}; ask the central store for a new trust list</source>
        <translation>{source} ist am {time} abgelaufen; fordern Sie bei der zentralen Datenbank eine neue Vertrauensliste an</translation>
    </message>
    <message>
        <source>{source} is not a trust list (not JSON text)</source>
        <translation>{source} ist keine Vertrauensliste (kein JSON-Text)</translation>
    </message>
    <message>
        <source>{source} is not a trust list: expected format {format} with a document and its signature</source>
        <translation>{source} ist keine Vertrauensliste: erwartet wird das Format {format} mit einem Dokument und seiner Signatur</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>die Liste</translation>
    </message>
    <message>
        <source>keys is not a list</source>
        <translation>keys ist keine Liste</translation>
    </message>
    <message>
        <source>key {number}</source>
        <translation>Schlüssel {number}</translation>
    </message>
    <message>
        <source>{where}: users is neither null nor a list</source>
        <translation>{where}: users ist weder null noch eine Liste</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1</source>
        <translation>die Version muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>{label} has no time zone</source>
        <translation>{label} hat keine Zeitzone</translation>
    </message>
    <message>
        <source>it expires before it was issued</source>
        <translation>sie läuft ab, bevor sie ausgegeben wurde</translation>
    </message>
    <message>
        <source>key {name} has role {role!r}, not one of {roles}</source>
        <translation>der Schlüssel {name} hat die Rolle {role!r}, keine von {roles}</translation>
    </message>
    <message>
        <source>key {name} has role central but belongs to replica {replica_id}</source>
        <translation>der Schlüssel {name} hat die Rolle central, gehört aber zu Replikat {replica_id}</translation>
    </message>
    <message>
        <source>key {name} has a malformed key id or public key</source>
        <translation>der Schlüssel {name} hat eine fehlerhafte Schlüssel-ID oder einen fehlerhaften öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>key {name} is not a valid Ed25519 key</source>
        <translation>der Schlüssel {name} ist kein gültiger Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>key id {key_id} is listed twice</source>
        <translation>die Schlüssel-ID {key_id} ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>it does not list exactly one current central key for {replica_id}</source>
        <translation>sie führt nicht genau einen gültigen zentralen Schlüssel für {replica_id} auf</translation>
    </message>
    <message>
        <source>{where} is not a JSON object</source>
        <translation>{where} ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>{where} must have exactly the fields {fields}</source>
        <translation>{where} muss genau die Felder {fields} haben</translation>
    </message>
    <message>
        <source>{label} is not a {kind}</source>
        <translation>{label} ist kein {kind}</translation>
    </message>
    <message>
        <source>{label} is not a non-empty text</source>
        <translation>{label} ist kein nicht leerer Text</translation>
    </message>
    <message>
        <source>{label} is not an ISO 8601 time</source>
        <translation>{label} ist keine Zeit nach ISO 8601</translation>
    </message>
</context>
<context>
    <name>wire</name>
    <message>
        <source>changes.jsonl line {number}</source>
        <translation>changes.jsonl Zeile {number}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>the last line does not end with a line break, so the file may be cut short</source>
        <translation>die letzte Zeile endet nicht mit einem Zeilenumbruch, die Datei ist also möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <source>the line is blank; every line must hold one change</source>
        <translation>die Zeile ist leer; jede Zeile muss eine Änderung enthalten</translation>
    </message>
    <message>
        <source>change {change_id} appears twice (first on line {line})</source>
        <translation>die Änderung {change_id} kommt doppelt vor (zuerst in Zeile {line})</translation>
    </message>
    <message>
        <source>not valid JSON ({problem} at character {position})</source>
        <translation>kein gültiges JSON ({problem} bei Zeichen {position})</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation>kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>der Schlüssel {key} kommt in einem Objekt doppelt vor</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ist keine in JSON zulässige Zahl</translation>
    </message>
    <message>
        <source>a change must be a JSON object, not {kind}</source>
        <translation>eine Änderung muss ein JSON-Objekt sein, nicht {kind}</translation>
    </message>
    <message>
        <source>the change has no {keys}</source>
        <translation>in der Änderung fehlt: {keys}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}; a change has exactly {count}</source>
        <translation>unbekannte(r) Schlüssel {keys}; eine Änderung hat genau {count}</translation>
    </message>
    <message>
        <source>{value} is not a replica id (1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>{value} ist keine Replikat-ID (1 bis 16 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;)</translation>
    </message>
    <message>
        <source>{value} is not a sequence number (a whole number from 1)</source>
        <translation>{value} ist keine Sequenznummer (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <source>{value} does not match its replica and seq ({replica_id}:{seq})</source>
        <translation>{value} passt nicht zu Replikat und seq der Änderung ({replica_id}:{seq})</translation>
    </message>
    <message>
        <source>{value} is not a user name ({rule})</source>
        <translation>{value} ist kein Benutzername ({rule})</translation>
    </message>
    <message>
        <source>{value} is not a kind of record this version knows</source>
        <translation>{value} ist keine Art von Datensatz, die diese Version kennt</translation>
    </message>
    <message>
        <source>{value} is not a record id ({rule})</source>
        <translation>{value} ist keine Datensatz-ID ({rule})</translation>
    </message>
    <message>
        <source>{value} is not a kind of change ({kinds})</source>
        <translation>{value} ist keine Art von Änderung ({kinds})</translation>
    </message>
    <message>
        <source>a delete removes the whole record, so it names no field ({value})</source>
        <translation>eine Löschung entfernt den ganzen Datensatz und nennt daher kein Feld ({value})</translation>
    </message>
    <message>
        <source>a delete carries no value</source>
        <translation>eine Löschung trägt keinen Wert</translation>
    </message>
    <message>
        <source>keeping a record carries no value</source>
        <translation>das Behalten eines Datensatzes trägt keinen Wert</translation>
    </message>
    <message>
        <source>keeping a record names the deletes it settles</source>
        <translation>das Behalten eines Datensatzes nennt die Löschungen, die es löst</translation>
    </message>
    <message>
        <source>a {kind} change must name a field, not {found}</source>
        <translation>eine Änderung der Art {kind} muss ein Feld nennen, nicht {found}</translation>
    </message>
    <message>
        <source>{value} is not a field of {entity}</source>
        <translation>{value} ist kein Feld von {entity}</translation>
    </message>
    <message>
        <source>{entity}.{field} is not a status, so it takes no status change</source>
        <translation>{entity}.{field} ist kein Status und nimmt daher keine Statusänderung an</translation>
    </message>
    <message>
        <source>{entity}.{field} changes by a status change, not a set</source>
        <translation>{entity}.{field} ändert sich durch eine Statusänderung, nicht durch set</translation>
    </message>
    <message>
        <source>1 to {length} characters, no control characters</source>
        <translation>1 bis {length} Zeichen, keine Steuerzeichen</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{value} is not a clock reading (13 digits, &apos;-&apos;, 6 digits)</source>
        <translation>{value} ist kein Uhrenstand (13 Ziffern, &apos;-&apos;, 6 Ziffern)</translation>
    </message>
    <message>
        <source>its clock is {ahead} in the future ({at} UTC); changes more than {limit} ahead of this computer&apos;s clock are refused (check the clock of the computer that wrote them)</source>
        <translation>ihre Uhrzeit liegt {ahead} in der Zukunft ({at} UTC); Änderungen, die der Uhr dieses Computers mehr als {limit} voraus sind, werden abgelehnt (prüfen Sie die Uhr des Computers, der sie geschrieben hat)</translation>
    </message>
    <message>
        <source>must be a list of change ids, not {kind}</source>
        <translation>muss eine Liste von Änderungs-IDs sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{value} is not a change id (replica:seq)</source>
        <translation>{value} ist keine Änderungs-ID (replica:seq)</translation>
    </message>
    <message>
        <source>the change names itself ({parent}) as its parent</source>
        <translation>die Änderung nennt sich selbst ({parent}) als Vorgänger</translation>
    </message>
    <message>
        <source>{parent} was written after this change, so it cannot precede it</source>
        <translation>{parent} wurde nach dieser Änderung geschrieben und kann ihr daher nicht vorausgehen</translation>
    </message>
    <message>
        <source>{parent} is named twice</source>
        <translation>{parent} wird doppelt genannt</translation>
    </message>
    <message>
        <source>must have a value (it cannot be empty)</source>
        <translation>muss einen Wert haben (darf nicht leer sein)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be a whole number between {low:,} and {high:,}, not {value}</source>
        <translation>muss eine ganze Zahl zwischen {low:,} und {high:,} sein, nicht {value}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>ein Datum mit Uhrzeit (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be {wanted}, not {found}</source>
        <translation>muss {wanted} sein, nicht {found}</translation>
    </message>
    <message>
        <source>cannot hold {value} ({problem})</source>
        <translation>kann {value} nicht aufnehmen ({problem})</translation>
    </message>
    <message>
        <source>holds at most {length} characters; this text has {count}</source>
        <translation>fasst höchstens {length} Zeichen; dieser Text hat {count}</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>die Zahl {value}</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>der Text {value}</translation>
    </message>
    <message>
        <source>the list {value}</source>
        <translation>die Liste {value}</translation>
    </message>
    <message>
        <source>the object {value}</source>
        <translation>das Objekt {value}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} Minute</translation>
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
    <message>
        <source>{n} hour</source>
        <translation>{n} Stunde</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <source>{where} (change {change_id}): its {column} is {length:,} characters as JSON, more than an Excel cell holds ({limit:,}); send this bundle as JSON instead</source>
        <translation>{where} (Änderung {change_id}): {column} ist als JSON {length:,} Zeichen lang, mehr als eine Excel-Zelle fasst ({limit:,}); senden Sie dieses Paket stattdessen als JSON</translation>
    </message>
    <message>
        <source>is not named after a kind of record this version knows (every sheet but About holds the changes of one)</source>
        <translation>ist nicht nach einer Art von Datensatz benannt, die diese Version kennt (jedes Blatt außer About enthält die Änderungen einer Art)</translation>
    </message>
    <message>
        <source>change {change_id} appears twice (first in {earlier})</source>
        <translation>die Änderung {change_id} kommt doppelt vor (zuerst in {earlier})</translation>
    </message>
    <message>
        <source>data.xlsx sheet {name}</source>
        <translation>data.xlsx Blatt {name}</translation>
    </message>
    <message>
        <source>data.xlsx sheet {name} row {row}</source>
        <translation>data.xlsx Blatt {name} Zeile {row}</translation>
    </message>
    <message>
        <source>column {letter} ({title})</source>
        <translation>Spalte {letter} ({title})</translation>
    </message>
    <message>
        <source>the workbook is {size:,} bytes; the limit is 50 MB</source>
        <translation>die Arbeitsmappe hat {size:,} Bytes; die Grenze ist 50 MB</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({problem})</source>
        <translation>die Arbeitsmappe kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>is a chart, not a sheet of changes</source>
        <translation>ist ein Diagramm, kein Blatt mit Änderungen</translation>
    </message>
    <message>
        <source>is empty; it must start with the header row</source>
        <translation>ist leer; es muss mit der Kopfzeile beginnen</translation>
    </message>
    <message>
        <source>the header must be {header} (columns A to {last}), not {found}</source>
        <translation>die Kopfzeile muss {header} lauten (Spalten A bis {last}), nicht {found}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>the sheet name</source>
        <translation>der Blattname</translation>
    </message>
    <message>
        <source>column {letter} holds a value but has no header</source>
        <translation>Spalte {letter} enthält einen Wert, hat aber keine Überschrift</translation>
    </message>
    <message>
        <source>the sheet cannot be read ({problem})</source>
        <translation>das Blatt kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>keine Überschrift</translation>
    </message>
    <message>
        <source>{column}: formulas are not accepted in a bundle</source>
        <translation>{column}: Formeln sind in einem Paket nicht zulässig</translation>
    </message>
    <message>
        <source>{column}: the cell holds the error {error}</source>
        <translation>{column}: die Zelle enthält den Fehler {error}</translation>
    </message>
    <message>
        <source>{column}: must hold JSON text (null for none), not {found}</source>
        <translation>{column}: muss JSON-Text enthalten (null für keinen Wert), nicht {found}</translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation>eine leere Zelle</translation>
    </message>
    <message>
        <source>a true/false cell</source>
        <translation>eine Wahr/Falsch-Zelle</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>die Zahl {value}</translation>
    </message>
    <message>
        <source>a {kind} cell</source>
        <translation>eine Zelle vom Typ {kind}</translation>
    </message>
</context>
</TS>
