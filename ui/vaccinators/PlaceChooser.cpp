// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/PlaceChooser.h"

#include "vaccinators/VaccinatorCalls.h"
#include <QComboBox>

namespace cowin::ui {

void PlaceChooser::fill(db::Session *session, QComboBox *combo,
                        const std::function<void(const db::DbError &)> &onError) const {
    {
        const QSignalBlocker block(combo);
        combo->clear();
        if (!anyText.isEmpty())
            combo->addItem(anyText);
    }
    const bool needsParent = kind != QLatin1String("state");
    combo->setEnabled(!needsParent);
    if (needsParent && parent.isEmpty())
        return;
    const QString k = kind;
    const QString p = parent;
    const QString wanted = select;
    session->call(&vaccinators::VaccinatorCalls::places, k, p)
        .then(combo, [combo, wanted, onError](const db::Result<QList<vaccinators::Place>> &r) {
            if (!r.isOk()) {
                if (onError)
                    onError(r.error());
                return;
            }
            {
                const QSignalBlocker block(combo);
                for (const vaccinators::Place &place : r.value())
                    combo->addItem(place.name, place.id);
                const int chosen = wanted.isEmpty() ? -1 : combo->findData(wanted);
                if (chosen >= 0)
                    combo->setCurrentIndex(chosen);
            }
            combo->setEnabled(true);
            Q_EMIT combo->currentIndexChanged(combo->currentIndex());
        });
}

} // namespace cowin::ui
