#include "relationlexicon.h"

#include "document.h"
#include "phrasebatch.h"
#include "textanalysis.h"
#include "textmatch.h"

#include <QFile>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <numeric>

namespace liaison {

namespace {

// The tab-separated columns of one line, as QStringView::split(u'\t') cuts
// them (empty ones kept), without a list allocated per line.
using Row = QVarLengthArray<QStringView, 6>;

// Calls `part` with every piece of `text` between `separator`s, empty ones
// too, as QStringView::tokenize cuts it (without its out-of-line search).
template<typename Part>
void forEachPart(QStringView text, char16_t separator, Part part)
{
    for (qsizetype from = 0;;) {
        const qsizetype end = findUnit(text, separator, from);
        part(text.sliced(from, (end < 0 ? text.size() : end) - from));
        if (end < 0)
            return;
        from = end + 1;
    }
}

// The columns of every data line (not blank, not a # comment) of a TSV
// file, views into *text, read whole first so that the tables they go to
// are reserved at their size; false if the file cannot be read.
bool readRows(const QString &path, QString *text, std::vector<Row> *rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // What a QTextStream over the file in Text mode read: no byte order
    // mark, no '\r' anywhere.
    *text = QString::fromUtf8(file.readAll());
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    if (text->contains(u'\r'))
        text->remove(u'\r');
    rows->clear(); // keeps its room: the vector goes from file to file
    forEachPart(*text, u'\n', [&](QStringView line) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            return;
        Row &columns = rows->emplace_back();
        forEachPart(line, u'\t', [&](QStringView column) { columns.append(column); });
    });
    return true;
}

// Room in `index`, a table of first words, for the rows of `language`
// (two keys a row at most: its first word's stem and folded form), made
// when the table is still empty.
void reserveKeys(QHash<QString, QList<int>> &index, const std::vector<Row> &rows, QStringView language)
{
    if (!index.isEmpty())
        return;
    const auto ofLanguage = [&](const Row &row) { return textEquals(row[0], language); };
    index.reserve(2 * std::count_if(rows.cbegin(), rows.cend(), ofLanguage));
}

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// One string per language name: rows share it instead of a copy each.
const QString &languageName(QStringView name, QList<QString> &names)
{
    for (const QString &n : names) {
        if (textEquals(n, name))
            return n;
    }
    names.append(name.toString());
    return names.last();
}

// The bit of a key of one or two units (c1 = 0 for one) in KeyPrefixes::shortKeys.
unsigned shortKeyBit(char16_t c0, char16_t c1)
{
    return (c0 * 32u + c1) % 4096u;
}

void addKey(QHash<QString, QList<int>> &index, const LexiconPhrase &phrase, int value)
{
    if (phrase.folded.isEmpty())
        return;
    QList<int> &a = index[phrase.stems.first()];
    if (!a.contains(value))
        a.append(value);
    if (textEquals(phrase.folded.first(), phrase.stems.first()))
        return; // the same list
    QList<int> &b = index[phrase.folded.first()];
    if (!b.contains(value))
        b.append(value);
}

// Whether `folded` is the plural of a title's last word `word` ("researchers"
// for "researcher"; not "research"): what matches() accepts in exact mode.
bool isPluralOf(QStringView folded, QStringView word)
{
    return folded.size() > word.size() && folded.size() <= word.size() + 2
        && std::equal(word.cbegin(), word.cend(), folded.cbegin()) && (folded.back() == u's' || folded.back() == u'x');
}

// One list of entries found by a key: the entries, their FirstWord codes
// for that key, and whether the key was the token's stem (else its folded form).
struct KeyList {
    const QList<int> *entries = nullptr;
    const quint8 *codes = nullptr; // one per entry
    bool byStem = false;
};

// A FirstWord code for the token at hand: the key's nibble, with
// FirstIfSame settled by whether the token's stem is its folded form.
int firstWord(quint8 codes, bool byStem, bool same)
{
    const int code = byStem ? (codes & 0xF) : (codes >> 4);
    return code == 2 /* FirstIfSame */ ? (same ? 1 : 0) : code;
}

// Entries whose first word is the token's stem or folded form (`lists`, in
// that order; no entries where there is none), each tried once, kept when its
// whole phrase matches. A one-word phrase whose word the key already decides
// is answered without matches() (`index`: the token, `same`: its stem is its
// folded form).
template<typename Entry, typename Match>
void entriesAt(const KeyList (&lists)[2], int index, bool same, const QList<Entry> &entries, Match match,
               QList<std::pair<const Entry *, int>> &out)
{
    for (const KeyList &list : lists) {
        if (!list.entries)
            continue;
        for (qsizetype j = 0; j < list.entries->size(); ++j) {
            const int i = list.entries->at(j);
            // Each list holds an entry once (addKey); one keyed by both the
            // stem and the folded form is tried from the first list only.
            if (&list == &lists[1] && lists[0].entries && lists[0].entries->contains(i))
                continue;
            const int code = firstWord(list.codes[j], list.byStem, same);
            if (code == 0) // FirstNever: matches() would fail on the first word
                continue;
            if (code == 1 && entries[i].phrase.folded.size() == 1) { // FirstAlways, nothing after it
                out.append({&entries[i], index + 1});
                continue;
            }
            // FirstAlways: matches() from the second word; FirstCheck: from the first.
            int end = 0;
            if (match(entries[i], &end, code == 1 ? 1 : 0))
                out.append({&entries[i], end});
        }
    }
}

} // namespace

