#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWindow>

#include <chrono>
#include <functional>
#include <utility>

// The benchmarks' clock: CLOCK_MONOTONIC (libstdc++'s steady_clock), one time line for a process
// and its children, so a child's instants compare with the parent's spawn.
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Times a window's first frame, installed as an event filter on its QWindow. A widget window
// paints while it handles its expose event, so the first one (what QTest::qWaitForWindowExposed
// waits for) is handed to the window here and timed as it arrives and once it is handled. What
// the window posted meanwhile (work left for after the first frame) runs later and is not in it.
class FirstFrameWatch : public QObject
{
public:
    explicit FirstFrameWatch(std::function<void(qint64 exposedNs, qint64 paintedNs)> onPainted)
        : m_onPainted(std::move(onPainted))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Expose || !static_cast<QWindow *>(watched)->isExposed() ||
            !m_onPainted || m_forwarding)
            return false;
        const qint64 exposedNs = monotonicNs();
        m_forwarding = true;
        QCoreApplication::sendEvent(watched, event);
        m_forwarding = false;
        std::exchange(m_onPainted, nullptr)(exposedNs, monotonicNs());
        return true; // handled above
    }

private:
    std::function<void(qint64, qint64)> m_onPainted;
    bool m_forwarding = false;
};
