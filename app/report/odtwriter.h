#pragma once

#include "book.h"

#include <QByteArray>

namespace lectern::writers {

// The report as an OpenDocument text (.odt) for LibreOffice and Word: named styles an
// editor can change, highlight colours blended over white, each paragraph's language and
// writing direction, a contents index, page numbers in the footer. Empty, with the reason
// in `error`, when a part did not come out well-formed or the zip could not be written.
QByteArray odt(const book::Book &book, QString *error);
// Its content.xml alone (what tests read).
QByteArray odtContent(const book::Book &book);

} // namespace lectern::writers
