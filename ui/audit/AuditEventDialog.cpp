// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEventDialog.h"

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
    const audit::AuditRecord &r = event.record;
    setObjectName(QStringLiteral("auditEventDialog"));
    setWindowTitle(tr("Audit event #%1").arg(r.id));
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
    auto *byActor =
        makeButton(tr("All events by this operator"), QStringLiteral("auditEventsBy"), this);
    actorRow->addWidget(byActor);
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
        targetRow->addWidget(valueLabel(id.isEmpty() ? type : type + QLatin1Char(' ') + id, this),
                             1);
        auto *forTarget =
            makeButton(tr("All events for this target"), QStringLiteral("auditEventsFor"), this);
        targetRow->addWidget(forTarget);
        connect(forTarget, &QPushButton::clicked, this, [this, type, id] {
            Q_EMIT showEventsFor(type, id);
            accept();
        });
        if (linkable(type) && !id.isEmpty()) {
            auto *open = makeButton(tr("Open"), QStringLiteral("auditEventOpenTarget"), this);
            open->setToolTip(tr("Show this %1 in its section of the console").arg(type));
            targetRow->addWidget(open);
            connect(open, &QPushButton::clicked, this, [this, type, id] {
                Q_EMIT openTarget(type, id);
                accept();
            });
        }
        form->addRow(tr("Target:"), targetRow);
    } else {
        form->addRow(tr("Target:"), valueLabel(none, this));
    }
    form->addRow(tr("Reason:"),
                 valueLabel(r.reason ? text::withVisibleControls(*r.reason) : none, this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    const audit::EventDetails details = audit::readDetails(r.details);
    if (!details.changes.isEmpty()) {
        layout->addWidget(new QLabel(tr("<b>What changed</b> (changed fields in bold)"), this));
        auto *changes = smallTable({tr("Field"), tr("Before"), tr("After")}, this);
        changes->setObjectName(QStringLiteral("auditEventChanges"));
        for (const audit::FieldChange &c : details.changes) {
            const int row = changes->rowCount();
            changes->insertRow(row);
            const QStringList cells = {c.field.isEmpty() ? tr("(value)") : c.field,
                                       c.before.isEmpty() ? QStringLiteral("—") : c.before,
                                       c.after.isEmpty() ? QStringLiteral("—") : c.after};
            for (int col = 0; col < 3; ++col) {
                auto *item = new QTableWidgetItem(cells.at(col));
                if (c.changed) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                changes->setItem(row, col, item);
            }
        }
        changes->resizeColumnsToContents();
        changes->setMaximumHeight(
            40 + 28 * static_cast<int>(qMin<qsizetype>(details.changes.size(), 8)));
        layout->addWidget(changes);
    }
    if (!details.facts.isEmpty()) {
        layout->addWidget(new QLabel(tr("<b>Recorded with it</b> (as it was at the time)"), this));
        auto *facts = smallTable({tr("Field"), tr("Value")}, this);
        facts->setObjectName(QStringLiteral("auditEventFacts"));
        for (const auto &f : details.facts) {
            const int row = facts->rowCount();
            facts->insertRow(row);
            facts->setItem(row, 0, new QTableWidgetItem(f.first));
            facts->setItem(row, 1, new QTableWidgetItem(f.second));
        }
        facts->resizeColumnsToContents();
        facts->setMaximumHeight(40 +
                                28 * static_cast<int>(qMin<qsizetype>(details.facts.size(), 8)));
        layout->addWidget(facts);
    }
    if (!details.readable)
        layout->addWidget(valueLabel(tr("Details as stored: %1").arg(*r.details), this));

    auto *chain = new QLabel(
        r.hash.isEmpty()
            ? tr("<b>In the chain</b><br>Not sealed yet: the sealer chains committed events "
                 "within about a second. Until then this event is not tamper-evident.")
            : tr("<b>In the chain</b><br>previous hash <tt>%1</tt><br>this "
                 "event's hash <tt>%2</tt>")
                  .arg(QString::fromLatin1(r.prevHash.toHex()),
                       QString::fromLatin1(r.hash.toHex())),
        this);
    chain->setObjectName(QStringLiteral("auditEventChain"));
    chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(chain);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString actor = r.actor;
    connect(byActor, &QPushButton::clicked, this, [this, actor] {
        Q_EMIT showEventsBy(actor);
        accept();
    });
    resize(760, sizeHint().height());
}

} // namespace cowin::ui
