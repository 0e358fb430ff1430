#include "htmlloader.h"

#include "charset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <gumbo.h>

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace liaison {

namespace {

// Every block gumbo allocates is linked into one list so the whole tree can be
// freed in one flat loop: gumbo_destroy_output() recurses once per level and
// would overflow the stack on pathologically deep pages.
struct alignas(std::max_align_t) BlockHeader {
    BlockHeader *prev;
    BlockHeader *next;
};

struct Arena {
    BlockHeader head{&head, &head};
    ~Arena()
    {
        BlockHeader *b = head.next;
        while (b != &head) {
            BlockHeader *next = b->next;
            std::free(b);
            b = next;
        }
    }
};

void *arenaAllocate(void *userdata, size_t size)
{
    auto *arena = static_cast<Arena *>(userdata);
    auto *b = static_cast<BlockHeader *>(std::malloc(sizeof(BlockHeader) + size));
    if (!b)
        std::abort(); // gumbo does not check for failure either
    b->prev = &arena->head;
    b->next = arena->head.next;
    arena->head.next->prev = b;
    arena->head.next = b;
    return b + 1;
}

void arenaFree(void *, void *ptr)
{
    if (!ptr)
        return;
    BlockHeader *b = static_cast<BlockHeader *>(ptr) - 1;
    b->prev->next = b->next;
    b->next->prev = b->prev;
    std::free(b);
}

// The context is the one lupdate files these calls under (the scope calling
// them), or the French would never be found; tests/i18n_contexts.py checks it.
QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::HtmlLoader", text);
}

bool isElement(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

GumboTag tagOf(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

QString attr(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

bool isTextNode(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}

QString collapseSpaces(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (const QChar c : s) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

// All text below a node (for titles, headings, bylines), iteratively and
// capped, since these are short fields.
QString textOf(const GumboNode *root, qsizetype cap = 2000)
{
    QString out;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty() && out.size() < cap) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (isTextNode(node)) {
            out += QString::fromUtf8(node->v.text.text);
            continue;
        }
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
            continue;
        if (tag == GUMBO_TAG_BR)
            out += u' ';
        if (const GumboVector *kids = childrenOf(node))
            for (unsigned i = kids->length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(kids->data[i - 1]));
    }
    return collapseSpaces(out.left(cap)).trimmed();
}

QStringList classTokens(const GumboNode *node)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QString s = (attr(node, "class") + u' ' + attr(node, "id")).toLower();
    return s.split(separators, Qt::SkipEmptyParts);
}

bool hasToken(const GumboNode *node, const QSet<QString> &tokens)
{
    for (const QString &t : classTokens(node))
        if (tokens.contains(t))
            return true;
    return false;
}

// Elements that are never article text, whatever their place.
bool isNeverText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

// Navigation, ads, comment threads, cookie banners and the like, recognised by
// their class, id, role or by being hidden.
bool isBoilerplate(const GumboNode *node)
{
    const GumboTag tag = tagOf(node);
    if (isNeverText(tag))
        return true;
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        return false;
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (attr(node, "aria-hidden").compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    const QString style = attr(node, "style").toLower().remove(u' ');
    if (style.contains(u"display:none") || style.contains(u"visibility:hidden"))
        return true;
    static const QSet<QString> roles = {QStringLiteral("navigation"),  QStringLiteral("banner"),
                                        QStringLiteral("contentinfo"), QStringLiteral("complementary"),
                                        QStringLiteral("search"),      QStringLiteral("dialog"),
                                        QStringLiteral("alertdialog"), QStringLiteral("menu"),
                                        QStringLiteral("menubar"),     QStringLiteral("alert")};
    if (roles.contains(attr(node, "role").toLower()))
        return true;
    static const QSet<QString> junk = [] {
        QSet<QString> s;
        for (const char *w : {"nav", "navbar", "navigation", "menu", "footer", "sidebar", "comment", "comments",
                              "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr", "banner", "ad",
                              "ads", "advert", "adverts", "advertisement", "adsbygoogle", "sponsor", "sponsored",
                              "promo", "share", "sharing", "social", "newsletter", "subscribe", "related",
                              "recommended", "outbrain", "taboola", "popup", "modal", "breadcrumb", "breadcrumbs",
                              "pagination", "widget", "paywall", "masthead", "skiplink", "toolbar"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    // A class that also says "content" or "article" is a layout wrapper around
    // the text ("main-content has-sidebar"), not the boilerplate itself.
    static const QSet<QString> keep = [] {
        QSet<QString> s;
        for (const char *w : {"article", "body", "content", "main", "story", "post", "entry", "text", "column"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return hasToken(node, junk) && !hasToken(node, keep);
}

bool isHeading(GumboTag tag)
{
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4
        || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
        return true;
    default:
        return isHeading(tag);
    }
}

bool isAncestor(const GumboNode *ancestor, const GumboNode *node)
{
    for (const GumboNode *n = node; n; n = n->parent)
        if (n == ancestor)
            return true;
    return false;
}

QDate parseDate(const QString &value)
{
    const QString s = value.trimmed();
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (dt.isValid())
        return dt.date();
    QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    if (d.isValid())
        return d;
    dt = QDateTime::fromString(s, Qt::RFC2822Date);
    return dt.isValid() ? dt.date() : QDate();
}

QString cleanUrl(const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty())
        return url.toString();
    return {};
}

// "Headline | Site" -> "Headline": the last segment goes when it is the site
// name or (unless siteOnly, for og:title which rarely carries one) short
// enough to be one.
QString stripSiteSuffix(const QString &title, const QString &site, bool siteOnly = false)
{
    static const QRegularExpression separator(QStringLiteral("\\s+(?:\\||-|–|—|::|·|•)\\s+"));
    qsizetype cut = -1, cutLength = 0;
    QRegularExpressionMatchIterator it = separator.globalMatch(title);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        cut = m.capturedStart();
        cutLength = m.capturedLength();
    }
    if (cut <= 0)
        return title;
    const QString head = title.left(cut).trimmed();
    const QString tail = title.mid(cut + cutLength).trimmed();
    const bool isSite = !site.isEmpty() && tail.compare(site, Qt::CaseInsensitive) == 0;
    const bool shortTail = tail.split(u' ', Qt::SkipEmptyParts).size() <= 4 && tail.size() < head.size();
    return (isSite || (shortTail && !siteOnly)) ? head : title;
}

struct Metadata {
    QString ogTitle, htmlTitle, author, published, site, canonical, ogUrl;
    QString ldHeadline, ldAuthor, ldPublished, ldPublisher;
    QString metaAuthor, articleAuthor, metaDate, relAuthor, byline, timeDate;
};

QString personName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(QLatin1StringView("name")).toString().trimmed();
    if (v.isArray()) {
        QStringList names;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &e : array) {
            const QString n = personName(e);
            if (!n.isEmpty())
                names << n;
        }
        return names.join(QLatin1StringView(", "));
    }
    return {};
}

void readJsonLd(const QJsonValue &value, Metadata &meta, int depth)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &e : array)
            readJsonLd(e, meta, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1StringView("@graph")))
        readJsonLd(o.value(QLatin1StringView("@graph")), meta, depth + 1);
    const QJsonValue type = o.value(QLatin1StringView("@type"));
    QString types = type.toString();
    if (type.isArray()) {
        const QJsonArray a = type.toArray();
        for (const QJsonValue &t : a)
            types += u' ' + t.toString();
    }
    if (!types.contains(QLatin1StringView("Article")) && !types.contains(QLatin1StringView("BlogPosting"))
        && !types.contains(QLatin1StringView("Report")))
        return;
    if (meta.ldHeadline.isEmpty())
        meta.ldHeadline = o.value(QLatin1StringView("headline")).toString().trimmed();
    if (meta.ldAuthor.isEmpty())
        meta.ldAuthor = personName(o.value(QLatin1StringView("author")));
    if (meta.ldPublished.isEmpty())
        meta.ldPublished = o.value(QLatin1StringView("datePublished")).toString();
    if (meta.ldPublisher.isEmpty())
        meta.ldPublisher = personName(o.value(QLatin1StringView("publisher")));
}

QString stripBy(QString s)
{
    static const QRegularExpression by(QStringLiteral("^(?:by|par|de)\\s+"), QRegularExpression::CaseInsensitiveOption);
    s.remove(by);
    return s.trimmed();
}

void setOnce(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value.trimmed();
}

struct Analysis {
    Metadata meta;
    std::unordered_map<const GumboNode *, double> score; // readability score per p parent/grandparent
    std::unordered_map<const GumboNode *, double> containerText; // p text inside each article/main
    std::vector<const GumboNode *> articles, mains;
    const GumboNode *firstH1 = nullptr;
    double total = 0;
};

// One pass over the whole document: metadata from every element, paragraph
// scores from the visible ones only.
void analyse(const GumboNode *root, Analysis &a)
{
    struct Frame {
        const GumboNode *node;
        bool closing;
        bool hidden; // inside boilerplate: metadata still read, text not scored
    };
    struct OpenP {
        const GumboNode *node;
        qsizetype text = 0, link = 0;
    };
    std::vector<Frame> stack{{root, false, false}};
    std::vector<OpenP> openP;
    std::vector<const GumboNode *> openContainers;
    int linkDepth = 0;
    Metadata &m = a.meta;
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        const GumboNode *node = f.node;
        const GumboTag tag = tagOf(node);
        if (f.closing) {
            if (tag == GUMBO_TAG_A)
                --linkDepth;
            else if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
                openContainers.pop_back();
            else if (tag == GUMBO_TAG_P && !openP.empty()) {
                const OpenP p = openP.back();
                openP.pop_back();
                const double s = p.text >= 25 ? double(p.text - p.link) : 0.0;
                if (s > 0) {
                    a.total += s;
                    if (node->parent) {
                        a.score[node->parent] += s;
                        if (node->parent->parent)
                            a.score[node->parent->parent] += s / 2;
                    }
                    // Nested articles are rare; crediting the innermost few
                    // keeps a pathological page linear.
                    const std::size_t n = openContainers.size();
                    for (std::size_t i = n; i > 0 && i + 4 > n; --i)
                        a.containerText[openContainers[i - 1]] += s;
                }
            }
            continue;
        }
        if (isTextNode(node)) {
            if (!f.hidden && !openP.empty()) {
                const qsizetype len = collapseSpaces(QString::fromUtf8(node->v.text.text)).size();
                openP.back().text += len;
                if (linkDepth > 0)
                    openP.back().link += len;
            }
            continue;
        }
        if (!isElement(node) && node->type != GUMBO_NODE_DOCUMENT)
            continue;

        bool hidden = f.hidden;
        if (isElement(node)) {
            switch (tag) {
            case GUMBO_TAG_TITLE:
                if (m.htmlTitle.isEmpty())
                    m.htmlTitle = textOf(node);
                break;
            case GUMBO_TAG_META: {
                const QString key = (attr(node, "property") + attr(node, "name") + attr(node, "itemprop")).toLower();
                const QString content = attr(node, "content");
                if (key == u"og:title")
                    setOnce(m.ogTitle, content);
                else if (key == u"og:site_name")
                    setOnce(m.site, content);
                else if (key == u"og:url")
                    setOnce(m.ogUrl, content);
                else if (key == u"author" || key == u"dc.creator" || key == u"sailthru.author")
                    setOnce(m.metaAuthor, content);
                else if (key == u"article:author" && !content.startsWith(u"http"))
                    setOnce(m.articleAuthor, content);
                else if (key == u"article:published_time" || key == u"datepublished")
                    setOnce(m.published, content);
                else if (key == u"date" || key == u"pubdate" || key == u"publish-date" || key == u"dc.date"
                         || key == u"dc.date.issued" || key == u"sailthru.date")
                    setOnce(m.metaDate, content);
                break;
            }
            case GUMBO_TAG_LINK: {
                const QString rel = attr(node, "rel").toLower();
                if (rel.split(u' ').contains(QStringLiteral("canonical")))
                    setOnce(m.canonical, attr(node, "href"));
                break;
            }
            case GUMBO_TAG_SCRIPT:
                if (attr(node, "type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0) {
                    const GumboVector &kids = node->v.element.children;
                    if (kids.length > 0 && isTextNode(static_cast<const GumboNode *>(kids.data[0]))) {
                        const QByteArray raw(static_cast<const GumboNode *>(kids.data[0])->v.text.text);
                        const QJsonDocument doc = QJsonDocument::fromJson(raw);
                        readJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), m, 0);
                    }
                }
                continue; // never descend into scripts
            case GUMBO_TAG_TIME:
                if (!hidden)
                    setOnce(m.timeDate, attr(node, "datetime"));
                break;
            case GUMBO_TAG_A:
                if (attr(node, "rel").toLower().split(u' ').contains(QStringLiteral("author")))
                    setOnce(m.relAuthor, textOf(node, 200));
                break;
            default:
                break;
            }
            if (!hidden && isBoilerplate(node))
                hidden = true;
            if (!hidden && (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER))
                hidden = true; // headings in an article's header are read later
            if (!hidden && m.byline.isEmpty() && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML) {
                static const QSet<QString> bylineTokens = {QStringLiteral("byline"), QStringLiteral("author")};
                if (hasToken(node, bylineTokens))
                    m.byline = stripBy(textOf(node, 200));
            }
            if (!hidden && tag == GUMBO_TAG_H1 && !a.firstH1)
                a.firstH1 = node;
            if (!hidden && tag == GUMBO_TAG_ARTICLE)
                a.articles.push_back(node);
            if (!hidden && tag == GUMBO_TAG_MAIN)
                a.mains.push_back(node);
        }

        if (tag == GUMBO_TAG_A) {
            ++linkDepth;
            stack.push_back({node, true, hidden});
        } else if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
            openContainers.push_back(node);
            stack.push_back({node, true, hidden});
        } else if (tag == GUMBO_TAG_P && !hidden) {
            openP.push_back({node});
            stack.push_back({node, true, hidden});
        }
        if (const GumboVector *kids = childrenOf(node))
            for (unsigned i = kids->length; i > 0; --i)
                stack.push_back({static_cast<const GumboNode *>(kids->data[i - 1]), false, hidden});
    }
}

