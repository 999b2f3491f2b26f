// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace cowin::text {

// Text with every C0 and C1 control character (a line break, a tab, an escape sequence's ESC)
// written as \xHH, so that what an old record holds is seen, not acted on, by a terminal, a
// spreadsheet or a label. The server refuses such characters in new one-line fields.
QString withVisibleControls(const QString &text);

} // namespace cowin::text
