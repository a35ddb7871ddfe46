#pragma once

#include <QMainWindow>

class QTableWidget;

namespace lectern {

class ProjectDocument;

// The main window. For now it lists the project's articles; the reading and annotating
// panels join it in later steps.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);

private:
    void reloadArticles();

    ProjectDocument *m_project;
    QTableWidget *m_articles;
};

} // namespace lectern
