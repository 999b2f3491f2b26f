// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <atomic>
#include <memory>

namespace cowin::db {

// How far a long call has got, and whether whoever started it wants it to stop. The call
// reports from the database thread; the signal reaches receivers on their own thread, so no
// widget is ever touched from the database thread. Shared: whichever side lets go last
// deletes it.
class Progress : public QObject {
    Q_OBJECT
public:
    // Any thread: done units so far; false once cancel() was called.
    bool advance(qint64 done);
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void advanced(qint64 done);

private:
    std::atomic_bool m_cancelled{false};
};

using ProgressPtr = std::shared_ptr<Progress>;

inline ProgressPtr makeProgress() {
    return std::make_shared<Progress>();
}

} // namespace cowin::db
