#include "entities.h"

#include "gazetteer.h"
#include "lexicons.h"
#include "textanalysis.h"
#include "textmatch.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace liaison {

namespace {

// How much each kind of evidence weighs when typing a name.
enum Weight { DefaultGuess = 1, CueWeight = 3, FirstNameWeight = 4, NameWordWeight = 5, TitleWeight = 6 };

using Votes = std::array<int, 4>;

int typeIndex(EntityType t) { return static_cast<int>(t); }

// into += from, type by type: written out (as a loop, the compiler kept
// four loads, adds and stores a step, for every candidate grouped).
void addVotes(Votes &into, const Votes &from)
{
    static_assert(std::tuple_size_v<Votes> == 4);
    into[0] += from[0];
    into[1] += from[1];
    into[2] += from[2];
    into[3] += from[3];
}

struct Candidate {
    int first = 0;
    int end = 0;
    int sentence = 0;
    const Gazetteer *gazetteer = nullptr;
    int entry = -1;
    Votes votes{};
    // Its words are the folded forms of tokens [first, end): read from the
    // tokens, not copied into a list per candidate (a group keeps one).
    bool firstNameOnly = false;
    bool agent = false;   // a lone first name doing something ("Matt founded X")
    bool guessed = false; // typed by default, no evidence
};

// A group's folded words, read where they already are (no list per group):
// a gazetteer entry's list, or the folded forms of the tokens of the
// group's first candidate.
class Words
{
public:
    Words() = default;
    explicit Words(const QStringList *list) : m_list(list), m_count(int(list->size())) { }
    Words(const Token *tokens, int count) : m_tokens(tokens), m_count(count) { }

    qsizetype size() const { return m_count; }
    const QString &at(qsizetype k) const { return m_list ? m_list->at(k) : m_tokens[k].folded(); }
    const QString &first() const { return at(0); }
    const QString &last() const { return at(m_count - 1); }
    // foldedWordHash(at(k)), which a token's form holds already.
    quint64 hashAt(qsizetype k) const
    {
        const WordForm *form = m_list ? nullptr : m_tokens[k].form;
        return form && form->foldedEntry ? form->foldedEntry->wordHash : foldedWordHash(at(k));
    }
    // Whether at(k) is the folded text of token t, known without comparing
    // them when both come from the same folded entry (one per folded text).
    bool isFoldedOf(qsizetype k, const Token &t) const
    {
        const WordForm *form = m_list ? nullptr : m_tokens[k].form;
        if (form && form->foldedEntry && t.form && form->foldedEntry == t.form->foldedEntry)
            return true;
        return textEquals(at(k), t.folded());
    }

    class const_iterator
    {
    public:
        const_iterator(const Words *words, qsizetype k) : m_words(words), m_k(k) { }
        const QString &operator*() const { return m_words->at(m_k); }
        const_iterator &operator++()
        {
            ++m_k;
            return *this;
        }
        bool operator!=(const const_iterator &o) const { return m_k != o.m_k; }

    private:
        const Words *m_words;
        qsizetype m_k;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_count); }

private:
    const QStringList *m_list = nullptr;
    const Token *m_tokens = nullptr;
    int m_count = 0;
};

struct Group {
    Words words;
    qsizetype keyLength = 0; // the words joined by spaces: its length (not for gazetteer entries)
    quint64 hash = 0; // EntityFinder::spanHash() of its words (not for gazetteer entries)
    const Gazetteer *gazetteer = nullptr;
    int entry = -1;
    Votes votes{};
    // Most groups have a few candidates: kept inline, a group costs no
    // allocation of its own (m_groups is reserved, so groups never move).
    QVarLengthArray<int, 6> candidates;
    int mergedInto = -1;
    bool firstNameOnly = true;
    bool agent = false;
    bool guessed = true;
};

} // namespace
} // namespace liaison

// Candidate holds only relocatable Qt containers and plain values: growing its
// lists moves the bytes instead of copying each element (a reference count
// up, then down) and destroying the old ones.
Q_DECLARE_TYPEINFO(liaison::Candidate, Q_RELOCATABLE_TYPE);

namespace liaison {
namespace {

// Words that join the parts of a name ("Banque de France", "Breck & Son").
bool isJoinerWord(QStringView f)
{
    return f.size() <= 3 // longer: no word below can match
        && (textIs(f, u"de") || textIs(f, u"du") || textIs(f, u"des") || textIs(f, u"d'") || textIs(f, u"of")
            || textIs(f, u"for") || textIs(f, u"la") || textIs(f, u"the") || textIs(f, u"&") || textIs(f, u"and")
            || textIs(f, u"et"));
}
// Surname particles ("von der Leyen", "Lula da Silva").
bool isParticleWord(QStringView f)
{
    return f.size() <= 3 // longer: no word below can match
        && (textIs(f, u"van") || textIs(f, u"von") || textIs(f, u"der") || textIs(f, u"den") || textIs(f, u"de")
            || textIs(f, u"di") || textIs(f, u"da") || textIs(f, u"del") || textIs(f, u"dos") || textIs(f, u"bin")
            || textIs(f, u"al") || textIs(f, u"ter"));
}

// A table from 64-bit keys (hashes of word lists, gazetteer entries) to
// group indices, for the few dozen groups of a document: open addressing in
// one array, kept per thread and resized to the document (a QHash allocated
// its spans and nodes anew for every document and hashed the key again).
class GroupIndex
{
public:
    // Empties the table, with room for `count` keys. A slot is in use only
    // if it carries the current stamp, so emptying costs nothing unless the
    // table must grow.
    void reset(qsizetype count)
    {
        size_t capacity = 16;
        while (capacity < size_t(count) * 2)
            capacity <<= 1;
        if (capacity > m_slots.size() || ++m_stamp == 0) {
            m_slots.assign(std::max(capacity, m_slots.size()), Slot{});
            m_stamp = 1;
        }
        m_mask = m_slots.size() - 1;
    }
    // The value stored under `key`, or `missing`.
    int value(quint64 key, int missing) const
    {
        for (size_t k = start(key);; k = (k + 1) & m_mask) {
            const Slot &slot = m_slots[k];
            if (slot.stamp != m_stamp)
                return missing;
            if (slot.key == key)
                return slot.value;
        }
    }
    // The value stored under `key`, inserted as `initial` if absent (at most
    // `count` keys in all, as reset() was told).
    int &operator()(quint64 key, int initial)
    {
        for (size_t k = start(key);; k = (k + 1) & m_mask) {
            Slot &slot = m_slots[k];
            if (slot.stamp != m_stamp) {
                slot = Slot{key, initial, m_stamp};
                return slot.value;
            }
            if (slot.key == key)
                return slot.value;
        }
    }

private:
    struct Slot {
        quint64 key = 0;
        int value = 0;
        quint32 stamp = 0; // in use when it is m_stamp
    };
    // The keys are hashes already: their bits need only folding down.
    size_t start(quint64 key) const { return size_t(key ^ (key >> 29) ^ (key >> 47)) & m_mask; }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    quint32 m_stamp = 0;
};

// What prepareTokens() gathers, kept per thread so that a document
// allocates none of it.
struct FinderBuffers {
    // By token: the lexicons' flags (Lexicons::WordInfo::flags).
    std::vector<quint32> lexFlags;
    // The tokens where scanSentence has anything to try, in order.
    std::vector<int> scanStops;
    // By sentence: whether it reads as a headline.
    std::vector<quint8> headline;
    // The tokens that may open an anaphor, in order.
    QList<int> anaphorAt;
    // Groups by the hash of their words (grouping, then short forms), and
    // by gazetteer entry (grouping), then by lone word (resolveGuesses),
    // then by initials (acronyms): one step at a time each.
    GroupIndex byWords;
    GroupIndex byEntry;
    // EntityFinder's candidates and groups, their room kept between documents.
    std::vector<Candidate> candidates;
    std::vector<Group> groups;
    // Scratch by group and by candidate, each used by one step at a time.
    std::vector<int> byGroup;
    std::vector<int> byCandidate;
};

FinderBuffers &finderBuffers()
{
    thread_local FinderBuffers buffers;
    return buffers;
}

class EntityFinder
{
public:
    EntityFinder(Document &doc, const Lexicons &lex, const Gazetteer *known)
        : m_doc(doc), m_lex(lex), m_known(known), m_buf(finderBuffers()), m_candidates(m_buf.candidates),
          m_groups(m_buf.groups), m_tokens(doc.tokens.constData()),
          m_text(doc.text.constData())
    {
    }

    void run()
    {
        m_candidates.clear();
        m_groups.clear();
        prepareTokens();
        // About one candidate per dozen tokens in news text: reserved with
        // room, the list rarely grows (each growth moved every candidate).
        m_candidates.reserve(m_doc.tokens.size() / 8 + 8);
        for (int s = 0; s < m_doc.sentences.size(); ++s)
            scanSentence(s);
        groupCandidates();
        resolveCoreference();
        emit();
        findAnaphors();
    }

private:
    const Token &tok(int i) const { return m_tokens[i]; }
    QChar firstChar(const Token &t) const { return m_text[t.start]; }

    // The one walk over every token before the candidate scan, gathering
    // what the later steps would otherwise each walk the tokens for: the
    // lower-case / capitalized vocabulary (marks on the folded entries, read
    // only once the walk is over), each sentence's headline test, the tokens
    // the candidate scan stops at, and those that may open an anaphor.
    Q_NEVER_INLINE void prepareTokens() // apart, to be seen in profiles
    {
        const int count = int(m_doc.tokens.size());
        m_buf.lexFlags.resize(size_t(count));
        m_buf.scanStops.clear();
        m_buf.headline.assign(size_t(m_doc.sentences.size()), 0);
        m_buf.anaphorAt.clear();
        m_lexFlags = m_buf.lexFlags.data();
        // Locals, not members: the byte stores below may alias anything,
        // and would make the compiler read every member again after each.
        const Token *const tokens = m_tokens;
        const QChar *const text = m_text;
        quint32 *const lexFlags = m_buf.lexFlags.data();
        std::vector<int> &scanStops = m_buf.scanStops;
        quint8 *const headline = m_buf.headline.data();
        const quint64 serial = m_serial;
        const bool known = m_known;
        // The anaphor list and the lexicons' flags are complete only if the
        // sentences hold every token, in order (analyzeText's always do;
        // hand-built ones may not: see the end).
        int expected = 0;
        const int sentenceCount = int(m_doc.sentences.size());
        const Sentence *const sentences = m_doc.sentences.constData();
        for (int si = 0; si < sentenceCount; ++si) {
            const Sentence &s = sentences[si];
            expected = s.firstToken == expected ? s.endToken : -1;
            int words = 0;
            int capitals = 0;
            int allCaps = 0;
            bool lowerWord = false; // a word of three units or more opening in lower case
            bool opened = false;    // a word or a number before i: i is past the sentence's start
            for (int i = s.firstToken; i < s.endToken; ++i) {
                const Token &t = tokens[i];
                const quint32 flags = m_lex.flags(t);
                lexFlags[i] = flags;
                if (t.kind != Token::Word) {
                    if (t.kind == Token::Number) {
                        opened = true;
                        scanStops.push_back(i); // maybe a name opening with digits
                    }
                    continue;
                }
                // isSentenceInitial(i, s), from what the walk has seen.
                const bool initial = !opened && i - s.firstToken <= 8;
                opened = true;
                const QChar first = text[t.start];
                const bool capWord = t.form ? t.form->capWord : isCapWordSlow(t);
                const FoldedEntry *const entry = t.form ? t.form->foldedEntry : nullptr;
                // (Token::capitalized: its first letter is upper or title
                // case, so neither lower case nor anything but a letter.)
                const bool lower = !t.capitalized && first.isLower();
                if (!t.capitalized) {
                    if (entry && lower)
                        entry->lowerMark = serial;
                } else if (entry
                           && (!initial
                               // Opening a longer name ("Brightmoss Robotics is").
                               || (i + 1 < s.endToken && isCapWord(i + 1) && tokens[i + 1].kind == Token::Word
                                   && !m_lex.isStopword(tokens[i + 1]) && !(flags & Lexicons::Stopword)))) {
                    entry->capitalMark = serial;
                }
                if (lower || t.capitalized || first.isLetter()) {
                    ++words;
                    if (t.capitalized)
                        ++capitals;
                    else if (!lowerWord)
                        lowerWord = lower && t.end - t.start >= 3;
                    if (t.allCaps)
                        ++allCaps;
                }
                // Where scanSentence has something to try: a capitalized
                // word, a word opening a known name (any word, with a list
                // of the user's), a number (above).
                if (known || capWord || (flags & Lexicons::GazetteerStart))
                    scanStops.push_back(i);
                // Whether it opens an anaphor needs the next token's flags:
                // decided when they are read, below.
                if (flags & Lexicons::AnaphorStart)
                    m_buf.anaphorAt.append(i);
            }
            // Headlines in title case or capitals: only the gazetteer is trusted.
            // A sentence ending with a period and holding a lower-case word is prose,
            // however many names it has ("Abel Roe heads Atlas Telecom.").
            const bool prose = lowerWord && text[tokens[s.endToken - 1].start] == u'.' && capitals < words;
            headline[si] = !prose && words >= 4 && (capitals * 4 >= words * 3 || allCaps * 10 >= words * 7);
        }
        m_anaphorsListed = expected == count;
        if (expected < 0) // sentences out of order or overlapping (made by hand)
            std::sort(scanStops.begin(), scanStops.end());
        if (!m_anaphorsListed) {
            for (int i = 0; i < count; ++i)
                lexFlags[i] = m_lex.flags(tokens[i]);
        }
        // Only the tokens that can open an anaphor here stay listed.
        m_buf.anaphorAt.removeIf([&](int i) { return !opensAnaphor(i); });
    }

