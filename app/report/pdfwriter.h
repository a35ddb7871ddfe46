#pragma once

#include "book.h"

#include <QByteArray>

namespace lectern::writers {

// The report as an A4 PDF: a title page, the contents with page numbers and links, the body
// with highlights, notes and tables, page numbers at the foot and an outline of the
// headings. Empty, with the reason in `error`, when cairo fails.
QByteArray pdf(const book::Book &book, QString *error);

} // namespace lectern::writers