RuleWords::RuleWords(std::initializer_list<std::pair<quint32, std::initializer_list<const char16_t *>>> lists)
{
    for (const auto &[bits, words] : lists) {
        Q_ASSERT(bits < (1u << MaxLists)); // the rest of FormCache::bits is the lexicon's
        for (const char16_t *w : words)
            m_bits[QString::fromUtf16(w)] |= bits;
    }
}

RelationLexicon::RelationLexicon() : m_serial(nextCacheSerial()) {}

quint32 RelationLexicon::ruleWordsOf(const Document &doc, const Token &tok, const RuleWords &words) const
{
    const quint32 bits = words.bitsOf(tok.folded());
    if (const WordForm *f = tok.form) { // its caches are mutable
        if (f->relationCache.serial != m_serial)
            fillEntries(doc, tok, false); // stamps the cache with this lexicon's serial first
        f->relationCache.bits = (f->relationCache.bits & ((1u << RuleShift) - 1)) | (bits << RuleShift);
        f->relationCache.owner = &words;
    }
    return bits;
}

LexiconPhrase RelationLexicon::makePhrase(const QString &text, const QString &language)
{
    return makePhrase(QStringView(text), language);
}

LexiconPhrase RelationLexicon::makePhrase(QStringView text, const QString &language, bool exact)
{
    // normalizeText changes no ASCII unit: a plain phrase is read as it is.
    const bool ascii = isAscii(text);
    const QString normalized = ascii ? QString() : normalizeText(text.toString());
    // The words first (true: an elision), so that the lists are made at their size.
    QVarLengthArray<std::pair<QStringView, bool>, 8> words;
    forEachPart(ascii ? text : QStringView(normalized), u' ', [&](QStringView word) {
        if (word.isEmpty())
            return;
        // Elisions are tokens of their own: "s'offrir" is "s'" + "offrir".
        const qsizetype apostrophe = findUnit(word, u'\'');
        if (apostrophe > 0 && apostrophe <= 5 && apostrophe + 1 < word.size() && textIs(language, u"fr")) {
            words.append({word.left(apostrophe + 1), true});
            word = word.sliced(apostrophe + 1);
        }
        words.append({word, false});
    });
    LexiconPhrase phrase;
    phrase.folded.reserve(words.size());
    QVarLengthArray<QString, 8> stems;
    bool stemmed = false; // some stem differs from its word
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString folded = foldLexiconWord(words[i].first);
        // An elision is its own stem, and so is a word after the first of
        // an exact phrase: matches() compares those as folded words only
        // (a Snowball stem costs thousands of instructions).
        QString stem = words[i].second || (exact && i > 0) ? folded : stemWord(folded, language);
        stemmed = stemmed || !textEquals(stem, folded);
        phrase.folded.append(std::move(folded));
        stems.append(std::move(stem));
    }
    if (!stemmed) {
        phrase.stems = phrase.folded; // many phrases: one list shared, not a second one
        return phrase;
    }
    phrase.stems.reserve(stems.size());
    for (QString &stem : stems)
        phrase.stems.append(std::move(stem));
    return phrase;
}

