#include "jsonformat.h"

#include "../analysis/alignment.h"
#include "../project/projectdocument.h"

#include <QJsonArray>

namespace lectern::json {

static QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject article(const ArticleMeta &m)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("byline"), orNull(m.byline)},
        {QStringLiteral("outlet"), orNull(m.outlet)},
        {QStringLiteral("published"), orNull(m.published)},
        {QStringLiteral("lang"), m.lang},
        {QStringLiteral("format"), m.format},
        {QStringLiteral("file"), orNull(m.fileName)},
        {QStringLiteral("url"), orNull(m.url)},
        {QStringLiteral("chars"), m.textLength},
        {QStringLiteral("imported"), m.importedAt.toString(Qt::ISODate)},
        {QStringLiteral("annotations"), m.annotationCount},
    };
}

QJsonObject articleWithText(const ArticleMeta &meta, const QString &text, const QList<Block> &blocks)
{
    QJsonObject object = article(meta);
    object.insert(QStringLiteral("text"), text);
    QJsonArray array;
    for (const Block &b : blocks) {
        array.append(QJsonObject{{QStringLiteral("start"), b.start},
                                 {QStringLiteral("end"), b.end},
                                 {QStringLiteral("kind"), blockKindName(b.kind)},
                                 {QStringLiteral("lang"), b.lang.isEmpty() ? meta.lang : b.lang}});
    }
    object.insert(QStringLiteral("blocks"), array);
    return object;
}

QJsonObject searchHit(const SearchHit &hit)
{
    QJsonArray marks;
    for (const auto &m : hit.marks)
        marks.append(QJsonArray{m.first, m.second});
    return QJsonObject{
        {QStringLiteral("article"), hit.article.id},
        {QStringLiteral("title"), hit.article.title},
        {QStringLiteral("lang"), hit.article.lang},
        {QStringLiteral("outlet"), orNull(hit.article.outlet)},
        {QStringLiteral("snippet"), hit.snippet},
        {QStringLiteral("marks"), marks},
        {QStringLiteral("offset"), hit.matchStart},
    };
}

QJsonObject claim(qint64 article, const Claim &c)
{
    QJsonArray quantities;
    for (const Quantity &q : c.quantities) {
        quantities.append(QJsonObject{{QStringLiteral("text"), q.text},
                                      {QStringLiteral("value"), q.value},
                                      {QStringLiteral("unit"), q.unit},
                                      {QStringLiteral("noun"), orNull(q.noun)},
                                      {QStringLiteral("concept"), orNull(q.conceptId)},
                                      {QStringLiteral("bound"), q.bound}});
    }
    return QJsonObject{{QStringLiteral("article"), article},
                       {QStringLiteral("start"), c.start},
                       {QStringLiteral("end"), c.end},
                       {QStringLiteral("text"), c.text},
                       {QStringLiteral("lang"), c.lang},
                       {QStringLiteral("kinds"), QJsonArray::fromStringList(c.kinds)},
                       {QStringLiteral("score"), c.score},
                       {QStringLiteral("claimant"), orNull(c.claimant)},
                       {QStringLiteral("quantities"), quantities}};
}

QJsonObject alignedGroup(const AlignedGroup &group)
{
    QJsonArray members;
    for (const AlignedFigure &m : group.members)
        members.append(QJsonObject{{QStringLiteral("article"), m.articleId},
                                   {QStringLiteral("start"), m.quantity.start},
                                   {QStringLiteral("end"), m.quantity.end},
                                   {QStringLiteral("text"), m.quantity.text},
                                   {QStringLiteral("value"), m.quantity.value},
                                   {QStringLiteral("bound"), m.quantity.bound},
                                   {QStringLiteral("lang"), m.lang},
                                   {QStringLiteral("source"), orNull(m.source)}});
    return QJsonObject{{QStringLiteral("concept"), orNull(group.conceptId)},
                       {QStringLiteral("unit"), group.unit},
                       {QStringLiteral("verdict"), group.verdict},
                       {QStringLiteral("why"), group.why},
                       {QStringLiteral("members"), members}};
}

} // namespace lectern::json
