#include "lexicons.h"

#include "textanalysis.h"
#include "textmatch.h"

#include <QDir>
#include <QFile>

#include <atomic>

namespace liaison {

namespace {


QString readText(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(f.readAll()) : QString();
}

// Calls `row` with the tab-separated columns of every data line (not blank, not
// a # comment) that has at least `minColumns`; counts the file when it exists.
template<typename Row>
void forEachTsvRow(const QDir &dir, const char *name, qsizetype minColumns, int &files, Row row)
{
    bool ok = false;
    const QString text = readText(dir.filePath(QString::fromLatin1(name)), &ok);
    if (!ok)
        return;
    ++files;
    for (const QString &raw : text.split(u'\n')) {
        if (raw.trimmed().isEmpty() || raw.startsWith(u'#'))
            continue;
        const QStringList cols = raw.split(u'\t');
        if (cols.size() >= minColumns)
            row(cols);
    }
}

QStringList foldedWords(const QString &phrase)
{
    QStringList out;
    const Document d = analyzeText(phrase, QString());
    for (const Token &t : d.tokens)
        out << t.folded();
    return out;
}

} // namespace

quint64 nextCacheSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

Lexicons::Lexicons() : m_serial(nextCacheSerial()) {}

std::shared_ptr<const Lexicons> Lexicons::shipped()
{
    static const std::shared_ptr<const Lexicons> lexicons = [] {
        auto l = std::make_shared<Lexicons>();
        l->load(QStringLiteral(":/lexicons"));
        const QString extra = qEnvironmentVariable("LIAISON_LEXICONS");
        if (!extra.isEmpty())
            l->load(extra);
        return std::shared_ptr<const Lexicons>(std::move(l));
    }();
    return lexicons;
}

void Lexicons::readWordList(const QString &text, QSet<QString> &into, bool keepCase)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (keepCase) {
            into.insert(line);
            continue;
        }
        const QStringList words = foldedWords(line);
        into.insert(words.join(u' '));
    }
}

const Lexicons::WordInfo &Lexicons::lookup(const QString &folded) const
{
    static const WordInfo none;
    const auto it = m_wordInfo.constFind(folded);
    return it == m_wordInfo.constEnd() ? none : it.value();
}

const Lexicons::WordInfo &Lexicons::fill(const Token &t) const
{
    const WordInfo &i = lookup(t.folded());
    if (const WordForm *f = t.form) {
        f->entityCache.info = &i;
        f->entityCache.extra = nameWord(f->surface);
        f->entityCache.serial = m_serial;
    }
    return i;
}

void Lexicons::buildWordInfo()
{
    m_wordInfo.clear();
    const std::pair<const QSet<QString> *, quint32> sets[] = {
        {&m_firstNames, FirstName}, {&m_stopwords, Stopword}, {&m_calendar, Calendar}, {&m_demonyms, Demonym},
        {&m_titles, Title},         {&m_roles, Role},         {&m_places, Place},
    };
    for (const auto &[set, flag] : sets) {
        for (const QString &w : *set)
            m_wordInfo[w].flags |= flag;
    }
    for (const QString &w : m_gazetteer.firstWords())
        m_wordInfo[w].flags |= GazetteerStart;
    for (const QString &w : std::as_const(m_places)) {
        const qsizetype space = w.indexOf(u' ');
        if (space > 0)
            m_wordInfo[w.left(space)].flags |= PlaceStart;
    }
    for (auto it = m_kindNouns.cbegin(); it != m_kindNouns.cend(); ++it) {
        WordInfo &i = m_wordInfo[it.key()];
        i.flags |= HasKindNoun;
        i.kindNoun = it.value();
    }
    for (auto it = m_cuesBefore.cbegin(); it != m_cuesBefore.cend(); ++it)
        m_wordInfo[it.key()].cuesBefore = &it.value();
    for (auto it = m_cuesAfter.cbegin(); it != m_cuesAfter.cend(); ++it)
        m_wordInfo[it.key()].cuesAfter = &it.value();
    for (auto it = m_anaphors.cbegin(); it != m_anaphors.cend(); ++it)
        m_wordInfo[it.key()].anaphors = &it.value();
    m_serial = nextCacheSerial(); // forms filled from the previous tables look again
}