    // The lexicons' flags of token i (Lexicons::WordFlag), as prepareTokens() read them.
    bool lexIs(int i, quint32 flag) const { return m_lexFlags[i] & flag; }
    // m_lex.nameWord(tok(i)), asked only of the forms flagged as one (most
    // words are none: the flag spares the form's cache).
    const Lexicons::NameWord *nameWordAt(int i) const
    {
        return lexIs(i, Lexicons::IsNameWord) ? m_lex.nameWord(tok(i)) : nullptr;
    }
    // m_lex.kindNoun(tok(i)), the flag tested first (most words are none).
    std::optional<EntityType> kindNounAt(int i) const
    {
        return lexIs(i, Lexicons::HasKindNoun) ? m_lex.kindNoun(tok(i)) : std::nullopt;
    }

    // Whether word token i can open an anaphor here: most tokens opening
    // one ("the", "le") are followed by no word that could continue it, and
    // open none alone.
    bool opensAnaphor(int i) const
    {
        if (!(m_lexFlags[i] & Lexicons::AnaphorStart))
            return false;
        const bool longer = i + 1 < m_doc.tokens.size() && lexIs(i + 1, Lexicons::AnaphorSecond);
        return longer || lexIs(i, Lexicons::AnaphorAlone);
    }

    // The marks prepareTokens() set.
    bool inLowerVocabulary(const Token &t) const
    {
        return t.form && t.form->foldedEntry && t.form->foldedEntry->lowerMark == m_serial;
    }
    bool capitalizedInside(const Token &t) const
    {
        return t.form && t.form->foldedEntry && t.form->foldedEntry->capitalMark == m_serial;
    }

    bool hasInnerCapital(const Token &t) const
    {
        if (t.form && t.kind == Token::Word)
            return t.form->innerCapital; // the same test, made once per form
        if (!firstChar(t).isLower())
            return false;
        for (int p = t.start + 1; p < t.end; ++p) {
            if (m_text[p].isUpper())
                return true;
        }
        return false;
    }

    // Upper case past the first letter, as in "DeepMind" or "LinkedIn".
    bool titleCaseInner(int i) const
    {
        const Token &t = tok(i);
        for (int p = t.start + 1; p < t.end; ++p) {
            if (m_text[p].isUpper() && m_text[p - 1].isLower())
                return true;
        }
        return false;
    }

    // Asked of nearly every token: the form's answer inline, the rest apart.
    Q_ALWAYS_INLINE bool isCapWord(int i) const
    {
        const Token &t = tok(i);
        if (t.form && t.kind == Token::Word)
            return t.form->capWord;
        return isCapWordSlow(t);
    }
    bool isCapWordSlow(const Token &t) const
    {
        if (t.kind != Token::Word || !firstChar(t).isLetter())
            return false;
        return t.capitalized || hasInnerCapital(t);
    }

    // Only spaces (no line break, no punctuation) between tokens a and b.
    bool adjacent(int a, int b) const
    {
        // A token cut by analyzeText (it has a form) holds the count of the
        // line breaks between it and the token before: what the loop below
        // would find. (Tokens built by hand have no form and no count.)
        const Token &next = tok(b);
        if (b == a + 1 && next.form)
            return next.newlinesBefore == 0;
        for (int p = tok(a).end; p < next.start; ++p) {
            if (m_text[p] == u'\n')
                return false;
        }
        return true;
    }

    bool isNoiseWord(int i) const { return lexIs(i, Lexicons::Stopword | Lexicons::Calendar | Lexicons::Demonym); }

    // Funding-round and reporting-period labels look like names but are not:
    // "Series B", "série A", "Q3", "H1", "FY2025".
    // (The words of tokens [first, end).)
    // Asked of every candidate: the lengths that can match tested inline.
    Q_ALWAYS_INLINE bool isRoundOrPeriodLabel(int first, int end) const
    {
        const qsizetype size = tok(first).folded().size();
        if (end - first == 2 ? size != 6 && size != 5 : end - first != 1 || (size != 2 && (size < 4 || size > 6)))
            return false;
        return isRoundOrPeriodLabelSlow(first, end);
    }
    bool isRoundOrPeriodLabelSlow(int first, int end) const
    {
        const int n = end - first;
        if (n == 2 && (textIs(tok(first).folded(), u"series") || textIs(tok(first).folded(), u"serie"))
            && tok(end - 1).folded().size() == 1)
            return true;
        if (n != 1)
            return false;
        const QString &w = tok(first).folded();
        if (w.size() == 2 && (w.at(0) == u'q' || w.at(0) == u'h') && w.at(1).isDigit())
            return true;
        if (w.size() >= 4 && w.size() <= 6 && w.startsWith(u"fy")) {
            for (qsizetype i = 2; i < w.size(); ++i) {
                if (!w.at(i).isDigit())
                    return false;
            }
            return true;
        }
        return false;
    }

    static bool isWeakRole(const QString &folded)
    {
        // "general", "senior", "executive", "vice", "managing", "head", "lead",
        // "principal", "associate", "chair", "partner", "fellow", "chief",
        // "president", "director", "secretary", "investor", "designer", "boss":
        // by length, compared inline (a set cost a string hash per role word).
        switch (folded.size()) {
        case 4:
            return textIs(folded, u"vice") || textIs(folded, u"head") || textIs(folded, u"lead")
                || textIs(folded, u"boss");
        case 5:
            return textIs(folded, u"chair") || textIs(folded, u"chief");
        case 6:
            return textIs(folded, u"senior") || textIs(folded, u"fellow");
        case 7:
            return textIs(folded, u"general") || textIs(folded, u"partner");
        case 8:
            return textIs(folded, u"managing") || textIs(folded, u"director") || textIs(folded, u"investor")
                || textIs(folded, u"designer");
        case 9:
            return textIs(folded, u"executive") || textIs(folded, u"principal") || textIs(folded, u"associate")
                || textIs(folded, u"president") || textIs(folded, u"secretary");
        default:
            return false;
        }
    }

    bool isTitleAt(int i) const
    {
        if (!lexIs(i, Lexicons::Title))
            return false;
        const Token &t = tok(i);
        // "M" is a title only with its period ("M. Dupont").
        if (t.end - t.start == 1)
            return i + 1 < m_doc.tokens.size() && m_text[tok(i + 1).start] == u'.'
                   && tok(i + 1).start == t.end;
        return true;
    }

    bool sentenceStartsWith(const Sentence &s, std::initializer_list<std::u16string_view> phrase) const
    {
        int i = s.firstToken;
        for (const std::u16string_view w : phrase) {
            if (i >= s.endToken)
                return false;
            const QString &f = tok(i).folded(); // sizes first: most first words differ in length
            if (f.size() != qsizetype(w.size()) || std::char_traits<char16_t>::compare(QStringView(f).utf16(), w.data(), w.size()) != 0)
                return false;
            ++i;
        }
        return true;
    }

    void scanSentence(int sIndex)
    {
        const Sentence &s = m_doc.sentences.at(sIndex);
        if (s.endToken - s.firstToken > 0 && lexIs(s.firstToken, Lexicons::LeadWord)) {
            // Cross-links and datelines name other articles' subjects (the
            // phrases are tried only after one of their first words, which
            // the LeadWord bit stands for).
            const QString &w0 = tok(s.firstToken).folded();
            const bool opener = textIs(w0, u"lire") || textIs(w0, u"a") || textIs(w0, u"read") || textIs(w0, u"see")
                || textIs(w0, u"voir") || textIs(w0, u"publie") || textIs(w0, u"mis") || textIs(w0, u"related")
                || textIs(w0, u"ecrit") || textIs(w0, u"written") || textIs(w0, u"reporting") || textIs(w0, u"edited");
            if (opener && (sentenceStartsWith(s, {u"lire", u"aussi"}) || sentenceStartsWith(s, {u"a", u"lire", u"aussi"})
                || sentenceStartsWith(s, {u"read", u"more"}) || sentenceStartsWith(s, {u"read", u"also"})
                || sentenceStartsWith(s, {u"see", u"also"}) || sentenceStartsWith(s, {u"voir", u"aussi"})
                || sentenceStartsWith(s, {u"publie", u"le"}) || sentenceStartsWith(s, {u"mis", u"a", u"jour"})
                || sentenceStartsWith(s, {u"related"}) || sentenceStartsWith(s, {u"ecrit", u"par"})
                || sentenceStartsWith(s, {u"written", u"by"}) || sentenceStartsWith(s, {u"reporting", u"by"})
                || sentenceStartsWith(s, {u"edited", u"by"})))
                return;
            // Bylines: "Par Léa Moreau", "By Jane Roe".
            if ((textIs(w0, u"par") || textIs(w0, u"by")) && s.endToken - s.firstToken <= 6
                && tok(s.firstToken).capitalized)
                return;
        }
        const bool headline = m_buf.headline[size_t(sIndex)];
        // Only the tokens where something below could start are visited:
        // m_nextStop, in m_buf.scanStops, moves on with i (back to the
        // sentence's start if sentences made by hand go back).
        // (Locals while the sentence is scanned: the calls below may write
        // anywhere as far as the compiler knows, and would make it read the
        // member and the list again at every step.)
        const int *const stops = m_buf.scanStops.data();
        const size_t stopCount = m_buf.scanStops.size();
        size_t next = m_nextStop;
        if (next > 0 && stops[next - 1] >= s.firstToken)
            next = size_t(std::lower_bound(stops, stops + stopCount, s.firstToken) - stops);
        int i = s.firstToken;
        while (i < s.endToken) {
            while (next < stopCount && stops[next] < i)
                ++next;
            if (next == stopCount || stops[next] >= s.endToken)
                break;
            i = stops[next];
            if (tok(i).kind != Token::Word && !(!headline && isDigitNameStart(i, s.endToken))) {
                ++i;
                continue;
            }
            Gazetteer::Match m;
            if (matchGazetteer(i, s.endToken, sIndex, &m)) {
                i = m.endToken;
                continue;
            }
            if (!headline && (isCapWord(i) || isDigitNameStart(i, s.endToken))) {
                i = capitalizedSequence(i, sIndex);
                continue;
            }
            ++i;
        }
        m_nextStop = next;
    }

    // The shipped gazetteer's match at token i, asked only where
    // mayOpenShippedName().
    bool shippedMatch(int i, int limit, Gazetteer::Match *out) const
    {
        return mayOpenShippedName(i, limit)
            && m_lex.gazetteer().matchAt(m_doc, i, limit, out, m_lex.info(tok(i)).gazetteerLengths);
    }
    // Whether the shipped gazetteer may have a name at token i: its word
    // opens one of the names (bits of the lexicons' answer for the form)
    // and either is a name alone or is followed by a word that can be a
    // name's second. Most words opening names ("the", "le") open only
    // longer ones and are followed by none of their words. Where this is
    // false, so is matchAt (tst_ExtractEntities::gazetteerFlagsAllowEveryMatch).
    bool mayOpenShippedName(int i, int limit) const
    {
        return lexIs(i, Lexicons::GazetteerStart)
            && (lexIs(i, Lexicons::GazetteerAlone) || (i + 1 < limit && lexIs(i + 1, Lexicons::GazetteerSecond)));
    }
    // Whether a name of either list starts at token i; asked of every
    // capitalized word after the first of a sequence, most of which can
    // start none: the flags tested before anything is looked up.
    Q_ALWAYS_INLINE bool knownNameAt(int i, int limit) const
    {
        if (!m_known && !mayOpenShippedName(i, limit))
            return false;
        Gazetteer::Match m;
        return shippedMatch(i, limit, &m) || (m_known && m_known->matchAt(m_doc, i, limit, &m));
    }

    bool matchGazetteer(int i, int limit, int sIndex, Gazetteer::Match *out)
    {
        // Asked of every word: most start no name of either list.
        if (!m_known && !mayOpenShippedName(i, limit))
            return false;
        Gazetteer::Match a;
        Gazetteer::Match b;
        const bool hasKnown = m_known && m_known->matchAt(m_doc, i, limit, &a);
        const bool hasShipped = shippedMatch(i, limit, &b);
        if (!hasKnown && !hasShipped)
            return false;
        const Gazetteer *g = nullptr;
        if (hasKnown && (!hasShipped || a.endToken >= b.endToken)) {
            *out = a;
            g = m_known;
        } else {
            *out = b;
            g = &m_lex.gazetteer();
        }
        const Sentence &s = m_doc.sentences.at(sIndex);
        const Token &t = tok(i);
        // A single common word capitalized because it starts the sentence.
        if (out->endToken == i + 1 && i == s.firstToken && !t.allCaps && inLowerVocabulary(t))
            return false;
        // A known name followed by more capitalized words is a longer name
        // ("Meta Superintelligence Labs", "Mistral Compute").
        int end = out->endToken;
        while (end < limit && isCapWord(end) && adjacent(end - 1, end) && !isNoiseWord(end)
               && !lexIs(end, Lexicons::Role) && !lexIs(end, Lexicons::Title)
               && !lexIs(end, Lexicons::FirstName) && !tok(end).allCaps) {
            Gazetteer::Match next;
            if (shippedMatch(end, limit, &next))
                break;
            ++end;
        }
        Candidate c;
        c.first = i;
        c.sentence = sIndex;
        if (end > out->endToken) {
            c.end = end;
            const Lexicons::NameWord *nw = nameWordAt(end - 1);
            c.votes[typeIndex(nw ? nw->type : EntityType::Product)] += NameWordWeight;
            out->endToken = end;
        } else {
            c.end = out->endToken;
            c.gazetteer = g;
            c.entry = out->entry;
        }
        m_candidates.push_back(c);
        return true;
    }

    // (A token is inside the text: no clamping as QStringView::mid does.)
    QStringView surface(int i) const { return QStringView(m_text + tok(i).start, tok(i).end - tok(i).start); }

