<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPlanDialog</name>
    <message numerus="yes">
        <source>Follows up {ref} ({day}); its checklist starts unanswered. The objectives will list these %n open finding(s), to check that their actions work:</source>
        <translation>
            <numerusform>Follows up {ref} ({day}); its checklist starts unanswered. The objectives will list these %n open finding, to check that their actions work:</numerusform><numerusform>Follows up {ref} ({day}); its checklist starts unanswered. The objectives will list these %n open findings, to check that their actions work:</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>{name} verified: the file and its %n attachment(s) are whole.</source>
        <translation>
            <numerusform>{name} verified: the file and its %n attachment are whole.</numerusform><numerusform>{name} verified: the file and its %n attachments are whole.</numerusform></translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message numerus="yes">
        <source> – %n change(s) not acknowledged yet</source>
        <translation>
            <numerusform> – %n change not acknowledged yet</numerusform><numerusform> – %n changes not acknowledged yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform><numerusform>%n attachments</numerusform></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message numerus="yes">
        <source>%n new change(s)</source>
        <translation>
            <numerusform>%n new change</numerusform><numerusform>%n new changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
</context>
<context>
    <name>CapaPage</name>
    <message numerus="yes">
        <source>%n change(s) to {ref} from {supplier}. Apply them?</source>
        <translation>
            <numerusform>%n change to {ref} from {supplier}. Apply them?</numerusform><numerusform>%n changes to {ref} from {supplier}. Apply them?</numerusform></translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message numerus="yes">
        <source>{title}: %n question(s), scored {scheme}</source>
        <translation>
            <numerusform>{title}: %n question, scored {scheme}</numerusform><numerusform>{title}: %n questions, scored {scheme}</numerusform></translation>
    </message>
</context>
<context>
    <name>ClosingMeetingDialog</name>
    <message numerus="yes">
        <source>%n question(s) not answered</source>
        <translation>
            <numerusform>%n question not answered</numerusform><numerusform>%n questions not answered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered; completing needs a reason:</source>
        <translation>
            <numerusform>%n question not answered; completing needs a reason:</numerusform><numerusform>%n questions not answered; completing needs a reason:</numerusform></translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform><numerusform>Adding %n files…</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportWarningsDialog</name>
    <message numerus="yes">
        <source>{source} was imported as {imported}, a draft. %n part(s) of the form were left out; complete the draft where needed before releasing it.</source>
        <translation>
            <numerusform>{source} was imported as {imported}, a draft. %n part of the form were left out; complete the draft where needed before releasing it.</numerusform><numerusform>{source} was imported as {imported}, a draft. %n parts of the form were left out; complete the draft where needed before releasing it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n part(s) left out</source>
        <translation>
            <numerusform>{source}: %n part left out</numerusform><numerusform>{source}: %n parts left out</numerusform></translation>
    </message>
</context>
<context>
    <name>KpiImportDialog</name>
    <message numerus="yes">
        <source>{file}: %n delivery(ies) new, {update} updated, {same} unchanged.</source>
        <translation>
            <numerusform>{file}: %n delivery new, {update} updated, {same} unchanged.</numerusform><numerusform>{file}: %n deliveries new, {update} updated, {same} unchanged.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Trail: the newest %Ln entries shown; more match (narrow the filter, or export them all)</source>
        <translation>
            <numerusform>Trail: the newest %Ln entry shown; more match (narrow the filter, or export them all)</numerusform><numerusform>Trail: the newest %Ln entries shown; more match (narrow the filter, or export them all)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Trail: %Ln entries shown</source>
        <translation>
            <numerusform>Trail: %Ln entry shown</numerusform><numerusform>Trail: %Ln entries shown</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>{source}: %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>{source}: %n problem; nothing was imported</numerusform><numerusform>{source}: %n problems; nothing was imported</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>SelfAssessmentImportDialog</name>
    <message numerus="yes">
        <source>{file} cannot be imported: %n problem(s).</source>
        <translation>
            <numerusform>{file} cannot be imported: %n problem.</numerusform><numerusform>{file} cannot be imported: %n problems.</numerusform></translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message numerus="yes">
        <source>%n trail key(s) saved to {path}. Keep the file private and apart from the store's backups.</source>
        <translation>
            <numerusform>%n trail key saved to {path}. Keep the file private and apart from the store's backups.</numerusform><numerusform>%n trail keys saved to {path}. Keep the file private and apart from the store's backups.</numerusform></translation>
    </message>
</context>
<context>
    <name>SupplierImportDialog</name>
    <message numerus="yes">
        <source>{file}: %n supplier(s) created, {update} updated, {same} unchanged.</source>
        <translation>
            <numerusform>{file}: %n supplier created, {update} updated, {same} unchanged.</numerusform><numerusform>{file}: %n suppliers created, {update} updated, {same} unchanged.</numerusform></translation>
    </message>
</context>
<context>
    <name>SupplierKpis</name>
    <message numerus="yes">
        <source>Deliveries received in {month}: {n}; {late} not on time, %n lot(s) with rejected parts (marked).</source>
        <translation>
            <numerusform>Deliveries received in {month}: {n}; {late} not on time, %n lot with rejected parts (marked).</numerusform><numerusform>Deliveries received in {month}: {n}; {late} not on time, %n lots with rejected parts (marked).</numerusform></translation>
    </message>
</context>
<context>
    <name>TabularImportDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>TrailPage</name>
    <message numerus="yes">
        <source>%Ln trail entries exported to {file}.</source>
        <translation>
            <numerusform>%Ln trail entries exported to {file}.</numerusform><numerusform>%Ln trail entries exported to {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Trail intact: %Ln entries verified.</source>
        <translation>
            <numerusform>Trail intact: %Ln entry verified.</numerusform><numerusform>Trail intact: %Ln entries verified.</numerusform></translation>
    </message>
</context>
</TS>