#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace liaison {

// An imported article: its metadata and full text, identified by the sha256 of
// its normalized text so the same article from another file is a duplicate.
struct Article {
    qint64 id = 0;
    QByteArray sha256; // hex
    QByteArray fileSha256; // hex of the file it was imported from, if known (SourceText::fileSha256)
    QString path;
    QString title;
    QString source; // site or publication name
    QString author;
    QString url;
    QDate published;
    QString language; // "fr" or "en"
    QDateTime importedAt;
    QString text;
};

} // namespace liaison