    // Asked of most words of a name: the length test inline, the words apart.
    // isJoinerWord() / isParticleWord() of the token's folded form, as
    // Lexicons set them on the form (entityRuleBits()).
    bool isJoiner(int i) const { return lexIs(i, Lexicons::JoinerWord); }
    bool isParticle(int i) const { return lexIs(i, Lexicons::ParticleWord); }
    // Legal forms written after a company name ("Inc.", "Ltd", "Co.").
    bool isLegalSuffix(int i) const
    {
        const Token &t = tok(i);
        if (t.kind != Token::Word || !firstChar(t).isUpper())
            return false;
        QStringView f = t.folded();
        while (f.endsWith(u'.'))
            f.chop(1);
        // "inc", "ltd", "llc", "llp", "corp", "co", "plc", "lp", "l.p",
        // "limited", "gmbh", "ag", "sa", "s.a", "nv", "bv", "pty", "pte",
        // "sarl", "sas", "incorporated": by length, compared inline (a set
        // cost a string hash per capitalized word before a comma).
        switch (f.size()) {
        case 2:
            return textIs(f, u"co") || textIs(f, u"lp") || textIs(f, u"ag") || textIs(f, u"sa") || textIs(f, u"nv")
                || textIs(f, u"bv");
        case 3:
            return textIs(f, u"inc") || textIs(f, u"ltd") || textIs(f, u"llc") || textIs(f, u"llp") || textIs(f, u"plc")
                || textIs(f, u"l.p") || textIs(f, u"s.a") || textIs(f, u"pty") || textIs(f, u"pte") || textIs(f, u"sas");
        case 4:
            return textIs(f, u"corp") || textIs(f, u"gmbh") || textIs(f, u"sarl");
        case 7:
            return textIs(f, u"limited");
        case 12:
            return textIs(f, u"incorporated");
        default:
            return false;
        }
    }

    // "1st Constitution Bancorp", "3M", "23andMe": a name may open with
    // digits. The tokenizer splits "2nd" into a number and an attached word.
    // Asked of every token that is not a capitalized word: most are no number.
    Q_ALWAYS_INLINE bool isDigitNameStart(int i, int limit) const
    {
        return tok(i).kind == Token::Number && isNumberNameStart(i, limit);
    }
    bool isNumberNameStart(int i, int limit) const
    {
        const Token &t = tok(i);
        if (t.kind != Token::Number || i + 1 >= limit || tok(i + 1).kind != Token::Word
            || tok(i + 1).start != t.end || t.end - t.start > 4)
            return false;
        for (int p = t.start; p < t.end; ++p) {
            if (!m_text[p].isDigit())
                return false;
        }
        const QString &f = tok(i + 1).folded();
        // An ordinal needs a capitalized word after it ("1st Constitution", not "1st quarter").
        if (textIs(f, u"st") || textIs(f, u"nd") || textIs(f, u"rd") || textIs(f, u"th"))
            return i + 2 < limit && isCapWord(i + 2) && adjacent(i + 1, i + 2)
                   && !lexIs(i + 2, Lexicons::Calendar);
        const Token &w = tok(i + 1);
        for (int p = w.start; p < w.end; ++p) {
            if (m_text[p].isUpper())
                return true; // "3M", "23andMe"
        }
        return false;
    }

    // Strong verbs that make a lone first name an agent ("Matt established X").
    static bool isAgentVerb(const QString &f)
    {
        static const QSet<QString> verbs = [] {
            QSet<QString> v;
            for (const char *w : {"founded", "co-founded", "cofounded", "established", "started", "launched",
                                  "created", "built", "bought", "acquired", "invested", "joined", "fonde", "fonda",
                                  "cofonde", "cree", "crea", "lance", "lanca", "rachete", "racheta", "rejoint",
                                  "worked", "served", "headed", "led", "ran", "dirige", "dirigea", "travaille"})
                v.insert(QString::fromLatin1(w));
            return v;
        }();
        return verbs.contains(f);
    }

    bool isQuantityWord(const QString &f) const
    {
        static const QSet<QString> words = [] {
            QSet<QString> s;
            for (const char *w : {"million", "millions", "milliard", "milliards", "billion", "billions", "bn", "mn",
                                  "m", "md", "mds", "trillion", "%", "percent", "pour", "ans", "years", "year",
                                  "employees", "salaries", "fois", "times", "h", "heures", "mille", "k"})
                s.insert(QString::fromLatin1(w));
            return s;
        }();
        return words.contains(f);
    }

    // Whether word k of a name lets a joiner ("de", "of") continue it: an
    // organization's type word, or "Banque". Asked of every capitalized
    // word of a sequence, most of which are no name word: inline.
    Q_ALWAYS_INLINE bool licensesJoiner(int k) const
    {
        const Lexicons::NameWord *nw = nameWordAt(k);
        return nw && (nw->type == EntityType::Organization || textIs(surface(k), u"Banque"));
    }

    // Collects the capitalized sequence starting at `i`; returns where to go on.
    int capitalizedSequence(int i, int sIndex)
    {
        const Sentence &s = m_doc.sentences.at(sIndex);
        // A name opening with digits continues after the attached word ("2nd").
        int j = tok(i).kind == Token::Number ? i + 2 : i + 1;
        bool licensed = licensesJoiner(i); // a joiner ("de", "of") may continue the name
        while (j < s.endToken) {
            if (!adjacent(j - 1, j))
                break;
            if (isCapWord(j)) {
                // A known name right after an unknown word starts a new name.
                if (knownNameAt(j, s.endToken))
                    break;
                licensed = licensed || licensesJoiner(j);
                ++j;
                continue;
            }
            const Token &t = tok(j);
            // A middle initial: "Calvin R. Dobbs".
            if (t.kind == Token::Punct && firstChar(t) == u'.' && t.start == tok(j - 1).end && j > i
                && tok(j - 1).end - tok(j - 1).start == 1 && firstChar(tok(j - 1)).isUpper() && j + 1 < s.endToken
                && isCapWord(j + 1) && adjacent(j, j + 1)) {
                ++j;
                continue;
            }
            // A quoted nickname inside a person's name: Herbert "Herb" Roe.
            if (t.kind == Token::Punct && firstChar(t) == u'"' && j + 3 < s.endToken && lexIs(i, Lexicons::FirstName)
                && isCapWord(j + 1) && tok(j + 2).kind == Token::Punct && firstChar(tok(j + 2)) == u'"'
                && isCapWord(j + 3)) {
                j += 4;
                continue;
            }
            // A plural possessive inside a name: "Workers' Party", "Farmers'
            // Union" (a type word follows; "Siemens' unit" stays apart).
            if (t.kind == Token::Punct && (firstChar(t) == u'\'' || firstChar(t) == u'\u2019') && t.start == tok(j - 1).end
                && tok(j - 1).kind == Token::Word && surface(j - 1).endsWith(u's') && j + 1 < s.endToken
                && isCapWord(j + 1) && tok(j + 1).start > t.end && nameWordAt(j + 1)) {
                j += 2;
                continue;
            }
            if (t.kind == Token::Punct && firstChar(t) == u'&' && j + 1 < s.endToken && isCapWord(j + 1)) {
                j += 2;
                continue;
            }
            if (t.kind == Token::Word && !t.capitalized) {
                // Joiners ("Banque de France") and particles ("von der Leyen").
                int k = j;
                while (k < s.endToken && k - j < 2 && tok(k).kind == Token::Word && !tok(k).capitalized
                       && (isJoiner(k) || isParticle(k)) && adjacent(k - 1, k))
                    ++k;
                if (k > j && k < s.endToken && isCapWord(k) && adjacent(k - 1, k)) {
                    bool particles = true;
                    for (int p = j; p < k; ++p)
                        particles = particles && isParticle(p);
                    // "Renato di Calvi": in English text a lone capitalized word,
                    // a particle and one capitalized word closing the sequence is
                    // a person even without a known given name (French uses
                    // "de" in company names too, so it keeps the lexicon test).
                    // Up to three given names may come first ("Luiz Inácio Lula da Silva").
                    bool plainWords = j - i <= 3;
                    for (int p = i; p < j && plainWords; ++p)
                        plainWords = !nameWordAt(p) && !lexIs(p, Lexicons::Place);
                    const bool loneParticleName = textIs(m_doc.language, u"en") && plainWords
                        && !nameWordAt(k)
                        && !(k + 1 < s.endToken && (isCapWord(k + 1) || textIs(tok(k + 1).folded(), u"&"))
                             && adjacent(k, k + 1));
                    const bool personParticle = particles && (lexIs(i, Lexicons::FirstName) || loneParticleName);
                    bool joinerOk = licensed;
                    // "Competition and Markets Authority": a type word ahead licenses it.
                    for (int p = k; p < s.endToken && p < k + 4 && !joinerOk && isCapWord(p); ++p) {
                        const Lexicons::NameWord *nw = nameWordAt(p);
                        joinerOk = nw && nw->type == EntityType::Organization;
                        // "Lain and Rose Community Interest Company": a company
                        // suffix closing the name licenses its "and".
                        // (Not after a company's own suffix: "X KG and Y Therapeutics" are two.)
                        const Lexicons::NameWord *left = nameWordAt(j - 1);
                        if (nw && nw->type == EntityType::Company && nw->position == Lexicons::NameWord::Last
                            && !(left && left->type == EntityType::Company)
                            && !(p + 1 < s.endToken && isCapWord(p + 1) && adjacent(p, p + 1)))
                            joinerOk = true;
                    }
                    // "The Halverson Mutual Company of Canada", "Bank of
                    // Canada": a company head noun, "of", then a place.
                    if (!joinerOk && k == j + 1 && textIs(tok(j).folded(), u"of")) {
                        const Lexicons::NameWord *head = nameWordAt(j - 1);
                        const bool place = lexIs(k, Lexicons::Place)
                            || (k + 1 < s.endToken && isCapWord(k + 1)
                                && isPlaceRun(k, k + 2));
                        joinerOk = head && head->type == EntityType::Company && place;
                    }
                    for (int p = j; p < k; ++p) {
                        const QString &f = tok(p).folded();
                        if (textIs(f, u"and") || textIs(f, u"et") || textIs(f, u"&"))
                            joinerOk = joinerOk && surface(k).size() > 1;
                    }
                    if (personParticle || joinerOk) {
                        j = k;
                        continue;
                    }
                }
                break;
            }
            if (t.kind == Token::Number && t.end - t.start <= 4 && !lexIs(j - 1, Lexicons::Calendar)) {
                const bool quantity = j + 1 < s.endToken && (isQuantityWord(tok(j + 1).folded())
                                                             || tok(j + 1).kind == Token::Symbol);
                int digits = 0;
                for (int p = t.start; p < t.end; ++p)
                    digits += m_text[p].isDigit() ? 1 : 0;
                if (!quantity && digits <= 2) {
                    ++j;
                    break;
                }
            }
            break;
        }
        // "Foo, Inc.", "Foo Co., Ltd": a legal form after a comma belongs to the name.
        if (j + 2 < s.endToken && firstChar(tok(j)) == u'.' && tok(j).start == tok(j - 1).end && isLegalSuffix(j - 1)
            && textIs(tok(j + 1).folded(), u",") && isLegalSuffix(j + 2))
            ++j;
        while (j + 1 < s.endToken && textIs(tok(j).folded(), u",") && isLegalSuffix(j + 1)) {
            j += 2;
            if (j < s.endToken && tok(j).start == tok(j - 1).end && firstChar(tok(j)) == u'.')
                ++j;
        }
        // "Commission européenne", "Parlement européen": a type word and its
        // lower-case nationality adjective.
        if (j < s.endToken && adjacent(j - 1, j) && tok(j).kind == Token::Word && !tok(j).capitalized
            && lexIs(j, Lexicons::Demonym)) {
            const Lexicons::NameWord *nw = nameWordAt(j - 1);
            if (nw && nw->type == EntityType::Organization)
                ++j;
        }
        // A lone stopword, calendar word, nationality or joiner ("The",
        // "Mardi", "French", "De") is a word addCapitalizedCandidate() would
        // trim whole (its first trimming test: keep the two in step): most
        // capitalized words open a sentence, and many of those are such words.
        if (j == i + 1 && tok(i).kind == Token::Word && (isNoiseWord(i) || isJoiner(i)))
            return j;
        addCapitalizedCandidate(i, j, sIndex);
        return j;
    }

    // m_lex.isPlace() of the folded tokens [first, end) joined by single
    // spaces. A place of several words is looked up (and its key built) only
    // from a word that starts one: its first word is the first token's folded
    // form, as tokens hold no space.
    // Asked of every candidate, most of which start no place: the flags
    // inline, the key built apart.
    Q_ALWAYS_INLINE bool isPlaceRun(int first, int end) const
    {
        if (end - first == 1)
            return lexIs(first, Lexicons::Place);
        if (end <= first || !lexIs(first, Lexicons::PlaceStart))
            return false;
        return isPlaceKey(first, end);
    }
    bool isPlaceKey(int first, int end) const
    {
        qsizetype length = end - first - 1;
        for (int k = first; k < end; ++k)
            length += tok(k).folded().size();
        QString key(length, Qt::Uninitialized);
        QChar *d = key.data();
        for (int k = first; k < end; ++k) {
            if (k > first)
                *d++ = u' ';
            const QString &w = tok(k).folded();
            d = std::copy(w.constBegin(), w.constEnd(), d);
        }
        return m_lex.isPlace(key);
    }

    bool isSentenceInitial(int i, const Sentence &s) const
    {
        if (i == s.firstToken)
            return true;
        // After an opening quote, a dash or a colon at the start ("— Le groupe").
        if (i - s.firstToken > 8)
            return false;
        for (int k = s.firstToken; k < i; ++k) {
            if (tok(k).kind == Token::Word || tok(k).kind == Token::Number)
                return false;
        }
        return true;
    }

