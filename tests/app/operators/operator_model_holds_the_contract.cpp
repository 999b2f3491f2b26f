// SPDX-License-Identifier: Apache-2.0
// The operator list as the view reads it, under QAbstractItemModelTester: rows by user name,
// the state a view colours by (locked, disabled, not enrolled, active), scope words.
#include "operators/OperatorTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cowin::operators;

namespace {
OperatorRow op(const QString &name, const QStringList &groups) {
    OperatorRow o;
    o.username = name;
    o.fullName = QStringLiteral("Full %1").arg(name);
    o.groups = groups;
    o.enrolled = true;
    return o;
}
} // namespace

class OperatorModelHoldsTheContract : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsStatesAndAShrink() {
        OperatorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OperatorRow locked = op(QStringLiteral("kiran"), {QStringLiteral("helpdesk")});
        locked.locked = true;
        locked.states = {QStringLiteral("KA")};
        OperatorRow disabled = op(QStringLiteral("asha"), {QStringLiteral("admin")});
        disabled.disabled = true;
        OperatorRow newcomer = op(QStringLiteral("dev"), {QStringLiteral("auditor")});
        newcomer.enrolled = false;
        newcomer.enrolmentPending = true;
        model.setRows({locked, disabled, newcomer, op(QStringLiteral("meera"), {})});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), static_cast<int>(OperatorTableModel::ColumnCount));
        QCOMPARE(model.rowOf(QStringLiteral("dev")), 2);
        const auto state = [&model](int row) {
            return model.data(model.index(row, 0), OperatorTableModel::StateRole).toString();
        };
        QCOMPARE(state(0), QStringLiteral("locked"));
        QCOMPARE(state(1), QStringLiteral("disabled"));
        QCOMPARE(state(2), QStringLiteral("not_enrolled"));
        QCOMPARE(state(3), QStringLiteral("active"));
        QCOMPARE(model.data(model.index(0, 0), OperatorTableModel::UsernameRole).toString(),
                 QStringLiteral("kiran"));
        QVERIFY(!OperatorTableModel::scopeText(locked).isEmpty());
        model.setRows({op(QStringLiteral("meera"), {})});
        QCOMPARE(model.rowOf(QStringLiteral("kiran")), -1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OperatorModelHoldsTheContract)
#include "operator_model_holds_the_contract.moc"
