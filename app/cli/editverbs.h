#pragma once

#include <QStringList>
#include <QTextStream>

// Headless annotating and linking, for scripts: lectern annotate and lectern link.
namespace lectern::cli {

// lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]
// Offsets are UTF-16, as everywhere; a tag path such as Figures/Job cuts is made when missing.
int annotate(const QStringList &args, QTextStream &out, QTextStream &err);
// lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]
int link(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace lectern::cli
