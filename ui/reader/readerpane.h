#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace lectern {

class ArticleView;
struct ArticleMeta;

// The centre of the window: the article's metadata line, the viewer and a find bar
// (Ctrl+F) that marks every match and steps through them.
class ReaderPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(QWidget *parent = nullptr);

    ArticleView *view() const { return m_view; }
    void showMeta(const ArticleMeta &meta, const QStringList &articleTags);
    void showEmpty(const QString &message);
    void openFind();
    QCheckBox *claimsToggle() const { return m_claims; }

private:
    void find(bool backwards);
    void markAllMatches();

    QLabel *m_meta;
    QCheckBox *m_claims;
    ArticleView *m_view;
    QWidget *m_findBar;
    QLineEdit *m_findText;
    QLabel *m_findCount;
};

} // namespace lectern
