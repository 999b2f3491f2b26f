// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorSearchBar.h"

#include "ErrorText.h"
#include "vaccinators/PlaceChooser.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace cowin::ui {

using namespace vaccinators;

namespace {
// Digits only, without +91, a leading 0, spaces or hyphens.
} // namespace

VaccinatorSearchBar::VaccinatorSearchBar(db::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_centre(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_problem(makeErrorLabel(QStringLiteral("searchProblem"), this))
    , m_settle(new QTimer(this)) {
    m_name->setObjectName(QStringLiteral("searchName"));
    m_name->setPlaceholderText(tr("at least 3 letters; spelling may be off"));
    m_name->setClearButtonEnabled(true);
    m_mobile->setObjectName(QStringLiteral("searchMobile"));
    m_mobile->setPlaceholderText(tr("all 10 digits; the search is recorded"));
    m_mobile->setClearButtonEnabled(true);
    m_login->setObjectName(QStringLiteral("searchLogin"));
    m_login->setPlaceholderText(tr("beginning of the login id"));
    m_login->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("searchState"));
    m_district->setObjectName(QStringLiteral("searchDistrict"));
    m_centre->setObjectName(QStringLiteral("searchCentre"));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    for (QComboBox *c : {m_state, m_district, m_centre})
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // What they may shrink to; they take the row's room when there is some. Long place names
    // elide in the box and show whole in its list.
    m_state->setMinimumContentsLength(10);
    m_district->setMinimumContentsLength(10);
    m_centre->setMinimumContentsLength(14);
    m_status->addItem(tr("Any status"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Locked"), QStringLiteral("locked"));
    m_status->addItem(tr("Disabled"), QStringLiteral("disabled"));
    m_state->addItem(tr("All states"));
    m_district->addItem(tr("All districts"));
    m_centre->addItem(tr("All centres"));
    m_district->setEnabled(false);
    m_centre->setEnabled(false);

    m_clear = new QPushButton(tr("Clear &filters"), this);
    m_clear->setObjectName(QStringLiteral("searchClear"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto addField = [&](int row, int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        grid->addWidget(label, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Name:"), m_name);
    addField(0, 1, tr("&Mobile:"), m_mobile);
    addField(0, 2, tr("Login &ID:"), m_login);
    addField(1, 0, tr("S&tate:"), m_state);
    addField(1, 1, tr("&District:"), m_district);
    addField(1, 2, tr("&Centre:"), m_centre);
    grid->addWidget(new QLabel(tr("Stat&us:"), this), 0, 6);
    static_cast<QLabel *>(grid->itemAtPosition(0, 6)->widget())->setBuddy(m_status);
    grid->addWidget(m_status, 0, 7);
    grid->addWidget(m_clear, 1, 7);
    grid->addWidget(m_problem, 2, 0, 1, 8);
    for (int c : {1, 3, 5})
        grid->setColumnStretch(c, 1);

    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    wire();
}

void VaccinatorSearchBar::wire() {
    connect(m_settle, &QTimer::timeout, this, &VaccinatorSearchBar::emitQuery);
    for (QLineEdit *e : {m_name, m_mobile, m_login})
        connect(e, &QLineEdit::textChanged, this, &VaccinatorSearchBar::settle);
    connect(m_status, &QComboBox::currentIndexChanged, this, &VaccinatorSearchBar::emitQuery);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_state->currentData().toString();
        PlaceChooser{QStringLiteral("district"), state, tr("All districts"), {}}.fill(m_session,
                                                                                      m_district);
        PlaceChooser{QStringLiteral("centre"), {}, tr("All centres"), {}}.fill(m_session, m_centre);
        emitQuery();
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        const QString district = m_district->currentData().toString();
        PlaceChooser{QStringLiteral("centre"), district, tr("All centres"), {}}.fill(m_session,
                                                                                     m_centre);
        emitQuery();
    });
    connect(m_centre, &QComboBox::currentIndexChanged, this, &VaccinatorSearchBar::emitQuery);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker b1(m_name), b2(m_mobile), b3(m_login), b4(m_state), b5(m_status);
        m_name->clear();
        m_mobile->clear();
        m_login->clear();
        m_status->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        PlaceChooser{QStringLiteral("district"), {}, tr("All districts"), {}}.fill(m_session,
                                                                                   m_district);
        PlaceChooser{QStringLiteral("centre"), {}, tr("All centres"), {}}.fill(m_session, m_centre);
        emitQuery();
    });
}

void VaccinatorSearchBar::loadPlaces() {
    PlaceChooser{QStringLiteral("state"), {}, tr("All states"), {}}.fill(m_session, m_state);
}

void VaccinatorSearchBar::settle() {
    m_settle->start();
}

VaccinatorQuery VaccinatorSearchBar::query() const {
    VaccinatorQuery q;
    q.name = m_name->text().trimmed();
    q.loginPrefix = m_login->text().trimmed();
    // As typed: the server reads +91, 0, spaces and hyphens (private.normalize_mobile).
    q.mobile = m_mobile->text().trimmed();
    q.stateCode = m_state->currentData().toString();
    q.districtId = m_district->currentData().toInt();
    q.centreId = m_centre->currentData().toInt();
    q.status = m_status->currentData().toString();
    return q;
}

void VaccinatorSearchBar::emitQuery() {
    m_settle->stop();
    const VaccinatorQuery q = query();
    // What a search needs (a whole mobile number, 3 letters of a name) is the server's rule:
    // a half-typed field comes back refused at that field, before anything is recorded.
    showProblem({}, {});
    if (m_hasLast && q == m_last)
        return;
    m_last = q;
    m_hasLast = true;
    Q_EMIT queryChanged(q);
}

void VaccinatorSearchBar::showProblem(const QString &field, const QString &message) {
    m_problem->setText(message);
    const QString bad = QStringLiteral("border: 1px solid #b3261e;");
    m_name->setStyleSheet(field == QLatin1String("name") ? bad : QString());
    m_mobile->setStyleSheet(field == QLatin1String("mobile") ? bad : QString());
    m_login->setStyleSheet(field == QLatin1String("login_id") ? bad : QString());
}

void VaccinatorSearchBar::showLogin(const QString &loginId) {
    m_name->clear();
    m_mobile->clear();
    m_login->setText(loginId);
    emitQuery();
}

} // namespace cowin::ui