bool RelationLexicon::load(const QString &directory, QString *error)
{
    QList<QString> languages;
    const auto cannotRead = [&](QStringView file) {
        if (error)
            *error = QStringLiteral("cannot read %1/%2").arg(directory, file);
        return false;
    };
    QString text;
    std::vector<Row> rows;
    if (!readRows(directory + QStringLiteral("/triggers.tsv"), &text, &rows))
        return cannotRead(u"triggers.tsv");
    m_triggers.reserve(m_triggers.size() + qsizetype(rows.size()));
    for (const Row &row : rows) {
        if (row.size() < 4)
            continue;
        const auto type = relationTypeFromString(row[1]);
        if (!type)
            continue;
        RelationTrigger t;
        t.language = languageName(row[0], languages);
        t.type = *type;
        t.kind = textIs(row[2], u"noun") ? RelationTrigger::Kind::Noun
               : textIs(row[2], u"role") ? RelationTrigger::Kind::Role
                                         : RelationTrigger::Kind::Verb;
        t.phrase = makePhrase(row[3], t.language, t.kind == RelationTrigger::Kind::Role); // roles match exactly
        if (t.phrase.folded.isEmpty())
            continue;
        if (row.size() > 4) {
            forEachPart(row[4], u',', [&](QStringView flag) {
                const QStringView f = flag.trimmed();
                if (textIs(f, u"inv"))
                    t.inverse = true;
                else if (textIs(f, u"stake"))
                    t.stake = true;
                else if (textIs(f, u"round"))
                    t.round = true;
                else if (textIs(f, u"noobj"))
                    t.noObject = true;
                else if (textIs(f, u"weak"))
                    t.weak = true;
                else if (textIs(f, u"product"))
                    t.productOnly = true;
                else if (f.startsWith(u"prep="))
                    t.prep = foldText(f.sliced(5));
            });
        }
        QHash<QString, QList<int>> &keys = tablesFor(t.language).triggers;
        reserveKeys(keys, rows, t.language);
        addKey(keys, t.phrase, int(m_triggers.size()));
        m_triggers.append(std::move(t));
    }
    if (!readRows(directory + QStringLiteral("/status.tsv"), &text, &rows))
        return cannotRead(u"status.tsv");
    m_cues.reserve(m_cues.size() + qsizetype(rows.size()));
    for (const Row &row : rows) {
        if (row.size() < 3)
            continue;
        const auto status = statusFromString(row[1]);
        if (!status)
            continue;
        const QString &language = languageName(row[0], languages);
        StatusCue c{language, *status, makePhrase(row[2], language)};
        if (c.phrase.folded.isEmpty())
            continue;
        QHash<QString, QList<int>> &keys = tablesFor(c.language).cues;
        reserveKeys(keys, rows, c.language);
        addKey(keys, c.phrase, int(m_cues.size()));
        m_cues.append(std::move(c));
    }
    if (!readRows(directory + QStringLiteral("/words.tsv"), &text, &rows))
        return cannotRead(u"words.tsv");
    for (const Row &row : rows) {
        if (row.size() < 3)
            continue;
        const QString &language = languageName(row[0], languages);
        LexiconPhrase phrase;
        if (textIs(row[2], u",") || textIs(row[2], u":") || textIs(row[2], u"&")) {
            phrase.folded << row[2].toString();
            phrase.stems = phrase.folded;
        } else {
            phrase = makePhrase(row[2], language, true); // classAt matches exactly
        }
        if (phrase.folded.isEmpty())
            continue;
        QList<std::pair<QString, ClassTable>> &classes = tablesFor(language).classes;
        auto cls = std::find_if(classes.begin(), classes.end(), [&](const auto &c) { return textEquals(c.first, row[1]); });
        if (cls == classes.end()) {
            classes.append({row[1].toString(), ClassTable()});
            cls = classes.end() - 1;
        }
        ClassTable &byWord = cls->second;
        byWord[phrase.folded.first()].append(phrase);
        if (!textEquals(phrase.stems.first(), phrase.folded.first()))
            byWord[phrase.stems.first()].append(phrase);
    }
    buildKeys();
    return true;
}

