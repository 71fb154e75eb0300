<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Der Administrator</translation>
    </message>
    <message>
        <source>You are the store&apos;s first user and its administrator: you add the other users later. Your name goes on what you record and sign.</source>
        <translation>Sie sind der erste Benutzer der Datenbank und ihr Administrator: Die weiteren Benutzer legen Sie später an. Ihr Name steht bei allem, was Sie erfassen und signieren.</translation>
    </message>
    <message>
        <source>for example jane.doe</source>
        <translation>zum Beispiel erika.muster</translation>
    </message>
    <message>
        <source>for example Jane Doe</source>
        <translation>zum Beispiel Erika Muster</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters and must not start or end with a space. It also opens your signing key: nobody can recover it, so keep it safe.</source>
        <translation>Das Passwort braucht mindestens {n} Zeichen und darf nicht mit einem Leerzeichen beginnen oder enden. Es öffnet auch Ihren Signaturschlüssel: Niemand kann es wiederherstellen, bewahren Sie es also sicher auf.</translation>
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
        <source>&amp;Repeat the password:</source>
        <translation>Passwort wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Enter a user name: you sign in with it.</source>
        <translation>Geben Sie einen Benutzernamen ein: Mit ihm melden Sie sich an.</translation>
    </message>
    <message>
        <source>A user name starts with a small letter and has 2 to 64 of the characters a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (no capitals, spaces or accents).</source>
        <translation>Ein Benutzername beginnt mit einem Kleinbuchstaben und hat 2 bis 64 der Zeichen a-z, 0-9, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; (keine Großbuchstaben, Leerzeichen oder Umlaute).</translation>
    </message>
    <message>
        <source>Enter your full name, as reports show it.</source>
        <translation>Geben Sie Ihren vollständigen Namen ein, wie ihn die Berichte zeigen.</translation>
    </message>
    <message>
        <source>A full name has at most {n} characters.</source>
        <translation>Ein vollständiger Name hat höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least {n} characters.</source>
        <translation>Das Passwort ist zu kurz: Es braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich: Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Tick the built-in checklists your audits follow. They are imported and released, ready for a first audit.</source>
        <translation>Haken Sie die mitgelieferten Checklisten an, nach denen Sie auditieren. Sie werden importiert und freigegeben, bereit für ein erstes Audit.</translation>
    </message>
    <message>
        <source>More checklists, or your own workbooks, can be imported on the Templates page later.</source>
        <translation>Weitere Checklisten oder eigene Arbeitsmappen importieren Sie später auf der Seite Vorlagen.</translation>
    </message>
    <message>
        <source>Built-in checklists</source>
        <translation>Mitgelieferte Checklisten</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n question(s), scored {scheme}</source>
        <translation>
            <numerusform>{title}: %n Frage, Bewertung {scheme}</numerusform>
            <numerusform>{title}: %n Fragen, Bewertung {scheme}</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in checklists are missing from this installation; install SQMS Desktop again.</source>
        <translation>Dieser Installation fehlen die mitgelieferten Checklisten; installieren Sie SQMS Desktop erneut.</translation>
    </message>
    <message>
        <source>Tick at least one checklist: an audit is planned with a released checklist.</source>
        <translation>Haken Sie mindestens eine Checkliste an: Ein Audit wird mit einer freigegebenen Checkliste geplant.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Your company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>The name and logo on the cover of every report. Both may stay empty and be set later under File ▸ Settings.</source>
        <translation>Name und Logo auf dem Deckblatt jedes Berichts. Beides darf leer bleiben und später unter Datei ▸ Einstellungen gesetzt werden.</translation>
    </message>
    <message>
        <source>for example Example Components GmbH</source>
        <translation>zum Beispiel Muster Komponenten GmbH</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>eine PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Choose the logo&apos;s picture file</source>
        <translation>Die Bilddatei des Logos auswählen</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vorschau des Logos</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Name des Unternehmens:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <source>A company name has at most {n} characters.</source>
        <translation>Der Name des Unternehmens hat höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <source>There is no file {path}: choose the logo again.</source>
        <translation>Es gibt keine Datei {path}: Wählen Sie das Logo erneut aus.</translation>
    </message>
    <message>
        <source>{file} has {size} MB; a logo may have at most {maximum} MB.</source>
        <translation>{file} hat {size} MB; ein Logo darf höchstens {maximum} MB haben.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a picture ({reason}). Choose a logo saved as PNG or JPEG.</source>
        <translation>{file} lässt sich nicht als Bild lesen ({reason}). Wählen Sie ein als PNG oder JPEG gespeichertes Logo.</translation>
    </message>
    <message>
        <source>{file} is a {kind} picture; reports take a PNG or JPEG logo.</source>
        <translation>{file} ist ein {kind}-Bild; Berichte nehmen ein Logo als PNG oder JPEG.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Nothing has been written yet: the store is made when you click Create and start.</source>
        <translation>Noch ist nichts gespeichert: Die Datenbank wird angelegt, wenn Sie auf Anlegen und starten klicken.</translation>
    </message>
    <message>
        <source>&amp;Create and start</source>
        <translation>&amp;Anlegen und starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Then, for a first audit:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Add a supplier: the Suppliers page ({suppliers}), New supplier… ({new}).&lt;/li&gt;&lt;li&gt;Plan the audit: the Audits page ({audits}), Plan audit… ({new}), with a checklist released here.&lt;/li&gt;&lt;li&gt;Open its checklist ({open}) and answer it. {help} lists every key.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Danach, für ein erstes Audit:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Legen Sie einen Lieferanten an: Seite Lieferanten ({suppliers}), Neuer Lieferant… ({new}).&lt;/li&gt;&lt;li&gt;Planen Sie das Audit: Seite Audits ({audits}), Audit planen… ({new}), mit einer hier freigegebenen Checkliste.&lt;/li&gt;&lt;li&gt;Öffnen Sie seine Checkliste ({open}) und beantworten Sie sie. {help} zeigt alle Tastenkürzel.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Company on the reports: {company}</source>
        <translation>Unternehmen auf den Berichten: {company}</translation>
    </message>
    <message>
        <source>No company name yet: set it later under File ▸ Settings.</source>
        <translation>Noch kein Name des Unternehmens: Setzen Sie ihn später unter Datei ▸ Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create and start&lt;/b&gt; makes:</source>
        <translation>&lt;b&gt;Anlegen und starten&lt;/b&gt; legt an:</translation>
    </message>
    <message>
        <source>The store {path}</source>
        <translation>Die Datenbank {path}</translation>
    </message>
    <message>
        <source>{name} ({user}), administrator, signed in at once</source>
        <translation>{name} ({user}), Administrator, sofort angemeldet</translation>
    </message>
    <message>
        <source>Checklists, released for audits:</source>
        <translation>Checklisten, für Audits freigegeben:</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>SQMS Desktop: first start</source>
        <translation>SQMS Desktop: erster Start</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Die Datenbank wird angelegt…</translation>
    </message>
    <message>
        <source>The store was not made: {error}</source>
        <translation>Die Datenbank wurde nicht angelegt: {error}</translation>
    </message>
    <message>
        <source>The store was not made, because of an unexpected error ({error}); nothing was kept. The log file has the details.</source>
        <translation>Die Datenbank wurde wegen eines unerwarteten Fehlers nicht angelegt ({error}); nichts wurde behalten. Die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SQMS Desktop</source>
        <translation>Willkommen bei SQMS Desktop</translation>
    </message>
    <message>
        <source>There is no store yet: the file that keeps your suppliers, audits and findings. Four short steps set one up, ready for a first audit.</source>
        <translation>Es gibt noch keine Datenbank, die Datei mit Ihren Lieferanten, Audits und Feststellungen. Vier kurze Schritte legen eine an, bereit für ein erstes Audit.</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>Demo ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Set up a new store</source>
        <translation>&amp;Neue Datenbank einrichten</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>The new store&apos;s file; a folder means the file sqms.sqlite in it</source>
        <translation>Die Datei der neuen Datenbank; ein Ordner meint die Datei sqms.sqlite darin</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Choose another folder or file for the store</source>
        <translation>Einen anderen Ordner oder eine andere Datei für die Datenbank auswählen</translation>
    </message>
    <message>
        <source>Open the &amp;demo store instead, to look around first</source>
        <translation>Stattdessen die &amp;Demo-Datenbank öffnen, um sich erst umzusehen</translation>
    </message>
    <message>
        <source>Made-up suppliers, audits, findings and users, kept apart from your own store. It is built on first use, which takes a moment. Start SQMS Desktop again without --demo to set up your own store later.</source>
        <translation>Erfundene Lieferanten, Audits, Feststellungen und Benutzer, getrennt von Ihrer eigenen Datenbank. Sie wird beim ersten Öffnen erstellt, was einen Moment dauert. Starten Sie SQMS Desktop später ohne --demo, um Ihre eigene Datenbank einzurichten.</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>Daten&amp;bankdatei:</translation>
    </message>
    <message>
        <source>Where to keep the new store</source>
        <translation>Wo die neue Datenbank liegen soll</translation>
    </message>
    <message>
        <source>SQMS store (*.sqlite)</source>
        <translation>SQMS-Datenbank (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <source>A file appeared at {path} while the store was made; nothing was written over it.</source>
        <translation>Während die Datenbank angelegt wurde, ist unter {path} eine Datei entstanden; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>There is a file at {path} already; nothing was written over it.</source>
        <translation>Unter {path} gibt es bereits eine Datei; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Die Datenbank wird angelegt</translation>
    </message>
    <message>
        <source>Creating the administrator {user}</source>
        <translation>Der Administrator {user} wird angelegt</translation>
    </message>
    <message>
        <source>Importing and releasing the checklist {title}</source>
        <translation>Die Checkliste {title} wird importiert und freigegeben</translation>
    </message>
    <message>
        <source>Saving the company&apos;s name and logo</source>
        <translation>Name und Logo des Unternehmens werden gespeichert</translation>
    </message>
    <message>
        <source>The store is ready</source>
        <translation>Die Datenbank ist bereit</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Choose where the new store is kept.</source>
        <translation>Wählen Sie, wo die neue Datenbank liegen soll.</translation>
    </message>
    <message>
        <source>There is a store (or another file) at {path} already, and the wizard never writes over a file. Choose another place, or start SQMS Desktop with --db to open that store.</source>
        <translation>Unter {path} gibt es bereits eine Datenbank (oder eine andere Datei), und der Assistent überschreibt nie eine Datei. Wählen Sie einen anderen Ort, oder starten Sie SQMS Desktop mit --db, um diese Datenbank zu öffnen.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: no store can be made under it.</source>
        <translation>{folder} ist eine Datei, kein Ordner: Darunter kann keine Datenbank angelegt werden.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to ({reason}). Choose a folder of yours, such as one in your home folder.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden ({reason}). Wählen Sie einen eigenen Ordner, etwa einen in Ihrem persönlichen Ordner.</translation>
    </message>
</context>
</TS>