    void addCapitalizedCandidate(int first, int end, int sIndex)
    {
        const Sentence &s = m_doc.sentences.at(sIndex);
        Votes votes{};
        const int untrimmedFirst = first; // the key of the whole sequence is built only when needed
        const int untrimmedEnd = end;
        bool strippedRole = false;
        // Trim words that are not part of the name: "Selon", "CEO", "Mardi".
        while (first < end) {
            const Token &t = tok(first);
            const bool title = isTitleAt(first);
            // "General", "Senior", "Executive" are roles only next to one.
            const bool role = lexIs(first, Lexicons::Role)
                              && (!isWeakRole(t.folded()) || strippedRole
                                  || (first + 1 < end && lexIs(first + 1, Lexicons::Role)));
            strippedRole = role;
            if (title || role) {
                votes[typeIndex(EntityType::Person)] += title ? TitleWeight : CueWeight;
                ++first;
                continue;
            }
            if ((t.kind != Token::Word && !isDigitNameStart(first, end)) || isNoiseWord(first) || isJoiner(first)
                || (isSentenceInitial(first, s) && !t.allCaps && inLowerVocabulary(t)
                    && end - first >= 1 && !lexIs(first, Lexicons::FirstName))) {
                ++first;
                continue;
            }
            break;
        }
        while (end > first) {
            const Token &t = tok(end - 1);
            if ((t.kind == Token::Word
                 && (lexIs(end - 1, Lexicons::Calendar) || (lexIs(end - 1, Lexicons::Role) && !isWeakRole(t.folded()))
                     || isJoiner(end - 1) || (end - 1 == first && isNoiseWord(end - 1))
                     || (lexIs(end - 1, Lexicons::Stopword) && t.end - t.start >= 2 && m_text[t.start + 1].isUpper()
                         && !nameWordAt(end - 1))))
                || (t.kind == Token::Punct))
                --end;
            else
                break;
        }
        // Role words in the middle split the sequence ("Microsoft CEO Satya Nadella").
        for (int k = first + 1; k < end; ++k) {
            if (lexIs(k, Lexicons::Role) && !isWeakRole(tok(k).folded()) && tok(k).capitalized) {
                addCapitalizedCandidate(first, k, sIndex);
                addCapitalizedCandidate(k, end, sIndex);
                return;
            }
        }
        if (first >= end || end - first > 7)
            return;
        if (isPlaceRun(first, end) || inPlaceContext(first, end, s))
            return;
        if ((first != untrimmedFirst || end != untrimmedEnd) && isPlaceRun(untrimmedFirst, untrimmedEnd))
            return;
        if (end - first == 1) {
            const Token &t = tok(first);
            if (t.end - t.start < 2 || lexIs(first, Lexicons::Title))
                return;
            // "His Father, …", "A Partner at the firm": a role or a kind of
            // person capitalized alone is a common noun, not a name.
            if (!t.allCaps && (lexIs(first, Lexicons::Role) || kindNounAt(first) == EntityType::Person))
                return;
            // A legal form or industry word alone ("Inc.", "Telecom") is a
            // piece of a name, not a name.
            const Lexicons::NameWord *nw = nameWordAt(first);
            if (isLegalSuffix(first) || (nw && nw->type == EntityType::Company && nw->position == Lexicons::NameWord::Last))
                return;
            if (isSentenceInitial(first, s) && !t.allCaps && inLowerVocabulary(t))
                return;
            // A lone capitalized word opening a sentence is a name only if the
            // text capitalizes it elsewhere too, or it looks like one ("IBM",
            // "eBay"), or a cue says so.
            const bool looksLikeName = (t.allCaps && t.end - t.start <= 4) || hasInnerCapital(t);
            const bool cued = std::any_of(votes.begin(), votes.end(), [](int v) { return v > 0; });
            // "Steve founded …": a known first name opening a clause is a name.
            const bool firstNameSubject = lexIs(first, Lexicons::FirstName) && end < s.endToken
                && tok(end).kind == Token::Word && !tok(end).capitalized;
            if (isSentenceInitial(first, s) && !looksLikeName && !cued && !firstNameSubject
                && !capitalizedInside(t))
                return;
        }
        if (isRoundOrPeriodLabel(first, end))
            return;
        if (isCapitalizedPost(first, end))
            return;
        // A leading country code or nationality before a name ("US Justice
        // Department", "French Finance Ministry") is dropped; a town opening a
        // name stays ("Lagos Heart Institute", "Boston Dynamics").
        if (end - first >= 2
            && ((tok(first).allCaps && lexIs(first, Lexicons::Place)) || lexIs(first, Lexicons::Demonym)))
            ++first;

        Candidate c;
        c.first = first;
        c.end = end;
        c.sentence = sIndex;
        c.votes = votes;
        typeCandidate(c);
        m_candidates.push_back(c);
    }

    // "Regional Sales Manager", "Paediatric Oncologist": capitalized words
    // closed by a noun for a kind of person name a post, not someone. A
    // given name opening it ("Gareth Player"), a type word inside or a
    // joiner ("Breck & Son") keeps it a name.
    bool isCapitalizedPost(int first, int end) const
    {
        if (end - first < 2)
            return false;
        const Token &head = tok(end - 1);
        if (head.allCaps || kindNounAt(end - 1) != EntityType::Person || lexIs(first, Lexicons::FirstName))
            return false;
        for (int k = first; k < end; ++k) {
            const Token &t = tok(k);
            if (t.kind != Token::Word || !t.capitalized || t.allCaps || nameWordAt(k))
                return false;
        }
        return true;
    }

    // "-based" (or "-" "based") at token k of sentence s. Asked after
    // every candidate: inline.
    Q_ALWAYS_INLINE bool basedAt(int k, const Sentence &s) const
    {
        if (k >= s.endToken)
            return false;
        const QString &f = tok(k).folded();
        if (textIs(f, u"-based") || textIs(f, u"\u2013based"))
            return true;
        return (textIs(f, u"-") || textIs(f, u"\u2013")) && k + 1 < s.endToken && textIs(tok(k + 1).folded(), u"based");
    }

    // "based in X", "born in X", "basée à X", "in X, Texas": X is a place
    // unless a type word inside it says otherwise.
    // (Asked of nearly every candidate: the tests most answer by, inline.)
    Q_ALWAYS_INLINE bool inPlaceContext(int first, int end, const Sentence &s) const
    {
        // "a Springfield-based company", "Halvorsen County, Ohio-based firm".
        // (Both tests need a NameFollower word at `end`: most candidates have none.)
        if (end < s.endToken && lexIs(end, Lexicons::NameFollower)
            && (basedAt(end, s)
                || (end + 2 < s.endToken && textIs(tok(end).folded(), u",") && isCapWord(end + 1) && basedAt(end + 2, s))))
            return true;
        if (first - 2 < s.firstToken)
            return false;
        for (int k = first; k < end; ++k) {
            if (nameWordAt(k))
                return false;
        }
        return inPlaceContextAfter(first, end, s);
    }
    // inPlaceContext() past its first tests: what precedes the name.
    bool inPlaceContextAfter(int first, int end, const Sentence &s) const
    {
        // "headquartered in Guangzhou, Quanlin, and …": a region named after a
        // place, closed by punctuation, is a place too.
        if (textIs(tok(first - 1).folded(), u",") && isCapWord(first - 2)
            && (end >= s.endToken || textIs(tok(end).folded(), u",") || textIs(tok(end).folded(), u"."))) {
            int r = first - 2;
            while (r - 1 >= s.firstToken && first - r < 4 && isCapWord(r - 1))
                --r;
            if (isPlaceRun(r, first - 1) || inPlaceContext(r, first - 1, s))
                return true;
        }
        const QString &prep = tok(first - 1).folded();
        if (!textIs(prep, u"in") && !textIs(prep, u"a") && !textIs(prep, u"near") && !textIs(prep, u"pres")
            && !textIs(prep, u"to") && !textIs(prep, u"at") && !textIs(prep, u"from"))
            return false;
        static const QSet<QString> placeVerbs = [] {
            QSet<QString> v;
            for (const char *w : {"based", "headquartered", "born", "located", "raised", "grew", "moved", "lives",
                                  "lived", "died", "situated", "basee", "base", "installee", "installe", "ne", "nee",
                                  "situee", "situe", "implantee", "implante", "headquarters", "offices", "office"})
                v.insert(QString::fromLatin1(w));
            return v;
        }();
        if (placeVerbs.contains(tok(first - 2).folded())
            && (textIs(prep, u"in") || textIs(prep, u"a") || textIs(prep, u"pres")))
            return true;
        // "in Springfield, Ohio", "licensed to Denton, Texas": a place followed
        // by a known region (not "sold to X, France's biggest …").
        if ((textIs(prep, u"in") || textIs(prep, u"to") || textIs(prep, u"at") || textIs(prep, u"from")
                || textIs(prep, u"near"))
            && end + 1 < s.endToken && textIs(tok(end).folded(), u",") && isCapWord(end + 1)) {
            const auto closes = [&](int k) {
                return k >= s.endToken || textIs(tok(k).folded(), u",") || textIs(tok(k).folded(), u".")
                    || textIs(tok(k).folded(), u";");
            };
            if (lexIs(end + 1, Lexicons::Place) && (textIs(prep, u"in") || closes(end + 2)))
                return true;
            if (end + 2 < s.endToken && isCapWord(end + 2))
                return isPlaceRun(end + 1, end + 3) && (textIs(prep, u"in") || closes(end + 3));
        }
        return false;
    }

