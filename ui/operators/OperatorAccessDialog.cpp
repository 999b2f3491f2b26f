// SPDX-License-Identifier: Apache-2.0
#include "operators/OperatorAccessDialog.h"

#include "ErrorText.h"
#include "auth/PasswordPolicy.h"
#include "login/SignInCalls.h"
#include "operators/OperatorCalls.h"
#include "operators/OperatorTableModel.h"
#include "vaccinators/VaccinatorCalls.h"
#include "widgets/ShownOncePanel.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cowin::ui {

using namespace operators;
using operators::OperatorCalls;

namespace {
enum Page { FormPage = 0, SecretsPage = 1 };
const char *const kGroups[] = {"helpdesk", "admin", "incident", "auditor"};
} // namespace

OperatorAccessDialog::OperatorAccessDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("operatorError")) {
    build();
    setWindowTitle(tr("New operator"));
    m_submit->setText(tr("Create operator"));
}

OperatorAccessDialog::OperatorAccessDialog(db::Session *session, const OperatorRow &row,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("operatorError"))
    , m_creating(false)
    , m_row(row) {
    build();
    setWindowTitle(tr("Groups and scope of %1").arg(row.username));
    m_username->setText(row.username);
    // Shown, not offered for typing: a username and a name do not change here.
    m_username->setEnabled(false);
    m_fullName->setText(row.fullName);
    m_fullName->setEnabled(false);
    for (const QString &g : row.groups)
        if (QCheckBox *box = m_groups.value(g))
            box->setChecked(true);
    m_submit->setText(tr("Change access"));
}

