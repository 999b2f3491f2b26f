// SPDX-License-Identifier: Apache-2.0
#include "partners/PartnersPage.h"

#include "ErrorText.h"
#include "partners/PartnerCalls.h"
#include "partners/PartnerDetailPane.h"
#include "partners/PartnerFormDialog.h"
#include "partners/PartnerTableModel.h"
#include "widgets/DetailScrollArea.h"
#include "widgets/StateStyleProxy.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

using namespace partners;

PartnersPage::PartnersPage(db::Session *session, const login::OperatorStatus &status,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mayCreate(status.may("partner_create"))
    , m_model(new PartnerTableModel(this))
    , m_search(new QLineEdit(this))
    , m_sector(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_new(new QPushButton(tr("&New partner…"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new PartnerDetailPane(session, status, this))
    , m_debounce(new QTimer(this)) {
    auto *heading = new QLabel(tr("<h1>Partners &amp; API access</h1>"), this);
    auto *intro = new QLabel(tr("Who may call which partner API, from where, with which keys. The "
                                "kill-switch above turns them all off at once."),
                             this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setAccessibleName(tr("Search partners by name"));
    m_search->setPlaceholderText(tr("Search partners by name"));
    m_search->setClearButtonEnabled(true);
    m_sector->setObjectName(QStringLiteral("partnerSectorFilter"));
    m_sector->addItem(tr("All sectors"), QString());
    m_sector->addItem(PartnerTableModel::sectorText(QStringLiteral("government")),
                      QStringLiteral("government"));
    m_sector->addItem(PartnerTableModel::sectorText(QStringLiteral("private")),
                      QStringLiteral("private"));
    m_status->setObjectName(QStringLiteral("partnerStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"active", "suspended", "revoked"})
        m_status->addItem(PartnerTableModel::statusText(QString::fromLatin1(s)),
                          QString::fromLatin1(s));
    m_new->setObjectName(QStringLiteral("newPartner"));
    m_new->setVisible(m_mayCreate);
    m_count->setObjectName(QStringLiteral("partnerCount"));

    auto *proxy = new StateStyleProxy(PartnerTableModel::StateRole, PartnerTableModel::Status,
                                      {QStringLiteral("suspended"), QStringLiteral("cut")},
                                      {QStringLiteral("revoked"), QStringLiteral("expired")}, this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("partnerTable"));
    m_view->setAccessibleName(tr("Partners"));
    m_view->setModel(proxy);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(PartnerTableModel::Name, QHeaderView::Stretch);
    // Last use is per key, in the details; the list keeps to what tells partners apart.
    m_view->setColumnHidden(PartnerTableModel::LastUsed, true);

    auto *detailScroll = new DetailScrollArea(m_detail, 40, this);
    detailScroll->setAccessibleName(tr("Partner details"));
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("partnersSplit"));
    split->addWidget(m_view);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 600});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_sector);
    bar->addWidget(m_status);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    wire();
}

void PartnersPage::wire() {
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PartnersPage::refresh);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &PartnersPage::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PartnersPage::refresh);
    connect(m_new, &QPushButton::clicked, this, &PartnersPage::newPartner);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_detail->showPartner(current.data(PartnerTableModel::IdRole).toInt());
            });
    connect(m_detail, &PartnerDetailPane::changed, this, [this](int id) {
        m_wanted = id;
        refresh();
    });
    // Another console (or a gateway-facing change) moved partner access: read again.
    connect(m_session, &db::Session::apiStateChanged, this, [this] {
        if (!m_started)
            return;
        m_wanted = m_detail->partnerId();
        refresh();
    });
}

QString PartnersPage::sectionTitle() const {
    return tr("Partners & API access");
}

bool PartnersPage::showTarget(const QString &type, const QString &id) {
    if (type != QLatin1String("partner"))
        return false;
    selectPartner(id.toInt());
    return true;
}

void PartnersPage::start() {
    if (m_started)
        return;
    m_started = true;
    m_session->call(&partners::PartnerCalls::scopes)
        .then(this, [this](const db::Result<QList<ApiScope>> &r) {
            if (r.isOk()) {
                m_scopes = r.value();
                m_detail->setScopes(m_scopes);
            } else {
                m_count->setText(errorText(r.error()));
            }
        });
    refresh();
}

PartnerFilter PartnersPage::filter() const {
    return {m_search->text().trimmed(), m_sector->currentData().toString(),
            m_status->currentData().toString()};
}

void PartnersPage::refresh() {
    const PartnerFilter f = filter();
    const quint64 generation = ++m_generation;
    if (m_wanted == 0)
        m_wanted = m_detail->partnerId();
    m_session->call(&partners::PartnerCalls::list, f)
        .then(this, [this, generation](const db::Result<QList<PartnerRow>> &r) {
            if (generation != m_generation)
                return;
            if (!r.isOk()) {
                m_count->setText(errorText(r.error()));
                return;
            }
            const int wanted = m_wanted;
            m_wanted = 0;
            m_model->setRows(r.value());
            m_count->setText(tr("%n partner(s)", nullptr, static_cast<int>(r.value().size())));
            m_view->resizeColumnsToContents();
            // The partner that was open stays open; otherwise the first is shown.
            const int row = wanted > 0 ? m_model->rowOf(wanted) : 0;
            if (row >= 0 && row < m_model->rowCount())
                selectWholeRow(m_view, row);
            else
                m_detail->clear();
            Q_EMIT listed(static_cast<int>(r.value().size()));
        });
}

void PartnersPage::selectPartner(int partnerId) {
    const int row = m_model->rowOf(partnerId);
    if (row >= 0)
        selectWholeRow(m_view, row);
}

void PartnersPage::newPartner() {
    auto *dialog = new PartnerFormDialog(m_session, m_scopes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartnerFormDialog::saved, this, [this](int id) {
        m_wanted = id;
        refresh();
    });
    dialog->open();
}

} // namespace cowin::ui
