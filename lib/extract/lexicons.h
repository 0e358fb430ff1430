#pragma once

#include "document.h"
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

    Lexicons();

    // Adds the lexicon files found in `directory` (a path or ":/" resource
    // path). Missing files are skipped; returns the number of files read.
    int load(const QString &directory);

    // Everything the lexicons say about one folded word, gathered at load time
    // so that a token is looked up once (and its form remembers the answer)
    // instead of once per lexicon and rule.
    enum WordFlag : quint32 {
        FirstName = 1u << 0,
        Stopword = 1u << 1,
        Calendar = 1u << 2,
        Demonym = 1u << 3,
        Title = 1u << 4,
        Role = 1u << 5,
        Place = 1u << 6, // a one-word place
        HasKindNoun = 1u << 7,
        GazetteerStart = 1u << 8, // the first word of a name of gazetteer()
        PlaceStart = 1u << 9,     // the first word of a place of several words
        // As for anaphors below, a word opening only names of several words
        // is passed over unless the next word can be the second word of one
        // (bits 20 on are the next free ones):
        GazetteerAlone = 1u << 20,  // a name of gazetteer() of one word (lengthsOf() has bit 1)
        GazetteerSecond = 1u << 21, // the second word of a name of gazetteer() of several words
        // For anaphors (a token opening none of several words is passed over
        // without comparing the phrases its first word opens):
        AnaphorSecond = 1u << 10, // the second word of an anaphor of several words
        AnaphorAlone = 1u << 11,  // opens an anaphor of one word ("he", "elle")
        // The same for cues of several words, read away from the name:
        CueBeforeNext = 1u << 12, // the word before the last of a cue on the left
        CueAfterNext = 1u << 13,  // the second word of a cue on the right
        CueBeforeAlone = 1u << 22, // a cue of one word on the left (cuesBefore holds it)
        CueAfterAlone = 1u << 23,  // a cue of one word on the right (cuesAfter holds it)
        AnaphorStart = 1u << 14,  // opens an anaphor (WordInfo::anaphors is set)
        // Not in WordInfo::flags: set on the form's cache by fill(), from
        // the entity rules' own word lists (entityRuleBits()), and read
        // through flags(t) only.
        NameFollower = 1u << 15, // a word the rules look for right after a name (",", "(", "was", "died"…)
        LeadWord = 1u << 16,     // opens a cross-link or byline the rules skip ("read", "par"…)
        JoinerWord = 1u << 17,   // joins the parts of a name ("de", "of", "&")
        ParticleWord = 1u << 18, // a surname particle ("von", "da")
        // Also set by fill(): nameWord(t) is not null (of the form's surface).
        IsNameWord = 1u << 19,
    };
    struct WordInfo {
        quint32 flags = 0;
        EntityType kindNoun = EntityType::Company; // valid with HasKindNoun
        const QList<Cue> *cuesBefore = nullptr;
        const QList<Cue> *cuesAfter = nullptr;
        const QList<Anaphor> *anaphors = nullptr;
        quint32 gazetteerLengths = 0; // gazetteer().lengthsOf() the word (with GazetteerStart)
    };
    // What the lexicons know of the token's folded form (and, for nameWord,
    // its surface). Cached on the token's interned form.
    Q_ALWAYS_INLINE const WordInfo &info(const Token &t) const
    {
        const WordForm *f = t.form;
        if (f && f->entityCache.serial == m_serial)
            return *static_cast<const WordInfo *>(f->entityCache.info);
        return fill(t);
    }
    // info(t).flags, read from the form's cache itself (one load fewer):
    // for callers that ask it of every token.
    Q_ALWAYS_INLINE quint32 flags(const Token &t) const
    {
        const WordForm *f = t.form;
        if (f && f->entityCache.serial == m_serial)
            return f->entityCache.bits;
        return fillFlags(t);
    }
    bool isFirstName(const Token &t) const { return info(t).flags & FirstName; }
    bool isStopword(const Token &t) const { return info(t).flags & Stopword; }
    bool isCalendar(const Token &t) const { return info(t).flags & Calendar; }
    bool isDemonym(const Token &t) const { return info(t).flags & Demonym; }
    bool isTitle(const Token &t) const { return info(t).flags & Title; }
    bool isRole(const Token &t) const { return info(t).flags & Role; }
    bool isPlace(const Token &t) const { return info(t).flags & Place; }
    std::optional<EntityType> kindNoun(const Token &t) const
    {
        const WordInfo &i = info(t);
        return (i.flags & HasKindNoun) ? std::optional<EntityType>(i.kindNoun) : std::nullopt;
    }
    // The name word written as the token is (case matters). Tokens made by
    // analyzeText always have a form; one without has no surface to look up.
    const NameWord *nameWord(const Token &t) const
    {
        const WordForm *f = t.form;
        if (!f)
            return nullptr;
        if (f->entityCache.serial != m_serial)
            fill(t);
        return static_cast<const NameWord *>(f->entityCache.extra);
    }

    const Gazetteer &gazetteer() const { return m_gazetteer; }

    // The same for a folded word: every list's words are keys of the word
    // table, flagged with the lists they are in (no set per list).
    bool isFirstName(const QString &folded) const { return lookup(folded).flags & FirstName; }
    bool isStopword(const QString &folded) const { return lookup(folded).flags & Stopword; }
    bool isCalendar(const QString &folded) const { return lookup(folded).flags & Calendar; }
    bool isDemonym(const QString &folded) const { return lookup(folded).flags & Demonym; }
    bool isTitle(const QString &folded) const { return lookup(folded).flags & Title; }
    bool isRole(const QString &folded) const { return lookup(folded).flags & Role; }
    // `key`: folded tokens joined by single spaces.
    bool isPlace(const QString &key) const { return lookup(key).flags & Place; }
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
    void buildWordInfo();
    const WordInfo &lookup(const QString &folded) const;
    const WordInfo &fill(const Token &t) const;
    quint32 fillFlags(const Token &t) const;

    quint64 m_serial = 0; // changes on every load: stamps the forms' caches
    // Folded word (or words joined by spaces: places) -> what every list
    // says of it. The word lists are read straight into it.
    QHash<QString, WordInfo> m_wordInfo;

    Gazetteer m_gazetteer;
    QHash<QString, EntityType> m_kindNouns;
    QHash<QString, NameWord> m_nameWords; // by surface (case matters: "AI", "SA")
    QHash<QString, QList<Cue>> m_cuesBefore;
    QHash<QString, QList<Cue>> m_cuesAfter;
    QHash<QString, QList<Anaphor>> m_anaphors;
};

} // namespace liaison
