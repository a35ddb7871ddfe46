#include "preferencesdialog.h"

#include "mainwindow/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace lectern {

QList<QPair<QString, QString>> PreferencesDialog::uiLanguages()
{
    // Endonyms, never translated: a user who cannot read the present language finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("da"), QStringLiteral("Dansk")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ko"), QStringLiteral("한국어")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},
            {QStringLiteral("ar"), QStringLiteral("العربية")}};
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_column(new QSpinBox(this)), m_backups(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("uiLanguage"));
    m_language->addItem(tr("The system's language"), QString());
    for (const auto &[code, name] : uiLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::uiLanguage.get())));
    m_column->setRange(30, 120);
    m_column->setSuffix(tr(" em"));
    m_column->setValue(settings::readerColumnWidth.get());
    m_backups->setObjectName(QStringLiteral("backupsToKeep"));
    m_backups->setRange(0, 50);
    m_backups->setSpecialValueText(tr("None"));
    m_backups->setValue(settings::backupsToKeep.get());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language of the interface:"), m_language);
    form->addRow(tr("Reading column width:"), m_column);
    form->addRow(tr("Dated backups kept on open:"), m_backups);
    form->addRow(buttons);
    // Room for the longest translations of the labels.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    settings::uiLanguage.set(m_language->currentData().toString());
    settings::readerColumnWidth.set(m_column->value());
    settings::backupsToKeep.set(m_backups->value());
    QDialog::accept();
}

} // namespace lectern
