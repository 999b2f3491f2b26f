// SPDX-License-Identifier: Apache-2.0
#include "partners/GatewaysDialog.h"

#include "ErrorText.h"
#include "partners/KillSwitchBanner.h"
#include "text/LocalTime.h"
#include "widgets/ReadOnlyTable.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cowin::ui {

GatewaysDialog::GatewaysDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(tr("Reading…"), this)) {
    setObjectName(QStringLiteral("gatewaysDialog"));
    setWindowTitle(tr("Partner gateways"));
    m_table->setObjectName(QStringLiteral("gatewaysTable"));
    setUpReadOnlyTable(m_table,
                       {tr("Gateway"), tr("State version"), tr("Applied"), tr("Last confirmed"),
                        tr("Kill-switch in force")},
                       {160, 150, 150, 150});
    m_status->setObjectName(QStringLiteral("gatewaysStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 360);
    session->call(&partners::KillSwitchCalls::gateways)
        .then(this, [this](const db::Result<QList<partners::GatewayAck>> &r) {
            if (!r.isOk()) {
                m_status->setText(errorText(r.error()));
                return;
            }
            show(r.value());
        });
}

void GatewaysDialog::show(const QList<partners::GatewayAck> &gateways) {
    const bool switchedOff = std::any_of(gateways.begin(), gateways.end(),
                                         [](const auto &g) { return g.obeysIncident.has_value(); });
    m_status->setText(gateways.isEmpty()
                          ? tr("No gateway daemon has reported the state it applied.")
                      : switchedOff ? KillSwitchBanner::acknowledgementText(gateways)
                                    : tr("%n gateway(s); partner APIs are on.", nullptr,
                                         static_cast<int>(gateways.size())));
    m_table->setRowCount(static_cast<int>(gateways.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < gateways.size(); ++row) {
        const partners::GatewayAck &g = gateways.at(row);
        const QString version =
            g.appliedVersion >= g.currentVersion
                ? tr("%1 (current)").arg(g.appliedVersion)
                : tr("%1 (current is %2)").arg(g.appliedVersion).arg(g.currentVersion);
        const qint64 silentFor = g.lastSeenAt.secsTo(now);
        const QString seen = silentFor > 30
                                 ? tr("%1 (silent for %n s)", nullptr, static_cast<int>(silentFor))
                                       .arg(text::localTime(g.lastSeenAt))
                                 : text::localTime(g.lastSeenAt);
        const QString obeys =
            !g.obeysIncident   ? tr("none in force")
            : *g.obeysIncident ? tr("obeys, %1 ms after the switch-off")
                                     .arg(QLocale().toString(g.acknowledgedMs.value_or(0), 'f', 0))
                               : tr("NOT YET");
        const QStringList cells{g.gatewayId, version, text::localTime(g.appliedAt), seen, obeys};
        setReadOnlyRow(m_table, row, cells,
                       g.obeysIncident && !*g.obeysIncident
                           ? std::optional<QColor>(QColor(0xb3, 0x26, 0x1e))
                           : std::nullopt);
    }
    Q_EMIT shown(static_cast<int>(gateways.size()));
}

} // namespace cowin::ui
