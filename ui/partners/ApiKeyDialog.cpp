// SPDX-License-Identifier: Apache-2.0
#include "partners/ApiKeyDialog.h"

#include "partners/PartnerCalls.h"
#include "widgets/ShownOncePanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cowin::ui {

using namespace partners;

namespace {
enum Page { FormPage = 0, KeyPage = 1 };

// The day a key expires, at the end of that day in local time.
QDateTime endOfDay(const QDate &day) {
    return QDateTime(day, QTime(23, 59, 59)).toUTC();
}

} // namespace

ApiKeyDialog::ApiKeyDialog(db::Session *session, const PartnerDetail &partner, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("keyError"))
    , m_partnerId(partner.id) {
    m_scopes = new QListWidget(this);
    m_scopes->setObjectName(QStringLiteral("keyScopes"));
    for (const QString &scope : partner.draft.scopes) {
        auto *item = new QListWidgetItem(scope, m_scopes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_scopes->setMaximumHeight(m_scopes->sizeHintForRow(0) *
                               (static_cast<int>(partner.draft.scopes.size()) + 1));
    build(tr("New key for %1").arg(partner.draft.name),
          tr("A key lets the partner's gateway call the scopes you tick, from the partner's "
             "allowlisted addresses. It is shown once, when you issue it."));
    m_submit->setText(tr("Issue key"));
}

ApiKeyDialog::ApiKeyDialog(db::Session *session, const QString &partnerName, const ApiKeyRow &key,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("keyError"))
    , m_rotating(key.id) {
    m_grace = new QComboBox(this);
    m_grace->setObjectName(QStringLiteral("keyGrace"));
    m_grace->addItem(tr("Revoke the old key now"), 0);
    m_grace->addItem(tr("Keep the old key for 1 hour"), 1);
    m_grace->addItem(tr("Keep the old key for 24 hours"), 24);
    m_grace->addItem(tr("Keep the old key for 7 days"), 168);
    m_grace->setCurrentIndex(2);
    build(tr("Rotate key %1… of %2").arg(key.displayPrefix, partnerName),
          tr("A new key with the same scopes (%1) replaces this one. Keep the old one working "
             "for a while if the partner must deploy the new one first; revoke it now if it "
             "leaked.")
              .arg(key.scopes.join(QStringLiteral(", "))));
    m_submit->setText(tr("Rotate key"));
}

void ApiKeyDialog::build(const QString &title, const QString &explanation) {
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(title);
    setMinimumWidth(620);
    m_pages = new QStackedWidget(this);

    auto *form = new QWidget(m_pages);
    auto *text = new QLabel(explanation, form);
    text->setWordWrap(true);
    m_expires = new QDateEdit(QDate::currentDate().addYears(1), form);
    m_expires->setObjectName(QStringLiteral("keyExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(QDate::currentDate().addDays(1));
    m_expires->setMaximumDate(QDate::currentDate().addYears(2).addDays(-1));
    m_reason = new QLineEdit(form);
    m_reason->setObjectName(QStringLiteral("keyReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. the ticket this follows; kept in the audit trail"));
    auto *fields = new QFormLayout;
    if (m_scopes)
        m_errors.addRow(fields, tr("S&copes:"), m_scopes, QStringLiteral("scopes"));
    if (m_grace)
        m_errors.addRow(fields, tr("&Old key:"), m_grace, QStringLiteral("grace_hours"));
    m_errors.addRow(fields, tr("&Expires:"), m_expires, QStringLiteral("expires_at"));
    m_errors.addRow(fields, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    auto *formButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    m_submit = formButtons->button(QDialogButtonBox::Ok);
    m_submit->setObjectName(QStringLiteral("keySubmit"));
    m_action = new AuditedAction(m_session, &m_errors, m_submit);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(text);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_errors.general());
    formLayout->addStretch();
    formLayout->addWidget(formButtons);
    connect(formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(formButtons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::submit);

    m_shown = new ShownOncePanel(
        tr("<b>Copy this key now.</b> It is shown this once: the server keeps only its "
           "SHA-256, and nobody, you included, can see it again. Hand it to the partner "
           "through their secret store, never by e-mail or chat."),
        tr("I have stored the key where the partner will fetch it"), m_pages);
    connect(m_shown, &ShownOncePanel::closeRequested, this, &QDialog::accept);

    m_pages->addWidget(form);
    m_pages->addWidget(m_shown);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

bool ApiKeyDialog::keyShown() const {
    return m_pages->currentIndex() == KeyPage;
}

void ApiKeyDialog::submit() {
    const QString reason = m_reason->text().trimmed();
    const QDateTime expires = endOfDay(m_expires->date());
    const auto shown = [this](const IssuedKey &key) { showKey(key); };
    if (m_rotating > 0) {
        const qint64 key = m_rotating;
        const int grace = m_grace->currentData().toInt();
        m_action->run<IssuedKey>(
            [this, key, grace, expires, reason](qint64) {
                return m_session->call(&partners::PartnerCalls::rotateKey, key, grace, expires,
                                       reason);
            },
            shown);
        return;
    }
    QStringList scopes;
    for (int i = 0; i < m_scopes->count(); ++i)
        if (m_scopes->item(i)->checkState() == Qt::Checked)
            scopes << m_scopes->item(i)->text();
    const int partner = m_partnerId;
    m_action->run<IssuedKey>(
        [this, partner, scopes, expires, reason](qint64) {
            return m_session->call(&partners::PartnerCalls::issueKey, partner, scopes, expires,
                                   reason);
        },
        shown);
}

void ApiKeyDialog::showKey(const IssuedKey &key) {
    m_shown->addSecret(tr("API key:"), key.apiKey, QStringLiteral("issuedKey"));
    m_pages->setCurrentIndex(KeyPage);
    Q_EMIT issued(key.keyId);
}

void ApiKeyDialog::reject() {
    if (keyShown() && !m_shown->mayClose())
        return;
    QDialog::reject();
}

void ApiKeyDialog::done(int result) {
    m_shown->wipe();
    QDialog::done(result);
}

} // namespace cowin::ui
