// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEventDialog.h"
#include "audit/AuditEventModel.h"

#include "text/ControlCharacters.h"
#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text.toHtmlEscaped(), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QTableWidget *smallTable(const QStringList &headers, QWidget *parent) {
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

bool linkable(const QString &type) {
    return type == QLatin1String("vaccinator") || type == QLatin1String("partner") ||
           type == QLatin1String("operator");
}
} // namespace

AuditEventDialog::AuditEventDialog(const audit::AuditEvent &event, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("auditEventDialog"));
    setWindowTitle(tr("Audit event #%1").arg(event.record.id));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildFields(event));
    addDetails(layout, event.record);
    layout->addWidget(chainLabel(event.record));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("auditEventClose"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, sizeHint().height());
}

QFormLayout *AuditEventDialog::buildFields(const audit::AuditEvent &event) {
    const audit::AuditRecord &r = event.record;
    const QString none = tr("(none)");
    auto *form = new QFormLayout;
    form->addRow(tr("Event:"), valueLabel(QStringLiteral("#%1").arg(r.id), this));
    form->addRow(tr("When:"),
                 valueLabel(tr("%1 (%2 UTC)")
                                .arg(QLocale().toString(event.occurredAt.toLocalTime(),
                                                        QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                     r.occurredAtUtc),
                            this));
    auto *actorRow = new QHBoxLayout;
    actorRow->addWidget(valueLabel(r.actor, this), 1);
    actorRow->addWidget(linkButton(tr("All events by this operator"),
                                   QStringLiteral("auditEventsBy"),
                                   [this, actor = r.actor] { Q_EMIT showEventsBy(actor); }));
    form->addRow(tr("Operator:"), actorRow);
    form->addRow(tr("Client address:"), valueLabel(r.clientAddr.value_or(none), this));
    form->addRow(tr("Application:"), valueLabel(r.applicationName.value_or(none), this));
    auto *action = valueLabel(r.action, this);
    action->setObjectName(QStringLiteral("auditEventAction"));
    if (event.failure) {
        action->setText(tr("%1 — a failure or refusal").arg(r.action.toHtmlEscaped()));
        action->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
    form->addRow(tr("Action:"), action);
    if (r.targetType) {
        const QString type = *r.targetType;
        const QString id = r.targetId.value_or(QString());
        auto *targetRow = new QHBoxLayout;
        auto *target = valueLabel(
            event.targetLabel
                ? tr("%1 (recorded as id %2)").arg(audit::AuditEventModel::targetText(event), id)
                : audit::AuditEventModel::targetText(event),
            this);
        target->setObjectName(QStringLiteral("auditEventTarget"));
        targetRow->addWidget(target, 1);
        targetRow->addWidget(linkButton(
            tr("All events for this target"), QStringLiteral("auditEventsFor"),
            [this, type, typed = filterText(event)] { Q_EMIT showEventsFor(type, typed); }));
        if (linkable(type) && !id.isEmpty()) {
            // A vaccinator is shown by its login id, the others by their recorded id.
            const QString shown =
                type == QLatin1String("vaccinator") && event.targetLabel ? *event.targetLabel : id;
            auto *open = linkButton(tr("Open"), QStringLiteral("auditEventOpenTarget"),
                                    [this, type, shown] { Q_EMIT openTarget(type, shown); });
            open->setToolTip(tr("Show this %1 in its section of the console").arg(type));
            targetRow->addWidget(open);
        }
        form->addRow(tr("Target:"), targetRow);
    } else {
        form->addRow(tr("Target:"), valueLabel(none, this));
    }
    form->addRow(tr("Reason:"),
                 valueLabel(r.reason ? text::withVisibleControls(*r.reason) : none, this));
    return form;
}

QString AuditEventDialog::filterText(const audit::AuditEvent &event) {
    // The filter takes a login id or a partner's name as typed; a key's label carries its
    // partner too, so a key is filtered by its id.
    if (event.targetLabel && event.record.targetType != QLatin1String("api_key"))
        return *event.targetLabel;
    return event.record.targetId.value_or(QString());
}

QPushButton *AuditEventDialog::linkButton(const QString &text, const QString &name,
                                          const std::function<void()> &follow) {
    auto *button = makeButton(text, name, this);
    // Enter closes the event; a link is followed on purpose only.
    button->setAutoDefault(false);
    // Following a link shows its events (or its section) instead of this one.
    connect(button, &QPushButton::clicked, this, [this, follow] {
        follow();
        accept();
    });
    return button;
}

void AuditEventDialog::addDetails(QVBoxLayout *layout, const audit::AuditRecord &r) {
    const audit::EventDetails details = audit::readDetails(r.details);
    if (!details.changes.isEmpty()) {
        layout->addWidget(new QLabel(tr("<b>What changed</b> (changed fields in bold)"), this));
        QList<QStringList> rows;
        QList<bool> bold;
        for (const audit::FieldChange &c : details.changes) {
            rows << QStringList{c.field.isEmpty() ? tr("(value)") : c.field,
                                c.before.isEmpty() ? QStringLiteral("—") : c.before,
                                c.after.isEmpty() ? QStringLiteral("—") : c.after};
            bold << c.changed;
        }
        layout->addWidget(filledTable(QStringLiteral("auditEventChanges"),
                                      {tr("Field"), tr("Before"), tr("After")}, rows, bold));
    }
    if (!details.facts.isEmpty()) {
        layout->addWidget(new QLabel(tr("<b>Recorded with it</b> (as it was at the time)"), this));
        QList<QStringList> rows;
        for (const auto &f : details.facts)
            rows << QStringList{f.first, f.second};
        layout->addWidget(
            filledTable(QStringLiteral("auditEventFacts"), {tr("Field"), tr("Value")}, rows, {}));
    }
    if (!details.readable)
        layout->addWidget(valueLabel(tr("Details as stored: %1").arg(*r.details), this));
}

QTableWidget *AuditEventDialog::filledTable(const QString &name, const QStringList &headers,
                                            const QList<QStringList> &rows,
                                            const QList<bool> &boldRows) {
    auto *table = smallTable(headers, this);
    table->setObjectName(name);
    for (int row = 0; row < rows.size(); ++row) {
        table->insertRow(row);
        for (int col = 0; col < rows.at(row).size(); ++col) {
            auto *item = new QTableWidgetItem(rows.at(row).at(col));
            if (boldRows.value(row)) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            table->setItem(row, col, item);
        }
    }
    table->resizeColumnsToContents();
    // Up to eight rows in sight; more scroll.
    table->setMaximumHeight(40 + 28 * static_cast<int>(qMin<qsizetype>(rows.size(), 8)));
    return table;
}

QLabel *AuditEventDialog::chainLabel(const audit::AuditRecord &r) {
    auto *chain = new QLabel(
        withCodeFont(
            r.hash.isEmpty()
                ? tr("<b>In the chain</b><br>Not sealed yet: the sealer chains committed events "
                     "within about a second. Until then this event is not tamper-evident.")
                : tr("<b>In the chain</b><br>previous hash <tt>%1</tt><br>this "
                     "event's hash <tt>%2</tt>")
                      .arg(QString::fromLatin1(r.prevHash.toHex()),
                           QString::fromLatin1(r.hash.toHex()))),
        this);
    chain->setObjectName(QStringLiteral("auditEventChain"));
    chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return chain;
}

} // namespace cowin::ui
