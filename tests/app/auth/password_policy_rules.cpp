// SPDX-License-Identifier: Apache-2.0
#include "auth/PasswordPolicy.h"

#include <QRegularExpression>
#include <QtTest>

using namespace cowin::auth;

class PasswordPolicyRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtInListIsLoaded() {
        QVERIFY(PasswordPolicy::withBuiltInList().commonListSize() > 300);
    }
    void generatedPasswordsPassAndDiffer() {
        const auto policy = PasswordPolicy::withBuiltInList();
        QSet<QString> seen;
        static const QRegularExpression shape(
            QStringLiteral("^[a-km-np-z2-79]{5}(-[a-km-np-z2-79]{5}){3}$"));
        for (int i = 0; i < 200; ++i) {
            const QString p = PasswordPolicy::generate();
            QVERIFY2(shape.match(p).hasMatch(), qPrintable(p));
            QCOMPARE(policy.check(QStringLiteral("kiran_rao"), p, p), PasswordProblem::None);
            seen.insert(p);
        }
        QCOMPARE(seen.size(), 200);
    }

    void rules_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<int>("problem");
        const auto p = [](PasswordProblem x) { return static_cast<int>(x); };
        QTest::newRow("short") << "Sh0rt!pass"
                               << "Sh0rt!pass" << p(PasswordProblem::TooShort);
        QTest::newRow("username") << "ravi_helpdesk"
                                  << "ravi_helpdesk" << p(PasswordProblem::SameAsUsername);
        QTest::newRow("contains username")
            << "xx-ravi_helpdesk-yy"
            << "xx-ravi_helpdesk-yy" << p(PasswordProblem::ContainsUsername);
        QTest::newRow("common") << "password1234"
                                << "password1234" << p(PasswordProblem::Common);
        QTest::newRow("common, decorated") << "2024!!Qwertyuiop#"
                                           << "2024!!Qwertyuiop#" << p(PasswordProblem::Common);
        QTest::newRow("common, Indian") << "IloveIndia123"
                                        << "IloveIndia123" << p(PasswordProblem::Common);
        QTest::newRow("mismatch") << "tulip-monsoon-42"
                                  << "tulip-monsoon-43" << p(PasswordProblem::Mismatch);
        QTest::newRow("good") << "tulip-monsoon-42"
                              << "tulip-monsoon-42" << p(PasswordProblem::None);
    }
    void rules() {
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(int, problem);
        const PasswordPolicy policy = PasswordPolicy::withBuiltInList();
        QCOMPARE(
            static_cast<int>(policy.check(QStringLiteral("ravi_helpdesk"), password, confirmation)),
            problem);
    }
};

QTEST_GUILESS_MAIN(PasswordPolicyRules)
#include "password_policy_rules.moc"
