// SPDX-License-Identifier: Apache-2.0
// Qt draws the standard buttons of dialogs and message boxes (Close, Cancel, Yes, No…) with
// words from its own translations, and the distributions ship none for Hindi. Naming them here
// puts them in the console's translation files, under Qt's own context, where the console's
// translator answers for them.
#include <QtGlobal>

namespace cowin::ui {

[[maybe_unused]] static const char *const kStandardButtonWords[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
};

} // namespace cowin::ui
