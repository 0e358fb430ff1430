#pragma once

#include "gazetteer.h"

#include "model/vocabulary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace liaison {

// The entity lexicons (gazetteer, first names, stopwords, places, cue words…),
// loaded once from resources/lexicons and shared read-only across threads.
class Lexicons
{
public:
    // A word inside a name that tells its type ("Labs", "Université").
    struct NameWord {
        EntityType type = EntityType::Company;
        enum Position { First, Last, Any } position = Any;
        bool suffix = false; // may be dropped to give the short form
    };
    // Words next to a name that tell its type ("la start-up", ", who").
    struct Cue {
        QStringList words; // folded tokens
        EntityType type = EntityType::Company;
    };
    // A nominal anaphor or pronoun ("le groupe", "the company", "he").
    struct Anaphor {
        QStringList words;
        std::optional<EntityType> type; // empty: person or company
        QString language;
    };

    // The shipped lexicons (":/lexicons"), plus the files of the directory
    // named by LIAISON_LEXICONS if set. Loaded on first use; thread-safe.
    static std::shared_ptr<const Lexicons> shipped();

    // Adds the lexicon files found in `directory` (a path or ":/" resource
    // path). Missing files are skipped; returns the number of files read.
    int load(const QString &directory);

    const Gazetteer &gazetteer() const { return m_gazetteer; }

    bool isFirstName(const QString &folded) const { return m_firstNames.contains(folded); }
    bool isStopword(const QString &folded) const { return m_stopwords.contains(folded); }
    bool isCalendar(const QString &folded) const { return m_calendar.contains(folded); }
    bool isDemonym(const QString &folded) const { return m_demonyms.contains(folded); }
    bool isTitle(const QString &folded) const { return m_titles.contains(folded); }
    bool isRole(const QString &folded) const { return m_roles.contains(folded); }
    // `key`: folded tokens joined by single spaces.
    bool isPlace(const QString &key) const { return m_places.contains(key); }
    const NameWord *nameWord(const QString &surface) const;
    // What a noun in "X is an American businessman" / "X is a software
    // company" says X is (`kindnouns.tsv`); empty when it is not such a noun.
    std::optional<EntityType> kindNoun(const QString &folded) const
    {
        const auto it = m_kindNouns.constFind(folded);
        return it == m_kindNouns.constEnd() ? std::nullopt : std::optional<EntityType>(it.value());
    }

    // Cues whose last word is `folded` (to look left of a name) or whose first
    // word is `folded` (to look right of it).
    const QList<Cue> *cuesEndingWith(const QString &folded) const;
    const QList<Cue> *cuesStartingWith(const QString &folded) const;
    const QList<Anaphor> *anaphorsStartingWith(const QString &folded) const;

private:
    void readWordList(const QString &text, QSet<QString> &into, bool keepCase = false);

    Gazetteer m_gazetteer;
    QSet<QString> m_firstNames;
    QSet<QString> m_stopwords;
    QSet<QString> m_calendar;
    QSet<QString> m_demonyms;
    QSet<QString> m_titles;
    QSet<QString> m_roles;
    QSet<QString> m_places;
    QHash<QString, EntityType> m_kindNouns;
    QHash<QString, NameWord> m_nameWords; // by surface (case matters: "AI", "SA")
    QHash<QString, QList<Cue>> m_cuesBefore;
    QHash<QString, QList<Cue>> m_cuesAfter;
    QHash<QString, QList<Anaphor>> m_anaphors;
};

} // namespace liaison
