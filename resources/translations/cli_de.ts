<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s meinen</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Argumente</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrückliches Argument %r ignoriert</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sqms: error: {message}</source>
        <translation>sqms: Fehler: {message}</translation>
    </message>
    <message>
        <source>sqms: interrupted; nothing half-done was kept</source>
        <translation>sqms: abgebrochen; nichts Halbfertiges wurde behalten</translation>
    </message>
    <message>
        <source>sqms: unexpected error: {kind}: {message}
This is a bug. Details are in {log}; run with --debug to see the traceback.</source>
        <translation>sqms: unerwarteter Fehler: {kind}: {message}
Dies ist ein Programmfehler. Einzelheiten stehen in {log}; mit --debug sehen Sie den Traceback.</translation>
    </message>
    <message>
        <source>--demo and --db both choose the store; give one of them</source>
        <translation>--demo und --db wählen beide die Datenbank; geben Sie nur eines davon an</translation>
    </message>
    <message>
        <source>audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>list the audits</source>
        <translation>die Audits auflisten</translation>
    </message>
    <message>
        <source>only this supplier&apos;s audits</source>
        <translation>nur die Audits dieses Lieferanten</translation>
    </message>
    <message>
        <source>only audits in this status</source>
        <translation>nur Audits in diesem Status</translation>
    </message>
    <message>
        <source>one audit in detail</source>
        <translation>ein Audit im Detail</translation>
    </message>
    <message>
        <source>plan an audit; prints its reference</source>
        <translation>ein Audit planen; gibt seine Referenz aus</translation>
    </message>
    <message>
        <source>newest released version unless @VERSION; a follow-up: as before</source>
        <translation>neueste freigegebene Version, außer mit @VERSION; bei einem Nachaudit: wie zuvor</translation>
    </message>
    <message>
        <source>the lead auditor</source>
        <translation>der Lead-Auditor</translation>
    </message>
    <message>
        <source>planned start (today)</source>
        <translation>geplanter Beginn (heute)</translation>
    </message>
    <message>
        <source>planned end (the start)</source>
        <translation>geplantes Ende (der Beginn)</translation>
    </message>
    <message>
        <source>one of the supplier&apos;s sites</source>
        <translation>einer der Standorte des Lieferanten</translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation>wiederholbar</translation>
    </message>
    <message>
        <source>plan a follow-up of REF (--type follow-up: of the last audit)</source>
        <translation>ein Nachaudit zu REF planen (--type follow-up: zum letzten Audit)</translation>
    </message>
    <message>
        <source>auditee participants</source>
        <translation>Teilnehmer der auditierten Seite</translation>
    </message>
    <message>
        <source>answer a question or write its note (starts a planned audit)</source>
        <translation>eine Frage beantworten oder ihre Notiz schreiben (beginnt ein geplantes Audit)</translation>
    </message>
    <message>
        <source>as the checklist names it</source>
        <translation>wie die Checkliste sie benennt</translation>
    </message>
    <message>
        <source>score, yes/no, choice, number or text</source>
        <translation>Punktzahl, yes/no, Auswahl, Zahl oder Text</translation>
    </message>
    <message>
        <source>not applicable, with the reason</source>
        <translation>nicht anwendbar, mit Begründung</translation>
    </message>
    <message>
        <source>findings of an audit</source>
        <translation>Feststellungen eines Audits</translation>
    </message>
    <message>
        <source>raise a finding; prints its reference (starts a planned audit)</source>
        <translation>eine Feststellung erfassen; gibt ihre Referenz aus (beginnt ein geplantes Audit)</translation>
    </message>
    <message>
        <source>the question it was raised on</source>
        <translation>die Frage, zu der sie erfasst wurde</translation>
    </message>
    <message>
        <source>default: the question&apos;s clause</source>
        <translation>Standard: der Normabschnitt der Frage</translation>
    </message>
    <message>
        <source>objective evidence</source>
        <translation>objektiver Nachweis</translation>
    </message>
    <message>
        <source>record why a major finding needs no CAPA (before the audit is signed)</source>
        <translation>festhalten, warum eine Hauptabweichung keine CAPA braucht (bevor das Audit signiert wird)</translation>
    </message>
    <message>
        <source>why no CAPA is needed (trailed)</source>
        <translation>warum keine CAPA nötig ist (im Audit-Trail festgehalten)</translation>
    </message>
    <message>
        <source>one finding: statement, class, requirement, evidence, photos, CAPAs and status</source>
        <translation>eine Feststellung: Aussage, Klasse, Anforderung, Nachweis, Fotos, CAPAs und Status</translation>
    </message>
    <message>
        <source>the findings of every audit, newest first (the findings register)</source>
        <translation>die Feststellungen aller Audits, neueste zuerst (das Feststellungsregister)</translation>
    </message>
    <message>
        <source>only this supplier&apos;s findings</source>
        <translation>nur die Feststellungen dieses Lieferanten</translation>
    </message>
    <message>
        <source>only findings of this class (repeatable)</source>
        <translation>nur Feststellungen dieser Klasse (wiederholbar)</translation>
    </message>
    <message>
        <source>only findings in this status (repeatable)</source>
        <translation>nur Feststellungen in diesem Status (wiederholbar)</translation>
    </message>
    <message>
        <source>only findings not closed</source>
        <translation>nur nicht geschlossene Feststellungen</translation>
    </message>
    <message>
        <source>only this audit&apos;s findings</source>
        <translation>nur die Feststellungen dieses Audits</translation>
    </message>
    <message>
        <source>only with a CAPA</source>
        <translation>nur mit CAPA</translation>
    </message>
    <message>
        <source>only without one</source>
        <translation>nur ohne CAPA</translation>
    </message>
    <message>
        <source>audits from this day</source>
        <translation>Audits ab diesem Tag</translation>
    </message>
    <message>
        <source>audits to this day</source>
        <translation>Audits bis zu diesem Tag</translation>
    </message>
    <message>
        <source>part of a reference, statement, supplier, question…</source>
        <translation>Teil einer Referenz, Aussage, eines Lieferanten, einer Frage…</translation>
    </message>
    <message>
        <source>record the closing meeting and complete the audit (scored)</source>
        <translation>das Abschlussgespräch festhalten und das Audit abschließen (bewertet)</translation>
    </message>
    <message>
        <source>default: as recorded before</source>
        <translation>Standard: wie zuvor festgehalten</translation>
    </message>
    <message>
        <source>auditee present at the meeting</source>
        <translation>beim Gespräch anwesende Vertreter der auditierten Seite</translation>
    </message>
    <message>
        <source>diverging opinions left open</source>
        <translation>offen gebliebene abweichende Meinungen</translation>
    </message>
    <message>
        <source>actual end (today)</source>
        <translation>tatsächliches Ende (heute)</translation>
    </message>
    <message>
        <source>why shown questions stay unanswered (needed when any are; the report prints it)</source>
        <translation>warum angezeigte Fragen unbeantwortet bleiben (nötig, wenn es solche gibt; der Bericht druckt es)</translation>
    </message>
    <message>
        <source>reopen a completed or signed audit to change it (its signatures become invalid)</source>
        <translation>ein abgeschlossenes oder signiertes Audit zum Ändern wieder öffnen (seine Signaturen werden ungültig)</translation>
    </message>
    <message>
        <source>why it is reopened (trailed)</source>
        <translation>warum es wieder geöffnet wird (im Audit-Trail festgehalten)</translation>
    </message>
    <message>
        <source>sign a completed audit (password on standard input)</source>
        <translation>ein abgeschlossenes Audit signieren (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>what the signature means: {meanings}</source>
        <translation>was die Signatur bedeutet: {meanings}</translation>
    </message>
    <message>
        <source>who signs (the same as the global --user)</source>
        <translation>wer signiert (wie das globale --user)</translation>
    </message>
    <message>
        <source>photos and documents of an audit</source>
        <translation>Fotos und Dokumente eines Audits</translation>
    </message>
    <message>
        <source>attach photos or documents to an audit or one of its findings (images are verified; all files or none; password on standard input)</source>
        <translation>Fotos oder Dokumente an ein Audit oder eine seiner Feststellungen anhängen (Bilder werden geprüft; alle Dateien oder keine; Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>{reference}, or its id</source>
        <translation>{reference} oder ihre ID</translation>
    </message>
    <message>
        <source>the checklist question it belongs to</source>
        <translation>die Frage der Checkliste, zu der es gehört</translation>
    </message>
    <message>
        <source>what it shows (every file)</source>
        <translation>was es zeigt (für jede Datei)</translation>
    </message>
    <message>
        <source>keep a file that fails its check (a damaged PDF) as an unverified binary</source>
        <translation>eine Datei, die die Prüfung nicht besteht (ein beschädigtes PDF), als ungeprüfte Binärdatei behalten</translation>
    </message>
    <message>
        <source>an audit&apos;s evidence with its SHA-256 prefix, finding and question</source>
        <translation>die Nachweise eines Audits mit SHA-256-Präfix, Feststellung und Frage</translation>
    </message>
    <message>
        <source>template version must be a whole number; got {version}</source>
        <translation>die Version der Vorlage muss eine ganze Zahl sein; angegeben: {version}</translation>
    </message>
    <message>
        <source>no checklist template {key}</source>
        <translation>keine Checklisten-Vorlage {key}</translation>
    </message>
    <message>
        <source>template {key} has no released version; release one first</source>
        <translation>die Vorlage {key} hat keine freigegebene Version; geben Sie zuerst eine frei</translation>
    </message>
    <message>
        <source>{supplier} has no completed audit to follow up</source>
        <translation>{supplier} hat kein abgeschlossenes Audit, zu dem ein Nachaudit möglich wäre</translation>
    </message>
    <message>
        <source>name the checklist with --template KEY[@VERSION]</source>
        <translation>nennen Sie die Checkliste mit --template KEY[@VERSION]</translation>
    </message>
    <message>
        <source>give either a VALUE or --na REASON, not both</source>
        <translation>geben Sie entweder einen VALUE oder --na REASON an, nicht beides</translation>
    </message>
    <message>
        <source>give a VALUE, --na REASON or --note TEXT</source>
        <translation>geben Sie einen VALUE, --na REASON oder --note TEXT an</translation>
    </message>
    <message>
        <source>note {note}</source>
        <translation>Notiz {note}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>sqms: proposed finding ({kind}): {reason}; raise it with: sqms audit finding add {reference} --question {qid} --class {value} --statement TEXT</source>
        <translation>sqms: vorgeschlagene Feststellung ({kind}): {reason}; erfassen Sie sie mit: sqms audit finding add {reference} --question {qid} --class {value} --statement TEXT</translation>
    </message>
    <message>
        <source>sqms: proposed escalation to a major NC: {reason}</source>
        <translation>sqms: vorgeschlagene Hochstufung zur Hauptabweichung: {reason}</translation>
    </message>
    <message>
        <source>{finding}: no CAPA needed ({reason})</source>
        <translation>{finding}: keine CAPA nötig ({reason})</translation>
    </message>
    <message>
        <source>{problem}: --incomplete-reason TEXT</source>
        <translation>{problem}: --incomplete-reason TEXT</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{reference} completed: {score}, grade {grade}</source>
        <translation>{reference} abgeschlossen: {score}, Einstufung {grade}</translation>
    </message>
    <message>
        <source>{n} question left unanswered ({questions}): {reason}</source>
        <translation>{n} Frage unbeantwortet ({questions}): {reason}</translation>
    </message>
    <message>
        <source>{n} questions left unanswered ({questions}): {reason}</source>
        <translation>{n} Fragen unbeantwortet ({questions}): {reason}</translation>
    </message>
    <message>
        <source>{reference} reopened; its signatures are no longer valid</source>
        <translation>{reference} wieder geöffnet; seine Signaturen sind nicht mehr gültig</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>SUPPLIER</source>
        <translation>LIEFERANT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEITUNG</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNKTZAHL</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>EINSTUFUNG</translation>
    </message>
    <message>
        <source>FIND.</source>
        <translation>FESTST.</translation>
    </message>
    <message>
        <source>{n} audit in {store}</source>
        <translation>{n} Audit in {store}</translation>
    </message>
    <message>
        <source>{n} audits in {store}</source>
        <translation>{n} Audits in {store}</translation>
    </message>
    <message>
        <source>{type} audit, {status}; checklist {template}</source>
        <translation>Audit ({type}), {status}; Checkliste {template}</translation>
    </message>
    <message>
        <source>planned {start} to {end}; lead auditor {lead}</source>
        <translation>geplant {start} bis {end}; Lead-Auditor {lead}</translation>
    </message>
    <message>
        <source>follow-up of {reference}</source>
        <translation>Nachaudit zu {reference}</translation>
    </message>
    <message>
        <source>site: {site}</source>
        <translation>Standort: {site}</translation>
    </message>
    <message>
        <source>answers: {answered} of {questions}</source>
        <translation>Antworten: {answered} von {questions}</translation>
    </message>
    <message>
        <source>score: {score} %, grade {grade}</source>
        <translation>Punktzahl: {score} %, Einstufung {grade}</translation>
    </message>
    <message>
        <source>conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>present at the closing meeting</source>
        <translation>beim Abschlussgespräch anwesend</translation>
    </message>
    <message>
        <source>diverging opinions</source>
        <translation>abweichende Meinungen</translation>
    </message>
    <message>
        <source>completed with questions unanswered</source>
        <translation>abgeschlossen mit unbeantworteten Fragen</translation>
    </message>
    <message>
        <source> (question {qid})</source>
        <translation> (Frage {qid})</translation>
    </message>
    <message>
        <source>finding {reference} [{kind}]{on} {statement}</source>
        <translation>Feststellung {reference} [{kind}]{on} {statement}</translation>
    </message>
    <message>
        <source>  no CAPA: {reason}</source>
        <translation>  keine CAPA: {reason}</translation>
    </message>
    <message>
        <source>  needs a CAPA or a reason why none is needed before the audit is signed</source>
        <translation>  braucht eine CAPA oder eine Begründung, warum keine nötig ist, bevor das Audit signiert wird</translation>
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
        <source>signed by {name} ({meaning}, {at}): {state}</source>
        <translation>signiert von {name} ({meaning}, {at}): {state}</translation>
    </message>
    <message>
        <source>there is no store at {path}; check --db (or $SQMS_DB)</source>
        <translation>unter {path} gibt es keine Datenbank; prüfen Sie --db (oder $SQMS_DB)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>FAILED verification</source>
        <translation>Prüfung FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>no backups of {store} in {folder}</source>
        <translation>keine Sicherungen von {store} in {folder}</translation>
    </message>
    <message>
        <source>sqms: error: a backup failed verification</source>
        <translation>sqms: Fehler: eine Sicherung hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>{holder} has {store} open; close that window first</source>
        <translation>{holder} hat {store} geöffnet; schließen Sie zuerst dieses Fenster</translation>
    </message>
    <message>
        <source>Restore {store} from {backup}? {lost}</source>
        <translation>{store} aus {backup} wiederherstellen? {lost}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The store as it is now is kept as a backup first. Type {yes} to restore: </source>
        <translation>Die Datenbank wird in ihrem jetzigen Zustand zuerst als Sicherung aufbewahrt. Geben Sie {yes} ein, um wiederherzustellen: </translation>
    </message>
    <message>
        <source>restore cancelled; nothing was changed</source>
        <translation>Wiederherstellung abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{store} restored from {backup}; the replaced store is kept as {kept}</source>
        <translation>{store} aus {backup} wiederhergestellt; die ersetzte Datenbank ist als {kept} aufbewahrt</translation>
    </message>
    <message>
        <source>, OVERDUE ({stage})</source>
        <translation>, ÜBERFÄLLIG ({stage})</translation>
    </message>
    <message>
        <source>{kind}, {type}; {state}; supplier {code} {name}</source>
        <translation>{kind}, {type}; {state}; Lieferant {code} {name}</translation>
    </message>
    <message>
        <source>owner: {owner}; issued {issued}; next due {due}</source>
        <translation>Verantwortlich: {owner}; ausgestellt {issued}; nächste Frist {due}</translation>
    </message>
    <message>
        <source>source: {source} {reference}</source>
        <translation>Quelle: {source} {reference}</translation>
    </message>
    <message>
        <source>safety critical: contained within a day</source>
        <translation>sicherheitskritisch: Sofortmaßnahme innerhalb eines Tages</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>storniert: {reason}</translation>
    </message>
    <message>
        <source>findings ({n}):</source>
        <translation>Feststellungen ({n}):</translation>
    </message>
    <message>
        <source>  {reference} [{kind}] {statement} (audit {audit})</source>
        <translation>  {reference} [{kind}] {statement} (Audit {audit})</translation>
    </message>
    <message>
        <source>evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message>
        <source>stages:</source>
        <translation>Phasen:</translation>
    </message>
    <message>
        <source>  {stage} due {due}  reached {reached}  {status}</source>
        <translation>  {stage} fällig {due}  erreicht {reached}  {status}</translation>
    </message>
    <message>
        <source>, rejected {n}x</source>
        <translation>, {n}-mal abgelehnt</translation>
    </message>
    <message>
        <source>problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>actions:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>  {step} {description} ({owner}, due {due}, done {done})</source>
        <translation>  {step} {description} ({owner}, fällig {due}, erledigt {done})</translation>
    </message>
    <message>
        <source>  {step} {description} ({owner}, due {due})</source>
        <translation>  {step} {description} ({owner}, fällig {due})</translation>
    </message>
    <message>
        <source>decisions:</source>
        <translation>Entscheidungen:</translation>
    </message>
    <message>
        <source>  {day} {stage} {decision} by {who}</source>
        <translation>  {day} {stage} {decision} von {who}</translation>
    </message>
    <message>
        <source>{reference} effective ({state}), checked in {audit}</source>
        <translation>{reference} wirksam ({state}), geprüft in {audit}</translation>
    </message>
    <message>
        <source>{reference} not effective; reopened ({state}), checked in {audit}</source>
        <translation>{reference} nicht wirksam; wieder geöffnet ({state}), geprüft in {audit}</translation>
    </message>
    <message>
        <source>kept as a draft; issue it to start its deadlines</source>
        <translation>als Entwurf behalten; stellen Sie sie aus, damit ihre Fristen beginnen</translation>
    </message>
    <message>
        <source>issued {day}; {deadlines}</source>
        <translation>ausgestellt {day}; {deadlines}</translation>
    </message>
    <message>
        <source>sqms: {kind} {reference} for {supplier} from {findings}: {when}</source>
        <translation>sqms: {kind} {reference} für {supplier} aus {findings}: {when}</translation>
    </message>
    <message>
        <source> (rejected)</source>
        <translation> (abgelehnt)</translation>
    </message>
    <message>
        <source>OVERDUE ({stage})</source>
        <translation>ÜBERFÄLLIG ({stage})</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>VERANTWORTLICH</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>NÄCHSTE FRIST</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>VERZUG</translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation>FESTSTELLUNGEN</translation>
    </message>
    <message>
        <source>{n} CAPA, {overdue} overdue, in {store}</source>
        <translation>{n} CAPA, davon {overdue} überfällig, in {store}</translation>
    </message>
    <message>
        <source>{n} CAPAs, {overdue} overdue, in {store}</source>
        <translation>{n} CAPAs, davon {overdue} überfällig, in {store}</translation>
    </message>
    <message>
        <source>SCAR form of {reference} written to {path}</source>
        <translation>SCAR-Formular zu {reference} in {path} geschrieben</translation>
    </message>
    <message>
        <source>sqms: error: {file}: nothing was imported:</source>
        <translation>sqms: Fehler: {file}: nichts wurde importiert:</translation>
    </message>
    <message>
        <source>{reference}: {n} field would change ({reason})</source>
        <translation>{reference}: {n} Feld würde sich ändern ({reason})</translation>
    </message>
    <message>
        <source>{reference}: {n} fields would change ({reason})</source>
        <translation>{reference}: {n} Felder würden sich ändern ({reason})</translation>
    </message>
    <message>
        <source>{reference}: {n} field changed ({reason})</source>
        <translation>{reference}: {n} Feld geändert ({reason})</translation>
    </message>
    <message>
        <source>{reference}: {n} fields changed ({reason})</source>
        <translation>{reference}: {n} Felder geändert ({reason})</translation>
    </message>
    <message>
        <source>audit reference, e.g. AUD-2026-0042</source>
        <translation>Audit-Referenz, z. B. AUD-2026-0042</translation>
    </message>
    <message>
        <source>finding reference as `sqms audit show` prints it, e.g. AUD-2026-0042-F03</source>
        <translation>Referenz der Feststellung, wie `sqms audit show` sie ausgibt, z. B. AUD-2026-0042-F03</translation>
    </message>
    <message>
        <source>CAPA reference, e.g. CAPA-2026-0007</source>
        <translation>CAPA-Referenz, z. B. CAPA-2026-0007</translation>
    </message>
    <message>
        <source>supplier code, e.g. SUP-0001</source>
        <translation>Lieferantennummer, z. B. SUP-0001</translation>
    </message>
    <message>
        <source>store to use: a file path or an SQLAlchemy URL (default: $SQMS_DB or your store)</source>
        <translation>zu verwendende Datenbank: ein Dateipfad oder eine SQLAlchemy-URL (Standard: $SQMS_DB oder Ihre Datenbank)</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>JSON für Skripte ausgeben</translation>
    </message>
    <message>
        <source>who acts (the same as the global --user)</source>
        <translation>wer handelt (wie das globale --user)</translation>
    </message>
    <message>
        <source>language of the report (default: $SQMS_LANG or the system&apos;s language)</source>
        <translation>Sprache des Berichts (Standard: $SQMS_LANG oder die Sprache des Systems)</translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>credential of {user} written to {path}; keep it private</source>
        <translation>Anmeldedaten von {user} in {path} geschrieben; halten Sie die Datei geheim</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>{file} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>{user} can now sign in and sign on this store</source>
        <translation>{user} kann sich jetzt an dieser Datenbank anmelden und hier signieren</translation>
    </message>
    <message>
        <source>sqms: creating the demo store at {path} (first use)</source>
        <translation>sqms: die Demo-Datenbank wird unter {path} angelegt (erste Verwendung)</translation>
    </message>
    <message>
        <source>demo store {store}: {suppliers} suppliers, {audits} audits ({self_assessments} of them self-assessments), {findings} findings, {capas} CAPAs, {deliveries} deliveries</source>
        <translation>Demo-Datenbank {store}: {suppliers} Lieferanten, {audits} Audits (davon {self_assessments} Selbstbewertungen), {findings} Feststellungen, {capas} CAPAs, {deliveries} Lieferungen</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>FESTSTELLUNG</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>FRAGE</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>BESCHRIFTUNG</translation>
    </message>
    <message>
        <source>unverified binary</source>
        <translation>ungeprüfte Binärdatei</translation>
    </message>
    <message>
        <source>{type} ({n} p.)</source>
        <translation>{type} ({n} S.)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>keiner angehängt</translation>
    </message>
    <message>
        <source>none needed: {reason}</source>
        <translation>keine nötig: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> (next due {day}, OVERDUE)</source>
        <translation> (nächste Frist {day}, ÜBERFÄLLIG)</translation>
    </message>
    <message>
        <source> (next due {day})</source>
        <translation> (nächste Frist {day})</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
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
        <source>CAPAs</source>
        <translation>CAPAs</translation>
    </message>
    <message>
        <source>finding {finding} is not a finding of {audit}</source>
        <translation>die Feststellung {finding} gehört nicht zu {audit}</translation>
    </message>
    <message>
        <source>finding {finding}</source>
        <translation>Feststellung {finding}</translation>
    </message>
    <message>
        <source>{file} attached to {where} (SHA-256 {sha}…)</source>
        <translation>{file} an {where} angehängt (SHA-256 {sha}…)</translation>
    </message>
    <message>
        <source>{n} piece of evidence in {audit}</source>
        <translation>{n} Nachweis in {audit}</translation>
    </message>
    <message>
        <source>{n} pieces of evidence in {audit}</source>
        <translation>{n} Nachweise in {audit}</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}; no audit lies between them</source>
        <translation>--from {start} liegt nach --to {end}; dazwischen liegt kein Audit</translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation> ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>KLASSE</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>STATEMENT</source>
        <translation>AUSSAGE</translation>
    </message>
    <message>
        <source>{n} finding, {without} without a CAPA, in {store}</source>
        <translation>{n} Feststellung, davon {without} ohne CAPA, in {store}</translation>
    </message>
    <message>
        <source>{n} findings, {without} without a CAPA, in {store}</source>
        <translation>{n} Feststellungen, davon {without} ohne CAPA, in {store}</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} neu</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} aktualisiert</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} unverändert</translation>
    </message>
    <message>
        <source>row {row}  {action}  {supplier}  {delivery}</source>
        <translation>Zeile {row}  {action}  {supplier}  {delivery}</translation>
    </message>
    <message>
        <source>sqms: warning: {message}</source>
        <translation>sqms: Warnung: {message}</translation>
    </message>
    <message>
        <source>there is no store at {path}; check --db (or $SQMS_DB). A new store is made by adding its first administrator: sqms --db PATH user add NAME --role admin …</source>
        <translation>unter {path} gibt es keine Datenbank; prüfen Sie --db (oder $SQMS_DB). Eine neue Datenbank entsteht, wenn ihr erster Administrator angelegt wird: sqms --db PATH user add NAME --role admin …</translation>
    </message>
    <message>
        <source>a line of standard input is longer than {count} characters; a password or passphrase is one line of its own</source>
        <translation>eine Zeile der Standardeingabe ist länger als {count} Zeichen; ein Passwort oder eine Passphrase steht allein in einer Zeile</translation>
    </message>
    <message>
        <source>standard input must hold {wanted}, one per line</source>
        <translation>die Standardeingabe muss {wanted} enthalten, eines pro Zeile</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>the password of {user}</source>
        <translation>das Passwort von {user}</translation>
    </message>
    <message>
        <source>this store has no users yet; add its first administrator with `sqms user add NAME --role admin --full-name TEXT`</source>
        <translation>diese Datenbank hat noch keine Benutzer; legen Sie ihren ersten Administrator an mit `sqms user add NAME --role admin --full-name TEXT`</translation>
    </message>
    <message>
        <source>{user} is not a user of this store (users: {users}); choose one with --user NAME or $SQMS_USER</source>
        <translation>{user} ist kein Benutzer dieser Datenbank (Benutzer: {users}); wählen Sie einen mit --user NAME oder $SQMS_USER</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>sqms: {file}: {n} problem; nothing was imported</source>
        <translation>sqms: {file}: {n} Problem; nichts wurde importiert</translation>
    </message>
    <message>
        <source>sqms: {file}: {n} problems; nothing was imported</source>
        <translation>sqms: {file}: {n} Probleme; nichts wurde importiert</translation>
    </message>
    <message>
        <source>columns not read: {columns}</source>
        <translation>nicht gelesene Spalten: {columns}</translation>
    </message>
    <message>
        <source>{file}: imported: {counts}</source>
        <translation>{file}: importiert: {counts}</translation>
    </message>
    <message>
        <source>{file}: would import (dry run, nothing changed): {counts}</source>
        <translation>{file}: würde importieren (Probelauf, nichts geändert): {counts}</translation>
    </message>
    <message>
        <source>column mapping remembered for {source}</source>
        <translation>Spaltenzuordnung für {source} gespeichert</translation>
    </message>
    <message>
        <source>SQMS Desktop on the command line: suppliers, audits, trail, demo data.</source>
        <translation>SQMS Desktop auf der Kommandozeile: Lieferanten, Audits, Audit-Trail, Demodaten.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version anzeigen und beenden</translation>
    </message>
    <message>
        <source>the language sqms speaks: en or de (default: $SQMS_LANG or your system&apos;s); --json output is the same in every language</source>
        <translation>die Sprache von sqms: en oder de (Standard: $SQMS_LANG oder die Ihres Systems); die Ausgabe von --json ist in jeder Sprache gleich</translation>
    </message>
    <message>
        <source>show tracebacks and debug logs</source>
        <translation>Tracebacks und Debug-Protokolle anzeigen</translation>
    </message>
    <message>
        <source>use the demo store (in your user data folder; created on first use, as sqms-desktop --demo does); not with --db</source>
        <translation>die Demo-Datenbank verwenden (in Ihrem Benutzerdatenordner; bei der ersten Verwendung angelegt, wie bei sqms-desktop --demo); nicht zusammen mit --db</translation>
    </message>
    <message>
        <source>who acts (default: $SQMS_USER or your login name)</source>
        <translation>wer handelt (Standard: $SQMS_USER oder Ihr Anmeldename)</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code, e.g. DE</source>
        <translation>zweistelliger Code nach ISO 3166, z. B. DE</translation>
    </message>
    <message>
        <source>risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>why it has its risk class</source>
        <translation>warum er diese Risikoklasse hat</translation>
    </message>
    <message>
        <source>D-U-N-S number, 9 digits</source>
        <translation>D-U-N-S-Nummer, 9 Ziffern</translation>
    </message>
    <message>
        <source>VAT id with its country prefix</source>
        <translation>USt-IdNr. mit Länderpräfix</translation>
    </message>
    <message>
        <source>repeatable; an edit replaces all</source>
        <translation>wiederholbar; eine Änderung ersetzt alle</translation>
    </message>
    <message>
        <source>what it is approved for</source>
        <translation>wofür er freigegeben ist</translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>list the suppliers</source>
        <translation>die Lieferanten auflisten</translation>
    </message>
    <message>
        <source>one supplier in detail</source>
        <translation>ein Lieferant im Detail</translation>
    </message>
    <message>
        <source>a supplier&apos;s status history</source>
        <translation>die Statushistorie eines Lieferanten</translation>
    </message>
    <message>
        <source>add a supplier; prints its code</source>
        <translation>einen Lieferanten anlegen; gibt seine Nummer aus</translation>
    </message>
    <message>
        <source>change a supplier&apos;s fields (not its code)</source>
        <translation>die Felder eines Lieferanten ändern (nicht seine Nummer)</translation>
    </message>
    <message>
        <source>the new business hold</source>
        <translation>die Neugeschäftssperre</translation>
    </message>
    <message>
        <source>why (trailed)</source>
        <translation>warum (im Audit-Trail festgehalten)</translation>
    </message>
    <message>
        <source>change a supplier&apos;s status</source>
        <translation>den Status eines Lieferanten ändern</translation>
    </message>
    <message>
        <source>why (status history)</source>
        <translation>warum (Statushistorie)</translation>
    </message>
    <message>
        <source>import a supplier list (.xlsx or .csv): all rows or none</source>
        <translation>eine Lieferantenliste importieren (.xlsx oder .csv): alle Zeilen oder keine</translation>
    </message>
    <message>
        <source>the source whose column mapping to use</source>
        <translation>die Quelle, deren Spaltenzuordnung verwendet wird</translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (repeatable); with --mapping NAME, remembered</source>
        <translation>FIELD aus der Spalte HEADER lesen (wiederholbar); mit --mapping NAME gespeichert</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>das Tabellenblatt der Arbeitsmappe (Standard: das erste)</translation>
    </message>
    <message>
        <source>show the plan; change nothing</source>
        <translation>den Plan anzeigen; nichts ändern</translation>
    </message>
    <message>
        <source>a supplier&apos;s sites</source>
        <translation>die Standorte eines Lieferanten</translation>
    </message>
    <message>
        <source>add a site to a supplier</source>
        <translation>einem Lieferanten einen Standort hinzufügen</translation>
    </message>
    <message>
        <source>unique among the supplier&apos;s sites</source>
        <translation>eindeutig unter den Standorten des Lieferanten</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>made there; repeatable</source>
        <translation>dort gefertigt; wiederholbar</translation>
    </message>
    <message>
        <source>a supplier&apos;s contacts</source>
        <translation>die Ansprechpartner eines Lieferanten</translation>
    </message>
    <message>
        <source>add a contact person</source>
        <translation>einen Ansprechpartner hinzufügen</translation>
    </message>
    <message>
        <source>e.g. quality manager</source>
        <translation>z. B. Qualitätsleiter</translation>
    </message>
    <message>
        <source>a supplier&apos;s certificates</source>
        <translation>die Zertifikate eines Lieferanten</translation>
    </message>
    <message>
        <source>add a certificate, with its scan</source>
        <translation>ein Zertifikat hinzufügen, mit seinem Scan</translation>
    </message>
    <message>
        <source>e.g. ISO 9001</source>
        <translation>z. B. ISO 9001</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>Standard: heute</translation>
    </message>
    <message>
        <source>the certification body</source>
        <translation>die Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>what it covers</source>
        <translation>was es abdeckt</translation>
    </message>
    <message>
        <source>the scan: PDF, PNG or JPEG</source>
        <translation>der Scan: PDF, PNG oder JPEG</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>der Audit-Trail</translation>
    </message>
    <message>
        <source>check the trail&apos;s hash chain</source>
        <translation>die Hash-Kette des Audit-Trails prüfen</translation>
    </message>
    <message>
        <source>list trail entries</source>
        <translation>Einträge des Audit-Trails auflisten</translation>
    </message>
    <message>
        <source>only entries of this record id</source>
        <translation>nur Einträge zu dieser Datensatz-ID</translation>
    </message>
    <message>
        <source>only this user</source>
        <translation>nur dieser Benutzer</translation>
    </message>
    <message>
        <source>newest N entries (100)</source>
        <translation>die neuesten N Einträge (100)</translation>
    </message>
    <message>
        <source>the store itself</source>
        <translation>die Datenbank selbst</translation>
    </message>
    <message>
        <source>where the store is, its schema and contents</source>
        <translation>wo die Datenbank liegt, ihr Schema und ihr Inhalt</translation>
    </message>
    <message>
        <source>check the records against the change log, and the trail (as `trail verify`)</source>
        <translation>die Datensätze mit dem Änderungsprotokoll abgleichen und den Audit-Trail prüfen (wie `trail verify`)</translation>
    </message>
    <message>
        <source>the store&apos;s trail key (kept outside the store file)</source>
        <translation>der Audit-Trail-Schlüssel der Datenbank (außerhalb der Datenbankdatei aufbewahrt)</translation>
    </message>
    <message>
        <source>back up the store&apos;s trail key to a file</source>
        <translation>den Audit-Trail-Schlüssel der Datenbank in eine Datei sichern</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>die Sicherungsdatei</translation>
    </message>
    <message>
        <source>bring back the store&apos;s trail key from a backup (a new computer, a lost profile)</source>
        <translation>den Audit-Trail-Schlüssel der Datenbank aus einer Sicherung zurückholen (ein neuer Computer, ein verlorenes Profil)</translation>
    </message>
    <message>
        <source>the backup made by `sqms store key export`</source>
        <translation>die mit `sqms store key export` erstellte Sicherung</translation>
    </message>
    <message>
        <source>the store file&apos;s rolling backups (SQLite stores)</source>
        <translation>die rollierenden Sicherungen der Datenbankdatei (SQLite-Datenbanken)</translation>
    </message>
    <message>
        <source>back up the store now (online backup)</source>
        <translation>die Datenbank jetzt sichern (Online-Sicherung)</translation>
    </message>
    <message>
        <source>list the store&apos;s backups, newest first</source>
        <translation>die Sicherungen der Datenbank auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>check backups: SQLite&apos;s integrity check and every attachment they name, with its hash</source>
        <translation>Sicherungen prüfen: die Integritätsprüfung von SQLite und jeden darin genannten Anhang mit seinem Hash</translation>
    </message>
    <message>
        <source>one backup&apos;s file name (default: all)</source>
        <translation>der Dateiname einer Sicherung (Standard: alle)</translation>
    </message>
    <message>
        <source>put a backup in the store&apos;s place; the store as it is is kept as a backup first</source>
        <translation>eine Sicherung an die Stelle der Datenbank setzen; die Datenbank in ihrem jetzigen Zustand wird zuerst als Sicherung aufbewahrt</translation>
    </message>
    <message>
        <source>the backup&apos;s file name, as `sqms backup list` shows it</source>
        <translation>der Dateiname der Sicherung, wie `sqms backup list` ihn anzeigt</translation>
    </message>
    <message>
        <source>restore without asking</source>
        <translation>ohne Rückfrage wiederherstellen</translation>
    </message>
    <message>
        <source>checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>list templates and their versions</source>
        <translation>Vorlagen und ihre Versionen auflisten</translation>
    </message>
    <message>
        <source>list the built-in checklist library</source>
        <translation>die mitgelieferte Checklisten-Bibliothek auflisten</translation>
    </message>
    <message>
        <source>import a template workbook or an XLSForm (ODK, KoboToolbox) as a draft</source>
        <translation>eine Vorlagen-Arbeitsmappe oder ein XLSForm (ODK, KoboToolbox) als Entwurf importieren</translation>
    </message>
    <message>
        <source>the workbook (.xlsx) or XLSForm to import</source>
        <translation>die zu importierende Arbeitsmappe (.xlsx) oder das XLSForm</translation>
    </message>
    <message>
        <source>import a built-in checklist instead</source>
        <translation>stattdessen eine mitgelieferte Checkliste importieren</translation>
    </message>
    <message>
        <source>write a template version as a workbook</source>
        <translation>eine Version einer Vorlage als Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>version to export (default: the newest)</source>
        <translation>zu exportierende Version (Standard: die neueste)</translation>
    </message>
    <message>
        <source>a template&apos;s sections and questions</source>
        <translation>die Abschnitte und Fragen einer Vorlage</translation>
    </message>
    <message>
        <source>release a draft version (immutable after)</source>
        <translation>eine Entwurfsversion freigeben (danach unveränderlich)</translation>
    </message>
    <message>
        <source>default: the newest version</source>
        <translation>Standard: die neueste Version</translation>
    </message>
    <message>
        <source>retire a released version</source>
        <translation>eine freigegebene Version zurückziehen</translation>
    </message>
    <message>
        <source>what a version changed against the one before</source>
        <translation>was eine Version gegenüber der vorigen geändert hat</translation>
    </message>
    <message>
        <source>CAPAs and SCARs (8D)</source>
        <translation>CAPAs und SCARs (8D)</translation>
    </message>
    <message>
        <source>list the CAPAs (the register)</source>
        <translation>die CAPAs auflisten (das Register)</translation>
    </message>
    <message>
        <source>only CAPAs past a deadline</source>
        <translation>nur CAPAs mit überschrittener Frist</translation>
    </message>
    <message>
        <source>only this supplier&apos;s CAPAs</source>
        <translation>nur die CAPAs dieses Lieferanten</translation>
    </message>
    <message>
        <source>raise a CAPA (or with --scar a SCAR) from findings; prints its reference (password on standard input)</source>
        <translation>eine CAPA (oder mit --scar eine SCAR) aus Feststellungen eröffnen; gibt ihre Referenz aus (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>repeatable; {reference}, or its id</source>
        <translation>wiederholbar; {reference} oder ihre ID</translation>
    </message>
    <message>
        <source>addressed to the supplier (a SCAR)</source>
        <translation>an den Lieferanten gerichtet (eine SCAR)</translation>
    </message>
    <message>
        <source>a user name (or a person&apos;s name, e.g. the supplier&apos;s contact); default: you</source>
        <translation>ein Benutzername (oder der Name einer Person, z. B. des Ansprechpartners beim Lieferanten); Standard: Sie</translation>
    </message>
    <message>
        <source>default: from the findings&apos; text</source>
        <translation>Standard: aus dem Text der Feststellungen</translation>
    </message>
    <message>
        <source>containment within a day (default: when a finding is critical)</source>
        <translation>Sofortmaßnahme innerhalb eines Tages (Standard: wenn eine Feststellung kritisch ist)</translation>
    </message>
    <message>
        <source>keep it a draft; do not issue it (no deadlines yet)</source>
        <translation>als Entwurf behalten; nicht ausstellen (noch keine Fristen)</translation>
    </message>
    <message>
        <source>one CAPA in detail, with its findings</source>
        <translation>eine CAPA im Detail, mit ihren Feststellungen</translation>
    </message>
    <message>
        <source>write a SCAR response form for the supplier (password on standard input)</source>
        <translation>ein SCAR-Antwortformular für den Lieferanten schreiben (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>read a supplier&apos;s filled SCAR form back (password on standard input)</source>
        <translation>das ausgefüllte SCAR-Formular eines Lieferanten einlesen (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>only show what would change; change nothing</source>
        <translation>nur anzeigen, was sich ändern würde; nichts ändern</translation>
    </message>
    <message>
        <source>confirm or fail a CAPA&apos;s effectiveness in an audit of its supplier (password on stdin)</source>
        <translation>die Wirksamkeit einer CAPA in einem Audit ihres Lieferanten bestätigen oder verneinen (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>CAPA reference</source>
        <translation>CAPA-Referenz</translation>
    </message>
    <message>
        <source>the audit checking it</source>
        <translation>das Audit, in dem sie geprüft wird</translation>
    </message>
    <message>
        <source>reopens the CAPA</source>
        <translation>öffnet die CAPA wieder</translation>
    </message>
    <message>
        <source>what was seen (required when not effective)</source>
        <translation>was festgestellt wurde (nötig, wenn nicht wirksam)</translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>add a user (passwords on standard input)</source>
        <translation>einen Benutzer anlegen (Passwörter über die Standardeingabe)</translation>
    </message>
    <message>
        <source>user name (lower case)</source>
        <translation>Benutzername (Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>the printed name used in signatures</source>
        <translation>der in Signaturen gedruckte Name</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>deactivate a user (users are never deleted)</source>
        <translation>einen Benutzer deaktivieren (Benutzer werden nie gelöscht)</translation>
    </message>
    <message>
        <source>write a user&apos;s password hash and sealed signing key to a file for another store of the team (the user&apos;s password on standard input)</source>
        <translation>den Passwort-Hash und den versiegelten Signaturschlüssel eines Benutzers für eine andere Datenbank des Teams in eine Datei schreiben (das Passwort des Benutzers über die Standardeingabe)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>let a user whose account came in a bundle sign in here with the credential exported from another store (the user&apos;s password on standard input)</source>
        <translation>einen Benutzer, dessen Konto mit einem Paket kam, sich hier mit den aus einer anderen Datenbank exportierten Anmeldedaten anmelden lassen (das Passwort des Benutzers über die Standardeingabe)</translation>
    </message>
    <message>
        <source>electronic signatures</source>
        <translation>elektronische Signaturen</translation>
    </message>
    <message>
        <source>check every signature on a record</source>
        <translation>jede Signatur eines Datensatzes prüfen</translation>
    </message>
    <message>
        <source>store-wide security policies</source>
        <translation>datenbankweite Sicherheitsrichtlinien</translation>
    </message>
    <message>
        <source>the store&apos;s policies and their values</source>
        <translation>die Richtlinien der Datenbank und ihre Werte</translation>
    </message>
    <message>
        <source>change a policy (administrators; password on standard input)</source>
        <translation>eine Richtlinie ändern (Administratoren; Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>why the policy changes (trailed)</source>
        <translation>warum sich die Richtlinie ändert (im Audit-Trail festgehalten)</translation>
    </message>
    <message>
        <source>printed reports</source>
        <translation>gedruckte Berichte</translation>
    </message>
    <message>
        <source>write an audit&apos;s report as a PDF</source>
        <translation>den Bericht eines Audits als PDF schreiben</translation>
    </message>
    <message>
        <source>add every answer as an appendix</source>
        <translation>alle Antworten als Anhang hinzufügen</translation>
    </message>
    <message>
        <source>company name on the cover ($SQMS_REPORT_COMPANY)</source>
        <translation>Firmenname auf dem Deckblatt ($SQMS_REPORT_COMPANY)</translation>
    </message>
    <message>
        <source>PNG or JPEG logo ($SQMS_REPORT_LOGO)</source>
        <translation>Logo als PNG oder JPEG ($SQMS_REPORT_LOGO)</translation>
    </message>
    <message>
        <source>paper size (default: $SQMS_REPORT_PAGE_SIZE or A4)</source>
        <translation>Papierformat (Standard: $SQMS_REPORT_PAGE_SIZE oder A4)</translation>
    </message>
    <message>
        <source>write a CAPA&apos;s 8D report as a PDF</source>
        <translation>den 8D-Bericht einer CAPA als PDF schreiben</translation>
    </message>
    <message>
        <source>paper size (default: A4)</source>
        <translation>Papierformat (Standard: A4)</translation>
    </message>
    <message>
        <source>write a register as an Excel workbook</source>
        <translation>ein Register als Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>which register</source>
        <translation>welches Register</translation>
    </message>
    <message>
        <source>only this supplier&apos;s records</source>
        <translation>nur die Datensätze dieses Lieferanten</translation>
    </message>
    <message>
        <source>score an audit: breakdown and reasons</source>
        <translation>ein Audit bewerten: Aufschlüsselung und Begründungen</translation>
    </message>
    <message>
        <source>the audit programme: audits overdue, due and planned, by month</source>
        <translation>das Auditprogramm: überfällige, fällige und geplante Audits, nach Monat</translation>
    </message>
    <message>
        <source>how far ahead (default 12)</source>
        <translation>wie weit voraus (Standard 12)</translation>
    </message>
    <message>
        <source>the day to count from (today)</source>
        <translation>der Tag, ab dem gezählt wird (heute)</translation>
    </message>
    <message>
        <source>supplier self-assessments</source>
        <translation>Selbstbewertungen von Lieferanten</translation>
    </message>
    <message>
        <source>write a checklist as a protected questionnaire for a supplier to fill in (password on standard input)</source>
        <translation>eine Checkliste als geschützten Fragebogen schreiben, den ein Lieferant ausfüllt (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>the checklist&apos;s key</source>
        <translation>der Schlüssel der Checkliste</translation>
    </message>
    <message>
        <source>default: the newest released version</source>
        <translation>Standard: die neueste freigegebene Version</translation>
    </message>
    <message>
        <source>read a filled questionnaire back as a self-assessment audit for a lead auditor to review (password on standard input)</source>
        <translation>einen ausgefüllten Fragebogen als Selbstbewertungs-Audit einlesen, das ein Lead-Auditor prüft (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>only check it and show the answers; change nothing</source>
        <translation>nur prüfen und die Antworten anzeigen; nichts ändern</translation>
    </message>
    <message>
        <source>the lead auditor who reviews it (default: you)</source>
        <translation>der Lead-Auditor, der es prüft (Standard: Sie)</translation>
    </message>
    <message>
        <source>supplier scorecards for a month (default: the last complete month); `sqms scorecard settings` changes the weights and bands</source>
        <translation>Lieferanten-Scorecards für einen Monat (Standard: der letzte vollständige Monat); `sqms scorecard settings` ändert die Gewichte und Klassen</translation>
    </message>
    <message>
        <source>the month (default: the last complete)</source>
        <translation>der Monat (Standard: der letzte vollständige)</translation>
    </message>
    <message>
        <source>write a workbook or PDF</source>
        <translation>eine Arbeitsmappe oder ein PDF schreiben</translation>
    </message>
    <message>
        <source>company name on the PDF ($SQMS_REPORT_COMPANY)</source>
        <translation>Firmenname im PDF ($SQMS_REPORT_COMPANY)</translation>
    </message>
    <message>
        <source>change the weights and bands together (administrators; password on standard input)</source>
        <translation>Gewichte und Klassen gemeinsam ändern (Administratoren; Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>Change the scorecard&apos;s weights (adding up to 100) and bands (A above B) as one action with a reason; without --weights or --bands, print them.</source>
        <translation>Die Gewichte (Summe 100) und Klassen (A über B) der Scorecard in einem Schritt mit Begründung ändern; ohne --weights oder --bands werden sie ausgegeben.</translation>
    </message>
    <message>
        <source>quality,delivery,audit,responsiveness</source>
        <translation>Qualität,Lieferung,Audit,Reaktionsfähigkeit</translation>
    </message>
    <message>
        <source>lowest score of band A and of band B</source>
        <translation>niedrigste Punktzahl der Klasse A und der Klasse B</translation>
    </message>
    <message>
        <source>why they change (trailed)</source>
        <translation>warum sie sich ändern (im Audit-Trail festgehalten)</translation>
    </message>
    <message>
        <source>the scorecard proposals that stand</source>
        <translation>die bestehenden Vorschläge der Scorecards</translation>
    </message>
    <message>
        <source>decide a scorecard proposal</source>
        <translation>über einen Vorschlag der Scorecard entscheiden</translation>
    </message>
    <message>
        <source>accept a proposal with a reason (password on standard input)</source>
        <translation>einen Vorschlag mit Begründung annehmen (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>dismiss a proposal with a reason (password on standard input)</source>
        <translation>einen Vorschlag mit Begründung verwerfen (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>only if the proposal still rests on this</source>
        <translation>nur wenn der Vorschlag noch darauf beruht</translation>
    </message>
    <message>
        <source>delivery KPIs from the ERP</source>
        <translation>Liefer-KPIs aus dem ERP</translation>
    </message>
    <message>
        <source>import deliveries (.xlsx or .csv) from the ERP: all rows or none; the same rows again change nothing</source>
        <translation>Lieferungen (.xlsx oder .csv) aus dem ERP importieren: alle Zeilen oder keine; dieselben Zeilen erneut ändern nichts</translation>
    </message>
    <message>
        <source>show the preview; change nothing</source>
        <translation>die Vorschau anzeigen; nichts ändern</translation>
    </message>
    <message>
        <source>create a store filled with realistic demo data (default: the demo store)</source>
        <translation>eine Datenbank mit realistischen Demodaten anlegen (Standard: die Demo-Datenbank)</translation>
    </message>
    <message>
        <source>the reference date the demo is built around (default: today)</source>
        <translation>das Stichtagsdatum, um das die Demo aufgebaut wird (Standard: heute)</translation>
    </message>
    <message>
        <source>{code}: risk {id} added (score {score})</source>
        <translation>{code}: Risiko {id} hinzugefügt (Punktzahl {score})</translation>
    </message>
    <message>
        <source>risk {id}: changed {fields}</source>
        <translation>Risiko {id}: geändert {fields}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>risk {id} closed</source>
        <translation>Risiko {id} geschlossen</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>{code}: agreement {reference} recorded</source>
        <translation>{code}: QSV {reference} erfasst</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>TERMINTREUE</translation>
    </message>
    <message>
        <source>CAPA DAYS</source>
        <translation>CAPA-TAGE</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOKUMENT</translation>
    </message>
    <message>
        <source>{code}: development action {id} added</source>
        <translation>{code}: Entwicklungsmaßnahme {id} hinzugefügt</translation>
    </message>
    <message>
        <source>--result and --audit go together: the result seen at that audit</source>
        <translation>--result und --audit gehören zusammen: das in diesem Audit gesehene Ergebnis</translation>
    </message>
    <message>
        <source>action {id}: changed {fields}</source>
        <translation>Maßnahme {id}: geändert {fields}</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>{code}: {amount} of {category} in {period}</source>
        <translation>{code}: {amount} für {category} in {period}</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODE</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>CUR</source>
        <translation>WÄHR.</translation>
    </message>
    <message>
        <source>COSTS</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation>BEZUG</translation>
    </message>
    <message>
        <source>the record&apos;s id as the list prints it (its first 8 characters are enough)</source>
        <translation>die ID des Datensatzes, wie die Liste sie ausgibt (ihre ersten 8 Zeichen genügen)</translation>
    </message>
    <message>
        <source>1 (rare, negligible) to 5 (almost certain, severe)</source>
        <translation>1 (selten, unerheblich) bis 5 (fast sicher, schwerwiegend)</translation>
    </message>
    <message>
        <source>{reference} (&apos;&apos; removes)</source>
        <translation>{reference} (&apos;&apos; entfernt)</translation>
    </message>
    <message>
        <source>the supplier risk register</source>
        <translation>das Risikoregister der Lieferanten</translation>
    </message>
    <message>
        <source>add a risk to a supplier</source>
        <translation>einem Lieferanten ein Risiko hinzufügen</translation>
    </message>
    <message>
        <source>change an open risk</source>
        <translation>ein offenes Risiko ändern</translation>
    </message>
    <message>
        <source>close a risk, with a reason</source>
        <translation>ein Risiko mit Begründung schließen</translation>
    </message>
    <message>
        <source>risks, highest score first</source>
        <translation>Risiken, höchste Punktzahl zuerst</translation>
    </message>
    <message>
        <source>only this supplier&apos;s risks</source>
        <translation>nur die Risiken dieses Lieferanten</translation>
    </message>
    <message>
        <source>only open risks</source>
        <translation>nur offene Risiken</translation>
    </message>
    <message>
        <source>each supplier&apos;s risk class as its open risks raise it, with the reason</source>
        <translation>die Risikoklasse jedes Lieferanten, wie seine offenen Risiken sie anheben, mit Begründung</translation>
    </message>
    <message>
        <source>quality agreements with suppliers</source>
        <translation>Qualitätssicherungsvereinbarungen (QSV) mit Lieferanten</translation>
    </message>
    <message>
        <source>record a quality agreement with its targets and the signed document</source>
        <translation>eine QSV mit ihren Zielen und dem unterschriebenen Dokument erfassen</translation>
    </message>
    <message>
        <source>e.g. QA-2026-01</source>
        <translation>z. B. QA-2026-01</translation>
    </message>
    <message>
        <source>PPM target</source>
        <translation>ppm-Ziel</translation>
    </message>
    <message>
        <source>on-time delivery target, %%</source>
        <translation>Ziel für Liefertermintreue, %%</translation>
    </message>
    <message>
        <source>CAPA response days</source>
        <translation>Antwortfrist für CAPAs in Tagen</translation>
    </message>
    <message>
        <source>the signed agreement (PDF…)</source>
        <translation>die unterschriebene Vereinbarung (PDF…)</translation>
    </message>
    <message>
        <source>quality agreements</source>
        <translation>Qualitätssicherungsvereinbarungen (QSV)</translation>
    </message>
    <message>
        <source>only those in force on this day</source>
        <translation>nur die an diesem Tag gültigen</translation>
    </message>
    <message>
        <source>supplier development plans</source>
        <translation>Entwicklungspläne für Lieferanten</translation>
    </message>
    <message>
        <source>add a development action</source>
        <translation>eine Entwicklungsmaßnahme hinzufügen</translation>
    </message>
    <message>
        <source>change an action, or record the result seen at an audit</source>
        <translation>eine Maßnahme ändern oder das in einem Audit gesehene Ergebnis festhalten</translation>
    </message>
    <message>
        <source>what the audit saw (with --audit)</source>
        <translation>was das Audit gesehen hat (mit --audit)</translation>
    </message>
    <message>
        <source>development actions</source>
        <translation>Entwicklungsmaßnahmen</translation>
    </message>
    <message>
        <source>costs of poor quality</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <source>record a cost of poor quality</source>
        <translation>Fehlerkosten erfassen</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>z. B. 1250.00</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, z. B. EUR</translation>
    </message>
    <message>
        <source>the supplier&apos;s delivery number</source>
        <translation>die Lieferscheinnummer des Lieferanten</translation>
    </message>
    <message>
        <source>costs of poor quality, or their sums per supplier and period</source>
        <translation>Fehlerkosten oder ihre Summen je Lieferant und Periode</translation>
    </message>
    <message>
        <source>sums per supplier, period and currency</source>
        <translation>Summen je Lieferant, Periode und Währung</translation>
    </message>
    <message>
        <source>sums also per category</source>
        <translation>Summen auch je Kategorie</translation>
    </message>
    <message>
        <source>supplier (business) reviews</source>
        <translation>Lieferantengespräche</translation>
    </message>
    <message>
        <source>record a supplier review; the scorecard snapshot is taken now</source>
        <translation>ein Lieferantengespräch erfassen; der Stand der Scorecard wird jetzt festgehalten</translation>
    </message>
    <message>
        <source>the period reviewed</source>
        <translation>die besprochene Periode</translation>
    </message>
    <message>
        <source>agree an action in a draft review</source>
        <translation>in einem Gespräch im Entwurf eine Maßnahme vereinbaren</translation>
    </message>
    <message>
        <source>sign the minutes (password on standard input); the review is then locked</source>
        <translation>das Protokoll signieren (Passwort über die Standardeingabe); das Gespräch ist danach gesperrt</translation>
    </message>
    <message>
        <source>supplier reviews</source>
        <translation>Lieferantengespräche</translation>
    </message>
    <message>
        <source>the minutes as a PDF</source>
        <translation>das Protokoll als PDF</translation>
    </message>
    <message>
        <source>printed at the top</source>
        <translation>oben gedruckt</translation>
    </message>
    <message>
        <source>the acting user&apos;s password, then the new password</source>
        <translation>das Passwort des handelnden Benutzers, dann das neue Passwort</translation>
    </message>
    <message>
        <source>the first user of a store must be an admin</source>
        <translation>der erste Benutzer einer Datenbank muss ein Administrator sein</translation>
    </message>
    <message>
        <source>user {user} ({role}) added; signing key {key}…</source>
        <translation>Benutzer {user} ({role}) angelegt; Signaturschlüssel {key}…</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>user {user} deactivated</source>
        <translation>Benutzer {user} deaktiviert</translation>
    </message>
    <message>
        <source>{reference} signed by {name} ({meaning})</source>
        <translation>{reference} signiert von {name} ({meaning})</translation>
    </message>
    <message>
        <source>{reference} has no signatures</source>
        <translation>{reference} hat keine Signaturen</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>{key} set to {value}</source>
        <translation>{key} auf {value} gesetzt</translation>
    </message>
    <message>
        <source>no audit overdue, due or planned in the next {n} months</source>
        <translation>kein Audit überfällig, fällig oder geplant in den nächsten {n} Monaten</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONAT</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RISIKO</translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>{n} finding written to {path}</source>
        <translation>{n} Feststellung in {path} geschrieben</translation>
    </message>
    <message>
        <source>{n} findings written to {path}</source>
        <translation>{n} Feststellungen in {path} geschrieben</translation>
    </message>
    <message>
        <source>{n} CAPA written to {path}</source>
        <translation>{n} CAPA in {path} geschrieben</translation>
    </message>
    <message>
        <source>{n} CAPAs written to {path}</source>
        <translation>{n} CAPAs in {path} geschrieben</translation>
    </message>
    <message>
        <source>{n} supplier written to {path}</source>
        <translation>{n} Lieferant in {path} geschrieben</translation>
    </message>
    <message>
        <source>{n} suppliers written to {path}</source>
        <translation>{n} Lieferanten in {path} geschrieben</translation>
    </message>
    <message>
        <source>report of {reference} written to {path}</source>
        <translation>Bericht zu {reference} in {path} geschrieben</translation>
    </message>
    <message>
        <source>8D report of {reference} written to {path}</source>
        <translation>8D-Bericht zu {reference} in {path} geschrieben</translation>
    </message>
    <message>
        <source>, {edition} rules</source>
        <translation>, Regeln {edition}</translation>
    </message>
    <message>
        <source>{reference}: {total}, grade {grade} ({scheme}{edition})</source>
        <translation>{reference}: {total}, Einstufung {grade} ({scheme}{edition})</translation>
    </message>
    <message>
        <source>ELEMENT</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>SUB-ELEMENT</source>
        <translation>UNTERELEMENT</translation>
    </message>
    <message>
        <source>PROCESS STEP</source>
        <translation>PROZESSSCHRITT</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>EVALUATED</source>
        <translation>BEWERTET</translation>
    </message>
    <message>
        <source>reasons:</source>
        <translation>Begründungen:</translation>
    </message>
    <message>
        <source>finding proposals (answered no): {questions}</source>
        <translation>Vorschläge für Feststellungen (mit Nein beantwortet): {questions}</translation>
    </message>
    <message>
        <source>unanswered: {n} question</source>
        <translation>unbeantwortet: {n} Frage</translation>
    </message>
    <message>
        <source>unanswered: {n} questions</source>
        <translation>unbeantwortet: {n} Fragen</translation>
    </message>
    <message>
        <source>{n} scorecard of {period} written to {path}</source>
        <translation>{n} Scorecard für {period} in {path} geschrieben</translation>
    </message>
    <message>
        <source>{n} scorecards of {period} written to {path}</source>
        <translation>{n} Scorecards für {period} in {path} geschrieben</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>Scorecards {period}</source>
        <translation>Scorecards {period}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>resp.</source>
        <translation>Reakt.</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>no proposals stand</source>
        <translation>es bestehen keine Vorschläge</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>{kind} proposal for {supplier} {decision} ({basis})</source>
        <translation>Vorschlag {kind} für {supplier}: {decision} ({basis})</translation>
    </message>
    <message>
        <source>{option} takes {count} whole numbers separated by commas; got {text}</source>
        <translation>{option} erwartet {count} durch Kommas getrennte ganze Zahlen; angegeben: {text}</translation>
    </message>
    <message>
        <source>responsiveness</source>
        <translation>Reaktionsfähigkeit</translation>
    </message>
    <message>
        <source>weights: {weights}</source>
        <translation>Gewichte: {weights}</translation>
    </message>
    <message>
        <source>bands: A from {a}, B from {b}, C below</source>
        <translation>Klassen: A ab {a}, B ab {b}, C darunter</translation>
    </message>
    <message>
        <source>scorecard settings changed</source>
        <translation>Einstellungen der Scorecard geändert</translation>
    </message>
    <message>
        <source>Questionnaire {key} v{version} for {supplier} written to {path} (form {form})</source>
        <translation>Fragebogen {key} v{version} für {supplier} in {path} geschrieben (Formular {form})</translation>
    </message>
    <message>
        <source>N/A ({reason})</source>
        <translation>n. a. ({reason})</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>{answered} of {n} question answered by {who} on {checklist}</source>
        <translation>{answered} von {n} Frage beantwortet von {who} zu {checklist}</translation>
    </message>
    <message>
        <source>{answered} of {n} questions answered by {who} on {checklist}</source>
        <translation>{answered} von {n} Fragen beantwortet von {who} zu {checklist}</translation>
    </message>
    <message>
        <source>{summary}; would become a self-assessment audit (dry run, nothing changed)</source>
        <translation>{summary}; würde ein Selbstbewertungs-Audit (Probelauf, nichts geändert)</translation>
    </message>
    <message>
        <source>{reference}: {summary}; in progress for the lead auditor&apos;s review</source>
        <translation>{reference}: {summary}; in Bearbeitung zur Prüfung durch den Lead-Auditor</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>schema revision</source>
        <translation>Schema-Revision</translation>
    </message>
    <message>
        <source>replica id</source>
        <translation>Replikat-ID</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>trail entries</source>
        <translation>Einträge im Audit-Trail</translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>in der Datenbank</translation>
    </message>
    <message>
        <source>attachments: {where}</source>
        <translation>Anhänge: {where}</translation>
    </message>
    <message>
        <source>the store file is damaged: {problem}</source>
        <translation>die Datenbankdatei ist beschädigt: {problem}</translation>
    </message>
    <message>
        <source>the records do NOT match the change log</source>
        <translation>die Datensätze stimmen NICHT mit dem Änderungsprotokoll überein</translation>
    </message>
    <message>
        <source>the records match the fold of the change log</source>
        <translation>die Datensätze stimmen mit dem aufgerollten Änderungsprotokoll überein</translation>
    </message>
    <message>
        <source>{n} trail key written to {path}; keep it private, apart from backups</source>
        <translation>{n} Audit-Trail-Schlüssel in {path} geschrieben; halten Sie die Datei geheim und getrennt von Sicherungen</translation>
    </message>
    <message>
        <source>{n} trail keys written to {path}; keep it private, apart from backups</source>
        <translation>{n} Audit-Trail-Schlüssel in {path} geschrieben; halten Sie die Datei geheim und getrennt von Sicherungen</translation>
    </message>
    <message>
        <source>{file} holds no trail key that {store} uses; is it the backup of another store?</source>
        <translation>{file} enthält keinen Audit-Trail-Schlüssel, den {store} verwendet; ist es die Sicherung einer anderen Datenbank?</translation>
    </message>
    <message>
        <source>{n} trail key of {store} is on this computer again</source>
        <translation>{n} Audit-Trail-Schlüssel von {store} ist wieder auf diesem Computer</translation>
    </message>
    <message>
        <source>{n} trail keys of {store} are on this computer again</source>
        <translation>{n} Audit-Trail-Schlüssel von {store} sind wieder auf diesem Computer</translation>
    </message>
    <message>
        <source>{n} update</source>
        <translation>{n} geändert</translation>
    </message>
    <message>
        <source>--map {pair} must be FIELD=HEADER (e.g. code=Lieferant)</source>
        <translation>--map {pair} muss FIELD=HEADER lauten (z. B. code=Lieferant)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>row {row}  {action}  {code}  {name}</source>
        <translation>Zeile {row}  {action}  {code}  {name}</translation>
    </message>
    <message>
        <source>{code}: review {id} of {day} recorded</source>
        <translation>{code}: Lieferantengespräch {id} vom {day} erfasst</translation>
    </message>
    <message>
        <source>review {id}: action agreed ({owner}, {due})</source>
        <translation>Lieferantengespräch {id}: Maßnahme vereinbart ({owner}, {due})</translation>
    </message>
    <message>
        <source>review {id} signed by {name} ({meaning})</source>
        <translation>Lieferantengespräch {id} signiert von {name} ({meaning})</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>AM</translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation>MASSNAHMEN</translation>
    </message>
    <message>
        <source>ATTENDEES</source>
        <translation>TEILNEHMER</translation>
    </message>
    <message>
        <source>minutes written to {path}</source>
        <translation>Protokoll in {path} geschrieben</translation>
    </message>
    <message>
        <source>{code}: changed {fields}</source>
        <translation>{code}: geändert {fields}</translation>
    </message>
    <message>
        <source>{code}: no change</source>
        <translation>{code}: keine Änderung</translation>
    </message>
    <message>
        <source>{code} is now {status}</source>
        <translation>{code} hat jetzt den Status „{status}“</translation>
    </message>
    <message>
        <source>{code}: site {site} added</source>
        <translation>{code}: Standort {site} hinzugefügt</translation>
    </message>
    <message>
        <source>{code}: contact {name} added</source>
        <translation>{code}: Ansprechpartner {name} hinzugefügt</translation>
    </message>
    <message>
        <source>{code}: {standard} certificate {number} until {until}</source>
        <translation>{code}: Zertifikat {standard} {number} bis {until}</translation>
    </message>
    <message>
        <source> (scan kept)</source>
        <translation> (Scan aufbewahrt)</translation>
    </message>
    <message>
        <source> EXPIRED</source>
        <translation> ABGELAUFEN</translation>
    </message>
    <message>
        <source> expires within 30 days</source>
        <translation> läuft innerhalb von 30 Tagen ab</translation>
    </message>
    <message>
        <source> expires within 90 days</source>
        <translation> läuft innerhalb von 90 Tagen ab</translation>
    </message>
    <message>
        <source> (hold)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>CTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>NEXT AUDIT</source>
        <translation>NÄCHSTES AUDIT</translation>
    </message>
    <message>
        <source>OPEN FINDINGS</source>
        <translation>OFFENE FESTST.</translation>
    </message>
    <message>
        <source>OPEN CAPAS</source>
        <translation>OFFENE CAPAS</translation>
    </message>
    <message>
        <source>CERTS EXPIRING/EXPIRED</source>
        <translation>ZERT. LAUFEN AB/ABGELAUFEN</translation>
    </message>
    <message>
        <source>LAST AUDIT</source>
        <translation>LETZTES AUDIT</translation>
    </message>
    <message>
        <source>{n} supplier in {store}</source>
        <translation>{n} Lieferant in {store}</translation>
    </message>
    <message>
        <source>{n} suppliers in {store}</source>
        <translation>{n} Lieferanten in {store}</translation>
    </message>
    <message>
        <source>status: {status}; risk class: {risk}</source>
        <translation>Status: {status}; Risikoklasse: {risk}</translation>
    </message>
    <message>
        <source>risk reason</source>
        <translation>Begründung des Risikos</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>new business hold: yes</source>
        <translation>Neugeschäftssperre: ja</translation>
    </message>
    <message>
        <source>approval scope: {scope}</source>
        <translation>Freigabeumfang: {scope}</translation>
    </message>
    <message>
        <source>commodities: {list}</source>
        <translation>Warengruppen: {list}</translation>
    </message>
    <message>
        <source>next audit: {day}</source>
        <translation>nächstes Audit: {day}</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>keines geplant</translation>
    </message>
    <message>
        <source>open findings: {findings}; open CAPAs: {capas}</source>
        <translation>offene Feststellungen: {findings}; offene CAPAs: {capas}</translation>
    </message>
    <message>
        <source>contact: {contact}</source>
        <translation>Ansprechpartner: {contact}</translation>
    </message>
    <message>
        <source>, scan {file}</source>
        <translation>, Scan {file}</translation>
    </message>
    <message>
        <source>certificate: {standard} {number}{issuer}, until {day}</source>
        <translation>Zertifikat: {standard} {number}{issuer}, bis {day}</translation>
    </message>
    <message>
        <source>PPM (last 12 periods): {ppm}</source>
        <translation>ppm (letzte 12 Perioden): {ppm}</translation>
    </message>
    <message>
        <source>on-time delivery (last 12 periods): {percent} %</source>
        <translation>Liefertermintreue (letzte 12 Perioden): {percent} %</translation>
    </message>
    <message>
        <source>, grade {grade}</source>
        <translation>, Einstufung {grade}</translation>
    </message>
    <message>
        <source>audit: {reference} {day} {status}</source>
        <translation>Audit: {reference} {day} {status}</translation>
    </message>
    <message>
        <source>finding: {reference} {kind} {status}</source>
        <translation>Feststellung: {reference} {kind} {status}</translation>
    </message>
    <message>
        <source>open CAPA: {capa}</source>
        <translation>offene CAPA: {capa}</translation>
    </message>
    <message>
        <source>status: {change}</source>
        <translation>Status: {change}</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(angelegt)</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>password of {user}: </source>
        <translation>Passwort von {user}: </translation>
    </message>
    <message>
        <source>replica key passphrase: </source>
        <translation>Passphrase des Replikat-Schlüssels: </translation>
    </message>
    <message>
        <source>standard input must hold the new key&apos;s passphrase</source>
        <translation>die Standardeingabe muss die Passphrase des neuen Schlüssels enthalten</translation>
    </message>
    <message>
        <source>replica {name} ({role}) id {id}, key {key}</source>
        <translation>Replikat {name} ({role}) ID {id}, Schlüssel {key}</translation>
    </message>
    <message>
        <source>public key written to {path}</source>
        <translation>öffentlicher Schlüssel in {path} geschrieben</translation>
    </message>
    <message>
        <source>enrolled {name} (replica {id}, key {key}); run `sqms trust export` to issue the new trust list</source>
        <translation>{name} aufgenommen (Replikat {id}, Schlüssel {key}); geben Sie mit `sqms trust export` die neue Vertrauensliste aus</translation>
    </message>
    <message>
        <source>revoked {name} (key {key}); issue a new trust list: sqms trust export</source>
        <translation>{name} widerrufen (Schlüssel {key}); geben Sie eine neue Vertrauensliste aus: sqms trust export</translation>
    </message>
    <message>
        <source>this store is not set up for sync (sqms replica init --name NAME)</source>
        <translation>diese Datenbank ist nicht für den Abgleich eingerichtet (sqms replica init --name NAME)</translation>
    </message>
    <message>
        <source>this store: {name} ({role}) key {key}</source>
        <translation>diese Datenbank: {name} ({role}) Schlüssel {key}</translation>
    </message>
    <message>
        <source> REVOKED</source>
        <translation> WIDERRUFEN</translation>
    </message>
    <message>
        <source>  {name} ({role}) key {key}{flag}, {changes} unacknowledged</source>
        <translation>  {name} ({role}) Schlüssel {key}{flag}, {changes} unbestätigt</translation>
    </message>
    <message>
        <source>trust list version {version}, expires {day}</source>
        <translation>Vertrauensliste Version {version}, läuft ab am {day}</translation>
    </message>
    <message>
        <source>trust list written to {path}</source>
        <translation>Vertrauensliste in {path} geschrieben</translation>
    </message>
    <message>
        <source>trust list version {version} accepted ({n} key)</source>
        <translation>Vertrauensliste Version {version} angenommen ({n} Schlüssel)</translation>
    </message>
    <message>
        <source>trust list version {version} accepted ({n} keys)</source>
        <translation>Vertrauensliste Version {version} angenommen ({n} Schlüssel)</translation>
    </message>
    <message>
        <source>{path}: {changes}, {attachments} for {recipient}</source>
        <translation>{path}: {changes}, {attachments} für {recipient}</translation>
    </message>
    <message>
        <source>{file}: signature, trust and hashes verified</source>
        <translation>{file}: Signatur, Vertrauen und Hashes geprüft</translation>
    </message>
    <message>
        <source>  from {name} ({id}), bundle {seq}, key {key}, expires {day}</source>
        <translation>  von {name} ({id}), Paket {seq}, Schlüssel {key}, läuft ab am {day}</translation>
    </message>
    <message>
        <source>  {changes}, {attachments} ({bytes} bytes)</source>
        <translation>  {changes}, {attachments} ({bytes} Bytes)</translation>
    </message>
    <message>
        <source>{file}: would add {changes} ({duplicates} already here), {conflicts}</source>
        <translation>{file}: würde {changes} hinzufügen ({duplicates} schon vorhanden), {conflicts}</translation>
    </message>
    <message>
        <source>{file}: added {changes} ({duplicates} already here), {conflicts}</source>
        <translation>{file}: {changes} hinzugefügt ({duplicates} schon vorhanden), {conflicts}</translation>
    </message>
    <message>
        <source>{n} conflict</source>
        <translation>{n} Konflikt</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} Konflikte</translation>
    </message>
    <message>
        <source>{n} record</source>
        <translation>{n} Datensatz</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} Datensätze</translation>
    </message>
    <message>
        <source>  numbered {old} -&gt; {new}</source>
        <translation>  umnummeriert {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <source>no open conflicts</source>
        <translation>keine offenen Konflikte</translation>
    </message>
    <message>
        <source>    base: {value}</source>
        <translation>    Basis: {value}</translation>
    </message>
    <message>
        <source>{n} change</source>
        <translation>{n} Änderung</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} Änderungen</translation>
    </message>
    <message>
        <source>{n} attachment</source>
        <translation>{n} Anhang</translation>
    </message>
    <message>
        <source>{n} attachments</source>
        <translation>{n} Anhänge</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{path} is not a text file</source>
        <translation>{path} ist keine Textdatei</translation>
    </message>
    <message>
        <source>standard input: the password of --user (when the store has users), then the replica key&apos;s passphrase</source>
        <translation>Standardeingabe: das Passwort von --user (wenn die Datenbank Benutzer hat), dann die Passphrase des Replikat-Schlüssels</translation>
    </message>
    <message>
        <source>this store&apos;s replica identity and the enrolled replicas</source>
        <translation>die Replikat-Identität dieser Datenbank und die aufgenommenen Replikate</translation>
    </message>
    <message>
        <source>give this store its replica name, role and Ed25519 key ({secrets})</source>
        <translation>dieser Datenbank ihren Replikat-Namen, ihre Rolle und ihren Ed25519-Schlüssel geben ({secrets})</translation>
    </message>
    <message>
        <source>the replica&apos;s name, e.g. laptop-omar</source>
        <translation>der Name des Replikats, z. B. laptop-omar</translation>
    </message>
    <message>
        <source>this is the central store</source>
        <translation>dies ist die zentrale Datenbank</translation>
    </message>
    <message>
        <source>this store is a copy of the central store&apos;s file: make it a laptop of it</source>
        <translation>diese Datenbank ist eine Kopie der Datei der zentralen Datenbank: zu einem Laptop-Replikat davon machen</translation>
    </message>
    <message>
        <source>write this store&apos;s public key</source>
        <translation>den öffentlichen Schlüssel dieser Datenbank schreiben</translation>
    </message>
    <message>
        <source>PEM instead of minisign&apos;s format</source>
        <translation>PEM statt des Formats von minisign</translation>
    </message>
    <message>
        <source>enrol a replica&apos;s public key (central store only)</source>
        <translation>den öffentlichen Schlüssel eines Replikats aufnehmen (nur zentrale Datenbank)</translation>
    </message>
    <message>
        <source>the replica&apos;s name</source>
        <translation>der Name des Replikats</translation>
    </message>
    <message>
        <source>its replica id, if FILE.pub does not say</source>
        <translation>seine Replikat-ID, falls FILE.pub sie nicht nennt</translation>
    </message>
    <message>
        <source>a user the replica may speak for (repeatable; default: any active user)</source>
        <translation>ein Benutzer, für den das Replikat sprechen darf (wiederholbar; Standard: jeder aktive Benutzer)</translation>
    </message>
    <message>
        <source>stop trusting a replica&apos;s key</source>
        <translation>dem Schlüssel eines Replikats nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>this store&apos;s replica and the ones it knows</source>
        <translation>das Replikat dieser Datenbank und die ihr bekannten</translation>
    </message>
    <message>
        <source>the signed trust list</source>
        <translation>die signierte Vertrauensliste</translation>
    </message>
    <message>
        <source>write the signed trust list ({secrets})</source>
        <translation>die signierte Vertrauensliste schreiben ({secrets})</translation>
    </message>
    <message>
        <source>valid for this many days</source>
        <translation>so viele Tage gültig</translation>
    </message>
    <message>
        <source>accept a newer trust list</source>
        <translation>eine neuere Vertrauensliste annehmen</translation>
    </message>
    <message>
        <source>the central store&apos;s key (first time)</source>
        <translation>der Schlüssel der zentralen Datenbank (beim ersten Mal)</translation>
    </message>
    <message>
        <source>signed bundles of changes</source>
        <translation>signierte Pakete von Änderungen</translation>
    </message>
    <message>
        <source>write a signed bundle ({secrets})</source>
        <translation>ein signiertes Paket schreiben ({secrets})</translation>
    </message>
    <message>
        <source>default: the central store</source>
        <translation>Standard: die zentrale Datenbank</translation>
    </message>
    <message>
        <source>the bundle expires after this many days</source>
        <translation>das Paket läuft nach so vielen Tagen ab</translation>
    </message>
    <message>
        <source>check a bundle; change nothing</source>
        <translation>ein Paket prüfen; nichts ändern</translation>
    </message>
    <message>
        <source>import a bundle: all of it or nothing</source>
        <translation>ein Paket importieren: ganz oder gar nicht</translation>
    </message>
    <message>
        <source>show what would change; change nothing</source>
        <translation>anzeigen, was sich ändern würde; nichts ändern</translation>
    </message>
    <message>
        <source>bundles sent and received</source>
        <translation>gesendete und empfangene Pakete</translation>
    </message>
    <message>
        <source>concurrent edits waiting for a person</source>
        <translation>gleichzeitige Änderungen, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>the open conflicts</source>
        <translation>die offenen Konflikte</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>einen Konflikt lösen</translation>
    </message>
    <message>
        <source>the conflict&apos;s id, as `sqms conflict list` shows it</source>
        <translation>die ID des Konflikts, wie `sqms conflict list` sie anzeigt</translation>
    </message>
    <message>
        <source>take this side</source>
        <translation>diese Seite übernehmen</translation>
    </message>
    <message>
        <source>set this value instead</source>
        <translation>stattdessen diesen Wert setzen</translation>
    </message>
    <message>
        <source>up to {maximum} characters</source>
        <translation>bis zu {maximum} Zeichen</translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation>PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>ZULÄSSIG</translation>
    </message>
    <message>
        <source>give each setting as KEY VALUE; {key} has no value</source>
        <translation>geben Sie jede Einstellung als SCHLÜSSEL WERT an; {key} hat keinen Wert</translation>
    </message>
    <message>
        <source>nothing changed: the settings are already so</source>
        <translation>nichts geändert: die Einstellungen sind bereits so</translation>
    </message>
    <message>
        <source>VER</source>
        <translation>VER.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation>FRAGEN</translation>
    </message>
    <message>
        <source>AUDITS</source>
        <translation>AUDITS</translation>
    </message>
    <message>
        <source>name a workbook FILE or a built-in checklist with --library KEY</source>
        <translation>nennen Sie eine Arbeitsmappe FILE oder eine mitgelieferte Checkliste mit --library KEY</translation>
    </message>
    <message>
        <source>{n} part of the form was left out:</source>
        <translation>{n} Teil des Formulars wurde ausgelassen:</translation>
    </message>
    <message>
        <source>{n} parts of the form were left out:</source>
        <translation>{n} Teile des Formulars wurden ausgelassen:</translation>
    </message>
    <message>
        <source>{key} v{version} written to {path}</source>
        <translation>{key} v{version} in {path} geschrieben</translation>
    </message>
    <message>
        <source>  (when {condition})</source>
        <translation>  (wenn {condition})</translation>
    </message>
    <message>
        <source>{key} v{version} released</source>
        <translation>{key} v{version} freigegeben</translation>
    </message>
    <message>
        <source>{key} v{version} retired</source>
        <translation>{key} v{version} zurückgezogen</translation>
    </message>
    <message>
        <source>{key} v{version} is the first version; nothing to compare</source>
        <translation>{key} v{version} ist die erste Version; es gibt nichts zu vergleichen</translation>
    </message>
    <message>
        <source>sqms: warning: {n} trail entries were keyed by another store (this store began as its copy); their links are checked, their content can be checked only where that store&apos;s trail key is</source>
        <translation>sqms: Warnung: {n} Einträge des Audit-Trails wurden mit dem Schlüssel einer anderen Datenbank gesichert (diese Datenbank entstand als ihre Kopie); ihre Verkettung wird geprüft, ihr Inhalt nur dort, wo der Audit-Trail-Schlüssel jener Datenbank ist</translation>
    </message>
    <message>
        <source>trail intact: {n} entries, keyed chain verified; change log matches entry for entry; {checkpoints} checkpoints and {signatures} signatures verified</source>
        <translation>Audit-Trail intakt: {n} Einträge, schlüsselgesicherte Kette geprüft; Änderungsprotokoll stimmt Eintrag für Eintrag überein; {checkpoints} Prüfpunkte und {signatures} Signaturen geprüft</translation>
    </message>
    <message>
        <source>trail BROKEN at {problem}</source>
        <translation>Audit-Trail UNTERBROCHEN bei {problem}</translation>
    </message>
    <message>
        <source>{n} entries verified before the first break</source>
        <translation>{n} Einträge vor der ersten Unterbrechung geprüft</translation>
    </message>
    <message>
        <source>  reason: {reason}</source>
        <translation>  Grund: {reason}</translation>
    </message>
</context>
</TS>
