#pragma once

#include "loader.h"

#include <QByteArray>

namespace liaison {

// Reads a PDF with poppler: the text of every page in reading order, title,
// author and creation date from the document info. Corrupt and
// password-protected files are refused; poppler's diagnostics are silenced.
// Poppler lives in the liaison-pdf module, loaded on the first PDF, so that
// runs without PDFs do not map it; without the module PDFs are refused with
// the reason.
class PdfLoader
{
public:
    // Language and sha256 are left to the caller. Thread-safe.
    static LoadResult load(const QByteArray &bytes);
    // The reading itself; defined in the liaison-pdf module (pdfmodule.cpp).
    static LoadResult loadWithPoppler(const QByteArray &bytes);
};

} // namespace liaison
