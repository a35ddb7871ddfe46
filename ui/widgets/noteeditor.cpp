#include "widgets/languages.h"
#include "noteeditor.h"

#include "project/projectdocument.h"
#include "spell/spellchecker.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern {

std::shared_ptr<SpellChecker> spellCheckerFor(const QString &lang, const QStringList &projectWords)
{
    static QHash<QString, std::shared_ptr<SpellChecker>> cache;
    auto &checker = cache[lang];
    if (!checker)
        checker = std::make_shared<SpellChecker>(lang);
    for (const QString &word : projectWords)
        checker->addWord(word);
    return checker;
}

namespace {

const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{M}'’-]+"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

class SpellHighlighter : public QSyntaxHighlighter
{
public:
    explicit SpellHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}
    void setChecker(std::shared_ptr<SpellChecker> checker)
    {
        m_checker = std::move(checker);
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        if (!m_checker || !m_checker->isValid())
            return;
        QTextCharFormat wrong;
        wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        wrong.setUnderlineColor(Qt::red);
        for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const QString word = match.captured().remove(QRegularExpression(QStringLiteral("^['’-]+|['’-]+$")));
            if (word.size() > 1 && !m_checker->isCorrect(word))
                setFormat(int(match.capturedStart()), int(match.capturedLength()), wrong);
        }
    }

private:
    std::shared_ptr<SpellChecker> m_checker;
};

} // namespace

NoteEditor::NoteEditor(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_edit(new QPlainTextEdit(this)), m_language(new QComboBox(this))
    , m_notice(new QLabel(this)), m_save(new QTimer(this)), m_highlighter(new SpellHighlighter(m_edit->document()))
{
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    m_edit->setTabChangesFocus(true);
    m_language->setObjectName(QStringLiteral("noteLanguage"));
    m_language->setToolTip(tr("Language of this note, for spelling"));
    for (const char *code : {"en", "da", "de", "fr", "es", "nl", "sv", "nb", "ko", "ja", "zh", "ar"}) {
        const QString lang = QLatin1String(code);
        m_language->addItem(languageName(lang), lang);
    }
    m_notice->setObjectName(QStringLiteral("spellNotice"));
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_notice, 1);
    row->addWidget(m_language);
    layout->addLayout(row);

    m_save->setSingleShot(true);
    m_save->setInterval(500);
    connect(m_save, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        // Re-highlighting spelling also signals textChanged: only real edits count.
        if (m_loading || m_edit->toPlainText() == m_known)
            return;
        m_pending = true;
        m_save->start();
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        setLanguage(m_language->currentData().toString());
        m_pending = true;
        flush();
    });
    connect(m_edit, &QWidget::customContextMenuRequested, this, &NoteEditor::showContextMenu);
    connect(project, &ProjectDocument::projectWordsChanged, this, [this](const QString &lang) {
        if (lang == this->lang())
            setLanguage(lang);
    });
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::setNote(const QString &text, const QString &lang, const QString &fallbackLang)
{
    m_save->stop();
    m_pending = false;
    m_loading = true;
    if (m_edit->toPlainText() != text)
        m_edit->setPlainText(text);
    m_known = text;
    m_loading = false;
    const QString shown = lang.isEmpty() ? fallbackLang : lang;
    if (m_language->findData(shown) < 0 && !shown.isEmpty())
        m_language->addItem(languageName(shown), shown);
    m_language->setCurrentIndex(std::max(0, m_language->findData(shown)));
    setLanguage(shown);
}

QString NoteEditor::text() const
{
    return m_edit->toPlainText();
}

QString NoteEditor::lang() const
{
    return m_language->currentData().toString();
}

void NoteEditor::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void NoteEditor::flush()
{
    m_save->stop();
    if (!m_pending)
        return;
    m_pending = false;
    m_known = text();
    emit edited(m_known, lang());
}

void NoteEditor::setLanguage(const QString &lang)
{
    m_checker = spellCheckerFor(lang, m_project->isOpen() ? m_project->projectWords(lang) : QStringList());
    static_cast<SpellHighlighter *>(m_highlighter)->setChecker(m_checker);
    if (m_checker->isValid()) {
        m_notice->hide();
    } else {
        m_notice->setText(tr("No spelling dictionary for %1").arg(languageName(lang)));
        m_notice->show();
    }
}

void NoteEditor::showContextMenu(const QPoint &pos)
{
    QMenu *menu = m_edit->createStandardContextMenu(pos);
    QTextCursor cursor = m_edit->cursorForPosition(pos);
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    if (m_checker && m_checker->isValid() && word.size() > 1 && !m_checker->isCorrect(word)) {
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_checker->suggestions(word);
        for (const QString &suggestion : suggestions) {
            QAction *action = new QAction(suggestion, menu);
            connect(action, &QAction::triggered, this, [this, cursor, suggestion]() mutable {
                cursor.insertText(suggestion);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        QAction *add = new QAction(tr("Add \"%1\" to the project dictionary").arg(word), menu);
        add->setObjectName(QStringLiteral("addToDictionary"));
        connect(add, &QAction::triggered, this, [this, word] { m_project->addProjectWord(word, lang()); });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->exec(m_edit->mapToGlobal(pos));
    delete menu;
}

} // namespace lectern
