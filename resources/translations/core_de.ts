<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>capa</name>
    <message>
        <source>D0 Plan and emergency response</source>
        <translation>D0 Planung und Notfallmaßnahmen</translation>
    </message>
    <message>
        <source>D1 Team</source>
        <translation>D1 Team</translation>
    </message>
    <message>
        <source>D2 Problem description (5W2H)</source>
        <translation>D2 Problembeschreibung (5W2H)</translation>
    </message>
    <message>
        <source>D3 Interim containment</source>
        <translation>D3 Sofortmaßnahmen</translation>
    </message>
    <message>
        <source>D4 Root cause and escape point</source>
        <translation>D4 Ursachenanalyse</translation>
    </message>
    <message>
        <source>D5 Permanent corrective actions</source>
        <translation>D5 Abstellmaßnahmen festlegen</translation>
    </message>
    <message>
        <source>D6 Implementation and validation</source>
        <translation>D6 Abstellmaßnahmen umsetzen</translation>
    </message>
    <message>
        <source>D7 Recurrence prevented</source>
        <translation>D7 Wiederholung verhindern</translation>
    </message>
    <message>
        <source>D8 Closure and recognition</source>
        <translation>D8 Abschluss und Würdigung</translation>
    </message>
    <message>
        <source>D0 Plan</source>
        <translation>D0 Planung</translation>
    </message>
    <message>
        <source>D2 Problem</source>
        <translation>D2 Problem</translation>
    </message>
    <message>
        <source>D3 Containment</source>
        <translation>D3 Sofortmaßnahmen</translation>
    </message>
    <message>
        <source>D4 Root cause</source>
        <translation>D4 Ursachen</translation>
    </message>
    <message>
        <source>D5 Corrective actions</source>
        <translation>D5 Abstellmaßnahmen</translation>
    </message>
    <message>
        <source>D6 Validation</source>
        <translation>D6 Umsetzung</translation>
    </message>
    <message>
        <source>D7 Prevention</source>
        <translation>D7 Vorbeugung</translation>
    </message>
    <message>
        <source>D8 Recognition</source>
        <translation>D8 Abschluss</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Mitwelt</translation>
    </message>
    <message>
        <source>Symptom as the customer sees it</source>
        <translation>Symptom aus Sicht des Kunden</translation>
    </message>
    <message>
        <source>Emergency response actions</source>
        <translation>Notfallmaßnahmen</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <source>Where was it found?</source>
        <translation>Wo wurde es gefunden?</translation>
    </message>
    <message>
        <source>When was it found?</source>
        <translation>Wann wurde es gefunden?</translation>
    </message>
    <message>
        <source>Who found it?</source>
        <translation>Wer hat es gefunden?</translation>
    </message>
    <message>
        <source>Why is it a problem?</source>
        <translation>Warum ist es ein Problem?</translation>
    </message>
    <message>
        <source>How was it found?</source>
        <translation>Wie wurde es gefunden?</translation>
    </message>
    <message>
        <source>How many parts are affected?</source>
        <translation>Wie viele Teile sind betroffen?</translation>
    </message>
    <message>
        <source>Containment summary</source>
        <translation>Zusammenfassung der Sofortmaßnahmen</translation>
    </message>
    <message>
        <source>How containment was verified</source>
        <translation>Wie die Sofortmaßnahmen verifiziert wurden</translation>
    </message>
    <message>
        <source>Why did it occur? (5 Whys)</source>
        <translation>Warum ist es aufgetreten? (5 Why)</translation>
    </message>
    <message>
        <source>Root cause of occurrence</source>
        <translation>Grundursache des Auftretens</translation>
    </message>
    <message>
        <source>Why was it not detected? (5 Whys)</source>
        <translation>Warum wurde es nicht entdeckt? (5 Why)</translation>
    </message>
    <message>
        <source>Root cause of non-detection</source>
        <translation>Grundursache der Nichtentdeckung</translation>
    </message>
    <message>
        <source>Escape point</source>
        <translation>Durchschlupfpunkt</translation>
    </message>
    <message>
        <source>Ishikawa (6M)</source>
        <translation>Ishikawa (6M)</translation>
    </message>
    <message>
        <source>Why these actions were chosen</source>
        <translation>Warum diese Maßnahmen gewählt wurden</translation>
    </message>
    <message>
        <source>How the actions were verified before implementation</source>
        <translation>Wie die Maßnahmen vor der Umsetzung verifiziert wurden</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Validation result</source>
        <translation>Ergebnis der Validierung</translation>
    </message>
    <message>
        <source>FMEA updated</source>
        <translation>FMEA aktualisiert</translation>
    </message>
    <message>
        <source>Control plan updated</source>
        <translation>Produktionslenkungsplan aktualisiert</translation>
    </message>
    <message>
        <source>Procedures and work instructions updated</source>
        <translation>Verfahren und Arbeitsanweisungen aktualisiert</translation>
    </message>
    <message>
        <source>Other products and processes, lessons learned</source>
        <translation>Andere Produkte und Prozesse, Lessons Learned</translation>
    </message>
    <message>
        <source>Closure summary</source>
        <translation>Zusammenfassung des Abschlusses</translation>
    </message>
    <message>
        <source>Team recognition</source>
        <translation>Würdigung des Teams</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>prospect never audited: qualification audit</source>
        <translation>potenzieller Lieferant, nie auditiert: Qualifizierungsaudit</translation>
    </message>
    <message>
        <source>no audit on record</source>
        <translation>kein Audit erfasst</translation>
    </message>
    <message>
        <source>{reason}: every {months} months since {reference} ({date})</source>
        <translation>{reason}: alle {months} Monate seit {reference} ({date})</translation>
    </message>
    <message>
        <source>{reference} graded {grade}: follow-up within {months} months</source>
        <translation>{reference} mit {grade} eingestuft: Nachaudit innerhalb von {months} Monaten</translation>
    </message>
    <message>
        <source>risk class {risk_class}</source>
        <translation>Risikoklasse {risk_class}</translation>
    </message>
