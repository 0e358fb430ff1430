#include "commands.h"

#include "extract/extractor.h"
#include "text/loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <vector>

namespace liaison::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::cli", text);
}

// UTF-16 index -> code point index, for texts with characters outside the BMP.
class CodePoints
{
public:
    explicit CodePoints(const QString &text)
    {
        if (!hasHighSurrogate(text))
            return;
        m_map.resize(text.size() + 1);
        int cp = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_map[i] = cp;
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
                ++cp;
        }
        m_map[text.size()] = cp;
    }
    int operator()(int utf16) const
    {
        if (m_map.isEmpty())
            return utf16;
        return m_map.at(std::clamp<qsizetype>(utf16, 0, m_map.size() - 1));
    }

private:
    // Nearly every article is all BMP, so the whole text is scanned: eight
    // units a step where SSE2 is there (every x86-64).
    static bool hasHighSurrogate(const QString &text)
    {
        const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = s + text.size();
#if defined(__SSE2__)
        const __m128i mask = _mm_set1_epi16(short(0xFC00));
        const __m128i high = _mm_set1_epi16(short(0xD800));
        for (; end - s >= 8; s += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, mask), high)) != 0)
                return true;
        }
#endif
        for (; s != end; ++s) {
            if ((*s & 0xFC00) == 0xD800)
                return true;
        }
        return false;
    }

    QList<int> m_map;
};

// Writes one JSON Lines object straight into bytes, exactly as
// QJsonDocument(object).toJson(QJsonDocument::Compact) writes it: the callers
// give keys in sorted order (QJsonObject's order), strings are escaped as Qt
// escapes them, numbers take Qt's forms. Building the QJsonObject tree and
// serialising it cost more than extracting a short article; appending through
// QByteArray cost a third of what is left, so the writer keeps a raw cursor
// into its buffer and checks the room once per field.
class JsonLine
{
public:
    JsonLine()
    {
        m_out.resize(4096);
        m_p = m_out.data();
        m_end = m_p + m_out.size();
    }

    QByteArray take()
    {
        room(1);
        *m_p++ = '\n';
        m_out.truncate(m_p - m_out.constData());
        m_p = m_end = nullptr;
        return std::move(m_out);
    }