    void typeCandidate(Candidate &c)
    {
        const int n = c.end - c.first;
        bool digits = false;
        bool titleCase = true;
        int wordCount = 0;
        bool ampersand = false; // "Morgan Hale & Ruck": two surnames joined make a firm
        for (int k = c.first; k < c.end; ++k) {
            const Token &t = tok(k);
            wordCount += t.kind == Token::Word ? 1 : 0;
            ampersand = ampersand || (t.kind == Token::Punct && firstChar(t) == u'&');
            if (t.kind == Token::Number)
                digits = true;
            if (t.kind != Token::Word || t.allCaps || hasInnerCapital(t) || !t.capitalized)
                titleCase = false;
            if (titleCase && t.form) {
                titleCase = t.form->plainInner; // the test below, made once per form
                continue;
            }
            for (int p = t.start + 1; p < t.end && titleCase; ++p) {
                const QChar ch = m_text[p];
                if (ch.isUpper() && m_text[p - 1] != u'-' && m_text[p - 1] != u'\'')
                    titleCase = false; // "DeepMind", "LeRobot"
                if (ch.isDigit() || ch == u'.')
                    titleCase = false;
            }
        }
        const Lexicons::NameWord *last = nameWordAt(c.end - 1);
        if (last && last->position != Lexicons::NameWord::First && n >= 2)
            c.votes[typeIndex(last->type)] += NameWordWeight;
        const Lexicons::NameWord *first = nameWordAt(c.first);
        if (first && first->position != Lexicons::NameWord::Last && n >= 2)
            c.votes[typeIndex(first->type)] += NameWordWeight;
        for (int k = c.first + 1; k + 1 < c.end; ++k) {
            const Lexicons::NameWord *mid = nameWordAt(k);
            if (mid && mid->position == Lexicons::NameWord::Any)
                c.votes[typeIndex(mid->type)] += NameWordWeight;
        }
        if (lexIs(c.first, Lexicons::FirstName)) {
            if (wordCount >= 2 && wordCount <= 4 && !digits && !last && !ampersand)
                c.votes[typeIndex(EntityType::Person)] += FirstNameWeight;
            if (n == 1 && !tok(c.first).allCaps)
                c.firstNameOnly = true;
        }
        // Cues on the left: "la start-up X", "M. X", "son modèle X", and past
        // a nationality: "la jeune pousse parisienne X", "the Swedish firm X".
        const Sentence &s = m_doc.sentences.at(c.sentence);
        int cueEnd = c.first;
        if (cueEnd - 1 > s.firstToken && tok(cueEnd - 1).kind == Token::Word && !tok(cueEnd - 1).capitalized
            && lexIs(cueEnd - 1, Lexicons::Demonym))
            --cueEnd;
        // "le logiciel de comptabilité X", "la plateforme de paiement X": a
        // French cue noun and its complement.
        else if (textIs(m_doc.language, u"fr") && cueEnd - 3 > s.firstToken && tok(cueEnd - 1).kind == Token::Word
                 && !tok(cueEnd - 1).capitalized && (textIs(tok(cueEnd - 2).folded(), u"de") || textIs(tok(cueEnd - 2).folded(), u"d'"))
                 && m_lex.info(tok(cueEnd - 3)).cuesBefore)
            cueEnd -= 2;
        // Cues of several words only if the word before can be their last
        // but one, of one word only if the word is one: most words closing
        // cues ("de", "of", "by") close only longer ones, and come after
        // none of their other words.
        const bool longerBefore = cueEnd - 2 >= s.firstToken && lexIs(cueEnd - 2, Lexicons::CueBeforeNext);
        if (cueEnd > s.firstToken && (longerBefore || lexIs(cueEnd - 1, Lexicons::CueBeforeAlone))) {
            if (const auto *cues = m_lex.info(tok(cueEnd - 1)).cuesBefore) {
                for (const Lexicons::Cue &cue : *cues) {
                    if (cue.words.size() > 1 && !longerBefore)
                        continue;
                    const int start = cueEnd - int(cue.words.size());
                    if (start < s.firstToken)
                        continue;
                    // (Its last word is the token's: the list's key.)
                    bool ok = true;
                    for (int k = 0; k + 1 < cue.words.size() && ok; ++k)
                        ok = textEquals(tok(start + k).folded(), cue.words.at(k));
                    if (ok) {
                        c.votes[typeIndex(cue.type)] += CueWeight;
                        break;
                    }
                }
            }
        }
        // Cues on the right: "X, the Paris-based company", "X said".
        for (int from = c.end; from <= c.end + 1; ++from) { // the next word, or the one past a comma
            if (from >= s.endToken)
                break;
            if (from == c.end + 1 && !textIs(tok(c.end).folded(), u","))
                break;
            // As on the left: cues of several words only if the next word
            // can be their second, of one word only if the word is one.
            const bool longer = from + 1 < s.endToken && lexIs(from + 1, Lexicons::CueAfterNext);
            if (!longer && !lexIs(from, Lexicons::CueAfterAlone))
                continue;
            if (const auto *cues = m_lex.info(tok(from)).cuesAfter) {
                bool found = false;
                for (const Lexicons::Cue &cue : *cues) {
                    if (cue.words.size() > 1 && !longer)
                        continue;
                    if (from + cue.words.size() > s.endToken)
                        continue;
                    // (Its first word is the token's: the list's key.)
                    bool ok = true;
                    for (int k = 1; k < cue.words.size() && ok; ++k)
                        ok = textEquals(tok(from + k).folded(), cue.words.at(k));
                    if (ok) {
                        c.votes[typeIndex(cue.type)] += CueWeight;
                        found = true;
                        break;
                    }
                }
                if (found)
                    break;
            }
        }
        // "Hamish R. Tolliver": a middle initial between two capitalized words.
        if (n >= 3 && tok(c.first).kind == Token::Word && tok(c.end - 1).kind == Token::Word && !last && !digits) {
            for (int k = c.first + 1; k + 1 < c.end; ++k) {
                const Token &t = tok(k);
                if (t.kind == Token::Word && t.end - t.start == 1 && m_text[t.start].isUpper()
                    && tok(k + 1).start == t.end && m_text[tok(k + 1).start] == u'.') {
                    c.votes[typeIndex(EntityType::Person)] += FirstNameWeight;
                    break;
                }
            }
        }
        // "Renato di Calvi", "Anke van Rijn": a lower-case surname particle
        // inside a name without type words ("de" only in English text, as
        // French company names use it).
        if (n >= 3 && !last && !first && !digits) {
            for (int k = c.first + 1; k + 1 < c.end; ++k) {
                if (tok(k).kind == Token::Word && !tok(k).capitalized && isParticle(k) && !nameWordAt(k + 1)
                    && (textIs(m_doc.language, u"en")
                        || (!textIs(tok(k).folded(), u"de") && !textIs(tok(k).folded(), u"da")))) {
                    c.votes[typeIndex(EntityType::Person)] += FirstNameWeight;
                    break;
                }
            }
        }
        // "chief executive officer Jane Roe", "co-founder Jane Roe": a
        // lower-case job title right before a name of two or more words.
        // "His father, Jane Roe," too: a kind of person and a comma.
        if (n >= 2 && !last && c.first > s.firstToken) {
            const Token &before = tok(c.first - 1);
            if (before.kind == Token::Word && !before.capitalized && lexIs(c.first - 1, Lexicons::Role)
                && !isWeakRole(before.folded()))
                c.votes[typeIndex(EntityType::Person)] += CueWeight;
            if (textIs(before.folded(), u",") && c.first - 1 > s.firstToken) {
                const Token &noun = tok(c.first - 2);
                if (noun.kind == Token::Word && !noun.allCaps
                    && (kindNounAt(c.first - 2) == EntityType::Person
                        || (lexIs(c.first - 2, Lexicons::Role) && !isWeakRole(noun.folded()))))
                    c.votes[typeIndex(EntityType::Person)] += CueWeight;
            }
        }
        // The tests down to definitionType() all ask for a NameFollower word
        // right after the name; most candidates have none, and are past them
        // at one bit.
        std::optional<EntityType> defined;
        if (c.end < s.endToken && lexIs(c.end, Lexicons::NameFollower))
            defined = typeByFollower(c, s);
        if (defined)
            c.votes[typeIndex(*defined)] += TitleWeight;
        // "Odile was formerly chief executive of Y", "my husband Odile": a
        // lone given name defined as a person, or named after a person noun,
        // is someone ("the investor Jade" is not: firms invest too).
        if (n == 1 && c.firstNameOnly) {
            bool person = defined == EntityType::Person;
            if (!person && c.first > s.firstToken) {
                const Token &before = tok(c.first - 1);
                person = before.kind == Token::Word && !before.capitalized && !isSharedPost(before.folded())
                    && (kindNounAt(c.first - 1) == EntityType::Person
                        || (lexIs(c.first - 1, Lexicons::Role) && !isWeakRole(before.folded())));
            }
            if (person) {
                c.agent = true;
                c.votes[typeIndex(EntityType::Person)] += FirstNameWeight;
            }
        }
        // "X ... . She ..." or "X, he said": a personal pronoun right after.
        if (n >= 2 && n <= 3 && personPronounFollows(c, s))
            c.votes[typeIndex(EntityType::Person)] += CueWeight;
        // "Eagle Rock Entertainment": an industry word at the end wins over
        // person cues unless the name opens with a given name.
        if (n >= 2 && last && last->type == EntityType::Company && last->position != Lexicons::NameWord::First
            && !lexIs(c.first, Lexicons::FirstName))
            c.votes[typeIndex(EntityType::Company)] += NameWordWeight;
        // "Matt established X": a lone given name as the agent of a strong verb.
        if (n == 1 && c.firstNameOnly && c.end < s.endToken && agentVerbAt(c.end, s)) {
            c.agent = true;
            c.votes[typeIndex(EntityType::Person)] += FirstNameWeight;
        }
        if (n == 1 && (tok(c.first).allCaps || hasInnerCapital(tok(c.first)) || titleCaseInner(c.first)))
            c.votes[typeIndex(EntityType::Person)] = 0; // "CMA said", "OpenAI said"
        if (n == 1) {
            // "Commission", "Senate": a type word alone.
            const Lexicons::NameWord *only = nameWordAt(c.first);
            if (only && only->type == EntityType::Organization)
                c.votes[typeIndex(EntityType::Organization)] += NameWordWeight;
        }
        if (digits)
            c.votes[typeIndex(EntityType::Product)] += DefaultGuess;
        // "iPhone", "iMac": products far more often than companies.
        if (n == 1 && hasInnerCapital(tok(c.first)))
            c.votes[typeIndex(EntityType::Product)] += CueWeight;
        // "Microsoft's Bing": a capitalized name owned by the name before.
        if (c.first >= s.firstToken + 2 && textIs(tok(c.first - 1).folded(), u"'s") && n == 1
            && !lexIs(c.first, Lexicons::FirstName))
            c.votes[typeIndex(EntityType::Product)] += CueWeight;
        const bool anyVote = std::any_of(c.votes.begin(), c.votes.end(), [](int v) { return v > 0; });
        if (!anyVote) {
            // Resolved later from how the text refers to it; a company until then.
            c.guessed = n >= 2 && n <= 3 && titleCase;
            c.votes[typeIndex(EntityType::Company)] += DefaultGuess;
        }
    }

    // typeCandidate()'s tests of the word right after the name (a
    // NameFollower word): votes into c, and what definitionType() says.
    std::optional<EntityType> typeByFollower(Candidate &c, const Sentence &s) const
    {
        // "X (Swahili: …, born 1950)": "born" anywhere in a parenthesis after X.
        if (c.end + 2 < s.endToken && textIs(tok(c.end).folded(), u"(")) {
            for (int k = c.end + 2; k < s.endToken && k < c.end + 14 && !textIs(tok(k).folded(), u")"); ++k) {
                if (textIs(tok(k).folded(), u"born") || textIs(tok(k).folded(), u"nee")
                    || textIs(tok(k).folded(), u"ne")) {
                    c.votes[typeIndex(EntityType::Person)] += TitleWeight;
                    break;
                }
            }
        }
        // "X was born", "X est née", "X died": verbs only people take.
        if (c.end + 1 < s.endToken) {
            const QString &v1 = tok(c.end).folded();
            const QString &v2 = tok(c.end + 1).folded();
            if (((textIs(v1, u"was") || textIs(v1, u"is") || textIs(v1, u"est"))
                    && (textIs(v2, u"born") || textIs(v2, u"ne") || textIs(v2, u"nee")))
                || textIs(v1, u"died") || textIs(v1, u"retired") || textIs(v1, u"graduated") || textIs(v1, u"studied")
                || textIs(v1, u"married") || (textIs(v1, u"passed") && textIs(v2, u"away"))
                || (textIs(v1, u"served") && textIs(v2, u"as"))
                || (textIs(v1, u"worked") && (textIs(v2, u"as") || textIs(v2, u"at") || textIs(v2, u"for"))))
                c.votes[typeIndex(EntityType::Person)] += TitleWeight;
        }
        // "X (born 1955)", "X (née Roe)": a person.
        if (c.end + 1 < s.endToken && textIs(tok(c.end).folded(), u"(")) {
            const QString &w = tok(c.end + 1).folded();
            if (textIs(w, u"born") || textIs(w, u"nee") || textIs(w, u"ne"))
                c.votes[typeIndex(EntityType::Person)] += TitleWeight;
        }
        // "X is an American businessman", "X, a software company,".
        return definitionType(c, s);
    }

    // A strong verb at k, after "also"/"later"/"then", its hyphenated pieces
    // glued back ("co" "-" "founded").
    bool agentVerbAt(int k, const Sentence &s) const
    {
        // "Steve has also worked", "Hamish avait fondé": auxiliaries and adverbs.
        while (k < s.endToken
            && (textIs(tok(k).folded(), u"also") || textIs(tok(k).folded(), u"later")
                || textIs(tok(k).folded(), u"then") || textIs(tok(k).folded(), u"has")
                || textIs(tok(k).folded(), u"had") || textIs(tok(k).folded(), u"a") || textIs(tok(k).folded(), u"avait")
                || textIs(tok(k).folded(), u"aussi")))
            ++k;
        if (k >= s.endToken)
            return false;
        if (textIs(tok(k).folded(), u"set") && k + 1 < s.endToken && textIs(tok(k + 1).folded(), u"up"))
            return true; // "Steve set up X"
        QString word = tok(k).folded();
        for (int j = k + 1; j < s.endToken && j < k + 3 && tok(j).start == tok(j - 1).end; ++j)
            word += tok(j).folded();
        return isAgentVerb(tok(k).folded()) || isAgentVerb(word);
    }

    // Posts companies hold too: investors, partners and owners.
    static bool isSharedPost(const QString &f)
    {
        return textIs(f, u"investor") || textIs(f, u"investisseur") || textIs(f, u"partner") || textIs(f, u"partenaire")
            || textIs(f, u"associate") || textIs(f, u"associe") || textIs(f, u"fellow") || textIs(f, u"shareholder")
            || textIs(f, u"actionnaire") || textIs(f, u"backer") || textIs(f, u"owner") || textIs(f, u"proprietaire");
    }

    // What "X is an American businessman" / "X, a software company" says X is.
    // (Asked of every candidate, most of which are followed by neither: the
    // tests that say so inline.)
    Q_ALWAYS_INLINE std::optional<EntityType> definitionType(const Candidate &c, const Sentence &s) const
    {
        int k = c.end;
        bool comma = false;
        if (k < s.endToken && textIs(tok(k).folded(), u",")) {
            comma = true;
            ++k;
        }
        if (k >= s.endToken)
            return std::nullopt;
        const QString &verb = tok(k).folded();
        const bool copula
            = textIs(verb, u"is") || textIs(verb, u"was") || textIs(verb, u"est") || textIs(verb, u"etait");
        // Without a comma or a copula, French "X a racheté" would read as an article.
        if (!copula && !comma)
            return std::nullopt;
        return definitionAfter(c, s, k, comma, copula);
    }
    // definitionType() past the comma or copula at k.
    std::optional<EntityType> definitionAfter(const Candidate &c, const Sentence &s, int k, bool comma, bool copula) const
    {
        if (copula) {
            ++k;
            // "X is now the chief executive", "X was formerly chief executive".
            while (k < s.endToken
                   && (textIs(tok(k).folded(), u"formerly") || textIs(tok(k).folded(), u"previously")
                       || textIs(tok(k).folded(), u"now") || textIs(tok(k).folded(), u"currently")
                       || textIs(tok(k).folded(), u"also")))
                ++k;
            // A job title with no article: "X was formerly chief executive of Y".
            // Weak roles only before a strong one ("chief executive"), and
            // not posts companies hold ("X is lead investor").
            if (k + 1 < s.endToken && tok(k).kind == Token::Word && !tok(k).capitalized && lexIs(k, Lexicons::Role)
                && !isSharedPost(tok(k).folded())
                && (!isWeakRole(tok(k).folded())
                    || (tok(k + 1).kind == Token::Word && !isSharedPost(tok(k + 1).folded())
                        && (kindNounAt(k + 1) == EntityType::Person
                            || (lexIs(k + 1, Lexicons::Role) && !isWeakRole(tok(k + 1).folded()))))))
                return EntityType::Person;
        }
        if (k >= s.endToken)
            return std::nullopt;
        const QString &article = tok(k).folded();
        // "X, its chief executive," / "X, son directeur général,": an
        // apposition naming the post X holds somewhere; only a job or a
        // person noun counts ("X, its parent company," says nothing of X).
        const bool post = comma && !copula
            && (textIs(article, u"its") || textIs(article, u"their") || textIs(article, u"his")
                || textIs(article, u"her") || textIs(article, u"son") || textIs(article, u"sa")
                || textIs(article, u"leur"));
        if (!post && !textIs(article, u"a") && !textIs(article, u"an") && !textIs(article, u"un")
            && !textIs(article, u"une")
            && !(copula && (textIs(article, u"the") || textIs(article, u"le") || textIs(article, u"la"))))
            return std::nullopt;
        for (++k; k < s.endToken && k < c.end + 10; ++k) {
            const Token &t = tok(k);
            if (t.kind != Token::Word)
                break;
            const QString &f = t.folded();
            if (post) {
                if (isSharedPost(f))
                    return std::nullopt;
                if (kindNounAt(k) == EntityType::Person || lexIs(k, Lexicons::Role))
                    return EntityType::Person;
                if (kindNounAt(k))
                    return std::nullopt;
                continue;
            }
            if (const auto type = kindNounAt(k))
                return type;
            // "X is the chief financial officer of Y": a job title defines a person.
            if (lexIs(k, Lexicons::Role) && !isWeakRole(f))
                return EntityType::Person;
            if (textIs(f, u"of") || textIs(f, u"who") || textIs(f, u"that") || textIs(f, u"which") || textIs(f, u"in")
                || textIs(f, u"from") || textIs(f, u"with") || textIs(f, u"for") || textIs(f, u"de")
                || textIs(f, u"qui") || textIs(f, u"du") || textIs(f, u"des"))
                break;
        }
        return std::nullopt;
    }

