// SPDX-License-Identifier: Apache-2.0
#include "watch/WhoLookedUpDialog.h"

#include "text/LocalTime.h"
#include "watch/WatchAlertModel.h"
#include "watch/WatchCalls.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

WhoLookedUpDialog::WhoLookedUpDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_errors(this, QStringLiteral("whoError"))
    , m_ask(makeButton(tr("&Ask"), QStringLiteral("whoAsk"), this))
    , m_action(new AuditedAction(session, &m_errors, m_ask))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this)) {
    setObjectName(QStringLiteral("whoLookedUpDialog"));
    setWindowTitle(tr("Who looked up this person?"));
    auto *intro = new QLabel(
        tr("Type the mobile or Aadhaar number a complaint is about. Your question is recorded "
           "in the audit trail, with the number masked, before the answer is shown."),
        this);
    intro->setWordWrap(true);
    m_number->setObjectName(QStringLiteral("whoNumber"));
    m_number->setPlaceholderText(tr("98765 43210, or a 12-digit Aadhaar number"));
    m_number->setMaxLength(40);
    m_reason->setObjectName(QStringLiteral("whoReason"));
    m_reason->setPlaceholderText(tr("complaint or CERT-In request number"));
    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Number:"), m_number, QStringLiteral("number"));
    m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    m_summary->setObjectName(QStringLiteral("whoSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("whoTable"));
    m_table->setAccessibleName(tr("Lookups of this number"));
    setUpReadOnlyTable(m_table, {tr("When"), tr("By"), tr("From"), tr("Answer")}, {140, 320, 120});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_ask, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ask, &QPushButton::clicked, this, &WhoLookedUpDialog::ask);
    connect(m_reason, &QLineEdit::returnPressed, this, &WhoLookedUpDialog::ask);
    m_number->setFocus();
}

void WhoLookedUpDialog::ask() {
    m_summary->clear();
    const QString number = m_number->text();
    const QString reason = m_reason->text();
    m_action->run<QList<watch::SubjectLookup>>(
        [this, number, reason](qint64) {
            return m_session->call(&watch::WatchCalls::whoLookedUp, number, reason, kMaxRows);
        },
        [this](const QList<watch::SubjectLookup> &lookups) {
            m_table->setRowCount(static_cast<int>(lookups.size()));
            int row = 0;
            for (const watch::SubjectLookup &l : lookups) {
                const QString by =
                    l.byAccount
                        ? tr("%1 (%2), %3, %4").arg(l.loginId, l.fullName, l.centre, l.district)
                        : tr("%1, key %2").arg(l.partnerName, l.keyPrefix);
                const bool allowed = l.reason == QLatin1String("ok");
                setReadOnlyRow(m_table, row++,
                               {text::localTime(l.lookedAt), by, l.clientIp,
                                watch::WatchAlertModel::answerText(l.reason)},
                               allowed ? std::nullopt
                                       : std::optional<QColor>(QColor(0xb3, 0x26, 0x1e)));
            }
            m_summary->setText(
                lookups.isEmpty()
                    ? tr("No account or key looked this number up in the last 180 days.")
                    : tr("%n lookup(s) of this number, newest first.", nullptr,
                         static_cast<int>(lookups.size())));
        });
}

} // namespace cowin::ui
