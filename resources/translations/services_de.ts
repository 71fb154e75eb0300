<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>audit_plan</name>
    <message>
        <source>template {key} v{version} is {status}; audits use released templates only</source>
        <translation>Vorlage {key} v{version} hat den Status {status}; Audits verwenden nur freigegebene Vorlagen</translation>
    </message>
    <message>
        <source>{full_name} is deactivated and cannot lead an audit</source>
        <translation>{full_name} ist deaktiviert und kann kein Audit leiten</translation>
    </message>
    <message>
        <source>{full_name} is a {role}; a lead auditor leads audits</source>
        <translation>{full_name} hat die Rolle {role}; Audits leitet ein Lead-Auditor</translation>
    </message>
    <message>
        <source>site {site_name} does not belong to {supplier_name}</source>
        <translation>Standort {site_name} gehört nicht zu {supplier_name}</translation>
    </message>
    <message>
        <source>VDA 6.3 rule edition {rule_edition} is not one of {editions}</source>
        <translation>VDA-6.3-Regelausgabe {rule_edition} ist keine von {editions}</translation>
    </message>
    <message>
        <source>the planned end lies before the planned start</source>
        <translation>das geplante Ende liegt vor dem geplanten Beginn</translation>
    </message>
    <message>
        <source>audit {reference} is of another supplier; a follow-up checks the findings of an audit of {name}</source>
        <translation>Audit {reference} gehört zu einem anderen Lieferanten; ein Nachaudit prüft die Feststellungen eines Audits von {name}</translation>
    </message>
    <message>
        <source>{user!r} is not a user of this store; {action} needs the audit&apos;s lead auditor, a member of its team or an administrator</source>
        <translation>{user!r} ist kein Benutzer dieser Datenbank; {action} erfordert den Lead-Auditor des Audits, ein Mitglied seines Teams oder einen Administrator</translation>
    </message>
    <message>
        <source>{full_name} is deactivated and can no longer act</source>
        <translation>{full_name} ist deaktiviert und kann nicht mehr handeln</translation>
    </message>
    <message>
        <source>{full_name} is not on the team of audit {reference}; {action} needs its lead auditor ({lead}), a member of its team or an administrator</source>
        <translation>{full_name} gehört nicht zum Team von Audit {reference}; {action} erfordert seinen Lead-Auditor ({lead}), ein Mitglied seines Teams oder einen Administrator</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>audit {reference} is {status}; a follow-up checks the findings of a completed audit</source>
        <translation>Audit {reference} hat den Status {status}; ein Nachaudit prüft die Feststellungen eines abgeschlossenen Audits</translation>
    </message>
    <message>
        <source>checklist {key} v{version} of audit {reference} is {status} and has no released version; choose the follow-up&apos;s checklist</source>
        <translation>Checkliste {key} v{version} von Audit {reference} hat den Status {status} und keine freigegebene Version; wählen Sie die Checkliste des Nachaudits</translation>
    </message>
