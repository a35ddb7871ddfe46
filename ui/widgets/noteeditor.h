#pragma once

#include <QPlainTextEdit>

#include <memory>

class QComboBox;
class QLabel;
class QSyntaxHighlighter;
class QTimer;

namespace lectern {

class ProjectDocument;
class SpellChecker;

// A note field: spell-checked in the note's language (red wavy underlines, suggestions and
// "Add to project dictionary" in the context menu) and saved as you type, after a short
// pause, through a callback. A missing dictionary is a quiet line under the field.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditor(ProjectDocument *project, QWidget *parent = nullptr);
    ~NoteEditor() override;

    // Shows a note without saving it; lang is the note's language ("" = fallbackLang).
    void setNote(const QString &text, const QString &lang, const QString &fallbackLang);
    QString text() const;
    QString lang() const;
    void setPlaceholderText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    // Saves a pending edit now (before the note is replaced by another).
    void flush();

signals:
    void edited(const QString &text, const QString &lang);

private:
    void setLanguage(const QString &lang);
    void showContextMenu(const QPoint &pos);

    ProjectDocument *m_project;
    QPlainTextEdit *m_edit;
    QComboBox *m_language;
    QLabel *m_notice;
    QTimer *m_save;
    QSyntaxHighlighter *m_highlighter;
    std::shared_ptr<SpellChecker> m_checker;
    QString m_known; // the text as last shown or saved
    bool m_loading = false;
    bool m_pending = false;
};

// The spell checker of a language with the project's word list added; shared per language.
std::shared_ptr<SpellChecker> spellCheckerFor(const QString &lang, const QStringList &projectWords);

} // namespace lectern
