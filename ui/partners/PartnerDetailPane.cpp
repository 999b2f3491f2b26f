// SPDX-License-Identifier: Apache-2.0
#include "partners/PartnerDetailPane.h"
#include "text/LocalTime.h"

#include "ErrorText.h"
#include "partners/ApiKeyDialog.h"
#include "partners/ApiKeyTableModel.h"
#include "partners/PartnerCalls.h"
#include "partners/PartnerFormDialog.h"
#include "partners/PartnerTableModel.h"
#include "partners/UsageChart.h"
#include "widgets/ChangeNotice.h"
#include "widgets/ReasonDialog.h"
#include "widgets/StateStyleProxy.h"
#include "widgets/Style.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace cowin::ui {

using namespace partners;

namespace {

// What an incident commander or admin acts on for a partner or its keys.
QString partnerIncident() {
    return PartnerDetailPane::tr("incident INC-2041, key seen in a public paste");
}
} // namespace

PartnerDetailPane::PartnerDetailPane(db::Session *session, const login::OperatorStatus &status,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_message(makeErrorLabel(QStringLiteral("partnerMessage"), this))
    , m_notice(new ChangeNotice(QStringLiteral("partnerNotice"), this))
    , m_edit(makeButton(tr("&Edit…"), QStringLiteral("editPartner"), this))
    , m_suspend(makeButton(tr("Sus&pend…"), QStringLiteral("suspendPartner"), this))
    , m_resume(makeButton(tr("Res&ume…"), QStringLiteral("resumePartner"), this))
    , m_revoke(makeButton(tr("&Revoke partner…"), QStringLiteral("revokePartner"), this))
    , m_chart(new UsageChart(this))
    , m_keys(new ApiKeyTableModel(this))
    , m_keyView(new QTableView(this))
    , m_issue(makeButton(tr("&Issue key…"), QStringLiteral("issueKey"), this))
    , m_rotate(makeButton(tr("R&otate…"), QStringLiteral("rotateKey"), this))
    , m_keySuspend(makeButton(tr("Suspend key…"), QStringLiteral("suspendKey"), this))
    , m_keyResume(makeButton(tr("Resume key…"), QStringLiteral("resumeKey"), this))
    , m_keyRevoke(makeButton(tr("Revoke key…"), QStringLiteral("revokeKey"), this)) {
    setObjectName(QStringLiteral("partnerDetail"));
    m_title->setObjectName(QStringLiteral("partnerTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("partnerFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *proxy = new StateStyleProxy(ApiKeyTableModel::StateRole, ApiKeyTableModel::Status,
                                      {QStringLiteral("suspended")},
                                      {QStringLiteral("revoked"), QStringLiteral("expired")}, this);
    proxy->setSourceModel(m_keys);
    m_keyView->setObjectName(QStringLiteral("keyTable"));
    m_keyView->setAccessibleName(tr("API keys of the partner"));
    m_keyView->setModel(proxy);
    setUpRecordTable(m_keyView);
    // Every column in sight: the scopes take what the others leave, and long cells elide
    // (their whole text is in the tooltip).
    m_keyView->setTextElideMode(Qt::ElideRight);
    QHeaderView *keyHeader = m_keyView->horizontalHeader();
    keyHeader->setStretchLastSection(false);
    keyHeader->setMinimumSectionSize(40);
    for (const auto &[column, width] :
         {std::pair{ApiKeyTableModel::Prefix, 95}, std::pair{ApiKeyTableModel::Status, 90},
          std::pair{ApiKeyTableModel::Expires, 80}, std::pair{ApiKeyTableModel::LastUsed, 90},
          std::pair{ApiKeyTableModel::CallsLastDay, 80}, std::pair{ApiKeyTableModel::Created, 95}})
        m_keyView->setColumnWidth(column, width);
    keyHeader->setSectionResizeMode(ApiKeyTableModel::Scopes, QHeaderView::Stretch);
    m_keyView->setMinimumHeight(150);

    auto *partnerButtons = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_suspend, m_resume, m_revoke})
        partnerButtons->addWidget(b);
    partnerButtons->addStretch();
    // The key actions sit above the keys, where they stay in sight however many there are.
    // The heading on its own line leaves the buttons the pane's whole width.
    auto *keysHeading = new QLabel(tr("<b>Keys</b>"), this);
    // Two rows: making and replacing keys, then stopping them. One row of five runs out of
    // the pane at a larger text size or in Hindi.
    auto *keyButtons = new QGridLayout;
    keyButtons->addWidget(m_issue, 0, 0);
    keyButtons->addWidget(m_rotate, 0, 1);
    keyButtons->addWidget(m_keySuspend, 1, 0);
    keyButtons->addWidget(m_keyResume, 1, 1);
    keyButtons->addWidget(m_keyRevoke, 1, 2);
    keyButtons->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(partnerButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(m_chart);
    layout->addWidget(keysHeading);
    layout->addLayout(keyButtons);
    layout->addWidget(m_keyView, 1);

    m_edit->setVisible(m_status.may("partner_update"));
    m_issue->setVisible(m_status.may("api_key_issue"));
    m_rotate->setVisible(m_status.may("api_key_rotate"));
    for (QPushButton *b : {m_suspend, m_resume, m_revoke})
        b->setVisible(m_status.may("partner_set_status"));
    m_keySuspend->setVisible(m_status.may("api_key_set_suspended"));
    m_keyResume->setVisible(m_status.may("api_key_set_suspended"));
    m_keyRevoke->setVisible(m_status.may("api_key_revoke"));
    wire();
}

void PartnerDetailPane::wire() {
    connect(m_edit, &QPushButton::clicked, this, &PartnerDetailPane::editPartner);
    connect(m_suspend, &QPushButton::clicked, this,
            [this] { setPartnerStatus(QStringLiteral("suspended")); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { setPartnerStatus(QStringLiteral("active")); });
    connect(m_revoke, &QPushButton::clicked, this,
            [this] { setPartnerStatus(QStringLiteral("revoked")); });
    connect(m_issue, &QPushButton::clicked, this, &PartnerDetailPane::issueKey);
    connect(m_rotate, &QPushButton::clicked, this, &PartnerDetailPane::rotateKey);
    connect(m_keySuspend, &QPushButton::clicked, this, [this] { setKeySuspended(true); });
    connect(m_keyResume, &QPushButton::clicked, this, [this] { setKeySuspended(false); });
    connect(m_keyRevoke, &QPushButton::clicked, this, &PartnerDetailPane::revokeKey);
    connect(m_keyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnerDetailPane::updateKeyButtons);
    clear();
}

void PartnerDetailPane::clear() {
    ++m_generation;
    m_detail = {};
    m_title->setText(tr("<h2>Choose a partner</h2>"));
    m_facts->setText(tr("Its scopes, allowlist, calls and keys appear here."));
    m_message->clear();
    m_chart->setHours({});
    m_keys->setKeys({});
    for (QPushButton *b : {m_edit, m_suspend, m_resume, m_revoke, m_issue})
        b->setEnabled(false);
    updateKeyButtons();
}

void PartnerDetailPane::showPartner(int partnerId) {
    m_detail.id = partnerId;
    reload();
}

void PartnerDetailPane::reload(std::function<void()> then) {
    const int id = m_detail.id;
    if (id <= 0)
        return;
    // Answers for a partner no longer shown are dropped.
    const quint64 generation = ++m_generation;
    m_session->call(&partners::PartnerCalls::detail, id)
        .then(this, [this, generation, then](const db::Result<PartnerDetail> &r) {
            if (generation != m_generation)
                return;
            if (!r.isOk())
                return report(r.error());
            display(r.value());
            if (then)
                then();
        });
    m_session->call(&partners::PartnerCalls::keys, id)
        .then(this, [this, generation](const db::Result<QList<ApiKeyRow>> &r) {
            if (generation != m_generation)
                return;
            if (!r.isOk())
                return report(r.error());
            const qint64 selected = selectedKey() ? selectedKey()->id : 0;
            m_keys->setKeys(r.value());
            for (int row = 0; row < m_keys->keys().size(); ++row)
                if (m_keys->keys().at(row).id == selected)
                    selectWholeRow(m_keyView, row);
            m_keyView->resizeColumnsToContents();
            // Scopes can be long; the cell's tooltip has them all.
            m_keyView->setColumnWidth(
                ApiKeyTableModel::Scopes,
                std::min(m_keyView->columnWidth(ApiKeyTableModel::Scopes), 220));
            updateKeyButtons();
        });
    m_session->call(&partners::PartnerCalls::usage, id)
        .then(this, [this, generation, id](const db::Result<QList<UsageHour>> &r) {
            if (generation != m_generation)
                return;
            if (!r.isOk())
                return report(r.error());
            m_chart->setHours(r.value());
            Q_EMIT loaded(id);
        });
}

void PartnerDetailPane::display(const PartnerDetail &d) {
    m_detail = d;
    m_message->clear();
    const bool revoked = d.status == QLatin1String("revoked");
    m_title->setText(QStringLiteral("<h2>%1 <small>· %2</small></h2>")
                         .arg(d.draft.name.toHtmlEscaped(),
                              PartnerTableModel::statusText(d.status).toHtmlEscaped()));
    QStringList scopes;
    for (const QString &s : d.draft.scopes) {
        bool personal = false;
        for (const ApiScope &known : std::as_const(m_scopes))
            personal = personal || (known.name == s && known.personalData);
        scopes << (personal ? tr("%1 (personal data)").arg(s) : s).toHtmlEscaped();
    }
    const auto line = [](const QString &label, const QString &value) {
        return (QStringLiteral("<tr><td style='padding-right:12px;color:") + secondaryTextColor() +
                QStringLiteral("'>%1</td><td>%2</td></tr>"))
            .arg(label.toHtmlEscaped(), value);
    };
    QString facts = QStringLiteral("<table>");
    facts += line(tr("Sector"), PartnerTableModel::sectorText(d.draft.sector).toHtmlEscaped() +
                                    (d.draft.whitelisted ? tr(", whitelisted") : QString()));
    facts += line(tr("Contact"),
                  d.draft.contact.isEmpty() ? tr("none given") : d.draft.contact.toHtmlEscaped());
    facts += line(tr("Scopes"), scopes.join(QStringLiteral(", ")));
    facts += line(tr("IP allowlist"),
                  d.draft.ipAllowlist.isEmpty()
                      ? tr("none: every call is refused (ip_denied)")
                      : d.draft.ipAllowlist.join(QStringLiteral(", ")).toHtmlEscaped());
    facts += line(tr("Rate limit"),
                  tr("%1 calls a minute").arg(QLocale().toString(d.draft.rateLimitPerMinute)));
    facts += line(tr("Since"), tr("%1, changed %2 (version %3)")
                                   .arg(text::localTime(d.createdAt), text::localTime(d.updatedAt))
                                   .arg(d.version));
    m_facts->setText(facts + QStringLiteral("</table>"));
    m_edit->setEnabled(!revoked);
    m_suspend->setEnabled(d.status == QLatin1String("active"));
    m_resume->setEnabled(d.status == QLatin1String("suspended"));
    m_revoke->setEnabled(!revoked);
    m_issue->setEnabled(!revoked);
    updateKeyButtons();
}

const ApiKeyRow *PartnerDetailPane::selectedKey() const {
    const QModelIndexList rows = m_keyView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_keys->keys().at(rows.first().row());
}

void PartnerDetailPane::updateKeyButtons() {
    const ApiKeyRow *k = selectedKey();
    const bool live = k && k->status != QLatin1String("revoked");
    m_rotate->setEnabled(live && !k->expired(QDateTime::currentDateTimeUtc()) &&
                         m_detail.status != QLatin1String("revoked"));
    m_keySuspend->setEnabled(live && k->status == QLatin1String("active"));
    m_keyResume->setEnabled(live && k->status == QLatin1String("suspended"));
    m_keyRevoke->setEnabled(live);
}

void PartnerDetailPane::changedHere(const QString &said) {
    m_notice->say(said);
    reload();
    Q_EMIT changed(m_detail.id);
}

void PartnerDetailPane::report(const db::DbError &error) {
    m_message->setText(errorText(error));
}

void PartnerDetailPane::editPartner() {
    auto *dialog = new PartnerFormDialog(m_session, m_scopes, m_detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartnerFormDialog::saved, this,
            [this] { changedHere(tr("The partner was saved; gateways follow at once.")); });
    dialog->open();
}

void PartnerDetailPane::setPartnerStatus(const QString &status) {
    const int id = m_detail.id;
    const QString name = m_detail.draft.name.toHtmlEscaped();
    QString title;
    QString text;
    QString action;
    if (status == QLatin1String("suspended")) {
        title = tr("Suspend %1").arg(m_detail.draft.name);
        text = tr("Every key of <b>%1</b> is refused (partner_suspended) from the moment you "
                  "confirm, until the partner is resumed.")
                   .arg(name);
        action = tr("Suspend partner");
    } else if (status == QLatin1String("active")) {
        title = tr("Resume %1").arg(m_detail.draft.name);
        text = tr("The active keys of <b>%1</b> work again from the moment you confirm.").arg(name);
        action = tr("Resume partner");
    } else {
        title = tr("Revoke %1").arg(m_detail.draft.name);
        text = tr("<b>%1</b> loses API access for good, and every key of it is revoked. This "
                  "cannot be undone; a new contract means a new partner.")
                   .arg(name);
        action = tr("Revoke for good");
    }
    // The version is the one shown when the operator confirms: after a stale refusal the
    // partner is read again, and the next confirm names the new one.
    auto *dialog = ReasonDialog::ask<int>(
        this, m_session, title, text, action,
        [this, id, status](const QString &reason) {
            return m_session->call(&partners::PartnerCalls::setStatus, id, m_detail.version, status,
                                   reason);
        },
        [this, status](int) {
            changedHere(status == QLatin1String("suspended")
                            ? tr("The partner is suspended: its keys are refused from now on.")
                        : status == QLatin1String("active")
                            ? tr("The partner is resumed: its active keys work again.")
                            : tr("The partner is revoked, with every key of it."));
        });
    dialog->setExample(partnerIncident());
    dialog->setReload([this](std::function<void()> done) { reload(std::move(done)); });
}

void PartnerDetailPane::issueKey() {
    auto *dialog = new ApiKeyDialog(m_session, m_detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyDialog::issued, this,
            [this] { changedHere(tr("A new key was issued; its prefix is in the list.")); });
    dialog->open();
}

void PartnerDetailPane::rotateKey() {
    const ApiKeyRow *k = selectedKey();
    if (!k)
        return;
    auto *dialog = new ApiKeyDialog(m_session, m_detail.draft.name, *k, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyDialog::issued, this, [this] {
        changedHere(tr("The key was rotated: the new one is issued, the old one ends as chosen."));
    });
    dialog->open();
}

void PartnerDetailPane::setKeySuspended(bool suspended) {
    const ApiKeyRow *k = selectedKey();
    if (!k)
        return;
    const qint64 key = k->id;
    ReasonDialog::ask<db::Done>(
        this, m_session,
        suspended ? tr("Suspend key %1…").arg(k->displayPrefix)
                  : tr("Resume key %1…").arg(k->displayPrefix),
        suspended ? tr("Calls with this key are refused (key_suspended) until it is resumed.")
                  : tr("Calls with this key are served again."),
        suspended ? tr("Suspend key") : tr("Resume key"),
        [this, key, suspended](const QString &reason) {
            return m_session->call(&partners::PartnerCalls::setKeySuspended, key, suspended,
                                   reason);
        },
        [this, suspended](const db::Done &) {
            changedHere(suspended ? tr("The key is suspended: calls with it are refused.")
                                  : tr("The key is resumed: calls with it are served again."));
        })
        ->setExample(partnerIncident());
}

void PartnerDetailPane::revokeKey() {
    const ApiKeyRow *k = selectedKey();
    if (!k)
        return;
    const qint64 key = k->id;
    ReasonDialog::ask<db::Done>(
        this, m_session, tr("Revoke key %1…").arg(k->displayPrefix),
        tr("Calls with this key are refused (key_revoked) from the moment you confirm, for good. "
           "To give the partner a replacement, issue a new key."),
        tr("Revoke for good"),
        [this, key](const QString &reason) {
            return m_session->call(&partners::PartnerCalls::revokeKey, key, reason);
        },
        [this](const db::Done &) {
            changedHere(tr("The key is revoked: calls with it are refused for good."));
        })
        ->setExample(partnerIncident());
}

} // namespace cowin::ui
