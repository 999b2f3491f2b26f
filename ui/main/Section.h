// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QWidget;

namespace cowin::ui {

// A part of the main window, listed in its navigation. A section reads from the server the
// first time it is shown (start()), not at sign-in.
class Section {
public:
    virtual ~Section() = default;

    virtual QWidget *widget() = 0;
    // A stable name ("vaccinators", "partners", "audit", "operators").
    virtual QString sectionName() const = 0;
    // The entry in the navigation, in the operator's language.
    virtual QString sectionTitle() const = 0;
    virtual void start() = 0;
    // Shows the thing an audit event names (a vaccinator's login id, a partner's or an
    // operator's id) when this section manages that type; false otherwise.
    virtual bool showTarget(const QString &type, const QString &id) {
        Q_UNUSED(type)
        Q_UNUSED(id)
        return false;
    }
};

} // namespace cowin::ui
