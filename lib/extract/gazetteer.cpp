#include "gazetteer.h"

#include "extractor.h"
#include "phrasebatch.h"
#include "textmatch.h"

#include <QVarLengthArray>
#include <QtAlgorithms>

#include <string>
#include <vector>

namespace liaison {

namespace {
constexpr QChar KeySeparator(0x1F);
}

void Gazetteer::add(const QString &name, EntityType type, const QStringList &aliases)
{
    addAll({{name, type, aliases}});
}

void Gazetteer::addAll(const QList<NewEntry> &entries)
{
    // Every name and alias is cut into tokens by one PhraseBatch (one
    // analyzeText call per name and alias was most of the load); the keys
    // are then added in the order add() would add them one entry at a time.
    // The batch's views point into `entries` and the names kept here.
    struct Pending {
        QString name; // trimmed
        int phrase = -1;
        size_t aliasEnd = 0; // its aliases' phrases end here in `aliasPhrases`
    };
    std::vector<Pending> pending;
    pending.reserve(size_t(entries.size()));
    std::vector<int> aliasPhrases; // of the aliases that become keys, entry after entry
    PhraseBatch batch;
    batch.reserve(entries.size() * 2);
    for (const NewEntry &e : entries) {
        Pending &p = pending.emplace_back();
        p.name = e.name.trimmed();
        if (!p.name.isEmpty()) {
            p.phrase = batch.add(p.name);
            for (const QString &alias : e.aliases) {
                const QStringView a = QStringView(alias).trimmed();
                if (a.isEmpty())
                    continue;
                if (e.type == EntityType::Person && !a.contains(u' '))
                    continue;
                aliasPhrases.push_back(batch.add(a));
            }
        }
        p.aliasEnd = aliasPhrases.size();
    }
    batch.run();
    m_entries.reserve(m_entries.size() + entries.size());
    m_keys.reserve(m_keys.size() + batch.size());
    m_lengths.reserve(m_lengths.size() + batch.size());
    size_t alias = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Pending &p = pending[size_t(i)];
        if (p.phrase < 0)
            continue;
        const NewEntry &e = entries.at(i);
        const int index = int(m_entries.size());
        m_entries.append({p.name, e.type, e.aliases, batch.foldedWords(p.phrase)});
        addKey(batch, p.phrase, index, false);
        for (; alias < p.aliasEnd; ++alias)
            addKey(batch, aliasPhrases[alias], index, true);
    }
}

void Gazetteer::addKey(const PhraseBatch &batch, int phrase, int entry, bool alias)
{
    const qsizetype count = batch.tokenCount(phrase);
    if (count == 0 || count > MaxKeyTokens)
        return;
    quint16 capitals = 0;
    for (qsizetype t = 0; t < count; ++t) {
        if (batch.capitalized(phrase, t))
            capitals |= quint16(1u << t);
    }
    // The folded tokens joined by KeySeparator, written into one string of
    // the final size; a one-token key shares its token's string.
    QString key = batch.folded(phrase, 0);
    if (count > 1) {
        qsizetype size = count - 1;
        for (qsizetype t = 0; t < count; ++t)
            size += batch.folded(phrase, t).size();
        key = QString(size, Qt::Uninitialized);
        QChar *out = key.data();
        for (qsizetype t = 0; t < count; ++t) {
            if (t > 0)
                *out++ = KeySeparator;
            const QString &word = batch.folded(phrase, t);
            out = std::copy(word.cbegin(), word.cend(), out);
        }
    }
    // One probe: a key already taken keeps its first entry.
    const qsizetype keys = m_keys.size();
    Key &k = m_keys[key];
    if (m_keys.size() == keys)
        return;
    k = {entry, alias, capitals};
    m_lengths[batch.folded(phrase, 0)] |= 1u << count; // at most 12 tokens
    if (count > 1)
        m_secondWords.append(batch.folded(phrase, 1));
}

