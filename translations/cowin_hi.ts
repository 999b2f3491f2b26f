<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AuditCalls</name>
    <message>
        <source>The standby has not yet replayed the newest events this console has seen. Verify again in a moment, or on the primary.</source>
        <translation>स्टैंडबाय ने अभी तक वे नवीनतम घटनाएँ नहीं दोहराई हैं जो इस कंसोल ने देखी हैं। थोड़ी देर में फिर से सत्यापित करें, या प्राथमिक सर्वर पर।</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>embedded demo database</source>
        <translation>अंतर्निहित डेमो डेटाबेस</translation>
    </message>
    <message>
        <source>%1 (TLS %2)</source>
        <translation>%1 (TLS %2)</translation>
    </message>
    <message>
        <source>Enter at least one server host.</source>
        <translation>कम से कम एक सर्वर होस्ट दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>डेटाबेस का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Ports must be numbers from 1 to 65535.</source>
        <translation>पोर्ट 1 से 65535 तक की संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>A network connection must use TLS.</source>
        <translation>नेटवर्क कनेक्शन में TLS का उपयोग अनिवार्य है।</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The username or password is not right, or this account may not sign in.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड सही नहीं है, या यह खाता साइन इन नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and try again.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सका। नेटवर्क जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>सर्वर तक नहीं पहुँचा जा सका: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Enter a one-time code to continue.</source>
        <translation>आपका सत्र समाप्त हो गया है। जारी रखने के लिए एक बार का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>आपको यह करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation>इस बीच किसी और ने इसे बदल दिया है। इसे फिर से लोड करें और पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, tell the IT desk.</source>
        <translation>कुछ गलत हो गया। फिर से प्रयास करें; दोबारा हो तो IT डेस्क को बताएँ।</translation>
    </message>
    <message>
        <source>The server could not do this (code %1). Try again; if it happens again, tell the IT desk.</source>
        <translation>सर्वर यह नहीं कर सका (कोड %1)। फिर से प्रयास करें; दोबारा हो तो IT डेस्क को बताएँ।</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code.</source>
        <translation>यह कोड पहले ही इस्तेमाल हो चुका है। अगले कोड की प्रतीक्षा करें।</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. %n attempt(s) left before your account locks.</source>
        <translation>
            <numerusform>यह कोड सही नहीं है। आपका खाता लॉक होने से पहले %n प्रयास बाकी है।</numerusform>
            <numerusform>यह कोड सही नहीं है। आपका खाता लॉक होने से पहले %n प्रयास बाकी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>A ministry admin has disabled or locked your account, so it can no longer sign in. Sign out; if this is a mistake, ask a ministry admin.</source>
        <translation>किसी मंत्रालय व्यवस्थापक ने आपका खाता निष्क्रिय या लॉक कर दिया है, इसलिए यह अब साइन इन नहीं कर सकता। साइन आउट करें; यदि यह गलती है, तो किसी मंत्रालय व्यवस्थापक से पूछें।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>बड़ा टेक्स्ट (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>छोटा टेक्स्ट (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>सामान्य टेक्स्ट आकार (&amp;N)</translation>
    </message>
</context>
<context>
    <name>WitnessFolder</name>
    <message>
        <source>Cannot create the witness folder %1.</source>
        <translation>साक्षी फ़ोल्डर %1 नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>The witness folder %1 does not exist.</source>
        <translation>साक्षी फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint.</source>
        <translation>%1 हस्ताक्षरित चेकपॉइंट नहीं है।</translation>
    </message>
</context>
<context>
    <name>cowin::audit</name>
    <message>
        <source>No manifest.json in %1.</source>
        <translation>%1 में manifest.json नहीं है।</translation>
    </message>
    <message>
        <source>manifest.json is not a %1 manifest.</source>
        <translation>manifest.json %1 मैनिफ़ेस्ट नहीं है।</translation>
    </message>
    <message>
        <source>The signature does not match manifest.json: the manifest was changed after it was signed.</source>
        <translation>हस्ताक्षर manifest.json से मेल नहीं खाता: हस्ताक्षर के बाद मैनिफ़ेस्ट बदला गया।</translation>
    </message>
    <message>
        <source>manifest.json is signed by %1, which is not a key you trust.</source>
        <translation>manifest.json पर %1 के हस्ताक्षर हैं, जो आपकी भरोसेमंद कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>Signed by the auditor key %1.</source>
        <translation>ऑडिटर कुंजी %1 से हस्ताक्षरित।</translation>
    </message>
    <message>
        <source>Not signed: the files match the manifest, but nothing shows who wrote the manifest.</source>
        <translation>हस्ताक्षरित नहीं: फ़ाइलें मैनिफ़ेस्ट से मेल खाती हैं, पर यह नहीं दिखता कि मैनिफ़ेस्ट किसने लिखा।</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 नहीं मिली।</translation>
    </message>
    <message>
        <source>%1 was changed after the export: its SHA-256 is not the manifest&apos;s.</source>
        <translation>निर्यात के बाद %1 बदली गई: उसका SHA-256 मैनिफ़ेस्ट वाला नहीं है।</translation>
    </message>
    <message>
        <source>Line %1 of events.jsonl is not an audit event.</source>
        <translation>events.jsonl की पंक्ति %1 ऑडिट घटना नहीं है।</translation>
    </message>
    <message>
        <source>Event #%1 was altered: its fields do not give its hash.</source>
        <translation>घटना #%1 बदली गई: उसके फ़ील्ड से उसका हैश नहीं बनता।</translation>
    </message>
    <message>
        <source>Event #%1 is newer than the export&apos;s head #%2.</source>
        <translation>घटना #%1 निर्यात के शीर्ष #%2 से नई है।</translation>
    </message>
    <message>
        <source>Event #%1 is not the head the export was recorded at.</source>
        <translation>घटना #%1 वह शीर्ष नहीं है जिस पर निर्यात दर्ज हुआ था।</translation>
    </message>
    <message>
        <source>Events are out of order at #%1.</source>
        <translation>#%1 पर घटनाएँ क्रम से बाहर हैं।</translation>
    </message>
    <message>
        <source>Events are missing between #%1 and #%2: the chain does not link them.</source>
        <translation>#%1 और #%2 के बीच घटनाएँ ग़ायब हैं: चेन उन्हें नहीं जोड़ती।</translation>
    </message>
    <message>
        <source>events.jsonl holds %1 events; the manifest says %2.</source>
        <translation>events.jsonl में %1 घटनाएँ हैं; मैनिफ़ेस्ट %2 कहता है।</translation>
    </message>
    <message>
        <source>events.jsonl is missing.</source>
        <translation>events.jsonl नहीं मिली।</translation>
    </message>
    <message>
        <source>The checkpoint at event #%1 is not validly signed.</source>
        <translation>घटना #%1 का चेकपॉइंट वैध रूप से हस्ताक्षरित नहीं है।</translation>
    </message>
    <message>
        <source>The checkpoint at event #%1 is beyond the export&apos;s head.</source>
        <translation>घटना #%1 का चेकपॉइंट निर्यात के शीर्ष से आगे है।</translation>
    </message>
    <message>
        <source>Event #%1 differs from the signed checkpoint at it.</source>
        <translation>घटना #%1 उस पर हस्ताक्षरित चेकपॉइंट से भिन्न है।</translation>
    </message>
    <message>
        <source>%n event(s) recomputed from their fields; every file matches the manifest; %1 signed checkpoint(s) hold.</source>
        <translation>%n घटनाएँ उनके फ़ील्ड से फिर से गणना की गईं; हर फ़ाइल मैनिफ़ेस्ट से मेल खाती है; %1 हस्ताक्षरित चेकपॉइंट सही हैं।</translation>
    </message>
    <message>
        <source>%1 is not a month archive of the audit trail.</source>
        <translation>%1 ऑडिट ट्रेल के किसी महीने का संग्रह नहीं है।</translation>
    </message>
    <message>
        <source>%1 does not follow on from the archive before it (or from the chain&apos;s start): archives are checked oldest first, none left out.</source>
        <translation>%1 अपने से पहले के संग्रह (या चेन की शुरुआत) से आगे नहीं जुड़ता: संग्रह सबसे पुराने से शुरू करके जाँचे जाते हैं, कोई छूटना नहीं चाहिए।</translation>
    </message>
    <message>
        <source>%1: events.jsonl is missing.</source>
        <translation>%1: events.jsonl नहीं है।</translation>
    </message>
    <message>
        <source>%1: event %2 does not hold (its link or its hash).</source>
        <translation>%1: घटना %2 सही नहीं बैठती (उसकी कड़ी या उसका हैश)।</translation>
    </message>
    <message>
        <source>%1: events.jsonl is not the file its manifest names.</source>
        <translation>%1: events.jsonl वह फ़ाइल नहीं है जिसका नाम उसका मैनिफ़ेस्ट देता है।</translation>
    </message>
    <message>
        <source>%1 holds %2 events; its manifest says %3.</source>
        <translation>%1 में %2 घटनाएँ हैं; उसका मैनिफ़ेस्ट %3 बताता है।</translation>
    </message>
</context>
<context>
    <name>cowin::audit::AuditEventModel</name>
    <message>
        <source>Records a failure: a wrong or replayed code, a lock, a refusal or a failed delivery</source>
        <translation>विफलता दर्ज करती है: ग़लत या दोहराया कोड, लॉक, इनकार या विफल डिलीवरी</translation>
    </message>
    <message>
        <source>Event #%1, %2 UTC</source>
        <translation>घटना #%1, %2 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>क्लाइंट पता</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Recorded as %1 %2</source>
        <translation>%1 %2 के रूप में दर्ज</translation>
    </message>
    <message>
        <source>vaccinator</source>
        <translation>टीकाकर्ता</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>साझेदार</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>kill-switch</source>
        <translation>किल-स्विच</translation>
    </message>
    <message>
        <source>bulk action</source>
        <translation>सामूहिक कार्रवाई</translation>
    </message>
</context>
<context>
    <name>cowin::audit::AuditRows</name>
    <message>
        <source>The archives end at event %1 (%2 events); the live trail starts after event %3 (%4 events).</source>
        <translation>संग्रह घटना %1 (%2 घटनाएँ) पर समाप्त होते हैं; चालू ट्रेल घटना %3 (%4 घटनाएँ) के बाद शुरू होता है।</translation>
    </message>
</context>
<context>
    <name>cowin::audit::Evidence</name>
    <message>
        <source>%1 exists already: choose a new folder for the export.</source>
        <translation>%1 पहले से है: निर्यात के लिए नया फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>फ़ोल्डर %1 नहीं बन सका।</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>निर्यात नहीं लिखा जा सका: %1</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was kept.</source>
        <translation>निर्यात रोका गया; कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation>मैनिफ़ेस्ट नहीं लिखा जा सका: %1</translation>
    </message>
    <message>
        <source>Cannot write the signature: %1</source>
        <translation>हस्ताक्षर नहीं लिखा जा सका: %1</translation>
    </message>
    <message>
        <source>Cannot move the export into %1.</source>
        <translation>निर्यात %1 में नहीं ले जाया जा सका।</translation>
    </message>
</context>
<context>
    <name>cowin::audit::KeychainAuditorKey</name>
    <message>
        <source>The keychain entry holds no Ed25519 key.</source>
        <translation>कीचेन प्रविष्टि में Ed25519 कुंजी नहीं है।</translation>
    </message>
</context>
<context>
    <name>cowin::audit::MonthArchiveWriter</name>
    <message>
        <source>%1 exists already: choose a new folder for the archive.</source>
        <translation>%1 पहले से मौजूद है: संग्रह के लिए नया फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot write the archive in %1.</source>
        <translation>%1 में संग्रह नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>Event %1 does not hold in the chain: verify the trail (cowin-admin verify-audit) before archiving.</source>
        <translation>घटना %1 चेन में सही नहीं बैठती: संग्रह करने से पहले ट्रेल सत्यापित करें (cowin-admin verify-audit)।</translation>
    </message>
    <message>
        <source>Cannot write the archive: %1</source>
        <translation>संग्रह नहीं लिखा जा सका: %1</translation>
    </message>
    <message>
        <source>The chain gave %1 of the month&apos;s %2 events: nothing was archived.</source>
        <translation>चेन ने महीने की %2 में से %1 घटनाएँ दीं: कुछ भी संग्रहित नहीं हुआ।</translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation>मैनिफ़ेस्ट नहीं लिखा जा सका: %1</translation>
    </message>
    <message>
        <source>Cannot move the archive into %1.</source>
        <translation>संग्रह को %1 में नहीं ले जाया जा सका।</translation>
    </message>
</context>
<context>
    <name>cowin::delivery::OutboxTableModel</name>
    <message>
        <source>Given up</source>
        <translation>छोड़ दिया गया</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>%1 को पहुँचा</translation>
    </message>
    <message>
        <source>Withdrawn by a newer reset</source>
        <translation>नए रीसेट से वापस लिया गया</translation>
    </message>
    <message>
        <source>Failing, next try %1</source>
        <translation>विफल हो रहा है, अगला प्रयास %1</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset at</source>
        <translation>रीसेट का समय</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>अंतिम समस्या</translation>
    </message>
</context>
<context>
    <name>cowin::operators::OperatorTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>अक्षम</translation>
    </message>
    <message>
        <source>Locked (wrong codes)</source>
        <translation>लॉक (गलत कोड)</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>अभी नामांकित नहीं</translation>
    </message>
    <message>
        <source>Enrolment code expired</source>
        <translation>नामांकन कोड समाप्त</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>पासवर्ड बदलना ज़रूरी</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>ministry admin</source>
        <translation>मंत्रालय व्यवस्थापक</translation>
    </message>
    <message>
        <source>helpdesk</source>
        <translation>हेल्पडेस्क</translation>
    </message>
    <message>
        <source>incident commander</source>
        <translation>घटना कमांडर</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>लेखा परीक्षक</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>कोई समूह नहीं</translation>
    </message>
    <message>
        <source>all of India</source>
        <translation>पूरा भारत</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n ज़िला</numerusform>
            <numerusform>%n ज़िले</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n खुला कनेक्शन</numerusform>
            <numerusform>%n खुले कनेक्शन</numerusform>
        </translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>दायरा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>अंतिम लॉगिन</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>सत्र</translation>
    </message>
</context>
<context>
    <name>cowin::partners::ApiKeyTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>निलंबित</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Active until %1 (rotated)</source>
        <translation>%1 तक सक्रिय (बदली गई)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>%1 को रद्द: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>दायरे</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>अंतिम उपयोग</translation>
    </message>
    <message>
        <source>Calls (24 h)</source>
        <translation>कॉल (24 घंटे)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
</context>
<context>
    <name>cowin::partners::PartnerTableModel</name>
    <message>
        <source>Government</source>
        <translation>सरकारी</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>निजी</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>निलंबित</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>%1 of them denied</source>
        <translation>इनमें से %1 अस्वीकृत</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>साझेदार</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>सक्रिय कुंजियाँ</translation>
    </message>
    <message>
        <source>Calls (24 h)</source>
        <translation>कॉल (24 घंटे)</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>अंतिम उपयोग</translation>
    </message>
    <message>
        <source>%1 — cut by the kill-switch</source>
        <translation>%1 — किल-स्विच से बंद</translation>
    </message>
    <message>
        <source>%1 — personal-data calls cut</source>
        <translation>%1 — व्यक्तिगत डेटा वाली कॉल बंद</translation>
    </message>
</context>
<context>
    <name>cowin::ui::AboutDialog</name>
    <message>
        <source>About</source>
        <translation>परिचय</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;For the ministry&apos;s vaccination platform: operators, vaccinator accounts, partner API access and the audit trail. Every rule is enforced by the database.</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;मंत्रालय के टीकाकरण प्लेटफ़ॉर्म के लिए: ऑपरेटर, टीकाकर्ता खाते, साझेदार API पहुँच और ऑडिट ट्रेल। हर नियम डेटाबेस लागू करता है।</translation>
    </message>
    <message>
        <source>Version %1&lt;br&gt;Qt %2, %3&lt;br&gt;Server: %4&lt;br&gt;PostgreSQL %5</source>
        <translation>संस्करण %1&lt;br&gt;Qt %2, %3&lt;br&gt;सर्वर: %4&lt;br&gt;PostgreSQL %5</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(जुड़ा नहीं)</translation>
    </message>
</context>
<context>
    <name>cowin::ui::ApiKeyDialog</name>
    <message>
        <source>New key for %1</source>
        <translation>%1 के लिए नई कुंजी</translation>
    </message>
    <message>
        <source>A key lets the partner&apos;s gateway call the scopes you tick, from the partner&apos;s allowlisted addresses. It is shown once, when you issue it.</source>
        <translation>कुंजी से साझेदार का गेटवे, साझेदार के अनुमत पतों से, आपके चुने हुए दायरों को कॉल कर सकता है। यह केवल एक बार, जारी करते समय, दिखाई जाती है।</translation>
    </message>
    <message>
        <source>Issue key</source>
        <translation>कुंजी जारी करें</translation>
    </message>
    <message>
        <source>Revoke the old key now</source>
        <translation>पुरानी कुंजी अभी रद्द करें</translation>
    </message>
    <message>
        <source>Keep the old key for 1 hour</source>
        <translation>पुरानी कुंजी 1 घंटे तक रखें</translation>
    </message>
    <message>
        <source>Keep the old key for 24 hours</source>
        <translation>पुरानी कुंजी 24 घंटे तक रखें</translation>
    </message>
    <message>
        <source>Keep the old key for 7 days</source>
        <translation>पुरानी कुंजी 7 दिन तक रखें</translation>
    </message>
    <message>
        <source>Rotate key %1… of %2</source>
        <translation>%2 की कुंजी %1… बदलें</translation>
    </message>
    <message>
        <source>A new key with the same scopes (%1) replaces this one. Keep the old one working for a while if the partner must deploy the new one first; revoke it now if it leaked.</source>
        <translation>उन्हीं दायरों (%1) वाली नई कुंजी इसकी जगह लेती है। यदि साझेदार को पहले नई कुंजी लगानी है तो पुरानी कुछ समय चलने दें; यदि वह लीक हुई है तो उसे अभी रद्द करें।</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>कुंजी बदलें</translation>
    </message>
    <message>
        <source>e.g. the ticket this follows; kept in the audit trail</source>
        <translation>जैसे संबंधित टिकट; ऑडिट ट्रेल में रखा जाता है</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>दायरे (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Old key:</source>
        <translation>पुरानी कुंजी (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>समाप्ति (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this key now.&lt;/b&gt; It is shown this once: the server keeps only its SHA-256, and nobody, you included, can see it again. Hand it to the partner through their secret store, never by e-mail or chat.</source>
        <translation>&lt;b&gt;यह कुंजी अभी कॉपी करें।&lt;/b&gt; यह केवल इसी बार दिखाई जाती है: सर्वर केवल इसका SHA-256 रखता है, और कोई भी, आप भी, इसे दोबारा नहीं देख सकता। इसे साझेदार के गुप्त भंडार से दें, कभी ई-मेल या चैट से नहीं।</translation>
    </message>
    <message>
        <source>I have stored the key where the partner will fetch it</source>
        <translation>मैंने कुंजी वहाँ रख दी है जहाँ से साझेदार इसे लेगा</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API कुंजी:</translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditEventDialog</name>
    <message>
        <source>Audit event #%1</source>
        <translation>ऑडिट घटना #%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>घटना:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>कब:</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>All events by this operator</source>
        <translation>इस ऑपरेटर की सभी घटनाएँ</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>ऑपरेटर:</translation>
    </message>
    <message>
        <source>Client address:</source>
        <translation>क्लाइंट पता:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>एप्लिकेशन:</translation>
    </message>
    <message>
        <source>%1 — a failure or refusal</source>
        <translation>%1 — विफलता या इनकार</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>कार्रवाई:</translation>
    </message>
    <message>
        <source>All events for this target</source>
        <translation>इस लक्ष्य की सभी घटनाएँ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Show this %1 in its section of the console</source>
        <translation>इस %1 को कंसोल के उसके खंड में दिखाएँ</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>लक्ष्य:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed&lt;/b&gt; (changed fields in bold)</source>
        <translation>&lt;b&gt;क्या बदला&lt;/b&gt; (बदले फ़ील्ड मोटे अक्षरों में)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(मान)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded with it&lt;/b&gt; (as it was at the time)</source>
        <translation>&lt;b&gt;इसके साथ दर्ज&lt;/b&gt; (उस समय जैसा था)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Details as stored: %1</source>
        <translation>सहेजे गए विवरण: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the chain&lt;/b&gt;&lt;br&gt;previous hash &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;this event&apos;s hash &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;चेन में&lt;/b&gt;&lt;br&gt;पिछला हैश &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;इस घटना का हैश &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the chain&lt;/b&gt;&lt;br&gt;Not sealed yet: the sealer chains committed events within about a second. Until then this event is not tamper-evident.</source>
        <translation>&lt;b&gt;चेन में&lt;/b&gt;&lt;br&gt;अभी सील नहीं हुई: सीलर दर्ज घटनाओं को लगभग एक सेकंड में चेन में जोड़ता है। तब तक इस घटना से छेड़छाड़ पकड़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>%1 (recorded as id %2)</source>
        <translation>%1 (आईडी %2 के रूप में दर्ज)</translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditExportDialog</name>
    <message>
        <source>Sign the manifest with my auditor key</source>
        <translation>मेरी ऑडिटर कुंजी से मैनिफ़ेस्ट पर हस्ताक्षर करें</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>निर्यात करें (&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>साक्ष्य निर्यात करें</translation>
    </message>
    <message>
        <source>e.g. CERT-In request 2026-114</source>
        <translation>जैसे CERT-In अनुरोध 2026-114</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <source>No auditor key of yours is in this computer&apos;s keychain: the export will show that its files are unchanged, not who made it.</source>
        <translation>इस कंप्यूटर की कीचेन में आपकी ऑडिटर कुंजी नहीं है: निर्यात दिखाएगा कि उसकी फ़ाइलें अपरिवर्तित हैं, यह नहीं कि किसने बनाया।</translation>
    </message>
    <message>
        <source>%v events written</source>
        <translation>%v घटनाएँ लिखी गईं</translation>
    </message>
    <message>
        <source>&amp;Folder to create:</source>
        <translation>बनाने के लिए फ़ोल्डर (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Where to create the export folder</source>
        <translation>निर्यात फ़ोल्डर कहाँ बनाएँ</translation>
    </message>
    <message>
        <source>Choose a full path for the new folder.</source>
        <translation>नए फ़ोल्डर के लिए पूरा पथ चुनें।</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>%1 events written</source>
        <translation>%1 घटनाएँ लिखी गईं</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1, manifest signed with your key.</source>
        <translation>
            <numerusform>%n घटना %1 में निर्यात हुई, मैनिफ़ेस्ट पर आपकी कुंजी से हस्ताक्षर।</numerusform>
            <numerusform>%n घटनाएँ %1 में निर्यात हुईं, मैनिफ़ेस्ट पर आपकी कुंजी से हस्ताक्षर।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1; the manifest is not signed.</source>
        <translation>
            <numerusform>%n घटना %1 में निर्यात हुई; मैनिफ़ेस्ट हस्ताक्षरित नहीं है।</numerusform>
            <numerusform>%n घटनाएँ %1 में निर्यात हुईं; मैनिफ़ेस्ट हस्ताक्षरित नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it anywhere with: cowin-admin verify-audit --export &lt;folder&gt;</source>
        <translation>कहीं भी जाँचें: cowin-admin verify-audit --export &lt;folder&gt;</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>%1 से आगे</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 द्वारा</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>कार्रवाई %1</translation>
    </message>
    <message>
        <source>any %1</source>
        <translation>कोई भी %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>from address %1</source>
        <translation>पते %1 से</translation>
    </message>
    <message>
        <source>failures and refusals only</source>
        <translation>केवल विफलताएँ और अस्वीकृतियाँ</translation>
    </message>
    <message>
        <source>successes only</source>
        <translation>केवल सफलताएँ</translation>
    </message>
    <message>
        <source>reason has &quot;%1&quot;</source>
        <translation>कारण में &quot;%1&quot; है</translation>
    </message>
    <message>
        <source>The events the current filter finds, newest first, as CSV (for people) and JSON Lines (with every hash, for verification), and a manifest with each file&apos;s SHA-256, the chain&apos;s head and the signed checkpoints. The export is recorded in the audit trail before the first event is read.&lt;br&gt;&lt;br&gt;&lt;b&gt;Events:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>मौजूदा फ़िल्टर से मिली घटनाएँ, नवीनतम पहले, CSV (लोगों के लिए) और JSON Lines (हर हैश के साथ, सत्यापन के लिए) में, और एक मैनिफ़ेस्ट जिसमें हर फ़ाइल का SHA-256, चेन का शीर्ष और हस्ताक्षरित चेकपॉइंट हैं। पहली घटना पढ़ने से पहले निर्यात ऑडिट ट्रेल में दर्ज होता है।&lt;br&gt;&lt;br&gt;&lt;b&gt;घटनाएँ:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Folder to create</source>
        <translation>बनाने के लिए फ़ोल्डर</translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditPage</name>
    <message>
        <source>Live: sho&amp;w new events as they happen</source>
        <translation>लाइव: नई घटनाएँ होते ही दिखाएँ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>घटना खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>मेरी कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Every change and every failed attempt, newest first, chained by hashes so that a changed or missing event is found.</source>
        <translation>हर बदलाव और हर विफल प्रयास, नवीनतम पहले, हैश से जुड़ी चेन में, ताकि बदली या ग़ायब घटना पकड़ी जाए।</translation>
    </message>
    <message>
        <source>What you did in this console, newest first, as the audit trail recorded it.</source>
        <translation>आपने इस कंसोल में क्या किया, नवीनतम पहले, जैसा ऑडिट ट्रेल ने दर्ज किया।</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>साक्ष्य निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>चेन सत्यापित करें</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>हस्ताक्षर कुंजी</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new event(s)</source>
        <translation>
            <numerusform>↑ %n नई घटना</numerusform>
            <numerusform>↑ %n नई घटनाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>पिछला घंटा</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>से – तक…</translation>
    </message>
    <message>
        <source>operator&apos;s user name</source>
        <translation>ऑपरेटर का उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>You see the events you caused.</source>
        <translation>आप अपनी की गई घटनाएँ देखते हैं।</translation>
    </message>
    <message>
        <source>area (otp) or action (otp.failed)</source>
        <translation>क्षेत्र (otp) या कार्रवाई (otp.failed)</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>कोई भी परिणाम</translation>
    </message>
    <message>
        <source>Failed or refused</source>
        <translation>विफल या अस्वीकृत</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>कोई भी प्रकार</translation>
    </message>
    <message>
        <source>10.20.3.4 or 10.20.0.0/16</source>
        <translation>10.20.3.4 या 10.20.0.0/16</translation>
    </message>
    <message>
        <source>words in the reason</source>
        <translation>कारण में शब्द</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>समय (&amp;M):</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>ऑपरेटर (&amp;P):</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>कार्रवाई (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>लक्ष्य (&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;lient address:</source>
        <translation>क्लाइंट पता (&amp;L):</translation>
    </message>
    <message>
        <source>Reaso&amp;n has:</source>
        <translation>कारण में (&amp;N):</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>परिणाम (&amp;U):</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>खोजें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>साफ़ करें (&amp;C)</translation>
    </message>
    <message>
        <source>Sav&amp;e…</source>
        <translation>सहेजें (&amp;E)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>यह खोज सहेजें</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>खोज का नाम:</translation>
    </message>
    <message>
        <source>Events per minute</source>
        <translation>प्रति मिनट घटनाएँ</translation>
    </message>
    <message>
        <source>Events per hour</source>
        <translation>प्रति घंटा घटनाएँ</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>प्रति दिन घटनाएँ</translation>
    </message>
    <message>
        <source>%1 since %2: %3 in all, %4 failed or refused</source>
        <translation>%2 से %1: कुल %3, %4 विफल या अस्वीकृत</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज जारी…</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>कोई घटना इन फ़िल्टरों से मेल नहीं खाती।</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first</source>
        <translation>
            <numerusform>%n घटना, नवीनतम पहले</numerusform>
            <numerusform>%n घटनाएँ, नवीनतम पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Events %1 to %2, newest first; more load as you scroll</source>
        <translation>घटनाएँ %1 से %2, नवीनतम पहले; स्क्रॉल करने पर और आती हैं</translation>
    </message>
    <message>
        <source>login id, key prefix or name</source>
        <translation>लॉगिन आईडी, कुंजी उपसर्ग या नाम</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>ऑडिट घटनाएँ</translation>
    </message>
    <message>
        <source>Activity, verification and signing key</source>
        <translation>गतिविधि, सत्यापन और हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <source>Target: login id, key prefix or name</source>
        <translation>लक्ष्य: लॉगिन आईडी, कुंजी उपसर्ग या नाम</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>सहेजी गई खोजें</translation>
    </message>
    <message>
        <source>Saved searches: choose one to run it again</source>
        <translation>सहेजी गई खोजें: फिर से चलाने के लिए एक चुनें</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>सहेजी गई खोजें…</translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditVerifyPanel</name>
    <message>
        <source>Reading the chain head…</source>
        <translation>चेन का शीर्ष पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Veri&amp;fy the chain in this console</source>
        <translation>इस कंसोल में चेन सत्यापित करें (&amp;F)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>%v of %m events</source>
        <translation>%m में से %v घटनाएँ</translation>
    </message>
    <message>
        <source>Every event&apos;s hash is recomputed here from the stored events, with OpenSSL, and the chain is held to the checkpoints auditors signed: a rewritten or shortened history is found even if whoever changed it recomputed the hashes.</source>
        <translation>हर घटना का हैश यहीं, संग्रहीत घटनाओं से, OpenSSL द्वारा फिर से गणना किया जाता है, और चेन को लेखा परीक्षकों द्वारा हस्ताक्षरित चेकपॉइंट से मिलाया जाता है: फिर से लिखा गया या छोटा किया गया इतिहास पकड़ा जाता है, भले ही बदलने वाले ने हैश फिर से गणना किए हों।</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>सत्यापन हो रहा है…</translation>
    </message>
    <message>
        <source>Stopped after %1 events; nothing was wrong so far.</source>
        <translation>%1 घटनाओं के बाद रोका गया; अब तक कुछ गलत नहीं मिला।</translation>
    </message>
    <message>
        <source>BROKEN: event #%1 does not link to event #%2 before it. Events are missing or were reordered.</source>
        <translation>टूटी हुई: घटना #%1 अपने पहले की घटना #%2 से नहीं जुड़ती। घटनाएँ गायब हैं या उनका क्रम बदला गया है।</translation>
    </message>
    <message>
        <source>BROKEN: event #%1 is not what was recorded; its content no longer matches its hash.</source>
        <translation>टूटी हुई: घटना #%1 वैसी नहीं है जैसी दर्ज हुई थी; उसकी सामग्री अब उसके हैश से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>BROKEN: the chain ends before event #%1, which an auditor signed: its newest events were removed.</source>
        <translation>टूटी हुई: चेन घटना #%1 से पहले ही समाप्त हो जाती है, जिस पर एक लेखा परीक्षक ने हस्ताक्षर किए थे: इसकी नवीनतम घटनाएँ हटाई गई हैं।</translation>
    </message>
    <message>
        <source>BROKEN: the history up to event #%1 is not what an auditor signed: it was rewritten and its hashes recomputed.</source>
        <translation>टूटी हुई: घटना #%1 तक का इतिहास वैसा नहीं है जैसा लेखा परीक्षक ने हस्ताक्षरित किया था: इसे फिर से लिखा गया और इसके हैश फिर से गणना किए गए।</translation>
    </message>
    <message>
        <source>BROKEN: the signature of the checkpoint at event #%1 does not verify.</source>
        <translation>टूटी हुई: घटना #%1 के चेकपॉइंट का हस्ताक्षर सत्यापित नहीं होता।</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %1 events recomputed in this console, up to event #%2; %n signed checkpoint(s) hold.</source>
        <translation>
            <numerusform>अक्षुण्ण: इस कंसोल में %1 घटनाएँ फिर से गणना की गईं, घटना #%2 तक; %n हस्ताक्षरित चेकपॉइंट मान्य है।</numerusform>
            <numerusform>अक्षुण्ण: इस कंसोल में %1 घटनाएँ फिर से गणना की गईं, घटना #%2 तक; %n हस्ताक्षरित चेकपॉइंट मान्य हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: the chain ends before event #%1, which this console was shown earlier: its newest events were removed.</source>
        <translation>टूटी हुई: चेन घटना #%1 से पहले ही समाप्त हो जाती है, जो इस कंसोल को पहले दिखाई गई थी: इसकी नवीनतम घटनाएँ हटाई गई हैं।</translation>
    </message>
    <message>
        <source>BROKEN: the history up to event #%1 is not what this console was shown earlier: it was rewritten.</source>
        <translation>टूटी हुई: घटना #%1 तक का इतिहास वैसा नहीं है जैसा इस कंसोल को पहले दिखाया गया था: इसे फिर से लिखा गया है।</translation>
    </message>
    <message>
        <source>Audit chain head: event #%1, %2 sealed events, hash %3</source>
        <translation>ऑडिट चेन का शीर्ष: घटना #%1, %2 सील की गई घटनाएँ, हैश %3</translation>
    </message>
    <message>
        <source>Every committed event is sealed.</source>
        <translation>हर दर्ज घटना सील हो चुकी है।</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not sealed yet (from #%1, waiting %2 s): they are not tamper-evident until the sealer chains them.</source>
        <translation>
            <numerusform>%n घटना अभी सील नहीं हुई (#%1 से, %2 से. से प्रतीक्षा में): सीलर के चेन में जोड़ने तक उससे छेड़छाड़ पकड़ी नहीं जा सकती।</numerusform>
            <numerusform>%n घटनाएँ अभी सील नहीं हुईं (#%1 से, %2 से. से प्रतीक्षा में): सीलर के चेन में जोड़ने तक उनसे छेड़छाड़ पकड़ी नहीं जा सकती।</numerusform>
        </translation>
    </message>
    <message>
        <source>The sealer has not run for %1: ask operations to check cowin-admin seal.</source>
        <translation>सीलर %1 से नहीं चला है: संचालन टीम से cowin-admin seal जाँचने को कहें।</translation>
    </message>
    <message>
        <source>a long time</source>
        <translation>बहुत समय</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: event #%1 was committed but left out of the sealed chain, which goes on after it.</source>
        <translation>टूटी हुई: घटना #%1 दर्ज हुई थी पर सील की गई चेन से छोड़ दी गई, जो उसके बाद भी आगे चलती है।</translation>
    </message>
    <message numerus="yes">
        <source>%n newer event(s) from #%1 are not sealed yet.</source>
        <translation>
            <numerusform>#%1 से %n नई घटना अभी सील नहीं हुई।</numerusform>
            <numerusform>#%1 से %n नई घटनाएँ अभी सील नहीं हुईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read on a standby server)</source>
        <translation>%1 (स्टैंडबाय सर्वर पर पढ़ा गया)</translation>
    </message>
    <message>
        <source>The %1 events up to #%2 are in archived months: a signed checkpoint holds where they end, and cowin-admin verify-audit --archive checks their files.</source>
        <translation>#%2 तक की %1 घटनाएँ संग्रहित महीनों में हैं: एक हस्ताक्षरित चेकपॉइंट उनका अंत थामे है, और cowin-admin verify-audit --archive उनकी फ़ाइलें जाँचता है।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditedAction</name>
    <message>
        <source>Someone else changed this after you opened it. It has been read again with their change: check it, then confirm again.</source>
        <translation>आपके खोलने के बाद किसी और ने इसे बदला। उनके बदलाव के साथ इसे फिर से पढ़ा गया है: जाँचें, फिर दोबारा पुष्टि करें।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::AuditorKeyPanel</name>
    <message>
        <source>Looking for your signing key in this computer&apos;s keychain…</source>
        <translation>इस कंप्यूटर की कीचेन में आपकी हस्ताक्षर कुंजी खोजी जा रही है…</translation>
    </message>
    <message>
        <source>Create &amp;a signing key</source>
        <translation>हस्ताक्षर कुंजी बनाएँ (&amp;A)</translation>
    </message>
    <message>
        <source>Sign the current hea&amp;d</source>
        <translation>मौजूदा शीर्ष पर हस्ताक्षर करें (&amp;D)</translation>
    </message>
    <message>
        <source>Remove the key from this computer…</source>
        <translation>इस कंप्यूटर से कुंजी हटाएँ…</translation>
    </message>
    <message>
        <source>OpenSSL could not create a key.</source>
        <translation>OpenSSL कुंजी नहीं बना सका।</translation>
    </message>
    <message>
        <source>Remove the signing key</source>
        <translation>हस्ताक्षर कुंजी हटाएँ</translation>
    </message>
    <message>
        <source>Checkpoints you signed stay valid, but you will not sign again with this key. Remove it from this computer&apos;s keychain?</source>
        <translation>आपके हस्ताक्षरित चेकपॉइंट मान्य रहेंगे, पर आप इस कुंजी से फिर हस्ताक्षर नहीं करेंगे। इसे इस कंप्यूटर की कीचेन से हटाएँ?</translation>
    </message>
    <message>
        <source>Your signing key is in this computer&apos;s keychain. Public key (give it to whoever checks your checkpoints): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>आपकी हस्ताक्षर कुंजी इस कंप्यूटर की कीचेन में है। सार्वजनिक कुंजी (जो आपके चेकपॉइंट जाँचे उसे दें): &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>हस्ताक्षर हो रहा है…</translation>
    </message>
    <message>
        <source>Checkpoint recorded: event #%1, %2 events, hash %3.</source>
        <translation>चेकपॉइंट दर्ज: घटना #%1, %2 घटनाएँ, हैश %3।</translation>
    </message>
    <message>
        <source>Use a &amp;key file…</source>
        <translation>कुंजी फ़ाइल का उपयोग करें (&amp;K)…</translation>
    </message>
    <message>
        <source>Create a key &amp;file…</source>
        <translation>कुंजी फ़ाइल बनाएँ (&amp;F)…</translation>
    </message>
    <message>
        <source>A checkpoint is your signature on the chain&apos;s newest event, its hash and the number of events. Stored with the trail and in every export, it lets anyone with your public key prove later that history up to it was not rewritten or cut, even by a database superuser. The private key stays in this computer&apos;s keychain, or in a key file only you can read.</source>
        <translation>चेकपॉइंट चेन की नवीनतम घटना, उसके हैश और घटनाओं की संख्या पर आपका हस्ताक्षर है। ट्रेल के साथ और हर निर्यात में रखा गया, यह आपकी सार्वजनिक कुंजी रखने वाले किसी को भी बाद में साबित करने देता है कि उस तक का इतिहास फिर से लिखा या काटा नहीं गया, डेटाबेस सुपरयूज़र द्वारा भी नहीं। निजी कुंजी इस कंप्यूटर के कीचेन में, या केवल आपके पढ़ने योग्य कुंजी फ़ाइल में रहती है।</translation>
    </message>
    <message>
        <source>Your signing key file</source>
        <translation>आपकी हस्ताक्षर कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM फ़ाइलें (*.pem);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>A new signing key file</source>
        <translation>नई हस्ताक्षर कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM फ़ाइलें (*.pem)</translation>
    </message>
    <message>
        <source>The key file cannot be used: %1.</source>
        <translation>कुंजी फ़ाइल का उपयोग नहीं हो सकता: %1।</translation>
    </message>
    <message>
        <source>No key file was made: %1.</source>
        <translation>कोई कुंजी फ़ाइल नहीं बनी: %1।</translation>
    </message>
    <message>
        <source>Stop using the key file</source>
        <translation>कुंजी फ़ाइल का उपयोग बंद करें</translation>
    </message>
    <message>
        <source>Your signing key from the file %1 is in use until you sign out. Public key (give it to whoever checks your checkpoints): &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>फ़ाइल %1 की आपकी हस्ताक्षर कुंजी साइन आउट तक उपयोग में है। सार्वजनिक कुंजी (जो आपके चेकपॉइंट जाँचता है उसे दें): &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain cannot be used: %1. Use a key file instead: it is read here and kept in memory until you sign out; only you may be able to read it.</source>
        <translation>इस कंप्यूटर का कीचेन उपयोग नहीं हो सकता: %1। इसके बजाय कुंजी फ़ाइल का उपयोग करें: वह यहाँ पढ़ी जाती है और साइन आउट तक मेमोरी में रहती है; उसे केवल आप पढ़ सकें।</translation>
    </message>
    <message>
        <source>There is no signing key of yours in this computer&apos;s keychain. Create one there, or use a key file.</source>
        <translation>इस कंप्यूटर के कीचेन में आपकी कोई हस्ताक्षर कुंजी नहीं है। वहाँ एक बनाएँ, या कुंजी फ़ाइल का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::BudgetsDialog</name>
    <message>
        <source>Accounts at primary health centres</source>
        <translation>प्राथमिक स्वास्थ्य केंद्रों के खाते</translation>
    </message>
    <message>
        <source>Accounts at community health centres</source>
        <translation>सामुदायिक स्वास्थ्य केंद्रों के खाते</translation>
    </message>
    <message>
        <source>Accounts at district hospitals</source>
        <translation>ज़िला अस्पतालों के खाते</translation>
    </message>
    <message>
        <source>Accounts at private hospitals</source>
        <translation>निजी अस्पतालों के खाते</translation>
    </message>
    <message>
        <source>Accounts at outreach camps</source>
        <translation>आउटरीच शिविरों के खाते</translation>
    </message>
    <message>
        <source>Keys of government partners</source>
        <translation>सरकारी साझेदारों की कुंजियाँ</translation>
    </message>
    <message>
        <source>Keys of private partners</source>
        <translation>निजी साझेदारों की कुंजियाँ</translation>
    </message>
    <message>
        <source>Dra&amp;wn from peers (twice their busiest 1 in 100, never below the floor)</source>
        <translation>समकक्षों से तय (उनके 100 में सबसे व्यस्त 1 का दोगुना, न्यूनतम से कभी कम नहीं) (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save the budget</source>
        <translation>बजट सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Lookup budgets</source>
        <translation>खोज बजट</translation>
    </message>
    <message>
        <source>Distinct people one account or key may look up in an hour and in a day (Indian time). A lookup of someone new past the budget is refused and raises an alert; looking up the same person again is not counted twice.</source>
        <translation>एक खाता या कुंजी एक घंटे और एक दिन (भारतीय समय) में कितने अलग-अलग लोगों को खोज सकती है। बजट के बाद किसी नए व्यक्ति की खोज मना होती है और अलर्ट उठता है; उसी व्यक्ति को दोबारा खोजना दो बार नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>समकक्ष समूह</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Peers in 14 days</source>
        <translation>14 दिनों में समकक्ष</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>किसने तय किया</translation>
    </message>
    <message>
        <source>Why, for the audit trail</source>
        <translation>क्यों, ऑडिट ट्रेल के लिए</translation>
    </message>
    <message>
        <source>People an &amp;hour:</source>
        <translation>प्रति घंटा लोग (&amp;H):</translation>
    </message>
    <message>
        <source>People a &amp;day:</source>
        <translation>प्रति दिन लोग (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>%n active, usual day %1, busiest %2</source>
        <translation>
            <numerusform>%n सक्रिय, सामान्य दिन %1, सबसे व्यस्त %2</numerusform>
            <numerusform>%n सक्रिय, सामान्य दिन %1, सबसे व्यस्त %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation>अभी कोई इतिहास नहीं</translation>
    </message>
    <message>
        <source>%1 an hour, %2 a day</source>
        <translation>%1 प्रति घंटा, %2 प्रति दिन</translation>
    </message>
    <message>
        <source>drawn from peers</source>
        <translation>समकक्षों से तय</translation>
    </message>
    <message>
        <source>Saved. It applies from the next lookup.</source>
        <translation>सहेजा गया। यह अगली खोज से लागू होता है।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::BulkActionDialog</name>
    <message>
        <source>Send each account a one-time password by SMS</source>
        <translation>हर खाते को SMS से एक बार का पासवर्ड भेजें</translation>
    </message>
    <message>
        <source>&amp;Reset passwords</source>
        <translation>पासवर्ड रीसेट करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop after this chunk</source>
        <translation>इस हिस्से के बाद रोकें (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>सामूहिक कार्रवाई</translation>
    </message>
    <message>
        <source>Reset their passwords</source>
        <translation>उनके पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>Unlock the locked ones</source>
        <translation>लॉक वालों को अनलॉक करें</translation>
    </message>
    <message>
        <source>Disable them</source>
        <translation>उन्हें निष्क्रिय करें</translation>
    </message>
    <message>
        <source>The first accounts it touches</source>
        <translation>पहले खाते जिन पर यह लागू होगा</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>लॉगिन आईडी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>सभी खाते</translation>
    </message>
    <message>
        <source>The accounts of a state</source>
        <translation>किसी राज्य के खाते</translation>
    </message>
    <message>
        <source>The accounts of a district</source>
        <translation>किसी ज़िले के खाते</translation>
    </message>
    <message>
        <source>The accounts of a centre</source>
        <translation>किसी केंद्र के खाते</translation>
    </message>
    <message>
        <source>for example: incident 2026-114, partner data leak</source>
        <translation>उदाहरण: घटना 2026-114, साझेदार डेटा लीक</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>कार्रवाई (&amp;O):</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>दायरा (&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>राज्य (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>ज़िला (&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation>केंद्र (&amp;E):</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>कारण (&amp;A):</translation>
    </message>
    <message>
        <source>Stopping after the chunk in progress…</source>
        <translation>चल रहे हिस्से के बाद रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Every enabled account in the scope must choose a new password at its next login, and its portal sessions end. Each account gets its own audit event.</source>
        <translation>दायरे के हर सक्रिय खाते को अगले लॉगिन पर नया पासवर्ड चुनना होगा, और उसके पोर्टल सत्र समाप्त होंगे। हर खाते की अपनी ऑडिट घटना बनती है।</translation>
    </message>
    <message>
        <source>Every account in the scope that the portal locked after failed logins may sign in again. Each account gets its own audit event.</source>
        <translation>दायरे का हर खाता जिसे पोर्टल ने विफल लॉगिन के बाद लॉक किया, फिर से साइन इन कर सकेगा। हर खाते की अपनी ऑडिट घटना बनती है।</translation>
    </message>
    <message>
        <source>&amp;Unlock accounts</source>
        <translation>खाते अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>Every enabled account in the scope can no longer sign in to the portal: its sessions end and its undelivered one-time passwords are withdrawn. Each account gets its own audit event; an admin can enable an account again.</source>
        <translation>दायरे का हर सक्रिय खाता अब पोर्टल में साइन इन नहीं कर सकेगा: उसके सत्र समाप्त होंगे और न पहुँचे एक बार के पासवर्ड वापस लिए जाएँगे। हर खाते की अपनी ऑडिट घटना बनती है; प्रशासक किसी खाते को फिर सक्रिय कर सकता है।</translation>
    </message>
    <message>
        <source>Choose where.</source>
        <translation>जगह चुनें।</translation>
    </message>
    <message>
        <source>Counting the accounts…</source>
        <translation>खाते गिने जा रहे हैं…</translation>
    </message>
    <message>
        <source>Started.</source>
        <translation>शुरू हुआ।</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 accounts were changed; the rest were not touched.</source>
        <translation>रोका गया: %2 में से %1 खाते बदले गए; बाकी को छुआ नहीं गया।</translation>
    </message>
    <message>
        <source>%1 The chunks done so far are kept; Resume continues where the server stopped.</source>
        <translation>%1 अब तक पूरे हुए हिस्से सुरक्षित हैं; &quot;फिर शुरू करें&quot; वहीं से आगे बढ़ेगा जहाँ सर्वर रुका था।</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर शुरू करें (&amp;R)</translation>
    </message>
    <message>
        <source>Done: %1 accounts were changed.</source>
        <translation>पूरा: %1 खाते बदले गए।</translation>
    </message>
    <message>
        <source>%1 of %2 accounts changed…</source>
        <translation>%2 में से %1 खाते बदले…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; account(s) (%1) will be reset.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; खाता (%1) रीसेट होगा।</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; खाते (%1) रीसेट होंगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; locked account(s) (%1) will be unlocked.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; लॉक खाता (%1) अनलॉक होगा।</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; लॉक खाते (%1) अनलॉक होंगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; account(s) (%1) will be disabled.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; खाता (%1) निष्क्रिय होगा।</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; खाते (%1) निष्क्रिय होंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>राज्य %1</translation>
    </message>
    <message>
        <source>district %1, %2</source>
        <translation>ज़िला %1, %2</translation>
    </message>
    <message>
        <source>centre %1, %2</source>
        <translation>केंद्र %1, %2</translation>
    </message>
    <message>
        <source>every account</source>
        <translation>हर खाता</translation>
    </message>
    <message>
        <source>O&amp;ne-time code:</source>
        <translation>एक बार का कोड (&amp;N):</translation>
    </message>
    <message>
        <source>Disa&amp;ble accounts</source>
        <translation>खाते निष्क्रिय करें (&amp;B)</translation>
    </message>
</context>
<context>
    <name>cowin::ui::CanariesDialog</name>
    <message>
        <source>&amp;Plant</source>
        <translation>लगाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>हटाएँ (&amp;T)…</translation>
    </message>
    <message>
        <source>Canary numbers</source>
        <translation>कैनरी नंबर</translation>
    </message>
    <message>
        <source>Numbers that belong to no one. Any account or key that looks one up is frozen at once and raises a critical alert. Only the last four digits are kept to show.</source>
        <translation>ऐसे नंबर जो किसी के नहीं हैं। जो भी खाता या कुंजी इनमें से किसी को खोजे, वह तुरंत फ़्रीज़ होता है और गंभीर अलर्ट उठता है। दिखाने के लिए केवल अंतिम चार अंक रखे जाते हैं।</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Planted</source>
        <translation>लगाया गया</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>पकड़े गए</translation>
    </message>
    <message>
        <source>e.g. Bihar list, March</source>
        <translation>जैसे बिहार सूची, मार्च</translation>
    </message>
    <message>
        <source>Why, for the audit trail</source>
        <translation>क्यों, ऑडिट ट्रेल के लिए</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>नंबर (&amp;N):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>नाम (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) or key(s)</source>
        <translation>
            <numerusform>%n खाते या कुंजियाँ</numerusform>
            <numerusform>%n खाते या कुंजियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Planted. A lookup of it freezes whoever makes it.</source>
        <translation>लगाया गया। इसकी खोज करने वाला फ़्रीज़ हो जाएगा।</translation>
    </message>
    <message>
        <source>Retire canary %1</source>
        <translation>कैनरी %1 हटाएँ</translation>
    </message>
    <message>
        <source>A lookup of &lt;b&gt;%1&lt;/b&gt; (%2) no longer freezes anyone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) की खोज अब किसी को फ़्रीज़ नहीं करेगी।</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>number given out in error</source>
        <translation>नंबर गलती से दे दिया गया</translation>
    </message>
</context>
<context>
    <name>cowin::ui::ConsoleApp</name>
    <message>
        <source>Starting the embedded demo database in %1…</source>
        <translation>%1 में अंतर्निहित डेमो डेटाबेस शुरू हो रहा है…</translation>
    </message>
</context>
<context>
    <name>cowin::ui::CredentialsPage</name>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Embedded demo database</source>
        <translation>अंतर्निहित डेमो डेटाबेस</translation>
    </message>
    <message>
        <source>Ministry server (TLS)</source>
        <translation>मंत्रालय सर्वर (TLS)</translation>
    </message>
    <message>
        <source>db1.cowin.gov.in,db2.cowin.gov.in</source>
        <translation>db1.cowin.gov.in,db2.cowin.gov.in</translation>
    </message>
    <message>
        <source>verify-full (recommended)</source>
        <translation>verify-full (अनुशंसित)</translation>
    </message>
    <message>
        <source>verify-ca</source>
        <translation>verify-ca</translation>
    </message>
    <message>
        <source>Root certificate of the ministry&apos;s CA (.crt)</source>
        <translation>मंत्रालय के CA का रूट प्रमाणपत्र (.crt)</translation>
    </message>
    <message>
        <source>Your operator name</source>
        <translation>आपका ऑपरेटर नाम</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>होस्ट:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>डेटाबेस:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Root certificate:</source>
        <translation>रूट प्रमाणपत्र:</translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation>कनेक्ट करें:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;Step 1 of 2: your password. Then a one-time code from your authenticator app.</source>
        <translation>&lt;h2&gt;साइन इन करें&lt;/h2&gt;चरण 2 में से 1: आपका पासवर्ड। फिर आपके ऑथेंटिकेटर ऐप से एक बार का कोड।</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>रूट प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation>प्रमाणपत्र (*.crt *.pem)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>The demo database is not running. Start the console with --demo.</source>
        <translation>डेमो डेटाबेस नहीं चल रहा है। कंसोल को --demo के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>अपना उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>On the primary server</source>
        <translation>प्राथमिक सर्वर पर</translation>
    </message>
    <message>
        <source>On a standby when one is up</source>
        <translation>स्टैंडबाय पर, जब कोई चालू हो</translation>
    </message>
    <message>
        <source>Browsing and verifying the audit trail on a standby keeps a long verification off the primary. Needs a host list with standbys.</source>
        <translation>ऑडिट ट्रेल को स्टैंडबाय पर देखने और सत्यापित करने से लंबा सत्यापन प्राथमिक सर्वर पर भार नहीं डालता। इसके लिए स्टैंडबाय वाली होस्ट सूची चाहिए।</translation>
    </message>
    <message>
        <source>Audit trail reads:</source>
        <translation>ऑडिट ट्रेल पढ़ना:</translation>
    </message>
</context>
<context>
    <name>cowin::ui::DeliveriesPage</name>
    <message>
        <source>Se&amp;nd a new one-time password…</source>
        <translation>नया एक बार का पासवर्ड भेजें (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open the account</source>
        <translation>खाता खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Show ol&amp;der</source>
        <translation>पुराने दिखाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Deliveries&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;डिलीवरी&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>One-time passwords on their way to vaccinators&apos; registered mobiles. A message the SMS gateway refused five times is given up; check the number with the account&apos;s owner, then send a new one. No one sees a password here.</source>
        <translation>टीकाकर्ताओं के पंजीकृत मोबाइल पर भेजे जा रहे एक बार के पासवर्ड। जिस संदेश को SMS गेटवे ने पाँच बार अस्वीकार किया, उसे छोड़ दिया जाता है; खाते के धारक से नंबर जाँचें, फिर नया भेजें। यहाँ कोई पासवर्ड नहीं देखता।</translation>
    </message>
    <message>
        <source>To follow up: given up or failing</source>
        <translation>आगे देखना है: छोड़े गए या विफल</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Everything of the last day</source>
        <translation>पिछले दिन के सभी</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>दिखाएँ (&amp;W):</translation>
    </message>
    <message>
        <source>Resets the account&apos;s password again: the server makes a new one-time password and sends it to the registered mobile.</source>
        <translation>खाते का पासवर्ड फिर से रीसेट करता है: सर्वर नया एक बार का पासवर्ड बनाकर पंजीकृत मोबाइल पर भेजता है।</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Nothing to follow up: every message was delivered, or is on its way.</source>
        <translation>आगे देखने को कुछ नहीं: हर संदेश पहुँच गया, या रास्ते में है।</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to follow up.</source>
        <translation>
            <numerusform>आगे देखने के लिए %n संदेश।</numerusform>
            <numerusform>आगे देखने के लिए %n संदेश।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n संदेश।</numerusform>
            <numerusform>%n संदेश।</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new one-time password to %1</source>
        <translation>%1 को नया एक बार का पासवर्ड भेजें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) gets a new one-time password at %3, and must choose a new password at the next login. Check the number with them first: a wrong number fails again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) को %3 पर नया एक बार का पासवर्ड मिलेगा, और अगले लॉगिन पर नया पासवर्ड चुनना होगा। पहले उनसे नंबर जाँचें: ग़लत नंबर पर फिर विफल होगा।</translation>
    </message>
    <message>
        <source>Send new password</source>
        <translation>नया पासवर्ड भेजें</translation>
    </message>
    <message>
        <source>A new one-time password for %1 is on its way.</source>
        <translation>%1 के लिए नया एक बार का पासवर्ड रास्ते में है।</translation>
    </message>
    <message>
        <source>number confirmed with the vaccinator by phone</source>
        <translation>टीकाकर्ता से फ़ोन पर नंबर की पुष्टि की</translation>
    </message>
    <message>
        <source>One-time password messages</source>
        <translation>एक बार के पासवर्ड संदेश</translation>
    </message>
</context>
<context>
    <name>cowin::ui::DemoPanel</name>
    <message>
        <source>&lt;b&gt;DEMO ONLY&lt;/b&gt; — operators of the embedded demo database. A real console never shows passwords or codes.</source>
        <translation>&lt;b&gt;केवल डेमो&lt;/b&gt; — अंतर्निहित डेमो डेटाबेस के ऑपरेटर। असली कंसोल कभी पासवर्ड या कोड नहीं दिखाता।</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Code now</source>
        <translation>अभी का कोड</translation>
    </message>
    <message>
        <source>Double-click an operator to fill in the sign-in form.</source>
        <translation>साइन-इन फ़ॉर्म भरने के लिए किसी ऑपरेटर पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; signs in for the first time: enrolment code &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; पहली बार साइन इन करेंगे: नामांकन कोड &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>not enrolled yet (see below)</source>
        <translation>अभी नामांकित नहीं (नीचे देखें)</translation>
    </message>
    <message>
        <source>%1  (%2 s)</source>
        <translation>%1  (%2 से.)</translation>
    </message>
    <message>
        <source>(given to its owner)</source>
        <translation>(इसके धारक को दिया गया)</translation>
    </message>
    <message>
        <source>disabled: cannot sign in</source>
        <translation>अक्षम: साइन इन नहीं कर सकता</translation>
    </message>
    <message>
        <source>locked: an admin unlocks it</source>
        <translation>लॉक: कोई प्रशासक इसे अनलॉक करे</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>अभी नामांकित नहीं</translation>
    </message>
    <message>
        <source>in its authenticator app</source>
        <translation>इसके ऑथेंटिकेटर ऐप में</translation>
    </message>
</context>
<context>
    <name>cowin::ui::EnrolPage</name>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set up your authenticator&lt;/h2&gt;This is your first sign-in. Enter the one-time enrolment code the ministry admin gave you with your account.</source>
        <translation>&lt;h2&gt;अपना ऑथेंटिकेटर सेट करें&lt;/h2&gt;यह आपका पहला साइन-इन है। मंत्रालय व्यवस्थापक द्वारा खाते के साथ दिया गया एक बार का नामांकन कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>नामांकन कोड:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scan this code&lt;/h2&gt;Open your authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP) and scan the code, or type the key below. It is shown only now.</source>
        <translation>&lt;h2&gt;यह कोड स्कैन करें&lt;/h2&gt;अपना ऑथेंटिकेटर ऐप (जैसे Google Authenticator, Microsoft Authenticator या FreeOTP) खोलें और कोड स्कैन करें, या नीचे दी गई कुंजी टाइप करें। यह केवल अभी दिखाई जाती है।</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>कुंजी:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>ऐप से कोड:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>नामांकन कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your app shows now.</source>
        <translation>आपका ऐप अभी जो 6 अंकों का कोड दिखा रहा है, वह दर्ज करें।</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
        <translation>बहुत अधिक गलत कोड के बाद यह खाता लॉक हो गया है। मंत्रालय का व्यवस्थापक इसे अनलॉक कर सकता है।</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right (%n attempts left). Check that the app was set up with this key and that the phone&apos;s clock is correct.</source>
        <translation>
            <numerusform>यह कोड सही नहीं है (%n प्रयास बाकी)। जाँचें कि ऐप इसी कुंजी से सेट हुआ है और फ़ोन की घड़ी सही है।</numerusform>
            <numerusform>यह कोड सही नहीं है (%n प्रयास बाकी)। जाँचें कि ऐप इसी कुंजी से सेट हुआ है और फ़ोन की घड़ी सही है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::GatewaysDialog</name>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Partner gateways</source>
        <translation>पार्टनर गेटवे</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>गेटवे</translation>
    </message>
    <message>
        <source>State version</source>
        <translation>स्थिति संस्करण</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>लागू किया</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>अंतिम पुष्टि</translation>
    </message>
    <message>
        <source>Kill-switch in force</source>
        <translation>लागू किल-स्विच</translation>
    </message>
    <message>
        <source>No gateway daemon has reported the state it applied.</source>
        <translation>किसी भी गेटवे डेमन ने अपनी लागू की गई स्थिति नहीं बताई है।</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s); partner APIs are on.</source>
        <translation>
            <numerusform>%n गेटवे; पार्टनर API चालू हैं।</numerusform>
            <numerusform>%n गेटवे; पार्टनर API चालू हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (वर्तमान)</translation>
    </message>
    <message>
        <source>%1 (current is %2)</source>
        <translation>%1 (वर्तमान %2 है)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (silent for %n s)</source>
        <translation>
            <numerusform>%1 (%n सेकंड से चुप)</numerusform>
            <numerusform>%1 (%n सेकंड से चुप)</numerusform>
        </translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>कोई लागू नहीं</translation>
    </message>
    <message>
        <source>obeys, %1 ms after the switch-off</source>
        <translation>पालन करता है, स्विच-ऑफ़ के %1 ms बाद</translation>
    </message>
    <message>
        <source>NOT YET</source>
        <translation>अभी नहीं</translation>
    </message>
</context>
<context>
    <name>cowin::ui::KillSwitchBanner</name>
    <message>
        <source>every partner API</source>
        <translation>सभी साझेदार API</translation>
    </message>
    <message>
        <source>partner APIs that return personal data</source>
        <translation>व्यक्तिगत डेटा लौटाने वाले साझेदार API</translation>
    </message>
    <message>
        <source>government partners&apos; APIs</source>
        <translation>सरकारी साझेदारों के API</translation>
    </message>
    <message>
        <source>private partners&apos; APIs</source>
        <translation>निजी साझेदारों के API</translation>
    </message>
    <message>
        <source>&amp;Kill-switch…</source>
        <translation>किल-स्विच (&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;quest restore…</source>
        <translation>बहाली का अनुरोध (&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Approve restore…</source>
        <translation>बहाली स्वीकृत करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Partner APIs are on.</source>
        <translation>साझेदार API चालू हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;KILL-SWITCH: %1 switched off&lt;/b&gt; since %2 by %3: %4</source>
        <translation>&lt;b&gt;किल-स्विच: %1 बंद&lt;/b&gt; %2 से, %3 द्वारा: %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Restore requested by %1; another operator must approve.</source>
        <translation>&lt;br&gt;%1 ने बहाली का अनुरोध किया है; किसी दूसरे ऑपरेटर को स्वीकृति देनी होगी।</translation>
    </message>
    <message>
        <source>Withdraw restore re&amp;quest…</source>
        <translation>बहाली अनुरोध वापस लें (&amp;Q)…</translation>
    </message>
    <message>
        <source>Withdraw the restore request</source>
        <translation>बहाली अनुरोध वापस लें</translation>
    </message>
    <message>
        <source>Partner APIs stay off, and no restore waits for approval any more. The reason is optional.</source>
        <translation>साझेदार API बंद रहेंगे, और कोई बहाली अब स्वीकृति की प्रतीक्षा नहीं करेगी। कारण देना वैकल्पिक है।</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>अनुरोध वापस लें</translation>
    </message>
    <message>
        <source>the partner&apos;s fix is not verified yet</source>
        <translation>साझेदार के सुधार की अभी पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>इतिहास (&amp;Y)…</translation>
    </message>
    <message>
        <source>No gateway has reported what it applied.</source>
        <translation>किसी भी गेटवे ने अभी तक नहीं बताया है कि उसने क्या लागू किया।</translation>
    </message>
    <message numerus="yes">
        <source>No gateway obeys it yet (%n gateway(s) known).</source>
        <translation>
            <numerusform>अभी तक कोई गेटवे इसका पालन नहीं करता (%n गेटवे ज्ञात)।</numerusform>
            <numerusform>अभी तक कोई गेटवे इसका पालन नहीं करता (%n गेटवे ज्ञात)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Obeyed by %1 of %2 gateways, the slowest %3 ms after the switch-off.</source>
        <translation>%2 में से %1 गेटवे ने पालन किया; सबसे धीमे ने स्विच-ऑफ़ के %3 ms बाद।</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 और %n अन्य</numerusform>
            <numerusform>%1 और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>अभी नहीं: %1।</translation>
    </message>
    <message>
        <source>&amp;Gateways…</source>
        <translation>गेटवे (&amp;G)…</translation>
    </message>
</context>
<context>
    <name>cowin::ui::KillSwitchDialog</name>
    <message>
        <source>Switch partner APIs off</source>
        <translation>साझेदार API बंद करें</translation>
    </message>
    <message>
        <source>From the moment you confirm, every partner gateway is refused what the level covers, and every open console shows it. Restoring takes two operators.</source>
        <translation>आपकी पुष्टि के क्षण से, हर साझेदार गेटवे को इस स्तर में आने वाली हर चीज़ से मना किया जाता है, और हर खुला कंसोल यह दिखाता है। फिर से चालू करने के लिए दो ऑपरेटर चाहिए।</translation>
    </message>
    <message>
        <source>Everything: every partner, every scope</source>
        <translation>सब कुछ: हर साझेदार, हर दायरा</translation>
    </message>
    <message>
        <source>Personal data: scopes that return personal data</source>
        <translation>व्यक्तिगत डेटा: व्यक्तिगत डेटा लौटाने वाले दायरे</translation>
    </message>
    <message>
        <source>One sector</source>
        <translation>एक क्षेत्र</translation>
    </message>
    <message>
        <source>Private partners</source>
        <translation>निजी साझेदार</translation>
    </message>
    <message>
        <source>Government partners</source>
        <translation>सरकारी साझेदार</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>स्तर (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>क्षेत्र (&amp;S):</translation>
    </message>
    <message>
        <source>Request a restore</source>
        <translation>बहाली का अनुरोध करें</translation>
    </message>
    <message>
        <source>Partner APIs come back on only when another operator approves.</source>
        <translation>साझेदार API तभी फिर चालू होंगे जब कोई दूसरा ऑपरेटर स्वीकृति देगा।</translation>
    </message>
    <message>
        <source>Approve the restore</source>
        <translation>बहाली स्वीकृत करें</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>एक बार का कोड (&amp;C):</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Request restore</source>
        <translation>बहाली का अनुरोध करें</translation>
    </message>
    <message>
        <source>Approve restore</source>
        <translation>बहाली स्वीकृत करें</translation>
    </message>
    <message>
        <source>Counting what this cuts…</source>
        <translation>यह क्या बंद करेगा, गिना जा रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cuts %1 partners and %2 keys&lt;/b&gt;, which served %3 calls in the last hour.</source>
        <translation>&lt;b&gt;इससे %1 साझेदार और %2 कुंजियाँ बंद होंगी&lt;/b&gt;, जिन्होंने पिछले एक घंटे में %3 कॉल पूरे किए।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asked to switch partner APIs back on: “%2”.&lt;br&gt;They were switched off by %3: “%4”.&lt;br&gt;Approving turns them on from the moment you confirm.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ने साझेदार API फिर से चालू करने का अनुरोध किया: “%2”।&lt;br&gt;इन्हें %3 ने बंद किया था: “%4”।&lt;br&gt;स्वीकृति देते ही ये उसी क्षण से चालू हो जाएँगे।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::KillSwitchHistoryDialog</name>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Kill-switch history</source>
        <translation>किल-स्विच इतिहास</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>बंद किया गया</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>किसने, और क्यों</translation>
    </message>
    <message>
        <source>Restore asked by, and why</source>
        <translation>बहाली किसने माँगी, और क्यों</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>बहाल</translation>
    </message>
    <message>
        <source>Partner APIs have never been switched off.</source>
        <translation>साझेदार API कभी बंद नहीं किए गए।</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n switch-off(s) first.</source>
        <translation>
            <numerusform>सबसे नया %n बंद पहले।</numerusform>
            <numerusform>सबसे नए %n बंद पहले।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cuts %n active partner(s) now</source>
        <translation>
            <numerusform>अभी %n सक्रिय साझेदार को बंद करता है</numerusform>
            <numerusform>अभी %n सक्रिय साझेदारों को बंद करता है</numerusform>
        </translation>
    </message>
    <message>
        <source>no restore asked yet</source>
        <translation>अभी बहाली नहीं माँगी गई</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>In force: waiting for a second operator to approve</source>
        <translation>लागू: दूसरे ऑपरेटर की स्वीकृति की प्रतीक्षा</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, %2 द्वारा स्वीकृत</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
</context>
<context>
    <name>cowin::ui::LimitsDialog</name>
    <message>
        <source>Searches by mobile number per operator in 10 minutes</source>
        <translation>प्रति ऑपरेटर 10 मिनट में मोबाइल नंबर से खोजें</translation>
    </message>
    <message>
        <source>Mobile numbers shown per operator in an hour</source>
        <translation>प्रति ऑपरेटर एक घंटे में दिखाए गए मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Import rows checked per admin in a day</source>
        <translation>प्रति व्यवस्थापक एक दिन में जाँची गई आयात पंक्तियाँ</translation>
    </message>
    <message>
        <source>Unknown partner keys per client address in a minute, before it is blocked</source>
        <translation>रोके जाने से पहले प्रति क्लाइंट पता एक मिनट में अज्ञात पार्टनर कुंजियाँ</translation>
    </message>
    <message>
        <source>Minutes a client address stays blocked after too many unknown keys</source>
        <translation>बहुत अधिक अज्ञात कुंजियों के बाद क्लाइंट पता कितने मिनट रुका रहता है</translation>
    </message>
    <message>
        <source>&amp;Save the limit</source>
        <translation>सीमा सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>सीमाएँ</translation>
    </message>
    <message>
        <source>How much personal data one operator may pull, and how many wrong keys an address may try. Past a limit the attempt is still recorded and refused. Every change is in the audit trail.</source>
        <translation>एक ऑपरेटर कितना व्यक्तिगत डेटा निकाल सकता है, और एक पता कितनी गलत कुंजियाँ आज़मा सकता है। सीमा के बाद का प्रयास भी दर्ज होता है और अस्वीकार किया जाता है। हर बदलाव ऑडिट ट्रेल में है।</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>अंतिम बदलाव</translation>
    </message>
    <message>
        <source>Why, for the audit trail</source>
        <translation>क्यों, ऑडिट ट्रेल के लिए</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>नया मान (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <source>Saved. It applies from now on.</source>
        <translation>सहेजा गया। यह अब से लागू है।</translation>
    </message>
    <message>
        <source>Lookup watch: share of numbers finding no one that raises an alert (percent)</source>
        <translation>खोज निगरानी: ऐसे नंबरों का हिस्सा जिन पर कोई नहीं मिला, जिस पर अलर्ट उठे (प्रतिशत)</translation>
    </message>
    <message>
        <source>Lookup watch: share of people outside the account&apos;s state that raises an alert (percent)</source>
        <translation>खोज निगरानी: खाते के राज्य के बाहर के लोगों का हिस्सा जिस पर अलर्ट उठे (प्रतिशत)</translation>
    </message>
    <message>
        <source>Lookup watch: people one account or key may look up at night before an alert</source>
        <translation>खोज निगरानी: अलर्ट से पहले एक खाता या कुंजी रात में कितने लोग खोज सकती है</translation>
    </message>
    <message>
        <source>Lookup watch: times its own usual day an account or key may look up before an alert</source>
        <translation>खोज निगरानी: अलर्ट से पहले एक खाता या कुंजी अपने सामान्य दिन का कितना गुना खोज सकती है</translation>
    </message>
    <message>
        <source>Lookup watch: people in a day below which shares and rises raise no alert</source>
        <translation>खोज निगरानी: एक दिन में लोगों की वह संख्या जिससे कम पर हिस्से और उछाल अलर्ट नहीं उठाते</translation>
    </message>
</context>
<context>
    <name>cowin::ui::LoginWindow</name>
    <message>
        <source>&lt;h2&gt;One-time code&lt;/h2&gt;Step 2 of 2.</source>
        <translation>&lt;h2&gt;एक बार का कोड&lt;/h2&gt;चरण 2 में से 2।</translation>
    </message>
    <message>
        <source>&lt;b&gt;CoWIN Admin Console&lt;/b&gt;&lt;br/&gt;Ministry of Health and Family Welfare</source>
        <translation>&lt;b&gt;CoWIN प्रशासन कंसोल&lt;/b&gt;&lt;br/&gt;स्वास्थ्य एवं परिवार कल्याण मंत्रालय</translation>
    </message>
    <message>
        <source>Your authenticator is set up. Enter the next code it shows to sign in.</source>
        <translation>आपका ऑथेंटिकेटर सेट हो गया है। साइन इन करने के लिए वह अगला कोड दर्ज करें जो वह दिखाता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;The demo database could not start.&lt;/b&gt;&lt;br/&gt;%1</source>
        <translation>&lt;b&gt;डेमो डेटाबेस शुरू नहीं हो सका।&lt;/b&gt;&lt;br/&gt;%1</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
        <translation>बहुत अधिक गलत कोड के बाद यह खाता लॉक हो गया है। मंत्रालय का व्यवस्थापक इसे अनलॉक कर सकता है।</translation>
    </message>
    <message>
        <source>Your authenticator is not set up and your enrolment code has expired. Ask a ministry admin for a new enrolment code.</source>
        <translation>आपका ऑथेंटिकेटर सेट नहीं है और आपका नामांकन कोड समाप्त हो गया है। मंत्रालय व्यवस्थापक से नया नामांकन कोड माँगें।</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>अपने ऑथेंटिकेटर ऐप से 6 अंकों का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Cancel and sign in as someone else</source>
        <translation>रद्द करें और किसी अन्य के रूप में साइन इन करें</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>आप साइन आउट हो गए हैं।</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>cowin::ui::LookupTimeline</name>
    <message>
        <source>Allowed</source>
        <translation>अनुमति मिली</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>मना किया गया</translation>
    </message>
    <message numerus="yes">
        <source>Lookups every 10 minutes, last %n hour(s): %1 in all</source>
        <translation>
            <numerusform>हर 10 मिनट की खोजें, पिछले %n घंटे: कुल %1</numerusform>
            <numerusform>हर 10 मिनट की खोजें, पिछले %n घंटे: कुल %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::MainWindow</name>
    <message>
        <source>Welcome</source>
        <translation>स्वागत है</translation>
    </message>
    <message>
        <source>Your account is in no console group yet. A ministry admin can add you to one.</source>
        <translation>आपका खाता अभी किसी कंसोल समूह में नहीं है। मंत्रालय व्यवस्थापक आपको जोड़ सकता है।</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The console is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;कंसोल लॉक है&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sign out instead</source>
        <translation>इसके बजाय साइन आउट करें</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>सत्र (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>अभी लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation>%1 (%2) के रूप में साइन इन · %3</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>सर्वर: %1</translation>
    </message>
    <message numerus="yes">
        <source>It locked itself after %n minutes without use.</source>
        <translation>
            <numerusform>%n मिनट तक उपयोग न होने पर यह स्वयं लॉक हो गया।</numerusform>
            <numerusform>%n मिनट तक उपयोग न होने पर यह स्वयं लॉक हो गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session ended on the server.</source>
        <translation>सर्वर पर आपका सत्र समाप्त हो गया।</translation>
    </message>
    <message>
        <source>Locked by %1.</source>
        <translation>%1 द्वारा लॉक किया गया।</translation>
    </message>
    <message>
        <source>Enter a one-time code to continue where you left off.</source>
        <translation>जहाँ छोड़ा था वहीं से जारी रखने के लिए एक बार का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <source>Idle lock in %1:%2</source>
        <translation>निष्क्रियता लॉक %1:%2 में</translation>
    </message>
    <message>
        <source>Not in your sections</source>
        <translation>आपके खंडों में नहीं</translation>
    </message>
    <message>
        <source>Your groups do not include the section where this %1 is managed.</source>
        <translation>आपके समूहों में वह खंड नहीं है जहाँ यह %1 संभाला जाता है।</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>परिचय (&amp;A)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n one-time password message(s) did not reach their vaccinator.</source>
        <translation>
            <numerusform>%n एक बार का पासवर्ड संदेश अपने टीकाकर्ता तक नहीं पहुँचा।</numerusform>
            <numerusform>%n एक बार के पासवर्ड संदेश अपने टीकाकर्ताओं तक नहीं पहुँचे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) of the lookup watch.</source>
        <translation>
            <numerusform>खोज निगरानी के %n खुले अलर्ट।</numerusform>
            <numerusform>खोज निगरानी के %n खुले अलर्ट।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::MyAccountPage</name>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Your new recovery codes</source>
        <translation>आपके नए रिकवरी कोड</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>पासवर्ड बदलें (&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;recovery codes…</source>
        <translation>नए रिकवरी कोड (&amp;R)…</translation>
    </message>
    <message>
        <source>Move to a new phon&amp;e…</source>
        <translation>नए फ़ोन पर ले जाएँ (&amp;E)…</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere else…</source>
        <translation>बाकी सब जगह से साइन आउट (&amp;O)…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;My account&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;मेरा खाता&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Your own sign-in as %1 (%2). Each change here asks for a fresh code from your authenticator app and is in the audit trail.</source>
        <translation>%1 (%2) के रूप में आपका अपना साइन-इन। यहाँ हर बदलाव आपके ऑथेंटिकेटर ऐप से एक ताज़ा कोड माँगता है और ऑडिट ट्रेल में दर्ज होता है।</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>अंतिम सक्रिय</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>From</source>
        <translation>कहाँ से</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>कंसोल</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;खुले सत्र&lt;/b&gt;</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>मेरा खाता</translation>
    </message>
    <message numerus="yes">
        <source>%n of 10 recovery code(s) left</source>
        <translation>
            <numerusform>10 में से %n रिकवरी कोड बाकी</numerusform>
            <numerusform>10 में से %n रिकवरी कोड बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>make new ones before they run out</source>
        <translation>खत्म होने से पहले नए बनाएँ</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <source>this console</source>
        <translation>यह कंसोल</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>अपना पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words make a strong password that is easy to remember. Your other sessions stay open.</source>
        <translation>कम से कम %1 अक्षर रखें; कुछ असंबंधित शब्द मज़बूत और याद रखने में आसान पासवर्ड बनाते हैं। आपके दूसरे सत्र खुले रहेंगे।</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>नया पासवर्ड (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>फिर से लिखें (&amp;R):</translation>
    </message>
    <message>
        <source>Your password was changed. Use it the next time you sign in.</source>
        <translation>आपका पासवर्ड बदल गया। अगली बार साइन इन करते समय इसका उपयोग करें।</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>नए रिकवरी कोड</translation>
    </message>
    <message>
        <source>Ten new recovery codes replace the ones you have; the old ones stop working at once. You will see the new ones only now.</source>
        <translation>दस नए रिकवरी कोड आपके मौजूदा कोड की जगह लेते हैं; पुराने तुरंत काम करना बंद कर देते हैं। नए कोड आप केवल अभी देखेंगे।</translation>
    </message>
    <message>
        <source>Make new codes</source>
        <translation>नए कोड बनाएँ</translation>
    </message>
    <message>
        <source>Your authenticator is on the new phone; the old phone&apos;s codes no longer work.</source>
        <translation>आपका ऑथेंटिकेटर नए फ़ोन पर है; पुराने फ़ोन के कोड अब काम नहीं करते।</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>बाकी सब जगह से साइन आउट</translation>
    </message>
    <message>
        <source>Every other console signed in as you asks for a new sign-in at once: use this when you left one open, or do not recognise a session. This console stays signed in.</source>
        <translation>आपके रूप में साइन इन हर दूसरा कंसोल तुरंत नया साइन-इन माँगेगा: इसका उपयोग तब करें जब कोई कंसोल खुला छूट गया हो, या आप किसी सत्र को न पहचानें। यह कंसोल साइन इन रहेगा।</translation>
    </message>
    <message>
        <source>Sign out the others</source>
        <translation>बाकियों को साइन आउट करें</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) ended.</source>
        <translation>
            <numerusform>%n दूसरा सत्र समाप्त हुआ।</numerusform>
            <numerusform>%n दूसरे सत्र समाप्त हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>खुले सत्र</translation>
    </message>
    <message>
        <source>No recovery codes left: make new ones now</source>
        <translation>कोई रिकवरी कोड नहीं बचा: अभी नए बनाएँ</translation>
    </message>
    <message>
        <source>Password changed %1</source>
        <translation>पासवर्ड %1 को बदला</translation>
    </message>
    <message>
        <source>Password not changed since the account was made</source>
        <translation>खाता बनने के बाद से पासवर्ड नहीं बदला</translation>
    </message>
    <message>
        <source>Authenticator set up %1 · %2&lt;br&gt;%3 · last sign-in %4</source>
        <translation>ऑथेंटिकेटर %1 को सेट हुआ · %2&lt;br&gt;%3 · अंतिम साइन-इन %4</translation>
    </message>
</context>
<context>
    <name>cowin::ui::NewAuthenticatorDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी रखें (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>पुष्टि करें (&amp;O)</translation>
    </message>
    <message>
        <source>Move to a new phone</source>
        <translation>नए फ़ोन पर ले जाएँ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Move your authenticator to a new phone&lt;/h3&gt;A new key is made for the new phone. Until the new phone confirms it, the codes of your current app keep working. Start with a code from the current app.</source>
        <translation>&lt;h3&gt;अपना ऑथेंटिकेटर नए फ़ोन पर ले जाएँ&lt;/h3&gt;नए फ़ोन के लिए एक नई कुंजी बनती है। जब तक नया फ़ोन इसकी पुष्टि नहीं करता, आपके मौजूदा ऐप के कोड काम करते रहेंगे। मौजूदा ऐप के एक कोड से शुरू करें।</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>Code from the &amp;current app:</source>
        <translation>मौजूदा ऐप का कोड (&amp;C):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scan this with the new phone&lt;/h3&gt;Or type the key below into its authenticator app (time-based, 6 digits). The key is shown only now.</source>
        <translation>&lt;h3&gt;इसे नए फ़ोन से स्कैन करें&lt;/h3&gt;या नीचे की कुंजी उसके ऑथेंटिकेटर ऐप में लिखें (समय-आधारित, 6 अंक)। कुंजी केवल अभी दिखाई जाती है।</translation>
    </message>
    <message>
        <source>Code from the &amp;new app:</source>
        <translation>नए ऐप का कोड (&amp;N):</translation>
    </message>
</context>
<context>
    <name>cowin::ui::NextCodeCountdown</name>
    <message>
        <source>Enter the new code your app shows now.</source>
        <translation>अब आपका ऐप जो नया कोड दिखा रहा है, उसे दर्ज करें।</translation>
    </message>
    <message numerus="yes">
        <source>That code was already used. Your app shows the next one in %n s.</source>
        <translation>
            <numerusform>वह कोड पहले ही उपयोग हो चुका है। आपका ऐप अगला कोड %n सेकंड में दिखाएगा।</numerusform>
            <numerusform>वह कोड पहले ही उपयोग हो चुका है। आपका ऐप अगला कोड %n सेकंड में दिखाएगा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::OperatorAccessDialog</name>
    <message>
        <source>New operator</source>
        <translation>नया ऑपरेटर</translation>
    </message>
    <message>
        <source>Create operator</source>
        <translation>ऑपरेटर बनाएँ</translation>
    </message>
    <message>
        <source>Groups and scope of %1</source>
        <translation>%1 के समूह और दायरा</translation>
    </message>
    <message>
        <source>Change access</source>
        <translation>पहुँच बदलें</translation>
    </message>
    <message>
        <source>lower case letters, digits and _, e.g. kiran_rao</source>
        <translation>छोटे अक्षर, अंक और _, जैसे kiran_rao</translation>
    </message>
    <message>
        <source>Tick none for all of India.</source>
        <translation>पूरे भारत के लिए कोई न चुनें।</translation>
    </message>
    <message>
        <source>e.g. the joining order or ticket; kept in the audit trail</source>
        <translation>जैसे नियुक्ति आदेश या टिकट; ऑडिट ट्रेल में रखा जाता है</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>A fresh code from your authenticator app confirms the change.</source>
        <translation>आपके ऑथेंटिकेटर ऐप का नया कोड इस बदलाव की पुष्टि करता है।</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>पूरा नाम (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>समूह (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;States (helpdesk):</source>
        <translation>राज्य (हेल्पडेस्क) (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>एक बार का कोड (&amp;C):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand these over now, in person or by two separate channels.&lt;/b&gt; They are shown this once. At the first sign-in the operator types the password, must choose a new one, and enrols an authenticator app with the enrolment code (valid 7 days).</source>
        <translation>&lt;b&gt;इन्हें अभी सौंपें, स्वयं या दो अलग माध्यमों से।&lt;/b&gt; ये केवल इसी बार दिखाए जाते हैं। पहली बार साइन इन करते समय ऑपरेटर यह पासवर्ड लिखता है, उसे नया पासवर्ड चुनना होता है, और नामांकन कोड (7 दिन मान्य) से ऑथेंटिकेटर ऐप जोड़ता है।</translation>
    </message>
    <message>
        <source>I have handed the password and the enrolment code over</source>
        <translation>मैंने पासवर्ड और नामांकन कोड सौंप दिए हैं</translation>
    </message>
    <message>
        <source>First password (must be changed at first sign-in):</source>
        <translation>पहला पासवर्ड (पहली बार साइन इन पर बदलना होगा):</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>नामांकन कोड:</translation>
    </message>
    <message>
        <source>Or &amp;districts:</source>
        <translation>या ज़िले (&amp;D):</translation>
    </message>
    <message>
        <source>No single districts chosen.</source>
        <translation>कोई अलग ज़िला नहीं चुना गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen in all.</source>
        <translation>
            <numerusform>कुल %n ज़िला चुना गया।</numerusform>
            <numerusform>कुल %n ज़िले चुने गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::OperatorsPage</name>
    <message>
        <source>New enrolment code for %1</source>
        <translation>%1 के लिए नया नामांकन कोड</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give this code to %1 in person or by a separate channel.&lt;/b&gt; It is shown this once and is valid for 7 days. Their old authenticator and recovery codes no longer work.</source>
        <translation>&lt;b&gt;यह कोड %1 को स्वयं या अलग माध्यम से दें।&lt;/b&gt; यह केवल इसी बार दिखाया जाता है और 7 दिन मान्य है। उनका पुराना ऑथेंटिकेटर और रिकवरी कोड अब काम नहीं करते।</translation>
    </message>
    <message>
        <source>I have handed the code over</source>
        <translation>मैंने कोड सौंप दिया है</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>नामांकन कोड:</translation>
    </message>
    <message>
        <source>&amp;New operator…</source>
        <translation>नया ऑपरेटर (&amp;N)…</translation>
    </message>
    <message>
        <source>Gr&amp;oups and scope…</source>
        <translation>समूह और दायरा (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Reset authenticator…</source>
        <translation>ऑथेंटिकेटर रीसेट करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>अनलॉक करें (&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>अक्षम करें (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>सक्षम करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Force logout…</source>
        <translation>ज़बरन लॉगआउट (&amp;F)…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Operators&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;ऑपरेटर&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>The people who use this console, their groups and, for the helpdesk, the states they may act in. Changes to groups need a fresh one-time code; every change is in the audit trail.</source>
        <translation>इस कंसोल का उपयोग करने वाले लोग, उनके समूह और, हेल्पडेस्क के लिए, वे राज्य जिनमें वे काम कर सकते हैं। समूह बदलने के लिए नया एक बार का कोड चाहिए; हर बदलाव ऑडिट ट्रेल में है।</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s)</source>
        <translation>
            <numerusform>%n ऑपरेटर</numerusform>
            <numerusform>%n ऑपरेटर</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose an operator&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;एक ऑपरेटर चुनें&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>दायरा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>अंतिम लॉगिन</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>सत्र</translation>
    </message>
    <message>
        <source>%1 live; open connections: %2</source>
        <translation>%1 सक्रिय; खुले कनेक्शन: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is you. Another ministry admin changes your account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;यह आप हैं। आपका खाता कोई दूसरा मंत्रालय व्यवस्थापक बदलता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reset the authenticator of %1</source>
        <translation>%1 का ऑथेंटिकेटर रीसेट करें</translation>
    </message>
    <message>
        <source>For a lost or replaced phone. &lt;b&gt;%1&lt;/b&gt;&apos;s authenticator and recovery codes stop working, their sessions end, and you get a new enrolment code to hand over. Check who is asking first.</source>
        <translation>खोए या बदले गए फ़ोन के लिए। &lt;b&gt;%1&lt;/b&gt; का ऑथेंटिकेटर और रिकवरी कोड काम करना बंद कर देते हैं, उनके सत्र समाप्त होते हैं, और आपको सौंपने के लिए नया नामांकन कोड मिलता है। पहले जाँचें कि कौन पूछ रहा है।</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>ऑथेंटिकेटर रीसेट करें</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 को अनलॉक करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was locked after too many wrong codes. Unlock only once you know it was them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; बहुत सारे गलत कोड के बाद लॉक हुआ था। तभी अनलॉक करें जब आपको पता हो कि वह वही थे।</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 को अक्षम करें</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 को सक्षम करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can no longer sign in; their sessions end and their open connections are closed now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; अब साइन इन नहीं कर सकते; उनके सत्र समाप्त होते हैं और उनके खुले कनेक्शन अभी बंद किए जाते हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; may sign in again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; फिर से साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>अक्षम करें</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>सक्षम करें</translation>
    </message>
    <message>
        <source>End the sessions of %1</source>
        <translation>%1 के सत्र समाप्त करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s console sessions end and their connections close now. They can sign in again with a code.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; के कंसोल सत्र अभी समाप्त होते हैं और कनेक्शन बंद होते हैं। वे कोड से फिर साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Force logout</source>
        <translation>ज़बरन लॉगआउट</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>सीमाएँ… (&amp;L)</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>ticket 2041, phone lost, identity checked by video call</source>
        <translation>टिकट 2041, फ़ोन खो गया, वीडियो कॉल से पहचान जाँची</translation>
    </message>
    <message>
        <source>%1 was created. They sign in with the password and enrolment code you handed over.</source>
        <translation>%1 बनाया गया। वे आपके सौंपे पासवर्ड और नामांकन कोड से साइन इन करेंगे।</translation>
    </message>
    <message>
        <source>The groups and scope of %1 were changed; their open consoles follow at their next action.</source>
        <translation>%1 के समूह और दायरा बदले गए; उनके खुले कंसोल अगली कार्रवाई पर इसका पालन करेंगे।</translation>
    </message>
    <message>
        <source>The authenticator of %1 was reset; hand over the new enrolment code.</source>
        <translation>%1 का ऑथेंटिकेटर रीसेट हुआ; नया नामांकन कोड सौंपें।</translation>
    </message>
    <message>
        <source>%1 was unlocked.</source>
        <translation>%1 अनलॉक किया गया।</translation>
    </message>
    <message>
        <source>%1 was disabled: their sessions ended.</source>
        <translation>%1 अक्षम किया गया: उनके सत्र समाप्त हुए।</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 फिर से साइन इन कर सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>%1 का %n सत्र समाप्त हुआ।</numerusform>
            <numerusform>%1 के %n सत्र समाप्त हुए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::OtpForm</name>
    <message>
        <source>Verify</source>
        <translation>सत्यापित करें</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>इसके बजाय रिकवरी कोड का उपयोग करें</translation>
    </message>
    <message>
        <source>Enter one of your recovery codes. Each code works once.</source>
        <translation>अपने रिकवरी कोड में से एक दर्ज करें। हर कोड एक बार काम करता है।</translation>
    </message>
    <message>
        <source>Use the code from my authenticator app</source>
        <translation>मेरे ऑथेंटिकेटर ऐप का कोड उपयोग करें</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>अपने ऑथेंटिकेटर ऐप से 6 अंकों का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>कोड में 6 अंक होते हैं।</translation>
    </message>
    <message>
        <source>A recovery code has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR.</source>
        <translation>रिकवरी कोड में 16 अक्षर और अंक होते हैं, जैसे ABCD-EFGH-JKLM-NPQR।</translation>
    </message>
    <message>
        <source>That code was accepted but opened no session. Enter the next code.</source>
        <translation>कोड स्वीकार हुआ पर कोई सत्र नहीं खुला। अगला कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>That code is not right. 1 attempt left before this account is locked.</source>
        <translation>यह कोड सही नहीं है। खाता लॉक होने से पहले 1 प्रयास बाकी है।</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. %n attempts left.</source>
        <translation>
            <numerusform>यह कोड सही नहीं है। %n प्रयास बाकी हैं।</numerusform>
            <numerusform>यह कोड सही नहीं है। %n प्रयास बाकी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>That code is not right, and this account is now locked. A ministry admin can unlock it.</source>
        <translation>यह कोड सही नहीं है, और यह खाता अब लॉक हो गया है। मंत्रालय व्यवस्थापक इसे अनलॉक कर सकता है।</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
        <translation>बहुत अधिक गलत कोड के बाद यह खाता लॉक हो गया है। मंत्रालय का व्यवस्थापक इसे अनलॉक कर सकता है।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::PartnerDetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>निलंबित करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>फिर शुरू करें (&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Revoke partner…</source>
        <translation>साझेदार रद्द करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Issue key…</source>
        <translation>कुंजी जारी करें (&amp;I)…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>बदलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Suspend key…</source>
        <translation>कुंजी निलंबित करें…</translation>
    </message>
    <message>
        <source>Resume key…</source>
        <translation>कुंजी फिर शुरू करें…</translation>
    </message>
    <message>
        <source>Revoke key…</source>
        <translation>कुंजी रद्द करें…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;कुंजियाँ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose a partner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;एक साझेदार चुनें&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Its scopes, allowlist, calls and keys appear here.</source>
        <translation>उसके दायरे, अनुमत पते, कॉल और कुंजियाँ यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation>%1 (व्यक्तिगत डेटा)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>, whitelisted</source>
        <translation>, श्वेतसूची में</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>नहीं दिया गया</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>दायरे</translation>
    </message>
    <message>
        <source>IP allowlist</source>
        <translation>अनुमत IP</translation>
    </message>
    <message>
        <source>none: every call is refused (ip_denied)</source>
        <translation>कोई नहीं: हर कॉल अस्वीकृत (ip_denied)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>दर सीमा</translation>
    </message>
    <message>
        <source>%1 calls a minute</source>
        <translation>%1 कॉल प्रति मिनट</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>%1, changed %2 (version %3)</source>
        <translation>%1, बदला गया %2 (संस्करण %3)</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 को निलंबित करें</translation>
    </message>
    <message>
        <source>Every key of &lt;b&gt;%1&lt;/b&gt; is refused (partner_suspended) from the moment you confirm, until the partner is resumed.</source>
        <translation>आपकी पुष्टि के क्षण से, साझेदार के फिर शुरू होने तक, &lt;b&gt;%1&lt;/b&gt; की हर कुंजी अस्वीकृत होगी (partner_suspended)।</translation>
    </message>
    <message>
        <source>Suspend partner</source>
        <translation>साझेदार निलंबित करें</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 को फिर शुरू करें</translation>
    </message>
    <message>
        <source>The active keys of &lt;b&gt;%1&lt;/b&gt; work again from the moment you confirm.</source>
        <translation>आपकी पुष्टि के क्षण से &lt;b&gt;%1&lt;/b&gt; की सक्रिय कुंजियाँ फिर काम करेंगी।</translation>
    </message>
    <message>
        <source>Resume partner</source>
        <translation>साझेदार फिर शुरू करें</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 को रद्द करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; loses API access for good, and every key of it is revoked. This cannot be undone; a new contract means a new partner.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; की API पहुँच हमेशा के लिए समाप्त होगी, और उसकी हर कुंजी रद्द होगी। इसे वापस नहीं लिया जा सकता; नए अनुबंध का अर्थ है नया साझेदार।</translation>
    </message>
    <message>
        <source>Revoke for good</source>
        <translation>हमेशा के लिए रद्द करें</translation>
    </message>
    <message>
        <source>Suspend key %1…</source>
        <translation>कुंजी %1… निलंबित करें</translation>
    </message>
    <message>
        <source>Resume key %1…</source>
        <translation>कुंजी %1… फिर शुरू करें</translation>
    </message>
    <message>
        <source>Calls with this key are refused (key_suspended) until it is resumed.</source>
        <translation>इस कुंजी से कॉल तब तक अस्वीकृत होंगे (key_suspended) जब तक इसे फिर शुरू नहीं किया जाता।</translation>
    </message>
    <message>
        <source>Calls with this key are served again.</source>
        <translation>इस कुंजी से कॉल फिर पूरे होंगे।</translation>
    </message>
    <message>
        <source>Suspend key</source>
        <translation>कुंजी निलंबित करें</translation>
    </message>
    <message>
        <source>Resume key</source>
        <translation>कुंजी फिर शुरू करें</translation>
    </message>
    <message>
        <source>Revoke key %1…</source>
        <translation>कुंजी %1… रद्द करें</translation>
    </message>
    <message>
        <source>Calls with this key are refused (key_revoked) from the moment you confirm, for good. To give the partner a replacement, issue a new key.</source>
        <translation>आपकी पुष्टि के क्षण से इस कुंजी से कॉल हमेशा के लिए अस्वीकृत होंगे (key_revoked)। साझेदार को बदले में कुंजी देने के लिए नई कुंजी जारी करें।</translation>
    </message>
    <message>
        <source>incident INC-2041, key seen in a public paste</source>
        <translation>घटना INC-2041, की एक सार्वजनिक पेस्ट में दिखी</translation>
    </message>
    <message>
        <source>API keys of the partner</source>
        <translation>साझेदार की API कुंजियाँ</translation>
    </message>
    <message>
        <source>The partner was saved; gateways follow at once.</source>
        <translation>साझेदार सहेजा गया; गेटवे तुरंत पालन करते हैं।</translation>
    </message>
    <message>
        <source>The partner is suspended: its keys are refused from now on.</source>
        <translation>साझेदार निलंबित है: अब से उसकी कुंजियाँ अस्वीकार होंगी।</translation>
    </message>
    <message>
        <source>The partner is resumed: its active keys work again.</source>
        <translation>साझेदार फिर शुरू हुआ: उसकी सक्रिय कुंजियाँ फिर काम करती हैं।</translation>
    </message>
    <message>
        <source>The partner is revoked, with every key of it.</source>
        <translation>साझेदार रद्द हुआ, उसकी हर कुंजी के साथ।</translation>
    </message>
    <message>
        <source>A new key was issued; its prefix is in the list.</source>
        <translation>नई कुंजी जारी हुई; उसका उपसर्ग सूची में है।</translation>
    </message>
    <message>
        <source>The key was rotated: the new one is issued, the old one ends as chosen.</source>
        <translation>कुंजी बदली गई: नई जारी हुई, पुरानी चुने अनुसार समाप्त होगी।</translation>
    </message>
    <message>
        <source>The key is suspended: calls with it are refused.</source>
        <translation>कुंजी निलंबित है: उससे आने वाली कॉल अस्वीकार होंगी।</translation>
    </message>
    <message>
        <source>The key is resumed: calls with it are served again.</source>
        <translation>कुंजी फिर शुरू हुई: उससे आने वाली कॉल फिर पूरी होंगी।</translation>
    </message>
    <message>
        <source>The key is revoked: calls with it are refused for good.</source>
        <translation>कुंजी रद्द हुई: उससे आने वाली कॉल हमेशा के लिए अस्वीकार होंगी।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::PartnerFormDialog</name>
    <message>
        <source>New partner</source>
        <translation>नया साझेदार</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>साझेदार जोड़ें</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 संपादित करें</translation>
    </message>
    <message>
        <source>Whitelisted by the ministry</source>
        <translation>मंत्रालय द्वारा श्वेतसूची में</translation>
    </message>
    <message>
        <source>who to call in an incident: name, e-mail, phone</source>
        <translation>घटना में किसे कॉल करें: नाम, ई-मेल, फ़ोन</translation>
    </message>
    <message>
        <source>%1 — personal data</source>
        <translation>%1 — व्यक्तिगत डेटा</translation>
    </message>
    <message>
        <source>one address or range a line, e.g.
203.0.113.0/24
2001:db8:42::/48</source>
        <translation>हर पंक्ति में एक पता या रेंज, जैसे
203.0.113.0/24
2001:db8:42::/48</translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation> कॉल प्रति मिनट</translation>
    </message>
    <message>
        <source>e.g. the MoU or ticket this follows; kept in the audit trail</source>
        <translation>जैसे संबंधित MoU या टिकट; ऑडिट ट्रेल में रखा जाता है</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>क्षेत्र (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>संपर्क (&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>दायरे (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;IP allowlist:</source>
        <translation>अनुमत IP (&amp;I):</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>दर सीमा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Someone else changed this partner after you opened it. Reload their version: what you typed stays here, and Save then applies it on top of their change.</source>
        <translation>आपके खोलने के बाद किसी और ने इस साझेदार को बदला है। उनका संस्करण फिर लोड करें: आपका लिखा यहीं रहेगा, और सहेजने पर वह उनके बदलाव के ऊपर लागू होगा।</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded their version (scopes: %1; allowlist: %2; %n calls a minute). Your typing is unchanged; Save to apply it.</source>
        <translation>
            <numerusform>उनका संस्करण फिर लोड हुआ (दायरे: %1; अनुमत IP: %2; %n कॉल प्रति मिनट)। आपका लिखा नहीं बदला; लागू करने के लिए सहेजें।</numerusform>
            <numerusform>उनका संस्करण फिर लोड हुआ (दायरे: %1; अनुमत IP: %2; %n कॉल प्रति मिनट)। आपका लिखा नहीं बदला; लागू करने के लिए सहेजें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Scopes the partner may call</source>
        <translation>साझेदार जिन दायरों को कॉल कर सकता है</translation>
    </message>
</context>
<context>
    <name>cowin::ui::PartnersPage</name>
    <message>
        <source>&amp;New partner…</source>
        <translation>नया साझेदार (&amp;N)…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Partners &amp;amp; API access&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;साझेदार और API पहुँच&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Who may call which partner API, from where, with which keys. The kill-switch above turns them all off at once.</source>
        <translation>कौन किस साझेदार API को, कहाँ से, किन कुंजियों से कॉल कर सकता है। ऊपर का किल-स्विच सबको एक साथ बंद करता है।</translation>
    </message>
    <message>
        <source>Search partners by name</source>
        <translation>नाम से साझेदार खोजें</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>सभी क्षेत्र</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n साझेदार</numerusform>
            <numerusform>%n साझेदार</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners &amp; API access</source>
        <translation>साझेदार और API पहुँच</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>साझेदार</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>साझेदार विवरण</translation>
    </message>
</context>
<context>
    <name>cowin::ui::PasswordChangePage</name>
    <message>
        <source>Change password</source>
        <translation>पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose a new password&lt;/h2&gt;Your password must be changed before you continue. Use at least %1 characters; a few unrelated words make a strong password that is easy to remember.</source>
        <translation>&lt;h2&gt;नया पासवर्ड चुनें&lt;/h2&gt;जारी रखने से पहले आपको पासवर्ड बदलना होगा। कम से कम %1 अक्षर रखें; कुछ असंबंधित शब्द एक मज़बूत और याद रखने में आसान पासवर्ड बनाते हैं।</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>नया पासवर्ड:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>फिर से दर्ज करें:</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>कम से कम %1 अक्षर रखें।</translation>
    </message>
    <message>
        <source>The password must not be your username.</source>
        <translation>पासवर्ड आपका उपयोगकर्ता नाम नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The password must not contain your username.</source>
        <translation>पासवर्ड में आपका उपयोगकर्ता नाम नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>This password is on the list of common passwords that attackers try first.</source>
        <translation>यह पासवर्ड उन सामान्य पासवर्डों की सूची में है जिन्हें हमलावर सबसे पहले आज़माते हैं।</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दोनों पासवर्ड एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>At least %1 characters, not your username, not a common password.</source>
        <translation>कम से कम %1 अक्षर, आपका उपयोगकर्ता नाम नहीं, कोई सामान्य पासवर्ड नहीं।</translation>
    </message>
    <message>
        <source>Good. Now repeat it.</source>
        <translation>ठीक है। अब इसे दोहराएँ।</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>ठीक है।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>आपके ऑथेंटिकेटर ऐप के लिए QR कोड</translation>
    </message>
</context>
<context>
    <name>cowin::ui::ReasonDialog</name>
    <message>
        <source>&amp;Reason (kept in the audit trail):</source>
        <translation>कारण (ऑडिट ट्रेल में रखा जाता है) (&amp;R):</translation>
    </message>
    <message>
        <source>for example: the ticket number and who asked for this</source>
        <translation>उदाहरण: टिकट संख्या और किसने इसे माँगा</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>उदाहरण: %1</translation>
    </message>
</context>
<context>
    <name>cowin::ui::RecoveryCodesPage</name>
    <message>
        <source>I have stored these codes somewhere safe</source>
        <translation>मैंने ये कोड किसी सुरक्षित स्थान पर रख लिए हैं</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery codes&lt;/h2&gt;If you lose your phone, each of these codes signs you in once instead of a one-time code. They are shown only now: copy them or save them to a file, and keep them safe.</source>
        <translation>&lt;h2&gt;आपके रिकवरी कोड&lt;/h2&gt;फ़ोन खो जाने पर इनमें से हर कोड एक बार के कोड के बजाय एक बार साइन इन कराता है। ये केवल अभी दिखाए जाते हैं: इन्हें कॉपी करें या फ़ाइल में सहेजें, और सुरक्षित रखें।</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>फ़ाइल में सहेजें…</translation>
    </message>
    <message>
        <source>CoWIN Admin Console recovery codes (each works once), %1

%2
</source>
        <translation>CoWIN प्रशासन कंसोल रिकवरी कोड (हर कोड एक बार), %1

%2
</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>रिकवरी कोड सहेजें</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Copied. Paste them into your password manager; the clipboard is cleared in a minute.</source>
        <translation>कॉपी हो गया। इन्हें अपने पासवर्ड मैनेजर में चिपकाएँ; क्लिपबोर्ड एक मिनट में साफ़ हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::ShownOncePanel</name>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी (&amp;C)</translation>
    </message>
    <message>
        <source>Close without them?</source>
        <translation>इनके बिना बंद करें?</translation>
    </message>
    <message>
        <source>What is shown here cannot be shown again. If it was not handed over, it has to be issued anew.</source>
        <translation>यहाँ जो दिखाया गया है वह दोबारा नहीं दिखाया जा सकता। यदि सौंपा नहीं गया, तो इसे फिर से जारी करना होगा।</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds what you copied.</source>
        <translation>कॉपी हो गया। यदि क्लिपबोर्ड में कॉपी की गई चीज़ अब भी है तो एक मिनट में उसे साफ़ कर दिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::StackedTimeBars</name>
    <message>
        <source>%1 – %2
%3: %4
%5: %6</source>
        <translation>%1 – %2
%3: %4
%5: %6</translation>
    </message>
    <message>
        <source>Chart of %1 and %2 over time</source>
        <translation>समय के साथ %1 और %2 का चार्ट</translation>
    </message>
</context>
<context>
    <name>cowin::ui::StaleNotice</name>
    <message>
        <source>&amp;Reload their version</source>
        <translation>उनका संस्करण फिर लोड करें (&amp;R)</translation>
    </message>
</context>
<context>
    <name>cowin::ui::StepUpDialog</name>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>A fresh code from your authenticator app confirms the change.</source>
        <translation>आपके ऑथेंटिकेटर ऐप का नया कोड इस बदलाव की पुष्टि करता है।</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>एक बार का कोड (&amp;C):</translation>
    </message>
</context>
<context>
    <name>cowin::ui::UsageChart</name>
    <message>
        <source>Served</source>
        <translation>पूरे हुए</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Calls per hour, last 24 hours</source>
        <translation>प्रति घंटे कॉल, पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Calls per hour, last 24 hours: %1 in all</source>
        <translation>प्रति घंटे कॉल, पिछले 24 घंटे: कुल %1</translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorDetailPane</name>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Locked&lt;/b&gt; after %n failed logins</source>
        <translation>
            <numerusform>%n विफल लॉगिन के बाद &lt;b style=&apos;color:#b3261e&apos;&gt;लॉक&lt;/b&gt;</numerusform>
            <numerusform>%n विफल लॉगिन के बाद &lt;b style=&apos;color:#b3261e&apos;&gt;लॉक&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#6b6b6b&apos;&gt;Disabled&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#6b6b6b&apos;&gt;निष्क्रिय&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Temporary password delivered to the registered mobile at %1.</source>
        <translation>अस्थायी पासवर्ड %1 पर पंजीकृत मोबाइल पर पहुँचाया गया।</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Temporary password could not be delivered&lt;/b&gt; after %n attempts (%1). Check the mobile number, then reset again.</source>
        <translation>
            <numerusform>%n प्रयास के बाद &lt;b style=&apos;color:#b3261e&apos;&gt;अस्थायी पासवर्ड नहीं पहुँचाया जा सका&lt;/b&gt; (%1)। मोबाइल नंबर जाँचें, फिर दोबारा रीसेट करें।</numerusform>
            <numerusform>%n प्रयासों के बाद &lt;b style=&apos;color:#b3261e&apos;&gt;अस्थायी पासवर्ड नहीं पहुँचाया जा सका&lt;/b&gt; (%1)। मोबाइल नंबर जाँचें, फिर दोबारा रीसेट करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier temporary password was withdrawn by a newer reset.</source>
        <translation>पिछला अस्थायी पासवर्ड एक नए रीसेट से वापस ले लिया गया।</translation>
    </message>
    <message>
        <source>Temporary password waiting to be sent: attempt %1 failed (%2); it will be retried.</source>
        <translation>अस्थायी पासवर्ड भेजा जाना बाकी है: प्रयास %1 विफल (%2); फिर से प्रयास होगा।</translation>
    </message>
    <message>
        <source>Temporary password waiting to be sent to the registered mobile.</source>
        <translation>अस्थायी पासवर्ड पंजीकृत मोबाइल पर भेजा जाना बाकी है।</translation>
    </message>
    <message>
        <source>Show number…</source>
        <translation>नंबर दिखाएँ…</translation>
    </message>
    <message>
        <source>Force password &amp;reset…</source>
        <translation>पासवर्ड रीसेट करवाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Unl&amp;ock…</source>
        <translation>अनलॉक (&amp;O)…</translation>
    </message>
    <message>
        <source>Disab&amp;le…</source>
        <translation>निष्क्रिय करें (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>मोबाइल:</translation>
    </message>
    <message>
        <source>Recent audit events</source>
        <translation>हाल के ऑडिट रिकॉर्ड</translation>
    </message>
    <message numerus="yes">
        <source>Hidden again in %n s</source>
        <translation>
            <numerusform>%n सेकंड में फिर छिप जाएगा</numerusform>
            <numerusform>%n सेकंड में फिर छिप जाएगा</numerusform>
        </translation>
    </message>
    <message>
        <source>Force a password reset</source>
        <translation>पासवर्ड रीसेट करवाएँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) must choose a new password at the next login. Their portal sessions end now, and a one-time password made by the server is sent to their registered mobile. You will not see it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) को अगले लॉगिन पर नया पासवर्ड चुनना होगा। उनके पोर्टल सत्र अभी समाप्त होंगे, और सर्वर द्वारा बनाया गया एक बार का पासवर्ड उनके पंजीकृत मोबाइल पर भेजा जाएगा। आप उसे नहीं देखेंगे।</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>खाता अनलॉक करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was locked by the portal after failed logins. Unlock it only after you have confirmed who is calling.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) विफल लॉगिन के बाद पोर्टल द्वारा लॉक किया गया। कॉल करने वाले की पहचान की पुष्टि के बाद ही अनलॉक करें।</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>खाता निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Enable the account</source>
        <translation>खाता सक्रिय करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) will not be able to sign in to the portal; their sessions end now and an undelivered password is withdrawn.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) पोर्टल में साइन इन नहीं कर पाएँगे; उनके सत्र अभी समाप्त होंगे और न भेजा गया पासवर्ड वापस ले लिया जाएगा।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) will be able to sign in to the portal again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) फिर से पोर्टल में साइन इन कर पाएँगे।</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>सक्रिय करें</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No account selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;कोई खाता नहीं चुना गया&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Search for an account and select it to see its details.</source>
        <translation>विवरण देखने के लिए खाता खोजें और चुनें।</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>must be changed at the next login</source>
        <translation>अगले लॉगिन पर बदलना होगा</translation>
    </message>
    <message numerus="yes">
        <source>changed %n days ago</source>
        <translation>
            <numerusform>%n दिन पहले बदला</numerusform>
            <numerusform>%n दिन पहले बदला</numerusform>
        </translation>
    </message>
    <message>
        <source>never set</source>
        <translation>कभी सेट नहीं हुआ</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>लॉगिन आईडी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>पिछला लॉगिन</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>विफल लॉगिन</translation>
    </message>
    <message>
        <source>Portal sessions</source>
        <translation>पोर्टल सत्र</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>अस्थायी पासवर्ड</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 तक मान्य</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>खाता बना</translation>
    </message>
    <message>
        <source>This account is outside your states and districts: you can look, but not act on it.</source>
        <translation>यह खाता आपके राज्यों और ज़िलों से बाहर है: आप देख सकते हैं, पर कोई कार्रवाई नहीं कर सकते।</translation>
    </message>
    <message>
        <source>Enab&amp;le…</source>
        <translation>सक्रिय करें (&amp;L)…</translation>
    </message>
    <message>
        <source>No one-time password has been sent to this account.</source>
        <translation>इस खाते को कोई एक बार का पासवर्ड नहीं भेजा गया है।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Show the mobile number</source>
        <translation>मोबाइल नंबर दिखाएँ</translation>
    </message>
    <message>
        <source>The number of &lt;b&gt;%1&lt;/b&gt; is shown for a short time. Your reason is recorded in the audit trail before the number is sent to you.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; का नंबर थोड़े समय के लिए दिखाया जाता है। नंबर आपको भेजे जाने से पहले आपका कारण ऑडिट ट्रेल में दर्ज होता है।</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>नंबर दिखाएँ</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>पासवर्ड रीसेट</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>अनलॉक किया गया</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <source>Mobile number shown</source>
        <translation>मोबाइल नंबर दिखाया गया</translation>
    </message>
    <message>
        <source>Found by mobile number</source>
        <translation>मोबाइल नंबर से खोजा गया</translation>
    </message>
    <message>
        <source>Temporary password delivered</source>
        <translation>अस्थायी पासवर्ड पहुँचाया गया</translation>
    </message>
    <message>
        <source>Delivery attempt failed</source>
        <translation>भेजने का प्रयास विफल</translation>
    </message>
    <message>
        <source>Delivery given up</source>
        <translation>भेजना छोड़ दिया गया</translation>
    </message>
    <message>
        <source>caller verified by a call back to the registered number</source>
        <translation>पंजीकृत नंबर पर वापस कॉल करके कॉल करने वाले की पुष्टि की</translation>
    </message>
    <message>
        <source>changed today</source>
        <translation>आज बदला</translation>
    </message>
    <message>
        <source>Recent audit events of the account</source>
        <translation>खाते की हाल की ऑडिट घटनाएँ</translation>
    </message>
    <message>
        <source>No audit events for this account yet.</source>
        <translation>इस खाते की अभी कोई ऑडिट घटना नहीं है।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorFormDialog</name>
    <message>
        <source>New vaccinator account</source>
        <translation>नया वैक्सीनेटर खाता</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 संपादित करें</translation>
    </message>
    <message>
        <source>A login id never changes.</source>
        <translation>लॉगिन आईडी कभी नहीं बदलती।</translation>
    </message>
    <message>
        <source>%1 — leave empty to keep it</source>
        <translation>%1 — वही रखने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>e.g. ka.blr.asha.k</source>
        <translation>उदा. ka.blr.asha.k</translation>
    </message>
    <message>
        <source>10 digits, starting with 6, 7, 8 or 9</source>
        <translation>10 अंक, 6, 7, 8 या 9 से शुरू</translation>
    </message>
    <message>
        <source>optional, kept in the audit trail</source>
        <translation>वैकल्पिक, ऑडिट ट्रेल में रखा जाता है</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>लॉगिन आईडी (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>मोबाइल (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>राज्य (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>ज़िला (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>केंद्र (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Someone else changed this account after you opened it. Reload their version: what you typed stays here, and Save then applies it on top of their change.</source>
        <translation>आपके खोलने के बाद किसी और ने यह खाता बदला। उनका संस्करण फिर से लोड करें: आपने जो लिखा वह यहीं रहेगा, और &quot;सहेजें&quot; उसे उनके बदलाव के ऊपर लागू करेगा।</translation>
    </message>
    <message>
        <source>Reloaded. Their version: %1, mobile %2, %3. Your typing is unchanged; Save to apply it.</source>
        <translation>फिर से लोड किया गया। उनका संस्करण: %1, मोबाइल %2, %3। आपका लिखा नहीं बदला; लागू करने के लिए सहेजें।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>कोई फ़ाइल नहीं चुनी गई।</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message>
        <source>Import vaccinator accounts</source>
        <translation>वैक्सीनेटर खाते आयात करें</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first line names the columns &lt;code&gt;login_id&lt;/code&gt;, &lt;code&gt;full_name&lt;/code&gt;, &lt;code&gt;mobile&lt;/code&gt; and &lt;code&gt;centre_id&lt;/code&gt;. Every row is checked before anything is written; a file with any problem imports nothing.</source>
        <translation>एक CSV फ़ाइल (UTF-8) जिसकी पहली पंक्ति में कॉलम &lt;code&gt;login_id&lt;/code&gt;, &lt;code&gt;full_name&lt;/code&gt;, &lt;code&gt;mobile&lt;/code&gt; और &lt;code&gt;centre_id&lt;/code&gt; हों। कुछ भी लिखने से पहले हर पंक्ति जाँची जाती है; किसी भी समस्या वाली फ़ाइल से कुछ भी आयात नहीं होता।</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>फ़ाइल चुनें (&amp;C)…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>लॉगिन आईडी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>why these accounts are added, kept in the audit trail</source>
        <translation>ये खाते क्यों जोड़े जा रहे हैं, ऑडिट ट्रेल में रखा जाता है</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>खाते आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>The file is larger than 8 MiB; split it.</source>
        <translation>फ़ाइल 8 MiB से बड़ी है; इसे बाँटें।</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n पंक्ति जाँची जा रही है…</numerusform>
            <numerusform>%n पंक्तियाँ जाँची जा रही हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), no problems. Give a reason and import.</source>
        <translation>
            <numerusform>%n पंक्ति, कोई समस्या नहीं। कारण दें और आयात करें।</numerusform>
            <numerusform>%n पंक्तियाँ, कोई समस्या नहीं। कारण दें और आयात करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n account(s)</source>
        <translation>
            <numerusform>%n खाता आयात करें (&amp;I)</numerusform>
            <numerusform>%n खाते आयात करें (&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%n समस्या मिली: कुछ भी आयात नहीं होगा। फ़ाइल ठीक करें और फिर से चुनें।</numerusform>
            <numerusform>%n समस्याएँ मिलीं: कुछ भी आयात नहीं होगा। फ़ाइल ठीक करें और फिर से चुनें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n खाता आयात हुआ।</numerusform>
            <numerusform>%n खाते आयात हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>टेम्पलेट सहेजें (&amp;T)…</translation>
    </message>
    <message>
        <source>A CSV file with the columns an import needs and one example row, to fill in with a spreadsheet.</source>
        <translation>आयात के लिए ज़रूरी कॉलम और एक उदाहरण पंक्ति वाली CSV फ़ाइल, स्प्रेडशीट में भरने के लिए।</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>आयात टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>Template saved to %1. Replace its example row with the accounts, then choose the file here.</source>
        <translation>टेम्पलेट %1 में सहेजा गया। उसकी उदाहरण पंक्ति की जगह खाते लिखें, फिर फ़ाइल यहाँ चुनें।</translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorSearchBar</name>
    <message>
        <source>at least 3 letters; spelling may be off</source>
        <translation>कम से कम 3 अक्षर; वर्तनी थोड़ी गलत हो सकती है</translation>
    </message>
    <message>
        <source>all 10 digits; the search is recorded</source>
        <translation>सभी 10 अंक; खोज दर्ज की जाती है</translation>
    </message>
    <message>
        <source>beginning of the login id</source>
        <translation>लॉगिन आईडी की शुरुआत</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>सभी राज्य</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>सभी ज़िले</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>सभी केंद्र</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>फ़िल्टर हटाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>मोबाइल (&amp;M):</translation>
    </message>
    <message>
        <source>Login &amp;ID:</source>
        <translation>लॉगिन आईडी (&amp;I):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>राज्य (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>ज़िला (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>केंद्र (&amp;C):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>स्थिति (&amp;U):</translation>
    </message>
</context>
<context>
    <name>cowin::ui::VaccinatorsPage</name>
    <message>
        <source>Ne&amp;w account…</source>
        <translation>नया खाता (&amp;W)…</translation>
    </message>
    <message>
        <source>Im&amp;port CSV…</source>
        <translation>CSV आयात (&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात (&amp;X)…</translation>
    </message>
    <message>
        <source>Click Name, Login ID or Last login to sort; right-click to choose columns.</source>
        <translation>क्रम बदलने के लिए नाम, लॉगिन आईडी या पिछला लॉगिन पर क्लिक करें; कॉलम चुनने के लिए राइट-क्लिक करें।</translation>
    </message>
    <message>
        <source>Writes the accounts this search finds to a CSV file, mobile numbers masked. The export is recorded in the audit trail.</source>
        <translation>इस खोज में मिले खाते CSV फ़ाइल में लिखता है, मोबाइल नंबर छिपे हुए। निर्यात ऑडिट ट्रेल में दर्ज होता है।</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Vaccinators&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;टीकाकर्ता&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>The search did not run.</source>
        <translation>खोज नहीं चली।</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>No account has this mobile number.</source>
        <translation>किसी खाते का यह मोबाइल नंबर नहीं है।</translation>
    </message>
    <message>
        <source>One account has this mobile number.</source>
        <translation>एक खाते का यह मोबाइल नंबर है।</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>खाते निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>The accounts could not be counted: %1</source>
        <translation>खाते गिने नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>No name contains “%1”; %n similar name(s) shown.</source>
        <translation>
            <numerusform>किसी नाम में “%1” नहीं है; %n मिलता-जुलता नाम दिखाया गया।</numerusform>
            <numerusform>किसी नाम में “%1” नहीं है; %n मिलते-जुलते नाम दिखाए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches. Check the spelling, or clear a filter.</source>
        <translation>कोई खाता मेल नहीं खाता। वर्तनी जाँचें, या कोई फ़िल्टर हटाएँ।</translation>
    </message>
    <message>
        <source>More than %1 accounts match.</source>
        <translation>%1 से अधिक खाते मेल खाते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) match.</source>
        <translation>
            <numerusform>%n खाता मेल खाता है।</numerusform>
            <numerusform>%n खाते मेल खाते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation>पंक्तियाँ %1–%2</translation>
    </message>
    <message>
        <source> · loading more…</source>
        <translation> · और लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Exporting accounts…</source>
        <translation>खाते निर्यात हो रहे हैं…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>%1 accounts written…</source>
        <translation>%1 खाते लिखे गए…</translation>
    </message>
    <message>
        <source>Vaccinators</source>
        <translation>टीकाकर्ता</translation>
    </message>
    <message>
        <source>The account was created. It has no password yet: when its owner is ready, use Force password reset to send a one-time password to the mobile.</source>
        <translation>खाता बन गया। इसका अभी कोई पासवर्ड नहीं है: जब इसका धारक तैयार हो, तो मोबाइल पर एक बार का पासवर्ड भेजने के लिए पासवर्ड रीसेट करवाएँ का उपयोग करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported. They have no password yet: a bulk reset of their centre, district or state sends each a one-time password.</source>
        <translation>
            <numerusform>%n खाता आयात हुआ। इसका अभी कोई पासवर्ड नहीं है: इसके केंद्र, ज़िले या राज्य का सामूहिक रीसेट इसे एक बार का पासवर्ड भेजता है।</numerusform>
            <numerusform>%n खाते आयात हुए। इनका अभी कोई पासवर्ड नहीं है: इनके केंद्र, ज़िले या राज्य का सामूहिक रीसेट हर खाते को एक बार का पासवर्ड भेजता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation>सामूहिक कार्रवाई (&amp;B)…</translation>
    </message>
    <message>
        <source>Vaccinator accounts</source>
        <translation>टीकाकर्ता खाते</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>खाते का विवरण</translation>
    </message>
</context>
<context>
    <name>cowin::ui::WatchDetailPane</name>
    <message>
        <source>&amp;Freeze…</source>
        <translation>फ़्रीज़ करें (&amp;F)…</translation>
    </message>
    <message>
        <source>Reset the &amp;password…</source>
        <translation>पासवर्ड रीसेट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable the account…</source>
        <translation>खाता निष्क्रिय करें (&amp;D)…</translation>
    </message>
    <message>
        <source>Suspend &amp;the key…</source>
        <translation>कुंजी निलंबित करें (&amp;T)…</translation>
    </message>
    <message>
        <source>Suspend th&amp;e partner…</source>
        <translation>साझेदार निलंबित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;witch partner APIs off…</source>
        <translation>साझेदार API बंद करें (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Open the account</source>
        <translation>खाता खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Dis&amp;miss…</source>
        <translation>ख़ारिज करें (&amp;M)…</translation>
    </message>
    <message>
        <source>A frozen account&apos;s lookups are refused and its portal sessions end; a frozen key is suspended at every gateway. It stays frozen until an incident commander or admin releases it.</source>
        <translation>फ़्रीज़ खाते की खोजें मना होती हैं और उसके पोर्टल सत्र समाप्त होते हैं; फ़्रीज़ कुंजी हर गेटवे पर निलंबित होती है। यह तब तक फ़्रीज़ रहता है जब तक कोई इंसिडेंट कमांडर या एडमिन इसे मुक्त न करे।</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>मुक्त करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No alert chosen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;कोई अलर्ट नहीं चुना गया&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Choose an alert to see who it is about and what to do.</source>
        <translation>अलर्ट चुनें, यह देखने के लिए कि वह किसके बारे में है और क्या करना है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert:&lt;/b&gt; %1, raised %2, last seen %3</source>
        <translation>&lt;b&gt;अलर्ट:&lt;/b&gt; %1, उठा %2, अंतिम बार देखा %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account:&lt;/b&gt; %1 (%2), %3, %4, %5; %6</source>
        <translation>&lt;b&gt;खाता:&lt;/b&gt; %1 (%2), %3, %4, %5; %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partner:&lt;/b&gt; %1 (%2); key %3 (%4)</source>
        <translation>&lt;b&gt;साझेदार:&lt;/b&gt; %1 (%2); कुंजी %3 (%4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Distinct people:&lt;/b&gt; %1 this hour (budget %2), %3 today (budget %4)</source>
        <translation>&lt;b&gt;अलग-अलग लोग:&lt;/b&gt; इस घंटे %1 (बजट %2), आज %3 (बजट %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peers:&lt;/b&gt; a usual day of theirs is %1 people</source>
        <translation>&lt;b&gt;समकक्ष:&lt;/b&gt; उनका सामान्य दिन %1 लोग</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peers:&lt;/b&gt; not enough history yet</source>
        <translation>&lt;b&gt;समकक्ष:&lt;/b&gt; अभी पर्याप्त इतिहास नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lookups today:&lt;/b&gt; %1, of them refused %2</source>
        <translation>&lt;b&gt;आज की खोजें:&lt;/b&gt; %1, उनमें से मना %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found no one:&lt;/b&gt; %1 of %2; &lt;b&gt;outside the state:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;कोई नहीं मिला:&lt;/b&gt; %2 में से %1; &lt;b&gt;राज्य के बाहर:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Frozen&lt;/b&gt; %1 by %2: %3</source>
        <translation>&lt;b&gt;फ़्रीज़&lt;/b&gt; %1, %2 द्वारा: %3</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>%1 को मुक्त करें</translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation>%1 को फ़्रीज़ करें</translation>
    </message>
    <message>
        <source>Lookups by &lt;b&gt;%1&lt;/b&gt; are allowed again (a key becomes active again at every gateway).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; की खोजें फिर से अनुमत हैं (कुंजी हर गेटवे पर फिर सक्रिय हो जाती है)।</translation>
    </message>
    <message>
        <source>Every lookup by &lt;b&gt;%1&lt;/b&gt; is refused from now on; an account&apos;s portal sessions end, a key is suspended at every gateway. It stays frozen until released with a reason.</source>
        <translation>अब से &lt;b&gt;%1&lt;/b&gt; की हर खोज मना है; खाते के पोर्टल सत्र समाप्त होते हैं, कुंजी हर गेटवे पर निलंबित होती है। कारण के साथ मुक्त किए जाने तक यह फ़्रीज़ रहता है।</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>मुक्त करें</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>फ़्रीज़ करें</translation>
    </message>
    <message>
        <source>%1 is released.</source>
        <translation>%1 मुक्त है।</translation>
    </message>
    <message>
        <source>%1 is frozen.</source>
        <translation>%1 फ़्रीज़ है।</translation>
    </message>
    <message>
        <source>checked with the centre: a vaccination drive</source>
        <translation>केंद्र से जाँचा: टीकाकरण अभियान</translation>
    </message>
    <message>
        <source>looks like a bot walking through numbers</source>
        <translation>लगता है कोई बॉट नंबर एक-एक करके आज़मा रहा है</translation>
    </message>
    <message>
        <source>Dismiss this alert</source>
        <translation>यह अलर्ट ख़ारिज करें</translation>
    </message>
    <message>
        <source>The alert is closed and leaves the list; the audit trail keeps it with your reason. A new sign of the same kind raises a new alert.</source>
        <translation>अलर्ट बंद होकर सूची से हट जाता है; ऑडिट ट्रेल उसे आपके कारण के साथ रखता है। उसी तरह का नया संकेत नया अलर्ट उठाता है।</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ख़ारिज करें</translation>
    </message>
    <message>
        <source>The alert is dismissed.</source>
        <translation>अलर्ट ख़ारिज किया गया।</translation>
    </message>
    <message>
        <source>mass vaccination camp confirmed by the district officer</source>
        <translation>ज़िला अधिकारी ने सामूहिक टीकाकरण शिविर की पुष्टि की</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 का पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; must choose a new password at the next login; its portal sessions end and a one-time password goes to its registered mobile.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; को अगले लॉगिन पर नया पासवर्ड चुनना होगा; उसके पोर्टल सत्र समाप्त होते हैं और एक बार का पासवर्ड पंजीकृत मोबाइल पर जाता है।</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>%1 का पासवर्ड रीसेट हो गया।</translation>
    </message>
    <message>
        <source>lookups look like a stolen password</source>
        <translation>खोजें चोरी हुए पासवर्ड जैसी लगती हैं</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 को निष्क्रिय करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can no longer sign in to the portal until an admin enables it again.</source>
        <translation>जब तक कोई एडमिन इसे फिर सक्रिय न करे, &lt;b&gt;%1&lt;/b&gt; पोर्टल में साइन इन नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>निष्क्रिय करें</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 निष्क्रिय है।</translation>
    </message>
    <message>
        <source>account used by a bot</source>
        <translation>खाता बॉट द्वारा इस्तेमाल हुआ</translation>
    </message>
    <message>
        <source>Suspend key %1</source>
        <translation>कुंजी %1 निलंबित करें</translation>
    </message>
    <message>
        <source>Every gateway refuses key &lt;b&gt;%1&lt;/b&gt; from its next state, for every scope.</source>
        <translation>हर गेटवे अपनी अगली स्थिति से कुंजी &lt;b&gt;%1&lt;/b&gt; को हर स्कोप के लिए मना करता है।</translation>
    </message>
    <message>
        <source>Suspend key</source>
        <translation>कुंजी निलंबित करें</translation>
    </message>
    <message>
        <source>Key %1 is suspended.</source>
        <translation>कुंजी %1 निलंबित है।</translation>
    </message>
    <message>
        <source>key used to walk through numbers</source>
        <translation>कुंजी से नंबर एक-एक करके आज़माए गए</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 को निलंबित करें</translation>
    </message>
    <message>
        <source>Every key of &lt;b&gt;%1&lt;/b&gt; is refused at every gateway until the partner is resumed.</source>
        <translation>साझेदार के फिर शुरू होने तक &lt;b&gt;%1&lt;/b&gt; की हर कुंजी हर गेटवे पर मना है।</translation>
    </message>
    <message>
        <source>Suspend partner</source>
        <translation>साझेदार निलंबित करें</translation>
    </message>
    <message>
        <source>%1 is suspended.</source>
        <translation>%1 निलंबित है।</translation>
    </message>
    <message>
        <source>partner&apos;s keys used by a bot</source>
        <translation>साझेदार की कुंजियाँ बॉट द्वारा इस्तेमाल हुईं</translation>
    </message>
</context>
<context>
    <name>cowin::ui::WatchPage</name>
    <message>
        <source>Who looked &amp;up a number…</source>
        <translation>किसने नंबर खोजा (&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Budgets…</source>
        <translation>बजट (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Canaries…</source>
        <translation>कैनरी (&amp;C)…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Watch&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;निगरानी&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Every lookup of a person through the vaccinator portal or a partner key is asked for first. Accounts and keys that look up more people than their peers, hit a canary number or behave like a bot raise alerts here.</source>
        <translation>वैक्सीनेटर पोर्टल या साझेदार कुंजी से किसी व्यक्ति की हर खोज पहले पूछी जाती है। जो खाते और कुंजियाँ अपने समकक्षों से ज़्यादा लोगों को खोजें, कैनरी नंबर छुएँ या बॉट जैसा व्यवहार करें, वे यहाँ अलर्ट उठाती हैं।</translation>
    </message>
    <message>
        <source>Every account and key that looked up a mobile or Aadhaar number, when, and the answer it got. Your question is recorded first.</source>
        <translation>हर खाता और कुंजी जिसने कोई मोबाइल या आधार नंबर खोजा, कब, और उसे क्या उत्तर मिला। आपका प्रश्न पहले दर्ज होता है।</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation>अलर्ट का विवरण</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>निगरानी</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ रहे हैं…</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>कोई खुला अलर्ट नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n खुले अलर्ट</numerusform>
            <numerusform>%n खुले अलर्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n frozen without one</source>
        <translation>
            <numerusform>; %n बिना अलर्ट के फ़्रीज़</numerusform>
            <numerusform>; %n बिना अलर्ट के फ़्रीज़</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::ui::WhoLookedUpDialog</name>
    <message>
        <source>&amp;Ask</source>
        <translation>पूछें (&amp;A)</translation>
    </message>
    <message>
        <source>Who looked up this person?</source>
        <translation>इस व्यक्ति को किसने खोजा?</translation>
    </message>
    <message>
        <source>Type the mobile or Aadhaar number a complaint is about. Your question is recorded in the audit trail, with the number masked, before the answer is shown.</source>
        <translation>वह मोबाइल या आधार नंबर लिखें जिसके बारे में शिकायत है। उत्तर दिखाने से पहले आपका प्रश्न, नंबर छिपाकर, ऑडिट ट्रेल में दर्ज होता है।</translation>
    </message>
    <message>
        <source>98765 43210, or a 12-digit Aadhaar number</source>
        <translation>98765 43210, या 12 अंकों का आधार नंबर</translation>
    </message>
    <message>
        <source>complaint or CERT-In request number</source>
        <translation>शिकायत या CERT-In अनुरोध संख्या</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>नंबर (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Lookups of this number</source>
        <translation>इस नंबर की खोजें</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>From</source>
        <translation>कहाँ से</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, कुंजी %2</translation>
    </message>
    <message>
        <source>No account or key looked this number up in the last 180 days.</source>
        <translation>पिछले 180 दिनों में किसी खाते या कुंजी ने यह नंबर नहीं खोजा।</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) of this number, newest first.</source>
        <translation>
            <numerusform>इस नंबर की %n खोजें, नई पहले।</numerusform>
            <numerusform>इस नंबर की %n खोजें, नई पहले।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cowin::vaccinators::VaccinatorCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>फ़ाइल खाली है।</translation>
    </message>
    <message>
        <source>The first line must name the columns login_id, full_name, mobile and centre_id; %1 is missing.</source>
        <translation>पहली पंक्ति में कॉलम login_id, full_name, mobile और centre_id होने चाहिए; %1 नहीं है।</translation>
    </message>
    <message>
        <source>Import at most %1 accounts at a time.</source>
        <translation>एक बार में अधिकतम %1 खाते आयात करें।</translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation>इस पंक्ति में %1 फ़ील्ड हैं; शीर्ष पंक्ति में %2 हैं।</translation>
    </message>
</context>
<context>
    <name>cowin::vaccinators::VaccinatorExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) exported, mobile numbers masked.</source>
        <translation>
            <numerusform>%n खाता निर्यात हुआ, मोबाइल नंबर छिपे हुए।</numerusform>
            <numerusform>%n खाते निर्यात हुए, मोबाइल नंबर छिपे हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>the server could not do it (code %1)</source>
        <translation>सर्वर यह नहीं कर सका (कोड %1)</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <source>The export failed: %1. No file was written.</source>
        <translation>निर्यात विफल: %1। कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
</context>
<context>
    <name>cowin::vaccinators::VaccinatorListModel</name>
    <message>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>पासवर्ड बदलना ज़रूरी</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Outside your states and districts: you can look, not act.</source>
        <translation>आपके राज्यों और ज़िलों से बाहर: आप देख सकते हैं, कार्रवाई नहीं कर सकते।</translation>
    </message>
    <message numerus="yes">
        <source>Locked by the portal after %n failed logins</source>
        <translation>
            <numerusform>%n विफल लॉगिन के बाद पोर्टल द्वारा लॉक</numerusform>
            <numerusform>%n विफल लॉगिन के बाद पोर्टल द्वारा लॉक</numerusform>
        </translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>लॉगिन आईडी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>पिछला लॉगिन</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>विफल लॉगिन</translation>
    </message>
</context>
<context>
    <name>cowin::watch::WatchAlertModel</name>
    <message>
        <source>Frozen</source>
        <translation>फ़्रीज़</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, कुंजी %2</translation>
    </message>
    <message>
        <source>Looked up the canary number “%1”</source>
        <translation>कैनरी नंबर “%1” खोजा</translation>
    </message>
    <message>
        <source>Went over its budget: %1 people in an hour (budget %2), %3 in the day (budget %4)</source>
        <translation>बजट से आगे गया: एक घंटे में %1 लोग (बजट %2), दिन में %3 (बजट %4)</translation>
    </message>
    <message>
        <source>%1 people in a day, against a usual day of %2</source>
        <translation>एक दिन में %1 लोग, जबकि सामान्य दिन %2</translation>
    </message>
    <message>
        <source>%1 of %2 numbers it looked up found no one</source>
        <translation>खोजे गए %2 में से %1 नंबरों पर कोई नहीं मिला</translation>
    </message>
    <message>
        <source>%1 of %2 people it looked up live outside %3</source>
        <translation>खोजे गए %2 में से %1 लोग %3 के बाहर रहते हैं</translation>
    </message>
    <message>
        <source>%1 people looked up between 23:00 and 05:00</source>
        <translation>23:00 से 05:00 के बीच %1 लोग खोजे गए</translation>
    </message>
    <message>
        <source>Looked people up from a network it never used: %1</source>
        <translation>ऐसे नेटवर्क से खोजें कीं जो पहले कभी इस्तेमाल नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>%1 people today (budget %2), %3 this hour (budget %4)</source>
        <translation>आज %1 लोग (बजट %2), इस घंटे %3 (बजट %4)</translation>
    </message>
    <message>
        <source>; peers&apos; median day %1</source>
        <translation>; समकक्षों का सामान्य दिन %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>अनुमति मिली</translation>
    </message>
    <message>
        <source>Refused: over its budget</source>
        <translation>मना: बजट से आगे</translation>
    </message>
    <message>
        <source>Refused: a canary (frozen at once)</source>
        <translation>मना: कैनरी (तुरंत फ़्रीज़)</translation>
    </message>
    <message>
        <source>Refused: account frozen</source>
        <translation>मना: खाता फ़्रीज़</translation>
    </message>
    <message>
        <source>Refused: key suspended</source>
        <translation>मना: कुंजी निलंबित</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>मना: %1</translation>
    </message>
    <message>
        <source>%1, frozen</source>
        <translation>%1, फ़्रीज़</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n बार)</numerusform>
            <numerusform>%1 (%n बार)</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>क्या देखा गया</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>उठा</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for the ministry&apos;s vaccination platform: operators, partners, audit.</source>
        <translation>मंत्रालय के टीकाकरण प्लेटफ़ॉर्म का कंसोल: ऑपरेटर, साझेदार, ऑडिट।</translation>
    </message>
    <message>
        <source>Start the embedded demo database.</source>
        <translation>अंतर्निहित डेमो डेटाबेस शुरू करें।</translation>
    </message>
    <message>
        <source>Folder of the demo database.</source>
        <translation>डेमो डेटाबेस का फ़ोल्डर।</translation>
    </message>
    <message>
        <source>Production server: a libpq connection string (host, port, dbname, sslmode, sslrootcert).</source>
        <translation>प्रोडक्शन सर्वर: libpq कनेक्शन स्ट्रिंग (host, port, dbname, sslmode, sslrootcert)।</translation>
    </message>
    <message>
        <source>CoWIN Admin Console</source>
        <translation>CoWIN प्रशासन कंसोल</translation>
    </message>
</context>
</TS>
