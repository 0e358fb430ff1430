#pragma once

#include "sourcetext.h"

#include <QString>

#include <functional>
#include <optional>

namespace liaison {

struct LoadOptions {
    qint64 maxFileSize = 50 * 1024 * 1024; // larger files are refused
    bool detectLanguage = true;            // refuse what is not French or English
    // XML read out of a .docx/.odt beyond this is a zip bomb; counted as it
    // inflates, never trusting the sizes the archive declares.
    qint64 maxUnpackedSize = 64 * 1024 * 1024;
    // A text the caller already holds (by its content hash): the language
    // guess is skipped and the result carries the hash only, for the caller
    // to drop as a duplicate. Re-importing a folder spent most of its time
    // guessing languages of articles it then skipped.
    std::function<bool(const QByteArray &sha256)> isKnown;
    // The same, asked first, by the hash of the file's bytes: a file the
    // caller imported before is known without being decoded, parsed or
    // normalized (most of a re-import's time, HTML above all).
    std::function<bool(const QByteArray &fileSha256)> isKnownFile;
    // SourceText::sha256 is for callers that store or deduplicate articles; a
    // caller that only reads the text (liaison-cli extract) turns it off and
    // saves hashing every article (sha256 then stays empty, unless isKnown
    // asks for it).
    bool contentHash = true; // also SourceText::fileSha256
};

// Either a SourceText or the reason the file was refused ("empty file",
// "language not supported (looks like German)", …), never both.
struct LoadResult {
    std::optional<SourceText> source;
    QString error;
    // isKnown or isKnownFile said the caller holds it: the source carries the
    // hashes (and path) only.
    bool known = false;
    bool ok() const { return source.has_value(); }
};

// Loads any supported file (.txt, .md, .html/.htm, .pdf, .docx, .odt): decodes
// it, keeps the main text only, reads its metadata, identifies its language.
// Thread-safe; never touches the network; never runs scripts.
LoadResult loadFile(const QString &path, const LoadOptions &options = {});

// The same from bytes already in memory (the file name picks the format).
LoadResult loadBytes(const QByteArray &bytes, const QString &fileName, const LoadOptions &options = {});

// File suffixes loadFile() understands, lower case, without the dot.
QStringList supportedSuffixes();

} // namespace liaison
