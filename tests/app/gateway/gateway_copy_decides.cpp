// SPDX-License-Identifier: Apache-2.0
// The daemon's side of a decision, without a server: addresses and allowlists as PostgreSQL
// compares them, the order of reasons, the key hash, the address cool-off, and failing closed.
#include "gateway/GatewayGate.h"
#include "gateway/SubjectCheck.h"

#include <QCryptographicHash>
#include <QTest>
#include <thread>

using namespace cowin::gateway;

namespace {
KeyEntry key(std::string denial = {}) {
    KeyEntry k;
    k.partner = "Partner";
    k.sector = "government";
    k.denial = std::move(denial);
    k.expiresAtMs = std::numeric_limits<std::int64_t>::max();
    k.scopes = {"beneficiary.lookup", "certificate.verify"};
    k.allowlist = {*Cidr::parse("10.20.0.0/16"), *Cidr::parse("2001:db8:20::/48"),
                   *Cidr::parse("203.0.113.7/32")};
    return k;
}

// The switch at personal data for the government sector: beneficiary.lookup and any scope
// not known here are cut, certificate.verify and centre.list are not.
GatewayCopy personalDataOff() {
    GatewayCopy c;
    c.cuts = {{"government", "beneficiary.lookup", true, true},
              {"government", "certificate.verify", true, false},
              {"government", "centre.list", true, false},
              {"government", "", false, true},
              {"private", "beneficiary.lookup", true, false},
              {"private", "certificate.verify", true, false},
              {"private", "centre.list", true, false},
              {"private", "", false, false}};
    return c;
}

std::string_view reason(const KeyEntry &k, std::string_view scope, std::string_view ip,
                        std::int64_t now = 1'000) {
    static const GatewayCopy copy = personalDataOff();
    return copy.decide(k, scope, ClientAddress::parse(ip), now).reason;
}
} // namespace