const Lexicons::NameWord *Lexicons::nameWord(const QString &surface) const
{
    const auto it = m_nameWords.constFind(surface);
    return it == m_nameWords.constEnd() ? nullptr : &it.value();
}

const QList<Lexicons::Cue> *Lexicons::cuesEndingWith(const QString &folded) const
{
    const auto it = m_cuesBefore.constFind(folded);
    return it == m_cuesBefore.constEnd() ? nullptr : &it.value();
}

const QList<Lexicons::Cue> *Lexicons::cuesStartingWith(const QString &folded) const
{
    const auto it = m_cuesAfter.constFind(folded);
    return it == m_cuesAfter.constEnd() ? nullptr : &it.value();
}

const QList<Lexicons::Anaphor> *Lexicons::anaphorsStartingWith(const QString &folded) const
{
    const auto it = m_anaphors.constFind(folded);
    return it == m_anaphors.constEnd() ? nullptr : &it.value();
}

int Lexicons::load(const QString &directory)
{
    const QDir dir(directory);
    int files = 0;
    bool ok = false;
    QString text = readText(dir.filePath(QStringLiteral("gazetteer.tsv")), &ok);
    if (ok) {
        m_gazetteer.addTsv(text);
        ++files;
    }
    const std::pair<const char *, QSet<QString> *> lists[] = {
        {"firstnames.txt", &m_firstNames}, {"stopwords.txt", &m_stopwords}, {"calendar.txt", &m_calendar},
        {"demonyms.txt", &m_demonyms},     {"titles.txt", &m_titles},       {"roles.txt", &m_roles},
        {"places.txt", &m_places},
    };
    for (const auto &[name, set] : lists) {
        text = readText(dir.filePath(QString::fromLatin1(name)), &ok);
        if (ok) {
            readWordList(text, *set);
            ++files;
        }
    }
    // Titles are matched without their period ("Dr." is the token "dr").
    QSet<QString> titles;
    for (const QString &t : std::as_const(m_titles))
        titles.insert(QString(t).remove(u'.').trimmed());
    m_titles = titles;

    forEachTsvRow(dir, "namewords.tsv", 3, files, [&](const QStringList &cols) {
        const auto type = entityTypeFromString(cols.at(1).trimmed());
        if (!type)
            return;
        NameWord w;
        w.type = *type;
        const QString pos = cols.at(2).trimmed();
        w.position = textIs(pos, u"first") ? NameWord::First : textIs(pos, u"last") ? NameWord::Last : NameWord::Any;
        w.suffix = cols.size() > 3 && textIs(cols.at(3).trimmed(), u"suffix");
        // Multi-word entries ("Venture Partners") are keyed by their last word.
        const QStringList words = cols.at(0).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty())
            m_nameWords.insert(words.last(), w);
    });

    forEachTsvRow(dir, "kindnouns.tsv", 2, files, [&](const QStringList &cols) {
        const auto type = entityTypeFromString(cols.at(1).trimmed());
        const QStringList words = foldedWords(cols.at(0));
        if (type && words.size() == 1)
            m_kindNouns.insert(words.first(), *type);
    });

    forEachTsvRow(dir, "cues.tsv", 3, files, [&](const QStringList &cols) {
        const auto type = entityTypeFromString(cols.at(1).trimmed());
        const QStringList words = foldedWords(cols.at(0));
        if (!type || words.isEmpty())
            return;
        if (textIs(cols.at(2).trimmed(), u"before"))
            m_cuesBefore[words.last()].append({words, *type});
        else
            m_cuesAfter[words.first()].append({words, *type});
    });

    forEachTsvRow(dir, "anaphors.tsv", 3, files, [&](const QStringList &cols) {
        Anaphor a;
        a.words = foldedWords(cols.at(0));
        if (a.words.isEmpty())
            return;
        a.type = entityTypeFromString(cols.at(1).trimmed());
        a.language = cols.at(2).trimmed();
        m_anaphors[a.words.first()].append(a);
    });
    buildWordInfo();
    return files;
}

} // namespace liaison
