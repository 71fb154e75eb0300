<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>bundle_checks</name>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {size:,} bytes; a bundle may be 2 GB at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has no manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the signed comment ({comment!r}) does not match manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: a {format} bundle holds manifest.json and {data_member}, not {stray}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: a {format} bundle holds manifest.json and {data_member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: manifest.json counts {counted} changes; {data_member} holds {held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is signed by key {key_id}, which this store does not trust (import the central store&apos;s newer trust list, or enrol that replica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is signed by {name}&apos;s key {key_id}, which was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} says it comes from replica {origin} but is signed by {name} ({replica_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica {replica_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was made for {recipient}, not for this store ({here})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} expired on {time} UTC; ask {origin} for a new bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was written with schema revision {schema}, newer than this SQMS Desktop ({head}); install the newer version first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {name} does not hash to its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds change {change_id}, which claims to be made on this store but never was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, change {number} ({change_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} was made on replica {replica_id}; {name} may carry only its own changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is by {author}, whom {name} may not speak for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} changes a user account; user accounts are kept by the central store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bundle_files</name>
    <message>
        <source>the bundle names attachment {sha256}… but carries no bytes for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>a bundle&apos;s format is one of {formats}; got {fmt!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting changes from {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central store exports for a named replica: give --for NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop trusts no central store yet; import the central store&apos;s trust list first (`sqms trust import trust.json --central-key central.pub`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replica called {name} is known here (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica {name} was revoked; no bundle is made for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing with this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folding the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: change {change_id} differs from the change of that id this store already holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>{entity} {record_id}: in the table but not in the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} {record_id}: in the change log but not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} {record_id}: fields differ: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>resolving a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve a conflict with one of --take CHANGE_ID or --value V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open conflict {conflict_id} (see `sqms conflict list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} {record_id} is not in the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted record is kept or deleted: use --take CHANGE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted {entity} {record_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept {entity} {record_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{take} is not a side of conflict {conflict_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{take} is not a side of conflict {conflict_id} ({sides})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} {record_id} {field} settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a value for {entity}.{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity}.{field} holds at most {length} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>container</name>
    <message>
        <source>{path} has {size} bytes, more than a bundle may ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a bundle: not a ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a signed bundle: it has no {name} member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS.minisig is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {name} is not listed in SHA256SUMS, so it is unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS lists {name}, but the bundle has no such member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {name} does not match its hash in SHA256SUMS: it was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS is not plain ASCII text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS does not end with a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: line {number} of SHA256SUMS is not &apos;&lt;sha256&gt;  &lt;member name&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: SHA256SUMS lists {name} twice (line {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has {count} members, more than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds the member {name} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {name} is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {name} uses ZIP compression method {method}; bundles use deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {name} expands {ratio} times (more than {limit}): a ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} expands to more than {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member name {shown} has control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {shown} points outside the bundle (ZIP slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {shown} is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {shown} is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {shown} is not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {shown} is not a member a bundle can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {name} expands to more than {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: member {name} is larger than its header says or than the bundle may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is damaged: member {name} cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyseal</name>
    <message>
        <source>the passphrase for the replica key needs at least {least} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replica key is sealed: give its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store&apos;s replica key is damaged (not a sealed SQMS key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for this store&apos;s replica key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>manifest</name>
    <message>
        <source>not JSON ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys differ from the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; missing {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; unknown {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format {found!r} is not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle_id is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin {origin!r} is not a replica id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient is not a replica id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key_id is not a minisign key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_format must be one of {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be text of 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a whole number of at least {least}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not a UTC time like 2026-12-03T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} has a bad name {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}[{name}] must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>two {entity} records made apart both have {shown} (ids {first} and {second}); this version cannot keep both or merge them, so the bundle is not imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minisign</name>
    <message>
        <source>the untrusted comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a minisign public key: it should start with &apos;untrusted comment:&apos; and then the key on the second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the key line of the minisign public key is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the minisign public key has {size} bytes instead of 42 (truncated or not a public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the key&apos;s algorithm is {algorithm!r}, not Ed25519 (&apos;Ed&apos;); is this a minisign secret key or a signature?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: a PEM key needs a line &apos;minisign key id: &lt;16 hex digits&gt;&apos; before it (SQMS writes one with --pem); or give the minisign .pub file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the PEM public key cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the PEM key is not an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of {what} is damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has {count} lines instead of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line does not start with &apos;untrusted comment:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the third line does not start with &apos;trusted comment:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature line is not a base64 minisign signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signature algorithm {algorithm!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment&apos;s signature is not base64 of 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is signed by key {key_id}, not by the expected key {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of {what} does not match its content: it was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment in the signature of {what} was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} may not contain line breaks or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is longer than minisign&apos;s {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the minisign public key is not a valid Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>replicas</name>
    <message>
        <source>this store is not set up for sync yet; run `sqms replica init --name NAME` (add --central on the central store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica {name} has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up this store&apos;s replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store is already replica {name} ({role}, key {key_id}); its key is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another replica known here is already called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up a laptop from a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store is replica {name} ({role}); only a copy of the central store&apos;s file becomes a laptop this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica called {name} is already known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing needs the passphrase of replica {name}&apos;s key; no OS keyring keeps it here, so give it (the command line reads it after the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolling a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the central store enrols replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica is enrolled as a laptop; got role {role!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} does not say which replica it belongs to (its first line names `sqms replica ID`); give the replica id with --replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {key_id} is already enrolled as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica called {name} is already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is not a user of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica {replica_id} is already enrolled as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the central store revokes replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enrolled replica is called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica {name} is already revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing the trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the central store issues the trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trust list is valid for 1 to 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting a trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central store issues the trust list; it does not import one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store trusts no central store yet: give the central store&apos;s public key with --central-key FILE.pub the first time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>the trust list cannot be issued: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trust list must be signed with the central store&apos;s own key, as listed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is larger than a trust list may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the trust list is malformed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is signed by central key {key_id}, but this store trusts central key {trusted}: it comes from another central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is trust list version {version}, not newer than version {current} this store holds; only a newer list replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} expired at {time}; ask the central store for a new trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a trust list (not JSON text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a trust list: expected format {format} with a document and its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: users is neither null nor a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has no time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expires before it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {name} has role {role!r}, not one of {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {name} has role central but belongs to replica {replica_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {name} has a malformed key id or public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {name} is not a valid Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id {key_id} is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not list exactly one current central key for {replica_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must have exactly the fields {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wire</name>
    <message>
        <source>changes.jsonl line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last line does not end with a line break, so the file may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is blank; every line must hold one change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change {change_id} appears twice (first on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({problem} at character {position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change must be a JSON object, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change has no {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key(s) {keys}; a change has exactly {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a replica id (1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a sequence number (a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} does not match its replica and seq ({replica_id}:{seq})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a user name ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a kind of record this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a record id ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a kind of change ({kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delete removes the whole record, so it names no field ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delete carries no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a record carries no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a record names the deletes it settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} change must name a field, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a field of {entity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity}.{field} is not a status, so it takes no status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity}.{field} changes by a status change, not a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to {length} characters, no control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a clock reading (13 digits, &apos;-&apos;, 6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its clock is {ahead} in the future ({at} UTC); changes more than {limit} ahead of this computer&apos;s clock are refused (check the clock of the computer that wrote them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of change ids, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a change id (replica:seq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change names itself ({parent}) as its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent} was written after this change, so it cannot precede it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent} is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have a value (it cannot be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number between {low:,} and {high:,}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {wanted}, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hold {value} ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds at most {length} characters; this text has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <source>{where} (change {change_id}): its {column} is {length:,} characters as JSON, more than an Excel cell holds ({limit:,}); send this bundle as JSON instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not named after a kind of record this version knows (every sheet but About holds the changes of one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change {change_id} appears twice (first in {earlier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.xlsx sheet {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.xlsx sheet {name} row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {letter} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is {size:,} bytes; the limit is 50 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a chart, not a sheet of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it must start with the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be {header} (columns A to {last}), not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {letter} holds a value but has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: formulas are not accepted in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: the cell holds the error {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: must hold JSON text (null for none), not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a true/false cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
