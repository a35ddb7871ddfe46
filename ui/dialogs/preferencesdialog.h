#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace lectern {

// Preferences: the UI language (the system's by default) and the reader's line length.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_column;
};

} // namespace lectern