</context>
<context>
    <name>report_data</name>
    <message>
        <source>no CAPA: {reason}</source>
        <translation>keine CAPA: {reason}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <source>the supplier&apos;s own risk class ({risk_class})</source>
        <translation>die eigene Risikoklasse des Lieferanten ({risk_class})</translation>
    </message>
    <message>
        <source>; its highest open risk scores {score} ({risk_class})</source>
        <translation>; sein höchstes offenes Risiko erreicht {score} ({risk_class})</translation>
    </message>
    <message>
        <source>raised from {own} by the open {category} risk “{description}”: likelihood {likelihood} × impact {impact} = {score} ({risk_class})</source>
        <translation>von {own} angehoben durch das offene Risiko „{description}“ ({category}): Wahrscheinlichkeit {likelihood} × Auswirkung {impact} = {score} ({risk_class})</translation>
    </message>
</context>
<context>
    <name>scorecard</name>
    <message>
        <source>Least-squares line through {n} periods: {slope} points per period (value {value} at {period}); forecast {forecast}.</source>
        <translation>Ausgleichsgerade durch {n} Perioden: {slope} Punkte pro Periode (Wert {value} in {period}); Prognose {forecast}.</translation>
    </message>
    <message>
        <source>Falls below band {band}&apos;s lower bound of {bound} in {period}.</source>
        <translation>Fällt in {period} unter die Untergrenze {bound} der Klasse {band}.</translation>
    </message>
    <message>
        <source>No current score: no flag.</source>
        <translation>Keine aktuelle Punktzahl: keine Warnung.</translation>
    </message>
    <message>
        <source>Band C has no band below it: no flag.</source>
        <translation>Unter Klasse C gibt es keine Klasse: keine Warnung.</translation>
    </message>
    <message>
        <source>Stays at or above band {band}&apos;s lower bound of {bound}.</source>
        <translation>Bleibt auf oder über der Untergrenze {bound} der Klasse {band}.</translation>
    </message>
    <message>
        <source>Band C in {n} periods in a row ({periods}): put on probation.</source>
        <translation>Klasse C in {n} Perioden nacheinander ({periods}): auf Bewährung setzen.</translation>
    </message>
    <message>
        <source>Band A in {n} periods in a row ({periods}) and no open major finding: recognise as a preferred supplier.</source>
        <translation>Klasse A in {n} Perioden nacheinander ({periods}) und keine offene Hauptabweichung: als Vorzugslieferant anerkennen.</translation>
    </message>
    <message>
        <source>Expired without a valid successor on {date}: {certificates}. Approve only conditionally until a valid certificate is shown.</source>
        <translation>Am {date} ohne gültigen Nachfolger abgelaufen: {certificates}. Nur bedingt freigeben, bis ein gültiges Zertifikat vorliegt.</translation>
    </message>
    <message>
        <source>No quantity received in the period: no PPM.</source>
        <translation>Im Zeitraum keine Menge eingegangen: kein ppm-Wert.</translation>
    </message>
    <message>
        <source>{ppm} PPM against the quality agreement&apos;s target of {target} PPM</source>
        <translation>{ppm} ppm gegenüber dem Ziel der QSV von {target} ppm</translation>
    </message>
    <message>
        <source>{ppm} PPM against the default target of {target} PPM</source>
        <translation>{ppm} ppm gegenüber dem Standardziel von {target} ppm</translation>
    </message>
    <message>
        <source>{said}: at or below the target, 100.</source>
        <translation>{said}: auf oder unter dem Ziel, 100.</translation>
    </message>
    <message>
        <source>{said}: at or above the ceiling of {ceiling} PPM, 0.</source>
        <translation>{said}: auf oder über der Obergrenze von {ceiling} ppm, 0.</translation>
    </message>
    <message>
        <source>{said}: falling in a straight line from 100 at the target to 0 at {ceiling} PPM, {value}.</source>
        <translation>{said}: linear fallend von 100 am Ziel bis 0 bei {ceiling} ppm, {value}.</translation>
    </message>
    <message>
        <source>No deliveries in the period.</source>
        <translation>Keine Lieferungen im Zeitraum.</translation>
    </message>
    <message>
        <source>{pct} % of {deliveries} deliveries on time</source>
        <translation>{pct} % von {deliveries} Lieferungen termingerecht</translation>
    </message>
    <message>
        <source>{said}: the part is that share.</source>
        <translation>{said}: Der Teil ist dieser Anteil.</translation>
    </message>
    <message>
        <source>target met, 100</source>
        <translation>Ziel erreicht, 100</translation>
    </message>
    <message>
        <source>{value} % of the target</source>
        <translation>{value} % des Ziels</translation>
    </message>
    <message>
        <source>{said} against the quality agreement&apos;s target of {target} %: {met}.</source>
        <translation>{said} gegenüber dem Ziel der QSV von {target} %: {met}.</translation>
    </message>
    <message>
        <source>Never audited (no scored audit up to the period).</source>
        <translation>Nie auditiert (kein bewertetes Audit bis zum Zeitraum).</translation>
    </message>
    <message>
        <source>The latest scored audit, {reference} of {date}, scored {score} %.</source>
        <translation>Das letzte bewertete Audit, {reference} vom {date}, erreichte {score} %.</translation>
    </message>
    <message>
        <source>No CAPA stage was due in the last {months} months.</source>
        <translation>In den letzten {months} Monaten war keine CAPA-Stufe fällig.</translation>
    </message>
    <message>
        <source>; mean days to containment {days}</source>
        <translation>; mittlere Tage bis zur Sofortmaßnahme {days}</translation>
    </message>
    <message>
        <source>{on_time} of {due} CAPA stages due in the last {months} months accepted on time: {value}</source>
        <translation>{on_time} von {due} in den letzten {months} Monaten fälligen CAPA-Stufen termingerecht angenommen: {value}</translation>
    </message>
    <message>
        <source>Left out; the other parts&apos; weights are scaled up.</source>
        <translation>Entfällt; die Gewichte der anderen Teile werden hochskaliert.</translation>
    </message>
    <message>
        <source>Weight {weight} % scaled to {share} % ({without} without data).</source>
        <translation>Gewicht {weight} % skaliert auf {share} % ({without} ohne Daten).</translation>
    </message>
    <message>
        <source>No part has data: no score and no band.</source>
        <translation>Kein Teil hat Daten: keine Punktzahl und keine Klasse.</translation>
    </message>
    <message>
        <source>The parts with data all weigh 0 %: no score and no band.</source>
        <translation>Die Teile mit Daten wiegen alle 0 %: keine Punktzahl und keine Klasse.</translation>
    </message>
    <message>
        <source>Score {score}: band {band} (from {bound}).</source>
        <translation>Punktzahl {score}: Klasse {band} (ab {bound}).</translation>
    </message>