// The blocks of text under the chosen container, boilerplate left out.
QStringList collectBlocks(const GumboNode *container)
{
    enum class Kind { Open, CloseBlock, CloseLink, ClosePre };
    struct Frame {
        const GumboNode *node;
        Kind kind;
    };
    QStringList blocks;
    QString current;
    qsizetype linkChars = 0;
    int linkDepth = 0, preDepth = 0;
    auto flush = [&] {
        QString block;
        if (preDepth > 0) {
            block = current;
            while (!block.isEmpty() && block.back().isSpace())
                block.chop(1);
            while (!block.isEmpty() && (block.front() == u'\n' || block.front() == u'\r'))
                block.remove(0, 1);
        } else {
            // Lines come from <br> (marked with U+2028, since the source's own
            // line breaks are just spaces); spaces collapse as browsers do.
            QStringList lines = current.split(QChar::LineSeparator);
            for (QString &line : lines)
                line = collapseSpaces(line).trimmed();
            lines.removeAll(QString());
            block = lines.join(u'\n');
        }
        const qsizetype visible = collapseSpaces(block).size();
        // A block that is mostly links is a list of "read more" teasers.
        if (!block.isEmpty() && !(linkChars * 2 > visible && visible > 0))
            blocks << block;
        current.clear();
        linkChars = 0;
    };
    std::vector<Frame> stack{{container, Kind::Open}};
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        const GumboNode *node = f.node;
        switch (f.kind) {
        case Kind::CloseBlock:
            flush();
            continue;
        case Kind::CloseLink:
            --linkDepth;
            continue;
        case Kind::ClosePre:
            flush();
            --preDepth;
            continue;
        case Kind::Open:
            break;
        }
        if (isTextNode(node)) {
            const QString text = QString::fromUtf8(node->v.text.text);
            current += text;
            if (linkDepth > 0)
                linkChars += collapseSpaces(text).size();
            continue;
        }
        if (!isElement(node))
            continue;
        const GumboTag tag = node->v.element.tag;
        if (node != container && isBoilerplate(node))
            continue;
        if (tag == GUMBO_TAG_BR) {
            current += QChar::LineSeparator;
            continue;
        }
        if (tag == GUMBO_TAG_FOOTER && node != container)
            continue;
        if (tag == GUMBO_TAG_HEADER && node != container) {
            // An article's own header carries its headline (kept) and often a
            // byline, share buttons and a date (left out).
            flush();
            std::vector<const GumboNode *> headings, search{node};
            while (!search.empty()) {
                const GumboNode *n = search.back();
                search.pop_back();
                if (isHeading(tagOf(n))) {
                    headings.push_back(n);
                    continue;
                }
                if (isElement(n) && !isBoilerplate(n))
                    for (unsigned i = n->v.element.children.length; i > 0; --i)
                        search.push_back(static_cast<const GumboNode *>(n->v.element.children.data[i - 1]));
            }
            for (auto it = headings.rbegin(); it != headings.rend(); ++it)
                stack.push_back({*it, Kind::Open});
            continue;
        }
        if (tag == GUMBO_TAG_PRE) {
            flush();
            ++preDepth;
            stack.push_back({node, Kind::ClosePre});
        } else if (isBlock(tag)) {
            flush();
            stack.push_back({node, Kind::CloseBlock});
        } else if (tag == GUMBO_TAG_A) {
            ++linkDepth;
            stack.push_back({node, Kind::CloseLink});
        }
        const GumboVector &kids = node->v.element.children;
        for (unsigned i = kids.length; i > 0; --i)
            stack.push_back({static_cast<const GumboNode *>(kids.data[i - 1]), Kind::Open});
    }
    flush();
    return blocks;
}