    void raw(char c)
    {
        room(1);
        *m_p++ = c;
    }
    // Literals only: the length is known at compile time.
    template<size_t N>
    void raw(const char (&text)[N])
    {
        room(N - 1);
        put(text, N - 1);
    }
    void raw(QByteArrayView bytes)
    {
        room(bytes.size());
        put(bytes.data(), bytes.size());
    }
    void null() { raw("null"); }
    void number(int value)
    {
        room(11);
        putNumber(value);
    }
    // QJsonValue(double) keeps integral values up to 2^53 as integers; other
    // finite values are written shortest-form, NaN and infinities as null.
    void number(double value);
    void string(QStringView text);
    // The optional fields: null when absent (an empty text, no value).
    void stringOrNull(QStringView text)
    {
        if (text.isEmpty())
            null();
        else
            string(text);
    }
    void numberOrNull(const std::optional<double> &value)
    {
        if (value)
            number(*value);
        else
            null();
    }
    // {"end":E,"start":S}, both in code points.
    void span(const Span &s, const CodePoints &cp)
    {
        room(sizeof "{\"end\":,\"start\":}" - 1 + 2 * 11);
        put("{\"end\":", 7);
        putNumber(cp(s.end));
        put(",\"start\":", 9);
        putNumber(cp(s.start));
        *m_p++ = '}';
    }

private:
    // Makes room for `n` more bytes; the buffer at least doubles, so appends
    // stay amortized constant.
    void room(qsizetype n)
    {
        if (m_end - m_p >= n)
            return;
        const qsizetype used = m_p - m_out.constData();
        m_out.resize(std::max(2 * m_out.size(), used + n));
        m_p = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }
    // The callers made room.
    void put(const char *bytes, qsizetype n)
    {
        std::memcpy(m_p, bytes, size_t(n));
        m_p += n;
    }
    // What QByteArray::number(qint64) gives; at most 20 bytes (11 for an int).
    void putNumber(qint64 value)
    {
        char digits[20];
        char *const end = digits + sizeof digits;
        char *p = end;
        // Through unsigned, so the most negative value negates without overflow.
        quint64 magnitude = value < 0 ? 0u - quint64(value) : quint64(value);
        do {
            *--p = char('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (value < 0)
            *m_p++ = '-';
        put(p, end - p);
    }

    QByteArray m_out;
    char *m_p = nullptr;
    char *m_end = nullptr;
};

void JsonLine::number(double value)
{
    if (!std::isfinite(value)) {
        null();
        return;
    }
    if (std::trunc(value) == value && std::fabs(value) <= 9007199254740992.0) {
        room(21);
        putNumber(qint64(value));
        return;
    }
    // Confidences and stakes take a handful of values, so a few recent ones
    // are kept formatted; Qt formats each new one, so the bytes stay Qt's.
    struct Formatted {
        double value;
        QByteArray bytes;
    };
    static thread_local Formatted recent[16];
    static thread_local int count = 0;
    static thread_local int next = 0;
    for (int i = 0; i < count; ++i) {
        if (std::memcmp(&recent[i].value, &value, sizeof value) == 0) {
            raw(QByteArrayView(recent[i].bytes));
            return;
        }
    }
    Formatted &slot = recent[next];
    next = (next + 1) % 16;
    count = std::min(count + 1, 16);
    slot.value = value;
    slot.bytes = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    raw(QByteArrayView(slot.bytes));
}

void JsonLine::string(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Six bytes per UTF-16 unit at most ("\u00xx", or a lone surrogate as
    // "\udxxx"), plus the quotes.
    room(text.size() * 6 + 2);
    char *d = m_p;
    *d++ = '"';
    const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = s + text.size();
    while (s != end) {
#if defined(__SSE2__)
        // Names, titles and paths are mostly plain ASCII (printable, neither
        // quote nor backslash): eight units are tested and narrowed at once.
        // Eight bytes are stored even when fewer are plain; the room taken
        // above (six bytes per unit left) covers them.
        if (end - s >= 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
            // Signed compares: units from 0x8000 up are negative, so "below
            // 0x20" also catches them.
            const __m128i special = _mm_or_si128(
                _mm_or_si128(_mm_cmplt_epi16(units, _mm_set1_epi16(0x20)),
                             _mm_cmpgt_epi16(units, _mm_set1_epi16(0x7F))),
                _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16('"')),
                             _mm_cmpeq_epi16(units, _mm_set1_epi16('\\'))));
            const int bits = _mm_movemask_epi8(special);
            _mm_storel_epi64(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(units, units));
            const int plain = bits == 0 ? 8 : __builtin_ctz(unsigned(bits)) / 2;
            s += plain;
            d += plain;
            if (plain == 8)
                continue;
        }
#endif
        const char16_t u = *s++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *d++ = char(u);
                continue;
            }
            *d++ = '\\';
            switch (u) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case 0x08:
                *d++ = 'b';
                break;
            case 0x0C:
                *d++ = 'f';
                break;
            case 0x0A:
                *d++ = 'n';
                break;
            case 0x0D:
                *d++ = 'r';
                break;
            case 0x09:
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[u >> 4];
                *d++ = hex[u & 0xF];
            }
        } else if (u < 0x800) {
            *d++ = char(0xC0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *d++ = char(0xE0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3F));
            *d++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && s != end && QChar::isLowSurrogate(*s)) {
            const char32_t c = QChar::surrogateToUcs4(u, *s++);
            *d++ = char(0xF0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3F));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        } else {
            // A lone surrogate has no UTF-8 form: Qt writes it escaped.
            *d++ = '\\';
            *d++ = 'u';
            *d++ = hex[u >> 12];
            *d++ = hex[(u >> 8) & 0xF];
            *d++ = hex[(u >> 4) & 0xF];
            *d++ = hex[u & 0xF];
        }
    }
    *d++ = '"';
    m_p = d;
}

// A vocabulary's names as JSON strings, quotes included, made once from
// toString() so they cannot drift from it; indexed by the enum's value.
template<typename Enum>
class JsonNames
{
public:
    explicit JsonNames(std::span<const Enum> values)
    {
        for (Enum value : values) {
            const auto i = size_t(value);
            if (i >= m_names.size())
                m_names.resize(i + 1);
            JsonLine json;
            json.string(toString(value));
            m_names[i] = json.take();
            m_names[i].chop(1); // take()'s newline
        }
    }
    void write(JsonLine &json, Enum value) const
    {
        const auto i = size_t(value);
        if (i < m_names.size() && !m_names[i].isEmpty())
            json.raw(QByteArrayView(m_names[i]));
        else
            json.string(toString(value));
    }

private:
    std::vector<QByteArray> m_names;
};

