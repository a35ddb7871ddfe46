#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reading a REFI-QDA project (.qdpx) as QualCoder, MAXQDA, ATLAS.ti, NVivo and Lectern write
// it: users, the codebook, text sources with their selections, codings, notes, variables and
// cases, and links. Positions stay as the file gives them, in code points.
namespace lectern::qdpx {

struct Code {
    QString guid, name, color, description, parent; // parent: a code's guid, or empty
};

struct Selection {
    QString guid, name, description;
    qint64 start = 0, end = 0;  // code points
    QStringList codes;          // code guids
    QStringList notes;          // note guids
};

struct Source {
    QString guid, name, description;
    QString text;               // empty when the file does not hold it (see the warnings)
    QHash<QString, QString> variables; // variable name → value
    QStringList cases;          // the names of the cases it belongs to
    QStringList codes;          // codings of the whole source
    QStringList notes;
    QList<Selection> selections;
};

struct Note {
    QString guid, name, text;
};

struct LinkRecord {
    QString guid, name, direction, origin, target;
    QStringList notes;
};

struct Project {
    QString name, origin;
    QStringList users;
    QList<Code> codes; // parents before their children
    QList<Source> sources;
    QHash<QString, Note> notes;
    QList<LinkRecord> links;
};

// Nothing, with the reason in error, when the file is not a REFI-QDA project Lectern can
// read (not a zip, no project.qde, malformed XML, a zip it refuses). What it reads only in
// part (sources without their text, pictures, audio) is named in warnings.
std::optional<Project> read(const QByteArray &archive, QStringList *warnings, QString *error);

} // namespace lectern::qdpx
