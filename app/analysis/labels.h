#pragma once

#include <QString>
#include <QStringList>

// Names for people of what the analysis stores as keys: claim kinds ("quantity"), units
// ("duration:year", "currency:EUR"), concepts ("jobs"), verdicts and statuses, in the
// interface language. Reports and the window show these, never the keys.
namespace lectern::labels {

QString kind(const QString &key);
QString kinds(const QStringList &keys);
QString unit(const QString &key);
QString conceptName(const QString &key);
// What an aligned group of figures counts: "Jobs", "Revenue (euro)", "Duration (years)".
QString figure(const QString &conceptKey, const QString &unitKey);
QString verdict(const QString &key);
QString status(const QString &key);

} // namespace lectern::labels