</context>
<context>
    <name>store_settings</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>CAPA deadlines</source>
        <translation>CAPA-Fristen</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Weight of quality (PPM)</source>
        <translation>Gewicht der Qualität (ppm)</translation>
    </message>
    <message>
        <source>Weight of on-time delivery</source>
        <translation>Gewicht der Liefertermintreue</translation>
    </message>
    <message>
        <source>Weight of the latest audit</source>
        <translation>Gewicht des letzten Audits</translation>
    </message>
    <message>
        <source>Weight of CAPA responsiveness</source>
        <translation>Gewicht der CAPA-Reaktionsfähigkeit</translation>
    </message>
    <message>
        <source>Band A from score</source>
        <translation>Klasse A ab Punktzahl</translation>
    </message>
    <message>
        <source>Band B from score</source>
        <translation>Klasse B ab Punktzahl</translation>
    </message>
    <message>
        <source>PPM target (quality 100)</source>
        <translation>ppm-Ziel (Qualität 100)</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>ppm</translation>
    </message>
    <message>
        <source>PPM ceiling (quality 0)</source>
        <translation>ppm-Obergrenze (Qualität 0)</translation>
    </message>
    <message>
        <source>On time if early by up to</source>
        <translation>Noch termingerecht bei früherer Lieferung um bis zu</translation>
    </message>
    <message>
        <source>On time if late by up to</source>
        <translation>Noch termingerecht bei späterer Lieferung um bis zu</translation>
    </message>
    <message>
        <source>Audit every, high risk</source>
        <translation>Audit alle, hohes Risiko</translation>
    </message>
    <message>
        <source>Audit every, medium risk</source>
        <translation>Audit alle, mittleres Risiko</translation>
    </message>
    <message>
        <source>Audit every, low risk</source>
        <translation>Audit alle, niedriges Risiko</translation>
    </message>
    <message>
        <source>Follow up an audit graded C within</source>
        <translation>Folgeaudit nach Bewertung C innerhalb von</translation>
    </message>
    <message>
        <source>Follow up an audit graded B within</source>
        <translation>Folgeaudit nach Bewertung B innerhalb von</translation>
    </message>
    <message>
        <source>Lock an account after five wrong passwords for</source>
        <translation>Konto nach fünf falschen Passwörtern sperren für</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Keep rolling backups for</source>
        <translation>Laufende Sicherungen aufbewahren für</translation>
    </message>
    <message>
        <source>{key!r} is not a store-wide setting (known: {known})</source>
        <translation>{key!r} ist keine Einstellung der Datenbank (bekannt: {known})</translation>
    </message>
    <message>
        <source>{label} must lie between {minimum} and {maximum}; got {value}</source>
        <translation>{label} muss zwischen {minimum} und {maximum} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>{label} takes a whole number; got {text!r}</source>
        <translation>{label} erwartet eine ganze Zahl; erhalten: {text!r}</translation>
    </message>
    <message>
        <source>{label} is one line of text</source>
        <translation>{label} ist eine Textzeile</translation>
    </message>
    <message>
        <source>{label} takes at most {maximum} characters; got {count}</source>
        <translation>{label} darf höchstens {maximum} Zeichen haben; erhalten: {count}</translation>
    </message>
    <message>
        <source>the weights of quality, delivery, audit and responsiveness must add up to 100; {terms} = {total}</source>
        <translation>die Gewichte von Qualität, Lieferung, Audit und Reaktionsfähigkeit müssen zusammen 100 ergeben; {terms} = {total}</translation>
    </message>
    <message>
        <source>band A must start above band B; got A from {a}, B from {b}</source>
        <translation>Klasse A muss über Klasse B beginnen; erhalten: A ab {a}, B ab {b}</translation>
    </message>
    <message>
        <source>the PPM target must lie below the PPM ceiling; got {target} and {ceiling}</source>
        <translation>das ppm-Ziel muss unter der ppm-Obergrenze liegen; erhalten: {target} und {ceiling}</translation>
    </message>
    <message>
        <source>CAPA stages are due in order: {stage} ({days} days) comes before {earlier} ({earlier_days} days)</source>
        <translation>CAPA-Stufen sind der Reihe nach fällig: {stage} ({days} Tage) läge vor {earlier} ({earlier_days} Tage)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Prospect</source>
        <translation>Potenzieller Lieferant</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt freigegeben</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Auf Bewährung</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachaudit</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbstbewertung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Bericht herausgegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>Hauptabweichung</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>Nebenabweichung</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Gute Praxis</translation>
    </message>
    <message>
        <source>Critical nonconformity</source>
        <translation>Kritische Abweichung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>CAPA raised</source>
        <translation>CAPA eröffnet</translation>
    </message>
    <message>
        <source>Corrective</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Vorbeugung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>VDA 6.3</source>
        <translation>VDA 6.3</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Yes/No/N/A</source>
        <translation>Ja/Nein/Entfällt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Authored</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>Reaktionsfähigkeit</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Vorzugslieferant</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Process improvement</source>
        <translation>Prozessverbesserung</translation>
    </message>
    <message>
        <source>QMS tool adoption</source>
        <translation>Einführung eines QM-Werkzeugs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <source>Premium freight</source>
        <translation>Sonderfracht</translation>
    </message>
    <message>
        <source>Line stoppage</source>
        <translation>Bandstillstand</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Einzelquelle</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Planned late</source>
        <translation>Zu spät geplant</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>Läuft innerhalb von 30 Tagen ab</translation>
    </message>
    <message>
        <source>Expires within 90 days</source>
        <translation>Läuft innerhalb von 90 Tagen ab</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead-Auditor</translation>
    </message>
    <message>
        <source>Quality engineer</source>
        <translation>Qualitätsingenieur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Left out of the score</source>
        <translation>Nicht in der Punktzahl berücksichtigt</translation>
    </message>
    <message>
        <source>Counted as zero</source>
        <translation>Als null gewertet</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Zentrale Datenbank</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation>Kundenreklamation</translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation>Wareneingangsprüfung</translation>
    </message>
    <message>
        <source>Field failure</source>
        <translation>Feldausfall</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Containment due</source>
        <translation>Sofortmaßnahme fällig</translation>
    </message>
    <message>
        <source>Root cause due</source>
        <translation>Grundursache fällig</translation>
    </message>
    <message>
        <source>Corrective action due</source>
        <translation>Korrekturmaßnahme fällig</translation>
    </message>
    <message>
        <source>Verification due</source>
        <translation>Verifizierung fällig</translation>
    </message>
    <message>
        <source>Closure due</source>
        <translation>Abschluss fällig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
</TS>
