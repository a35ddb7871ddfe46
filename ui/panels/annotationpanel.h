#pragma once

#include "model/annotation.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace lectern {

class NoteEditor;
class ProjectDocument;

// The right-hand pane: the whole article's tags and note, then its annotations in text
// order (quote, tags, note). Choosing one scrolls the viewer to it; its note is edited in
// place and saved as you type.
class AnnotationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationPanel(ProjectDocument *project, QWidget *parent = nullptr);

    void setArticle(qint64 articleId, const QString &articleLang);
    void selectAnnotation(qint64 id);
    qint64 currentAnnotation() const;
    // Moves to the next/previous annotation (delta +1/-1) and activates it.
    void step(int delta);
    NoteEditor *noteEditor() const { return m_note; }
    void focusNote();
    // The article's links, each as (link id, text, the other article).
    void setLinks(const QList<std::tuple<qint64, QString, qint64>> &links);

signals:
    void annotationActivated(qint64 id);
    void linkFollowed(qint64 linkId, qint64 articleId);

private:
    void reload();
    void reloadArticleTags();
    void showCurrent();
    QMenu *tagMenu(const QList<qint64> &checked, const std::function<void(QList<qint64>)> &apply);

    ProjectDocument *m_project;
    qint64 m_article = 0;
    qint64 m_shown = 0; // the annotation whose note the editor holds
    QString m_lang;
    QList<Annotation> m_annotations;
    QLabel *m_articleTags;
    QToolButton *m_articleTagButton;
    NoteEditor *m_articleNote;
    QListWidget *m_list;
    QListWidget *m_links;
    QLabel *m_quote;
    NoteEditor *m_note;
    QToolButton *m_tagButton;
    QPushButton *m_remove;
};

} // namespace lectern
