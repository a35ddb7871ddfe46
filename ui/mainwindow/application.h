#pragma once

#include <QApplication>

namespace lectern {

// The QApplication of the window. A StorageError that escapes a slot (a project found
// damaged half-way through reading it, a disk gone) ends in a message box, not a crash.
class Application : public QApplication
{
    Q_OBJECT

public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace lectern
