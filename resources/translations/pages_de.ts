<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditsPage</name>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the audits: reference, supplier, status, auditor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only audits in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected completed audit electronically, with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new audit of a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the selected audit&apos;s checklist (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the closing meeting, complete the audit and sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, save or print the PDF audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a completed or signed audit to change it; its signatures lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;CAPA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise one internal CAPA from findings of the selected audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;SCAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise one SCAR to the supplier from findings of the selected audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No CAPA needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why a major finding of the selected audit needs no CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit is {status}. Choose “All statuses” to see every audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audits in this store yet. Plan the first one with Audits ▸ Plan audit… (Ctrl+N on this page). An audit needs a supplier (Suppliers page, Ctrl+1) and a released checklist template (Templates page, Ctrl+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an audit to see its scope, result and findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the audit reopened? The reason goes into the trail, and its signatures will show as no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} reopened.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>CapaPage</name>
    <message>
        <source>CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage due within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAPA matches. Clear the filters, or raise a CAPA from a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAPAs in this store yet. A CAPA is raised from the findings of an audit: on the Findings page (Ctrl+6) select findings and choose Findings ▸ Raise CAPA… or Raise SCAR…; on the Audits page (Ctrl+2), Audits ▸ Raise CAPA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a CAPA to see its stage timeline and 8D content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SCAR form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCAR form written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import supplier response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier response imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8D report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8D report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit 8D…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the 8D content D0–D8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the supplier&apos;s answer for the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the supplier&apos;s answer back with a reason; the stage stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel CAPA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a closed CAPA with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport SCAR form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the response workbook for the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the supplier&apos;s filled form; shows the changes before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8D &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the 8D report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the CAPA cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the CAPA reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to {ref} from {supplier}. Apply them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>Two replicas changed the same thing before either saw the other&apos;s change. Each record shows the side in “Shown now” until someone decides: select a conflict and press Enter (or Resolve…) to compare the sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every change that arrived was merged. Concurrent edits of the same field appear here after an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict on {record} ({field}) resolved: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Records listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the records listed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers per scorecard band, last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPM, all suppliers, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery %, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue CAPAs by supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record on its own page (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what needs acting on now instead of the records behind a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records behind this bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs acting on now: no supplier in band C, no overdue CAPA or audit, no expired certificate. Click a bar or point to list the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record; Enter opens it on its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers yet: add them on the Suppliers page (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in the last 12 months: Suppliers ▸ Import deliveries (KPIs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAPA is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit due in the next six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate expires within six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records behind &lt;b&gt;{what}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention now&lt;/b&gt;: suppliers in band C, overdue CAPAs and audits, expired certificates. Click a bar or point for the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chart}: {bar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier on the Suppliers page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CAPA on the CAPAs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier&apos;s row on the Programme page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCapaActions</name>
    <message>
        <source>Raise &amp;CAPA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise one internal CAPA from the selected findings (of one supplier)</source>
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
        <source>{ref} raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: why no CAPA is needed is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>No finding matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings in this store yet: they are raised on an audit&apos;s checklist (Audits page, Ctrl+2, then Enter on an audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see its statement, evidence and CAPA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the findings to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No finding matches these filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see every finding of every audit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No findings yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Findings are raised during an audit: on the Audits page, plan an audit and open its checklist (Enter), then raise findings on its questions. Every finding of every audit then shows here, with the CAPA raised on it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipActions</name>
    <message>
        <source>Sign the minutes of {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed quality agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected programme row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the programme: supplier, month, state, reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many months ahead the programme looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the selected supplier&apos;s audit, filled in from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit is overdue, due or planned in the next {n} months. Choose a longer horizon, or add suppliers on the Suppliers page (Ctrl+1): their status and risk class set when each is due for an audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a supplier to see why its audit is due and plan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the suppliers: code, name, band, proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected proposal, with the reason (a status change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected proposal, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month&apos;s &amp;deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected supplier&apos;s deliveries of the month: which were late, which lots were rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers in this store yet: scorecards need suppliers. Add them on the Suppliers page (Ctrl+1, then Suppliers ▸ New supplier… or Import supplier list…), then import their deliveries (Suppliers ▸ Import deliveries (KPIs)…): a scorecard is computed from deliveries, audits and CAPAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a supplier to see its scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} for {code} {verb}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals are decided on the latest month&apos;s scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfAssessmentActions</name>
    <message>
        <source>&amp;Export questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checklist as a protected questionnaire for a supplier to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import filled questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a supplier&apos;s filled questionnaire, then import it as an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-&amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier self-assessment questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import filled questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the suppliers: code, name, country, status, risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers in this store yet. Create the first one (Ctrl+N), or import your supplier list from a spreadsheet or an export of your ERP (Ctrl+I). (To look around first, start SQMS Desktop with --demo: it opens a separate store filled with sample data.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a supplier to see its master data, sites and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a supplier with its master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected supplier&apos;s master data (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve, put on probation or disqualify the supplier, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;ite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site (a location and the processes run there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ce&amp;rtificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a certificate with its scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import supplier list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and update suppliers from a spreadsheet or an ERP export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;deliveries (KPIs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in deliveries from an ERP export: on-time delivery, PPM, complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier {code} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier {code} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of {code} changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site added to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact added to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate added to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No bundle sent or received yet. Export a bundle for the central store (Ctrl+E) and send the file; import one you received (Ctrl+I), or drop the .sqmsbundle file on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bundle to see what it held and its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes a peer has not acknowledged into a signed bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle file, see what it would change, then apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the selected conflict: take one side or enter a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is not set up for sync yet: it has no replica name and no signing key, so it can neither write nor check bundles. Set it up once from the command line with the command below (choose a name other replicas will know it by; add --central on the store the team shares as its central store), then press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onflicts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQMS bundles (*.sqmsbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>No checklist templates in this store yet. Import a workbook or an XLSForm (ODK, KoboToolbox) with Templates ▸ Import workbook… (Ctrl+I), or a ready checklist with Templates ▸ Import from library…; then release it, and audits can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template version to see its sections and questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} released; audits can use it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import checklist workbook or XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist workbooks and XLSForms (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in checklist library is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the checklist library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {key} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release {key} version {version}? A released version cannot be changed; audits can use it from now on. Later changes come as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} imported as a new template (a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} imported as a new draft version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version}: the draft was replaced by the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} already holds this workbook; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the checklist library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailPage</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day in UTC; the first one, “any day”, does not narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trail entry matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is empty: nothing has been recorded in this store yet. Every change made here (a supplier created, an audit planned or signed, a CAPA closed) will be listed with who made it, when and why. Start on the Suppliers page (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its old and new values, reason and hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQMS audit trail – {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the trail to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the trail&apos;s hash chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export filtered trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln trail entries exported to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trail intact: %Ln entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is broken at {where}

{n} entries before it chain correctly. Keep a copy of this store and report it to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash chain check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
