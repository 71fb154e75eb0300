<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;SQMS Desktop&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier quality management for auditors who work offline: audits, findings, CAPAs and scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Quality agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PPM target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On-time target (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA response (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPlanDialog</name>
    <message>
        <source>Plan audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-up of last audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VDA 6.3 &amp;edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead auditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit t&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditee &amp;participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and functions, e.g. Jana Novak (quality manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives, scope and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the audit is to establish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites, processes, products and period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards and requirements audited against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle holds every change the recipient has not acknowledged yet, with its attachments, signed with this store&apos;s key. Send it by e-mail or on a USB stick; the recipient imports it on its Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of this store&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the system keyring holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bundle holds and what importing it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capa8DEditor</name>
    <message>
        <source>8D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapaPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the CAPAs: reference, title, supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this supplier&apos;s CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only CAPAs in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only CAPAs whose next stage is due within this many days (overdue ones included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Add certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one or type another standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certification body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope as printed on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF or picture of the certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingMeetingDialog</name>
    <message>
        <source>Closing meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The degree to which the audit criteria are fulfilled, as presented at the closing meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditee &amp;present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who of the auditee attended the closing meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diverging opinions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions on findings or conclusions that remain unresolved (leave empty if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why unanswered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they stay unanswered (the report prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By element or section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictResolveDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common base and every side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. quality manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Cost of poor quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incurred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against CA&amp;PA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against &amp;delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>SQMS Desktop – unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that SQMS Desktop did not expect. Your saved work is safe: every change is written in one piece or not at all. Please send the details below and the log file to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <source>Development action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentResultDialog</name>
    <message>
        <source>Result seen at an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Raise finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, stated as a fact against the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause, e.g. ISO 9001 7.1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise as &amp;major NC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective &amp;evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records, samples and interviews the statement rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photos:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, statement, requirement, supplier, question, CAPA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this supplier&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;dit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this audit&apos;s findings (its full reference; suggestions appear as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only findings of this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only findings in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA&amp;PA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only findings with a CAPA raised, or only those without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit date fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit date to, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected finding&apos;s audit on the Audits page (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the CAPA raised on the selected finding on the CAPAs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the findings the filters select, in the order shown, to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every finding of every audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, statement, requirement, question…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no users yet. Create the first administrator; you are signed in as this user, who can then add the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .xlsx workbook or a .csv export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for where files like this come from, e.g. SAP vendor export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fixing the file: read it again with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Import from the checklist library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists that ship with SQMS Desktop. The one you choose is imported like a workbook: as a new template, or as a new draft version when its key is in the store already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the list (any column)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>SQMS Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit trail: who changed what, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the CAPA register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings of every audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange bundles with the central store and resolve conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit programme: audits overdue, due and planned, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier base at a glance: bands, trends, overdue CAPAs, audits due, certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;orecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier scorecards by month: parts, bands, trends and proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the list on the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the store again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action that has a key, and its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoCapaDialog</name>
    <message>
        <source>No CAPA needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major nonconformity goes into the signed audit report with a CAPA or with the reason none is needed. The reason is part of what the lead auditor signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why no CAPA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. corrected and verified during the audit; a one-off with no systemic cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Workbook not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDecisionDialog</name>
    <message>
        <source>Scorecard proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (trailed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseCapaDialog</name>
    <message>
        <source>Raise CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings it answers (tick one or several of one supplier):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SCAR, addressed to the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety critical or stop-ship: &amp;contain within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it a &amp;draft and issue it later (its deadlines start when it is issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;D2 (5W2H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: replaced by version 3 after the 2026 revision of the standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActionDialog</name>
    <message>
        <source>Agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Supplier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one person per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCloseDialog</name>
    <message>
        <source>Close risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Supplier risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rare … 5 almost certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 negligible … 5 severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen at &amp;audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated by CA&amp;PA:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window keys work everywhere; a page&apos;s keys work while that page is shown. The same kind of action has the same key on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to sign this record electronically. Your signature is the legally binding equivalent of your handwritten signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your SQMS user name and password. Everything you change is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your account, then type your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Plant 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rocesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one process per line, e.g. die casting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDecisionDialog</name>
    <message>
        <source>Supplier&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supplier answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept: the stage is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject: send it back, the stage stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;business hold: no new orders may be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the supplier is approved to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the status changes (required; kept in the status history and the trail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SUP-042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 32 capital letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; it cannot be changed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmodities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>castings; machining; … (separate with ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DUNS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval status; later changes go through Change status…, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the supplier is approved to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets how often the supplier is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk r&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why this risk class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierView</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sc&amp;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the scanned certificate in the program your system uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA&amp;PAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the list (any column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import supplier list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync status of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundles sent and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the bundles: peer, file, receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected bundle and its receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command that sets this store up for sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Template actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the template versions: key, title, scheme, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a checklist template from an Excel workbook (.xlsx) or an XLSForm (ODK, KoboToolbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one of the checklists that ship with SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected version as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected draft: it becomes fixed and audits can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the selected released version: no new audit can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the selected version added, removed and changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailPage</name>
    <message>
        <source>Trail actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day (UTC), inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in field, values or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the field name, old or new value, or reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the trail of the selected entry&apos;s record only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest entries of the whole trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export filtered trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every entry that matches the filter to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no trail entry was changed, removed or reordered since it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
