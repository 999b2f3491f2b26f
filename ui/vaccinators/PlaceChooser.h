// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"

#include <QString>
#include <functional>

class QComboBox;

namespace cowin::ui {

// Fills a combo box with the states, the districts of a state or the centres of a district
// (the item data is the place's id). `anyText`, when given, is a first item without data;
// `select` chooses an item by id once loaded. After loading, the combo box announces its
// current item (currentIndexChanged) so that a dependent combo box follows. Without a parent
// the box stays empty (except `anyText`) and disabled.
struct PlaceChooser {
    QString kind; // "state", "district", "centre"
    QString parent;
    QString anyText;
    QString select;

    void fill(db::Session *session, QComboBox *combo,
              const std::function<void(const db::DbError &)> &onError = {}) const;
};

} // namespace cowin::ui
