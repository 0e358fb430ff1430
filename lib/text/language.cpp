#include "language.h"

#include <QLocale>
#include <QSet>

#include <cld2/public/compact_lang_det.h>

#include <array>

namespace liaison {

namespace {

// CLD2 needs a few hundred bytes; its verdict on the first 64 KB is as good as
// on the whole article and costs far less.
constexpr qsizetype kSampleBytes = 64 * 1024;

struct Stopwords {
    const char *code;
    QSet<QString> words;
};

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromUtf8(w));
    return set;
}

// Only words frequent in running text and rare in the other languages listed.
const std::array<Stopwords, 7> &stopwordTables()
{
    static const std::array<Stopwords, 7> tables = {{
        {"fr", wordSet({"le", "la", "les", "des", "du", "une", "est", "et", "dans", "pour", "qui", "que", "sur",
                        "avec", "pas", "au", "aux", "par", "ce", "cette", "sont", "ont", "il", "elle", "à"})},
        {"en", wordSet({"the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "was", "by", "its",
                        "has", "have", "are", "from", "this", "it", "at", "which", "will", "said"})},
        {"de", wordSet({"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu",
                        "von", "auf", "für", "sich", "auch", "hat", "wird", "im", "bei", "nach"})},
        {"es", wordSet({"el", "los", "las", "del", "y", "es", "en", "una", "por", "con", "para", "se", "lo",
                        "como", "más", "pero", "su", "ha", "fue"})},
        {"it", wordSet({"il", "di", "che", "è", "della", "per", "non", "gli", "con", "del", "alla", "nel", "sono",
                        "una", "anche", "ha", "lo", "più"})},
        {"pt", wordSet({"o", "os", "da", "do", "das", "dos", "não", "em", "um", "uma", "para", "com", "por",
                        "mais", "foi", "são", "ao", "como"})},
        {"nl", wordSet({"de", "het", "een", "van", "en", "is", "niet", "dat", "op", "voor", "met", "zijn", "ook",
                        "bij", "werd", "naar", "wordt"})},
    }};
    return tables;
}

Language::Guess stopwordGuess(const QString &text)
{
    const auto &tables = stopwordTables();
    std::array<int, 7> counts{};
    int words = 0;
    qsizetype i = 0;
    const qsizetype n = std::min<qsizetype>(text.size(), 20000);
    while (i < n) {
        while (i < n && !text[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < n && text[i].isLetter())
            ++i;
        if (i == start)
            break;
        const QString word = text.mid(start, i - start).toLower();
        ++words;
        for (std::size_t t = 0; t < tables.size(); ++t)
            counts[t] += tables[t].words.contains(word);
    }
    std::size_t best = 0;
    for (std::size_t t = 1; t < counts.size(); ++t)
        if (counts[t] > counts[best])
            best = t;
    Language::Guess guess;
    if (counts[best] == 0)
        return guess;
    int second = 0;
    for (std::size_t t = 0; t < counts.size(); ++t)
        if (t != best)
            second = std::max(second, counts[t]);
    guess.code = QString::fromLatin1(tables[best].code);
    // Two stopwords more than any rival, in a text of a sentence or more.
    guess.reliable = counts[best] >= second + 2 && words >= 4;
    return guess;
}

} // namespace

QString Language::englishName(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    if (language != QLocale::AnyLanguage && language != QLocale::C)
        return QLocale::languageToString(language);
    CLD2::Language cld = CLD2::GetLanguageFromName(code.toLatin1().constData());
    if (cld != CLD2::UNKNOWN_LANGUAGE) {
        const QString name = QString::fromLatin1(CLD2::LanguageName(cld)).toLower();
        if (!name.isEmpty())
            return name.at(0).toUpper() + name.mid(1);
    }
    return code;
}

Language::Guess Language::identify(const QString &text)
{
    QByteArray utf8 = text.left(kSampleBytes).toUtf8();
    if (utf8.size() > kSampleBytes) {
        // Cut on a character boundary so CLD2 sees valid UTF-8.
        qsizetype cut = kSampleBytes;
        while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
            --cut;
        utf8.truncate(cut);
    }
    CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
    int percent3[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    CLD2::DetectLanguageSummary(utf8.constData(), int(utf8.size()), true, language3, percent3, &textBytes,
                                &reliable);

    auto fromCld = [](CLD2::Language lang, bool sure) {
        Guess g;
        // CLD2 codes are ISO 639-1 for the languages that have one ("fr", "de"),
        // with script or region suffixes for a few ("zh-Hant").
        g.code = QString::fromLatin1(CLD2::LanguageCode(lang)).section(u'-', 0, 0);
        g.reliable = sure;
        return g;
    };

    const bool cldKnows = language3[0] != CLD2::UNKNOWN_LANGUAGE && language3[0] != CLD2::TG_UNKNOWN_LANGUAGE;
    if (cldKnows && reliable && textBytes >= 200)
        return fromCld(language3[0], true);

    // Short or mixed text: the stopword count decides when it is clear, CLD2's
    // unsure top guess otherwise.
    const Guess byStopwords = stopwordGuess(text);
    if (byStopwords.reliable)
        return byStopwords;
    if (cldKnows)
        return fromCld(language3[0], false);
    return byStopwords;
}

} // namespace liaison
