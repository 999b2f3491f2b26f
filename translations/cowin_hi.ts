<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
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
</context>
<context>
    <name>cowin::ui::ConsoleApp</name>
    <message>
        <source>Starting the embedded demo database in %1…</source>
        <translation>%1 में अंतर्निहित डेमो डेटाबेस शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>आप साइन आउट हो गए हैं।</translation>
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
        <source>(enrolled elsewhere)</source>
        <translation>(कहीं और नामांकित)</translation>
    </message>
    <message>
        <source>not enrolled yet (see below)</source>
        <translation>अभी नामांकित नहीं (नीचे देखें)</translation>
    </message>
    <message>
        <source>%1  (%2 s)</source>
        <translation>%1  (%2 से.)</translation>
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
    <name>cowin::ui::LoginWindow</name>
    <message>
        <source>CoWIN Admin Console — Sign in</source>
        <translation>CoWIN प्रशासन कंसोल — साइन इन</translation>
    </message>
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
</context>
<context>
    <name>cowin::ui::MainWindow</name>
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
        <translation>ऑडिटर</translation>
    </message>
    <message>
        <source>CoWIN Admin Console — %1</source>
        <translation>CoWIN प्रशासन कंसोल — %1</translation>
    </message>
    <message>
        <source>Vaccinators</source>
        <translation>टीकाकर्ता</translation>
    </message>
    <message>
        <source>Find a vaccinator by mobile number, login id, name, centre or district; force a password reset, unlock or disable an account; bulk resets with step-up confirmation.</source>
        <translation>मोबाइल नंबर, लॉगिन आईडी, नाम, केंद्र या ज़िले से टीकाकर्ता खोजें; पासवर्ड रीसेट करवाएँ, खाता अनलॉक या निष्क्रिय करें; अतिरिक्त पुष्टि के साथ सामूहिक रीसेट।</translation>
    </message>
    <message>
        <source>Partners &amp; API access</source>
        <translation>साझेदार और API पहुँच</translation>
    </message>
    <message>
        <source>Partner API access and keys, and the emergency kill-switch that turns off every partner API at once.</source>
        <translation>साझेदार API पहुँच और कुंजियाँ, और आपातकालीन किल-स्विच जो सभी साझेदार API एक साथ बंद करता है।</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <source>Browse, verify and export the tamper-evident audit trail.</source>
        <translation>छेड़छाड़-प्रकट ऑडिट ट्रेल देखें, सत्यापित करें और निर्यात करें।</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Create console operators, set their groups and scope, reset a lost authenticator, unlock, disable.</source>
        <translation>कंसोल ऑपरेटर बनाएँ, उनके समूह और दायरा तय करें, खोया ऑथेंटिकेटर रीसेट करें, अनलॉक करें, निष्क्रिय करें।</translation>
    </message>
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
        <translation>&amp;सत्र</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>अभी &amp;लॉक करें</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन &amp;आउट</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बा&amp;हर निकलें</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation>%1 (%2) के रूप में साइन इन · %3</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>कोई समूह नहीं</translation>
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
        <source>This part of the console is being built; it will appear here.</source>
        <translation>कंसोल का यह भाग बनाया जा रहा है; यह यहाँ दिखाई देगा।</translation>
    </message>
    <message>
        <source>Reading the chain head…</source>
        <translation>चेन का शीर्ष पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Audit chain head: event #%1, %2 events, hash %3</source>
        <translation>ऑडिट चेन शीर्ष: घटना #%1, %2 घटनाएँ, हैश %3</translation>
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
        <source>That code was already used. Wait for the next code in your app.</source>
        <translation>यह कोड पहले ही उपयोग हो चुका है। अपने ऐप में अगले कोड की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. A ministry admin can unlock it.</source>
        <translation>बहुत अधिक गलत कोड के बाद यह खाता लॉक हो गया है। मंत्रालय का व्यवस्थापक इसे अनलॉक कर सकता है।</translation>
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
</context>
</TS>
