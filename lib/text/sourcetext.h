#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace liaison {

// A loaded article: its main text (NFC, UTF-16 in memory) and the metadata its
// file carried. sha256 is over the normalized text, so the same article saved
// as .txt and .html is recognised as a duplicate.
struct SourceText {
    QString path;
    QString text;
    QString title;
    QString author;
    QString source; // site or publication name
    QString url;
    QDate published;
    QString language; // "fr" or "en"
    QByteArray sha256; // hex of the normalized text
    // Hex of the file's bytes as read: the same file again is known without
    // being decoded, parsed or normalized (LoadOptions::isKnownFile).
    QByteArray fileSha256;
};

} // namespace liaison
