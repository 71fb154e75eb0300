<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt} · PySide {pyside} · Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Signed agreement (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit quality agreement {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record quality agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPM target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-time delivery target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA response days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed quality agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotateDialog</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPlanDialog</name>
    <message>
        <source>The audit gets its reference when it is planned. On a laptop that syncs with a central store it is provisional (P-…) until the central store numbers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a supplier from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a released checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the lead auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier has no earlier audit to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier whose last audit is followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follows up {ref} ({day}); its checklist starts unanswered. The objectives will list these %n open finding(s), to check that their actions work:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>[CAPA {refs}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not tied to one site)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of {store} in {folder}: made when the window closes, once a day and before an upgrade; kept {days} days. Attachments are checked, not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the store from the backup of {when}?

{lost}

The store as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} verified: the file and its %n attachment(s) are whole.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. The replaced store is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED {when}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>No replica is enrolled to receive a bundle yet. Enrol a laptop&apos;s key first: sqms replica enrol FILE.pub --name NAME --role laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQMS bundles (*.sqmsbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (compact, for the application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (readable sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> – %n change(s) not acknowledged yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle for {recipient} written to {file}: {changes}, {attachments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} No bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Bundle: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle&apos;s signature, trust and hashes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle checks out. Below is what importing it would change; nothing has changed yet. Apply imports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {file} from {origin} imported: {new}, {same} already here, {conflicts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingMeetingDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing meeting – {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered; completing needs a reason:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with questions unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit is {status} and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: the lead auditor signs it next, which locks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting as it goes; Complete audit stores the score shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit is {status}; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictResolveDialog</name>
    <message>
        <source>Resolve conflict – {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to keep instead of every side&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the value from {replica} ({author})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to the value entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} was deleted on one replica while it was edited on another. Until you decide, the side marked “shown now” stands. Keep the deletion or the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} of {record} was changed on {n} replicas before either saw the other&apos;s change. Until you decide, the side marked “shown now” stands. Take one side, or enter the value to keep; your decision reaches the other replicas with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common value: both sides wrote it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value both sides started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author}, {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this (&amp;{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the value from {replica}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct cost of poor quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record cost of poor quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>No log file is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <source>Edit development action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add development action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentResultDialog</name>
    <message>
        <source>Action: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: choose the audit the result was seen at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>{key}: version {old} → version {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {noun} written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Correct finding {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise finding – {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit {ref} · {supplier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {qid}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-standing finding (not raised on a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (with {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo already belongs to {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos or documents attached to this audit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWarningsDialog</name>
    <message>
        <source>Imported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source} was imported as {imported}, a draft. %n part(s) of the form were left out; complete the draft where needed before releasing it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parts left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n part(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiImportDialog</name>
    <message>
        <source>Import deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the deliveries exported from your ERP (an Excel workbook or a CSV file, one row per delivery or PO line) and say where they come from. The KPIs (on-time delivery, PPM, complaints, premium freight) are computed from them. The columns you map for a source are remembered for the next file from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery exports (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are read as YYYY-MM-DD; an empty rejected quantity is 0; complaint is 0 or 1; premium freight is a cost such as 120.50. Without a complaint or premium freight column a delivery keeps what the store holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field it holds: at least the supplier code, delivery number, due and received dates and quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no delivery rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as row {row}: read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n delivery(ies) new, {update} updated, {same} unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoCapaDialog</name>
    <message>
        <source>&amp;Record reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every major finding has a CAPA or a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAPA needed – {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAPA needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>{what} must be a whole number; got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a number; got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier: {supplier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Evidence: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 {prefix}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on every report&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file {path}: choose the logo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>{source} has 1 problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has {n} problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; correct the workbook and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n problem(s); nothing was imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalDecisionDialog</name>
    <message>
        <source>Accept proposal – {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss proposal – {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier stays as it is. The proposal does not come back until what it rests on changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier is recognised as a preferred supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s status becomes “{status}” (in its status history).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireExportDialog</name>
    <message>
        <source>Export self-assessment questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier fills in the yellow cells of the workbook and sends it back; Import filled questionnaire makes it a self-assessment audit for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the questionnaire (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier, a checklist and a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} self-assessment {key}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire for {supplier} written to {path} (form {form}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseCapaDialog</name>
    <message>
        <source>&amp;Open on the CAPAs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one finding to raise a CAPA from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From audit {audits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing needs a quality engineer: it is raised as a draft to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a draft: the deadlines count from the day it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default CAPA deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadlines agreed with {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {day}; {dates} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise SCAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise SCAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {reference} raised as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {reference} raised and issued; its deadlines run from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos or documents are linked to these findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append &amp;all answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be generated: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no report was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire {key} version {version}? Audits that used it keep it, but no new audit can choose it. Retiring cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActionDialog</name>
    <message>
        <source>Review: {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agree action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>{code} review {day} ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard of the period is kept with the review as it stands now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supplier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCloseDialog</name>
    <message>
        <source>Risk: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supplier risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supplier risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} ({cls})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfAssessmentImportDialog</name>
    <message>
        <source>Import self-assessment – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s answers, or the form&apos;s problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead auditor who reviews it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be imported: %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The form checks out. Below are the supplier&apos;s answers; nothing has changed yet. Import makes them a self-assessment audit in progress for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: self-assessment of {supplier} imported for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign audit {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what your signature means…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what your signature means.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Add site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDecisionDialog</name>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {due}, done {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written for this discipline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s answer · {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {state}. Deciding on: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required; the supplier reads it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept {stage}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status of {code} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change decides who may deliver. The reason is required; it is kept in the supplier&apos;s status history and in the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, new business hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>&amp;Create supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supplier {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status with Change status…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierImportDialog</name>
    <message>
        <source>Import supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier list (an Excel workbook or a CSV export from your ERP) and say where it comes from. The columns you map for a source are remembered for the next file from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
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
        <source>A field left out keeps what the store holds. Commodities are one cell, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field it holds: at least the code and the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no supplier rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n supplier(s) created, {update} updated, {same} unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TabularImportDialog</name>
    <message>
        <source>e.g. SAP vendor export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source, e.g. SAP vendor export: its columns are remembered for the next file from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {rows} from {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4: the file and its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: which column holds which field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4: what the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4: import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as remembered for {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the names of the file&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({rows}). The columns are chosen {how}; fields marked * are required. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its columns are remembered: the next step offers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new source: its columns are remembered once the import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a source whose columns are remembered, or name a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are remembered for {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PartDialog</name>
    <message>
        <source>Supplier: {supplier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bundle_import</name>
    <message>
        <source>it is signed by a key this store does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed by a key that has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file in it was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a file its signature does not cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a file whose name points outside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than a bundle may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written for another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it relies on an older trust list than this store holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change in it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds changes its signer may not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the signature and hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working out what would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} {message} Nothing was changed. (Reason code: {code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
