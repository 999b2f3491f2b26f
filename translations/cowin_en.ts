<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>cowin::ui::ConsoleApp</name>
    <message>
        <source>Starting the embedded demo database in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out.</source>
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
        <source>(enrolled elsewhere)</source>
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
    <name>cowin::ui::LoginWindow</name>
    <message>
        <source>CoWIN Admin Console — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>cowin::ui::MainWindow</name>
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
        <source>CoWIN Admin Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a vaccinator by mobile number, login id, name, centre or district; force a password reset, unlock or disable an account; bulk resets with step-up confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners &amp; API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner API access and keys, and the emergency kill-switch that turns off every partner API at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, verify and export the tamper-evident audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create console operators, set their groups and scope, reset a lost authenticator, unlock, disable.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>no group</source>
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
        <source>This part of the console is being built; it will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chain head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head: event #%1, %2 events, hash %3</source>
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
        <source>That code was already used. Wait for the next code in your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
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
</context>
</TS>