void OperatorAccessDialog::build() {
    setObjectName(QStringLiteral("operatorAccess"));
    setMinimumWidth(560);
    m_pages = new QStackedWidget(this);
    auto *form = new QWidget(m_pages);
    m_username = new QLineEdit(form);
    m_username->setObjectName(QStringLiteral("operatorUsername"));
    m_username->setMaxLength(63);
    m_username->setPlaceholderText(tr("lower case letters, digits and _, e.g. kiran_rao"));
    // Typed as it is, never changed behind the operator's back: the server names what is wrong
    // with it (case, spaces, reserved and taken names) at the field.
    m_fullName = new QLineEdit(form);
    m_fullName->setObjectName(QStringLiteral("operatorFullName"));
    m_fullName->setMaxLength(200);
    m_groupBox = new QWidget(form);
    auto *groupRow = new QHBoxLayout(m_groupBox);
    groupRow->setContentsMargins(0, 0, 0, 0);
    for (const char *g : kGroups) {
        const QString name = QString::fromLatin1(g);
        auto *box = new QCheckBox(OperatorTableModel::groupText(name), m_groupBox);
        box->setObjectName(QStringLiteral("group_") + name);
        groupRow->addWidget(box);
        m_groups.insert(name, box);
        connect(box, &QCheckBox::toggled, this, &OperatorAccessDialog::updateScopeEnabled);
    }
    groupRow->addStretch();
    m_states = new QListWidget(form);
    m_states->setObjectName(QStringLiteral("operatorStates"));
    m_states->setToolTip(tr("Tick none for all of India."));
    m_states->setFixedHeight(m_states->fontMetrics().lineSpacing() * 7);
    // Or single districts, state by state; the ticks are kept while another state is shown.
    m_districtBox = new QWidget(form);
    m_districtState = new QComboBox(m_districtBox);
    m_districtState->setObjectName(QStringLiteral("operatorDistrictState"));
    m_districtList = new QListWidget(m_districtBox);
    m_districtList->setObjectName(QStringLiteral("operatorDistricts"));
    m_districtList->setFixedHeight(m_districtList->fontMetrics().lineSpacing() * 6);
    m_districtCount = new QLabel(m_districtBox);
    m_districtCount->setObjectName(QStringLiteral("operatorDistrictCount"));
    auto *districtLayout = new QVBoxLayout(m_districtBox);
    districtLayout->setContentsMargins(0, 0, 0, 0);
    districtLayout->addWidget(m_districtState);
    districtLayout->addWidget(m_districtList);
    districtLayout->addWidget(m_districtCount);
    for (int d : std::as_const(m_row.districts))
        m_districts.insert(d);
    connect(m_districtState, &QComboBox::currentIndexChanged, this,
            &OperatorAccessDialog::showDistricts);
    connect(m_districtList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int id = item->data(Qt::UserRole).toInt();
        if (item->checkState() == Qt::Checked)
            m_districts.insert(id);
        else
            m_districts.remove(id);
        countDistricts();
    });
    countDistricts();
    m_reason = new QLineEdit(form);
    m_reason->setObjectName(QStringLiteral("operatorReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. the joining order or ticket; kept in the audit trail"));
    m_code = new QLineEdit(form);
    m_code->setObjectName(QStringLiteral("operatorCode"));
    m_code->setMaxLength(8);
    keepScaledFont(m_code, 1.2, true);
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setToolTip(tr("A fresh code from your authenticator app confirms the change."));

    auto *fields = new QFormLayout;
    m_errors.addRow(fields, tr("&Username:"), m_username, QStringLiteral("username"));
    m_errors.addRow(fields, tr("&Full name:"), m_fullName, QStringLiteral("full_name"));
    m_errors.addRow(fields, tr("&Groups:"), m_groupBox, QStringLiteral("groups"));
    m_errors.addRow(fields, tr("&States (helpdesk):"), m_states, QStringLiteral("scope"));
    m_errors.addRow(fields, tr("Or &districts:"), m_districtBox, QStringLiteral("districts"));
    m_errors.addRow(fields, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    m_errors.addRow(fields, tr("One-time &code:"), m_code, QStringLiteral("step_up_code"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setObjectName(QStringLiteral("operatorSubmit"));
    m_action = new AuditedAction(m_session, &m_errors, m_submit);
    m_action->setStepUpField(m_code);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_errors.general());
    formLayout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorAccessDialog::submit);

    m_shown = new ShownOncePanel(
        tr("<b>Hand these over now, in person or by two separate channels.</b> They are shown "
           "this once. At the first sign-in the operator types the password, must choose a new "
           "one, and enrols an authenticator app with the enrolment code (valid 7 days)."),
        tr("I have handed the password and the enrolment code over"), m_pages);
    connect(m_shown, &ShownOncePanel::closeRequested, this, &QDialog::accept);
    m_pages->addWidget(form);
    m_pages->addWidget(m_shown);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // The states to choose from; the operator's current ones ticked.
    m_session->call(&vaccinators::VaccinatorCalls::places, QStringLiteral("state"), QString())
        .then(this, [this](const db::Result<QList<vaccinators::Place>> &r) {
            if (!r.isOk())
                return m_errors.show(QStringLiteral("scope"), errorText(r.error()));
            for (const vaccinators::Place &p : r.value()) {
                auto *item = new QListWidgetItem(p.name, m_states);
                item->setData(Qt::UserRole, p.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(m_row.states.contains(p.id) ? Qt::Checked : Qt::Unchecked);
                m_districtState->addItem(p.name, p.id);
            }
        });
    updateScopeEnabled();
}

void OperatorAccessDialog::updateScopeEnabled() {
    const bool helpdesk = m_groups.value(QStringLiteral("helpdesk"))->isChecked();
    m_states->setEnabled(helpdesk);
    m_districtBox->setEnabled(helpdesk);
}

void OperatorAccessDialog::showDistricts() {
    const QString state = m_districtState->currentData().toString();
    const quint64 generation = ++m_districtGeneration;
    m_session->call(&vaccinators::VaccinatorCalls::places, QStringLiteral("district"), state)
        .then(this, [this, generation](const db::Result<QList<vaccinators::Place>> &r) {
            if (generation != m_districtGeneration)
                return;
            const QSignalBlocker quiet(m_districtList);
            m_districtList->clear();
            if (!r.isOk())
                return m_errors.show(QStringLiteral("districts"), errorText(r.error()));
            for (const vaccinators::Place &p : r.value()) {
                auto *item = new QListWidgetItem(p.name, m_districtList);
                item->setData(Qt::UserRole, p.id.toInt());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(m_districts.contains(p.id.toInt()) ? Qt::Checked
                                                                       : Qt::Unchecked);
            }
        });
}

void OperatorAccessDialog::countDistricts() {
    m_districtCount->setText(m_districts.isEmpty() ? tr("No single districts chosen.")
                                                   : tr("%n district(s) chosen in all.", nullptr,
                                                        static_cast<int>(m_districts.size())));
}

OperatorAccess OperatorAccessDialog::access() const {
    OperatorAccess a;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (it.value()->isChecked())
            a.groups << it.key();
    if (m_states->isEnabled())
        for (int i = 0; i < m_states->count(); ++i)
            if (m_states->item(i)->checkState() == Qt::Checked)
                a.states << m_states->item(i)->data(Qt::UserRole).toString();
    if (m_districtBox->isEnabled()) {
        a.districts = QList<int>(m_districts.cbegin(), m_districts.cend());
        std::sort(a.districts.begin(), a.districts.end());
    }
    return a;
}

bool OperatorAccessDialog::secretsShown() const {
    return m_pages->currentIndex() == SecretsPage;
}

void OperatorAccessDialog::submit() {
    const QString username = m_username->text().trimmed();
    if (!m_creating) {
        m_action->run<db::Done>(
            [this, username](qint64 stepUpAttempt) {
                return m_session->call(&OperatorCalls::setAccess, username, access(),
                                       m_reason->text(), stepUpAttempt);
            },
            [this, username](const db::Done &) {
                Q_EMIT saved(username);
                accept();
            });
        return;
    }
    // Made here, sent only as its SCRAM verifier, shown once below.
    const QString password = auth::PasswordPolicy::generate();
    m_action->run<QString>(
        [this, username, password](qint64 stepUpAttempt) {
            return m_session->call(&OperatorCalls::create, username, m_fullName->text().trimmed(),
                                   access(), password, m_reason->text(), stepUpAttempt);
        },
        [this, username, password](const QString &enrolmentCode) {
            m_shown->addSecret(tr("First password (must be changed at first sign-in):"), password,
                               QStringLiteral("newPassword"));
            m_shown->addSecret(tr("Enrolment code:"), enrolmentCode,
                               QStringLiteral("newEnrolmentCode"));
            m_pages->setCurrentIndex(SecretsPage);
            Q_EMIT saved(username);
        });
}

void OperatorAccessDialog::reject() {
    if (secretsShown() && !m_shown->mayClose())
        return;
    QDialog::reject();
}

void OperatorAccessDialog::done(int result) {
    m_shown->wipe();
    QDialog::done(result);
}

} // namespace cowin::ui
