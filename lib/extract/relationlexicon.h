#pragma once

#include "document.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace liaison {

// One phrase of a lexicon, as the words of the tokenizer see it.
struct LexiconPhrase {
    QStringList folded; // case-folded, accents removed
    // Snowball stems of `folded`; a phrase matched exactly (makePhrase's
    // `exact`) has only its first word's, a key, and the others as folded.
    QStringList stems;
};

// A word that announces a relation, with how its arguments are found.
struct RelationTrigger {
    enum class Kind { Verb, Noun, Role };
    QString language;
    RelationType type = RelationType::Acquired;
    Kind kind = Kind::Verb;
    LexiconPhrase phrase;
    QString prep;         // folded preposition the object follows, or empty
    bool inverse = false; // the subject / holder is the target
    bool stake = false;   // taking shares: invested_in, not acquired
    bool round = false;   // a funding round: a missing target is the raising company
    bool noObject = false;
    bool weak = false;
    bool productOnly = false; // the object must be a product
};

// A modality cue: words that set how far an event went.
struct StatusCue {
    QString language;
    Status status = Status::Completed;
    LexiconPhrase phrase;
};

// Closed lists of function words that relation rules test at many tokens
// ("the", "mr", "which"…), as bits: folded word -> the lists it is in (up to
// RuleWords::MaxLists). Exact folded forms, unlike the word classes of
// words.tsv, which also take plurals. RelationLexicon::ruleWordsAt caches a
// form's bits on the form.
class RuleWords
{
public:
    static constexpr int MaxLists = 29;
    RuleWords(std::initializer_list<std::pair<quint32, std::initializer_list<const char16_t *>>> lists);
    quint32 bitsOf(const QString &folded) const { return m_bits.value(folded); }

private:
    QHash<QString, quint32> m_bits;
};

// The relation lexicons (triggers, status cues, word classes) of
// resources/lexicons/relations, loaded once and shared read-only.
class RelationLexicon
{
public:
    // The shipped lexicons, loaded from the resources on first use. Thread-safe.
    static std::shared_ptr<const RelationLexicon> shipped();

    // Loads triggers.tsv, status.tsv and words.tsv from `directory` (a file
    // path or a ":/" resource path). Returns false if a file is missing.
    bool load(const QString &directory, QString *error = nullptr);

    // Triggers that start at token `index` of `doc`, each with the token one
    // past its end.
    void triggersAt(
        const Document &doc, int index, int limit, QList<std::pair<const RelationTrigger *, int>> &out) const
    {
        if (!knownEmpty(doc, index, limit, TriggerBit))
            triggersAtIndex(doc, index, limit, out);
    }
    // Status cues that start at token `index`, each with its end token.
    void cuesAt(const Document &doc, int index, int limit, QList<std::pair<const StatusCue *, int>> &out) const
    {
        if (!knownEmpty(doc, index, limit, CueBit))
            cuesAtIndex(doc, index, limit, out);
    }
    // One past the end of a phrase of word class `wordClass` at `index`, or -1.
    int classAt(const Document &doc, int index, int limit, const QString &wordClass) const;
    // The same with the class given by its index in the document's language
    // (classIndex(); -1: a class the language does not have): callers that
    // probe classes on every token look the names up once per document.
    int classAt(const Document &doc, int index, int limit, int wordClass) const
    {
        // The rules probe classes on most tokens: a form that already knows
        // it starts no phrase of the class answers here, without a call.
        if (index >= 0 && index < limit && index < doc.tokens.size()) {
            const WordForm *f = doc.tokens[index].form;
            if (f && f->relationCache.serial == m_serial) {
                const quint32 bit = 1u << std::min(std::max(wordClass, 0), 31);
                if (!(f->relationCache.mask & bit))
                    return -1;
                if (wordClass >= 0 && (f->relationCache.answers & bit))
                    return index + 1; // the word alone is the phrase (see oneWordClasses)
            }
        }
        return classAtIndex(doc, index, limit, wordClass);
    }
    int classIndex(const QString &language, const QString &wordClass) const;
    // The classes (bit c: class index c; bit 31: every class past 30) whose
    // phrases may start at `index`: classAt answers -1 for the others.
    quint32 classesAt(const Document &doc, int index) const
    {
        if (index < 0 || index >= doc.tokens.size())
            return 0;
        const WordForm *f = doc.tokens[index].form;
        if (f && f->relationCache.serial == m_serial)
            return f->relationCache.mask;
        return fillEntries(doc, doc.tokens[index], false).classMask;
    }