// The first non-blank line of the first 2,000 characters, trimmed, as a view
// into the text.
QStringView firstLine(const QString &text)
{
    const QStringView head = QStringView(text).left(2000);
    qsizetype from = 0;
    while (from <= head.size()) {
        qsizetype to = head.indexOf(u'\n', from);
        if (to < 0)
            to = head.size();
        const QStringView line = head.sliced(from, to - from).trimmed();
        if (!line.isEmpty())
            return line;
        from = to + 1;
    }
    return {};
}

// Keys in QJsonObject's (sorted) order, so the bytes are what QJsonDocument
// wrote for the same object.
QByteArray toJson(const QString &file, const SourceText &source, const Extraction &x)
{
    static const JsonNames<EntityType> entityTypes(allEntityTypes());
    static const JsonNames<RelationType> relationTypes(allRelationTypes());
    static const JsonNames<Status> statuses(allStatuses());
    const CodePoints cp(source.text);
    JsonLine json;
    json.raw("{\"entities\":[");
    for (qsizetype i = 0; i < x.entities.size(); ++i) {
        const ExtractedEntity &e = x.entities.at(i);
        if (i > 0)
            json.raw(',');
        json.raw("{\"aliases\":[");
        for (qsizetype a = 0; a < e.aliases.size(); ++a) {
            if (a > 0)
                json.raw(',');
            json.string(e.aliases.at(a));
        }
        json.raw("],\"mentions\":[");
        for (qsizetype m = 0; m < e.mentions.size(); ++m) {
            if (m > 0)
                json.raw(',');
            json.span(e.mentions.at(m), cp);
        }
        json.raw("],\"name\":");
        json.string(e.name);
        json.raw(",\"type\":");
        entityTypes.write(json, e.type);
        json.raw('}');
    }
    json.raw("],\"file\":");
    json.string(file);
    json.raw(",\"language\":");
    json.string(x.language);
    json.raw(",\"relations\":[");
    const auto name = [&](int i) {
        if (i < 0 || i >= x.entities.size())
            json.null();
        else
            json.string(x.entities.at(i).name);
    };
    for (qsizetype i = 0; i < x.relations.size(); ++i) {
        const ExtractedRelation &r = x.relations.at(i);
        if (i > 0)
            json.raw(',');
        json.raw("{\"amount\":");
        if (r.amount) {
            json.raw("{\"currency\":");
            json.string(r.amount->currency);
            json.raw(",\"value\":");
            json.number(r.amount->value);
            json.raw('}');
        } else {
            json.null();
        }
        json.raw(",\"confidence\":");
        json.number(r.confidence);
        json.raw(",\"date\":");
        json.stringOrNull(r.date);
        json.raw(",\"evidence\":");
        json.span(r.evidence, cp);
        json.raw(",\"role\":");
        json.stringOrNull(r.role);
        json.raw(",\"source\":");
        name(r.source);
        json.raw(",\"stake_percent\":");
        json.numberOrNull(r.stakePercent);
        json.raw(",\"status\":");
        statuses.write(json, r.status);
        json.raw(",\"target\":");
        name(r.target);
        json.raw(",\"type\":");
        relationTypes.write(json, r.type);
        json.raw('}');
    }
    json.raw("],\"title\":");
    json.string(source.title.isEmpty() ? firstLine(source.text) : QStringView(source.title));
    json.raw('}');
    return json.take();
}

// One input file's JSON line and, when it was refused, the stderr message.
struct FileResult {
    QByteArray line;
    QString error;
    bool done = false;
};

FileResult extractFile(const Extractor &extractor, const QString &file, const QString &language)
{
    FileResult result;
    LoadOptions loadOptions;
    loadOptions.contentHash = false; // nothing here is stored or deduplicated
    const LoadResult loaded = loadFile(file, loadOptions);
    if (!loaded.ok()) {
        result.error = loaded.error;
        JsonLine json;
        json.raw("{\"error\":");
        json.string(loaded.error);
        json.raw(",\"file\":");
        json.string(file);
        json.raw('}');
        result.line = json.take();
    } else {
        const SourceText &source = *loaded.source;
        ExtractOptions options;
        options.language = language.isEmpty() ? source.language : language;
        options.published = source.published;
        result.line = toJson(file, source, extractor.extract(source.text, options));
    }
    result.done = true;
    return result;
}

