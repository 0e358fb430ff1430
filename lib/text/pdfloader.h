#pragma once

#include "loader.h"

#include <QByteArray>

namespace liaison {

// Reads a PDF with poppler: the text of every page in reading order, title,
// author and creation date from the document info. Corrupt and
// password-protected files are refused; poppler's diagnostics are silenced.
class PdfLoader
{
public:
    // Language and sha256 are left to the caller. Thread-safe.
    static LoadResult load(const QByteArray &bytes);
};

} // namespace liaison