const GumboNode *findBody(const GumboNode *root)
{
    if (!root || !isElement(root))
        return root;
    const GumboVector &kids = root->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *n = static_cast<const GumboNode *>(kids.data[i]);
        if (tagOf(n) == GUMBO_TAG_BODY)
            return n;
    }
    return root;
}

const GumboNode *chooseContainer(const GumboNode *body, const Analysis &a)
{
    auto best = [&](const std::vector<const GumboNode *> &nodes) -> std::pair<const GumboNode *, double> {
        const GumboNode *top = nullptr;
        double topScore = 0;
        for (const GumboNode *n : nodes) {
            const auto it = a.containerText.find(n);
            const double s = it == a.containerText.end() ? 0.0 : it->second;
            if (!top || s > topScore) {
                top = n;
                topScore = s;
            }
        }
        return {top, topScore};
    };
    const auto [article, articleScore] = best(a.articles);
    if (article && (articleScore >= 0.4 * a.total || a.total == 0))
        return article;
    const auto [main, mainScore] = best(a.mains);
    if (main && (mainScore >= 0.4 * a.total || a.total == 0))
        return main;
    const GumboNode *top = nullptr;
    double topScore = 0;
    for (const auto &[node, score] : a.score) {
        if (score > topScore || (score == topScore && top && node->index_within_parent < top->index_within_parent)) {
            top = node;
            topScore = score;
        }
    }
    return top ? top : body;
}