    // The bits of `words` for the token at `index` (0 outside the text): a
    // probe of the form's cache after its first time.
    quint32 ruleWordsAt(const Document &doc, int index, const RuleWords &words) const
    {
        if (index < 0 || index >= doc.tokens.size())
            return 0;
        const Token &tok = doc.tokens[index];
        const WordForm *f = tok.form;
        if (f && f->relationCache.serial == m_serial && f->relationCache.owner == &words)
            return f->relationCache.bits >> RuleShift;
        return ruleWordsOf(doc, tok, words);
    }

    // What the relation finder reads at every token of a sentence, from one
    // look at the form's cache once it is filled: the token's `words` bits
    // (ruleWordsAt), into *classes the classes that may start there
    // (classesAt), into *mayTrigger false when triggersAt finds nothing there
    // and into *mayCue false when cuesAt finds nothing. `index` must be a
    // token of `doc`.
    quint32 tokenFacts(const Document &doc, int index, const RuleWords &words, quint32 *classes, bool *mayTrigger,
                       bool *mayCue) const
    {
        quint32 bits = 0;
        if (cachedTokenFacts(doc.tokens[index].form, m_serial, words, &bits, classes, mayTrigger, mayCue))
            return bits;
        return fillTokenFacts(doc, index, words, classes, mayTrigger, mayCue);
    }
    // tokenFacts() from the form's cache alone, for a caller that holds the
    // lexicon's serial() in a register across a sentence: false (nothing
    // written) when the form's cache is not yet filled for this lexicon and
    // `words`, and tokenFacts() must be asked.
    static bool cachedTokenFacts(const WordForm *f, quint64 serial, const RuleWords &words, quint32 *bits,
                                 quint32 *classes, bool *mayTrigger, bool *mayCue)
    {
        if (!f || f->relationCache.serial != serial || f->relationCache.owner != &words)
            return false;
        const quint32 cached = f->relationCache.bits;
        *classes = f->relationCache.mask;
        *mayTrigger = (cached & TriggerBit) != 0;
        *mayCue = (cached & CueBit) != 0;
        *bits = cached >> RuleShift;
        return true;
    }
    // tokenFacts() past the cache (its first time on a form, or a token without one).
    quint32 fillTokenFacts(const Document &doc, int index, const RuleWords &words, quint32 *classes, bool *mayTrigger,
                           bool *mayCue) const
    {
        const quint32 bits = ruleWordsAt(doc, index, words);
        *classes = classesAt(doc, index);
        *mayTrigger = !knownEmpty(doc, index, int(doc.tokens.size()), TriggerBit);
        *mayCue = !knownEmpty(doc, index, int(doc.tokens.size()), CueBit);
        return bits;
    }

    int triggerCount() const { return int(m_triggers.size()); }
    // Changes on every load (and differs between lexicons): what callers key
    // per-lexicon caches on, such as the class indices of a language.
    quint64 serial() const { return m_serial; }

    static LexiconPhrase makePhrase(const QString &text, const QString &language);
    // `exact`: for a phrase that matches() compares as written (roles, word
    // classes), whose words after the first need no stem.
    static LexiconPhrase makePhrase(QStringView text, const QString &language, bool exact = false);

