#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace lectern {

// The colour of a claim kind, shared by the reader's underlines, its legend and the
// scroll bar marks: distinct from tag colours, which fill the background instead.
QColor claimKindColor(const QString &kind);
// The kind a claim is drawn as: the most telling of its kinds.
QString primaryKind(const QStringList &kinds);
// The kinds in legend order.
QStringList claimKinds();
// A kind's name for people.
QString claimKindName(const QString &kind);

} // namespace lectern
