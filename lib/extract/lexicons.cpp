#include "lexicons.h"

#include "entities.h"

#include "phrasebatch.h"
#include "textmatch.h"

#include <QDir>
#include <QFile>
#include <QVarLengthArray>

#include <atomic>
#include <vector>

namespace liaison {

namespace {

QString readText(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(f.readAll()) : QString();
}

// QStringView::trimmed() without a call for a line with no space at either
// end (nearly every line): a printable ASCII unit is no space.
QStringView trimmedLine(QStringView line)
{
    const auto printable = [](QChar c) { return c.unicode() > u' ' && c.unicode() < 0x7F; };
    if (!line.isEmpty() && printable(line.front()) && printable(line.back()))
        return line;
    return line.trimmed();
}

// Calls `line` with every line of `text` that is not blank nor a # comment,
// trimmed: views into `text`, no string per line.
template<typename Line>
void forEachDataLine(QStringView text, Line line)
{
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = findUnit(text, u'\n', from);
        if (end < 0)
            end = text.size();
        const QStringView trimmed = trimmedLine(text.sliced(from, end - from));
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            line(trimmed);
        from = end + 1;
    }
}

// A line's tab-separated columns, as QStringView::split(u'\t') cuts them
// (empty ones kept), without a list allocated per line.
using Columns = QVarLengthArray<QStringView, 8>;

// Calls `row` with the tab-separated columns of every data line (not blank, not
// a # comment) that has at least `minColumns`; counts the file when it exists.
// The columns are views into `text`, which holds the file and must outlive them.
template<typename Row>
void forEachTsvRow(const QDir &dir, const char *name, qsizetype minColumns, int &files, QString &text, Row row)
{
    bool ok = false;
    text = readText(dir.filePath(QString::fromLatin1(name)), &ok);
    if (!ok)
        return;
    ++files;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = findUnit(text, u'\n', from);
        if (end < 0)
            end = text.size();
        // Columns are cut from the line as it is: only blank and comment
        // lines are tested trimmed.
        const QStringView raw = QStringView(text).sliced(from, end - from);
        from = end + 1;
        const QStringView trimmed = raw.trimmed();
        if (trimmed.isEmpty() || raw.startsWith(u'#'))
            continue;
        Columns cols;
        qsizetype col = 0;
        for (qsizetype tab; (tab = findUnit(raw, u'\t', col)) >= 0; col = tab + 1)
            cols.append(raw.sliced(col, tab - col));
        cols.append(raw.sliced(col));
        if (cols.size() >= minColumns)
            row(cols);
    }
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
        const NameWord *word = nameWord(f->surface);
        f->entityCache.bits = i.flags | entityRuleBits(f->folded) | (word ? IsNameWord : 0u);
        f->entityCache.extra = word;
        f->entityCache.serial = m_serial;
    }
    return i;
}

quint32 Lexicons::fillFlags(const Token &t) const
{
    const WordInfo &i = fill(t);
    // A token without a form has an empty folded text: no rule word.
    return t.form ? t.form->entityCache.bits : i.flags;
}

