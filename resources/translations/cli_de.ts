<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>sqms: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: interrupted; nothing half-done was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: unexpected error: {kind}: {message}
This is a bug. Details are in {log}; run with --debug to see the traceback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --db both choose the store; give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this supplier&apos;s audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only audits in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one audit in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan an audit; prints its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest released version unless @VERSION; a follow-up: as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned start (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned end (the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the supplier&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a follow-up of REF (--type follow-up: of the last audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditee participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a question or write its note (starts a planned audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the checklist names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score, yes/no, choice, number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings of an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise a finding; prints its reference (starts a planned audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question it was raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the question&apos;s clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record why a major finding needs no CAPA (before the audit is signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why no CAPA is needed (trailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one finding: statement, class, requirement, evidence, photos, CAPAs and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the findings of every audit, newest first (the findings register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this supplier&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only findings of this class (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only findings in this status (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only findings not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this audit&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only with a CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audits from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audits to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a reference, statement, supplier, question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the closing meeting and complete the audit (scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: as recorded before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditee present at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverging opinions left open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual end (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why shown questions stay unanswered (needed when any are; the report prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen a completed or signed audit to change it (its signatures become invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is reopened (trailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign a completed audit (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the signature means: {meanings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who signs (the same as the global --user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos and documents of an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach photos or documents to an audit or one of its findings (images are verified; all files or none; password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}, or its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist question it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it shows (every file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a file that fails its check (a damaged PDF) as an unverified binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit&apos;s evidence with its SHA-256 prefix, finding and question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template version must be a whole number; got {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checklist template {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template {key} has no released version; release one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{supplier} has no completed audit to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the checklist with --template KEY[@VERSION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a VALUE or --na REASON, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a VALUE, --na REASON or --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: proposed finding ({kind}): {reason}; raise it with: sqms audit finding add {reference} --question {qid} --class {value} --statement TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: proposed escalation to a major NC: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{finding}: no CAPA needed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}: --incomplete-reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} completed: {score}, grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} question left unanswered ({questions}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions left unanswered ({questions}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} reopened; its signatures are no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPPLIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} audit in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} audits in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} audit, {status}; checklist {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned {start} to {end}; lead auditor {lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site: {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers: {answered} of {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score: {score} %, grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present at the closing meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverging opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed with questions unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (question {qid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding {reference} [{kind}]{on} {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no CAPA: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  needs a CAPA or a reason why none is needed before the audit is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by {name} ({meaning}, {at}): {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no store at {path}; check --db (or $SQMS_DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backups of {store} in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: error: a backup failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holder} has {store} open; close that window first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {store} from {backup}? {lost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store as it is now is kept as a backup first. Type {yes} to restore: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} restored from {backup}; the replaced store is kept as {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, OVERDUE ({stage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {type}; {state}; supplier {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: {owner}; issued {issued}; next due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: {source} {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety critical: contained within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {reference} [{kind}] {statement} (audit {audit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {stage} due {due}  reached {reached}  {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rejected {n}x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {step} {description} ({owner}, due {due}, done {done})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {step} {description} ({owner}, due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {day} {stage} {decision} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} effective ({state}), checked in {audit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} not effective; reopened ({state}), checked in {audit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as a draft; issue it to start its deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued {day}; {deadlines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: {kind} {reference} for {supplier} from {findings}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE ({stage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} CAPA, {overdue} overdue, in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} CAPAs, {overdue} overdue, in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCAR form of {reference} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: error: {file}: nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {n} field would change ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {n} fields would change ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {n} field changed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {n} fields changed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit reference, e.g. AUD-2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding reference as `sqms audit show` prints it, e.g. AUD-2026-0042-F03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA reference, e.g. CAPA-2026-0007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier code, e.g. SUP-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store to use: a file path or an SQLAlchemy URL (default: $SQMS_DB or your store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who acts (the same as the global --user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential of {user} written to {path}; keep it private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} can now sign in and sign on this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: creating the demo store at {path} (first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo store {store}: {suppliers} suppliers, {audits} audits ({self_assessments} of them self-assessments), {findings} findings, {capas} CAPAs, {deliveries} deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} ({n} p.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (next due {day}, OVERDUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (next due {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding {finding} is not a finding of {audit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} attached to {where} (SHA-256 {sha}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} piece of evidence in {audit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pieces of evidence in {audit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}; no audit lies between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} finding, {without} without a CAPA, in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} findings, {without} without a CAPA, in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}  {action}  {supplier}  {delivery}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no store at {path}; check --db (or $SQMS_DB). A new store is made by adding its first administrator: sqms --db PATH user add NAME --role admin …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of standard input is longer than {count} characters; a password or passphrase is one line of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input must hold {wanted}, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store has no users yet; add its first administrator with `sqms user add NAME --role admin --full-name TEXT`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is not a user of this store (users: {users}); choose one with --user NAME or $SQMS_USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: {file}: {n} problem; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: {file}: {n} problems; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns not read: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: imported: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: would import (dry run, nothing changed): {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column mapping remembered for {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQMS Desktop on the command line: suppliers, audits, trail, demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language sqms speaks: en or de (default: $SQMS_LANG or your system&apos;s); --json output is the same in every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show tracebacks and debug logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the demo store (in your user data folder; created on first use, as sqms-desktop --demo does); not with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who acts (default: $SQMS_USER or your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it has its risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-U-N-S number, 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id with its country prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeatable; an edit replaces all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it is approved for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one supplier in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplier&apos;s status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a supplier; prints its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a supplier&apos;s fields (not its code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new business hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (trailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a supplier&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (status history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a supplier list (.xlsx or .csv): all rows or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source whose column mapping to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read FIELD from the column HEADER (repeatable); with --mapping NAME, remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the plan; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplier&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a site to a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique among the supplier&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made there; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplier&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. quality manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplier&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a certificate, with its scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ISO 9001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certification body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan: PDF, PNG or JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the trail&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries of this record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest N entries (100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the store is, its schema and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the records against the change log, and the trail (as `trail verify`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s trail key (kept outside the store file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the store&apos;s trail key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring back the store&apos;s trail key from a backup (a new computer, a lost profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup made by `sqms store key export`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file&apos;s rolling backups (SQLite stores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the store now (online backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the store&apos;s backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check backups: SQLite&apos;s integrity check and every attachment they name, with its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one backup&apos;s file name (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup in the store&apos;s place; the store as it is is kept as a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s file name, as `sqms backup list` shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list templates and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the built-in checklist library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a template workbook or an XLSForm (ODK, KoboToolbox) as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook (.xlsx) or XLSForm to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a built-in checklist instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a template version as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version to export (default: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template&apos;s sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release a draft version (immutable after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire a released version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a version changed against the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPAs and SCARs (8D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the CAPAs (the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only CAPAs past a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this supplier&apos;s CAPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise a CAPA (or with --scar a SCAR) from findings; prints its reference (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeatable; {reference}, or its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressed to the supplier (a SCAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name (or a person&apos;s name, e.g. the supplier&apos;s contact); default: you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: from the findings&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containment within a day (default: when a finding is critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep it a draft; do not issue it (no deadlines yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one CAPA in detail, with its findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a SCAR response form for the supplier (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a supplier&apos;s filled SCAR form back (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show what would change; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm or fail a CAPA&apos;s effectiveness in an audit of its supplier (password on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopens the CAPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was seen (required when not effective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user (passwords on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name (lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printed name used in signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate a user (users are never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a user&apos;s password hash and sealed signing key to a file for another store of the team (the user&apos;s password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a user whose account came in a bundle sign in here with the credential exported from another store (the user&apos;s password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every signature on a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-wide security policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s policies and their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a policy (administrators; password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the policy changes (trailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an audit&apos;s report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add every answer as an appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name on the cover ($SQMS_REPORT_COMPANY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG logo ($SQMS_REPORT_LOGO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: $SQMS_REPORT_PAGE_SIZE or A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a CAPA&apos;s 8D report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a register as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this supplier&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score an audit: breakdown and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit programme: audits overdue, due and planned, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how far ahead (default 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day to count from (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier self-assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a checklist as a protected questionnaire for a supplier to fill in (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the newest released version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a filled questionnaire back as a self-assessment audit for a lead auditor to review (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check it and show the answers; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead auditor who reviews it (default: you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier scorecards for a month (default: the last complete month); `sqms scorecard settings` changes the weights and bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month (default: the last complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a workbook or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name on the PDF ($SQMS_REPORT_COMPANY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the weights and bands together (administrators; password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scorecard&apos;s weights (adding up to 100) and bands (A above B) as one action with a reason; without --weights or --bands, print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality,delivery,audit,responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest score of band A and of band B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why they change (trailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scorecard proposals that stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide a scorecard proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept a proposal with a reason (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismiss a proposal with a reason (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the proposal still rests on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery KPIs from the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import deliveries (.xlsx or .csv) from the ERP: all rows or none; the same rows again change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the preview; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a store filled with realistic demo data (default: the demo store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference date the demo is built around (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: risk {id} added (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk {id}: changed {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk {id} closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: agreement {reference} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: development action {id} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--result and --audit go together: the result seen at that audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action {id}: changed {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {amount} of {category} in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s id as the list prints it (its first 8 characters are enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (rare, negligible) to 5 (almost certain, severe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} (&apos;&apos; removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a risk to a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an open risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a risk, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks, highest score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this supplier&apos;s risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only open risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each supplier&apos;s risk class as its open risks raise it, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality agreements with suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a quality agreement with its targets and the signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. QA-2026-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPM target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-time delivery target, %%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPA response days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed agreement (PDF…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only those in force on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a development action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an action, or record the result seen at an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the audit saw (with --audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs of poor quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a cost of poor quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier&apos;s delivery number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs of poor quality, or their sums per supplier and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sums per supplier, period and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sums also per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier (business) reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a supplier review; the scorecard snapshot is taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree an action in a draft review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign the minutes (password on standard input); the review is then locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acting user&apos;s password, then the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first user of a store must be an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user {user} ({role}) added; signing key {key}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user {user} deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} signed by {name} ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has no signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} set to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit overdue, due or planned in the next {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} finding written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} findings written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} CAPA written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} CAPAs written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} supplier written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suppliers written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report of {reference} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8D report of {reference} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {edition} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {total}, grade {grade} ({scheme}{edition})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-ELEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROCESS STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVALUATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding proposals (answered no): {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered: {n} question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered: {n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scorecard of {period} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scorecards of {period} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposals stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} proposal for {supplier} {decision} ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} takes {count} whole numbers separated by commas; got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights: {weights}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands: A from {a}, B from {b}, C below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire {key} v{version} for {supplier} written to {path} (form {form})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {n} question answered by {who} on {checklist}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {n} questions answered by {who} on {checklist}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}; would become a self-assessment audit (dry run, nothing changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {summary}; in progress for the lead auditor&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records do NOT match the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records match the fold of the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} trail key written to {path}; keep it private, apart from backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} trail keys written to {path}; keep it private, apart from backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no trail key that {store} uses; is it the backup of another store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} trail key of {store} is on this computer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} trail keys of {store} are on this computer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map {pair} must be FIELD=HEADER (e.g. code=Lieferant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}  {action}  {code}  {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: review {id} of {day} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review {id}: action agreed ({owner}, {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review {id} signed by {name} ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTENDEES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: changed {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is now {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: site {site} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: contact {name} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {standard} certificate {number} until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scan kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> expires within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT AUDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN FINDINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN CAPAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTS EXPIRING/EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST AUDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} supplier in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suppliers in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: {status}; risk class: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new business hold: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval scope: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commodities: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next audit: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open findings: {findings}; open CAPAs: {capas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, scan {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: {standard} {number}{issuer}, until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPM (last 12 periods): {ppm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-time delivery (last 12 periods): {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: {reference} {day} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding: {reference} {kind} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open CAPA: {capa}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica key passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input must hold the new key&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica {name} ({role}) id {id}, key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled {name} (replica {id}, key {key}); run `sqms trust export` to issue the new trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked {name} (key {key}); issue a new trust list: sqms trust export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store is not set up for sync (sqms replica init --name NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store: {name} ({role}) key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> REVOKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {name} ({role}) key {key}{flag}, {changes} unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list version {version}, expires {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list version {version} accepted ({n} key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list version {version} accepted ({n} keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {changes}, {attachments} for {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: signature, trust and hashes verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  from {name} ({id}), bundle {seq}, key {key}, expires {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {changes}, {attachments} ({bytes} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: would add {changes} ({duplicates} already here), {conflicts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: added {changes} ({duplicates} already here), {conflicts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  numbered {old} -&gt; {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    base: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input: the password of --user (when the store has users), then the replica key&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store&apos;s replica identity and the enrolled replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give this store its replica name, role and Ed25519 key ({secrets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replica&apos;s name, e.g. laptop-omar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store is a copy of the central store&apos;s file: make it a laptop of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write this store&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM instead of minisign&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol a replica&apos;s public key (central store only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replica&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its replica id, if FILE.pub does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user the replica may speak for (repeatable; default: any active user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop trusting a replica&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store&apos;s replica and the ones it knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the signed trust list ({secrets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept a newer trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central store&apos;s key (first time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed bundles of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a signed bundle ({secrets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle expires after this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a bundle; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a bundle: all of it or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would change; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundles sent and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrent edits waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict&apos;s id, as `sqms conflict list` shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set this value instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a workbook FILE or a built-in checklist with --library KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} part of the form was left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} parts of the form were left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (when {condition})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} v{version} is the first version; nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqms: warning: {n} trail entries were keyed by another store (this store began as its copy); their links are checked, their content can be checked only where that store&apos;s trail key is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trail intact: {n} entries, keyed chain verified; change log matches entry for entry; {checkpoints} checkpoints and {signatures} signatures verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trail BROKEN at {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries verified before the first break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
