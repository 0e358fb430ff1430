#pragma once

#include "loader.h"

#include <QByteArray>

namespace liaison {

// Reads a saved web page: decodes it by its declared or detected charset,
// keeps the article's main text (no navigation, ads, comments, scripts) and
// its title, byline, date, site name and canonical URL. Never fetches or runs
// anything; walks the tree iteratively so any nesting depth is safe.
class HtmlLoader
{
public:
    // The text comes back with blocks separated by blank lines; language and
    // sha256 are left to the caller. Thread-safe.
    static LoadResult load(const QByteArray &bytes);

    // The charset a page declares in its first bytes (<meta charset>, or
    // http-equiv Content-Type), upper case; empty when none.
    static QByteArray declaredCharset(const QByteArray &bytes);
};

} // namespace liaison