    RelationLexicon();

private:
    // FormCache::bits of a form this lexicon filled (see entriesOf).
    static constexpr quint32 SameBit = 1;
    static constexpr quint32 TriggerBit = 2;
    static constexpr quint32 CueBit = 4;
    // FormCache::bits above the three: the form's RuleWords bits, valid when
    // FormCache::owner is that RuleWords.
    static constexpr int RuleShift = 3;
    quint32 ruleWordsOf(const Document &doc, const Token &tok, const RuleWords &words) const;
    // True when the token's form already knows that no trigger (or cue)
    // starts with it: most tokens, answered without a call.
    bool knownEmpty(const Document &doc, int index, int limit, quint32 bit) const
    {
        if (index < 0 || index >= limit || index >= doc.tokens.size())
            return true; // the callees return at once too
        const WordForm *f = doc.tokens[index].form;
        return f && f->relationCache.serial == m_serial && !(f->relationCache.bits & bit);
    }
    void triggersAtIndex(
        const Document &doc, int index, int limit, QList<std::pair<const RelationTrigger *, int>> &out) const;
    void cuesAtIndex(const Document &doc, int index, int limit, QList<std::pair<const StatusCue *, int>> &out) const;
    // What triggersAtIndex and cuesAtIndex share: the entries of `list`
    // keyed by the token's stem and folded form, kept when they match.
    struct KeyEntries;
    template<typename Entry, typename Match>
    void entriesAtIndex(const Document &doc, int index, int limit, QList<int> KeyEntries::*list,
                        const quint8 *KeyEntries::*codes, const QList<Entry> &entries, Match match,
                        QList<std::pair<const Entry *, int>> &out) const;
    int classAtIndex(const Document &doc, int index, int limit, int wordClass) const;
    // Whether `phrase` is written at `index` (as its folded words, or their
    // stems unless `exact`; exact: the last word also as a plural), its end
    // into *end. Its words before `fromWord` are taken as matched (the
    // FirstWord codes already told).
    bool matches(const Document &doc, int index, int limit, const LexiconPhrase &phrase, int *end,
                 bool exact = false, int fromWord = 0) const;