class GatewayCopyDecides : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addressesAndAllowlistsAsPostgreSqlComparesThem() {
        const KeyEntry k = key();
        QCOMPARE(reason(k, "certificate.verify", "10.20.255.255"), "ok");
        QCOMPARE(reason(k, "certificate.verify", "10.21.0.0"), "ip_denied");
        QCOMPARE(reason(k, "certificate.verify", "2001:db8:20:ffff::1"), "ok");
        QCOMPARE(reason(k, "certificate.verify", "2001:db8:21::1"), "ip_denied");
        QCOMPARE(reason(k, "certificate.verify", "::ffff:10.20.1.1"), "ip_denied");
        QCOMPARE(reason(k, "certificate.verify", "203.0.113.7"), "ok");
        QCOMPARE(reason(k, "certificate.verify", "203.0.113.8"), "ip_denied");
        QCOMPARE(reason(k, "certificate.verify", ""), "ip_denied");
        QCOMPARE(reason(k, "certificate.verify", "10.20.1.1; DROP"), "ip_denied");
        QVERIFY(!Cidr::parse("10.0.0.0/33"));
        QVERIFY(!Cidr::parse("10.0.0.0"));
        QVERIFY(!Cidr::parse("10.0.0.0/8x"));
        QVERIFY(Cidr::parse("0.0.0.0/0")->contains(*ClientAddress::parse("192.0.2.1")));
    }

    void reasonsInTheOrderAuthorizeGivesThem() {
        QCOMPARE(reason(key("partner_suspended"), "certificate.verify", "10.20.1.1"),
                 "partner_suspended");
        KeyEntry expired = key();
        expired.expiresAtMs = 1'000;
        QCOMPARE(reason(expired, "beneficiary.lookup", "192.0.2.1", 1'000), "key_expired");
        QCOMPARE(reason(key(), "beneficiary.lookup", "192.0.2.1"), "kill_switch");
        QCOMPARE(reason(key(), "centre.list", "10.20.1.1"), "scope_denied");
        QCOMPARE(reason(key(), "no.such", "10.20.1.1"), "kill_switch");
        QCOMPARE(reason(key(), "", "10.20.1.1"), "kill_switch");
        KeyEntry privateKey = key();
        privateKey.sector = "private";
        QCOMPARE(reason(privateKey, "beneficiary.lookup", "10.20.1.1"), "ok");
        QCOMPARE(reason(privateKey, "no.such", "10.20.1.1"), "scope_denied");
        QCOMPARE(reason(privateKey, "", "10.20.1.1"), "scope_denied");
    }

    void aKeyIsHashedOnlyWhenItCouldBeOne() {
        QVERIFY(!hashOfKey("short"));
        QVERIFY(!hashOfKey(std::string(201, 'a')));
        QVERIFY(hashOfKey(std::string(200, 'a')));
        // The same bytes as the database's sha256(convert_to(key, 'UTF8')).
        const auto h = hashOfKey("cwk_0123456789abcdef");
        QVERIFY(h);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(h->data()), 32),
                 QCryptographicHash::hash("cwk_0123456789abcdef", QCryptographicHash::Sha256));
        // Characters are counted as PostgreSQL's length() counts them: 16 Devanagari letters.
        QVERIFY(hashOfKey(QStringLiteral("कखगघङचछजझञटठडढणत").toStdString()));
    }

    void anAddressGuessingKeysIsCooledOff() {
        GatewayGate gate{std::chrono::milliseconds(60'000)};
        auto copy = std::make_shared<GatewayCopy>();
        copy->unknownKeysPerMinute = 3;
        copy->blockMinutes = 1;
        gate.publish(copy, std::chrono::steady_clock::now(), 0);
        const std::string unknown = "cwk_" + std::string(64, '0');
        for (int i = 0; i < 3; ++i)
            QCOMPARE(gate.decide({unknown, "certificate.verify", "198.51.100.9", {}}).reason,
                     "key_unknown");
        QCOMPARE(gate.decide({unknown, "certificate.verify", "198.51.100.9", {}}).reason,
                 "key_unknown");
        QCOMPARE(gate.decide({unknown, "certificate.verify", "198.51.100.9", {}}).reason,
                 "too_many_failures");
        QCOMPARE(gate.decide({unknown, "certificate.verify", "198.51.100.10", {}}).reason,
                 "key_unknown");
        // The database cooled off an address other gateways saw guessing: this one obeys it.
        auto cooled = std::make_shared<GatewayCopy>(*copy);
        cooled->cooled = {
            {*ClientAddress::parse("198.51.100.20"), std::numeric_limits<std::int64_t>::max()},
            {*ClientAddress::parse("198.51.100.21"), 1}};
        gate.publish(cooled, std::chrono::steady_clock::now(), 0);
        QCOMPARE(gate.decide({unknown, "certificate.verify", "198.51.100.20", {}}).reason,
                 "too_many_failures");
        QCOMPARE(gate.decide({unknown, "certificate.verify", "198.51.100.21", {}}).reason,
                 "key_unknown"); // its cooling off is over
        const auto reported = gate.cooloff().takeUnreported();
        QCOMPARE(reported.size(), size_t(3)); // .9, .10 and .21, for the database to count
        QVERIFY(gate.cooloff().takeUnreported().empty());
    }

    void aCallThatNamesAPersonIsTheDatabasesToDecide() {
        GatewayGate gate{std::chrono::milliseconds(60'000)};
        auto copy = std::make_shared<GatewayCopy>();
        KeyEntry k = key();
        k.scopes.push_back("beneficiary.lookup");
        copy->keys[*hashOfKey("cwk_0123456789abcdef")] = k;
        copy->subjectScopes = {"beneficiary.lookup"};
        gate.publish(copy, std::chrono::steady_clock::now(), 0);
        // No subject: refused here, as the database would.
        QCOMPARE(
            gate.decide({"cwk_0123456789abcdef", "beneficiary.lookup", "10.20.1.1", {}}).reason,
            "bad_input");
        // A subject but no way to ask: fails closed.
        const Decision d =
            gate.decide({"cwk_0123456789abcdef", "beneficiary.lookup", "10.20.1.1", "9876543210"});
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, "stale_state");
        // A denial the copy can make needs no one to ask, and other scopes stay local.
        QCOMPARE(
            gate.decide({"cwk_0123456789abcdef", "beneficiary.lookup", "192.0.2.1", "9876543210"})
                .reason,
            "ip_denied");
        QVERIFY(
            gate.decide({"cwk_0123456789abcdef", "certificate.verify", "10.20.1.1", {}}).allowed);
        QCOMPARE(SubjectCheck::knownReason("lookup_budget"), "lookup_budget");
        QCOMPARE(SubjectCheck::knownReason("<script>"), "denied");
    }

    void withoutAConfirmedCopyEveryAnswerIsStale() {
        GatewayGate gate{std::chrono::milliseconds(200)};
        QCOMPARE(
            gate.decide({"cwk_0123456789abcdef", "certificate.verify", "10.20.1.1", {}}).reason,
            "stale_state");
        auto copy = std::make_shared<GatewayCopy>();
        const std::optional<KeyHash> h = hashOfKey("cwk_0123456789abcdef");
        copy->keys[*h] = key();
        gate.publish(copy, std::chrono::steady_clock::now(), 0);
        const Decision allowed =
            gate.decide({"cwk_0123456789abcdef", "certificate.verify", "10.20.1.1", {}});
        QVERIFY(allowed.allowed);
        QCOMPARE(allowed.partner, "Partner");
        QCOMPARE(copy->keys.at(*h).usage->calls.load(), 1u);
        // A confirmation that began too long ago does not count.
        gate.confirm(std::chrono::steady_clock::now() - std::chrono::milliseconds(300));
        QCOMPARE(
            gate.decide({"cwk_0123456789abcdef", "certificate.verify", "10.20.1.1", {}}).reason,
            "stale_state");
    }
};

QTEST_MAIN(GatewayCopyDecides)
#include "gateway_copy_decides.moc"