// Deeper than this, start and end tags are dropped before parsing (their
// text stays). Real pages stay far below it; gumbo's scope checks cost time
// proportional to the depth for every tag, so a hostile page of nested <div>s
// would otherwise take quadratic time.
constexpr int kMaxNesting = 256;

bool isVoidOrOptionalEnd(QByteArrayView name)
{
    static const QSet<QByteArray> names = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
        "colgroup", "rb", "rt", "rp", "html", "head", "body"};
    return names.contains(name.toByteArray());
}

QByteArray limitNesting(const QByteArray &html)
{
    const char *data = html.constData();
    const qsizetype n = html.size();
    QByteArray out;
    int depth = 0;
    bool dropped = false;
    qsizetype copied = 0; // html[copied, i) is still to be copied
    qsizetype i = 0;
    auto findCi = [&](qsizetype from, QByteArrayView needle) {
        for (qsizetype k = from; k + needle.size() <= n; ++k)
            if (QByteArrayView(data + k, needle.size()).compare(needle, Qt::CaseInsensitive) == 0)
                return k;
        return n;
    };
    while (i < n) {
        const char *lt = static_cast<const char *>(std::memchr(data + i, '<', size_t(n - i)));
        if (!lt)
            break;
        i = lt - data;
        if (QByteArrayView(data + i, std::min<qsizetype>(4, n - i)) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = i + 1 < n && data[i + 1] == '/';
        qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !(std::isalpha(static_cast<unsigned char>(data[nameStart])) || data[nameStart] == '!')) {
            ++i;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && !std::isspace(static_cast<unsigned char>(data[nameEnd])) && data[nameEnd] != '/'
               && data[nameEnd] != '>')
            ++nameEnd;
        // The tag ends at the first '>' outside quotes.
        qsizetype end = nameEnd;
        char quote = 0;
        while (end < n && (quote || data[end] != '>')) {
            if (quote && data[end] == quote)
                quote = 0;
            else if (!quote && (data[end] == '"' || data[end] == '\'') && data[end - 1] == '=')
                quote = data[end];
            ++end;
        }
        if (end >= n)
            break;
        const QByteArray name = QByteArray(data + nameStart, nameEnd - nameStart).toLower();
        const bool selfClosing = data[end - 1] == '/';
        qsizetype next = end + 1;
        if (!closing && (name == "script" || name == "style" || name == "textarea" || name == "title")) {
            // Raw text: nothing inside is a tag.
            const qsizetype close = findCi(next, QByteArray("</" + name));
            next = close;
        }
        // <!doctype>, <![CDATA[ and the like open nothing.
        if (!name.startsWith('!') && !isVoidOrOptionalEnd(name) && !selfClosing) {
            bool drop = false;
            if (closing) {
                drop = depth > kMaxNesting;
                depth = std::max(0, depth - 1);
            } else {
                ++depth;
                drop = depth > kMaxNesting;
            }
            if (drop) {
                if (!dropped)
                    out.reserve(html.size());
                dropped = true;
                out.append(data + copied, i - copied);
                out.append(' ');
                copied = end + 1;
            }
        }
        i = next;
    }
    if (!dropped)
        return html;
    out.append(data + copied, n - copied);
    return out;
}

} // namespace

