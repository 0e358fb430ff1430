#include "gazetteer.h"

#include "extractor.h"
#include "textanalysis.h"

#include <QVarLengthArray>
#include <QtAlgorithms>

#include <string>

namespace liaison {

namespace {
constexpr QChar KeySeparator(0x1F);
}

void Gazetteer::add(const QString &name, EntityType type, const QStringList &aliases)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    const int index = int(m_entries.size());
    QStringList words;
    for (const Token &t : analyzeText(trimmed, QString()).tokens)
        words << t.folded();
    m_entries.append({trimmed, type, aliases, words});
    addKey(trimmed, index, false);
    for (const QString &alias : aliases) {
        const QString a = alias.trimmed();
        if (a.isEmpty())
            continue;
        if (type == EntityType::Person && !a.contains(u' '))
            continue;
        addKey(a, index, true);
    }
}

void Gazetteer::addKey(const QString &surface, int entry, bool alias)
{
    const Document d = analyzeText(surface, QString());
    if (d.tokens.isEmpty() || d.tokens.size() > 12)
        return;
    QString key;
    Key k;
    k.entry = entry;
    k.alias = alias;
    for (const Token &t : d.tokens) {
        if (!key.isEmpty())
            key.append(KeySeparator);
        key.append(t.folded());
        k.capitals.append(t.capitalized);
    }
    if (m_keys.contains(key))
        return;
    m_keys.insert(key, k);
    m_lengths[d.tokens.first().folded()] |= 1u << d.tokens.size(); // at most 12 tokens
}

int Gazetteer::addTsv(const QString &tsv)
{
    int added = 0;
    const QStringList lines = tsv.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = raw.split(u'\t');
        if (cols.size() < 2)
            continue;
        const auto type = entityTypeFromString(cols.at(1).trimmed());
        if (!type)
            continue;
        QStringList aliases;
        if (cols.size() > 2 && !cols.at(2).trimmed().isEmpty())
            aliases = cols.at(2).trimmed().split(u'|', Qt::SkipEmptyParts);
        add(cols.at(0), *type, aliases);
        ++added;
    }
    return added;
}

std::shared_ptr<const Gazetteer> Gazetteer::fromKnown(const QList<KnownEntity> &known)
{
    auto g = std::make_shared<Gazetteer>();
    for (const KnownEntity &k : known)
        g->add(k.name, k.type, k.aliases);
    return g;
}

bool Gazetteer::matchAt(const Document &doc, int index, int limit, Match *match) const
{
    const Token &first = doc.tokens.at(index);
    const auto lengthsIt = m_lengths.constFind(first.folded());
    if (lengthsIt == m_lengths.constEnd())
        return false;
    const quint32 lengths = lengthsIt.value();
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
            if (it->capitals.at(j) && t.kind == Token::Word && !t.capitalized)
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