void Lexicons::buildWordInfo()
{
    // The word lists' flags are set as they are read; what is keyed by the
    // other tables is set here, after every load, since their values move
    // when they grow.
    const QHash<QString, quint32> &firstWords = m_gazetteer.firstWords();
    for (auto it = firstWords.cbegin(); it != firstWords.cend(); ++it) {
        WordInfo &i = m_wordInfo[it.key()];
        i.flags |= GazetteerStart | ((it.value() & (1u << 1)) ? GazetteerAlone : 0u);
        i.gazetteerLengths = it.value();
    }
    for (const QString &word : m_gazetteer.secondWords())
        m_wordInfo[word].flags |= GazetteerSecond;
    for (auto it = m_kindNouns.cbegin(); it != m_kindNouns.cend(); ++it) {
        WordInfo &i = m_wordInfo[it.key()];
        i.flags |= HasKindNoun;
        i.kindNoun = it.value();
    }
    for (auto it = m_cuesBefore.cbegin(); it != m_cuesBefore.cend(); ++it) {
        quint32 alone = 0;
        for (const Cue &c : it.value()) {
            if (c.words.size() >= 2)
                m_wordInfo[c.words.at(c.words.size() - 2)].flags |= CueBeforeNext;
            else
                alone = CueBeforeAlone;
        }
        // Looked up after the inserts above, which may move the table's values.
        WordInfo &i = m_wordInfo[it.key()];
        i.cuesBefore = &it.value();
        i.flags |= alone;
    }
    for (auto it = m_cuesAfter.cbegin(); it != m_cuesAfter.cend(); ++it) {
        quint32 alone = 0;
        for (const Cue &c : it.value()) {
            if (c.words.size() >= 2)
                m_wordInfo[c.words.at(1)].flags |= CueAfterNext;
            else
                alone = CueAfterAlone;
        }
        WordInfo &i = m_wordInfo[it.key()];
        i.cuesAfter = &it.value();
        i.flags |= alone;
    }
    for (auto it = m_anaphors.cbegin(); it != m_anaphors.cend(); ++it) {
        quint32 alone = 0;
        for (const Anaphor &a : it.value()) {
            if (a.words.size() == 1)
                alone = AnaphorAlone;
            else
                m_wordInfo[a.words.at(1)].flags |= AnaphorSecond;
        }
        // Looked up after the inserts above, which may move the table's values.
        WordInfo &i = m_wordInfo[it.key()];
        i.anaphors = &it.value();
        i.flags |= alone | AnaphorStart;
    }
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
    const QString gazetteer = readText(dir.filePath(QStringLiteral("gazetteer.tsv")), &ok);
    if (ok) {
        m_gazetteer.addTsv(gazetteer);
        ++files;
    }
    // The word lists: a plain line (see PhraseBatch) is folded here and
    // becomes a key at once; the others, and every phrase of the TSV files
    // below, are cut into folded words by one PhraseBatch: the texts stay
    // here until it has run, and the rows wait for it.
    PhraseBatch batch;
    const std::pair<const char *, WordFlag> lists[] = {
        {"firstnames.txt", FirstName}, {"stopwords.txt", Stopword}, {"calendar.txt", Calendar},
        {"demonyms.txt", Demonym},     {"titles.txt", Title},       {"roles.txt", Role},
        {"places.txt", Place},
    };
    constexpr size_t listCount = std::size(lists);
    QString listTexts[listCount];
    std::vector<std::pair<QStringView, WordFlag>> listLines; // of every list, with its flag
    for (size_t i = 0; i < listCount; ++i) {
        listTexts[i] = readText(dir.filePath(QString::fromLatin1(lists[i].first)), &ok);
        if (ok) {
            forEachDataLine(listTexts[i], [&](QStringView line) { listLines.emplace_back(line, lists[i].second); });
            ++files;
        }
    }
    const auto addListWord = [this](QString w, WordFlag flag) {
        // Titles are matched without their period ("Dr." is the token "dr").
        if (flag == Title)
            w = w.remove(u'.').trimmed();
        m_wordInfo[w].flags |= flag;
        if (flag == Place) {
            const qsizetype space = w.indexOf(u' ');
            if (space > 0)
                m_wordInfo[w.left(space)].flags |= PlaceStart;
        }
    };
    m_wordInfo.reserve(m_wordInfo.size() + qsizetype(listLines.size()) + 1024);
    std::vector<std::pair<int, WordFlag>> batchedLines; // phrases of `batch`
    for (const auto &[line, flag] : listLines) {
        QString w;
        if (PhraseBatch::joinPlain(line, u' ', &w))
            addListWord(std::move(w), flag);
        else
            batchedLines.emplace_back(batch.add(line), flag);
    }

    QString nameWordText;
    forEachTsvRow(dir, "namewords.tsv", 3, files, nameWordText, [&](const Columns &cols) {
        const auto type = entityTypeFromString(cols.at(1).trimmed());
        if (!type)
            return;
        NameWord w;
        w.type = *type;
        const QStringView pos = cols.at(2).trimmed();
        w.position = textIs(pos, u"first") ? NameWord::First : textIs(pos, u"last") ? NameWord::Last : NameWord::Any;
        w.suffix = cols.size() > 3 && textIs(cols.at(3).trimmed(), u"suffix");
        // Multi-word entries ("Venture Partners") are keyed by their last word.
        QStringView last;
        for (QStringView word : cols.at(0).trimmed().tokenize(u' ', Qt::SkipEmptyParts))
            last = word;
        if (!last.isEmpty())
            m_nameWords.insert(last.toString(), w);
    });

    struct KindNoun {
        int phrase;
        std::optional<EntityType> type;
    };
    QList<KindNoun> kindNouns;
    QString kindNounText;
    forEachTsvRow(dir, "kindnouns.tsv", 2, files, kindNounText, [&](const Columns &cols) {
        kindNouns.append({batch.add(cols.at(0)), entityTypeFromString(cols.at(1).trimmed())});
    });

    struct CueRow {
        int phrase;
        std::optional<EntityType> type;
        bool before;
    };
    QList<CueRow> cues;
    QString cueText;
    forEachTsvRow(dir, "cues.tsv", 3, files, cueText, [&](const Columns &cols) {
        cues.append({batch.add(cols.at(0)), entityTypeFromString(cols.at(1).trimmed()),
                     textIs(cols.at(2).trimmed(), u"before")});
    });

    struct AnaphorRow {
        int phrase;
        std::optional<EntityType> type;
        QStringView language;
    };
    QList<AnaphorRow> anaphors;
    QString anaphorText;
    forEachTsvRow(dir, "anaphors.tsv", 3, files, anaphorText, [&](const Columns &cols) {
        anaphors.append({batch.add(cols.at(0)), entityTypeFromString(cols.at(1).trimmed()), cols.at(2).trimmed()});
    });

    batch.run();

    for (const auto &[phrase, flag] : batchedLines)
        addListWord(batch.joined(phrase, u' '), flag);

    for (const KindNoun &k : std::as_const(kindNouns)) {
        if (k.type && batch.tokenCount(k.phrase) == 1)
            m_kindNouns.insert(batch.folded(k.phrase, 0), *k.type);
    }
    for (const CueRow &c : std::as_const(cues)) {
        const qsizetype count = batch.tokenCount(c.phrase);
        if (!c.type || count == 0)
            continue;
        const QStringList words = batch.foldedWords(c.phrase);
        if (c.before)
            m_cuesBefore[words.last()].append({words, *c.type});
        else
            m_cuesAfter[words.first()].append({words, *c.type});
    }
    for (const AnaphorRow &row : std::as_const(anaphors)) {
        if (batch.tokenCount(row.phrase) == 0)
            continue;
        Anaphor a;
        a.words = batch.foldedWords(row.phrase);
        a.type = row.type;
        a.language = row.language.toString();
        m_anaphors[a.words.first()].append(a);
    }
    buildWordInfo();
    return files;
}

} // namespace liaison