// Sanitizer builds leave through the front door, so their leak checks run.
#if defined(__SANITIZE_ADDRESS__)
#define LIAISON_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define LIAISON_SANITIZED 1
#endif
#endif

// The output is written: ends the process at once. Returning would spend
// ~8 M instructions (2-3 ms) freeing the lexicons, the per-thread form tables
// and Qt's state, memory the system takes back anyway.
int finish(QTextStream &err, int status)
{
    err.flush();
#if !defined(LIAISON_SANITIZED)
    std::fflush(nullptr);
    std::_Exit(status);
#endif
    return status;
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads articles and prints the entities and relations they state, one JSON object per file "
           "(JSON Lines), in input order. Writes nothing to any database."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON Lines (the default and only format)."));
    const QCommandLineOption languageOption(QStringList{QStringLiteral("l"), QStringLiteral("language")},
                                            tr("Language of the articles: fr or en (default: detected)."),
                                            tr("lang"));
    const QCommandLineOption jobsOption(
        QStringList{QStringLiteral("j"), QStringLiteral("jobs")},
        tr("Files read at once, on that many threads (default: one per core). The output order stays the "
           "input order."),
        tr("n"));
    parser.addOption(jsonOption);
    parser.addOption(languageOption);
    parser.addOption(jobsOption);
    parser.addPositionalArgument(QStringLiteral("files"), tr("Articles to read (.txt, .md, .html, .pdf, .docx, .odt)."),
                                 QStringLiteral("FILE..."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser, arguments);
        return Ok;
    }
    const QString language = parser.value(languageOption);
    if (!language.isEmpty() && language != u"fr" && language != u"en") {
        err << tr("liaison-cli extract: --language must be fr or en") << '\n';
        return UsageError;
    }
    int jobs = std::max(1, QThread::idealThreadCount());
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            err << tr("liaison-cli extract: --jobs must be a positive number") << '\n';
            return UsageError;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("liaison-cli extract: no input file") << '\n';
        err << helpText(parser, arguments);
        return UsageError;
    }

    const Extractor extractor; // const and thread-safe: one for all workers
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Failure;
    int status = Ok;
    // Lines are gathered and written in blocks rather than one write per file;
    // the block goes out whenever this thread would otherwise wait, so output
    // still streams.
    // Its capacity is kept from block to block: clear() freed it, and growing
    // it again line by line cost more than the copies.
    QByteArray pending;
    pending.reserve(96 * 1024);
    const auto flush = [&] {
        if (!pending.isEmpty()) {
            out.write(pending);
            out.flush();
            pending.truncate(0);
        }
    };
    const auto print = [&](qsizetype index, const FileResult &result) {
        if (!result.error.isEmpty()) {
            flush(); // stdout and stderr keep their relative order on a terminal
            err << files.at(index) << ": " << result.error << '\n';
            err.flush();
            status = Failure;
        }
        pending.append(result.line);
        if (pending.size() >= 64 * 1024)
            flush();
    };
    const int threads = int(std::min<qsizetype>(jobs, files.size()));
    if (threads <= 1) {
        for (qsizetype i = 0; i < files.size(); ++i)
            print(i, extractFile(extractor, files.at(i), language));
        flush();
        return finish(err, status);
    }

    // Workers take files in order and fill their slot; this thread prints the
    // slots in input order as soon as each is ready, so output streams.
    std::vector<FileResult> results(size_t(files.size()));
    std::mutex mutex;
    std::condition_variable ready;
    size_t next = 0;
    auto work = [&] {
        for (;;) {
            size_t index;
            {
                const std::lock_guard lock(mutex);
                if (next >= results.size())
                    return;
                index = next++;
            }
            FileResult result = extractFile(extractor, files.at(qsizetype(index)), language);
            {
                const std::lock_guard lock(mutex);
                results[index] = std::move(result);
            }
            ready.notify_one(); // only the printing thread waits
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    for (size_t i = 0; i < results.size(); ++i) {
        FileResult result;
        {
            std::unique_lock lock(mutex);
            if (!results[i].done) {
                lock.unlock();
                flush();
                lock.lock();
                ready.wait(lock, [&] { return results[i].done; });
            }
            result = std::move(results[i]);
        }
        print(qsizetype(i), result);
    }
    flush();
    for (std::thread &t : pool)
        t.join();
    return finish(err, status);
}

} // namespace liaison::cli