</context>
<context>
    <name>audits</name>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>issued as a report</source>
        <translation>als Bericht herausgegeben</translation>
    </message>
    <message>
        <source>audit {reference} is {status} and locked; reopen it with a reason to change it</source>
        <translation>Audit {reference} hat den Status {status} und ist gesperrt; öffnen Sie es mit einer Begründung wieder, um es zu ändern</translation>
    </message>
    <message>
        <source>audit {reference} cannot be {doing}: {names} has neither a CAPA nor a recorded reason why none is needed; raise a CAPA from each or record the reason</source>
        <translation>Audit {reference} kann nicht {doing} werden: {names} hat weder eine CAPA noch eine erfasste Begründung, warum keine nötig ist; eröffnen Sie aus jeder eine CAPA oder erfassen Sie die Begründung</translation>
    </message>
    <message>
        <source>audit {reference} cannot be {doing}: {names} have neither a CAPA nor a recorded reason why none is needed; raise a CAPA from each or record the reason</source>
        <translation>Audit {reference} kann nicht {doing} werden: {names} haben weder eine CAPA noch eine erfasste Begründung, warum keine nötig ist; eröffnen Sie aus jeder eine CAPA oder erfassen Sie die Begründung</translation>
    </message>
    <message>
        <source>audit {reference} is {status}; start it before answering</source>
        <translation>Audit {reference} hat den Status {status}; starten Sie es, bevor Sie antworten</translation>
    </message>
    <message>
        <source>question {qid} is not in this audit&apos;s checklist</source>
        <translation>Frage {qid} ist nicht in der Checkliste dieses Audits</translation>
    </message>
    <message>
        <source>question {qid}: &apos;not applicable&apos; needs a justification</source>
        <translation>Frage {qid}: &apos;nicht zutreffend&apos; erfordert eine Begründung</translation>
    </message>
    <message>
        <source>question {qid}: an answer needs a value</source>
        <translation>Frage {qid}: eine Antwort braucht einen Wert</translation>
    </message>
    <message>
        <source>question {qid}: the {scheme} scheme scores {allowed}; got {value!r}</source>
        <translation>Frage {qid}: das Schema {scheme} bewertet mit {allowed}; erhalten: {value!r}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>question {qid}: answer {allowed}; got {value!r}</source>
        <translation>Frage {qid}: antworten Sie {allowed}; erhalten: {value!r}</translation>
    </message>
    <message>
        <source>question {qid}: choose one of {options}</source>
        <translation>Frage {qid}: wählen Sie eines von {options}</translation>
    </message>
    <message>
        <source>question {qid}: {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>Frage {qid}: {value!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>question {qid}: {value!r} is not a number</source>
        <translation>Frage {qid}: {value!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>question {qid}: {value} lies outside {bounds}</source>
        <translation>Frage {qid}: {value} liegt außerhalb von {bounds}</translation>
    </message>
    <message>
        <source>audit {reference} is {status}; findings need a started audit</source>
        <translation>Audit {reference} hat den Status {status}; Feststellungen erfordern ein gestartetes Audit</translation>
    </message>
    <message>
        <source>audit {reference} is {status}; the closing meeting is recorded for an audit in progress or completed</source>
        <translation>Audit {reference} hat den Status {status}; das Abschlussgespräch wird für ein Audit in Bearbeitung oder ein abgeschlossenes Audit erfasst</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> und {more} weitere</translation>
    </message>
    <message>
        <source>audit {reference} has {count} unanswered question ({named}); completing it anyway needs the reason they stay unanswered</source>
        <translation>Audit {reference} hat {count} unbeantwortete Frage ({named}); es trotzdem abzuschließen erfordert die Begründung, warum sie unbeantwortet bleibt</translation>
    </message>
    <message>
        <source>audit {reference} has {count} unanswered questions ({named}); completing it anyway needs the reason they stay unanswered</source>
        <translation>Audit {reference} hat {count} unbeantwortete Fragen ({named}); es trotzdem abzuschließen erfordert die Begründung, warum sie unbeantwortet bleiben</translation>
    </message>
    <message>
        <source>audit {reference} needs the conclusions of the closing meeting before it is completed</source>
        <translation>Audit {reference} braucht die Ergebnisse des Abschlussgesprächs, bevor es abgeschlossen wird</translation>
    </message>
    <message>
        <source>audit {reference} is signed by its lead auditor with a password (sqms audit sign), not by a status change</source>
        <translation>Audit {reference} wird von seinem Lead-Auditor mit einem Passwort signiert (sqms audit sign), nicht durch eine Statusänderung</translation>
    </message>
    <message>
        <source>{full_name} does not lead audit {reference}; its lead auditor or a quality engineer reopens it</source>
        <translation>{full_name} leitet Audit {reference} nicht; sein Lead-Auditor oder ein Qualitätsingenieur öffnet es wieder</translation>
    </message>
    <message>
        <source>audit {reference} is {status}; only a completed or signed audit is reopened</source>
        <translation>Audit {reference} hat den Status {status}; nur ein abgeschlossenes oder signiertes Audit wird wiedereröffnet</translation>
    </message>
    <message>
        <source>nothing (final state)</source>
        <translation>nichts (Endstatus)</translation>
    </message>
    <message>
        <source>audit {reference} is {status}; it can move to {allowed}, not {to}</source>
        <translation>Audit {reference} hat den Status {status}; es kann zu {allowed} wechseln, nicht zu {to}</translation>
    </message>
    <message>
        <source>moving audit {reference} to {to} needs a reason</source>
        <translation>Audit {reference} auf {to} zu setzen erfordert eine Begründung</translation>
    </message>
</context>
<context>
    <name>capa_8d</name>
    <message>
        <source>CAPA {reference} is {state}; its 8D content can change only while it is open (reopen it first)</source>
        <translation>CAPA {reference} hat den Status {state}; ihr 8D-Inhalt kann sich nur ändern, solange sie offen ist (öffnen Sie sie zuerst wieder)</translation>
    </message>
    <message>
        <source>8D step must be one of {steps}; got {step!r}</source>
        <translation>der 8D-Schritt muss einer von {steps} sein; erhalten: {step!r}</translation>
    </message>
    <message>
        <source>editing {step}</source>
        <translation>Bearbeiten von {step}</translation>
    </message>
    <message>
        <source>an action has no field {unknown!r} that can be changed</source>
        <translation>eine Maßnahme hat kein änderbares Feld {unknown!r}</translation>
    </message>
    <message>
        <source>an action belongs to step {steps}; not {step}</source>
        <translation>eine Maßnahme gehört zu Schritt {steps}, nicht zu {step}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>action {description!r} needs a due date</source>
        <translation>Maßnahme {description!r} braucht ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>an action&apos;s done date must be a date</source>
        <translation>das Erledigungsdatum einer Maßnahme muss ein Datum sein</translation>
    </message>
    <message>
        <source>only a containment action (D3) holds a quantity contained</source>
        <translation>nur eine Sofortmaßnahme (D3) hat eine eingegrenzte Menge</translation>
    </message>
    <message>
        <source>quantity contained must be a whole number; got {quantity!r}</source>
        <translation>die eingegrenzte Menge muss eine ganze Zahl sein; erhalten: {quantity!r}</translation>
    </message>
    <message>
        <source>quantity contained {quantity} is out of range</source>
        <translation>die eingegrenzte Menge {quantity} liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} kann nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>capa_effectiveness</name>
    <message>
        <source>CAPA {reference} is cancelled; nothing to check</source>
        <translation>CAPA {reference} ist storniert; es gibt nichts zu prüfen</translation>
    </message>
    <message>
        <source>audit {audit_reference} is of another supplier than CAPA {capa_reference}</source>
        <translation>Audit {audit_reference} gehört zu einem anderen Lieferanten als CAPA {capa_reference}</translation>
    </message>
    <message>
        <source>audit {reference} is cancelled</source>
        <translation>Audit {reference} ist storniert</translation>
    </message>
    <message>
        <source>audit {reference} is only planned; effectiveness is checked in an audit that has started (start it, then record what was seen)</source>
        <translation>Audit {reference} ist nur geplant; die Wirksamkeit wird in einem gestarteten Audit geprüft (starten Sie es und erfassen Sie dann, was festgestellt wurde)</translation>
    </message>
    <message>
        <source>CAPA {reference} is {state}{confirmed}; only a CAPA under verification or closed awaits an effectiveness check</source>
        <translation>CAPA {reference} hat den Status {state}{confirmed}; nur eine CAPA in Verifizierung oder eine geschlossene wartet auf eine Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source> and already confirmed effective</source>
        <translation> und ist bereits als wirksam bestätigt</translation>
    </message>
    <message>
        <source>a failed effectiveness check needs a note saying what was seen</source>
        <translation>eine nicht bestandene Wirksamkeitsprüfung braucht eine Notiz, was festgestellt wurde</translation>
    </message>
</context>
<context>
    <name>capa_raise</name>
    <message>
        <source>{refused}; raise it as a draft for a quality engineer to issue</source>
        <translation>{refused}; eröffnen Sie sie als Entwurf, den ein Qualitätsingenieur ausgibt</translation>
    </message>
    <message>
        <source>{full_name} does not lead audit {reference}; its lead auditor or a quality engineer records why a finding needs no CAPA</source>
        <translation>{full_name} leitet Audit {reference} nicht; sein Lead-Auditor oder ein Qualitätsingenieur erfasst, warum eine Feststellung keine CAPA braucht</translation>
    </message>
    <message>
        <source>{reference} is {finding_class}; only a major nonconformity or a critical finding records why it needs no CAPA</source>
        <translation>{reference} ist eine Feststellung der Klasse {finding_class}; nur bei einer Hauptabweichung oder einer kritischen Feststellung wird erfasst, warum sie keine CAPA braucht</translation>
    </message>
    <message>
        <source>audit {reference} is {status}</source>
        <translation>Audit {reference} hat den Status {status}</translation>
    </message>
    <message>
        <source>{reference} is answered by {answering}; a finding with a CAPA needs no reason</source>
        <translation>{reference} wird durch {answering} beantwortet; eine Feststellung mit CAPA braucht keine Begründung</translation>
    </message>
</context>
<context>
    <name>capas</name>
    <message>
        <source>finding {reference} belongs to another supplier&apos;s audit</source>
        <translation>Feststellung {reference} gehört zum Audit eines anderen Lieferanten</translation>
    </message>
    <message>
        <source>finding {reference} is a good practice; no CAPA</source>
        <translation>Feststellung {reference} ist eine gute Praxis; keine CAPA</translation>
    </message>
    <message>
        <source>CAPA deadlines need exactly {deadlines}</source>
        <translation>CAPA-Fristen brauchen genau {deadlines}</translation>
    </message>
    <message>
        <source>{due}: {value!r} is not 1 to 365 days</source>
        <translation>{due}: {value!r} liegt nicht zwischen 1 und 365 Tagen</translation>
    </message>
    <message>
        <source>{due} ({value} days) comes before an earlier stage&apos;s deadline ({previous} days); stages are due in order</source>
        <translation>{due} ({value} Tage) liegt vor der Frist einer früheren Stufe ({previous} Tage); die Stufen sind der Reihe nach fällig</translation>
    </message>
    <message>
        <source>CAPA {reference} is {state}; it has no stage to accept</source>
        <translation>CAPA {reference} hat den Status {state}; sie hat keine Stufe zum Annehmen</translation>
    </message>
    <message>
        <source>CAPA {reference} is {state}; only a stage the supplier answered can be rejected</source>
        <translation>CAPA {reference} hat den Status {state}; nur eine Stufe, die der Lieferant beantwortet hat, kann abgelehnt werden</translation>
    </message>
    <message>
        <source>CAPA {reference} is {state}; only an open CAPA can be cancelled</source>
        <translation>CAPA {reference} hat den Status {state}; nur eine offene CAPA kann storniert werden</translation>
    </message>
    <message>
        <source>CAPA {reference} is {state}; only a closed CAPA or one under verification can be reopened</source>
        <translation>CAPA {reference} hat den Status {state}; nur eine geschlossene CAPA oder eine in Verifizierung kann wiedereröffnet werden</translation>
    </message>
    <message>
        <source>CAPA {reference} is {state}; it cannot move on</source>
        <translation>CAPA {reference} hat den Status {state}; sie kann nicht weitergehen</translation>
    </message>
    <message>
        <source>CAPA {reference} is at {state}; the next stage is {nxt}, not {target} (stages move forward one at a time)</source>
        <translation>CAPA {reference} steht bei {state}; die nächste Stufe ist {nxt}, nicht {target} (die Stufen gehen einzeln vorwärts)</translation>
    </message>
</context>
<context>
    <name>development</name>
    <message>
        <source>audit {reference} is {status}; a result is seen at an audit that has taken place</source>
        <translation>Audit {reference} hat den Status {status}; ein Ergebnis wird bei einem Audit festgestellt, das stattgefunden hat</translation>
    </message>
    <message>
        <source>the action was cancelled; it has no result to record</source>
        <translation>die Maßnahme wurde storniert; sie hat kein Ergebnis zu erfassen</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>a knock-out question answered no caps the result at the fail grade</source>
        <translation>eine mit Nein beantwortete K.-o.-Frage begrenzt das Ergebnis auf die Note „nicht bestanden“</translation>
    </message>
    <message>
        <source>every no becomes a finding proposal</source>
        <translation>jedes Nein wird zu einem Vorschlag für eine Feststellung</translation>
    </message>
    <message>
        <source>a star question scored 0 downgrades the audit to C</source>
        <translation>eine Sternfrage mit 0 Punkten stuft das Audit auf C herab</translation>
    </message>
    <message>
        <source>a question scored 0 downgrades the audit to B</source>
        <translation>eine Frage mit 0 Punkten stuft das Audit auf B herab</translation>
    </message>
    <message>
        <source>a star question scored 4 downgrades the audit to B</source>
        <translation>eine Sternfrage mit 4 Punkten stuft das Audit auf B herab</translation>
    </message>
    <message>
        <source>a score of {value} means the requirement is not fully met</source>
        <translation>eine Punktzahl von {value} bedeutet, dass die Anforderung nicht vollständig erfüllt ist</translation>
    </message>
    <message>
        <source>a knock-out question scored 0 caps the result at the fail grade</source>
        <translation>eine K.-o.-Frage mit 0 Punkten begrenzt das Ergebnis auf die Note „nicht bestanden“</translation>
    </message>
    <message>
        <source>no points: the requirement is not met</source>
        <translation>keine Punkte: die Anforderung ist nicht erfüllt</translation>
    </message>
    <message>
        <source>1 of 3 points: the requirement is largely not met</source>
        <translation>1 von 3 Punkten: die Anforderung ist weitgehend nicht erfüllt</translation>
    </message>
    <message>
        <source>audit {reference} is {status}; its findings change only while it runs or before it is signed</source>
        <translation>Audit {reference} hat den Status {status}; seine Feststellungen ändern sich nur, solange es läuft oder bevor es signiert ist</translation>
    </message>
    <message>
        <source>finding {reference} is answered by a CAPA; it cannot be withdrawn</source>
        <translation>Feststellung {reference} wird durch eine CAPA beantwortet; sie kann nicht zurückgezogen werden</translation>
    </message>
    <message>
        <source>finding {reference} has evidence linked; remove the evidence first</source>
        <translation>mit Feststellung {reference} sind Nachweise verknüpft; entfernen Sie zuerst die Nachweise</translation>
    </message>
</context>
<context>
    <name>import_mappings</name>
    <message>
        <source>{field!r} is not a field to map (fields: {fields})</source>
        <translation>{field!r} ist kein zuordenbares Feld (Felder: {fields})</translation>
    </message>
    <message>
        <source>the column header for {field}</source>
        <translation>die Spaltenüberschrift für {field}</translation>
    </message>
    <message>
        <source>no column mapping is remembered for the source {source!r}; give the columns (field = the file&apos;s header) to import with one and remember it</source>
        <translation>für die Quelle {source!r} ist keine Spaltenzuordnung gespeichert; geben Sie die Spalten an (Feld = Überschrift der Datei), um mit einer zu importieren und sie zu speichern</translation>
    </message>
</context>
<context>
    <name>kpi_import</name>
    <message>
        <source>checking row {row}</source>
        <translation>Zeile {row} wird geprüft</translation>
    </message>
    <message>
        <source>the supplier code is empty</source>
        <translation>der Lieferantencode ist leer</translation>
    </message>
    <message>
        <source>there is no supplier with the code {code!r} in the store</source>
        <translation>in der Datenbank gibt es keinen Lieferanten mit dem Code {code!r}</translation>
    </message>
    <message>
        <source>{rejected} parts rejected of {received} received: more than were received</source>
        <translation>{rejected} Teile zurückgewiesen von {received} erhaltenen: mehr als erhalten wurden</translation>
    </message>
    <message>
        <source>delivery {delivery_no} of {code} is also in row {row} with other figures; a delivery is listed once</source>
        <translation>Lieferung {delivery_no} von {code} steht auch in Zeile {row} mit anderen Zahlen; eine Lieferung wird einmal aufgeführt</translation>
    </message>
    <message>
        <source>importing row {row}</source>
        <translation>Zeile {row} wird importiert</translation>
    </message>
    <message>
        <source>{file}, row {row}: delivery {delivery} of {supplier} changed since the preview; preview the file again</source>
        <translation>{file}, Zeile {row}: Lieferung {delivery} von {supplier} hat sich seit der Vorschau geändert; zeigen Sie die Vorschau der Datei erneut an</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
</context>
<context>
    <name>kpi_rows</name>
    <message>
        <source>the delivery number is empty</source>
        <translation>die Liefernummer ist leer</translation>
    </message>
    <message>
        <source>the delivery number is longer than {limit} characters</source>
        <translation>die Liefernummer ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the date is empty; write it YYYY-MM-DD</source>
        <translation>das Datum ist leer; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{text!r} is not a date written YYYY-MM-DD (e.g. 2026-03-02)</source>
        <translation>{text!r} ist kein als JJJJ-MM-TT geschriebenes Datum (z. B. 2026-03-02)</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the calendar</source>
        <translation>{text!r} ist kein Kalenderdatum</translation>
    </message>
    <message>
        <source>the quantity is empty; write 0 for none</source>
        <translation>die Menge ist leer; schreiben Sie 0 für keine</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number of parts (e.g. 1200)</source>
        <translation>{text!r} ist keine ganze Anzahl von Teilen (z. B. 1200)</translation>
    </message>
    <message>
        <source>the quantity {value} is negative</source>
        <translation>die Menge {value} ist negativ</translation>
    </message>
    <message>
        <source>the quantity {value} is too large for a delivery</source>
        <translation>die Menge {value} ist für eine Lieferung zu groß</translation>
    </message>
    <message>
        <source>{text!r} is not 0 or 1 (1: the delivery led to a complaint)</source>
        <translation>{text!r} ist nicht 0 oder 1 (1: die Lieferung führte zu einer Reklamation)</translation>
    </message>
    <message>
        <source>the premium freight {text} is negative</source>
        <translation>die Sonderfracht {text} ist negativ</translation>
    </message>
    <message>
        <source>{text!r} is not a cost with at most two decimals and no thousands separator (e.g. 120.50)</source>
        <translation>{text!r} ist kein Kostenbetrag mit höchstens zwei Nachkommastellen und ohne Tausendertrennzeichen (z. B. 120.50)</translation>
    </message>
    <message>
        <source>{text!r} is not a cost</source>
        <translation>{text!r} ist kein Kostenbetrag</translation>
    </message>
    <message>
        <source>the premium freight {text} is too large</source>
        <translation>die Sonderfracht {text} ist zu groß</translation>
    </message>
</context>
<context>
    <name>numbering</name>
    <message>
        <source>only the central store numbers audits and CAPAs for good; this store is a laptop</source>
        <translation>nur die zentrale Datenbank vergibt endgültige Nummern für Audits und CAPAs; diese Datenbank ist ein Laptop</translation>
    </message>
    <message>
        <source>only the central store numbers audits and CAPAs for good; this store does not sync</source>
        <translation>nur die zentrale Datenbank vergibt endgültige Nummern für Audits und CAPAs; diese Datenbank nimmt nicht am Abgleich teil</translation>
    </message>
</context>
<context>
    <name>partnership_rules</name>
    <message>
        <source>audit {reference} is not an audit of {code}</source>
        <translation>Audit {reference} ist kein Audit von {code}</translation>
    </message>
    <message>
        <source>CAPA {reference} is not a CAPA of {code}</source>
        <translation>CAPA {reference} ist keine CAPA von {code}</translation>
    </message>
    <message>
        <source>delivery {delivery_no} is not a delivery of {code}</source>
        <translation>Lieferung {delivery_no} ist keine Lieferung von {code}</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters</source>
        <translation>{what} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{what} must be a date (YYYY-MM-DD)</source>
        <translation>{what} muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>{key} changes together with the other scorecard weights and bands, so they still add up to 100 and band A stays above band B: sqms scorecard settings --weights Q,D,A,R --bands A,B --reason …</source>
        <translation>{key} ändert sich zusammen mit den anderen Gewichten und Klassen der Scorecard, damit sie weiterhin 100 ergeben und Klasse A über Klasse B bleibt: sqms scorecard settings --weights Q,D,A,R --bands A,B --reason …</translation>
    </message>
    <message>
        <source>{key} must lie between {minimum} and {maximum}; got {value}</source>
        <translation>{key} muss zwischen {minimum} und {maximum} liegen; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>poor_quality_costs</name>
    <message>
        <source>amount {text!r} must be a number such as 1250.00</source>
        <translation>Betrag {text!r} muss eine Zahl wie 1250.00 sein</translation>
    </message>
    <message>
        <source>amount {text!r} must be more than zero</source>
        <translation>Betrag {text!r} muss größer als null sein</translation>
    </message>
    <message>
        <source>amount {text!r} has more than two decimals</source>
        <translation>Betrag {text!r} hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>amount {text!r} is too large</source>
        <translation>Betrag {text!r} ist zu groß</translation>
    </message>
    <message>
        <source>currency {text!r} must be an ISO 4217 code such as EUR or USD</source>
        <translation>Währung {text!r} muss ein ISO-4217-Code wie EUR oder USD sein</translation>
    </message>
</context>
<context>
    <name>proposals</name>
    <message>
        <source>no {wanted} proposal stands for {code} any more (already decided, or the scorecards no longer propose it)</source>
        <translation>für {code} steht kein Vorschlag {wanted} mehr an (bereits entschieden, oder die Scorecards schlagen ihn nicht mehr vor)</translation>
    </message>
    <message>
        <source>the {wanted} proposal for {code} now rests on {match_basis!r}, not on {basis!r}; look at it again before deciding</source>
        <translation>der Vorschlag {wanted} für {code} beruht jetzt auf {match_basis!r}, nicht auf {basis!r}; sehen Sie ihn sich vor der Entscheidung noch einmal an</translation>
    </message>
    <message>
        <source>accepting a scorecard proposal</source>
        <translation>Annehmen eines Scorecard-Vorschlags</translation>
    </message>
    <message>
        <source>reason for accepting the proposal</source>
        <translation>Begründung für das Annehmen des Vorschlags</translation>
    </message>
    <message>
        <source>dismissing a scorecard proposal</source>
        <translation>Verwerfen eines Scorecard-Vorschlags</translation>
    </message>
    <message>
        <source>reason for dismissing the proposal</source>
        <translation>Begründung für das Verwerfen des Vorschlags</translation>
    </message>
</context>
<context>
    <name>quality_agreements</name>
    <message>
        <source>PPM target must be from 0 to {most:,}; got {ppm}</source>
        <translation>das ppm-Ziel muss zwischen 0 und {most:,} liegen; erhalten: {ppm}</translation>
    </message>
    <message>
        <source>on-time delivery target must be from 0 to 100 %; got {otd}</source>
        <translation>das Ziel für die Liefertermintreue muss zwischen 0 und 100 % liegen; erhalten: {otd}</translation>
    </message>
    <message>
        <source>CAPA response days must be from 1 to {most}; got {days}</source>
        <translation>die CAPA-Antwortfrist muss zwischen 1 und {most} Tagen liegen; erhalten: {days}</translation>
    </message>
    <message>
        <source>validity overlaps agreement {reference} of {code} ({valid_from} to {valid_until}); one agreement holds at a time</source>
        <translation>die Gültigkeit überschneidet sich mit der Vereinbarung {reference} von {code} ({valid_from} bis {valid_until}); es gilt jeweils nur eine Vereinbarung</translation>
    </message>
    <message>
        <source>valid until ({valid_until}) is before valid from ({valid_from})</source>
        <translation>gültig bis ({valid_until}) liegt vor gültig ab ({valid_from})</translation>
    </message>
</context>
<context>
    <name>scar_form</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>CAPA {reference} is {state}; a SCAR form goes to and comes back from the supplier only while the CAPA is issued and open</source>
        <translation>CAPA {reference} hat den Status {state}; ein SCAR-Formular geht nur an den Lieferanten und kommt nur von ihm zurück, solange die CAPA ausgegeben und offen ist</translation>
    </message>
    <message>
        <source>the form is for CAPA {reference}, not in this store</source>
        <translation>das Formular ist für CAPA {reference}, die nicht in dieser Datenbank ist</translation>
    </message>
    <message>
        <source>this form belongs to CAPA {reference}, not to {wanted}</source>
        <translation>dieses Formular gehört zu CAPA {reference}, nicht zu {wanted}</translation>
    </message>
    <message>
        <source>the form&apos;s hidden reference does not match its CAPA</source>
        <translation>die verborgene Referenz des Formulars passt nicht zu seiner CAPA</translation>
    </message>
    <message>
        <source>the issued part</source>
        <translation>der ausgegebene Teil</translation>
    </message>
    <message>
        <source>only the yellow response cells may be filled</source>
        <translation>nur die gelben Antwortzellen dürfen ausgefüllt werden</translation>
    </message>
    <message>
        <source>the hidden map of response cells was changed (it no longer says which cell answers which question)</source>
        <translation>die verborgene Zuordnung der Antwortzellen wurde geändert (sie sagt nicht mehr, welche Zelle welche Frage beantwortet)</translation>
    </message>
    <message>
        <source>the form&apos;s protected cells or hidden check data were changed, or it was not issued by this store; export a new form for the supplier</source>
        <translation>die geschützten Zellen oder verborgenen Prüfdaten des Formulars wurden geändert, oder es wurde nicht von dieser Datenbank ausgegeben; exportieren Sie ein neues Formular für den Lieferanten</translation>
    </message>
    <message>
        <source>CAPA {reference} was changed since this form was exported (its issued part differs); export a new form and send it to the supplier</source>
        <translation>CAPA {reference} wurde geändert, seit dieses Formular exportiert wurde (ihr ausgegebener Teil weicht ab); exportieren Sie ein neues Formular und senden Sie es an den Lieferanten</translation>
    </message>
    <message>
        <source>{cell}: {key} is not a response field</source>
        <translation>{cell}: {key} ist kein Antwortfeld</translation>
    </message>
    <message>
        <source>{cell}: unknown action table {step}</source>
        <translation>{cell}: unbekannte Maßnahmentabelle {step}</translation>
    </message>
    <message>
        <source>{cell}: the action&apos;s hidden id was changed</source>
        <translation>{cell}: die verborgene ID der Maßnahme wurde geändert</translation>
    </message>
    <message>
        <source>{cell}: action {action_id} is not of this CAPA</source>
        <translation>{cell}: Maßnahme {action_id} gehört nicht zu dieser CAPA</translation>
    </message>
    <message>
        <source>{step} action {row}</source>
        <translation>{step}-Maßnahme {row}</translation>
    </message>
    <message>
        <source>{cell}: a new action needs {missing}</source>
        <translation>{cell}: eine neue Maßnahme braucht {missing}</translation>
    </message>
    <message>
        <source>new {number}, {heading}</source>
        <translation>neue {number}, {heading}</translation>
    </message>
    <message>
        <source>{cell}: an action cannot be removed through the form; keep its description and say in Evidence why it is no longer needed</source>
        <translation>{cell}: eine Maßnahme kann nicht über das Formular entfernt werden; behalten Sie ihre Beschreibung und geben Sie unter Evidence an, warum sie nicht mehr nötig ist</translation>
    </message>
    <message>
        <source>{cell}: {heading}: {text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{cell}: {heading}: {text!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{cell}: {heading}: {text!r} is not a whole number ≥ 0</source>
        <translation>{cell}: {heading}: {text!r} ist keine ganze Zahl ≥ 0</translation>
    </message>
    <message>
        <source>{source}: the form changes nothing in {reference}</source>
        <translation>{source}: das Formular ändert nichts an {reference}</translation>
    </message>
</context>
<context>
    <name>scorecard_settings</name>
    <message>
        <source>{meaning} must lie between {minimum} and {maximum}; got {value}</source>
        <translation>{meaning} muss zwischen {minimum} und {maximum} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>give the weights, the bands or both</source>
        <translation>geben Sie die Gewichte, die Klassen oder beides an</translation>
    </message>
    <message>
        <source>the weights of quality, delivery, audit and responsiveness must add up to 100; {terms} = {total}</source>
        <translation>die Gewichte für Qualität, Lieferung, Audit und Reaktionsfähigkeit müssen zusammen 100 ergeben; {terms} = {total}</translation>
    </message>
    <message>
        <source>band A must start above band B; got A from {a_from:g}, B from {b_from:g}</source>
        <translation>Klasse A muss oberhalb von Klasse B beginnen; erhalten: A ab {a_from:g}, B ab {b_from:g}</translation>
    </message>
    <message>
        <source>the weights and bands are already so; nothing would change</source>
        <translation>die Gewichte und Klassen sind bereits so; es würde sich nichts ändern</translation>
    </message>
</context>
<context>
    <name>self_assessment</name>
    <message>
        <source>checklist {key} v{version} is {status}; a questionnaire is made from a released version</source>
        <translation>Checkliste {key} v{version} hat den Status {status}; ein Fragebogen wird aus einer freigegebenen Version erstellt</translation>
    </message>
    <message>
        <source>the form names a checklist or supplier this store does not have: another store issued it; import it there, or export a new form from this store</source>
        <translation>das Formular nennt eine Checkliste oder einen Lieferanten, die diese Datenbank nicht hat: eine andere Datenbank hat es ausgegeben; importieren Sie es dort oder exportieren Sie ein neues Formular aus dieser Datenbank</translation>
    </message>
    <message>
        <source>{name}: this form ({form_id}) was imported already, as audit {earlier}; a form is imported once (export a new one for a new self-assessment)</source>
        <translation>{name}: dieses Formular ({form_id}) wurde bereits importiert, als Audit {earlier}; ein Formular wird einmal importiert (exportieren Sie für eine neue Selbstbewertung ein neues)</translation>
    </message>
    <message>
        <source>only the yellow cells may be filled; export a new form if the questionnaire must change</source>
        <translation>nur die gelben Zellen dürfen ausgefüllt werden; exportieren Sie ein neues Formular, wenn sich der Fragebogen ändern muss</translation>
    </message>
    <message>
        <source>the form&apos;s hidden data was changed (it no longer says which cell answers which question)</source>
        <translation>die verborgenen Daten des Formulars wurden geändert (sie sagen nicht mehr, welche Zelle welche Frage beantwortet)</translation>
    </message>
    <message>
        <source>the form&apos;s protected cells or hidden data were changed, or another store issued it; export a new form for the supplier</source>
        <translation>die geschützten Zellen oder verborgenen Daten des Formulars wurden geändert, oder eine andere Datenbank hat es ausgegeben; exportieren Sie ein neues Formular für den Lieferanten</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>no {what} with id {record_id}</source>
        <translation>{what} mit der ID {record_id} nicht gefunden</translation>
    </message>
    <message>
        <source>no {what} with {described}</source>
        <translation>{what} mit {described} nicht gefunden</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value!r}</source>
        <translation>{field} muss eines von {choices} sein; erhalten: {value!r}</translation>
    </message>
    <message>
        <source>accepting a CAPA stage</source>
        <translation>Annehmen einer CAPA-Stufe</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>action description</source>
        <translation>Beschreibung der Maßnahme</translation>
    </message>
    <message>
        <source>action owner</source>
        <translation>Verantwortlicher der Maßnahme</translation>
    </message>
    <message>
        <source>action status</source>
        <translation>Status der Maßnahme</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>Titel der Maßnahme</translation>
    </message>
    <message>
        <source>adding a CAPA action</source>
        <translation>Hinzufügen einer CAPA-Maßnahme</translation>
    </message>
    <message>
        <source>adding a certificate</source>
        <translation>Hinzufügen eines Zertifikats</translation>
    </message>
    <message>
        <source>adding a contact</source>
        <translation>Hinzufügen eines Ansprechpartners</translation>
    </message>
    <message>
        <source>adding a development action</source>
        <translation>Hinzufügen einer Entwicklungsmaßnahme</translation>
    </message>
    <message>
        <source>adding a site</source>
        <translation>Hinzufügen eines Standorts</translation>
    </message>
    <message>
        <source>adding a supplier risk</source>
        <translation>Hinzufügen eines Lieferantenrisikos</translation>
    </message>
    <message>
        <source>agreeing an action in a supplier review</source>
        <translation>Vereinbaren einer Maßnahme in einem Lieferantengespräch</translation>
    </message>
    <message>
        <source>agreement reference</source>
        <translation>Referenz der Vereinbarung</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>Beantworten</translation>
    </message>
    <message>
        <source>approval scope</source>
        <translation>Freigabeumfang</translation>
    </message>
    <message>
        <source>attaching a certificate scan</source>
        <translation>Anhängen eines Zertifikat-Scans</translation>
    </message>
    <message>
        <source>attaching a signed quality agreement</source>
        <translation>Anhängen einer signierten Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>attaching evidence</source>
        <translation>Anhängen von Nachweisen</translation>
    </message>
    <message>
        <source>attaching evidence to a CAPA action</source>
        <translation>Anhängen von Nachweisen an eine CAPA-Maßnahme</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>audit status</source>
        <translation>Auditstatus</translation>
    </message>
    <message>
        <source>audit type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>cancelling a CAPA</source>
        <translation>Stornieren einer CAPA</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>CAPA owner</source>
        <translation>CAPA-Verantwortlicher</translation>
    </message>
    <message>
        <source>CAPA source</source>
        <translation>CAPA-Quelle</translation>
    </message>
    <message>
        <source>CAPA state</source>
        <translation>CAPA-Status</translation>
    </message>
    <message>
        <source>CAPA title</source>
        <translation>CAPA-Titel</translation>
    </message>
    <message>
        <source>CAPA type</source>
        <translation>CAPA-Art</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>Zertifikatsnummer</translation>
    </message>
    <message>
        <source>certificate scope</source>
        <translation>Geltungsbereich des Zertifikats</translation>
    </message>
    <message>
        <source>changing a CAPA action</source>
        <translation>Ändern einer CAPA-Maßnahme</translation>
    </message>
    <message>
        <source>changing a store policy</source>
        <translation>Ändern einer Regel der Datenbank</translation>
    </message>
    <message>
        <source>changing a finding</source>
        <translation>Ändern einer Feststellung</translation>
    </message>
    <message>
        <source>changing a supplier&apos;s CAPA deadlines</source>
        <translation>Ändern der CAPA-Fristen eines Lieferanten</translation>
    </message>
    <message>
        <source>changing a supplier&apos;s status</source>
        <translation>Ändern des Status eines Lieferanten</translation>
    </message>
    <message>
        <source>changing evidence</source>
        <translation>Ändern von Nachweisen</translation>
    </message>
    <message>
        <source>changing the scorecard&apos;s weights and bands</source>
        <translation>Ändern der Gewichte und Klassen der Scorecard</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>Checklistenvorlage</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>closing a supplier risk</source>
        <translation>Schließen eines Lieferantenrisikos</translation>
    </message>
    <message>
        <source>commodity</source>
        <translation>Warengruppe</translation>
    </message>
    <message>
        <source>completing a CAPA action</source>
        <translation>Abschließen einer CAPA-Maßnahme</translation>
    </message>
    <message>
        <source>completing an audit</source>
        <translation>Abschließen eines Audits</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>Funktion des Ansprechpartners</translation>
    </message>
    <message>
        <source>correcting a cost of poor quality</source>
        <translation>Korrigieren eines Fehlerkostenpostens</translation>
    </message>
    <message>
        <source>cost category</source>
        <translation>Kostenkategorie</translation>
    </message>
    <message>
        <source>cost of poor quality</source>
        <translation>Fehlerkostenposten</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>creating a checklist template</source>
        <translation>Anlegen einer Checklistenvorlage</translation>
    </message>
    <message>
        <source>creating a supplier</source>
        <translation>Anlegen eines Lieferanten</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>development action</source>
        <translation>Entwicklungsmaßnahme</translation>
    </message>
    <message>
        <source>development kind</source>
        <translation>Art der Entwicklungsmaßnahme</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>editing a certificate</source>
        <translation>Bearbeiten eines Zertifikats</translation>
    </message>
    <message>
        <source>withdrawing a finding</source>
        <translation>Zurückziehen einer Feststellung</translation>
    </message>
    <message>
        <source>editing a contact</source>
        <translation>Bearbeiten eines Ansprechpartners</translation>
    </message>
    <message>
        <source>editing a quality agreement</source>
        <translation>Bearbeiten einer Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>editing a site</source>
        <translation>Bearbeiten eines Standorts</translation>
    </message>
    <message>
        <source>editing a supplier</source>
        <translation>Bearbeiten eines Lieferanten</translation>
    </message>
    <message>
        <source>editing a supplier review</source>
        <translation>Bearbeiten eines Lieferantengesprächs</translation>
    </message>
    <message>
        <source>editing a supplier risk</source>
        <translation>Bearbeiten eines Lieferantenrisikos</translation>
    </message>
    <message>
        <source>effectiveness criterion</source>
        <translation>Wirksamkeitskriterium</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>finding class</source>
        <translation>Feststellungsklasse</translation>
    </message>
    <message>
        <source>finding statement</source>
        <translation>Text der Feststellung</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>Datum des Gesprächs</translation>
    </message>
    <message>
        <source>importing a checklist template</source>
        <translation>Importieren einer Checklistenvorlage</translation>
    </message>
    <message>
        <source>importing a self-assessment</source>
        <translation>Importieren einer Selbstbewertung</translation>
    </message>
    <message>
        <source>importing suppliers</source>
        <translation>Importieren von Lieferanten</translation>
    </message>
    <message>
        <source>incurred on</source>
        <translation>Angefallen am</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>issuing a CAPA</source>
        <translation>Ausgeben einer CAPA</translation>
    </message>
    <message>
        <source>marking a review action done</source>
        <translation>Erledigtmelden einer Maßnahme aus einem Lieferantengespräch</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>Risikominderung</translation>
    </message>
    <message>
        <source>N/A policy</source>
        <translation>Regel für „Entfällt“</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>planning an audit</source>
        <translation>Planen eines Audits</translation>
    </message>
    <message>
        <source>planning an effectiveness check</source>
        <translation>Planen einer Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>quality agreement</source>
        <translation>Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>raising a CAPA</source>
        <translation>Eröffnen einer CAPA</translation>
    </message>
    <message>
        <source>raising a finding</source>
        <translation>Erfassen einer Feststellung</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation>Begründung für das Stornieren</translation>
    </message>
    <message>
        <source>reason for rejecting the stage</source>
        <translation>Begründung für das Ablehnen der Stufe</translation>
    </message>
    <message>
        <source>reason for reopening</source>
        <translation>Begründung für das Wiedereröffnen</translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation>Begründung für das Zurückziehen</translation>
    </message>
    <message>
        <source>reason for the change</source>
        <translation>Begründung für die Änderung</translation>
    </message>
    <message>
        <source>recording a CAPA&apos;s effectiveness</source>
        <translation>Erfassen der Wirksamkeit einer CAPA</translation>
    </message>
    <message>
        <source>recording a cost of poor quality</source>
        <translation>Erfassen von Fehlerkosten</translation>
    </message>
    <message>
        <source>recording a development result</source>
        <translation>Erfassen eines Entwicklungsergebnisses</translation>
    </message>
    <message>
        <source>recording a quality agreement</source>
        <translation>Erfassen einer Qualitätssicherungsvereinbarung</translation>
    </message>
    <message>
        <source>recording a supplier review</source>
        <translation>Erfassen eines Lieferantengesprächs</translation>
    </message>
    <message>
        <source>recording KPI figures</source>
        <translation>Erfassen von KPI-Werten</translation>
    </message>
    <message>
        <source>recording the closing meeting</source>
        <translation>Erfassen des Abschlussgesprächs</translation>
    </message>
    <message>
        <source>recording why a finding needs no CAPA</source>
        <translation>Erfassen, warum eine Feststellung keine CAPA braucht</translation>
    </message>
    <message>
        <source>rejecting a CAPA stage</source>
        <translation>Ablehnen einer CAPA-Stufe</translation>
    </message>
    <message>
        <source>releasing a checklist template</source>
        <translation>Freigeben einer Checklistenvorlage</translation>
    </message>
    <message>
        <source>removing a certificate</source>
        <translation>Entfernen eines Zertifikats</translation>
    </message>
    <message>
        <source>removing a contact</source>
        <translation>Entfernen eines Ansprechpartners</translation>
    </message>
    <message>
        <source>reopening a CAPA</source>
        <translation>Wiedereröffnen einer CAPA</translation>
    </message>
    <message>
        <source>reopening an audit</source>
        <translation>Wiedereröffnen eines Audits</translation>
    </message>
    <message>
        <source>replica name</source>
        <translation>Name des Replikats</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>retiring a checklist template</source>
        <translation>Zurückziehen einer Checklistenvorlage</translation>
    </message>
    <message>
        <source>review action</source>
        <translation>Maßnahme aus einem Lieferantengespräch</translation>
    </message>
    <message>
        <source>risk category</source>
        <translation>Risikokategorie</translation>
    </message>
    <message>
        <source>risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>risk description</source>
        <translation>Risikobeschreibung</translation>
    </message>
    <message>
        <source>risk owner</source>
        <translation>Risikoverantwortlicher</translation>
    </message>
    <message>
        <source>risk reason</source>
        <translation>Begründung der Risikoklasse</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>saving an import mapping</source>
        <translation>Speichern einer Importzuordnung</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>signature meaning</source>
        <translation>Bedeutung der Signatur</translation>
    </message>
    <message>
        <source>signing a supplier review</source>
        <translation>Signieren eines Lieferantengesprächs</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>site country</source>
        <translation>Land des Standorts</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>starting an audit</source>
        <translation>Starten eines Audits</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>supplier name</source>
        <translation>Name des Lieferanten</translation>
    </message>
    <message>
        <source>supplier review</source>
        <translation>Lieferantengespräch</translation>
    </message>
    <message>
        <source>supplier risk</source>
        <translation>Lieferantenrisiko</translation>
    </message>
    <message>
        <source>template title</source>
        <translation>Titel der Vorlage</translation>
    </message>
    <message>
        <source>the reason why no CAPA is needed</source>
        <translation>Begründung für den Verzicht auf eine CAPA</translation>
    </message>
    <message>
        <source>the source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>updating a development action</source>
        <translation>Aktualisieren einer Entwicklungsmaßnahme</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>supplier_import</name>
    <message>
        <source>checking row {row}</source>
        <translation>Zeile {row} wird geprüft</translation>
    </message>
    <message>
        <source>the code {code} is also in row {first}; a supplier is listed once</source>
        <translation>der Code {code} steht auch in Zeile {first}; ein Lieferant wird einmal aufgeführt</translation>
    </message>
    <message>
        <source>importing {code}</source>
        <translation>{code} wird importiert</translation>
    </message>
    <message>
        <source>{file}, row {row}: supplier {code} changed since the preview; preview the file again</source>
        <translation>{file}, Zeile {row}: Lieferant {code} hat sich seit der Vorschau geändert; zeigen Sie die Vorschau der Datei erneut an</translation>
    </message>
</context>
<context>
    <name>supplier_parts</name>
    <message>
        <source>removing the contact {name} needs a reason</source>
        <translation>das Entfernen des Ansprechpartners {name} erfordert eine Begründung</translation>
    </message>
    <message>
        <source>removing certificate {number} needs a reason</source>
        <translation>das Entfernen von Zertifikat {number} erfordert eine Begründung</translation>
    </message>
</context>
<context>
    <name>supplier_reviews</name>
    <message>
        <source>attendees: name at least one person who took part</source>
        <translation>Teilnehmer: nennen Sie mindestens eine Person, die teilgenommen hat</translation>
    </message>
    <message>
        <source>attendees: more than {most} names</source>
        <translation>Teilnehmer: mehr als {most} Namen</translation>
    </message>
    <message>
        <source>attendees: {name!r}… is longer than 200 characters</source>
        <translation>Teilnehmer: {name!r}… ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>the supplier review of {held_on} is signed; its minutes cannot change</source>
        <translation>das Lieferantengespräch vom {held_on} ist signiert; sein Protokoll kann sich nicht ändern</translation>
    </message>
    <message>
        <source>minutes: a review is signed with its minutes written</source>
        <translation>Protokoll: ein Lieferantengespräch wird mit geschriebenem Protokoll signiert</translation>
    </message>
</context>
<context>
    <name>supplier_risks</name>
    <message>
        <source>the risk is closed; record a new risk if it has come back</source>
        <translation>das Risiko ist geschlossen; erfassen Sie ein neues Risiko, wenn es wieder aufgetreten ist</translation>
    </message>
    <message>
        <source>the risk is already closed</source>
        <translation>das Risiko ist bereits geschlossen</translation>
    </message>
    <message>
        <source>closing a risk needs a reason</source>
        <translation>das Schließen eines Risikos erfordert eine Begründung</translation>
    </message>
</context>
<context>
    <name>supplier_rules</name>
    <message>
        <source>U and 8 digits</source>
        <translation>U und 8 Ziffern</translation>
    </message>
    <message>
        <source>10 digits starting 0 or 1</source>
        <translation>10 Ziffern, beginnend mit 0 oder 1</translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation>9 oder 10 Ziffern</translation>
    </message>
    <message>
        <source>E and 9 digits (CHE-123.456.789)</source>
        <translation>E und 9 Ziffern (CHE-123.456.789)</translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation>8 Ziffern und ein Buchstabe</translation>
    </message>
    <message>
        <source>8 to 10 digits</source>
        <translation>8 bis 10 Ziffern</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 Ziffern</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 Ziffern</translation>
    </message>
    <message>
        <source>9 characters: a letter or digit, 7 digits, a letter or digit</source>
        <translation>9 Zeichen: ein Buchstabe oder eine Ziffer, 7 Ziffern, ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>2 letters or digits and 9 digits</source>
        <translation>2 Buchstaben oder Ziffern und 9 Ziffern</translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation>9 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 Ziffern</translation>
    </message>
    <message>
        <source>8 or 9 characters (1234567T)</source>
        <translation>8 oder 9 Zeichen (1234567T)</translation>
    </message>
    <message>
        <source>9 digits, B and 2 digits</source>
        <translation>9 Ziffern, B und 2 Ziffern</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 Ziffern</translation>
    </message>
    <message>
        <source>2 to 10 digits</source>
        <translation>2 bis 10 Ziffern</translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation>12 Ziffern, endend auf 01</translation>
    </message>
    <message>
        <source>supplier code {code!r} must be 2 to 32 capital letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>der Lieferantencode {code!r} muss aus 2 bis 32 Großbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>{what} {text!r} must be an ISO 3166 two-letter code (DE)</source>
        <translation>{what} {text!r} muss ein zweibuchstabiger ISO-3166-Code sein (DE)</translation>
    </message>
    <message>
        <source>DUNS number {text!r} must be 9 digits (e.g. 150483782); it has {count} digit(s)</source>
        <translation>die DUNS-Nummer {text!r} muss 9 Ziffern haben (z. B. 150483782); sie hat {count} Ziffer(n)</translation>
    </message>
    <message>
        <source>DUNS number {text!r} must be 9 digits (e.g. 150483782); it has {count} digit(s) and other characters</source>
        <translation>die DUNS-Nummer {text!r} muss 9 Ziffern haben (z. B. 150483782); sie hat {count} Ziffer(n) und andere Zeichen</translation>
    </message>
    <message>
        <source>VAT id {text!r} does not have the form of a {prefix} VAT id: {prefix} followed by {described}</source>
        <translation>die USt-IdNr. {text!r} hat nicht die Form einer USt-IdNr. für {prefix}: {prefix} gefolgt von {described}</translation>
    </message>
    <message>
        <source>VAT id {text!r} must start with the two-letter country prefix and go on with 2 to 13 letters or digits (e.g. DE123456789)</source>
        <translation>die USt-IdNr. {text!r} muss mit dem zweibuchstabigen Länderkürzel beginnen und mit 2 bis 13 Buchstaben oder Ziffern weitergehen (z. B. DE123456789)</translation>
    </message>
    <message>
        <source>e-mail address {address!r} is not of the form name@example.com</source>
        <translation>die E-Mail-Adresse {address!r} hat nicht die Form name@example.com</translation>
    </message>
    <message>
        <source>an e-mail address is at most 200 characters</source>
        <translation>eine E-Mail-Adresse hat höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>phone number {number!r} may hold digits, spaces, + ( ) . / - and an extension (+49 711 1234-56 ext. 7)</source>
        <translation>die Telefonnummer {number!r} darf Ziffern, Leerzeichen, + ( ) . / - und eine Durchwahl enthalten (+49 711 1234-56 ext. 7)</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters</source>
        <translation>{what} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{what} {cleaned!r}… is longer than {limit} characters</source>
        <translation>{what} {cleaned!r}… ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{code} already has a site called {name!r}</source>
        <translation>{code} hat bereits einen Standort namens {name!r}</translation>
    </message>
    <message>
        <source>certificate {number}: valid until ({valid_until}) must be after valid from ({valid_from})</source>
        <translation>Zertifikat {number}: gültig bis ({valid_until}) muss nach gültig ab ({valid_from}) liegen</translation>
    </message>
</context>
<context>
    <name>suppliers</name>
    <message>
        <source>supplier code {code} is already used</source>
        <translation>der Lieferantencode {code} wird bereits verwendet</translation>
    </message>
    <message>
        <source>changing the status of {code} needs a reason</source>
        <translation>das Ändern des Status von {code} erfordert eine Begründung</translation>
    </message>
    <message>
        <source>{code} is already {status}; nothing would change</source>
        <translation>{code} hat bereits den Status {status}; es würde sich nichts ändern</translation>
    </message>
    <message>
        <source>{code} already has the {standard} certificate {number}</source>
        <translation>{code} hat bereits das {standard}-Zertifikat {number}</translation>
    </message>
    <message>
        <source>period {period!r} must be written YYYY-MM</source>
        <translation>der Zeitraum {period!r} muss als JJJJ-MM geschrieben werden</translation>
    </message>
    <message>
        <source>{period}: {name} must not be negative</source>
        <translation>{period}: {name} darf nicht negativ sein</translation>
    </message>
    <message>
        <source>{period}: more on-time deliveries than deliveries</source>
        <translation>{period}: mehr termingerechte Lieferungen als Lieferungen</translation>
    </message>
    <message>
        <source>{period}: more parts rejected than received</source>
        <translation>{period}: mehr Teile zurückgewiesen als erhalten</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>template key {key!r} must be lower-case letters and digits</source>
        <translation>der Vorlagenschlüssel {key!r} muss aus Kleinbuchstaben und Ziffern bestehen</translation>
    </message>
    <message>
        <source>question id {qid} appears twice</source>
        <translation>die Fragen-ID {qid} kommt zweimal vor</translation>
    </message>
    <message>
        <source>type of question {qid}</source>
        <translation>Typ von Frage {qid}</translation>
    </message>
    <message>
        <source>question {qid}: weight must not be negative</source>
        <translation>Frage {qid}: die Gewichtung darf nicht negativ sein</translation>
    </message>
    <message>
        <source>template {key} has no questions</source>
        <translation>Vorlage {key} hat keine Fragen</translation>
    </message>
    <message>
        <source>title of section {code}</source>
        <translation>Titel von Abschnitt {code}</translation>
    </message>
    <message>
        <source>text of question {qid}</source>
        <translation>Text von Frage {qid}</translation>
    </message>
    <message>
        <source>template {key} v{version} is {status}; only a draft can be released</source>
        <translation>Vorlage {key} v{version} hat den Status {status}; nur ein Entwurf kann freigegeben werden</translation>
    </message>
    <message>
        <source>template {key} v{version} is {status}; only a released version can be retired</source>
        <translation>Vorlage {key} v{version} hat den Status {status}; nur eine freigegebene Version kann zurückgezogen werden</translation>
    </message>
    <message>
        <source>{key} v{version} imported as a new template</source>
        <translation>{key} v{version} als neue Vorlage importiert</translation>
    </message>
    <message>
        <source>{key} v{version} imported as a new draft version</source>
        <translation>{key} v{version} als neue Entwurfsversion importiert</translation>
    </message>
    <message>
        <source>{key} v{version} replaced the draft</source>
        <translation>{key} v{version} hat den Entwurf ersetzt</translation>
    </message>
    <message>
        <source>{key} v{version} is identical to the stored version; nothing changed</source>
        <translation>{key} v{version} ist mit der gespeicherten Version identisch; nichts wurde geändert</translation>
    </message>
</context>
</TS>
