#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace lectern {

class ProjectDocument;
struct ReportScope;

// Export: the format, which articles (the whole project, the one being read, a tag, an
// outlet) and which parts, with a preview of the report. Writing runs off the GUI thread
// with progress and cancel; the project is only read.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ProjectDocument *project, qint64 currentArticle, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Exports to path as the dialog is set; returns once the file is written (or not).
    bool exportTo(const QString &path, QString *error = nullptr);
    QTextBrowser *preview() const { return m_preview; }
    void setFormat(const QString &format);

private:
    ReportScope scope() const;
    void updatePreview();
    void chooseFileAndExport();

    ProjectDocument *m_project;
    qint64 m_current;
    QComboBox *m_format;
    QComboBox *m_which;
    QComboBox *m_tag;
    QComboBox *m_outlet;
    QList<QCheckBox *> m_parts; // text, notes, claims, links, matrix, tag index
    QComboBox *m_encoding;
    QTextBrowser *m_preview;
    QLabel *m_status;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace lectern