    // "Jane Roe joined in 2010. She ...", "Jane Roe, he said": a personal pronoun
    // opening the next sentence (when the name opens its own) or after a comma.
    bool personPronounFollows(const Candidate &c, const Sentence &s) const
    {
        auto isPronoun = [&](int k) {
            const QString &f = tok(k).folded();
            return tok(k).kind == Token::Word && (textIs(f, u"he") || textIs(f, u"she") || textIs(f, u"his"));
        };
        if (c.end + 1 < s.endToken && textIs(tok(c.end).folded(), u",") && isPronoun(c.end + 1))
            return true;
        if (!isSentenceInitial(c.first, s) || c.sentence + 1 >= m_doc.sentences.size())
            return false;
        const Sentence &next = m_doc.sentences.at(c.sentence + 1);
        for (int k = next.firstToken; k < next.endToken && k < next.firstToken + 3; ++k) {
            if (tok(k).kind == Token::Word)
                return isPronoun(k);
        }
        return false;
    }

    // A hash of a candidate's folded words: what hashing their joined key
    // would tell apart, without joining them. Word by word (each word's
    // foldedWordHash, which a token's form already holds, mixed into the
    // hash of the words before), so that the hash of a prefix of a list is a
    // step on the way to the list's own. Matches are checked word by word.
    static quint64 wordsHashStart() { return 0xcbf29ce484222325ull; }
    static quint64 wordsHashAdd(quint64 h, quint64 wordHash)
    {
        h = (h ^ wordHash) * 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 32);
    }
    static quint64 wordsHashAdd(quint64 h, const QString &w) { return wordsHashAdd(h, foldedWordHash(w)); }

    // a's words from `aFrom` joined by single spaces equal b's from `bFrom`
    // joined the same way (what comparing the joined keys tells, without
    // building them).
    static bool joinedEqual(const Words &a, qsizetype aFrom, const Words &b, qsizetype bFrom)
    {
        const auto joinedSize = [](const Words &l, qsizetype from) {
            qsizetype n = l.size() - from - 1;
            for (qsizetype k = from; k < l.size(); ++k)
                n += l.at(k).size();
            return n;
        };
        if (joinedSize(a, aFrom) != joinedSize(b, bFrom))
            return false;
        // Both as one run of units, word after word with a space between.
        const qsizetype length = joinedSize(a, aFrom);
        qsizetype aw = aFrom, ai = 0, bw = bFrom, bi = 0;
        const auto next = [](const Words &l, qsizetype &w, qsizetype &i) -> char16_t {
            const QString &word = l.at(w);
            if (i < word.size())
                return word.at(i++).unicode();
            ++w; // past the word: the space before the next one
            i = 0;
            return u' ';
        };
        for (qsizetype k = 0; k < length; ++k) {
            if (next(a, aw, ai) != next(b, bw, bi))
                return false;
        }
        return true;
    }

    // a equals the first `count` words of b.
    static bool samePrefix(const Words &a, const Words &b, qsizetype count)
    {
        if (a.size() != count || b.size() < count)
            return false;
        for (qsizetype k = 0; k < count; ++k) {
            if (!textEquals(a.at(k), b.at(k)))
                return false;
        }
        return true;
    }

    // The hash of the folded words of tokens [first, end) (wordsHashAdd over
    // each), whether a list holds those words, and the list.
    quint64 spanHash(int first, int end) const
    {
        quint64 h = wordsHashStart();
        for (int k = first; k < end; ++k) {
            const Token &t = tok(k);
            // The form's folded entry holds the word's hash (foldedWordHash of the same text).
            h = t.form && t.form->foldedEntry ? wordsHashAdd(h, t.form->foldedEntry->wordHash)
                                              : wordsHashAdd(h, t.folded());
        }
        return h;
    }
    bool sameAsSpan(const Words &words, int first, int end) const
    {
        if (words.size() != end - first)
            return false;
        for (int k = first; k < end; ++k) {
            if (!words.isFoldedOf(k - first, tok(k)))
                return false;
        }
        return true;
    }
    Words spanWords(int first, int end) const { return Words(m_tokens + first, end - first); }

    void groupCandidates()
    {
        // Groups by a hash of their words, chained through sameHash (by group
        // index): equal word lists are equal joined keys, so the key is joined
        // once per group instead of once per candidate to look it up.
        GroupIndex &byHash = m_buf.byWords;
        byHash.reset(qsizetype(m_candidates.size()));
        QVarLengthArray<int, 64> sameHash;
        // By gazetteer entry: at most two lists (the user's, the shipped one).
        GroupIndex &byEntry = m_buf.byEntry;
        byEntry.reset(qsizetype(m_candidates.size()));
        const auto entryKey = [&](const Candidate &c) {
            return (quint64(quint32(c.entry)) << 1) | (c.gazetteer == m_known ? 1u : 0u);
        };
        m_groups.reserve(m_candidates.size()); // at most one group per candidate
        for (int ci = 0; ci < int(m_candidates.size()); ++ci) {
            const Candidate &c = m_candidates[ci];
            int g = -1;
            // (Each table's slot is found once, inserted as -1 if absent,
            // and set when the group is made: the tables never move.)
            if (c.gazetteer) {
                int &slot = byEntry(entryKey(c), -1);
                if (slot < 0) {
                    slot = int(m_groups.size());
                    Group &grp = m_groups.emplace_back(); // reserved: made in place
                    grp.gazetteer = c.gazetteer;
                    grp.entry = c.entry;
                    grp.firstNameOnly = false;
                    grp.guessed = false;
                    grp.words = Words(&c.gazetteer->entry(c.entry).words);
                }
                g = slot;
            } else {
                const quint64 h = spanHash(c.first, c.end);
                int &head = byHash(h, -1);
                g = head;
                while (g >= 0 && !sameAsSpan(m_groups[g].words, c.first, c.end))
                    g = sameHash[g];
                if (g < 0) {
                    g = int(m_groups.size());
                    Group &grp = m_groups.emplace_back(); // reserved: made in place
                    grp.words = spanWords(c.first, c.end);
                    grp.keyLength = c.end - c.first - 1;
                    for (int k = c.first; k < c.end; ++k)
                        grp.keyLength += tok(k).folded().size();
                    grp.hash = h;
                    while (sameHash.size() < g) // gazetteer groups: never chained
                        sameHash.append(-1);
                    sameHash.append(head);
                    head = g;
                }
            }
            Group &grp = m_groups[g];
            grp.candidates.append(ci);
            addVotes(grp.votes, c.votes);
            if (!c.firstNameOnly)
                grp.firstNameOnly = false;
            if (c.agent)
                grp.agent = true;
            if (!c.guessed)
                grp.guessed = false;
        }
    }

    EntityType groupType(const Group &g) const
    {
        if (g.gazetteer)
            return g.gazetteer->entry(g.entry).type;
        // The first type with the most votes, Company on a tie with it. The
        // running maximum is kept in a register (asked of every group in
        // several passes, the loop reloaded votes[best] at each step).
        const Votes &v = g.votes;
        int best = typeIndex(EntityType::Company);
        int top = v[size_t(best)];
        const auto consider = [&](int t) {
            if (v[size_t(t)] > top) {
                best = t;
                top = v[size_t(t)];
            }
        };
        // Written out: the compiler kept the four steps a loop.
        static_assert(std::tuple_size_v<Votes> == 4);
        consider(0);
        consider(1);
        consider(2);
        consider(3);
        return static_cast<EntityType>(best);
    }

    int root(int g) const
    {
        while (m_groups[g].mergedInto >= 0)
            g = m_groups[g].mergedInto;
        return g;
    }

    void merge(int from, int into)
    {
        from = root(from);
        into = root(into);
        if (from == into)
            return;
        m_groups[from].mergedInto = into;
        m_groups[into].candidates.append(m_groups[from].candidates.constData(), m_groups[from].candidates.size());
        if (!m_groups[into].gazetteer) {
            addVotes(m_groups[into].votes, m_groups[from].votes);
        }
    }

    int firstPosition(const Group &g) const { return m_candidates[g.candidates.first()].first; }

    static bool isSuffixWord(const QString &f)
    {
        // "ai", "labs", "lab", "inc", "corp", "corporation", "co", "ltd",
        // "llc", "plc", "gmbh", "ag", "sa", "sas", "technologies",
        // "technology", "systems", "robotics", "software", "networks",
        // "holdings", "group", "groupe", "capital", "ventures", "venture",
        // "partners", "management", "products", "inc.", "global": by
        // length, compared inline (a set cost a string hash per word).
        switch (f.size()) {
        case 2:
            return textIs(f, u"ai") || textIs(f, u"co") || textIs(f, u"ag") || textIs(f, u"sa");
        case 3:
            return textIs(f, u"lab") || textIs(f, u"inc") || textIs(f, u"ltd") || textIs(f, u"llc") || textIs(f, u"plc")
                || textIs(f, u"sas");
        case 4:
            return textIs(f, u"labs") || textIs(f, u"corp") || textIs(f, u"gmbh") || textIs(f, u"inc.");
        case 5:
            return textIs(f, u"group");
        case 6:
            return textIs(f, u"groupe") || textIs(f, u"global");
        case 7:
            return textIs(f, u"systems") || textIs(f, u"capital") || textIs(f, u"venture");
        case 8:
            return textIs(f, u"robotics") || textIs(f, u"software") || textIs(f, u"networks") || textIs(f, u"holdings")
                || textIs(f, u"ventures") || textIs(f, u"partners") || textIs(f, u"products");
        case 10:
            return textIs(f, u"technology") || textIs(f, u"management");
        case 11:
            return textIs(f, u"corporation");
        case 12:
            return textIs(f, u"technologies");
        default:
            return false;
        }
    }

    // Names typed by default: a person if the text also calls it by its last
    // word alone ("Rappaport"), a product if its first word is a company's
    // ("Mistral Large"), else a company.
    void resolveGuesses()
    {
        // Groups of one word, by the word's hash, chained through sameWord
        // (by group index, highest first): a table of the document's few
        // groups instead of a set of strings.
        const int n = int(m_groups.size());
        GroupIndex &byWord = m_buf.byEntry; // groupCandidates() is done with it
        byWord.reset(n);
        std::vector<int> &sameWord = m_buf.byGroup;
        sameWord.assign(size_t(n), -1);
        for (int o = 0; o < n; ++o) {
            if (m_groups[o].words.size() == 1) {
                int &head = byWord(m_groups[o].words.hashAt(0), -1);
                sameWord[o] = head;
                head = o;
            }
        }
        // The first group of one word that is word k of `words`, or -1.
        const auto single = [&](const Words &words, qsizetype k) {
            const QString &w = words.at(k);
            int first = -1;
            for (int o = byWord.value(words.hashAt(k), -1); o >= 0; o = sameWord[o]) {
                if (textEquals(m_groups[o].words.first(), w))
                    first = o;
            }
            return first;
        };
        for (Group &g : m_groups) {
            if (!g.guessed || g.gazetteer || g.words.size() < 2)
                continue;
            // "Mistral Large" beside "Mistral": a product of that company.
            const int o = single(g.words, 0);
            if (o >= 0 && groupType(m_groups[o]) == EntityType::Company && !m_groups[o].firstNameOnly) {
                g.votes[typeIndex(EntityType::Product)] += CueWeight;
                continue;
            }
            if (single(g.words, g.words.size() - 1) >= 0)
                g.votes[typeIndex(EntityType::Person)] += CueWeight;
        }
        // "with Jane Roe and Tavi Oyelaran": a name without evidence joined
        // to a person by "and" is one too (a comma is as often an apposition:
        // "founder Jane Roe, Tavi Oyelaran Ltd started …").
        // Only asked next to "and"/"et", so plain lists: filling them costs
        // less than hashing every person's mentions.
        QVarLengthArray<int, 32> startsAt;
        QVarLengthArray<int, 32> endsAt;
        for (int gi = 0; gi < int(m_groups.size()); ++gi) {
            const Group &o = m_groups[gi];
            if (o.guessed || groupType(o) != EntityType::Person || o.words.size() < 2)
                continue;
            for (int ci : o.candidates) {
                startsAt.append(m_candidates[ci].first);
                endsAt.append(m_candidates[ci].end);
            }
        }
        const auto listWord = [&](int k) {
            const QString &f = tok(k).folded();
            return textIs(f, u"and") || textIs(f, u"et");
        };
        for (Group &g : m_groups) {
            if (!g.guessed || g.gazetteer || g.words.size() < 2 || g.words.size() > 3
                || groupType(g) != EntityType::Company)
                continue;
            for (int ci : std::as_const(g.candidates)) {
                const Candidate &c = m_candidates[ci];
                const Sentence &s = m_doc.sentences.at(c.sentence);
                const bool before = c.first - 1 > s.firstToken && listWord(c.first - 1) && endsAt.contains(c.first - 1);
                const bool after = c.end + 1 < s.endToken && listWord(c.end) && startsAt.contains(c.end + 1);
                if (before || after) {
                    g.votes[typeIndex(EntityType::Person)] += NameWordWeight;
                    break;
                }
            }
        }
    }

