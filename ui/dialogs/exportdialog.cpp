#include "exportdialog.h"

#include "mainwindow/settings.h"
#include "project/projectdocument.h"
#include "report/exporter.h"
#include "report/writers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lectern {

ExportDialog::ExportDialog(ProjectDocument *project, qint64 currentArticle, QWidget *parent)
    : QDialog(parent), m_project(project), m_current(currentArticle), m_format(new QComboBox(this))
    , m_which(new QComboBox(this)), m_tag(new QComboBox(this)), m_outlet(new QComboBox(this)), m_encoding(new QComboBox(this))
    , m_preview(new QTextBrowser(this)), m_status(new QLabel(this)), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    resize(1100, 750);
    const QList<QPair<QString, QString>> formats = {
        {tr("Report as HTML"), QStringLiteral("html")}, {tr("Report as PDF"), QStringLiteral("pdf")},
        {tr("Report as ODT (LibreOffice, Word)"), QStringLiteral("odt")}, {tr("Report as Markdown"), QStringLiteral("md")},
        {tr("Data as CSV"), QStringLiteral("csv")}, {tr("Annotations as W3C JSON"), QStringLiteral("json")},
        {tr("REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)"), QStringLiteral("qdpx")}};
    for (const auto &[label, key] : formats)
        m_format->addItem(label, key);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_which->addItem(tr("The whole project"), QStringLiteral("all"));
    if (currentArticle)
        m_which->addItem(tr("The article being read"), QStringLiteral("current"));
    m_which->addItem(tr("Articles with the tag"), QStringLiteral("tag"));
    m_which->addItem(tr("Articles from the outlet"), QStringLiteral("outlet"));
    for (const Tag &t : project->tags())
        m_tag->addItem(t.name);
    m_outlet->addItems(project->outlets());
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    m_encoding->addItem(tr("UTF-8 (Python, R)"), int(writers::CsvEncoding::Utf8));
    m_encoding->addItem(tr("UTF-8 with byte order mark (Excel)"), int(writers::CsvEncoding::Utf8WithBom));
    m_encoding->addItem(tr("UTF-16 (LibreOffice)"), int(writers::CsvEncoding::Utf16));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setOpenLinks(false);
    auto *parts = new QWidget(this);
    auto *partsLayout = new QHBoxLayout(parts);
    partsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &label : {tr("Text"), tr("Notes"), tr("Claims"), tr("Links"), tr("Sources matrix"), tr("Tag index")}) {
        auto *box = new QCheckBox(label, parts);
        box->setChecked(true);
        partsLayout->addWidget(box);
        m_parts << box;
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    auto *which = new QHBoxLayout;
    which->addWidget(m_which, 1);
    which->addWidget(m_tag, 1);
    which->addWidget(m_outlet, 1);
    form->addRow(tr("Articles:"), which);
    form->addRow(tr("Parts:"), parts);
    form->addRow(tr("Encoding:"), m_encoding);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    for (QComboBox *box : {m_format, m_which, m_tag, m_outlet})
        connect(box, &QComboBox::activated, this, &ExportDialog::updatePreview);
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    *m_cancel = true;
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
    updatePreview();
}

ReportScope ExportDialog::scope() const
{
    ReportScope scope;
    const QString which = m_which->currentData().toString();
    if (which == QLatin1String("current"))
        scope.articleIds << m_current;
    else if (which == QLatin1String("tag") && !m_tag->currentText().isEmpty())
        scope.tags << m_tag->currentText();
    else if (which == QLatin1String("outlet") && !m_outlet->currentText().isEmpty())
        scope.outlets << m_outlet->currentText();
    scope.text = m_parts[0]->isChecked();
    scope.notes = m_parts[1]->isChecked();
    scope.claims = m_parts[2]->isChecked();
    scope.links = m_parts[3]->isChecked();
    scope.matrix = m_parts[4]->isChecked();
    scope.tagIndex = m_parts[5]->isChecked();
    return scope;
}

void ExportDialog::updatePreview()
{
    const QString which = m_which->currentData().toString();
    m_tag->setVisible(which == QLatin1String("tag"));
    m_outlet->setVisible(which == QLatin1String("outlet"));
    const bool csv = m_format->currentData().toString() == QLatin1String("csv");
    m_encoding->setVisible(csv);
    if (auto *form = findChild<QFormLayout *>(); form && form->labelForField(m_encoding))
        form->labelForField(m_encoding)->setVisible(csv);
    // The preview shows the report for at most a few articles: it is for checking, not reading.
    ReportScope shown = scope();
    shown.limit = 3; // reading a whole large project on every change would freeze the dialog
    const Report report = buildReport(*m_project, shown);
    m_preview->setHtml(writers::html(report));
    m_status->setText(tr("%n article(s) will be exported.", nullptr, report.total));
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    // Read on this thread (the project's connection lives here), write on a worker.
    const Report report = buildReport(*m_project, scope());
    const QString format = m_format->currentData().toString();
    const auto encoding = writers::CsvEncoding(m_encoding->currentData().toInt());
    *m_cancel = false;
    auto cancel = m_cancel;
    QFutureWatcher<QPair<bool, QString>> watcher;
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    connect(&watcher, &QFutureWatcher<QPair<bool, QString>>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([report, format, path, encoding, cancel] {
        QString message;
        QStringList warnings;
        const bool ok = exporter::writeReport(report, format, path, &message, encoding, &warnings, cancel.get());
        return qMakePair(ok, ok ? warnings.join(QLatin1Char(' ')) : message);
    }));
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QPair<bool, QString>>::finished, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    const auto [ok, message] = watcher.result();
    if (error)
        *error = message;
    m_status->setText(ok ? tr("Wrote %1.").arg(path) + (message.isEmpty() ? QString() : QLatin1Char(' ') + message)
                         : message);
    return ok;
}

void ExportDialog::chooseFileAndExport()
{
    const QString format = m_format->currentData().toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), settings::lastFolder.get() + QStringLiteral("/report.") + format);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format))
        path += QLatin1Char('.') + format;
    settings::lastFolder.set(QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace lectern
