#include "application.h"

#include "storage/storageerror.h"

#include <QMessageBox>
#include <QTimer>

namespace lectern {

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StorageError &error) {
        qWarning("%s", error.what());
        // Shown once the event that failed has unwound, never from inside it.
        const QString message = error.message();
        QTimer::singleShot(0, this, [message] {
            QMessageBox::critical(QApplication::activeWindow(), tr("Lectern"), message);
        });
        return false;
    }
}

} // namespace lectern