    void resolveCoreference()
    {
        resolveGuesses();
        const int n = int(m_groups.size());
        // Person names (two words or more, typed now: later merges do not
        // change the list), matched by their last one or two words, or by
        // their first word. A document names a few: scans in group order (the
        // order the lists of a hash by name had) cost less than hashes.
        QVarLengthArray<int, 32> persons;
        for (int b = 0; b < n; ++b) {
            const Group &p = m_groups[b];
            if (p.words.size() >= 2 && groupType(p) == EntityType::Person)
                persons.append(b);
        }
        // A group's words joined by spaces (its key) against the last one or
        // two words of a person's name, compared without joining either.
        // (Lengths first: most differ.)
        const auto lastIs = [](const Words &w, const Group &key) {
            return w.last().size() == key.keyLength && joinedEqual(key.words, 0, w, w.size() - 1);
        };
        const auto lastTwoAre = [](const Words &w, const Group &key) {
            return w.at(w.size() - 2).size() + 1 + w.last().size() == key.keyLength
                && joinedEqual(key.words, 0, w, w.size() - 2);
        };
        for (int a = 0; a < n && !persons.isEmpty(); ++a) {
            const Group &g = m_groups[a];
            if (g.gazetteer || g.words.size() > 2)
                continue;
            // Made empty for each group (Qt 6.4's clear() reallocates).
            QVarLengthArray<int, 32> options;
            for (int b : persons) {
                const Words &w = m_groups[b].words;
                if (lastIs(w, g) || (w.size() >= 3 && lastTwoAre(w, g)))
                    options.append(b);
            }
            if (options.isEmpty() && g.words.size() == 1 && g.firstNameOnly) {
                for (int b : persons) {
                    if (textEquals(m_groups[b].words.first(), g.words.first()))
                        options.append(b);
                }
            }
            options.removeAll(a);
            if (options.isEmpty())
                continue;
            // The full name mentioned last before this one, else the first.
            int best = options.first();
            for (int b : options) {
                if (firstPosition(m_groups[b]) < firstPosition(g))
                    best = b;
            }
            merge(a, best);
        }
        // Short forms -> long forms: "Perplexity" -> "Perplexity AI". Looked
        // up by the hash of their words (Group::hash, a prefix of the long
        // form's hashed the same way) and checked word by word: the groups'
        // keys are distinct, so at most one matches, as in a table by key.
        GroupIndex &byHash = m_buf.byWords;
        byHash.reset(n);
        std::vector<int> &sameHash = m_buf.byGroup; // resolveGuesses() is done with it
        sameHash.assign(size_t(n), -1);
        for (int a = 0; a < n; ++a) {
            const Group &g = m_groups[a];
            if (g.mergedInto < 0 && !g.gazetteer
                && !(groupType(g) == EntityType::Person && g.words.size() > 1)) {
                int &head = byHash(g.hash, 0);
                sameHash[a] = head - 1;
                head = a + 1; // 0: none
            }
        }
        for (int b = 0; b < n; ++b) {
            const Group &l = m_groups[b];
            if (l.words.size() < 2 || l.mergedInto >= 0 || groupType(l) == EntityType::Person)
                continue;
            const bool organization = groupType(l) == EntityType::Organization;
            QVarLengthArray<quint64, 16> prefixHash; // made empty per group, as options above
            for (int k = int(l.words.size()) - 1; k >= 1; --k) {
                const QString &w = l.words.at(k);
                if (!isSuffixWord(w) && !(organization && m_lex.isDemonym(w)))
                    break;
                if (prefixHash.isEmpty()) {
                    quint64 h = wordsHashStart();
                    prefixHash.append(h);
                    for (qsizetype j = 0; j + 1 < l.words.size(); ++j) {
                        h = wordsHashAdd(h, l.words.hashAt(j));
                        prefixHash.append(h);
                    }
                }
                int a = byHash.value(prefixHash.at(k), 0) - 1;
                while (a >= 0 && !samePrefix(m_groups[a].words, l.words, k))
                    a = sameHash[a];
                if (a >= 0 && a != b && m_groups[a].mergedInto < 0)
                    merge(a, b);
            }
        }
        // Acronyms -> the name they abbreviate.
        const auto acronym = [&](const Group &g) {
            if (g.mergedInto >= 0 || g.gazetteer || g.words.size() != 1)
                return false;
            const Candidate &c = m_candidates[g.candidates.first()];
            return tok(c.first).allCaps && g.words.first().size() >= 2 && g.words.first().size() <= 8;
        };
        // Merging below only ever marks the acronym at hand, so whether any
        // group will ask is known now; without one the table is not built.
        if (std::none_of(m_groups.cbegin(), m_groups.cend(), acronym))
            return;
        // Names of two to eight words by the hash of their initials (the
        // foldedWordHash() of the initials joined, the words below skipped),
        // chained through sameInitials, highest first: no string per name.
        const auto skipped = [](const QString &w) {
            return textIs(w, u"of") || textIs(w, u"de") || textIs(w, u"du") || textIs(w, u"des") || textIs(w, u"and")
                || textIs(w, u"the") || textIs(w, u"la") || textIs(w, u"d'") || textIs(w, u"et") || textIs(w, u"&")
                || textIs(w, u"for");
        };
        const auto hasInitials = [](const Words &words) { return words.size() >= 2 && words.size() <= 8; };
        GroupIndex &byInitials = m_buf.byEntry; // resolveGuesses() is done with it
        byInitials.reset(n);
        std::vector<int> &sameInitials = m_buf.byGroup; // as sameHash above
        sameInitials.assign(size_t(n), -1);
        for (int b = 0; b < n; ++b) {
            const Words &words = m_groups[b].words;
            if (!hasInitials(words))
                continue;
            quint64 h = 0xcbf29ce484222325ull; // foldedWordHash(), one initial at a time
            for (const QString &w : words) {
                if (!skipped(w))
                    h = (h ^ w.at(0).unicode()) * 0x100000001b3ull;
            }
            int &head = byInitials(h, -1);
            sameInitials[b] = head;
            head = b;
        }
        // Whether the initials of `words` spell `acronym`.
        const auto spells = [&](const Words &words, const QString &acronym) {
            qsizetype k = 0;
            for (const QString &w : words) {
                if (skipped(w))
                    continue;
                if (k >= acronym.size() || w.at(0) != acronym.at(k))
                    return false;
                ++k;
            }
            return k == acronym.size();
        };
        for (int a = 0; a < n; ++a) {
            const Group &g = m_groups[a];
            if (!acronym(g))
                continue;
            // The first name with those initials, as a table by initials kept.
            int b = -1;
            for (int o = byInitials.value(g.words.hashAt(0), -1); o >= 0; o = sameInitials[o]) {
                if (spells(m_groups[o].words, g.words.first()))
                    b = o;
            }
            if (b >= 0 && b != a)
                merge(a, b);
        }
    }

    Q_NEVER_INLINE void emit() // apart, to be seen in profiles
    {
        QVarLengthArray<int, 64> order; // root groups by first mention
        for (int g = 0; g < int(m_groups.size()); ++g) {
            if (m_groups[g].mergedInto >= 0)
                continue;
            const Group &grp = m_groups[g];
            // A first name alone, never tied to a full name, is not an entity.
            if (grp.firstNameOnly && !grp.gazetteer && !grp.agent)
                continue;
            order.append(g);
        }
        // Made at once, then filled in place (appending one by one cost a
        // capacity test and a construction call each).
        const qsizetype firstEntity = m_doc.entities.size();
        m_doc.entities.resize(firstEntity + order.size());
        ExtractedEntity *const entities = m_doc.entities.data() + firstEntity;
        std::vector<int> &firstOf = m_buf.byGroup; // by group: its first token
        firstOf.assign(m_groups.size(), 0);
        qsizetype mentionCount = m_doc.mentions.size();
        for (int g : order) {
            int f = INT_MAX;
            for (int c : m_groups[g].candidates)
                f = std::min(f, m_candidates[c].first);
            firstOf[g] = f;
            mentionCount += m_groups[g].candidates.size();
        }
        // Written in place below: sized once, not appended to one by one,
        // each at its rank among the kept candidates. Candidates come in
        // text order and never overlap, so that is already the order by
        // start the list must have (checked below, not assumed).
        const qsizetype before = m_doc.mentions.size();
        m_doc.mentions.resize(mentionCount);
        EntityMention *const mentions = m_doc.mentions.data() + before;
        std::vector<int> &rankOf = m_buf.byCandidate;
        rankOf.assign(m_candidates.size(), -1);
        for (int g : order) {
            for (int c : m_groups[g].candidates)
                rankOf[c] = 0;
        }
        for (size_t c = 0, rank = 0; c < rankOf.size(); ++c) {
            if (rankOf[c] == 0)
                rankOf[c] = int(rank++);
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) { return firstOf[size_t(a)] < firstOf[size_t(b)]; });
        for (qsizetype k = 0; k < order.size(); ++k) {
            const Group &grp = m_groups[order[k]];
            const int index = int(firstEntity + k);
            ExtractedEntity &e = entities[k];
            e.type = groupType(grp);
            // Usually in order already (merges append out of order): then the
            // shared list is read as it is, with no copy to sort.
            const auto byPosition = [&](int a, int b) { return m_candidates[a].first < m_candidates[b].first; };
            QVarLengthArray<int, 16> sorted;
            std::span<const int> cands(grp.candidates.constData(), size_t(grp.candidates.size()));
            if (!std::is_sorted(cands.begin(), cands.end(), byPosition)) {
                sorted.append(cands.data(), qsizetype(cands.size()));
                std::sort(sorted.begin(), sorted.end(), byPosition);
                cands = std::span<const int>(sorted.constData(), size_t(sorted.size()));
            }
            // Distinct, at most 50: a scan is cheaper than a set, and most
            // entities have one or two. The name is copied out once, at the
            // end: the surface it is (by index), or one past the 50 kept.
            QVarLengthArray<QString, 8> surfaces;
            qsizetype nameAt = -1; // in surfaces; -1: nameOverflow
            QString nameOverflow;
            int bestWords = -1;   // the fullest form names it: most words, then first seen
            // The mentions are written in the same pass.
            e.mentions = QList<Span>(qsizetype(cands.size())); // allocated at its size, not grown to it
            Span *span = e.mentions.data();
            for (int ci : cands) {
                const Candidate &c = m_candidates[ci];
                const int start = tok(c.first).start;
                const int end = tok(c.end - 1).end;
                *span++ = Span{start, end}; // candidates never overlap
                EntityMention &m = mentions[rankOf[ci]];
                m.entity = index;
                m.start = start;
                m.end = end;
                m.firstToken = c.first;
                m.endToken = c.end;
                m.sentence = c.sentence;
                m.anaphor = false;
                const QStringView view(m_text + start, end - start); // a span of tokens: inside the text
                // One token holds no white space: its form's surface is the
                // text, and a span written as before shares that string
                // instead of a new copy. Other spans are what simplified()
                // leaves of them (compared after simplifying, if it changes
                // them). The surfaces are all as simplified() leaves them, so
                // a span equal to one is too, and needs no test of its gaps.
                const auto find = [&](QStringView text) {
                    qsizetype at = 0;
                    while (at < surfaces.size() && !textEquals(surfaces[at], text))
                        ++at;
                    return at;
                };
                const bool oneToken = c.end - c.first == 1 && tok(c.first).form;
                qsizetype at = find(view);
                bool plain = true;
                QString simplified;
                if (at == surfaces.size() && !oneToken && !plainBetween(c.first, c.end)) {
                    plain = false;
                    simplified = view.toString().simplified();
                    at = find(simplified);
                }
                const bool named = !grp.gazetteer && c.end - c.first > bestWords;
                if (at == surfaces.size()) { // not seen
                    QString surf = oneToken ? tok(c.first).form->surface
                                            : plain ? view.toString() : std::move(simplified);
                    if (surfaces.size() < 50)
                        surfaces.append(std::move(surf));
                    else if (named)
                        nameOverflow = std::move(surf);
                }
                if (named) {
                    bestWords = c.end - c.first;
                    nameAt = at < surfaces.size() ? at : -1;
                }
            }
            QString &name = nameAt >= 0 ? surfaces[nameAt] : nameOverflow;
            const QString &fullName = grp.gazetteer ? grp.gazetteer->entry(grp.entry).name : name;
            // (The surfaces are distinct: none is among the aliases yet.)
            for (const QString &surf : std::as_const(surfaces)) {
                if (!sameIgnoringCase(surf, fullName))
                    e.aliases.append(surf);
            }
            // Moved or copied in at construction (inline), not by QString's
            // copy assignment (a library call).
            e.name = grp.gazetteer ? QString(fullName) : std::move(name);
        }
        const auto byStart = [](const EntityMention &a, const EntityMention &b) { return a.start < b.start; };
        if (!std::is_sorted(m_doc.mentions.cbegin(), m_doc.mentions.cend(), byStart))
            std::sort(m_doc.mentions.begin(), m_doc.mentions.end(), byStart);
    }

    // Whether the text of tokens [first, end) is what simplified() would
    // leave as it is (no run of spaces, no other white space, no space at
    // either end), reading only the gaps between them: a token holds no
    // white space (the tokenizer skips it), and a gap is never at either end.
    bool plainBetween(int first, int end) const
    {
        for (int k = first; k + 1 < end; ++k) {
            const int from = tok(k).end;
            const int to = tok(k + 1).start;
            for (int p = from; p < to; ++p) {
                const char16_t ch = m_text[p].unicode();
                if (ch == u' ') {
                    if (p > from && m_text[p - 1] == u' ')
                        return false;
                } else if ((ch >= 0x09 && ch <= 0x0d) || (ch >= 0x80 && QChar::isSpace(ch))) {
                    return false;
                }
            }
        }
        return true;
    }