// The first word of `phrase` against a token reached by `key`, as matches()
// would compare it (w = 0), when the key says enough: the phrase is listed
// under `key` because its first word's stem or folded form is `key`.
// Not exact: the token matches when its folded form is the first word or its
// stem is the first word's stem. Reached by its stem (= key): a phrase
// keyed by its stem matches; one keyed by its folded word matches when the
// token's folded form is its stem too (FirstIfSame). Reached by its folded
// form (= key): a phrase keyed by its folded word matches; one keyed by its
// stem only when the token's stem is the key as well, its folded form
// (FirstIfSame; entriesAtIndex asks the folded key only when that is false,
// and a stem left unmade cannot be a key, see KeyPrefixes::mayHoldStemOf).
// Exact (titles, word classes): the folded form alone decides, known only
// when the key is it; reached by its stem, matches() decides.
quint8 RelationLexicon::firstWordCodes(const QString &key, const LexiconPhrase &phrase, bool exact)
{
    quint8 stem = FirstCheck;
    quint8 folded = FirstCheck;
    const QString &word = phrase.folded.first();
    if (exact) {
        folded = textEquals(word, key) || (phrase.folded.size() == 1 && isPluralOf(key, word)) ? FirstAlways
                                                                                              : FirstNever;
    } else if (textEquals(phrase.stems.first(), key)) {
        stem = FirstAlways;
        folded = textEquals(word, key) ? FirstAlways : FirstIfSame;
    } else if (textEquals(word, key)) {
        stem = FirstIfSame;
        folded = FirstAlways;
    }
    return quint8(stem | (folded << 4));
}

void RelationLexicon::buildKeys()
{
    for (auto &[language, tab] : m_tables) {
        tab.keys.clear();
        // At most a key for each key of the three tables.
        tab.keys.reserve(tab.triggers.size() + tab.cues.size()
                         + std::accumulate(tab.classes.cbegin(), tab.classes.cend(), qsizetype(0),
                                           [](qsizetype n, const auto &c) { return n + c.second.size(); }));
        tab.keyPrefixes = {};
        tab.triggerPrefixes = {};
        tab.cuePrefixes = {};
        // Every code in one array, reserved whole so that the keys' pointers stay valid.
        size_t codeCount = 0;
        for (const QList<int> &list : std::as_const(tab.triggers))
            codeCount += size_t(list.size());
        for (const QList<int> &list : std::as_const(tab.cues))
            codeCount += size_t(list.size());
        for (const auto &[name, byWord] : std::as_const(tab.classes)) {
            for (const QList<LexiconPhrase> &list : byWord)
                codeCount += size_t(list.size());
        }
        tab.firstCodes.clear();
        tab.firstCodes.reserve(codeCount);
        for (auto it = tab.triggers.cbegin(); it != tab.triggers.cend(); ++it) {
            KeyEntries &k = tab.keys[it.key()];
            k.triggers = it.value();
            k.triggerFirst = tab.firstCodes.data() + tab.firstCodes.size();
            for (int i : it.value()) {
                const RelationTrigger &t = m_triggers.at(i);
                tab.firstCodes.push_back(firstWordCodes(it.key(), t.phrase, t.kind == RelationTrigger::Kind::Role));
            }
        }
        for (auto it = tab.cues.cbegin(); it != tab.cues.cend(); ++it) {
            KeyEntries &k = tab.keys[it.key()];
            k.cues = it.value();
            k.cueFirst = tab.firstCodes.data() + tab.firstCodes.size();
            for (int i : it.value())
                tab.firstCodes.push_back(firstWordCodes(it.key(), m_cues.at(i).phrase, false));
        }
        for (qsizetype c = 0; c < tab.classes.size(); ++c) {
            const ClassTable &byWord = tab.classes.at(c).second;
            for (auto it = byWord.cbegin(); it != byWord.cend(); ++it) {
                KeyEntries &k = tab.keys[it.key()];
                if (k.classes.size() < tab.classes.size())
                    k.classes.resize(tab.classes.size());
                k.classes[c] = {&it.value(), tab.firstCodes.data() + tab.firstCodes.size()};
                for (const LexiconPhrase &phrase : it.value())
                    tab.firstCodes.push_back(firstWordCodes(it.key(), phrase, true)); // classAt matches exactly
            }
        }
        Q_ASSERT(tab.firstCodes.size() == codeCount); // never reallocated
        for (auto it = tab.keys.cbegin(); it != tab.keys.cend(); ++it)
            tab.keyPrefixes.add(it.key());
        for (auto it = tab.triggers.cbegin(); it != tab.triggers.cend(); ++it)
            tab.triggerPrefixes.add(it.key());
        for (auto it = tab.cues.cbegin(); it != tab.cues.cend(); ++it)
            tab.cuePrefixes.add(it.key());
    }
    m_serial = nextCacheSerial(); // forms filled from the previous tables look again
}

