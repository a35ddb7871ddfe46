#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QComboBox;
class QSpinBox;

namespace lectern {

// Preferences: the UI language (the system's by default), the reader's line length and how
// many dated backups opening a project keeps.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;
    // The languages the UI is translated into: code and the language's own name.
    static QList<QPair<QString, QString>> uiLanguages();

private:
    QComboBox *m_language;
    QSpinBox *m_column;
    QSpinBox *m_backups;
};

} // namespace lectern
