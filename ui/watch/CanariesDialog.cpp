// SPDX-License-Identifier: Apache-2.0
#include "watch/CanariesDialog.h"

#include "text/LocalTime.h"
#include "watch/WatchCalls.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/ReasonDialog.h"
#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

CanariesDialog::CanariesDialog(db::Session *session, const login::OperatorStatus &status,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 4, this))
    , m_number(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_errors(this, QStringLiteral("canaryError"))
    , m_saved(new QLabel(this))
    , m_plant(makeButton(tr("&Plant"), QStringLiteral("canaryPlant"), this))
    , m_retire(makeButton(tr("Re&tire…"), QStringLiteral("canaryRetire"), this))
    , m_action(new AuditedAction(session, &m_errors, m_plant)) {
    setObjectName(QStringLiteral("canariesDialog"));
    setWindowTitle(tr("Canary numbers"));
    auto *intro = new QLabel(
        tr("Numbers that belong to no one. Any account or key that looks one up is frozen at "
           "once and raises a critical alert. Only the last four digits are kept to show."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("canaryTable"));
    m_table->setAccessibleName(tr("Canary numbers"));
    setUpReadOnlyTable(m_table, {tr("Number"), tr("Name"), tr("Planted"), tr("Caught")},
                       {150, 220, 260});
    m_number->setObjectName(QStringLiteral("canaryNumber"));
    m_number->setMaxLength(40);
    m_label->setObjectName(QStringLiteral("canaryLabel"));
    m_label->setPlaceholderText(tr("e.g. Bihar list, March"));
    m_label->setMaxLength(80);
    m_reason->setObjectName(QStringLiteral("canaryReason"));
    m_reason->setPlaceholderText(tr("Why, for the audit trail"));
    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Number:"), m_number, QStringLiteral("number"));
    m_errors.addRow(form, tr("Na&me:"), m_label, QStringLiteral("label"));
    m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    const bool mayPlant = status.may("watch_canary_plant");
    for (QWidget *w : std::initializer_list<QWidget *>{m_number, m_label, m_reason})
        w->setEnabled(mayPlant);
    m_plant->setVisible(mayPlant);
    m_retire->setVisible(status.may("watch_canary_retire"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retire, QDialogButtonBox::ActionRole);
    buttons->addButton(m_plant, QDialogButtonBox::ActionRole);
    m_saved->setObjectName(QStringLiteral("canarySaved"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(m_saved);
    layout->addWidget(buttons);
    resize(780, 460);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plant, &QPushButton::clicked, this, &CanariesDialog::plant);
    connect(m_reason, &QLineEdit::returnPressed, this, &CanariesDialog::plant);
    connect(m_retire, &QPushButton::clicked, this, &CanariesDialog::retire);
    load();
}

void CanariesDialog::load() {
    m_session->call(&watch::WatchCalls::canaries)
        .then(this, [this](const db::Result<QList<watch::Canary>> &r) {
            if (!r.isOk()) {
                m_errors.show(r.error());
                return;
            }
            m_canaries = r.value();
            m_table->setRowCount(static_cast<int>(m_canaries.size()));
            int row = 0;
            for (const watch::Canary &c : std::as_const(m_canaries))
                setReadOnlyRow(m_table, row++,
                               {c.masked, c.label,
                                tr("%1 by %2").arg(text::localTime(c.plantedAt), c.plantedBy),
                                tr("%n account(s) or key(s)", nullptr, c.hits)});
            m_retire->setEnabled(!m_canaries.isEmpty());
            if (!m_canaries.isEmpty())
                m_table->setCurrentCell(0, 0);
        });
}

void CanariesDialog::plant() {
    m_saved->clear();
    const QString number = m_number->text();
    const QString label = m_label->text();
    const QString reason = m_reason->text();
    m_action->run<qint64>(
        [this, number, label, reason](qint64) {
            return m_session->call(&watch::WatchCalls::plantCanary, number, label, reason);
        },
        [this](qint64) {
            // The number is not kept here either.
            m_number->clear();
            m_label->clear();
            m_reason->clear();
            m_saved->setText(tr("Planted. A lookup of it freezes whoever makes it."));
            load();
        });
}

void CanariesDialog::retire() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_canaries.size())
        return;
    const watch::Canary c = m_canaries.at(row);
    auto *dialog = ReasonDialog::ask<db::Done>(
        this, m_session, tr("Retire canary %1").arg(c.masked),
        tr("A lookup of <b>%1</b> (%2) no longer freezes anyone.")
            .arg(c.masked.toHtmlEscaped(), c.label.toHtmlEscaped()),
        tr("Retire"),
        [this, id = c.id](const QString &reason) {
            return m_session->call(&watch::WatchCalls::retireCanary, id, reason);
        },
        [this](const db::Done &) { load(); });
    dialog->setExample(tr("number given out in error"));
}

} // namespace cowin::ui
