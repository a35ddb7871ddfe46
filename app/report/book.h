#pragma once

#include "report.h"

#include <QColor>
#include <QList>
#include <QString>

#include <variant>

// A report laid out as a book, independent of any format: a title page, the contents and
// the body as paragraphs and tables of styled runs. The HTML, PDF and ODT writers render the
// same book, so the three show the same things in the same order.
namespace lectern::book {

enum class Role { Title, Subtitle, Heading, Subheading, Meta, Body, BlockHeading, Quote, Note, Item };

struct Run {
    Run() = default;
    Run(QString t, QColor highlight = {}) : text(std::move(t)), background(highlight) { }
    static Run bold(QString t) { Run r(std::move(t)); r.strong = true; return r; }
    static Run italic(QString t) { Run r(std::move(t)); r.emphasis = true; return r; }
    static Run note(int number) { Run r(QString::number(number)); r.footnote = number; return r; }

    QString text;
    QColor background;   // invalid: none; highlights are opaque colours blended over white
    int footnote = 0;    // > 0: the run is this note's number, set as a superscript
    bool strong = false;
    bool emphasis = false;

    friend bool operator==(const Run &, const Run &) = default;
};

struct Paragraph {
    Role role = Role::Body;
    QList<Run> runs;
    QString lang;
    bool rtl = false;
    QString anchor; // a heading the contents point to

    QString plainText() const;
};

struct Cell {
    QList<Run> runs;
    QString lang;
    bool rtl = false;
    QColor background;
};

struct Table {
    QStringList header;
    QList<qreal> widths; // fractions of the text width, one per column
    QList<QList<Cell>> rows;
};

using Item = std::variant<Paragraph, Table>;

struct Book {
    QString title;
    QString lang;             // the interface language the labels are in
    QList<Paragraph> cover;   // the title page
    QString contentsTitle;
    QList<Item> body;         // headings with anchors make the contents
};

Book build(const Report &report);

// The colour of a passage covered by these highlights, each 35 % opaque over white paper.
QColor blend(const QList<QColor> &highlights);
bool rightToLeft(const QString &lang);

// A text cut into runs at every annotation boundary: each run carries the blend of all
// annotations covering it, and a note number follows each annotation where it ends.
// `notes` numbers the annotations in order of their ends, shared across blocks.
QList<Run> markedRuns(const Report &report, const ReportArticle &article, int start, int end,
                      QList<const Annotation *> &notes);

} // namespace lectern::book