// Why the first three letters decide: in Snowball 2.2's English and French
// algorithms (libstemmer), every step but the prelude/postlude pair and the
// English exceptions works on a suffix that starts at index 2 or later
// (R1 and RV never start before 2, R2 before 4), or deletes a suffix; a
// replacement keeps the first letter of what it replaces ("ic" -> "iqU",
// "ies" -> "ie"). The prelude's marks (y -> Y, u/i -> U/I between vowels,
// u after q -> U) are undone by the postlude. Hence a stem keeps the word's
// first three letters, or is shorter and a prefix of the word. What escapes
// this falls back to making the stem: a word shorter than three units, a
// unit outside a-z among the first three (the initial apostrophe English
// drops, the accents French's un_accent rewrites), a y among them (English
// "dying" -> "die", French final Y -> i: "ayissement" -> "ai", "cry" ->
// "cri"), and an i third (English "abing" -> "abe", "skies" -> "sky";
// French "abilite" -> "abl"). Checked against libstemmer on 1.77 M words
// (dictionaries, corpora, words made of letters and suffixes), every a-z
// word of five letters, and three letters plus 150 suffixes: no stem
// breaks the rule.
bool RelationLexicon::stemCannotBe(const WordForm &form, QStringView target)
{
    // The argument of KeyPrefixes::mayHoldStemOf, for one word: a word of three units or
    // more whose first three are plain letters keeps them in its stem, or
    // has a stem shorter than three units that begins the word.
    const QString &w = form.folded;
    if (w.size() < 3 || target.isEmpty())
        return false;
    const char16_t c0 = w[0].unicode();
    const char16_t c1 = w[1].unicode();
    const char16_t c2 = w[2].unicode();
    const auto plain = [](char16_t c) { return c >= u'a' && c <= u'z' && c != u'y'; };
    if (!plain(c0) || !plain(c1) || !plain(c2) || c2 == u'i')
        return false;
    if (target.size() >= 3)
        return target[0] != c0 || target[1] != c1 || target[2] != c2;
    return !QStringView(w).startsWith(target);
}

bool RelationLexicon::KeyPrefixes::mayHoldStemOf(const WordForm &form) const
{
    const QString &w = form.folded;
    if (w.size() < 3 || emptyKey)
        return true;
    const char16_t c0 = w[0].unicode();
    const char16_t c1 = w[1].unicode();
    const char16_t c2 = w[2].unicode();
    const auto plain = [](char16_t c) { return c >= u'a' && c <= u'z' && c != u'y'; };
    if (!plain(c0) || !plain(c1) || !plain(c2) || c2 == u'i')
        return true;
    const auto has = [](const auto &bits, unsigned bit) { return (bits[bit / 64] & (quint64(1) << (bit % 64))) != 0; };
    return has(shortKeys, shortKeyBit(c0, 0)) || has(shortKeys, shortKeyBit(c0, c1))
        || has(triples, (c0 * 1024u + c1 * 32u + c2) % 32768u);
}

