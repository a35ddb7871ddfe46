#include "preferencesdialog.h"

#include "mainwindow/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace lectern {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_column(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("uiLanguage"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::uiLanguage.get())));
    m_column->setRange(30, 120);
    m_column->setSuffix(tr(" em"));
    m_column->setValue(settings::readerColumnWidth.get());
    auto *note = new QLabel(tr("A new language shows the next time Lectern starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language of the interface:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Reading column width:"), m_column);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    settings::uiLanguage.set(m_language->currentData().toString());
    settings::readerColumnWidth.set(m_column->value());
    QDialog::accept();
}

} // namespace lectern
