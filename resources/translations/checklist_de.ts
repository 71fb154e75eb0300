<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach signed document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of poor quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: what you saw, whom you spoke to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} means nothing here: no question is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not a score of this question: {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale}, or A for N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y for yes, N for no, or A for N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to {last}, or A for N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type it in the answer field, then Enter; or A for N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A for N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not an answer to this question: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capa8DEditor</name>
    <message>
        <source>Why {n}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one cause per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8D {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Find in checklist (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a section (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA effectiveness ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise finding &amp;not tied to a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ★ star question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shown question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer {qid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A for {qid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on {qid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit started with the first answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: a {cls} — {reason} (Ctrl+Shift+F raises it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit is locked; reopen it with a reason to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} raised; the audit started with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: reopen with a reason to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectivenessPanel</name>
    <message>
        <source>CAPAs of this supplier whose fix is in place: check on site whether each one works. Not effective reopens the CAPA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} confirmed effective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} not effective: reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows that the fix does not work? (required; the CAPA reopens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or documents (or drop or paste them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {name} removed? (kept in the trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot annotate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCapaActions</name>
    <message>
        <source>{ref} raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: why no CAPA is needed is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingFilterBar</name>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA or reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major finding is signed only with a CAPA or a recorded reason why none is needed: raise one, or choose No CAPA needed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;CAPA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise one internal CAPA from the selected findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;SCAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise one SCAR to the supplier from the selected findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No CAPA needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the selected major finding needs no CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {n} findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FishboneView</name>
    <message>
        <source>Ishikawa diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipPanel</name>
    <message>
        <source>Effective risk class: {cls} — {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality agreement in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality agreement {ref} in force until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs of poor quality recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: {amounts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionTree</name>
    <message>
        <source>Select a question to see all it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {shown} questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {grade} once rated: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {grade} (the total alone gives no better): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgraded to {grade}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped at {grade}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downgrade so far. {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major finding {refs}: the grade follows the answers, not the findings; each needs a CAPA, or a reason why none, before signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>No supplier chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierKpis</name>
    <message>
        <source>Deliveries per month, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries received in {month}: {n}; {late} not on time, {rejected} lot(s) with rejected parts (marked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierView</name>
    <message>
        <source>&amp;Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan was attached to this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Select a supplier to see its trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and trend, {code} ({first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band bound {b:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
