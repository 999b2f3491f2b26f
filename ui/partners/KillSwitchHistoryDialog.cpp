// SPDX-License-Identifier: Apache-2.0
#include "partners/KillSwitchHistoryDialog.h"
#include "text/LocalTime.h"

#include "ErrorText.h"
#include "partners/KillSwitchBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

KillSwitchHistoryDialog::KillSwitchHistoryDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(tr("Reading…"), this)) {
    setObjectName(QStringLiteral("killSwitchHistory"));
    setWindowTitle(tr("Kill-switch history"));
    m_table->setObjectName(QStringLiteral("killSwitchHistoryTable"));
    setUpReadOnlyTable(m_table,
                       {tr("Switched off"), tr("What"), tr("By, and why"),
                        tr("Restore asked by, and why"), tr("Restored")},
                       {130, 190, 240, 240});
    m_table->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("killSwitchHistoryStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 420);
    session->call(&partners::KillSwitchCalls::history, kIncidents)
        .then(this, [this](const db::Result<QList<partners::KillSwitchIncident>> &r) {
            if (!r.isOk()) {
                m_status->setText(errorText(r.error()));
                return;
            }
            show(r.value());
        });
}

void KillSwitchHistoryDialog::show(const QList<partners::KillSwitchIncident> &incidents) {
    m_status->setText(incidents.isEmpty() ? tr("Partner APIs have never been switched off.")
                                          : tr("The newest %n switch-off(s) first.", nullptr,
                                               static_cast<int>(incidents.size())));
    m_table->setRowCount(static_cast<int>(incidents.size()));
    for (int row = 0; row < incidents.size(); ++row) {
        const partners::KillSwitchIncident &k = incidents.at(row);
        QString what = KillSwitchBanner::levelText(k.level, k.sector);
        if (k.inForce() && k.partnersCut >= 0)
            what += QLatin1Char('\n') + tr("cuts %n active partner(s) now", nullptr, k.partnersCut);
        const QString asked =
            k.restoreRequestedBy.isEmpty()
                ? (k.inForce() ? tr("no restore asked yet") : QString())
                : tr("%1, %2:\n%3")
                      .arg(k.restoreRequestedBy, text::localTime(k.restoreRequestedAt),
                           k.restoreReason);
        const QString restored =
            k.inForce() ? (k.restoreRequestedBy.isEmpty()
                               ? tr("In force")
                               : tr("In force: waiting for a second operator to approve"))
                        : tr("%1, approved by %2").arg(text::localTime(k.restoredAt), k.restoredBy);
        const QStringList cells{text::localTime(k.engagedAt), what,
                                tr("%1:\n%2").arg(k.engagedBy, k.reason), asked, restored};
        setReadOnlyRow(m_table, row, cells,
                       k.inForce() ? std::optional<QColor>(QColor(0xb3, 0x26, 0x1e))
                                   : std::nullopt);
    }
    m_table->resizeRowsToContents();
    Q_EMIT shown(static_cast<int>(incidents.size()));
}

} // namespace cowin::ui