void RelationLexicon::KeyPrefixes::add(const QString &key)
{
    if (key.isEmpty()) {
        emptyKey = true;
    } else if (key.size() <= 2) {
        const unsigned bit = shortKeyBit(key[0].unicode(), key.size() == 2 ? key[1].unicode() : 0);
        shortKeys[bit / 64] |= quint64(1) << (bit % 64);
    } else {
        const unsigned bit = (key[0].unicode() * 1024u + key[1].unicode() * 32u + key[2].unicode()) % 32768u;
        triples[bit / 64] |= quint64(1) << (bit % 64);
    }
}

RelationLexicon::FormEntries RelationLexicon::fillEntries(const Document &doc, const Token &tok, bool exact) const
{
    const WordForm *f = tok.form;
    FormEntries e;
    const Tables *tab = tables(doc.language);
    const bool unstemmed = tab && f && f->stemLanguage != WordForm::StemNone;
    // A stem not made yet that cannot be a key stays unmade: no entries by
    // stem, and `same` false, which finds what a stem equal to the folded
    // form would (that form is then no key either). One that may be a key
    // stays unmade too unless `exact`: the form is pending.
    const bool mayBeKey = unstemmed && tab->keyPrefixes.mayHoldStemOf(*f);
    const bool pending = mayBeKey && !exact;
    if (unstemmed && (pending || !mayBeKey)) {
        const auto it = tab->keys.constFind(tok.folded());
        if (it != tab->keys.cend())
            e.byFolded = &it.value();
    } else {
        e.same = textEquals(tok.folded(), tok.stem());
        if (tab) {
            auto it = tab->keys.constFind(tok.stem());
            if (it != tab->keys.cend())
                e.byStem = &it.value();
            it = tab->keys.constFind(tok.folded());
            if (it != tab->keys.cend())
                e.byFolded = &it.value();
        }
    }
    // The classes classAt can find here: those of the folded form, and of
    // the stem when it differs.
    const auto addClasses = [&](const KeyEntries *k) {
        for (qsizetype c = 0; k && c < k->classes.size(); ++c) {
            if (k->classes.at(c).phrases)
                e.classMask |= 1u << std::min<qsizetype>(c, 31);
        }
    };
    addClasses(e.byFolded);
    addClasses(e.same ? nullptr : e.byStem);
    if (pending) {
        // What classAtIndex finds by the stem and not by the folded form is
        // a one-word phrase the folded form is a plural of ("founders" for
        // "founder": isPluralOf), listed under that word: the folded form
        // less its last one or two letters.
        const QString &w = tok.folded();
        if (w.endsWith(u's') || w.endsWith(u'x')) {
            for (qsizetype cut = 1; cut <= std::min<qsizetype>(2, w.size()); ++cut) {
                const auto it = tab->keys.constFind(w.chopped(cut));
                addClasses(it != tab->keys.cend() ? &it.value() : nullptr);
            }
        }
    }
    // A pending form's classes are a superset (the stem may add some): none is decided yet.
    quint32 answers = 0;
    if (!pending) {
        quint32 misses = 0;
        answers = oneWordClasses(e, tok.folded(), &misses);
        e.classMask &= ~misses;
    }
    if (f) {
        FormCache &cache = f->relationCache;
        // A pending form made exact keeps the RuleWords bits it has.
        const bool resolving = cache.serial == m_serial;
        const quint32 ruleBits = resolving ? cache.bits & ~((1u << RuleShift) - 1) : 0;
        if (!resolving)
            cache.owner = nullptr; // no RuleWords bits yet
        cache.info = pending ? static_cast<const void *>(&PendingTag) : e.byStem;
        cache.extra = e.byFolded;
        // What triggersAt and cuesAt will look at: the stem's entries, and
        // the folded form's when it differs. Pending: the folded form's, and
        // any the stem may key.
        const auto any = [&](auto member, KeyPrefixes Tables::*prefixes) {
            if (pending) // (pending: tab is known)
                return (e.byFolded && !(e.byFolded->*member).isEmpty()) || (tab->*prefixes).mayHoldStemOf(*f);
            return (e.byStem && !(e.byStem->*member).isEmpty())
                || (!e.same && e.byFolded && !(e.byFolded->*member).isEmpty());
        };
        cache.bits = ruleBits | (e.same ? SameBit : 0)
            | (any(&KeyEntries::triggers, &Tables::triggerPrefixes) ? TriggerBit : 0)
            | (any(&KeyEntries::cues, &Tables::cuePrefixes) ? CueBit : 0);
        cache.mask = e.classMask;
        cache.answers = answers;
        cache.serial = m_serial;
    }
    return e;
}