    // a.compare(b, Qt::CaseInsensitive) == 0: case folding maps one UTF-16
    // unit to one, so texts of different lengths differ, and identical texts
    // need no folding.
    static bool sameIgnoringCase(const QString &a, const QString &b)
    {
        if (a.size() != b.size())
            return false;
        if (textEquals(a, b)) // inline, and at once for a shared string
            return true;
        return a.compare(b, Qt::CaseInsensitive) == 0;
    }

    // A mention that is a possessor ("Inflection's") or follows a preposition.
    bool isOblique(const EntityMention &m) const
    {
        if (m.endToken < int(m_doc.tokens.size()) && textIs(tok(m.endToken).folded(), u"'s"))
            return true;
        if (m.firstToken == 0)
            return false;
        static const QSet<QString> preps{
            QStringLiteral("of"), QStringLiteral("in"),  QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("with"), QStringLiteral("for"), QStringLiteral("at"),  QStringLiteral("by"),
            QStringLiteral("de"), QStringLiteral("du"),  QStringLiteral("des"),  QStringLiteral("d'"),
            QStringLiteral("a"),  QStringLiteral("dans"), QStringLiteral("chez"), QStringLiteral("avec"),
            QStringLiteral("pour"), QStringLiteral("par"), QStringLiteral("aupres")};
        const QString &before = tok(m.firstToken - 1).folded();
        if (textIs(before, u"a")) // French "à"; English "a" is an article
            return textIs(m_doc.language, u"fr");
        return preps.contains(before);
    }

    // What follows an impersonal "it": a copula, a modal or a verb of seeming.
    bool isImpersonalIt(int k) const
    {
        static const QSet<QString> words{
            QStringLiteral("is"),      QStringLiteral("was"),    QStringLiteral("'s"),    QStringLiteral("seems"),
            QStringLiteral("seemed"),  QStringLiteral("appears"), QStringLiteral("appeared"), QStringLiteral("remains"),
            QStringLiteral("remained"), QStringLiteral("would"), QStringLiteral("will"),  QStringLiteral("could"),
            QStringLiteral("may"),     QStringLiteral("might"),  QStringLiteral("must"),  QStringLiteral("takes"),
            QStringLiteral("took"),    QStringLiteral("means"),  QStringLiteral("meant"), QStringLiteral("matters"),
            QStringLiteral("happened"), QStringLiteral("became"), QStringLiteral("becomes"), QStringLiteral("makes"),
            QStringLiteral("made"),    QStringLiteral("has"),    QStringLiteral("had"),   QStringLiteral("comes"),
            QStringLiteral("came"),    QStringLiteral("should"), QStringLiteral("can"),   QStringLiteral("cannot"),
            QStringLiteral("isn't"),   QStringLiteral("wasn't"), QStringLiteral("also"),  QStringLiteral("all"),
            QStringLiteral("that"),    QStringLiteral("to")};
        return words.contains(tok(k).folded());
    }

    // "(Photo AFP)", "Crédit : Reuters": a picture's credit names the agency
    // that took it, not a topic of the text, so no anaphor refers to it.
    bool isCredit(const EntityMention &m) const
    {
        int k = m.firstToken - 1;
        while (k >= 0 && tok(k).kind == Token::Punct && (firstChar(tok(k)) == u':' || firstChar(tok(k)) == u'/'))
            --k;
        if (k < 0 || tok(k).kind != Token::Word)
            return false;
        const QString &f = tok(k).folded();
        return textIs(f, u"photo") || textIs(f, u"photos") || textIs(f, u"credit") || textIs(f, u"credits") || textIs(f, u"illustration")
            || textIs(f, u"image") || textIs(f, u"images");
    }

    Q_NEVER_INLINE void findAnaphors()
    {
        if (m_doc.entities.isEmpty())
            return;
        QList<EntityMention> named = m_doc.mentions;
        QList<EntityMention> found;
        int next = 0;        // first named mention not before the current token
        int covered = -1;    // tokens before this index are inside a named mention
        const int count = int(m_doc.tokens.size());
        // Few tokens can open an anaphor: prepareTokens() listed them, unless
        // the sentences left some tokens out (then they are listed here).
        if (!m_anaphorsListed) {
            m_buf.anaphorAt.clear();
            for (int i = 0; i < count; ++i) {
                if (tok(i).kind == Token::Word && opensAnaphor(i))
                    m_buf.anaphorAt.append(i);
            }
        }
        int sentence = 0;
        int from = 0; // past the last anaphor found
        for (const int i : std::as_const(m_buf.anaphorAt)) {
            if (i < from)
                continue;
            // The sentence and the named mentions catch up only for the
            // listed tokens (both only ever advance up to i).
            const Token &t = tok(i);
            const Lexicons::WordInfo &info = m_lex.info(t);
            const auto *anaphors = info.anaphors;
            // Most tokens opening an anaphor ("the", "le") are followed by no
            // word that could continue one: only its one-word anaphors remain.
            const bool longer = i + 1 < count && lexIs(i + 1, Lexicons::AnaphorSecond);
            while (sentence + 1 < m_doc.sentences.size() && m_doc.sentences.at(sentence).endToken <= i)
                ++sentence;
            while (next < named.size() && named.at(next).firstToken <= i) {
                covered = std::max(covered, named.at(next).endToken);
                ++next;
            }
            if (i < covered)
                continue;
            for (const Lexicons::Anaphor &a : *anaphors) {
                if (a.words.size() > 1 && !longer)
                    continue;
                if (!textEquals(a.language, m_doc.language))
                    continue;
                const int end = i + int(a.words.size());
                if (end > count)
                    continue;
                bool ok = true;
                for (int k = 1; k < a.words.size() && ok; ++k)
                    ok = textEquals(tok(i + k).folded(), a.words.at(k));
                if (!ok)
                    continue;
                // "la start-up Mistral": a cue, not an anaphor.
                if (end < count && next < named.size() && named.at(next).firstToken == end)
                    continue;
                // "le fonds britannique X", "the Swedish group X": a nationality
                // between the noun and the name keeps it a cue.
                if (end + 1 < count && next < named.size() && named.at(next).firstToken == end + 1
                    && lexIs(end, Lexicons::Demonym))
                    continue;
                if (end < count && isCapWord(end))
                    continue;
                // Impersonal "il y a", "il faut", "il s'agit".
                if (end < count && a.words.size() == 1
                    && (textIs(tok(end).folded(), u"y") || textIs(tok(end).folded(), u"faut")
                        || textIs(tok(end).folded(), u"s'") || textIs(tok(end).folded(), u"semble")))
                    continue;
                // "It is likely that", "it would take", "it's": English "it" names
                // a company only as the subject of a verb of its own.
                if (textIs(t.folded(), u"it") && (end >= count || tok(end).kind != Token::Word || isImpersonalIt(end)))
                    continue;
                // The most recent compatible entity, within three sentences.
                int target = -1;
                for (int m = next - 1; m >= 0 && m >= next - 40; --m) {
                    const EntityMention &nm = named.at(m);
                    if (nm.sentence < sentence - 3)
                        break;
                    if (isCredit(nm))
                        continue;
                    // "Microsoft acquired part of Inflection's business when it
                    // hired …": a pronoun passes over possessors and the objects
                    // of prepositions for a clause's subject, within its sentence.
                    if (a.words.size() == 1 && nm.sentence == sentence && isOblique(nm) && m > 0
                        && named.at(m - 1).sentence == sentence)
                        continue;
                    const EntityType type = m_doc.entities.at(nm.entity).type;
                    const bool compatible = a.type ? type == *a.type
                                                   : (type == EntityType::Person || type == EntityType::Company);
                    if (compatible) {
                        target = nm.entity;
                        // A pronoun opening its sentence continues the topic:
                        // the earliest fitting name of that sentence (its
                        // subject), not the last one ("A met B in Paris. He
                        // ..." is about A).
                        // "En 2021, elle …" / "In 2019, he …": an opening adverbial
                        // before the pronoun keeps it the subject.
                        const int first = m_doc.sentences.at(sentence).firstToken;
                        const bool opening = i == first
                            || (i > first + 1 && tok(i - 1).kind == Token::Punct && firstChar(tok(i - 1)) == u','
                                && (next == 0 || named.at(next - 1).firstToken < first));
                        // "La société", "the company" opening a sentence continue
                        // the topic like a pronoun ("the start-up" may not: it often
                        // names the smaller side of a deal).
                        const QString &head = a.words.last();
                        const bool generic = textIs(head, u"company") || textIs(head, u"group") || textIs(head, u"firm")
                            || textIs(head, u"societe") || textIs(head, u"groupe") || textIs(head, u"entreprise")
                            || textIs(head, u"l'entreprise");
                        if ((a.words.size() == 1 || generic) && opening && nm.sentence < sentence) {
                            for (int e = m - 1; e >= 0 && named.at(e).sentence == nm.sentence; --e) {
                                const EntityType et = m_doc.entities.at(named.at(e).entity).type;
                                if (a.type ? et == *a.type : (et == EntityType::Person || et == EntityType::Company))
                                    target = named.at(e).entity;
                            }
                            // A later sentence whose subject was itself an anaphor
                            // ("La start-up assure … Au printemps, elle …") carries the topic.
                            for (int f = int(found.size()) - 1; f >= 0; --f) {
                                const EntityMention &fm = found.at(f);
                                if (fm.sentence <= nm.sentence)
                                    break;
                                const EntityType et = m_doc.entities.at(fm.entity).type;
                                const int fFirst = m_doc.sentences.at(fm.sentence).firstToken;
                                if (fm.sentence < sentence && fm.firstToken <= fFirst + 1
                                    && (a.type ? et == *a.type : (et == EntityType::Person || et == EntityType::Company))) {
                                    target = fm.entity;
                                    break;
                                }
                            }
                        }
                        break;
                    }
                }
                if (target >= 0) {
                    EntityMention m;
                    m.entity = target;
                    m.start = t.start;
                    m.end = tok(end - 1).end;
                    m.firstToken = i;
                    m.endToken = end;
                    m.sentence = sentence;
                    m.anaphor = true;
                    found.append(m);
                    from = end;
                }
                break;
            }
        }
        if (found.isEmpty())
            return;
        named = QList<EntityMention>(); // unshared: the append below needs no copy
        m_doc.mentions += found;
        std::sort(m_doc.mentions.begin(), m_doc.mentions.end(),
                  [](const EntityMention &a, const EntityMention &b) { return a.start < b.start; });
    }

    Document &m_doc;
    const Lexicons &m_lex;
    const Gazetteer *m_known;
    // Marks on the tokens' folded entries stand for two sets of folded words:
    // written in lower case somewhere in the text, and capitalized past a
    // sentence's start. Tokens built by hand (no form) are in neither.
    const quint64 m_serial = nextCacheSerial();
    // The per-thread state (see FinderBuffers): what prepareTokens() gathers,
    // the candidates and groups, the tables and scratch arrays.
    FinderBuffers &m_buf;
    // Per thread (in m_buf), emptied for each document.
    std::vector<Candidate> &m_candidates;
    std::vector<Group> &m_groups;
    // m_buf.anaphorAt is complete: the sentences hold every token (see prepareTokens()).
    bool m_anaphorsListed = false;
    const quint32 *m_lexFlags = nullptr; // m_buf.lexFlags, as filled for this document
    size_t m_nextStop = 0; // see scanSentence()
    // m_doc's tokens and text, which the finder does not change.
    const Token *const m_tokens;
    const QChar *const m_text;
};

} // namespace

void findEntities(Document &doc, const Lexicons &lexicons, const Gazetteer *known)
{
    EntityFinder(doc, lexicons, known).run();
}

quint32 entityRuleBits(QStringView folded)
{
    quint32 bits = 0;
    // Every word the tests on the token right after a name compare it with:
    // inPlaceContext() ("-based", ","), typeCandidate() ("(", the verbs only
    // people take) and definitionType() (",", the copulas). A word outside
    // this list fails all of them, which they answer by this bit first.
    // (A word added to one of those tests must be added here.)
    if (textIs(folded, u",") || textIs(folded, u"(") || textIs(folded, u"-") || textIs(folded, u"\u2013")
        || textIs(folded, u"is") || textIs(folded, u"was") || textIs(folded, u"est") || textIs(folded, u"died")
        || textIs(folded, u"etait") || textIs(folded, u"-based") || textIs(folded, u"\u2013based")
        || textIs(folded, u"passed") || textIs(folded, u"served") || textIs(folded, u"worked")
        || textIs(folded, u"retired") || textIs(folded, u"studied") || textIs(folded, u"married")
        || textIs(folded, u"graduated"))
        bits |= Lexicons::NameFollower;
    if (isJoinerWord(folded))
        bits |= Lexicons::JoinerWord;
    if (isParticleWord(folded))
        bits |= Lexicons::ParticleWord;
    // The first words of the cross-links and bylines scanSentence() skips.
    if (textIs(folded, u"lire") || textIs(folded, u"a") || textIs(folded, u"read") || textIs(folded, u"see")
        || textIs(folded, u"voir") || textIs(folded, u"publie") || textIs(folded, u"mis")
        || textIs(folded, u"related") || textIs(folded, u"ecrit") || textIs(folded, u"written")
        || textIs(folded, u"reporting") || textIs(folded, u"edited") || textIs(folded, u"par")
        || textIs(folded, u"by"))
        bits |= Lexicons::LeadWord;
    return bits;
}

} // namespace liaison