QByteArray HtmlLoader::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // Browsers look in the first 1024 bytes; some pages put the tag later.
    const QString head = QString::fromLatin1(bytes.left(4096));
    const QRegularExpressionMatch m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toUpper() : QByteArray();
}

LoadResult HtmlLoader::load(const QByteArray &bytes)
{
    LoadResult result;
    QString html;
    const QByteArrayView view(bytes);
    const bool hasBom = view.startsWith("\xEF\xBB\xBF") || view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF");
    const QByteArray declared = hasBom ? QByteArray() : declaredCharset(bytes);
    std::optional<QString> decoded;
    // A page saved as UTF-16 still says "utf-8" in its meta; the BOM and the
    // NUL bytes know better.
    if (!declared.isEmpty() && !declared.startsWith("UTF-16") && !bytes.contains('\0'))
        decoded = Charset::decodeAs(bytes, declared);
    if (decoded) {
        html = *decoded;
    } else {
        Charset::Decoded d = Charset::decode(bytes);
        if (d.binary) {
            result.error = tr("binary file (contains NUL bytes)");
            return result;
        }
        html = std::move(d.text);
    }
    const QByteArray utf8 = limitNesting(html.toUtf8());

    Arena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = arenaAllocate;
    options.deallocator = arenaFree;
    options.userdata = &arena;
    options.max_errors = 0; // errors are of no use here and cost memory
    const GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output || !output->root) {
        result.error = tr("no text found");
        return result;
    }

    Analysis a;
    analyse(output->document, a);
    const GumboNode *body = findBody(output->root);
    const GumboNode *container = chooseContainer(body, a);
    QStringList blocks = collectBlocks(container);

    // A headline kept outside the chosen container still belongs to the text.
    if (a.firstH1 && !isAncestor(container, a.firstH1)) {
        const QString h1 = textOf(a.firstH1);
        if (!h1.isEmpty() && (blocks.isEmpty() || blocks.constFirst() != h1))
            blocks.prepend(h1);
    }

    SourceText source;
    source.text = blocks.join(QLatin1StringView("\n\n"));
    const Metadata &m = a.meta;
    source.source = !m.site.isEmpty() ? m.site : m.ldPublisher;
    if (!m.ogTitle.isEmpty())
        source.title = stripSiteSuffix(m.ogTitle, source.source, /*siteOnly=*/true);
    else if (!m.htmlTitle.isEmpty())
        source.title = stripSiteSuffix(m.htmlTitle, source.source);
    else if (!m.ldHeadline.isEmpty())
        source.title = m.ldHeadline;
    else if (a.firstH1)
        source.title = textOf(a.firstH1);
    for (const QString &candidate : {m.metaAuthor, m.articleAuthor, m.ldAuthor, m.relAuthor, m.byline}) {
        if (!candidate.isEmpty()) {
            source.author = candidate.left(200);
            break;
        }
    }
    for (const QString &candidate : {m.published, m.ldPublished, m.timeDate, m.metaDate}) {
        const QDate d = parseDate(candidate);
        if (d.isValid()) {
            source.published = d;
            break;
        }
    }
    source.url = cleanUrl(m.canonical);
    if (source.url.isEmpty())
        source.url = cleanUrl(m.ogUrl);
    result.source = std::move(source);
    return result;
}

} // namespace liaison