std::shared_ptr<const RelationLexicon> RelationLexicon::shipped()
{
    static const std::shared_ptr<const RelationLexicon> lexicon = [] {
        auto l = std::make_shared<RelationLexicon>();
        l->load(QStringLiteral(":/lexicons/relations"));
        // Same override as the entity lexicons: extra rows without a rebuild.
        const QString extra = qEnvironmentVariable("LIAISON_LEXICONS");
        if (!extra.isEmpty() && QFile::exists(extra + QStringLiteral("/relations/triggers.tsv")))
            l->load(extra + QStringLiteral("/relations"));
        return std::shared_ptr<const RelationLexicon>(std::move(l));
    }();
    return lexicon;
}

const RelationLexicon::Tables *RelationLexicon::tables(const QString &language) const
{
    for (const auto &entry : m_tables) {
        if (textEquals(entry.first, language))
            return &entry.second;
    }
    return nullptr;
}

RelationLexicon::Tables &RelationLexicon::tablesFor(const QString &language)
{
    for (auto &entry : m_tables) {
        if (textEquals(entry.first, language))
            return entry.second;
    }
    m_tables.append({language, Tables()});
    return m_tables.last().second;
}

bool RelationLexicon::matches(const Document &doc, int index, int limit, const LexiconPhrase &phrase, int *end,
                              bool exact, int fromWord) const
{
    int t = index + fromWord;
    for (qsizetype w = fromWord; w < phrase.folded.size(); ++w, ++t) {
        if (t >= limit || t >= doc.tokens.size())
            return false;
        const Token &tok = doc.tokens[t];
        const QString &folded = tok.folded();
        if (textEquals(folded, phrase.folded[w]))
            continue;
        if (exact) {
            // Titles match as written, or as a plural: "researcher" is not "research".
            const bool plural = w + 1 == phrase.folded.size() && isPluralOf(folded, phrase.folded[w]);
            if (!plural)
                return false;
        } else {
            // A stem not made yet that cannot be this word's stays unmade.
            const WordForm *f = tok.form;
            if (f && f->stemLanguage != WordForm::StemNone && stemCannotBe(*f, phrase.stems[w]))
                return false;
            if (!textEquals(tok.stem(), phrase.stems[w]))
                return false;
        }
    }
    *end = t;
    return true;
}

template<typename Entry, typename Match>
void RelationLexicon::entriesAtIndex(const Document &doc, int index, int limit, QList<int> KeyEntries::*list,
                                     const quint8 *KeyEntries::*codes, const QList<Entry> &entries, Match match,
                                     QList<std::pair<const Entry *, int>> &out) const
{
    // Callers probe the word after a span, which may be the end of the sentence or text.
    if (index < 0 || index >= limit || index >= doc.tokens.size())
        return;
    const FormEntries e = entriesOf(doc, doc.tokens[index]);
    // A word that is its own stem would find the same entries again.
    const KeyList lists[2] = {
        e.byStem && !(e.byStem->*list).isEmpty() ? KeyList{&(e.byStem->*list), e.byStem->*codes, true} : KeyList{},
        !e.same && e.byFolded && !(e.byFolded->*list).isEmpty()
            ? KeyList{&(e.byFolded->*list), e.byFolded->*codes, false}
            : KeyList{}};
    if (!lists[0].entries && !lists[1].entries)
        return;
    entriesAt(lists, index, e.same, entries, match, out);
}

void RelationLexicon::triggersAtIndex(
    const Document &doc, int index, int limit, QList<std::pair<const RelationTrigger *, int>> &out) const
{
    entriesAtIndex(doc, index, limit, &KeyEntries::triggers, &KeyEntries::triggerFirst, m_triggers,
                   [&](const RelationTrigger &t, int *end, int fromWord) {
        return matches(doc, index, limit, t.phrase, end, t.kind == RelationTrigger::Kind::Role, fromWord);
    }, out);
}