    using ClassTable = QHash<QString, QList<LexiconPhrase>>; // first word -> phrases
    // Everything keyed by one word (a folded form or a stem): built once
    // after loading, so that a token finds its entries with one probe per
    // key, remembered on its interned form.
    // The phrases of one word class that start with a key, with their
    // FirstWord codes (see KeyEntries).
    struct ClassEntries {
        const QList<LexiconPhrase> *phrases = nullptr;
        const quint8 *first = nullptr;
    };
    struct KeyEntries {
        QList<int> triggers;
        QList<int> cues;
        QList<ClassEntries> classes; // by class index; no phrases where the class has none
        // Per entry of `triggers` / `cues` (and of each class's phrases):
        // whether its phrase's first word matches a token whose stem (low
        // nibble) or folded form (high nibble) is this key, as far as the key
        // alone tells (FirstWord), in Tables::firstCodes. matches() on
        // one-word phrases is then mostly decided here, once per key, instead
        // of once per token.
        const quint8 *triggerFirst = nullptr;
        const quint8 *cueFirst = nullptr;
    };
    // How a phrase's first word compares with a token reached by one key:
    // FirstNever (no match), FirstAlways, FirstIfSame (a match when the
    // token's stem is its folded form) or FirstCheck (ask matches()).
    enum FirstWord : quint8 { FirstNever, FirstAlways, FirstIfSame, FirstCheck };
    static quint8 firstWordCodes(const QString &key, const LexiconPhrase &phrase, bool exact);
    struct FormEntries {
        const KeyEntries *byStem = nullptr;
        const KeyEntries *byFolded = nullptr;
        bool same = false; // the stem is the folded form itself
        // Bit c: a class-c phrase may start with this word (classes 0..30;
        // bit 31 stands for every class past them). Exact: less the classes
        // oneWordClasses finds none of.
        quint32 classMask = 0;
    };
    // The first three letters of a table's keys (bit (c0 * 1024 + c1 * 32 +
    // c2) % 32768) and its keys of one or two letters (bit (c0 * 32 + c1) %
    // 4096, c1 = 0 for one letter): whether a form's stem can be one of the
    // keys, asked before the stem is made.
    struct KeyPrefixes {
        std::array<quint64, 512> triples{};
        std::array<quint64, 64> shortKeys{};
        bool emptyKey = false;
        void add(const QString &key);
        // False only when the stem of `form` (not made yet) cannot be one of
        // the keys added, from the form's first three letters.
        bool mayHoldStemOf(const WordForm &form) const;
    };
    struct Tables {
        QHash<QString, QList<int>> triggers; // first stem or folded word -> m_triggers
        QHash<QString, QList<int>> cues;     // first stem or folded word -> m_cues
        // Class name -> its table. A dozen classes: a scan that compares sizes
        // first is cheaper than hashing the name on every probe.
        QList<std::pair<QString, ClassTable>> classes;
        QHash<QString, KeyEntries> keys; // from the three above
        std::vector<quint8> firstCodes;  // KeyEntries' FirstWord codes, reserved whole: they point into it
        // The prefixes of every key, and of the trigger keys and the cue keys
        // alone (what a pending form's TriggerBit and CueBit say, see
        // fillEntries).
        KeyPrefixes keyPrefixes;
        KeyPrefixes triggerPrefixes;
        KeyPrefixes cuePrefixes;
    };
    // True only when the stem of `form` (not made yet) cannot be `target`,
    // by the same argument: matches() then leaves the stem unmade.
    static bool stemCannotBe(const WordForm &form, QStringView target);
    const Tables *tables(const QString &language) const;
    Tables &tablesFor(const QString &language);
    void buildKeys();
    // The entries keyed by the token's stem and by its folded form in the
    // document's language (the same pointer twice when they are one word).
    // Cached on the token's form, which belongs to that language only: read
    // here inline, filled by fillEntries the first time (and again for a
    // form left pending).
    FormEntries entriesOf(const Document &doc, const Token &tok) const
    {
        const WordForm *f = tok.form;
        if (f && f->relationCache.serial == m_serial && f->relationCache.info != &PendingTag)
            return {static_cast<const KeyEntries *>(f->relationCache.info),
                    static_cast<const KeyEntries *>(f->relationCache.extra), (f->relationCache.bits & SameBit) != 0,
                    f->relationCache.mask};
        return fillEntries(doc, tok, true);
    }
    // Fills the form's cache. Unless `exact`, a form whose stem is not made
    // yet and may be a key is left pending (FormCache::info is &PendingTag):
    // its cached answers are then a superset (TriggerBit, CueBit and the
    // classes it may start), which makes triggersAt, cuesAt and classAt ask
    // entriesOf, which makes the stem. A stem costs thousands of
    // instructions, and many forms (names, which the relation finder reads
    // inside mentions only) are never asked for more than that superset.
    FormEntries fillEntries(const Document &doc, const Token &tok, bool exact) const;
    // Of the classes in e.classMask below 31, those where every phrase
    // classAtIndex would try is one word: its answer then depends on the
    // form alone (an exact match of the folded word, or its plural). Returns
    // those it finds (classAt answers index + 1: FormCache::answers); the
    // others it decides into *misses (classAt answers -1).
    static quint32 oneWordClasses(const FormEntries &e, const QString &folded, quint32 *misses);
    static inline const char PendingTag = 0;

    quint64 m_serial = 0; // changes on every load: stamps the forms' caches

    QList<RelationTrigger> m_triggers;
    QList<StatusCue> m_cues;
    // By language; two or three entries, scanned rather than hashed since
    // every token probe asks for the document's language.
    QList<std::pair<QString, Tables>> m_tables;
};

} // namespace liaison
