#pragma once

#include "document.h"

#include "model/vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace liaison {

struct KnownEntity;
class PhraseBatch;

// A list of names (with types and aliases) matched over a Document's folded
// tokens: a hash of token n-grams, keyed by the first token, so a lookup costs
// one hash probe per token that cannot start a name. Immutable once built;
// share it across threads.
class Gazetteer
{
public:
    struct Entry {
        QString name;
        EntityType type = EntityType::Company;
        QStringList aliases;
        QStringList words; // folded tokens of the name
    };
    struct Match {
        int entry = -1;
        int firstToken = 0;
        int endToken = 0;
        bool alias = false; // matched an alias rather than the name
    };

    // Adds an entry; its name and aliases become matchable keys (a key already
    // taken keeps its first entry). Single-word aliases of people ("Pichai")
    // are not matched alone: coreference links them once the full name is seen.
    void add(const QString &name, EntityType type, const QStringList &aliases);
    // add() for each entry in turn, with the names and aliases of all of them
    // cut into tokens at once (see PhraseBatch): the same keys, far cheaper.
    struct NewEntry {
        QString name;
        EntityType type = EntityType::Company;
        QStringList aliases;
    };
    void addAll(const QList<NewEntry> &entries);
    // Reads "NAME<TAB>TYPE<TAB>ALIAS|ALIAS" lines; '#' starts a comment.
    int addTsv(const QString &tsv);

    static std::shared_ptr<const Gazetteer> fromKnown(const QList<KnownEntity> &known);

    // The longest name starting at token `index` (ending no later than
    // `limit`), written with the capitals the entry has. False if none.
    bool matchAt(const Document &doc, int index, int limit, Match *match) const;
    // The same, given lengthsOf() the first token's folded form (as the
    // lexicons keep it for the shipped list's words): no lookup of its own.
    bool matchAt(const Document &doc, int index, int limit, Match *match, quint32 lengths) const;
    // The token counts of the keys starting with the folded word (bit n: a
    // key of n tokens); 0 for a word that starts none.
    quint32 lengthsOf(const QString &firstWord) const { return m_lengths.value(firstWord, 0); }

    const Entry &entry(int index) const { return m_entries.at(index); }
    // The folded first words of every key, with lengthsOf() each: matchAt is
    // false at any other word.
    const QHash<QString, quint32> &firstWords() const { return m_lengths; }
    // The folded second words of every key of several tokens (a word may
    // come more than once): matchAt finds no name of several words where
    // none of them follows the first.
    const QStringList &secondWords() const { return m_secondWords; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    static constexpr int MaxKeyTokens = 12; // longer names and aliases are no keys
    struct Key {
        int entry = -1;
        bool alias = false;
        quint16 capitals = 0; // bit n: token n must be capitalized in the text
    };
    void addKey(const PhraseBatch &batch, int phrase, int entry, bool alias);

    QList<Entry> m_entries;
    QHash<QString, Key> m_keys;     // folded tokens joined by U+001F
    // First folded token -> the token counts of its keys (bit n: a key of n
    // tokens), so that matchAt looks up only lengths that exist.
    QHash<QString, quint32> m_lengths;
    QStringList m_secondWords; // see secondWords()
};

} // namespace liaison