void RelationLexicon::cuesAtIndex(
    const Document &doc, int index, int limit, QList<std::pair<const StatusCue *, int>> &out) const
{
    entriesAtIndex(doc, index, limit, &KeyEntries::cues, &KeyEntries::cueFirst, m_cues,
                   [&](const StatusCue &c, int *end, int fromWord) {
                       return matches(doc, index, limit, c.phrase, end, false, fromWord);
                   }, out);
}

int RelationLexicon::classAt(const Document &doc, int index, int limit, const QString &wordClass) const
{
    return classAt(doc, index, limit, classIndex(doc.language, wordClass));
}

int RelationLexicon::classIndex(const QString &language, const QString &wordClass) const
{
    const Tables *tab = tables(language);
    if (!tab)
        return -1;
    for (qsizetype c = 0; c < tab->classes.size(); ++c) {
        if (textEquals(tab->classes.at(c).first, wordClass))
            return int(c);
    }
    return -1;
}

quint32 RelationLexicon::oneWordClasses(const FormEntries &e, const QString &folded, quint32 *misses)
{
    // The same walk as classAtIndex's, without a document: a one-word phrase
    // is matched on the token's folded form alone (matches() in exact mode).
    quint32 hits = 0;
    *misses = 0;
    const std::pair<const KeyEntries *, bool> keys[2] = {{e.byFolded, false}, {e.same ? nullptr : e.byStem, true}};
    // Most forms start no class phrase at all: only the set bits.
    for (quint32 classes = e.classMask & ~(1u << 31); classes; classes &= classes - 1) {
        const int c = std::countr_zero(classes);
        bool decided = true;
        bool hit = false;
        for (const auto &[k, byStem] : keys) {
            if (!decided || !k || c >= k->classes.size() || !k->classes.at(c).phrases)
                continue;
            const QList<LexiconPhrase> &phrases = *k->classes.at(c).phrases;
            const quint8 *codes = k->classes.at(c).first;
            for (qsizetype j = 0; j < phrases.size() && decided; ++j) {
                const int code = firstWord(codes[j], byStem, e.same);
                if (code == 0)
                    continue;
                const LexiconPhrase &phrase = phrases.at(j);
                if (phrase.folded.size() != 1)
                    decided = false; // matches() reads the next tokens
                else
                    hit = hit || code == 1 || textEquals(folded, phrase.folded.first())
                        || isPluralOf(folded, phrase.folded.first());
            }
        }
        if (decided)
            (hit ? hits : *misses) |= 1u << c;
    }
    return hits;
}

int RelationLexicon::classAtIndex(const Document &doc, int index, int limit, int wordClass) const
{
    if (wordClass < 0 || index < 0 || index >= limit || index >= doc.tokens.size())
        return -1;
    const FormEntries e = entriesOf(doc, doc.tokens[index]);
    if (!(e.classMask & (1u << std::min(wordClass, 31))))
        return -1; // most words belong to no class, or not to this one
    // As above: as written or as a plural, the stem only when it differs.
    int best = -1;
    const std::pair<const KeyEntries *, bool> keys[2] = {{e.byFolded, false}, {e.same ? nullptr : e.byStem, true}};
    for (const auto &[k, byStem] : keys) {
        if (!k || wordClass >= k->classes.size() || !k->classes.at(wordClass).phrases)
            continue;
        const QList<LexiconPhrase> &phrases = *k->classes.at(wordClass).phrases;
        const quint8 *codes = k->classes.at(wordClass).first;
        for (qsizetype j = 0; j < phrases.size(); ++j) {
            const LexiconPhrase &phrase = phrases.at(j);
            // As in entriesAt: the key decides a one-word phrase.
            const int code = firstWord(codes[j], byStem, e.same);
            if (code == 0)
                continue;
            int end = 0;
            if (code == 1 && phrase.folded.size() == 1)
                best = std::max(best, index + 1);
            else if (matches(doc, index, limit, phrase, &end, true, code == 1 ? 1 : 0))
                best = std::max(best, end);
        }
    }
    return best;
}

} // namespace liaison
