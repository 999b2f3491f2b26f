<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditCalls</name>
    <message>
        <source>The standby has not yet replayed the newest events this console has seen. Verify again in a moment, or on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>embedded demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TLS %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one server host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports must be numbers from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network connection must use TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The username or password is not right, or this account may not sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Enter a one-time code to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, tell the IT desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not do this (code %1). Try again; if it happens again, tell the IT desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. %n attempt(s) left before your account locks.</source>
        <translation>
            <numerusform>That code is not right. %n attempt left before your account locks.</numerusform>
            <numerusform>That code is not right. %n attempts left before your account locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>A ministry admin has disabled or locked your account, so it can no longer sign in. Sign out; if this is a mistake, ask a ministry admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WitnessFolder</name>
    <message>
        <source>Cannot create the witness folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::audit</name>
    <message>
        <source>No manifest.json in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a %1 manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match manifest.json: the manifest was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is signed by %1, which is not a key you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the auditor key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: the files match the manifest, but nothing shows who wrote the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after the export: its SHA-256 is not the manifest&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of events.jsonl is not an audit event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 was altered: its fields do not give its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is newer than the export&apos;s head #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is not the head the export was recorded at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are out of order at #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are missing between #%1 and #%2: the chain does not link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events.jsonl holds %1 events; the manifest says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events.jsonl is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint at event #%1 is not validly signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint at event #%1 is beyond the export&apos;s head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 differs from the signed checkpoint at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n event(s) recomputed from their fields; every file matches the manifest; %1 signed checkpoint(s) hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month archive of the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow on from the archive before it (or from the chain&apos;s start): archives are checked oldest first, none left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: events.jsonl is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 does not hold (its link or its hash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: events.jsonl is not the file its manifest names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 events; its manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::audit::AuditEventModel</name>
    <message>
        <source>Records a failure: a wrong or replayed code, a lock, a refusal or a failed delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaccinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill-switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::audit::AuditRows</name>
    <message>
        <source>The archives end at event %1 (%2 events); the live trail starts after event %3 (%4 events).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::audit::Evidence</name>
    <message>
        <source>%1 exists already: choose a new folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the export into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::audit::KeychainAuditorKey</name>
    <message>
        <source>The keychain entry holds no Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::audit::MonthArchiveWriter</name>
    <message>
        <source>%1 exists already: choose a new folder for the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not hold in the chain: verify the trail (cowin-admin verify-audit) before archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain gave %1 of the month&apos;s %2 events: nothing was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the archive into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::delivery::OutboxTableModel</name>
    <message>
        <source>Given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by a newer reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing, next try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::operators::OperatorTableModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (wrong codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ministry admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of India</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n open connection</numerusform>
            <numerusform>%n open connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::partners::ApiKeyTableModel</name>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active until %1 (rotated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::partners::PartnerTableModel</name>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cut by the kill-switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — personal-data calls cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;For the ministry&apos;s vaccination platform: operators, vaccinator accounts, partner API access and the audit trail. Every rule is enforced by the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1&lt;br&gt;Qt %2, %3&lt;br&gt;Server: %4&lt;br&gt;PostgreSQL %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::ApiKeyDialog</name>
    <message>
        <source>New key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key lets the partner&apos;s gateway call the scopes you tick, from the partner&apos;s allowlisted addresses. It is shown once, when you issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the old key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old key for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old key for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old key for 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key %1… of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key with the same scopes (%1) replaces this one. Keep the old one working for a while if the partner must deploy the new one first; revoke it now if it leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the ticket this follows; kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Old key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this key now.&lt;/b&gt; It is shown this once: the server keeps only its SHA-256, and nobody, you included, can see it again. Hand it to the partner through their secret store, never by e-mail or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the key where the partner will fetch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditEventDialog</name>
    <message>
        <source>Audit event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events by this operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a failure or refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events for this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this %1 in its section of the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed&lt;/b&gt; (changed fields in bold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded with it&lt;/b&gt; (as it was at the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details as stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the chain&lt;/b&gt;&lt;br&gt;previous hash &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;this event&apos;s hash &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the chain&lt;/b&gt;&lt;br&gt;Not sealed yet: the sealer chains committed events within about a second. Until then this event is not tamper-evident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recorded as id %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditExportDialog</name>
    <message>
        <source>Sign the manifest with my auditor key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CERT-In request 2026-114</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auditor key of yours is in this computer&apos;s keychain: the export will show that its files are unchanged, not who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v events written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder to create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to create the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a full path for the new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1, manifest signed with your key.</source>
        <translation>
            <numerusform>%n event exported to %1, manifest signed with your key.</numerusform>
            <numerusform>%n events exported to %1, manifest signed with your key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1; the manifest is not signed.</source>
        <translation>
            <numerusform>%n event exported to %1; the manifest is not signed.</numerusform>
            <numerusform>%n events exported to %1; the manifest is not signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it anywhere with: cowin-admin verify-audit --export &lt;folder&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures and refusals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason has &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events the current filter finds, newest first, as CSV (for people) and JSON Lines (with every hash, for verification), and a manifest with each file&apos;s SHA-256, the chain&apos;s head and the signed checkpoints. The export is recorded in the audit trail before the first event is read.&lt;br&gt;&lt;br&gt;&lt;b&gt;Events:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditPage</name>
    <message>
        <source>Live: sho&amp;w new events as they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change and every failed attempt, newest first, chained by hashes so that a changed or missing event is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did in this console, newest first, as the audit trail recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new event(s)</source>
        <translation>
            <numerusform>↑ %n new event</numerusform>
            <numerusform>↑ %n new events</numerusform>
        </translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the events you caused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area (otp) or action (otp.failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.20.3.4 or 10.20.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2: %3 in all, %4 failed or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first</source>
        <translation>
            <numerusform>%n event, newest first</numerusform>
            <numerusform>%n events, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Events %1 to %2, newest first; more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login id, key prefix or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity, verification and signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: login id, key prefix or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches: choose one to run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditVerifyPanel</name>
    <message>
        <source>Reading the chain head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veri&amp;fy the chain in this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event&apos;s hash is recomputed here from the stored events, with OpenSSL, and the chain is held to the checkpoints auditors signed: a rewritten or shortened history is found even if whoever changed it recomputed the hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 events; nothing was wrong so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: event #%1 does not link to event #%2 before it. Events are missing or were reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: event #%1 is not what was recorded; its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: the chain ends before event #%1, which an auditor signed: its newest events were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: the history up to event #%1 is not what an auditor signed: it was rewritten and its hashes recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: the signature of the checkpoint at event #%1 does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %1 events recomputed in this console, up to event #%2; %n signed checkpoint(s) hold.</source>
        <translation>
            <numerusform>Intact: %1 events recomputed in this console, up to event #%2; %n signed checkpoint holds.</numerusform>
            <numerusform>Intact: %1 events recomputed in this console, up to event #%2; %n signed checkpoints hold.</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: the chain ends before event #%1, which this console was shown earlier: its newest events were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: the history up to event #%1 is not what this console was shown earlier: it was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head: event #%1, %2 sealed events, hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every committed event is sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not sealed yet (from #%1, waiting %2 s): they are not tamper-evident until the sealer chains them.</source>
        <translation>
            <numerusform>%n event not sealed yet (from #%1, waiting %2 s): it is not tamper-evident until the sealer chains it.</numerusform>
            <numerusform>%n events not sealed yet (from #%1, waiting %2 s): they are not tamper-evident until the sealer chains them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sealer has not run for %1: ask operations to check cowin-admin seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: event #%1 was committed but left out of the sealed chain, which goes on after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n newer event(s) from #%1 are not sealed yet.</source>
        <translation>
            <numerusform>%n newer event from #%1 is not sealed yet.</numerusform>
            <numerusform>%n newer events from #%1 are not sealed yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read on a standby server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 events up to #%2 are in archived months: a signed checkpoint holds where they end, and cowin-admin verify-audit --archive checks their files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditedAction</name>
    <message>
        <source>Someone else changed this after you opened it. It has been read again with their change: check it, then confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditorKeyPanel</name>
    <message>
        <source>Looking for your signing key in this computer&apos;s keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the current hea&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not create a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints you signed stay valid, but you will not sign again with this key. Remove it from this computer&apos;s keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key is in this computer&apos;s keychain. Public key (give it to whoever checks your checkpoints): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint recorded: event #%1, %2 events, hash %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint is your signature on the chain&apos;s newest event, its hash and the number of events. Stored with the trail and in every export, it lets anyone with your public key prove later that history up to it was not rewritten or cut, even by a database superuser. The private key stays in this computer&apos;s keychain, or in a key file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file was made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key from the file %1 is in use until you sign out. Public key (give it to whoever checks your checkpoints): &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain cannot be used: %1. Use a key file instead: it is read here and kept in memory until you sign out; only you may be able to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key of yours in this computer&apos;s keychain. Create one there, or use a key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::BudgetsDialog</name>
    <message>
        <source>Accounts at primary health centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts at community health centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts at district hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts at private hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts at outreach camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of government partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of private partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;wn from peers (twice their busiest 1 in 100, never below the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people one account or key may look up in an hour and in a day (Indian time). A lookup of someone new past the budget is refused and raises an alert; looking up the same person again is not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers in 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People an &amp;hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People a &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active, usual day %1, busiest %2</source>
        <translation>
            <numerusform>%n active, usual day %1, busiest %2</numerusform>
            <numerusform>%n active, usual day %1, busiest %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 an hour, %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn from peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It applies from the next lookup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::BulkActionDialog</name>
    <message>
        <source>Send each account a one-time password by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop after this chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset their passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the locked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first accounts it touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts of a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts of a district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts of a centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: incident 2026-114, partner data leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the chunk in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every enabled account in the scope must choose a new password at its next login, and its portal sessions end. Each account gets its own audit event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account in the scope that the portal locked after failed logins may sign in again. Each account gets its own audit event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every enabled account in the scope can no longer sign in to the portal: its sessions end and its undelivered one-time passwords are withdrawn. Each account gets its own audit event; an admin can enable an account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 accounts were changed; the rest were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The chunks done so far are kept; Resume continues where the server stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 accounts were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 accounts changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; account(s) (%1) will be reset.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; account (%1) will be reset.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; accounts (%1) will be reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; locked account(s) (%1) will be unlocked.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; locked account (%1) will be unlocked.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; locked accounts (%1) will be unlocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; account(s) (%1) will be disabled.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; account (%1) will be disabled.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; accounts (%1) will be disabled.</numerusform>
        </translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ne-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::CanariesDialog</name>
    <message>
        <source>&amp;Plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that belong to no one. Any account or key that looks one up is frozen at once and raises a critical alert. Only the last four digits are kept to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bihar list, March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) or key(s)</source>
        <translation>
            <numerusform>%n account or key</numerusform>
            <numerusform>%n accounts or keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Planted. A lookup of it freezes whoever makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire canary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lookup of &lt;b&gt;%1&lt;/b&gt; (%2) no longer freezes anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number given out in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::ConsoleApp</name>
    <message>
        <source>Starting the embedded demo database in %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::CredentialsPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry server (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db1.cowin.gov.in,db2.cowin.gov.in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate of the ministry&apos;s CA (.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;Step 1 of 2: your password. Then a one-time code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is not running. Start the console with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a standby when one is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing and verifying the audit trail on a standby keeps a long verification off the primary. Needs a host list with standbys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail reads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::DeliveriesPage</name>
    <message>
        <source>Se&amp;nd a new one-time password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Deliveries&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passwords on their way to vaccinators&apos; registered mobiles. A message the SMS gateway refused five times is given up; check the number with the account&apos;s owner, then send a new one. No one sees a password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To follow up: given up or failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything of the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets the account&apos;s password again: the server makes a new one-time password and sends it to the registered mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up: every message was delivered, or is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to follow up.</source>
        <translation>
            <numerusform>%n message to follow up.</numerusform>
            <numerusform>%n messages to follow up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new one-time password to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) gets a new one-time password at %3, and must choose a new password at the next login. Check the number with them first: a wrong number fails again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new one-time password for %1 is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number confirmed with the vaccinator by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::DemoPanel</name>
    <message>
        <source>&lt;b&gt;DEMO ONLY&lt;/b&gt; — operators of the embedded demo database. A real console never shows passwords or codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an operator to fill in the sign-in form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; signs in for the first time: enrolment code &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled yet (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(given to its owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked: an admin unlocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in its authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::EnrolPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set up your authenticator&lt;/h2&gt;This is your first sign-in. Enter the one-time enrolment code the ministry admin gave you with your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scan this code&lt;/h2&gt;Open your authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP) and scan the code, or type the key below. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code your app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That code is not right (%n attempts left). Check that the app was set up with this key and that the phone&apos;s clock is correct.</source>
        <translation>
            <numerusform>That code is not right (%n attempt left). Check that the app was set up with this key and that the phone&apos;s clock is correct.</numerusform>
            <numerusform>That code is not right (%n attempts left). Check that the app was set up with this key and that the phone&apos;s clock is correct.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::GatewaysDialog</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill-switch in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway daemon has reported the state it applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s); partner APIs are on.</source>
        <translation>
            <numerusform>%n gateway; partner APIs are on.</numerusform>
            <numerusform>%n gateways; partner APIs are on.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (silent for %n s)</source>
        <translation>
            <numerusform>%1 (silent for %n s)</numerusform>
            <numerusform>%1 (silent for %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>none in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obeys, %1 ms after the switch-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT YET</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::KillSwitchBanner</name>
    <message>
        <source>every partner API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner APIs that return personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government partners&apos; APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private partners&apos; APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill-switch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner APIs are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;KILL-SWITCH: %1 switched off&lt;/b&gt; since %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Restore requested by %1; another operator must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw restore re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the restore request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner APIs stay off, and no restore waits for approval any more. The reason is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner&apos;s fix is not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway has reported what it applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No gateway obeys it yet (%n gateway(s) known).</source>
        <translation>
            <numerusform>No gateway obeys it yet (%n gateway known).</numerusform>
            <numerusform>No gateway obeys it yet (%n gateways known).</numerusform>
        </translation>
    </message>
    <message>
        <source>Obeyed by %1 of %2 gateways, the slowest %3 ms after the switch-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateways…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::KillSwitchDialog</name>
    <message>
        <source>Switch partner APIs off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the moment you confirm, every partner gateway is refused what the level covers, and every open console shows it. Restoring takes two operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: every partner, every scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: scopes that return personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner APIs come back on only when another operator approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what this cuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This cuts %1 partners and %2 keys&lt;/b&gt;, which served %3 calls in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asked to switch partner APIs back on: “%2”.&lt;br&gt;They were switched off by %3: “%4”.&lt;br&gt;Approving turns them on from the moment you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::KillSwitchHistoryDialog</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill-switch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore asked by, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner APIs have never been switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n switch-off(s) first.</source>
        <translation>
            <numerusform>The only switch-off.</numerusform>
            <numerusform>The newest %n switch-offs first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cuts %n active partner(s) now</source>
        <translation>
            <numerusform>cuts %n active partner now</numerusform>
            <numerusform>cuts %n active partners now</numerusform>
        </translation>
    </message>
    <message>
        <source>no restore asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: waiting for a second operator to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::LimitsDialog</name>
    <message>
        <source>Searches by mobile number per operator in 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile numbers shown per operator in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rows checked per admin in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown partner keys per client address in a minute, before it is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a client address stays blocked after too many unknown keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much personal data one operator may pull, and how many wrong keys an address may try. Past a limit the attempt is still recorded and refused. Every change is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It applies from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup watch: share of numbers finding no one that raises an alert (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup watch: share of people outside the account&apos;s state that raises an alert (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup watch: people one account or key may look up at night before an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup watch: times its own usual day an account or key may look up before an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup watch: people in a day below which shares and rises raise no alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::LoginWindow</name>
    <message>
        <source>&lt;h2&gt;One-time code&lt;/h2&gt;Step 2 of 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CoWIN Admin Console&lt;/b&gt;&lt;br/&gt;Ministry of Health and Family Welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authenticator is set up. Enter the next code it shows to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The demo database could not start.&lt;/b&gt;&lt;br/&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authenticator is not set up and your enrolment code has expired. Ask a ministry admin for a new enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::LookupTimeline</name>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lookups every 10 minutes, last %n hour(s): %1 in all</source>
        <translation>
            <numerusform>Lookups every 10 minutes, last hour: %1 in all</numerusform>
            <numerusform>Lookups every 10 minutes, last %n hours: %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::MainWindow</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is in no console group yet. A ministry admin can add you to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The console is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It locked itself after %n minutes without use.</source>
        <translation>
            <numerusform>It locked itself after %n minute without use.</numerusform>
            <numerusform>It locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session ended on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a one-time code to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in your sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your groups do not include the section where this %1 is managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n one-time password message(s) did not reach their vaccinator.</source>
        <translation>
            <numerusform>%n one-time password message did not reach its vaccinator.</numerusform>
            <numerusform>%n one-time password messages did not reach their vaccinators.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) of the lookup watch.</source>
        <translation>
            <numerusform>%n open alert of the lookup watch.</numerusform>
            <numerusform>%n open alerts of the lookup watch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::MyAccountPage</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a new phon&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;My account&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own sign-in as %1 (%2). Each change here asks for a fresh code from your authenticator app and is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Open sessions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of 10 recovery code(s) left</source>
        <translation>
            <numerusform>%n of 10 recovery code left</numerusform>
            <numerusform>%n of 10 recovery codes left</numerusform>
        </translation>
    </message>
    <message>
        <source>make new ones before they run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words make a strong password that is easy to remember. Your other sessions stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use it the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten new recovery codes replace the ones you have; the old ones stop working at once. You will see the new ones only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make new codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authenticator is on the new phone; the old phone&apos;s codes no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other console signed in as you asks for a new sign-in at once: use this when you left one open, or do not recognise a session. This console stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) ended.</source>
        <translation>
            <numerusform>%n other session ended.</numerusform>
            <numerusform>%n other sessions ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery codes left: make new ones now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not changed since the account was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator set up %1 · %2&lt;br&gt;%3 · last sign-in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::NewAuthenticatorDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a new phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Move your authenticator to a new phone&lt;/h3&gt;A new key is made for the new phone. Until the new phone confirms it, the codes of your current app keep working. Start with a code from the current app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the &amp;current app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scan this with the new phone&lt;/h3&gt;Or type the key below into its authenticator app (time-based, 6 digits). The key is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the &amp;new app:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::NextCodeCountdown</name>
    <message>
        <source>Enter the new code your app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That code was already used. Your app shows the next one in %n s.</source>
        <translation>
            <numerusform>That code was already used. Your app shows the next one in %n s.</numerusform>
            <numerusform>That code was already used. Your app shows the next one in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::OperatorAccessDialog</name>
    <message>
        <source>New operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups and scope of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case letters, digits and _, e.g. kiran_rao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none for all of India.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the joining order or ticket; kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh code from your authenticator app confirms the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;States (helpdesk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand these over now, in person or by two separate channels.&lt;/b&gt; They are shown this once. At the first sign-in the operator types the password, must choose a new one, and enrols an authenticator app with the enrolment code (valid 7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have handed the password and the enrolment code over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password (must be changed at first sign-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;districts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single districts chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen in all.</source>
        <translation>
            <numerusform>%n district chosen in all.</numerusform>
            <numerusform>%n districts chosen in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::OperatorsPage</name>
    <message>
        <source>New enrolment code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Give this code to %1 in person or by a separate channel.&lt;/b&gt; It is shown this once and is valid for 7 days. Their old authenticator and recovery codes no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have handed the code over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gr&amp;oups and scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force logout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Operators&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who use this console, their groups and, for the helpdesk, the states they may act in. Changes to groups need a fresh one-time code; every change is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s)</source>
        <translation>
            <numerusform>%n operator</numerusform>
            <numerusform>%n operators</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose an operator&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This is you. Another ministry admin changes your account.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the authenticator of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a lost or replaced phone. &lt;b&gt;%1&lt;/b&gt;&apos;s authenticator and recovery codes stop working, their sessions end, and you get a new enrolment code to hand over. Check who is asking first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was locked after too many wrong codes. Unlock only once you know it was them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can no longer sign in; their sessions end and their open connections are closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s console sessions end and their connections close now. They can sign in again with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live; open connections: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket 2041, phone lost, identity checked by video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created. They sign in with the password and enrolment code you handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups and scope of %1 were changed; their open consoles follow at their next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator of %1 was reset; hand over the new enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disabled: their sessions ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>%n session of %1 ended.</numerusform>
            <numerusform>%n sessions of %1 ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::OtpForm</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of your recovery codes. Each code works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the code from my authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was accepted but opened no session. Enter the next code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. 1 attempt left before this account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. %n attempts left.</source>
        <translation>
            <numerusform>That code is not right. %n attempt left.</numerusform>
            <numerusform>That code is not right. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code is not right, and this account is now locked. A ministry admin can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::PartnerDetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose a partner&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its scopes, allowlist, calls and keys appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP allowlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every call is refused (ip_denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changed %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of &lt;b&gt;%1&lt;/b&gt; is refused (partner_suspended) from the moment you confirm, until the partner is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active keys of &lt;b&gt;%1&lt;/b&gt; work again from the moment you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; loses API access for good, and every key of it is revoked. This cannot be undone; a new contract means a new partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with this key are refused (key_suspended) until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with this key are served again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with this key are refused (key_revoked) from the moment you confirm, for good. To give the partner a replacement, issue a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident INC-2041, key seen in a public paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner was saved; gateways follow at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is suspended: its keys are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is resumed: its active keys work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is revoked, with every key of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key was issued; its prefix is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was rotated: the new one is issued, the old one ends as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is suspended: calls with it are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is resumed: calls with it are served again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is revoked: calls with it are refused for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::PartnerFormDialog</name>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted by the ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who to call in an incident: name, e-mail, phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one address or range a line, e.g.
203.0.113.0/24
2001:db8:42::/48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the MoU or ticket this follows; kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP allowlist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this partner after you opened it. Reload their version: what you typed stays here, and Save then applies it on top of their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reloaded their version (scopes: %1; allowlist: %2; %n calls a minute). Your typing is unchanged; Save to apply it.</source>
        <translation>
            <numerusform>Reloaded their version (scopes: %1; allowlist: %2; %n call a minute). Your typing is unchanged; Save to apply it.</numerusform>
            <numerusform>Reloaded their version (scopes: %1; allowlist: %2; %n calls a minute). Your typing is unchanged; Save to apply it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scopes the partner may call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::PartnersPage</name>
    <message>
        <source>&amp;New partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Partners &amp;amp; API access&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may call which partner API, from where, with which keys. The kill-switch above turns them all off at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search partners by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners &amp; API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::PasswordChangePage</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose a new password&lt;/h2&gt;Your password must be changed before you continue. Use at least %1 characters; a few unrelated words make a strong password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is on the list of common passwords that attackers try first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, not your username, not a common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Now repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::ReasonDialog</name>
    <message>
        <source>&amp;Reason (kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: the ticket number and who asked for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::RecoveryCodesPage</name>
    <message>
        <source>I have stored these codes somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery codes&lt;/h2&gt;If you lose your phone, each of these codes signs you in once instead of a one-time code. They are shown only now: copy them or save them to a file, and keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoWIN Admin Console recovery codes (each works once), %1

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste them into your password manager; the clipboard is cleared in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::ShownOncePanel</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shown here cannot be shown again. If it was not handed over, it has to be issued anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds what you copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::StackedTimeBars</name>
    <message>
        <source>%1 – %2
%3: %4
%5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1 and %2 over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::StaleNotice</name>
    <message>
        <source>&amp;Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::StepUpDialog</name>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh code from your authenticator app confirms the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::UsageChart</name>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per hour, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per hour, last 24 hours: %1 in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorDetailPane</name>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Locked&lt;/b&gt; after %n failed logins</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;Locked&lt;/b&gt; after %n failed login</numerusform>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;Locked&lt;/b&gt; after %n failed logins</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#6b6b6b&apos;&gt;Disabled&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password delivered to the registered mobile at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Temporary password could not be delivered&lt;/b&gt; after %n attempts (%1). Check the mobile number, then reset again.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;Temporary password could not be delivered&lt;/b&gt; after %n attempt (%1). Check the mobile number, then reset again.</numerusform>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;Temporary password could not be delivered&lt;/b&gt; after %n attempts (%1). Check the mobile number, then reset again.</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier temporary password was withdrawn by a newer reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password waiting to be sent: attempt %1 failed (%2); it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password waiting to be sent to the registered mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force password &amp;reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unl&amp;ock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disab&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hidden again in %n s</source>
        <translation>
            <numerusform>Hidden again in %n s</numerusform>
            <numerusform>Hidden again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Force a password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) must choose a new password at the next login. Their portal sessions end now, and a one-time password made by the server is sent to their registered mobile. You will not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was locked by the portal after failed logins. Unlock it only after you have confirmed who is calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) will not be able to sign in to the portal; their sessions end now and an undelivered password is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) will be able to sign in to the portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No account selected&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for an account and select it to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be changed at the next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>changed %n days ago</source>
        <translation>
            <numerusform>changed %n day ago</numerusform>
            <numerusform>changed %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>never set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is outside your states and districts: you can look, but not act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enab&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one-time password has been sent to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of &lt;b&gt;%1&lt;/b&gt; is shown for a short time. Your reason is recorded in the audit trail before the number is sent to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller verified by a call back to the registered number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent audit events of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit events for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorFormDialog</name>
    <message>
        <source>New vaccinator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login id never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ka.blr.asha.k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, starting with 6, 7, 8 or 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this account after you opened it. Reload their version: what you typed stays here, and Save then applies it on top of their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded. Their version: %1, mobile %2, %3. Your typing is unchanged; Save to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import vaccinator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first line names the columns &lt;code&gt;login_id&lt;/code&gt;, &lt;code&gt;full_name&lt;/code&gt;, &lt;code&gt;mobile&lt;/code&gt; and &lt;code&gt;centre_id&lt;/code&gt;. Every row is checked before anything is written; a file with any problem imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why these accounts are added, kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 8 MiB; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), no problems. Give a reason and import.</source>
        <translation>
            <numerusform>%n row, no problems. Give a reason and import.</numerusform>
            <numerusform>%n rows, no problems. Give a reason and import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>&amp;Import %n account</numerusform>
            <numerusform>&amp;Import %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%n problem found: nothing will be imported. Correct the file and choose it again.</numerusform>
            <numerusform>%n problems found: nothing will be imported. Correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n account imported.</numerusform>
            <numerusform>%n accounts imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns an import needs and one example row, to fill in with a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1. Replace its example row with the accounts, then choose the file here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorSearchBar</name>
    <message>
        <source>at least 3 letters; spelling may be off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all 10 digits; the search is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginning of the login id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorsPage</name>
    <message>
        <source>Ne&amp;w account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Name, Login ID or Last login to sort; right-click to choose columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the accounts this search finds to a CSV file, mobile numbers masked. The export is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Vaccinators&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has this mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One account has this mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No name contains “%1”; %n similar name(s) shown.</source>
        <translation>
            <numerusform>No name contains “%1”; %n similar name shown.</numerusform>
            <numerusform>No name contains “%1”; %n similar names shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches. Check the spelling, or clear a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 accounts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) match.</source>
        <translation>
            <numerusform>%n account matches.</numerusform>
            <numerusform>%n accounts match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was created. It has no password yet: when its owner is ready, use Force password reset to send a one-time password to the mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported. They have no password yet: a bulk reset of their centre, district or state sends each a one-time password.</source>
        <translation>
            <numerusform>%n account imported. It has no password yet: a bulk reset of its centre, district or state sends it a one-time password.</numerusform>
            <numerusform>%n accounts imported. They have no password yet: a bulk reset of their centre, district or state sends each a one-time password.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::WatchDetailPane</name>
    <message>
        <source>&amp;Freeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend &amp;the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend th&amp;e partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch partner APIs off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen account&apos;s lookups are refused and its portal sessions end; a frozen key is suspended at every gateway. It stays frozen until an incident commander or admin releases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No alert chosen&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an alert to see who it is about and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert:&lt;/b&gt; %1, raised %2, last seen %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Account:&lt;/b&gt; %1 (%2), %3, %4, %5; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Partner:&lt;/b&gt; %1 (%2); key %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Distinct people:&lt;/b&gt; %1 this hour (budget %2), %3 today (budget %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Peers:&lt;/b&gt; a usual day of theirs is %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Peers:&lt;/b&gt; not enough history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lookups today:&lt;/b&gt; %1, of them refused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Found no one:&lt;/b&gt; %1 of %2; &lt;b&gt;outside the state:&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Frozen&lt;/b&gt; %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups by &lt;b&gt;%1&lt;/b&gt; are allowed again (a key becomes active again at every gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lookup by &lt;b&gt;%1&lt;/b&gt; is refused from now on; an account&apos;s portal sessions end, a key is suspended at every gateway. It stays frozen until released with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked with the centre: a vaccination drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a bot walking through numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert is closed and leaves the list; the audit trail keeps it with your reason. A new sign of the same kind raises a new alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert is dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mass vaccination camp confirmed by the district officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; must choose a new password at the next login; its portal sessions end and a one-time password goes to its registered mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookups look like a stolen password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can no longer sign in to the portal until an admin enables it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account used by a bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway refuses key &lt;b&gt;%1&lt;/b&gt; from its next state, for every scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key used to walk through numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of &lt;b&gt;%1&lt;/b&gt; is refused at every gateway until the partner is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner&apos;s keys used by a bot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::ui::WatchPage</name>
    <message>
        <source>Who looked &amp;up a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budgets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Watch&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lookup of a person through the vaccinator portal or a partner key is asked for first. Accounts and keys that look up more people than their peers, hit a canary number or behave like a bot raise alerts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account and key that looked up a mobile or Aadhaar number, when, and the answer it got. Your question is recorded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n frozen without one</source>
        <translation>
            <numerusform>; %n frozen without one</numerusform>
            <numerusform>; %n frozen without one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::WhoLookedUpDialog</name>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looked up this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mobile or Aadhaar number a complaint is about. Your question is recorded in the audit trail, with the number masked, before the answer is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>98765 43210, or a 12-digit Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint or CERT-In request number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups of this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account or key looked this number up in the last 180 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) of this number, newest first.</source>
        <translation>
            <numerusform>%n lookup of this number.</numerusform>
            <numerusform>%n lookups of this number, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::vaccinators::VaccinatorCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns login_id, full_name, mobile and centre_id; %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at most %1 accounts at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::vaccinators::VaccinatorExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) exported, mobile numbers masked.</source>
        <translation>
            <numerusform>%n account exported, mobile numbers masked.</numerusform>
            <numerusform>%n accounts exported, mobile numbers masked.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server could not do it (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::vaccinators::VaccinatorListModel</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your states and districts: you can look, not act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked by the portal after %n failed logins</source>
        <translation>
            <numerusform>Locked by the portal after %n failed login</numerusform>
            <numerusform>Locked by the portal after %n failed logins</numerusform>
        </translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cowin::watch::WatchAlertModel</name>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up the canary number “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went over its budget: %1 people in an hour (budget %2), %3 in the day (budget %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people in a day, against a usual day of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 numbers it looked up found no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people it looked up live outside %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people looked up between 23:00 and 05:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked people up from a network it never used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people today (budget %2), %3 this hour (budget %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; peers&apos; median day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: over its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: a canary (frozen at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: account frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: key suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (once)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for the ministry&apos;s vaccination platform: operators, partners, audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production server: a libpq connection string (host, port, dbname, sslmode, sslrootcert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoWIN Admin Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
