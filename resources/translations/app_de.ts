<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CrashHandler</name>
    <message>
        <source>SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStoreBuilder</name>
    <message>
        <source>Creating the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQMS Desktop demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo store: {step}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>The password needs at least {n} characters and must not start or end with a space. It also opens your signing key: nobody can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked — {user} is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{store} – SQMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit open. On the Audits page, select an audit and press Enter (or Audits ▸ Open checklist) to answer its checklist here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and signatures are recorded for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPAs past a stage deadline (CAPAs page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings: company name and logo on reports, idle lock time and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checklist of the audit being worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, the licence and where the log is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version and licence of Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer in the store; the list was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPAs overdue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {answered} of {shown} questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers: {shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits: {shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPAs: {shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: {shown:,} of {total:,} match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles: {shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: {shown} of {total} suppliers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard: {shown} of {total} records listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards: {shown} of {total} suppliers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail: the newest {shown:,} entries shown; more match (narrow the filter, or export them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail: {shown:,} entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template versions: {shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExports</name>
    <message>
        <source>&amp;Findings register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finding of every audit, with its CAPA, to a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CAPA register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every CAPA with its stages and due dates, to a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every supplier with its status, risk and certificates, to a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a register to an Excel workbook, as `sqms export` does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>This is the demo store: each user&apos;s password is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
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
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s backups: make one now, or restore one (the store is replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the &amp;trail key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key that seals this store&apos;s audit trail; without it the trail cannot be checked on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the trail key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail key backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the trail key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} trail key(s) saved to {path}. Keep the file private and apart from the store&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store restored; the replaced store is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Create a new store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at
{path}

Create a new, empty store there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose No if the path is mistyped (--db or SQMS_DB), and start again with the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQMS Desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no store at {path}; check --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headless</name>
    <message>
        <source>{file} is the store&apos;s own file; choose another name for the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is inside the store&apos;s attachments folder {folder}; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user {user!r} in this store; its users: {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign in as {user}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page {page!r}; the pages are: {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the audit&apos;s checklist: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window was never painted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the PNG of {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store_lock</name>
    <message>
        <source>The store {store} is open in {holder}. One window works on a store at a time, so that nothing one of them writes is lost to the other: switch to that window, or close it and start again. (A window on another computer must be closed there; a window that crashed does not block the store.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store_start</name>
    <message>
        <source>The store is open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