int Gazetteer::addTsv(const QString &tsv)
{
    QList<NewEntry> entries;
    for (const QStringView raw : QStringView(tsv).tokenize(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // The columns as raw.split(u'\t') cuts them, without a list per line.
        QVarLengthArray<QStringView, 4> cols;
        qsizetype col = 0;
        for (qsizetype tab; (tab = findUnit(raw, u'\t', col)) >= 0; col = tab + 1)
            cols.append(raw.sliced(col, tab - col));
        cols.append(raw.sliced(col));
        if (cols.size() < 2)
            continue;
        const auto type = entityTypeFromString(cols.at(1).trimmed());
        if (!type)
            continue;
        QStringList aliases;
        const QStringView aliasColumn = cols.size() > 2 ? cols.at(2).trimmed() : QStringView();
        if (!aliasColumn.isEmpty()) {
            aliases.reserve(std::count(aliasColumn.cbegin(), aliasColumn.cend(), u'|') + 1);
            for (QStringView alias : aliasColumn.tokenize(u'|', Qt::SkipEmptyParts))
                aliases.append(alias.toString());
        }
        entries.append({cols.at(0).toString(), *type, std::move(aliases)});
    }
    addAll(entries);
    return int(entries.size());
}

std::shared_ptr<const Gazetteer> Gazetteer::fromKnown(const QList<KnownEntity> &known)
{
    auto g = std::make_shared<Gazetteer>();
    QList<NewEntry> entries;
    entries.reserve(known.size());
    for (const KnownEntity &k : known)
        entries.append({k.name, k.type, k.aliases});
    g->addAll(entries);
    return g;
}

bool Gazetteer::matchAt(const Document &doc, int index, int limit, Match *match) const
{
    const auto lengthsIt = m_lengths.constFind(doc.tokens.at(index).folded());
    if (lengthsIt == m_lengths.constEnd())
        return false;
    return matchAt(doc, index, limit, match, lengthsIt.value());
}

bool Gazetteer::matchAt(const Document &doc, int index, int limit, Match *match, quint32 lengths) const
{
    if (!lengths)
        return false;
    const Token &first = doc.tokens.at(index);
    const int longest = std::min(int(31 - qCountLeadingZeroBits(lengths)), limit - index);
    // The longest key written once into one buffer (no append calls); each
    // shorter key is a prefix of it, looked up through a view of the buffer
    // (QString::fromRawData: no copy).
    qsizetype room = longest;
    for (int n = 0; n < longest; ++n)
        room += doc.tokens.at(index + n).folded().size();
    QVarLengthArray<char16_t, 256> buffer(room);
    char16_t *const keyData = buffer.data();
    qsizetype keyLength = 0;
    const auto put = [&](const QString &word) {
        std::char_traits<char16_t>::copy(keyData + keyLength, QStringView(word).utf16(), size_t(word.size()));
        keyLength += word.size();
    };
    put(first.folded());
    int bestEnd = -1;
    const Key *best = nullptr;
    for (int n = 1; n <= longest; ++n) {
        if (n > 1) {
            const Token &t = doc.tokens.at(index + n - 1);
            // A name never runs across a line break.
            const Token &prev = doc.tokens.at(index + n - 2);
            bool newline = false;
            for (int p = prev.end; p < t.start; ++p) {
                if (doc.text.at(p) == u'\n') {
                    newline = true;
                    break;
                }
            }
            if (newline)
                break;
            keyData[keyLength++] = KeySeparator.unicode();
            put(t.folded());
        }
        if (!(lengths & (1u << n))) // no key of n tokens starts with this word
            continue;
        const QString key = QString::fromRawData(reinterpret_cast<const QChar *>(keyData), keyLength);
        const auto it = m_keys.constFind(key);
        if (it == m_keys.constEnd())
            continue;
        bool ok = true;
        for (int j = 0; j < n && ok; ++j) {
            const Token &t = doc.tokens.at(index + j);
            if ((it->capitals & (1u << j)) && t.kind == Token::Word && !t.capitalized)
                ok = false;
        }
        if (ok) {
            best = &it.value();
            bestEnd = index + n;
        }
    }
    if (!best)
        return false;
    match->entry = best->entry;
    match->alias = best->alias;
    match->firstToken = index;
    match->endToken = bestEnd;
    return true;
}

} // namespace liaison
