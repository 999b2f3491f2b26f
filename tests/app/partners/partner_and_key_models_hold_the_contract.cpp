// SPDX-License-Identifier: Apache-2.0
// The partner list and a partner's keys as the views read them, under QAbstractItemModelTester
// through a reset, a shrink and an empty list: every row and role answers, the state a view
// colours by is the one a gateway would act on.
#include "partners/ApiKeyTableModel.h"
#include "partners/PartnerTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cowin::partners;

namespace {
PartnerRow partner(int id, const QString &status) {
    PartnerRow p;
    p.id = id;
    p.name = QStringLiteral("Partner %1").arg(id);
    p.sector = id % 2 ? QStringLiteral("private") : QStringLiteral("government");
    p.status = status;
    p.scopes = {QStringLiteral("certificate.verify")};
    p.activeKeys = id;
    p.callsLastDay = 1000 * id;
    p.lastUsedAt = id % 3 ? QDateTime::currentDateTimeUtc() : QDateTime();
    return p;
}

ApiKeyRow key(qint64 id, const QString &status, const QDateTime &expires) {
    ApiKeyRow k;
    k.id = id;
    k.displayPrefix = QStringLiteral("cwk_%1").arg(id);
    k.scopes = {QStringLiteral("slots.read")};
    k.status = status;
    k.createdAt = QDateTime::currentDateTimeUtc().addDays(-10);
    k.expiresAt = expires;
    return k;
}
} // namespace

class PartnerAndKeyModelsHoldTheContract : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void partnersThroughResetsAndAShrink() {
        PartnerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({partner(1, QStringLiteral("active")),
                       partner(2, QStringLiteral("suspended")),
                       partner(3, QStringLiteral("revoked"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), static_cast<int>(PartnerTableModel::ColumnCount));
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.data(model.index(1, 0), PartnerTableModel::IdRole).toInt(), 2);
        QCOMPARE(model.data(model.index(2, 0), PartnerTableModel::StateRole).toString(),
                 QStringLiteral("revoked"));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
        model.setRows({partner(3, QStringLiteral("revoked"))});
        QCOMPARE(model.rowOf(2), -1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void keysShowTheStateAGatewayActsOn() {
        ApiKeyTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setKeys({key(1, QStringLiteral("active"), now.addDays(30)),
                       key(2, QStringLiteral("active"), now.addDays(-1)),
                       key(3, QStringLiteral("suspended"), {}),
                       key(4, QStringLiteral("revoked"), now.addDays(30))});
        QCOMPARE(model.rowCount(), 4);
        const auto state = [&model](int row) {
            return model.data(model.index(row, 0), ApiKeyTableModel::StateRole).toString();
        };
        QCOMPARE(state(0), QStringLiteral("active"));
        QCOMPARE(state(1), QStringLiteral("expired"));
        QCOMPARE(state(2), QStringLiteral("suspended"));
        QCOMPARE(state(3), QStringLiteral("revoked"));
        QCOMPARE(model.data(model.index(3, 0), ApiKeyTableModel::IdRole).toLongLong(), 4);
        model.setKeys({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(PartnerAndKeyModelsHoldTheContract)
#include "partner_and_key_models_hold_the_contract.moc"
