#pragma once

#include "loader.h"

#include <QByteArray>

namespace liaison {

// Reads word-processor documents, which are zip archives of XML: .docx
// (word/document.xml, docProps/core.xml) and .odt (content.xml, meta.xml).
// Inflated bytes are counted as they are read, so a zip bomb is refused
// before it fills memory.
class OfficeLoader
{
public:
    enum class Format { Docx, Odt };

    // Language and sha256 are left to the caller. Thread-safe.
    static LoadResult load(const QByteArray &bytes, Format format, const LoadOptions &options);
};

} // namespace liaison
