// Driving modal dialogs from a test: the dialog's exec() blocks the test's own call, so the
// test acts on it from a timer that waits for it to appear.
#pragma once

#include <QApplication>
#include <QTimer>
#include <functional>

namespace TestSupport {

// Runs `act` on the first modal widget of type T that appears (act must close it).
template<typename T> void onModal(const std::function<void(T *)> &act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(widget);
        }
    });
    timer->start();
}

} // namespace TestSupport
