// SPDX-License-Identifier: Apache-2.0
#include "partners/PartnerFormDialog.h"

#include "partners/PartnerCalls.h"
#include "partners/PartnerTableModel.h"
#include "widgets/StaleNotice.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cowin::ui {

using namespace partners;

PartnerFormDialog::PartnerFormDialog(db::Session *session, const QList<ApiScope> &scopes,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("partnerError")) {
    build(scopes);
    setWindowTitle(tr("New partner"));
    m_save->setText(tr("Add partner"));
}

PartnerFormDialog::PartnerFormDialog(db::Session *session, const QList<ApiScope> &scopes,
                                     const PartnerDetail &partner, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("partnerError"))
    , m_editing(true)
    , m_partner(partner) {
    build(scopes);
    setWindowTitle(tr("Edit %1").arg(partner.draft.name));
    fill(partner.draft);
}

void PartnerFormDialog::build(const QList<ApiScope> &scopes) {
    setObjectName(QStringLiteral("partnerForm"));
    setMinimumWidth(560);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_name->setMaxLength(120);
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("partnerSector"));
    m_sector->addItem(PartnerTableModel::sectorText(QStringLiteral("government")),
                      QStringLiteral("government"));
    m_sector->addItem(PartnerTableModel::sectorText(QStringLiteral("private")),
                      QStringLiteral("private"));
    m_whitelisted = new QCheckBox(tr("Whitelisted by the ministry"), this);
    m_whitelisted->setObjectName(QStringLiteral("partnerWhitelisted"));
    m_whitelisted->setChecked(true);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("partnerContact"));
    m_contact->setMaxLength(200);
    m_contact->setPlaceholderText(tr("who to call in an incident: name, e-mail, phone"));
    m_scopes = new QListWidget(this);
    m_scopes->setObjectName(QStringLiteral("partnerScopes"));
    m_scopes->setAccessibleName(tr("Scopes the partner may call"));
    for (const ApiScope &s : scopes) {
        auto *item = new QListWidgetItem(
            s.personalData ? tr("%1 — personal data").arg(s.name) : s.name, m_scopes);
        item->setData(Qt::UserRole, s.name);
        item->setToolTip(s.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_scopes->setMaximumHeight(m_scopes->sizeHintForRow(0) * (static_cast<int>(scopes.size()) + 1));
    m_allowlist = new QPlainTextEdit(this);
    m_allowlist->setObjectName(QStringLiteral("partnerAllowlist"));
    m_allowlist->setPlaceholderText(tr("one address or range a line, e.g.\n203.0.113.0/24\n"
                                       "2001:db8:42::/48"));
    m_allowlist->setTabChangesFocus(true);
    m_allowlist->setFixedHeight(m_allowlist->fontMetrics().lineSpacing() * 5 + 12);
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("partnerRate"));
    m_rate->setRange(1, 100000);
    m_rate->setValue(600);
    m_rate->setSuffix(tr(" calls a minute"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("partnerReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(
        tr("e.g. the MoU or ticket this follows; kept in the audit trail"));
    m_stale = new StaleNotice(QStringLiteral("partner"), this);

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Sector:"), m_sector, QStringLiteral("sector"));
    form->addRow(QString(), m_whitelisted);
    m_errors.addRow(form, tr("&Contact:"), m_contact, QStringLiteral("contact"));
    m_errors.addRow(form, tr("S&copes:"), m_scopes, QStringLiteral("scopes"));
    m_errors.addRow(form, tr("&IP allowlist:"), m_allowlist, QStringLiteral("ip_allowlist"));
    m_errors.addRow(form, tr("Rate &limit:"), m_rate, QStringLiteral("rate_limit_per_minute"));
    m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("partnerSave"));
    m_action = new AuditedAction(m_session, &m_errors, m_save);
    m_stale->watch(m_action, tr("Someone else changed this partner after you opened it. Reload "
                                "their version: what you typed stays here, and Save then applies "
                                "it on top of their change."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stale);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerFormDialog::save);
    connect(m_stale, &StaleNotice::reloadRequested, this, &PartnerFormDialog::reloadTheirs);
}

void PartnerFormDialog::fill(const PartnerDraft &d) {
    m_name->setText(d.name);
    m_sector->setCurrentIndex(m_sector->findData(d.sector));
    m_whitelisted->setChecked(d.whitelisted);
    m_contact->setText(d.contact);
    for (int i = 0; i < m_scopes->count(); ++i) {
        QListWidgetItem *item = m_scopes->item(i);
        item->setCheckState(d.scopes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_allowlist->setPlainText(d.ipAllowlist.join(QLatin1Char('\n')));
    m_rate->setValue(d.rateLimitPerMinute);
}

PartnerDraft PartnerFormDialog::draft() const {
    PartnerDraft d;
    d.name = m_name->text().trimmed();
    d.sector = m_sector->currentData().toString();
    d.whitelisted = m_whitelisted->isChecked();
    d.contact = m_contact->text().trimmed();
    for (int i = 0; i < m_scopes->count(); ++i)
        if (m_scopes->item(i)->checkState() == Qt::Checked)
            d.scopes << m_scopes->item(i)->data(Qt::UserRole).toString();
    // Lines as typed; the server trims, merges duplicates and names the first bad one.
    for (const QString &line : m_allowlist->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            d.ipAllowlist << line.trimmed();
    d.rateLimitPerMinute = m_rate->value();
    return d;
}

void PartnerFormDialog::save() {
    const PartnerDraft d = draft();
    const QString reason = m_reason->text().trimmed();
    const auto finished = [this](int id) {
        m_savedId = id;
        Q_EMIT saved(m_savedId);
        accept();
    };
    if (!m_editing) {
        m_action->run<int>(
            [this, d, reason](qint64) {
                return m_session->call(&partners::PartnerCalls::create, d, reason);
            },
            finished);
        return;
    }
    // The version is the one read last: after "Reload their version", Save applies the typing
    // on top.
    m_action->run<int>(
        [this, d, reason](qint64) {
            return m_session->call(&partners::PartnerCalls::update, m_partner.id, m_partner.version,
                                   d, reason);
        },
        [this, finished](int) { finished(m_partner.id); });
}

void PartnerFormDialog::reloadTheirs() {
    const int id = m_partner.id;
    m_stale->setReloading(true);
    m_session->call(&partners::PartnerCalls::detail, id)
        .then(this, [this](const db::Result<PartnerDetail> &r) {
            m_stale->setReloading(false);
            if (!r.isOk())
                return m_errors.show(r.error());
            m_partner = r.value();
            m_stale->reloaded(
                tr("Reloaded their version (scopes: %1; allowlist: %2; %n calls a minute). Your "
                   "typing is unchanged; Save to apply it.",
                   nullptr, m_partner.draft.rateLimitPerMinute)
                    .arg(m_partner.draft.scopes.join(QStringLiteral(", ")),
                         m_partner.draft.ipAllowlist.join(QStringLiteral(", "))));
        });
}

} // namespace cowin::ui
