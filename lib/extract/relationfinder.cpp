#include "relationfinder.h"

#include "dates.h"
#include "quantities.h"
#include "textmatch.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

namespace liaison {

namespace {

using Kind = RelationTrigger::Kind;

// The word classes of words.tsv the rules probe, looked up by index (see
// RelationLexicon::classIndex) rather than by name on every token.
enum WordClass {
    kPast,
    kAux,
    kAgent,
    kNotDeal,
    kNegation,
    kList,
    kCopula,
    kInclude,
    kOf,
    kRound,
    kPossDet,
    kProductNoun,
    WordClassCount
};
using ClassIndices = std::array<int, WordClassCount>;

ClassIndices classIndices(const RelationLexicon &lex, const QString &language)
{
    static const QString names[WordClassCount] = { QStringLiteral("past"), QStringLiteral("aux"),
        QStringLiteral("agent"), QStringLiteral("notdeal"), QStringLiteral("negation"), QStringLiteral("list"),
        QStringLiteral("copula"), QStringLiteral("include"), QStringLiteral("of"), QStringLiteral("round"),
        QStringLiteral("possdet"), QStringLiteral("productnoun") };
    // Every document asks again, nearly always for the same lexicon and one
    // of two languages: the last answers per thread, keyed by the lexicon's
    // serial (a new load, or another lexicon, never matches).
    struct Cached {
        quint64 serial = 0;
        QString language;
        ClassIndices indices {};
    };
    thread_local std::array<Cached, 2> cache;
    thread_local int next = 0;
    for (const Cached &c : cache) {
        if (c.serial == lex.serial() && c.serial != 0 && c.language == language)
            return c.indices;
    }
    ClassIndices out {};
    for (int c = 0; c < WordClassCount; ++c)
        out[c] = lex.classIndex(language, names[c]);
    cache[size_t(next)] = {lex.serial(), language, out};
    next = 1 - next;
    return out;
}

// Closed word lists the rules test by folded form (exactly: a words.tsv
// class would also take plurals), as bits cached on each word form by the
// relation lexicon (RelationLexicon::ruleWordsAt) instead of a hash-set
// probe per test.
enum RuleWord : quint32 {
    wDeterminer = 1u << 0, // articles, possessives and "new" before a name
    wHonorific = 1u << 1, // "Mr", "Dr", "Mme", and the period of an abbreviation
    wKinDeterminer = 1u << 2, // possessives before a kin or fellow noun ("and his sister B")
    wOpeningPronoun = 1u << 3, // a sentence opening on the article's subject ("It", "The company")
    wWith = 1u << 4, // partners of a founding ("with A and B")
    wRaiseSkip = 1u << 5, // determiners and adjectives before what is raised
    wNotMoney = 1u << 6, // what is raised when it is not money ("concerns", "le voile")
    wUnitNoun = 1u << 7, // parts of a company ("X's cloud unit")
    wOnlooking = 1u << 8, // verbs of onlookers ("reviewed", "reported")
    wOwnedAdverb = 1u << 9, // "wholly owned", "state owned"
    wGoverningPrep = 1u << 10, // prepositions whose object is no subject
    wClauseWord = 1u << 11, // words that open a clause after a name
    wRangeTo = 1u << 12, // the end of a range of years ("from 1990 to 1995")
    wSucceed = 1u << 13, // "succeeded", "remplace"
    wMaker = 1u << 14, // makers named as descriptors ("the game maker X")
    wNotSubject = 1u << 15, // words that make a name before "left" no subject of it
    wObjectPrep = 1u << 16, // prepositions whose object owns no product after it
    wSpeech = 1u << 17, // what is declined when a denial is silence ("declined to comment")
    wAmountStop = 1u << 18, // words that close an amount's phrase
    wMoveWord = 1u << 19, // every word moves() reads a move at ("from", "left", "quitte"…)
    wPossessiveMark = 1u << 20, // "'s", "'" and "whose": where possessives() looks
    wEx = 1u << 21, // "ex" of "ex-Google": where formerEmployers() looks
};
static_assert(wEx < (1u << RuleWords::MaxLists), "RuleWords holds MaxLists lists");
static_assert(WordClassCount <= 16, "TokenFacts::classKnown holds a bit per class");

const RuleWords &ruleWords()
{
    static const RuleWords words({
        {wDeterminer, {u"the", u"a", u"an", u"its", u"their", u"his", u"her", u"le", u"la", u"l'", u"les", u"un",
            u"une", u"son", u"sa", u"ses", u"leur", u"this", u"ce", u"cette", u"new", u"nouveau", u"nouvelle"}},
        {wHonorific, {u"mr", u"mrs", u"ms", u"dr", u"m", u"mme", u"prof", u"."}},
        {wKinDeterminer, {u"his", u"her", u"their", u"son", u"sa", u"ses", u"leur", u"leurs"}},
        {wOpeningPronoun, {u"it", u"he", u"she", u"the", u"this", u"il", u"elle", u"la", u"le", u"l'", u"cette",
            u"ce"}},
        {wWith, {u"with", u"alongside", u"avec", u"aux"}},
        {wRaiseSkip, {u"no", u"any", u"some", u"the", u"new", u"serious", u"significant", u"several", u"many", u"its",
            u"their", u"competition", u"antitrust", u"de", u"des", u"le", u"la", u"les", u"l'", u"d'", u"pas",
            u"certaines", u"certains", u"a", u"an", u"un", u"une"}},
        {wNotMoney, {u"concern", u"concerns", u"question", u"questions", u"doubt", u"doubts", u"objection",
            u"objections", u"eyebrows", u"alarm", u"fears", u"issue", u"issues", u"prices", u"price", u"rates",
            u"forecast", u"outlook", u"guidance", u"awareness", u"hopes", u"tariffs", u"dividend", u"wages", u"voile",
            u"doute", u"doutes", u"pied", u"interdiction", u"sanctions", u"restrictions", u"obstacles",
            u"incertitudes", u"ambiguite", u"option", u"main"}},
        {wUnitNoun, {u"unit", u"units", u"division", u"divisions", u"business", u"businesses", u"centre", u"center",
            u"team", u"teams", u"operations", u"arm", u"lab", u"labs", u"laboratory", u"department", u"branch",
            u"office", u"efforts", u"group"}},
        {wOnlooking, {u"examined", u"examines", u"reviewed", u"reviews", u"approved", u"approves", u"cleared",
            u"clears", u"blocked", u"blocks", u"probed", u"probes", u"investigated", u"investigates", u"scrutinised",
            u"scrutinized", u"challenged", u"reported", u"revealed", u"examine", u"autorise", u"approuve", u"bloque",
            u"valide", u"rapporte", u"revele", u"enquete"}},
        {wOwnedAdverb, {u"wholly", u"fully", u"majority", u"jointly", u"partly", u"privately", u"publicly", u"state",
            u"family"}},
        {wGoverningPrep, {u"into", u"from", u"to", u"than", u"on", u"over", u"against", u"pour", u"sur", u"vers",
            u"contre", u"entre"}},
        {wClauseWord, {u"que", u"qui", u"qu'", u"that", u"which", u"who", u"where", u"ou", u"dont", u"when", u"quand",
            u"lorsque"}},
        {wRangeTo, {u"to", u"until", u"till", u"through", u"-", u"–", u"and", u"à", u"a", u"au", u"jusqu'en", u"et"}},
        {wSucceed, {u"succede", u"succedera", u"succeeded", u"succeeds", u"replaced", u"replaces", u"remplace",
            u"remplacera"}},
        {wMaker, {u"maker", u"creator", u"developer", u"publisher", u"editeur", u"createur", u"creatrice",
            u"concepteur", u"conceptrice"}},
        {wNotSubject, {u"with", u"avec", u"by", u"par", u"after", u"apres", u"avoir", u"before", u"avant"}},
        {wObjectPrep, {u"into", u"from", u"to", u"than", u"on", u"by", u"over", u"against", u"par", u"pour", u"sur",
            u"vers", u"contre", u"entre", u"face"}},
        {wSpeech, {u"comment", u"elaborate", u"say", u"discuss", u"confirm", u"commenter", u"confirmer", u"s'",
            u"tout", u"be"}},
        {wAmountStop, {u"at", u"for", u"with", u"and", u"from", u"a", u"pour", u"avec", u"et", u"aupres", u"dans",
            u"soit"}},
        {wMoveWord, {u"from", u"provenance", u"venu", u"venue", u"venant", u"left", u"leaves", u"leaving", u"quit",
            u"quits", u"quitte", u"quittera", u"quitter", u"departed"}},
        {wPossessiveMark, {u"'s", u"'", u"whose"}},
        {wEx, {u"ex"}},
    });
    return words;
}

// Sentence-local view of the mentions, with a token -> mention map.
struct SentenceView {
    int first = 0; // token range
    int end = 0;
    QList<int> mentions;  // indices into doc.mentions, by position
    QList<int> atToken;   // per token of the sentence: index into `mentions`, or -1
};

// A relation before dedupe, with argument mentions.
// A relation read from a construction rather than from a trigger word.
RelationTrigger constructionTrigger(RelationType type, Kind kind)
{
    RelationTrigger t;
    t.type = type;
    t.kind = kind;
    return t;
}

struct Candidate {
    ExtractedRelation rel;
    int triggerToken = 0;
};

// Mention slots found together ("A, B and C"): most lists hold one or two,
// kept inline instead of a QList allocated for each.
using SlotList = QVarLengthArray<int, 8>;

// The argument slots given to emit(): a list read in place, one slot (`{x}`
// at the call) or none (`{}`), without building a QList for every call.
class Slots
{
public:
    Slots() = default;
    Slots(const QList<int> &list) : m_list(list.constData()), m_size(list.size()) {}
    Slots(const SlotList &list) : m_list(list.constData()), m_size(list.size()) {}
    Slots(int one) : m_one(one), m_size(1) {}
    Slots(const int *list, qsizetype size) : m_list(list), m_size(size) {} // a part of a list
    const int *begin() const { return m_list ? m_list : &m_one; }
    const int *end() const { return begin() + m_size; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    const int *m_list = nullptr; // null: the slot is m_one (a copy stays valid)
    int m_one = -1;
    qsizetype m_size = 0;
};

// The status cue read at a token, as findStatus weighs it (see cueAt()).
struct CueAt {
    bool known = false; // computed yet
    bool cue = false;   // a cue that counts starts here
    Status status = Status::Completed;
    int end = 0;
};

// What run() reads at each token of a sentence once, for the rules that test
// the same tokens over and over (is(), cls(), isPunct(), isBoundary()).
struct TokenFacts {
    quint32 words = 0;   // RuleWord bits
    quint32 classes = 0; // RelationLexicon::classesAt
    char16_t punct = 0;  // the first character of a token neither word nor number, else 0
    bool boundary = false; // punct closes a clause for the rules (see SentenceFinder::isBoundary)
    // run()'s trigger lookup here: an index into FinderBuffers::byToken, -1
    // for none, -2 where run() did not look (inside a mention).
    int triggers = -2;
    // cls(t, c) once asked (bit c of classKnown): the rules probe the same
    // classes at the same tokens again for every trigger of the sentence.
    quint16 classKnown = 0;
    bool mayCue = true; // RelationLexicon::tokenFacts: false when cuesAt finds nothing here
    std::array<qint8, WordClassCount> classEnd {}; // cls(t, c) - t, or -1
};

// A trigger span's status, chained to the previous entry of the same first token.
struct StatusEntry {
    int end;
    Status status;
    int next;
};

using FoundTrigger = std::pair<const RelationTrigger *, int>; // a trigger, the token past its end

// The finder's per-sentence working lists, one set per thread kept from one
// document to the next: a document then allocates none of them again.
struct FinderBuffers {
    std::vector<TokenFacts> facts; // per token of the sentence, filled by run()
    std::vector<int> mentions; // indices into doc.mentions, by position
    std::vector<int> atToken;  // per token of the sentence: index into `mentions`, or -1
    std::vector<char> inTitle; // per token of the sentence
    std::vector<int> cueTokens; // the tokens where cueAt() may find a cue (see SentenceFinder::m_cueTokens)
    std::vector<CueAt> cueAt;  // per entry of cueTokens, filled on the first status asked
    std::vector<StatusEntry> statusCache; // by trigger span (see SentenceFinder::statusAt)
    std::vector<int> statusHead; // per token of the sentence: its last entry in statusCache, or -1
    QList<std::pair<const StatusCue *, int>> cues;
    QList<std::pair<const RelationTrigger *, int>> found; // run(): the sentence's triggers
    QList<std::pair<int, int>> byToken;                    // run(): token, its first entry in found
};

// One finder per document, started on each sentence that has mentions: its
// per-sentence lists keep their capacity from one sentence to the next, and
// what depends on the whole document (the topic, the companies of each
// sentence) is found once.
class SentenceFinder
{
public:
    SentenceFinder(const Document &doc, const RelationLexicon &lex, const ClassIndices &classes, int *lastRaiser,
                   FinderBuffers &buffers)
        : m_doc(doc)
        , m_lex(lex)
        , m_classes(&classes)
        , m_lastRaiser(lastRaiser)
        , m_facts(buffers.facts)
        , m_mentions(buffers.mentions)
        , m_atToken(buffers.atToken)
        , m_inTitle(buffers.inTitle)
        , m_statusCache(buffers.statusCache)
        , m_statusHead(buffers.statusHead)
        , m_cues(buffers.cues)
        , m_cueTokens(buffers.cueTokens)
        , m_cueAt(buffers.cueAt)
        , m_found(buffers.found)
        , m_byToken(buffers.byToken)
        , m_french(textIs(doc.language, u"fr"))
    {
        for (int c = 0; c < WordClassCount; ++c)
            m_classBits[size_t(c)] = classes[size_t(c)] < 0 ? 0u : 1u << std::min(classes[size_t(c)], 31);
    }

    void start(int sentence)
    {
        m_sentenceIndex = sentence;
        m_sentence = &m_doc.sentences[sentence];
        m_first = m_sentence->firstToken;
        m_end = m_sentence->endToken;
        m_atToken.assign(size_t(std::max(0, m_end - m_first)), -1);
        m_inTitle.assign(size_t(std::max(0, m_end - m_first)), 0);
        m_mentions.clear();
        m_digits = -1;
        m_amountsDone = m_percentsDone = m_datesDone = false;
        m_amounts.clear();
        m_percents.clear();
        m_dates.clear();
        m_statusCache.clear();
        m_cueAtFilled = false; // most sentences emit nothing: filled by cueAt()
    }

    void addMention(int index)
    {
        const EntityMention &m = m_doc.mentions[index];
        const int slot = int(m_mentions.size());
        m_mentions.push_back(index);
        for (int t = std::max(m.firstToken, m_first); t < std::min(m.endToken, m_end); ++t)
            m_atToken[t - m_first] = slot;
    }

    bool hasMentions() const { return !m_mentions.empty(); }

    void run(QList<Candidate> &out);

private:
    // --- token helpers
    // (Always inlined: the rules call them tens of thousands of times per
    // few hundred articles, mostly to answer from one array read.)
    const Token &tok(int t) const { return m_doc.tokens[t]; }
    // Size-first and inline (see textIs): the rules test hundreds of literals per sentence.
    template<size_t N>
    Q_ALWAYS_INLINE bool isWordAt(int t, const char16_t (&folded)[N]) const
    {
        return t >= m_first && t < m_end && textIs(tok(t).folded(), folded);
    }
    Q_ALWAYS_INLINE int mentionAt(int t) const { return (t >= m_first && t < m_end) ? m_atToken[t - m_first] : -1; }
    Q_ALWAYS_INLINE const EntityMention &mention(int slot) const { return m_doc.mentions[m_mentions[slot]]; }
    Q_ALWAYS_INLINE EntityType typeOf(int slot) const { return m_doc.entities[mention(slot).entity].type; }
    Q_ALWAYS_INLINE bool fits(int slot, unsigned mask) const { return slot >= 0 && (mask & entityTypeBit(typeOf(slot))); }
    // Inside the sentence, run()'s facts answer most probes: a class that
    // cannot start at t is -1 without asking the lexicon.
    // Most probes end at the mask test, inline; the rest read the lexicon
    // once per token and class (clsLookup).
    Q_ALWAYS_INLINE int cls(int t, WordClass c) const
    {
        if (unsigned(t - m_first) < unsigned(m_end - m_first) && !(m_facts[size_t(t - m_first)].classes & m_classBits[c]))
            return -1;
        return clsLookup(t, c);
    }
    int clsLookup(int t, WordClass c) const;
    Q_ALWAYS_INLINE bool isPunct(int t, QChar c) const
    {
        return t >= m_first && t < m_end && m_facts[size_t(t - m_first)].punct == c.unicode();
    }
    Q_ALWAYS_INLINE bool isBoundary(int t) const
    {
        return t < m_first || t >= m_end || m_facts[size_t(t - m_first)].boundary; // set by run()
    }
    static bool isBoundaryPunct(char16_t c)
    {
        return c == u';' || c == u'(' || c == u')' || c == u'"' || c == u'?' || c == u'!';
    }
    // The triggers that start at token t with their ends (triggersAt up to
    // the sentence's end): run()'s lookup where it made one, else read into
    // `scratch`. Valid until the next call with the same scratch.
    std::span<const FoundTrigger> triggersHere(int t, QList<FoundTrigger> &scratch) const
    {
        if (t >= m_first && t < m_end) {
            const int b = m_facts[size_t(t - m_first)].triggers;
            if (b == -1)
                return {};
            if (b >= 0) {
                const qsizetype from = m_byToken.at(b).second;
                const qsizetype to = b + 1 < m_byToken.size() ? m_byToken.at(b + 1).second : m_found.size();
                return {m_found.constData() + from, size_t(to - from)};
            }
        }
        scratch.clear();
        m_lex.triggersAt(m_doc, t, m_end, scratch);
        return {scratch.constData(), size_t(scratch.size())};
    }
    // Whether the token at t is in one of the lists `words` (RuleWord bits).
    Q_ALWAYS_INLINE bool is(int t, quint32 words) const
    {
        if (t >= m_first && t < m_end)
            return (m_facts[size_t(t - m_first)].words & words) != 0;
        return (m_lex.ruleWordsAt(m_doc, t, m_ruleWords) & words) != 0;
    }
    Q_ALWAYS_INLINE bool isDeterminer(int t) const
    {
        return t >= m_first && t < m_end && is(t, wDeterminer);
    }
    bool isPossessive(int t) const { return isWordAt(t, u"'s") || isWordAt(t, u"'"); }
    // Inside a title ("Chairman", "Chief Executive Officer"): coordinated
    // titles and honorifics are skipped when looking for their holder.
    Q_ALWAYS_INLINE bool inTitle(int t) const { return t >= m_first && t < m_end && m_inTitle[t - m_first]; }
    Q_ALWAYS_INLINE bool isHonorific(int t) const
    {
        return t >= m_first && t < m_end && is(t, wHonorific);
    }
    // Lower-case word that is neither a mention nor punctuation: a modifier.
    // Whether a hire or acquisition verb starts at token t.
    bool startsVerb(int t) const
    {
        if (t < m_first || t >= m_end)
            return false;
        QList<FoundTrigger> scratch;
        bool verb = false;
        for (const auto &f : triggersHere(t, scratch)) {
            if (f.first->kind == Kind::Role)
                return false; // "cofondateur et directeur": a title, not a verb
            // Only events done to people or companies ("hired", "acquired");
            // "worked as CEO", "a wholly owned subsidiary" keep their holder.
            verb = verb
                || (f.first->kind == Kind::Verb
                    && (f.first->type == RelationType::Hired || f.first->type == RelationType::Acquired));
        }
        return verb;
    }

    bool isModifier(int t) const
    {
        if (t < m_first || t >= m_end || mentionAt(t) >= 0)
            return false;
        const Token &k = tok(t);
        return (k.kind == Token::Word && !k.capitalized) || k.kind == Token::Number;
    }

    // --- argument search
    int mentionLeft(int t, unsigned mask, int maxGap, int *gapOut = nullptr) const;
    int mentionRight(int t, unsigned mask, int maxGap) const;
    bool isCompoundModifier(int slot) const;
    SlotList expand(int slot, unsigned mask, bool right) const;
    SlotList listAfter(int t, unsigned mask, int maxGap) const;
    int possessorBefore(int t, unsigned mask) const;
    int afterPrep(int from, unsigned mask, const QString &prep, int maxGap, int *prepTok = nullptr) const;
    int afterOf(int from, unsigned mask, int maxGap) const;
    int findAgent(int from, int maxGap) const;
    int copulaSubject(int roleStart, unsigned mask) const;
    int articleSubject(unsigned mask) const;
    // The mention that starts at `from` once determiners are skipped ("the", "la"), or -1.
    int mentionAfterDeterminers(int from) const
    {
        while (from < m_end && isDeterminer(from))
            ++from;
        return mentionAt(from);
    }
    SlotList partnersAfter(int from) const;
    int familyParent(int slot) const;
    bool rivalsOfPossessor(int t, int end, SlotList rivals, double conf, const RelationTrigger &tr, QList<Candidate> &out);
    bool opensWithPronoun(int t, int maxLength) const;

    // --- patterns
    void verb(const RelationTrigger &tr, int t, int end, QList<Candidate> &out);
    bool raisesNoMoney(int end) const;
    bool onlookerBetween(int from, int to) const;
    bool leadsUnitOf(int slot) const;
    int clauseAntecedent(int slot, int t, unsigned mask) const;
    void noun(const RelationTrigger &tr, int t, int end, QList<Candidate> &out);
    void role(const RelationTrigger &tr, int t, int end, QList<Candidate> &out);
    void possessives(QList<Candidate> &out);
    void formerEmployers(QList<Candidate> &out);
    void moves(QList<Candidate> &out);
    void productAppositions(QList<Candidate> &out);
    void backersAfter(int t, int end, int raiserSlot, double confidence, QList<Candidate> &out);

    // --- attributes
    void emit(const RelationTrigger &tr, int t, int end, Slots sources, Slots targets, double confidence,
              QList<Candidate> &out, const QString &roleText = QString(), bool past = false);
    CueAt cueAt(size_t i) const;
    void fillCueTokens() const;
    Status statusAt(int t, int end) const;
    Status findStatus(int t, int end) const;
    void attach(Candidate &c, int t, int end, bool stakeTrigger);
    int tokenAtOffset(int offset) const;
    // The company a funding round belongs to: the last one seen raising, else
    // the article's most mentioned company.
    int raiser() const;
    int topic() const;
    int previousCompany() const;

    const Document &m_doc;
    const RelationLexicon &m_lex;
    const ClassIndices *m_classes;
    // Per class: its bit in a classesAt() mask, 0 for a class the language
    // lacks (cls() is -1 everywhere then).
    std::array<quint32, WordClassCount> m_classBits {};
    const RuleWords &m_ruleWords = ruleWords();
    const Sentence *m_sentence = nullptr;
    int m_sentenceIndex = 0;
    int *m_lastRaiser;
    // Per document, found on first use: topic() (-3: not yet), and per
    // sentence s the entity of its last named company at index s + 1
    // (previousCompany()).
    mutable int m_topic = -3;
    mutable QList<int> m_lastCompany;
    int m_first = 0;
    int m_end = 0;
    std::vector<TokenFacts> &m_facts;
    std::vector<int> &m_mentions;
    std::vector<int> &m_atToken;
    std::vector<char> &m_inTitle;
    // The sentence's amounts, percentages and dates, each parsed the first
    // time a relation needs it (most relations take no amount).
    bool hasDigits();
    const QList<MoneyMention> &amounts();
    const QList<PercentMention> &percents();
    const QList<DateMention> &dates();
    int m_digits = -1; // -1: not looked at yet
    bool m_amountsDone = false;
    bool m_percentsDone = false;
    bool m_datesDone = false;
    QList<MoneyMention> m_amounts;
    QList<PercentMention> m_percents;
    QList<DateMention> m_dates;
    // The members below are the thread's FinderBuffers (mutable through the
    // references: cueAt() and statusAt() fill them from const methods).
    std::vector<StatusEntry> &m_statusCache; // by trigger span
    std::vector<int> &m_statusHead;           // per token of the sentence, set with its first span (statusAt)
    QList<std::pair<const StatusCue *, int>> &m_cues;
    // The tokens where cueAt() may find a cue, in order: those where the
    // lexicon has cues (TokenFacts::mayCue: listed by run()) and, in French,
    // conditionals (added on the first status a sentence asks for, which
    // sizes m_cueAt). Most sentences have none or one or two.
    std::vector<int> &m_cueTokens;
    std::vector<CueAt> &m_cueAt; // per entry of m_cueTokens
    mutable bool m_cueAtFilled = false;
    bool frenchConditional(int k) const
    {
        if (!m_french || tok(k).kind != Token::Word)
            return false;
        const QString &f = tok(k).folded();
        // Both endings end in 't': most words fail on their last unit.
        return f.size() > 5 && f.back() == u't' && (endsWithText(f, u"rait") || endsWithText(f, u"raient"));
    }
    QList<std::pair<const RelationTrigger *, int>> &m_found; // run(): the sentence's triggers
    QList<std::pair<int, int>> &m_byToken;                    // run(): token, its first entry in m_found
    qsizetype m_runStart = 0; // run(): the first candidate of this sentence in `out`
    quint32 m_sentenceWords = 0; // run(): the RuleWord bits of every token of the sentence
    quint32 m_sentenceClasses = 0; // run(): the word classes that may start in the sentence
    bool m_sentenceCues = true; // run(): false when no status cue can start in the sentence (see cueAt())
    // Whether a phrase of class c may start somewhere in the sentence (see
    // RelationLexicon::classesAt): cls() answers -1 everywhere otherwise.
    bool classInSentence(WordClass c) const
    {
        const int index = (*m_classes)[c];
        return index >= 0 && (m_sentenceClasses & (1u << std::min(index, 31)));
    }
    bool m_french = false;
};

int SentenceFinder::clsLookup(int t, WordClass c) const
{
    const int index = (*m_classes)[c];
    if (index < 0)
        return -1;
    if (t < m_first || t >= m_end)
        return m_lex.classAt(m_doc, t, m_end, index);
    TokenFacts &facts = m_facts[size_t(t - m_first)];
    if (facts.classKnown & (1u << c))
        return facts.classEnd[size_t(c)] < 0 ? -1 : t + facts.classEnd[size_t(c)];
    const int e = m_lex.classAt(m_doc, t, m_end, index);
    if (e < 0 || e - t <= 127) {
        facts.classKnown |= quint16(1u << c);
        facts.classEnd[size_t(c)] = qint8(e < 0 ? -1 : e - t);
    }
    return e;
}

int SentenceFinder::mentionLeft(int t, unsigned mask, int maxGap, int *gapOut) const
{
    int gap = 0;
    for (int k = t - 1; k >= m_first && gap <= maxGap; --k) {
        // Most tokens: a word or number outside any mention, which neither
        // closes an aside nor bounds the clause (the tests below, at once).
        if (k < m_end && m_facts[size_t(k - m_first)].punct == 0 && m_atToken[size_t(k - m_first)] < 0) {
            ++gap;
            continue;
        }
        // "X (born 1948) is a businessman who founded Y", "X (1912-1987)":
        // a dated aside without names does not end the clause.
        if (isPunct(k, u')')) {
            int open = k - 1;
            bool dated = false;
            bool named = false;
            while (open >= m_first && open > k - 20 && !isPunct(open, u'(') && !isPunct(open, u')')) {
                dated = dated || tok(open).kind == Token::Number;
                named = named || mentionAt(open) >= 0;
                --open;
            }
            if (isPunct(open, u'(') && open > m_first && dated && !named) {
                k = open;
                continue;
            }
        }
        if (isBoundary(k))
            return -1;
        const int slot = mentionAt(k);
        if (slot >= 0) {
            if (fits(slot, mask)) {
                if (gapOut)
                    *gapOut = gap;
                return slot;
            }
            k = mention(slot).firstToken; // skip the whole mention
        }
        ++gap;
    }
    return -1;
}

// "SoftBank-owned Arm", "Microsoft-backed X": the name qualifies the noun
// after it, which is the object ("a bid for SoftBank-owned Arm" bids for Arm).
bool SentenceFinder::isCompoundModifier(int slot) const
{
    const int e = mention(slot).endToken;
    if (e + 1 >= m_end || !isPunct(e, u'-') || tok(e).start != tok(e - 1).end || tok(e + 1).start != tok(e).end)
        return false;
    const QString &w = tok(e + 1).folded();
    return textIs(w, u"owned") || textIs(w, u"backed") || textIs(w, u"controlled") || textIs(w, u"funded")
        || textIs(w, u"financed") || textIs(w, u"supported");
}

int SentenceFinder::mentionRight(int t, unsigned mask, int maxGap) const
{
    int gap = 0;
    for (int k = t; k < m_end && gap <= maxGap; ++k) {
        if (isBoundary(k))
            return -1;
        const int slot = mentionAt(k);
        if (slot >= 0) {
            if (fits(slot, mask) && !isCompoundModifier(slot))
                return slot;
            k = mention(slot).endToken - 1;
        }
        // "by its director Mr. X": titles and honorifics do not count.
        if (!inTitle(k) && !isHonorific(k))
            ++gap;
    }
    return -1;
}

// Coordinated arguments: "A, B and C". Follows list separators from `slot`.
SlotList SentenceFinder::expand(int slot, unsigned mask, bool right) const
{
    SlotList out{slot};
    int cur = slot;
    for (int guard = 0; guard < 12; ++guard) {
        if (right) {
            int k = mention(cur).endToken;
            // "A, its chief executive, and B": an apposition between members.
            if (isPunct(k, u',')) {
                int j = k + 1;
                // "A, its chief executive, and B", "A, désormais présidente, B"
                while (j < m_end && j - k < 4 && (isDeterminer(j) || (isModifier(j) && !inTitle(j) && cls(j, kList) < 0)))
                    ++j;
                const int titleFrom = j;
                while (j < m_end && inTitle(j))
                    ++j;
                bool described = j > titleFrom;
                // "A, ancienne de McKinsey, et B", "A, formerly of Orsenne, and B".
                const auto isOf = [&](int p) {
                    return isWordAt(p, u"de") || isWordAt(p, u"d'") || isWordAt(p, u"of") || isWordAt(p, u"at")
                        || isWordAt(p, u"chez");
                };
                if (isOf(j) && mentionAt(j + 1) >= 0) {
                    j = mention(mentionAt(j + 1)).endToken;
                    described = true;
                } else if (mentionAt(j) >= 0 && j > k + 1 && isOf(j - 1)) {
                    j = mention(mentionAt(j)).endToken;
                    described = true;
                }
                if (described && isPunct(j, u','))
                    k = j;
            }
            int seps = 0;
            bool conjunction = false;
            while (k < m_end && seps < 3) {
                const int e = cls(k, kList);
                if (e < 0)
                    break;
                conjunction |= !isPunct(k, u',');
                k = e;
                ++seps;
            }
            if (seps == 0)
                break;
            // "A and co-founder B", "A et le Dr B" (after "A, co-founder B"
            // the title is B's own apposition).
            while (conjunction && k < m_end && mentionAt(k) < 0 && (inTitle(k) || isHonorific(k) || (isDeterminer(k) && inTitle(k + 1))))
                ++k;
            // "A and his sister B", "A et son frère B": a kin or fellow noun
            // after a possessive introduces the next member.
            if (conjunction && k < m_end && mentionAt(k) < 0 && is(k, wKinDeterminer)) {
                int j = k + 1;
                while (j < m_end && j - k <= 2 && isModifier(j) && !startsVerb(j))
                    ++j;
                if (j > k + 1 && fits(mentionAt(j), mask) && typeOf(mentionAt(j)) == EntityType::Person)
                    k = j;
            }
            // "auprès de A et d'B", "from A and from B": the preposition repeated.
            if (conjunction && k + 1 < m_end && mentionAt(k) < 0 && fits(mentionAt(k + 1), mask)
                && (isWordAt(k, u"d'") || isWordAt(k, u"de") || isWordAt(k, u"du") || isWordAt(k, u"from")
                    || isWordAt(k, u"by") || isWordAt(k, u"par")))
                ++k;
            const int next = mentionAt(k);
            if (next < 0 || !fits(next, mask) || next == cur)
                break;
            out.append(next);
            cur = next;
            // "by A and B, Y …": after the conjunction the list is closed; a
            // further comma starts something else (the subject, an apposition).
            if (conjunction)
                break;
        } else {
            int k = mention(cur).firstToken - 1;
            int seps = 0;
            while (k >= m_first && seps < 3 && mentionAt(k) < 0) {
                // One-word separators, or two ("ou encore", "as well as" ends on its last word).
                if (cls(k, kList) == k + 1) {
                    --k;
                } else if (k - 1 >= m_first && mentionAt(k - 1) < 0 && cls(k - 1, kList) == k + 1) {
                    k -= 2;
                } else {
                    break;
                }
                ++seps;
            }
            if (seps == 0)
                break;
            const int prev = mentionAt(k);
            if (prev < 0 || !fits(prev, mask) || prev == cur)
                break;
            out.insert(out.cbegin(), prev);
            cur = prev;
        }
    }
    // "A, B" alone without a conjunction is an apposition, not a list: keep
    // it only when the list closes with a conjunction somewhere.
    return out;
}

SlotList SentenceFinder::listAfter(int t, unsigned mask, int maxGap) const
{
    const int first = mentionRight(t, mask, maxGap);
    if (first < 0)
        return {};
    return expand(first, mask, true);
}

// "X's [adj]* <t>" or "X <t>" (compound modifier: "OpenAI CEO").
int SentenceFinder::possessorBefore(int t, unsigned mask) const
{
    int k = t - 1;
    for (int skipped = 0; skipped < 4 && k >= m_first; ++skipped) {
        // "Halden, whose chief executive A": the relative is the possessive.
        if (isWordAt(k, u"whose") && isPunct(k - 1, u',')) {
            const int slot = mentionAt(k - 2);
            return fits(slot, mask) ? slot : -1;
        }
        if (isPossessive(k)) {
            const int slot = mentionAt(k - 1);
            return fits(slot, mask) ? slot : -1;
        }
        const int slot = mentionAt(k);
        if (slot >= 0)
            return fits(slot, mask) && skipped <= 1 ? slot : -1;
        if (!isModifier(k) || cls(k, kOf) > 0 || cls(k, kAgent) > 0)
            return -1;
        --k;
    }
    return -1;
}

int SentenceFinder::afterPrep(int from, unsigned mask, const QString &prep, int maxGap, int *prepTok) const
{
    for (int k = from; k < m_end && k < from + maxGap; ++k) {
        if (isBoundary(k))
            return -1;
        if (mentionAt(k) >= 0) {
            k = mention(mentionAt(k)).endToken - 1; // "l'investissement de X dans Y"
            continue;
        }
        if (textEquals(tok(k).folded(), prep)) {
            int m = k + 1;
            while (m < m_end && (isDeterminer(m) || (isModifier(m) && m - k < 4 && mentionAt(m) < 0 && cls(m, kOf) < 0)))
                ++m;
            int slot = mentionAt(m);
            if (slot >= 0 && isCompoundModifier(slot))
                slot = mentionAt(mention(slot).endToken + 2);
            if (fits(slot, mask)) {
                if (prepTok)
                    *prepTok = k;
                return slot;
            }
            return -1;
        }
    }
    return -1;
}

// "of Y", "de Y", "at Y", "chez Y", "du Y" right after `from` (skipping a few
// modifiers and determiners).
int SentenceFinder::afterOf(int from, unsigned mask, int maxGap) const
{
    int k = from;
    bool seenOf = false;
    for (int gap = 0; k < m_end && gap <= maxGap; ++gap) {
        const int slot = mentionAt(k);
        if (slot >= 0 && isCompoundModifier(slot)) {
            k = mention(slot).endToken + 2;
            continue;
        }
        if (slot >= 0)
            return seenOf && fits(slot, mask) ? slot : -1;
        const int e = cls(k, kOf);
        if (e > 0) {
            seenOf = true;
            k = e;
            continue;
        }
        if (isDeterminer(k) || isModifier(k)) {
            ++k;
            continue;
        }
        return -1;
    }
    return -1;
}

int SentenceFinder::findAgent(int from, int maxGap) const
{
    for (int k = from; k < m_end && k <= from + maxGap; ++k) {
        if (isBoundary(k) || mentionAt(k) >= 0)
            return -1;
        const int e = cls(k, kAgent);
        if (e > 0)
            return e;
        if (isPunct(k, u','))
            continue;
    }
    return -1;
}

// The subject of a copular clause that ends at a title: "X (born 1950) is an
// American engineer and the CEO of Y", "X, based in Z, is the parent company
// of Y", "X is a regional airline and a subsidiary of Y". The sentence's
// opening name is preferred to the name right before the verb, which may sit
// in an apposition ("based in Z"). Returns a slot, or -1.
int SentenceFinder::copulaSubject(int roleStart, unsigned mask) const
{
    for (int k = roleStart - 1; k >= m_first && roleStart - k <= 24; --k) {
        if (isBoundary(k) && !isPunct(k, u'(') && !isPunct(k, u')'))
            return -1;
        const int slot = mentionAt(k);
        if (slot >= 0) {
            if (fits(slot, mask))
                return -1; // a closer name: the ordinary holder search decides
            k = mention(slot).firstToken;
            continue;
        }
        const int e = cls(k, kCopula);
        if (e <= 0 || e > roleStart)
            continue;
        const QString &w = tok(k).folded();
        if (textIs(w, u"as") || textIs(w, u"comme") || textIs(w, u"en"))
            continue; // "as CEO", "comme PDG": not a clause verb
        int j = m_first;
        while (j < k && (isDeterminer(j) || isPunct(j, u'"')))
            ++j;
        int subject = mentionAt(j);
        if (subject >= 0 && fits(subject, mask) && mention(subject).endToken <= k)
            return subject;
        int b = k - 1;
        if (isPunct(b, u')')) {
            while (b > m_first && !isPunct(b, u'('))
                --b;
            --b;
        }
        subject = mentionAt(b);
        return subject >= 0 && fits(subject, mask) ? subject : -1;
    }
    return -1;
}

// A sentence opening on an unresolved "It", "He", "She", "The company", "The
// airline": in encyclopedic text, the article's subject.
bool SentenceFinder::opensWithPronoun(int t, int maxLength) const
{
    if (m_first >= t || !is(m_first, wOpeningPronoun))
        return false;
    for (int k = m_first; k < t; ++k) {
        if (mentionAt(k) >= 0 || isBoundary(k) || isPunct(k, u','))
            return false;
    }
    return t - m_first <= maxLength;
}

// The first entity the article names that fits `mask`, named before this
// sentence (encoded as a direct entity slot), or -1.
int SentenceFinder::articleSubject(unsigned mask) const
{
    const int limit = std::min<int>(int(m_doc.mentions.size()), 200);
    for (int i = 0; i < limit; ++i) {
        const EntityMention &m = m_doc.mentions[i];
        if (m.start >= m_sentence->start)
            break;
        if (m.entity < 0 || m.entity >= m_doc.entities.size() || m.anaphor)
            continue;
        if (mask & entityTypeBit(m_doc.entities[m.entity].type))
            return -2 - m.entity;
    }
    return -1;
}

// "founded Y in 2001 with A and B", "co-founder of Y together with A":
// the people named after "with" share the founding. Returns their slots.
SlotList SentenceFinder::partnersAfter(int from) const
{
    const unsigned person = entityTypeBit(EntityType::Person);
    for (int k = from; k < m_end && k < from + 5; ++k) {
        if (isBoundary(k) || isPunct(k, u',') || mentionAt(k) >= 0)
            return {};
        if (!is(k, wWith))
            continue;
        int m = k + 1;
        if (textIs(tok(k).folded(), u"aux")) { // "aux côtés de"
            if (!isWordAt(m, u"cotes") || !(isWordAt(m + 1, u"de") || isWordAt(m + 1, u"d'")))
                return {};
            m += 2;
        }
        const int first = mentionRight(m, person, 1);
        return first >= 0 ? expand(first, person, true) : SlotList();
    }
    return {};
}

// "Samsung Foundry, the group's chip arm", "Orvia Labs, la filiale du
// groupe": a unit often carries its parent's name in front of its own. The
// company whose whole name opens the unit's name, as a direct entity slot, or -1.
int SentenceFinder::familyParent(int slot) const
{
    if (slot < 0)
        return -1;
    const int child = mention(slot).entity;
    const QString &name = m_doc.entities[child].name;
    int best = -1;
    for (int e = 0; e < m_doc.entities.size(); ++e) {
        const ExtractedEntity &p = m_doc.entities[e];
        if (e == child || p.type != EntityType::Company || p.name.size() + 1 >= name.size()
            || !name.startsWith(p.name, Qt::CaseInsensitive) || !name.at(p.name.size()).isSpace())
            continue;
        if (best < 0 || p.name.size() > m_doc.entities[-2 - best].name.size())
            best = -2 - e;
    }
    return best;
}

// "its two main rivals, A and B", "A et B, ses deux grands concurrents",
// "ses concurrents américains : A a levé …, et B …": the company the
// possessive stands for competes with each name listed. `rivals` are the
// holders the title search found; returns whether it emitted.
bool SentenceFinder::rivalsOfPossessor(int t, int end, SlotList rivals, double conf, const RelationTrigger &tr,
                                       QList<Candidate> &out)
{
    const unsigned company = entityTypeBit(EntityType::Company);
    int d = t - 1;
    while (d >= m_first && t - d <= 3 && isModifier(d) && cls(d, kPossDet) != d + 1)
        --d;
    if (d < m_first || cls(d, kPossDet) != d + 1)
        return false;
    rivals.removeIf([&](int h) { return !fits(h, company); });
    if (rivals.isEmpty()) {
        int k = end;
        while (k < m_end && k - end < 3 && isModifier(k))
            ++k;
        const bool colon = isPunct(k, u':');
        if (colon || isPunct(k, u',')) {
            const int first = mentionRight(k + 1, company, 1);
            if (first >= 0)
                rivals = expand(first, company, true);
        }
        // "… : A raised $2bn, and B $1bn": each clause of the enumeration
        // opens on a rival.
        for (int j = k + 2; colon && !rivals.isEmpty() && j + 1 < m_end && !isBoundary(j); ++j) {
            if (!isPunct(j - 1, u',') || cls(j, kList) != j + 1 || isPunct(j, u','))
                continue;
            const int slot = mentionAt(j + 1);
            if (fits(slot, company) && !rivals.contains(slot))
                rivals.append(slot);
        }
    }
    if (rivals.isEmpty())
        return false;
    // The possessor: the nearest company before the rivals and the title,
    // else the article's main company.
    int owner = -1;
    int from = d;
    for (int r : std::as_const(rivals))
        from = std::min(from, mention(r).firstToken);
    for (int j = from - 1; j >= m_first && owner < 0; --j) {
        const int slot = mentionAt(j);
        if (slot < 0)
            continue;
        j = mention(slot).firstToken;
        // "backed by Samsung", "soutenu par Samsung": an object, not the possessor.
        const bool object = j - 1 >= m_first
            && (cls(j - 1, kOf) == j || cls(j - 1, kAgent) == j || isWordAt(j - 1, u"a") || isWordAt(j - 1, u"to")
                || isWordAt(j - 1, u"against") || isWordAt(j - 1, u"face"));
        if (fits(slot, company) && !rivals.contains(slot) && !object)
            owner = slot;
    }
    if (owner < 0 && topic() >= 0)
        owner = -2 - topic();
    if (owner == -1)
        return true; // the possessor is unknown: the rivals are not each other's
    const int ownerEntity = owner <= -2 ? -2 - owner : mention(owner).entity;
    rivals.removeIf([&](int h) { return mention(h).entity == ownerEntity; });
    if (rivals.isEmpty())
        return false;
    emit(tr, t, end, {owner}, rivals, conf - (owner <= -2 ? 0.2 : 0.1), out);
    return true;
}

unsigned sourceMask(RelationType t) { return relationInfo(t).sourceTypes; }
unsigned targetMask(RelationType t) { return relationInfo(t).targetTypes ? relationInfo(t).targetTypes : 0; }

// "raised no competition concerns", "lever le voile sur": what is raised is
// not money. Looks at the object's first words past determiners.
bool SentenceFinder::raisesNoMoney(int end) const
{
    for (int k = end; k < m_end && k < end + 4; ++k) {
        const Token &w = tok(k);
        if (w.kind != Token::Word)
            return false;
        if (is(k, wRaiseSkip))
            continue;
        return is(k, wNotMoney);
    }
    return false;
}

// "X, which counts Q among its owners, invested", "X, dirigée par Q, a pris
// une participation": when `slot` sits in a relative or participial clause
// set off by commas before the event at t, the clause's antecedent; else -1.
int SentenceFinder::clauseAntecedent(int slot, int t, unsigned mask) const
{
    bool closed = false;
    for (int k = mention(slot).endToken; k < t && !closed; ++k)
        closed = isPunct(k, u',');
    if (!closed)
        return -1;
    bool agent = false;
    for (int k = mention(slot).firstToken - 1; k > m_first + 1; --k) {
        if (isBoundary(k) || mentionAt(k) >= 0)
            return -1;
        agent = agent || isWordAt(k, u"by") || isWordAt(k, u"par");
        if ((agent || isWordAt(k, u"which") || isWordAt(k, u"who") || isWordAt(k, u"qui") || isWordAt(k, u"whose")
             || isWordAt(k, u"dont"))
            && isPunct(k - 1, u',') && fits(mentionAt(k - 2), mask))
            return mentionAt(k - 2);
    }
    return -1;
}

// "Microsoft's research and development centre": the company named as the
// possessor of one of its parts.
bool SentenceFinder::leadsUnitOf(int slot) const
{
    const int e = mention(slot).endToken;
    // "X, the group's cloud arm, led by Y": an anaphor in an apposition is
    // the unit itself.
    if (!isWordAt(e, u"'s") || mention(slot).anaphor)
        return false;
    for (int k = e + 1; k < m_end && k <= e + 5; ++k) {
        const Token &w = tok(k);
        if (w.kind != Token::Word || w.capitalized)
            return false;
        if (is(k, wUnitNoun))
            return true;
    }
    return false;
}

// "The authority examined the investment", "Reuters reported the
// acquisition": who looks at or tells of an event did not take part in it.
bool SentenceFinder::onlookerBetween(int from, int to) const
{
    // Only in the event's own clause: "X, which was cleared by regulators,
    // acquired Y" still has X acquire.
    bool seen = false;
    for (int k = std::max(from, m_first); k < to && k < m_end; ++k) {
        if (is(k, wOnlooking))
            seen = true;
        else if (isPunct(k, u','))
            seen = false;
    }
    return seen;
}

void SentenceFinder::verb(const RelationTrigger &tr, int t, int end, QList<Candidate> &out)
{
    const unsigned src = sourceMask(tr.type);
    const unsigned tgt = tr.productOnly ? entityTypeBit(EntityType::Product) : targetMask(tr.type);
    const unsigned subjMask = tr.inverse ? tgt : src;
    const unsigned objMask = tr.inverse ? src : tgt;
    const double base = tr.weak ? 0.6 : 0.8;
    // "in the form of", "its start": a weak verb after an article is a noun.
    // (Only English articles: French "l'a créée" and "a créé" are verbs.)
    if (tr.weak && (isWordAt(t - 1, u"the") || isWordAt(t - 1, u"an") || isWordAt(t - 1, u"its")
                    || isWordAt(t - 1, u"their")))
        return;
    // "le fonds X" is a fund: its stem is that of "fonder".
    if (tr.type == RelationType::Founded && textIs(tok(t).folded(), u"fonds"))
        return;
    // "des concurrents bien financés", "well-funded rivals": a weak participle
    // after an adverb qualifies a noun.
    if (tr.weak && (isWordAt(t - 1, u"bien") || isWordAt(t - 1, u"mieux") || isWordAt(t - 1, u"well")
                    || isWordAt(t - 1, u"richly") || isWordAt(t - 1, u"heavily") || isWordAt(t - 1, u"lourdement")
                    || (isPunct(t - 1, u'-') && isWordAt(t - 2, u"well"))))
        return;
    // "its own reliance", "on their own": after a possessive, "own" is an adjective.
    if (textIs(tok(t).folded(), u"own")
        && (isWordAt(t - 1, u"its") || isWordAt(t - 1, u"their") || isWordAt(t - 1, u"his")
            || isWordAt(t - 1, u"her") || isWordAt(t - 1, u"our") || isWordAt(t - 1, u"my")
            || isWordAt(t - 1, u"your")))
        return;

    if (tr.noObject) {
        if (raisesNoMoney(end))
            return;
        // "a bouclé le rachat de X": a weak verb raises only with an amount
        // or a round in sight.
        if (tr.weak) {
            bool money = false;
            for (int k = end; k < m_end && k < end + 8 && !money; ++k)
                money = cls(k, kRound) > 0 || tok(k).kind == Token::Number || tok(k).kind == Token::Symbol;
            if (!money)
                return;
        }
        int subj = mentionLeft(t, src, 12);
        if (subj >= 0) {
            // "X, qui édite le logiciel Y, a levé …": the relative's antecedent raised.
            const int antecedent = clauseAntecedent(subj, t, src);
            if (antecedent >= 0)
                subj = antecedent;
        }
        if (subj < 0)
            subj = possessorBefore(t, src);
        if (subj >= 0) {
            emit(tr, t, end, {subj}, {}, base, out);
            *m_lastRaiser = mention(subj).entity;
            backersAfter(t, end, subj, base - 0.1, out);
        }
        return;
    }

    const int agentEnd = findAgent(end, 5);
    // "a wholly owned subsidiary of Y": "owned" qualifies the title, which
    // gives the direction; it is not the verb of "X owned Y". With an agent
    // ("which is fully owned by Y") it is the passive verb after all.
    if (tr.type == RelationType::Owns && !tr.productOnly && endsWithText(tok(t).folded(), u"owned") && t > m_first
        && agentEnd < 0) {
        // "SoftBank-owned Arm" keeps its reading; "wholly-owned" does not.
        const int before = textIs(tok(t - 1).folded(), u"-") && t - 2 >= m_first ? t - 2 : t - 1;
        if (is(before, wOwnedAdverb) || isDeterminer(t - 1))
            return;
    }
    if (tr.round && agentEnd < 0) {
        // "A and B participated in the round": needs a round nearby; "lead" only as "led by".
        if (tr.weak)
            return;
        // The trigger itself may name the round ("join the round",
        // "remettre au pot").
        bool roundNear = false;
        for (int k = t + 1; k < std::min(m_end, end + 8) && !roundNear; ++k)
            roundNear = cls(k, kRound) > 0;
        if (!roundNear)
            return;
    }
    const bool aux = cls(t - 1, kAux) == t || cls(t - 2, kAux) == t - 1 || cls(t - 2, kAux) == t;
    // "sont passés par Z", "est issue de Z": a move of the person, never a
    // passive of working.
    if ((agentEnd > 0 || (aux && !tr.round)) && tr.type != RelationType::WorkedAt) {
        // Passive: "Y was acquired by X", "Y, racheté par X", "Founded by A, B and C, Y …"
        SlotList agents = agentEnd > 0 ? listAfter(agentEnd, subjMask, 4) : SlotList();
        // "founded by former Ritual employees A and B", "by Rolling Stone publisher
        // Jann Wenner": the people named after their company.
        if (!agents.isEmpty() && typeOf(agents.first()) != EntityType::Person
            && (subjMask & entityTypeBit(EntityType::Person))) {
            const int person = mentionRight(mention(agents.last()).endToken, entityTypeBit(EntityType::Person), 3);
            if (person >= 0)
                agents = expand(person, entityTypeBit(EntityType::Person), true);
        }
        // "fondée par l'ancien patron de Kelvo, A", "founded by the former head
        // of Kelvo, A": a company after "of"/"de" belongs to the agent's
        // title; the person named after it is the agent.
        if (agents.size() > 1 && (subjMask & entityTypeBit(EntityType::Person))
            && std::any_of(agents.cbegin(), agents.cend(), [&](int a) { return typeOf(a) == EntityType::Person; })) {
            agents.removeIf([&](int a) {
                int b = mention(a).firstToken - 1;
                if (isDeterminer(b))
                    --b;
                return typeOf(a) != EntityType::Person && b >= m_first && cls(b, kOf) > b && cls(b, kOf) >= mention(a).firstToken - 1;
            });
        }
        if (tr.round && tr.weak && !agents.isEmpty() && typeOf(agents.first()) == EntityType::Person)
            return; // "led by Thomas Kurian" is leadership, not a funding round
        int patient = mentionLeft(t, objMask, 14);
        if (patient >= 0) {
            // "X, whose backers include Q, was founded by …": X was.
            const int antecedent = clauseAntecedent(patient, t, objMask);
            if (antecedent >= 0)
                patient = antecedent;
        }
        if (patient < 0 && !agents.isEmpty()) {
            int k = mention(agents.last()).endToken;
            while (k < m_end && (isPunct(k, u',') || (isModifier(k) && cls(k, kOf) < 0))
                   && k - mention(agents.last()).endToken < 6)
                ++k;
            patient = fits(mentionAt(k), objMask) ? mentionAt(k) : -1;
            // "Founded by A and B, the start-up …": a nominal anaphor there is
            // the article's company, whatever was named last before it.
            if (patient >= 0 && mention(patient).anaphor && topic() >= 0
                && (objMask & entityTypeBit(EntityType::Company))) {
                const Slots company(-2 - topic());
                emit(tr, t, end, tr.inverse ? company : Slots(agents), tr.inverse ? Slots(agents) : company,
                     base - 0.2, out);
                return;
            }
            // "Founded in 2020 by A and B, the start-up …": the article's company.
            const int after = mention(agents.last()).endToken;
            if (patient < 0 && isPunct(after, u',') && isDeterminer(after + 1) && topic() >= 0
                && (objMask & entityTypeBit(EntityType::Company))) {
                const Slots company(-2 - topic());
                emit(tr, t, end, tr.inverse ? company : Slots(agents), tr.inverse ? Slots(agents) : company,
                     base - 0.2, out);
                return;
            }
        }
        if (patient < 0 && !agents.isEmpty() && !tr.round && opensWithPronoun(t, 4)) {
            // "The airline was established in 1967 by X", "It is owned by Y".
            const int subject = articleSubject(objMask);
            if (subject <= -2) {
                agents.removeIf([&](int a) { return mention(a).entity == -2 - subject; });
                if (!agents.isEmpty()) {
                    if (tr.inverse)
                        emit(tr, t, end, {subject}, agents, base - 0.15, out);
                    else
                        emit(tr, t, end, agents, {subject}, base - 0.15, out);
                }
                return;
            }
        }
        if (patient < 0 && tr.round && raiser() >= 0 && !agents.isEmpty()) {
            emit(tr, t, end, agents, {-2 - raiser()}, base - 0.15, out);
            return;
        }
        if (patient < 0 || agents.isEmpty())
            return;
        if (tr.inverse)
            emit(tr, t, end, {patient}, agents, base, out);
        else
            emit(tr, t, end, agents, {patient}, base, out);
        return;
    }

    // Active: "X acquires Y", "A, B et C ont participé …"
    int gap = 0;
    int subj = mentionLeft(t, subjMask, 12, &gap);
    if (subj >= 0 && onlookerBetween(mention(subj).endToken, t))
        subj = -1;
    // "X, which put $1bn into Y, sells …": the object of a preposition is not
    // the subject; a name further left that is not one wins.
    const auto governed = [&](int slot) {
        const int before = mention(slot).firstToken - 1;
        // "for X to sell Y": X is the subject of the infinitive.
        // "sont passés par Z avant de fonder Y": the agent of "by"/"par" is
        // no subject either.
        return before >= m_first && !textIs(tok(before).folded(), u"for") && !textIs(tok(before).folded(), u"pour")
            && (cls(before, kOf) == before + 1 || cls(before, kAgent) == before + 1 || is(before, wGoverningPrep));
    };
    bool relative = false;
    if (subj >= 0 && governed(subj) && !tr.round) {
        // "X, which put $1bn into Y and sells …": the relative's antecedent.
        for (int k = mention(subj).firstToken - 1; k > m_first + 1; --k) {
            if (isBoundary(k) || mentionAt(k) >= 0)
                break;
            if ((isWordAt(k, u"which") || isWordAt(k, u"who") || isWordAt(k, u"qui")) && isPunct(k - 1, u',')
                && fits(mentionAt(k - 2), subjMask)) {
                subj = mentionAt(k - 2);
                relative = true;
                break;
            }
        }
    }
    // "X, which counts Q among its shareholders, invested …", "X, qui est
    // soutenue par Q, a investi …": a name inside a relative clause closed by a
    // comma before the verb is not the verb's subject; the antecedent is.
    if (subj >= 0 && !relative && !tr.round) {
        const int antecedent = clauseAntecedent(subj, t, subjMask);
        if (antecedent >= 0) {
            subj = antecedent;
            relative = true;
        }
    }
    if (subj >= 0 && !relative && governed(subj) && !tr.round) {
        int gap2 = 0;
        const int further = mentionLeft(mention(subj).firstToken, subjMask, 12, &gap2);
        if (further >= 0 && !governed(further)) {
            subj = further;
            gap += gap2;
        }
    }
    SlotList subjects = subj >= 0 ? expand(subj, subjMask, false) : SlotList();
    int obj = -1;
    if (!tr.prep.isEmpty()) {
        obj = afterPrep(end, objMask, tr.prep, 10);
    }
    if (obj < 0 && tr.prep.isEmpty())
        obj = mentionRight(end, objMask, 6);
    if (obj < 0 && !tr.prep.isEmpty() && tr.type != RelationType::InvestedIn)
        obj = mentionRight(end, objMask, 3);
    // Object relative: "Y, un ancien de Z, que X a recruté", "Y, whom X hired":
    // the object is the antecedent before the relative pronoun.
    if (obj < 0 && subj >= 0 && tr.prep.isEmpty()) {
        const int rel = mention(subj).firstToken - 1;
        if (isWordAt(rel, u"que") || isWordAt(rel, u"qu'") || isWordAt(rel, u"whom"))
            obj = mentionLeft(rel, objMask, 10);
    }
    // "a recruté en juin le patron de Y, P", "hired last week the head of Y,
    // P": the person named after a title and its company, with only a date
    // or modifiers between the verb and the title.
    if (obj < 0 && tr.type == RelationType::Hired && !tr.inverse && tr.prep.isEmpty()) {
        for (int k = end; k < m_end && k < end + 10; ++k) {
            if (isBoundary(k) || mentionAt(k) >= 0 || isPunct(k, u',') || cls(k, kList) > 0)
                break;
            if (!inTitle(k))
                continue;
            int j = k;
            while (j < m_end && inTitle(j))
                ++j;
            const int of = cls(j, kOf);
            const int company = of > 0 ? mentionAfterDeterminers(of) : -1;
            if (company >= 0 && typeOf(company) != EntityType::Person && isPunct(mention(company).endToken, u',')) {
                const int person = mentionAt(mention(company).endToken + 1);
                if (fits(person, objMask) && typeOf(person) == EntityType::Person)
                    obj = person;
            }
            break;
        }
    }
    SlotList objects = obj >= 0 ? expand(obj, objMask, true) : SlotList();
    // "hired Y's chief executive A, co-founder B and …": people each after
    // their own title, one list of hires.
    while (tr.type == RelationType::Hired && !objects.isEmpty() && objects.size() < 8) {
        const int k = mention(objects.last()).endToken;
        int j = k + 1;
        while (j < m_end && (inTitle(j) || (isDeterminer(j) && inTitle(j + 1))))
            ++j;
        const int next = mentionAt(j);
        if (!isPunct(k, u',') || j == k + 1 || next < 0 || typeOf(next) != EntityType::Person || objects.contains(next))
            break;
        const int after = mention(next).endToken;
        if (!(after >= m_end || isPunct(after, u',') || isPunct(after, u'.') || cls(after, kList) > 0))
            break;
        objects.append(next);
        if (cls(after, kList) > 0 && !isPunct(after, u','))
            break; // the conjunction closes the list
    }
    // "bought the software firm P in March and the start-up D in June": a
    // second object after a dated or priced phrase, introduced by an article.
    if ((tr.type == RelationType::Acquired || tr.type == RelationType::InvestedIn) && objects.size() == 1
        && tr.prep.isEmpty()) {
        int k = mention(objects.last()).endToken;
        int g = 0;
        while (k < m_end && g < 6 && mentionAt(k) < 0 && !isBoundary(k) && !isPunct(k, u',') && cls(k, kList) < 0
               && !startsVerb(k)) {
            ++k;
            ++g;
        }
        const int j0 = cls(k, kList);
        if (g > 0 && j0 > 0 && !isPunct(k, u',') && (isDeterminer(j0) || mentionAt(j0) >= 0)) {
            int j = j0;
            int d = 0;
            while (j < m_end && d < 5 && mentionAt(j) < 0 && (isDeterminer(j) || isModifier(j)) && !startsVerb(j)) {
                ++j;
                ++d;
            }
            const int next = mentionAt(j);
            if (fits(next, objMask) && !objects.contains(next) && next != subj)
                objects.append(next);
        }
    }
    if (objects.isEmpty() && tr.round && raiser() >= 0)
        objects = {-2 - raiser()};
    if (subjects.isEmpty() || objects.isEmpty())
        return;
    const double conf = base - (gap > 6 ? 0.1 : 0.0);
    if (tr.type == RelationType::Founded && !tr.inverse && obj >= 0) {
        const SlotList partners = partnersAfter(mention(objects.last()).endToken);
        for (int p : partners)
            if (!subjects.contains(p))
                subjects.append(p);
    }
    if (tr.inverse)
        emit(tr, t, end, objects, subjects, conf, out);
    else
        emit(tr, t, end, subjects, objects, conf, out);
}

void SentenceFinder::noun(const RelationTrigger &tr, int t, int end, QList<Candidate> &out)
{
    const unsigned src = sourceMask(tr.type);
    const unsigned tgt = targetMask(tr.type);
    const double base = tr.weak ? 0.5 : 0.7;
    // "ont participé", "a financé": a French auxiliary makes the stem a verb
    // ("participé" shares the stem of "participation").
    if (m_french
        && (isWordAt(t - 1, u"a") || isWordAt(t - 1, u"ont") || isWordAt(t - 1, u"avait") || isWordAt(t - 1, u"avaient")
            || isWordAt(t - 1, u"aura") || isWordAt(t - 1, u"auront")))
        return;
    if (tr.noObject) {
        int subj = possessorBefore(t, src);
        if (subj < 0)
            subj = afterOf(end, src, 3);
        if (subj < 0) {
            // "A and B took part in the funding round": the subject is an investor.
            int gap = 0;
            subj = mentionLeft(t, src, 10, &gap);
            QList<FoundTrigger> scratch;
            for (int k = subj >= 0 ? mention(subj).endToken : t; k < t && subj >= 0; ++k) {
                for (const auto &b : triggersHere(k, scratch))
                    if (b.first->round || b.first->type == RelationType::InvestedIn)
                        subj = -1;
            }
        }
        // "La start-up avait été valorisée 1 milliard en 2023, lors d'une levée
        // de 150 millions": far back, the company opening the sentence.
        if (subj < 0) {
            const int opening = mentionAfterDeterminers(m_first);
            if (fits(opening, src) && typeOf(opening) == EntityType::Company && mention(opening).endToken < t)
                subj = opening;
        }
        if (subj < 0) {
            subj = mentionRight(end, src, 12);
            // "Ce tour de table, mené par X", "the round, led by X": a name after
            // an agent or an investment verb is an investor, not the raiser.
            QList<FoundTrigger> scratch;
            for (int k = end; k < (subj >= 0 ? mention(subj).firstToken : end); ++k) {
                bool investing = cls(k, kAgent) > 0;
                for (const auto &b : triggersHere(k, scratch))
                    investing = investing || b.first->round || b.first->type == RelationType::InvestedIn;
                if (investing) {
                    subj = -1;
                    break;
                }
            }
        }
        if (subj >= 0) {
            emit(tr, t, end, {subj}, {}, base, out);
            *m_lastRaiser = mention(subj).entity;
            backersAfter(t, end, subj, base - 0.1, out);
        }
        return;
    }
    // "… mené par X, avec la participation de A et de B": A and B join the
    // round; they are its backers, not companies invested in.
    if (tr.type == RelationType::InvestedIn && textIs(tok(t).folded(), u"participation") && isWordAt(t - 1, u"la")
        && isWordAt(t - 2, u"avec")) {
        const int first = afterOf(end, src, 2);
        if (first >= 0 && raiser() >= 0) {
            const SlotList backers = expand(first, src, true);
            emit(tr, t, end, backers, {-2 - raiser()}, base - 0.1, out);
        }
        return;
    }
    // "l'accord conclu entre A et B", "the deal between A and B": both sides
    // are named after the noun, whoever the clause's subject is.
    if (isSymmetric(tr.type)) {
        for (int k = end; k < std::min(m_end, end + 8) && !isBoundary(k) && mentionAt(k) < 0; ++k) {
            if (!textIs(tok(k).folded(), u"entre") && !textIs(tok(k).folded(), u"between"))
                continue;
            const int a = mentionRight(k + 1, src, 2);
            const SlotList sides = a >= 0 ? expand(a, src, true) : SlotList();
            if (sides.size() >= 2) {
                emit(tr, t, end, {sides.first()}, Slots(sides.constData() + 1, sides.size() - 1), base, out);
                return;
            }
            break;
        }
    }
    const unsigned holderMask = tr.inverse ? tgt : src; // the doer of the event
    const unsigned patientMask = tr.inverse ? src : tgt;
    int prepTok = -1;
    // A weak noun keeps its preposition close: "the deal is a way to keep
    // pace with X" is no deal with X.
    const int viaPrep = tr.prep.isEmpty() ? -1 : afterPrep(end, patientMask, tr.prep, tr.weak ? 5 : 8, &prepTok);
    const int viaOf = afterOf(end, viaPrep >= 0 ? holderMask : patientMask, 3);
    const int agentEnd = findAgent(viaOf >= 0 ? mention(viaOf).endToken : end, 6);
    const int viaAgent = agentEnd > 0 ? mentionRight(agentEnd, holderMask, 2) : -1;
    const int possessor = possessorBefore(t, holderMask);

    int patient = viaPrep >= 0 ? viaPrep : viaOf;
    int doer = viaAgent;
    if (doer < 0 && viaPrep >= 0 && viaOf >= 0 && viaOf != viaPrep)
        doer = viaOf; // "l'investissement de X dans Y"
    if (doer < 0 && possessor >= 0)
        doer = possessor;
    double conf = base;
    // "Under its partnership with X, Y gets …", "Dans le cadre de son
    // partenariat avec X, Y …": a fronted phrase's possessive stands for the
    // subject named after it.
    if (doer < 0 && patient >= 0 && mentionLeft(t, ~0u, 30) < 0
        && (cls(t - 1, kPossDet) == t || (cls(t - 2, kPossDet) == t - 1 && isModifier(t - 1)))) {
        int k = mention(patient).endToken;
        for (int g = 0; k < m_end && g < 4 && !isPunct(k, u',') && mentionAt(k) < 0 && !isBoundary(k); ++g)
            ++k;
        if (isPunct(k, u',')) {
            const int subject = mentionAfterDeterminers(k + 1);
            if (fits(subject, holderMask) && subject != patient)
                doer = subject;
        }
    }
    if (doer < 0) {
        doer = mentionLeft(t, holderMask, 14);
        conf -= 0.1;
        if (doer >= 0 && onlookerBetween(mention(doer).endToken, t))
            doer = -1;
        if (doer >= 0) {
            const int antecedent = clauseAntecedent(doer, t, holderMask);
            if (antecedent >= 0)
                doer = antecedent;
        }
    }
    if (patient < 0 && possessor >= 0 && viaAgent >= 0) {
        patient = possessor; // "Wiz's acquisition by Google"
        doer = viaAgent;
    }
    if (patient < 0 && viaAgent >= 0)
        patient = mentionLeft(t, patientMask, 12); // "Y walked away from a takeover by X"
    // "X est entré au capital de Y, avec un investissement assorti d'un
    // partenariat", "X invested in Y as part of a partnership": with no
    // partner named, the partnership is between the investment's two sides.
    if (patient < 0 && tr.type == RelationType::PartnersWith) {
        for (qsizetype i = m_runStart; i < out.size(); ++i) {
            const ExtractedRelation &r = out.at(i).rel;
            if (r.type == RelationType::InvestedIn && r.target >= 0 && out.at(i).triggerToken < t) {
                emit(tr, t, end, {-2 - r.source}, {-2 - r.target}, conf - 0.1, out);
                return;
            }
        }
    }
    if (patient < 0 && doer >= 0 && !tr.inverse
        && (tr.type == RelationType::InvestedIn || (tr.type == RelationType::PartnersWith && !tr.weak)) && raiser() >= 0
        && raiser() != mention(doer).entity) {
        // "an investment of €15m": in the company the article is about.
        emit(tr, t, end, {doer}, {-2 - raiser()}, conf - 0.2, out);
        return;
    }
    if (patient < 0 || doer < 0 || patient == doer)
        return;
    SlotList patients = expand(patient, patientMask, true);
    if (tr.inverse)
        emit(tr, t, end, patients, {doer}, conf, out);
    else
        emit(tr, t, end, {doer}, patients, conf, out);
}

void SentenceFinder::role(const RelationTrigger &tr, int t, int end, QList<Candidate> &out)
{
    const unsigned src = sourceMask(tr.type);
    const unsigned tgt = targetMask(tr.type);
    // A founder's title ("co-founder of Y", "cofondateur de Y") is held by a
    // person: a company before or after it is a neighbour in a list or an
    // earlier employer, not a founder.
    const unsigned holderMask = tr.inverse ? tgt
        : tr.type == RelationType::Founded ? entityTypeBit(EntityType::Person) : src;
    const unsigned anchorMask = tr.inverse ? src : tgt;
    double conf = tr.weak ? 0.55 : 0.75;

    // The anchor: "A's role", "A role", or "role of A" (skipping coordinated roles).
    int anchor = possessorBefore(t, anchorMask);
    // "the Marlow Freight subsidiary of Y": with "of" and a name after the
    // title, the name before it (no "'s") is the holder, not the anchor.
    if (anchor >= 0 && mention(anchor).endToken == t && !isPossessive(t - 1)) {
        const int e = cls(end, kOf);
        if (e > 0 && fits(mentionAt(e), anchorMask))
            anchor = -1;
    }
    int anchorLeft = anchor >= 0;
    if (anchor < 0) {
        int k = end;
        // "face à Y": a title that ends on its own "of".
        bool seenOf = end - 1 > t && cls(end - 1, kOf) == end;
        // "CEO of the Danish furniture and lighting retailer Y": room for a
        // descriptive noun phrase before the name.
        for (int gap = 0; k < m_end && gap < 9; ++gap) {
            const int slot = mentionAt(k);
            if (slot >= 0) {
                if (seenOf) {
                    // "co-founder of the Android repair shop X", "CEO of the Linux
                    // hosting company X": a name modifying a common noun is not
                    // the anchor; the name after that noun is.
                    int j = mention(slot).endToken;
                    const bool determined = isDeterminer(mention(slot).firstToken - 1);
                    while (determined && j < m_end && j - mention(slot).endToken < 4 && isModifier(j) && cls(j, kOf) < 0
                        && cls(j, kList) < 0 && !isDeterminer(j) && !is(j, wClauseWord))
                        ++j;
                    if (j > mention(slot).endToken && isDeterminer(j) && mentionAt(j) < 0)
                        ++j; // "the Android repair shop The Fixery"
                    if (j > mention(slot).endToken && fits(mentionAt(j), anchorMask))
                        anchor = mentionAt(j);
                    else if (fits(slot, anchorMask))
                        anchor = slot;
                }
                break;
            }
            // "its CEO, along with two former X engineers": a coordination,
            // not the title's anchor.
            if (isWordAt(k, u"along") || isWordAt(k, u"together"))
                break;
            const int e = cls(k, kOf);
            if (e > 0) {
                seenOf = true;
                k = e;
                continue;
            }
            // Coordinated titles: "Chairman and Chief Executive Officer of Y".
            if (isDeterminer(k) || isModifier(k) || cls(k, kList) == k + 1 || tok(k).kind == Token::Word) {
                ++k;
                continue;
            }
            break;
        }
    }
    if (anchor < 0) {
        // "Y's founder and CEO", "Y Chairman, President and CEO": coordinated
        // titles share the possessor of the first one.
        int j = t - 1;
        bool joined = false;
        while (j >= m_first && (inTitle(j) || cls(j, kList) == j + 1 || isPunct(j, u','))) {
            joined |= inTitle(j);
            --j;
        }
        if (joined && j + 1 < t && (cls(t - 1, kList) == t || isPunct(t - 1, u','))) {
            anchor = possessorBefore(j + 1, anchorMask);
            anchorLeft = anchor >= 0;
        }
    }
    // "Y's chief executive A, co-founder B": each title of such a list
    // shares the possessor of the first.
    bool inherited = false;
    if (anchor < 0 && isPunct(t - 1, u',') && mentionAt(t - 2) >= 0 && typeOf(mentionAt(t - 2)) == EntityType::Person) {
        int j = mention(mentionAt(t - 2)).firstToken - 1;
        const int titleEnd = j;
        while (j >= m_first && inTitle(j))
            --j;
        if (j < titleEnd) {
            anchor = possessorBefore(j + 1, anchorMask);
            anchorLeft = inherited = anchor >= 0;
        }
    }
    const int roleStart = anchorLeft && !inherited ? mention(anchor).firstToken : t;
    // Past: "former CEO", "l'ancien patron", "ex-PDG", "former Quillon engineer".
    bool past = startsWithText(tok(t).folded(), u"ex-");
    for (int k = roleStart - 1; k >= std::max(m_first, roleStart - 3) && !past; --k) {
        if (cls(k, kPast) > 0)
            past = true;
        else if (mentionAt(k) >= 0 || isPunct(k, u','))
            break;
    }
    const int roleEnd = (!anchorLeft && anchor >= 0) ? mention(anchor).endToken : end;
    // Bounded: "president of Y from 1990 to 1995", "(2001-2007)", "until 2012".
    if (!past) {
        const auto isYear = [&](int k) {
            if (tok(k).kind != Token::Number || tok(k).end - tok(k).start != 4)
                return false;
            const int y = m_doc.text.mid(tok(k).start, 4).toInt();
            return y >= 1800 && y <= 2100;
        };
        for (int k = roleEnd; k < std::min(m_end, roleEnd + 8) && !past && !isBoundary(k); ++k) {
            if (isYear(k) && k > m_first && is(k - 1, wRangeTo)
                && (!textIs(tok(k - 1).folded(), u"and") && !textIs(tok(k - 1).folded(), u"et") ? true : isYear(k - 2)))
                past = textIs(tok(k - 1).folded(), u"until") || textIs(tok(k - 1).folded(), u"till")
                    || textIs(tok(k - 1).folded(), u"jusqu'en") || (k - 2 >= m_first && isYear(k - 2));
        }
    }

    // The holder: "H, [the] role", "role H", "role of A, H", "H is the role of A",
    // or a list "rivals such as A, B and C".
    SlotList holders;
    {
        int k = roleEnd;
        while (k < m_end && isPunct(k, u','))
            ++k;
        const int inc = cls(k, kInclude);
        if (inc > 0) {
            holders = listAfter(inc, holderMask, 2);
        }
    }
    int leftHolder = -1;
    int predecessor = -1; // "X a succédé à Y à la tête de Z": Y
    bool leftStrong = false;
    bool crossedCopula = false;
    bool andCopula = false;
    {
        int k = roleStart - 1;
        int gap = 0;
        // "Anthropic's" before an "A's" anchor is the possessive itself.
        if (anchorLeft && isPossessive(k + 0))
            k = roleStart - 1;
        while (k >= m_first && gap < 8) {
            // "X (born 1955 in Y) is the chairman of Z": skip the parenthesis.
            if (isPunct(k, u')')) {
                int open = k - 1;
                while (open >= m_first && !isPunct(open, u'(') && k - open < 30)
                    --open;
                if (open < m_first || !isPunct(open, u'('))
                    break;
                k = open - 1;
                leftStrong = true;
                continue;
            }
            // "Foo Ltd., a subsidiary of Y": the abbreviation's period;
            // "Foo™, a subsidiary of Y": a trademark sign.
            if ((isPunct(k, u'.') || isPunct(k, u'\u2122') || isPunct(k, u'\u00ae')) && mentionAt(k - 1) >= 0) {
                --k;
                continue;
            }
            // "X (also the founder of Y)": the parenthesis describes X.
            if (isPunct(k, u'(') && k > m_first && mentionAt(k - 1) >= 0) {
                leftStrong = true;
                --k;
                continue;
            }
            const int slot = mentionAt(k);
            if (slot >= 0) {
                if (fits(slot, holderMask) && slot != anchor)
                    leftHolder = slot;
                // "X a succédé à Y à la tête de Z", "X succeeded Y as chief
                // executive of Z": X holds the post now, Y held it before.
                if (leftHolder >= 0 && !tr.inverse) {
                    int v = mention(slot).firstToken - 1;
                    if (isWordAt(v, u"a") || isWordAt(v, u"as"))
                        --v;
                    const int successor = v >= m_first && is(v, wSucceed) ? mentionLeft(v, holderMask, 4) : -1;
                    if (successor >= 0 && successor != anchor) {
                        predecessor = leftHolder;
                        leftHolder = successor;
                    }
                }
                break;
            }
            // "Orbis hired the founders of Y": a name before a verb is that
            // verb's subject, not the title's holder.
            if (cls(k, kCopula) < 0 && startsVerb(k))
                break;
            crossedCopula |= cls(k, kCopula) == k + 1 && !textIs(tok(k).folded(), u"as");
            // "X … that owns Z and is a subsidiary of Y": a copula after "and"
            // goes on the clause's subject, not the object just before it.
            andCopula |= cls(k, kCopula) == k + 1 && (isWordAt(k - 1, u"and") || isWordAt(k - 1, u"et"));
            if (isPunct(k, u',') || cls(k, kCopula) == k + 1 || cls(k - 1, kCopula) == k + 1)
                leftStrong = true;
            else if (!(isDeterminer(k) || isModifier(k) || cls(k, kPast) > 0 || cls(k, kList) == k + 1
                       || inTitle(k) || (tok(k).kind != Token::Word && m_doc.text.at(tok(k).start) == u'%')
                       // "the Austrian subsidiary", "a wholly-owned subsidiary"
                       || (tok(k).kind == Token::Word && isDeterminer(k - 1)) || isPunct(k, u'-')))
                break;
            if (!inTitle(k))
                ++gap;
            --k;
        }
    }
    // "A Holding in Town, a subsidiary of Y", "A Holding à Ville, filiale de
    // Y": a name right after "in"/"at"/"à" that itself follows a name is a
    // place the entity stage took for a company; the apposition describes
    // the name before the preposition.
    if (leftHolder >= 0 && anchor != leftHolder) {
        const int p = mention(leftHolder).firstToken - 1;
        if (isWordAt(p, u"in") || isWordAt(p, u"at")
            || (p >= m_first && m_doc.text.at(tok(p).start) == u'\u00e0' && tok(p).end - tok(p).start == 1)) {
            const int before = p > m_first ? mentionAt(p - 1) : -1;
            if (before >= 0 && before != anchor && fits(before, holderMask) && mention(before).endToken == p)
                leftHolder = before;
        }
    }
    if (leftHolder >= 0 && andCopula) {
        const int opening = mentionAfterDeterminers(m_first);
        if (opening >= 0 && opening != leftHolder && opening != anchor && fits(opening, holderMask)
            && mention(opening).endToken <= mention(leftHolder).firstToken)
            leftHolder = opening;
    }
    if (leftHolder >= 0 && crossedCopula) {
        // "X, based in Z, is the parent of Y": the opening name, not the
        // place in the apposition, is the subject of "is".
        const int opening = mentionAfterDeterminers(m_first);
        if (opening >= 0 && opening != leftHolder && opening != anchor && fits(opening, holderMask)
            && mention(opening).endToken < mention(leftHolder).firstToken && isPunct(mention(opening).endToken, u',')
            && mentionAt(mention(opening).endToken + 1) < 0 && cls(mention(opening).endToken + 1, kList) < 0)
            leftHolder = opening;
    }
    int rightHolder = -1;
    {
        int k = roleEnd;
        int gap = 0;
        // "its founder and CEO X": the holder after a coordinated title.
        if (cls(k, kList) == k + 1) {
            QList<FoundTrigger> scratch;
            for (const auto &n : triggersHere(k + 1, scratch))
                if (n.first->kind == Kind::Role)
                    k = std::max(k, n.second);
        }
        while (k < m_end && gap < 2 && (isPunct(k, u',') || isDeterminer(k))) {
            ++k;
            ++gap;
        }
        const int slot = mentionAt(k);
        if (fits(slot, holderMask) && slot != anchor)
            rightHolder = slot;
    }
    // "Y's chief executive A, co-founder B": a person right after the title
    // holds it, not the person of the previous apposition.
    if (leftHolder >= 0 && rightHolder >= 0 && mention(rightHolder).firstToken == roleEnd && !crossedCopula
        && typeOf(leftHolder) == EntityType::Person && typeOf(rightHolder) == EntityType::Person)
        leftHolder = -1;
    // "founded by Kelvo publisher A", "acquired by Kelvo chairman A": a title
    // between its company and a person names that person, whatever the
    // clause's subject on the left.
    if (leftHolder >= 0 && rightHolder >= 0 && anchorLeft && !inherited && mention(rightHolder).firstToken == roleEnd
        && typeOf(rightHolder) == EntityType::Person && mention(anchor).endToken + (isPossessive(t - 1) ? 1 : 0) == t)
        leftHolder = -1;
    if (holders.isEmpty()) {
        // "A, B and C, the Halden co-founder": a singular title after "the"
        // describes the last name only.
        const bool singular = !endsWithText(tok(end - 1).folded(), u"s") && !endsWithText(tok(end - 1).folded(), u"x")
            && (isWordAt(roleStart - 1, u"the") || isWordAt(roleStart - 1, u"a") || isWordAt(roleStart - 1, u"an")
                || isWordAt(roleStart - 1, u"le") || isWordAt(roleStart - 1, u"la") || isWordAt(roleStart - 1, u"l'"));
        if (leftHolder >= 0 && (leftStrong || rightHolder < 0) && singular && isPunct(mention(leftHolder).endToken, u','))
            holders = {leftHolder};
        else if (leftHolder >= 0 && (leftStrong || rightHolder < 0))
            holders = expand(leftHolder, holderMask, false);
        else if (rightHolder >= 0)
            holders = expand(rightHolder, holderMask, true);
    }
    // "the former heads of A and B, P and Q", "les anciens dirigeants de A et
    // B, P et Q": coordinated anchors, then as many holders after a comma,
    // paired in order.
    if (holders.isEmpty() && anchor >= 0 && !anchorLeft) {
        const SlotList anchors = expand(anchor, anchorMask, true);
        const int k = mention(anchors.last()).endToken;
        if (anchors.size() >= 2 && isPunct(k, u',')) {
            const int first = mentionRight(k + 1, holderMask, 1);
            const SlotList people = first >= 0 ? expand(first, holderMask, true) : SlotList();
            bool disjoint = people.size() == anchors.size();
            for (int p : people)
                disjoint = disjoint && !anchors.contains(p);
            if (disjoint) {
                const QString roleText = m_doc.text.mid(tok(t).start, tok(end - 1).end - tok(t).start);
                for (int i = 0; i < people.size(); ++i) {
                    if (tr.inverse)
                        emit(tr, t, end, {anchors[i]}, {people[i]}, conf - 0.1, out, roleText, past);
                    else
                        emit(tr, t, end, {people[i]}, {anchors[i]}, conf - 0.1, out, roleText, past);
                }
                return;
            }
        }
    }
    // "À la tête de Y depuis 2018, X …", "Former CEO of Y, X …": a title
    // opening the sentence describes the subject after the comma.
    if (holders.isEmpty() && anchor >= 0 && !anchorLeft && leftHolder < 0 && rightHolder < 0
        && roleStart <= m_first + 2) {
        for (int k = mention(anchor).endToken; k < m_end && k < mention(anchor).endToken + 8; ++k) {
            if (mentionAt(k) >= 0 || isBoundary(k))
                break;
            if (isPunct(k, u',')) {
                const int subject = mentionAfterDeterminers(k + 1);
                // "Face à Velmora, Brenlo …": a rival opening the sentence
                // faces the company after the comma.
                if (fits(subject, holderMask) && subject != anchor
                    && (typeOf(subject) == EntityType::Person || tr.type == RelationType::CompetesWith))
                    holders = {subject};
                break;
            }
        }
    }
    if (holders.isEmpty() && anchor >= 0) {
        const int subject = copulaSubject(roleStart, holderMask);
        if (subject >= 0 && subject != anchor) {
            holders = {subject};
            conf -= 0.05;
        } else if (subject < 0 && opensWithPronoun(roleStart, 12)) {
            // "It is a subsidiary of Y", "He is the CEO of Y" left unresolved.
            bool copula = false;
            for (int k = m_first; k < roleStart && !copula; ++k)
                copula = cls(k, kCopula) > 0 && !textIs(tok(k).folded(), u"as");
            const int entity = copula ? articleSubject(holderMask) : -1;
            if (entity <= -2 && -2 - entity != mention(anchor).entity) {
                const QString roleText = m_doc.text.mid(tok(t).start, tok(end - 1).end - tok(t).start);
                if (tr.inverse)
                    emit(tr, t, end, {anchor}, {entity}, conf - 0.15, out, roleText, past);
                else
                    emit(tr, t, end, {entity}, {anchor}, conf - 0.15, out, roleText, past);
                return;
            }
        }
    }
    if (tr.type == RelationType::CompetesWith && anchor < 0 && rivalsOfPossessor(t, end, holders, conf, tr, out))
        return;
    if (anchor < 0 && (cls(t - 1, kPossDet) == t || (cls(t - 2, kPossDet) == t - 1 && isModifier(t - 1)))
        && (anchorMask & entityTypeBit(EntityType::Company))) {
        // "its chief executive", "son directeur général": the company last
        // named, past the title's own holders ("X counts A and B among its
        // investors": its = X).
        int left = mentionLeft(t, entityTypeBit(EntityType::Company), 30);
        const auto isHolder = [&](int slot) {
            return std::any_of(holders.begin(), holders.end(),
                               [&](int h) { return h >= 0 && mention(h).entity == mention(slot).entity; });
        };
        const int opening = mentionAfterDeterminers(m_first);
        while (left >= 0 && left != opening && isHolder(left))
            left = mentionLeft(mention(left).firstToken, entityTypeBit(EntityType::Company), 30);
        int entity = left >= 0 ? mention(left).entity : previousCompany();
        if (entity < 0)
            entity = topic();
        if (entity >= 0) {
            holders.removeIf([&](int h) { return h >= 0 && mention(h).entity == entity; });
            // "Y is led by its founder and CEO X": the company itself on the
            // left is the anchor, so the holder is the name after the title.
            if (holders.isEmpty() && rightHolder >= 0 && mention(rightHolder).entity != entity)
                holders = expand(rightHolder, holderMask, true);
            if (holders.isEmpty())
                return;
            const QString roleText = m_doc.text.mid(tok(t).start, tok(end - 1).end - tok(t).start);
            if (tr.inverse)
                emit(tr, t, end, {-2 - entity}, holders, conf - 0.15, out, roleText, past);
            else
                emit(tr, t, end, holders, {-2 - entity}, conf - 0.15, out, roleText, past);
        }
        return;
    }
    // "X, the group's arm", "X, la filiale ... du groupe": an anaphoric or
    // missing parent is the company X is named after, when there is one.
    if (tr.type == RelationType::Owns && tr.inverse && holders.size() == 1
        && (anchor < 0 || mention(anchor).anaphor) && afterOf(end, ~0u, 3) < 0) {
        const int parent = familyParent(holders.first());
        if (parent <= -2 && !past) {
            emit(tr, t, end, {parent}, holders, conf - 0.1, out);
            return;
        }
    }
    if (anchor < 0 && tr.type == RelationType::InvestedIn && !holders.isEmpty() && raiser() >= 0) {
        const QString roleText;
        holders.removeIf([&](int h) { return h >= 0 && mention(h).entity == raiser(); });
        if (!holders.isEmpty())
            emit(tr, t, end, holders, {-2 - raiser()}, conf - 0.2, out, roleText, past);
        return;
    }
    if (anchor < 0) {
        // "rivals such as OpenAI", "for parent company Y": the subject of the clause.
        if ((tr.type != RelationType::CompetesWith && tr.type != RelationType::Owns) || holders.isEmpty())
            return;
        if (past && tr.type == RelationType::Owns)
            return; // "acquired it from former parent X": X owns it no more
        // "a racheté l'éditeur Pelliot", "bought the game maker X": a maker
        // named as a descriptor makes nothing of the clause's subject.
        if (tr.type == RelationType::Owns && is(t, wMaker))
            return;

        anchor = mentionLeft(t, anchorMask, 12);
        conf -= 0.15;
        if (anchor < 0)
            return;
    }
    holders.removeAll(anchor);
    if (holders.isEmpty())
        return;
    // "Samsung hired the start-up's founders": a company does not hire its
    // own founders or chief; the anaphor means the company named before.
    int anchorArg = anchor;
    if (mention(anchor).anaphor && !tr.inverse) {
        const int same = mention(anchor).entity;
        bool hiredBySame = false;
        for (int k = m_first; k < std::min(t, mention(anchor).firstToken) && !hiredBySame; ++k) {
            const int slot = mentionAt(k);
            if (slot < 0 || mention(slot).anaphor || mention(slot).entity != same)
                continue;
            // The hirer is the verb's subject: close before it, not a possessor.
            const int after = mention(slot).endToken;
            for (int j = after; j < std::min(after + 4, mention(anchor).firstToken) && !hiredBySame && !isPossessive(after); ++j)
                hiredBySame = startsVerb(j);
            k = mention(slot).endToken - 1;
        }
        if (hiredBySame) {
            // Of the companies named in the last three sentences, the one the
            // article names most (a news agency quoted once is not the topic).
            anchorArg = -1;
            int bestCount = 0;
            const int sentence = m_mentions.empty() ? 0 : mention(0).sentence;
            for (int i = m_mentions.empty() ? -1 : m_mentions.front() - 1; i >= 0; --i) {
                const EntityMention &m = m_doc.mentions[i];
                if (m.sentence < sentence - 3)
                    break;
                if (m.anaphor || m.entity == same || m.entity < 0
                    || m_doc.entities[m.entity].type != m_doc.entities[same].type)
                    continue;
                const int count = int(m_doc.entities[m.entity].mentions.size());
                if (count > bestCount) {
                    bestCount = count;
                    anchorArg = -2 - m.entity;
                }
            }
            if (anchorArg == -1)
                return;
        }
    }
    if (tr.type == RelationType::Founded && !tr.inverse && !anchorLeft) {
        int from = mention(anchor).endToken;
        if (isWordAt(from, u"together"))
            ++from;
        for (int p : partnersAfter(from))
            if (!holders.contains(p) && p != anchor)
                holders.append(p);
    }
    const QString roleText = m_doc.text.mid(tok(t).start, tok(end - 1).end - tok(t).start);
    if (tr.inverse)
        emit(tr, t, end, {anchorArg}, holders, conf, out, roleText, past);
    else
        emit(tr, t, end, holders, {anchorArg}, conf, out, roleText, past);
    if (predecessor >= 0 && !holders.contains(predecessor) && tr.type == RelationType::Leads)
        emit(tr, t, end, {predecessor}, {anchorArg}, conf - 0.1, out, roleText, true);
}

// "raised $50m from A and B", "a levé 10 millions auprès de A et B": the
// backers named after a raise invested in the raiser.
void SentenceFinder::backersAfter(int t, int end, int raiserSlot, double confidence, QList<Candidate> &out)
{
    static const RelationTrigger invested = constructionTrigger(RelationType::InvestedIn, Kind::Verb);
    for (int k = end; k < std::min(m_end, end + 14) && !isBoundary(k); ++k) {
        if (!isWordAt(k, u"from") && !isWordAt(k, u"aupres"))
            continue;
        SlotList backers = listAfter(k + 1, sourceMask(RelationType::InvestedIn), 4);
        backers.removeIf([&](int b) { return mention(b).entity == mention(raiserSlot).entity; });
        if (!backers.isEmpty()) {
            const qsizetype before = out.size();
            emit(invested, t, end, backers, {raiserSlot}, confidence, out);
            // The round's total is the raiser's, not each backer's share.
            for (qsizetype c = before; c < out.size(); ++c) {
                out[c].rel.amount.reset();
                out[c].rel.stakePercent.reset();
            }
        }
        return;
    }
}

// The trigger behind ownership read from a construction rather than a word
// (possessives, product appositions).
const RelationTrigger &ownsTrigger()
{
    static const RelationTrigger owns = constructionTrigger(RelationType::Owns, Kind::Role);
    return owns;
}

const RelationTrigger &workedAtTrigger()
{
    static const RelationTrigger workedAt = constructionTrigger(RelationType::WorkedAt, Kind::Role);
    return workedAt;
}

// Moves between employers: "X joined Y from Z", "X rejoint Y en provenance
// de Z" (X worked at Z); "X left Z for Y", "X quitte Z pour rejoindre Y" (X
// worked at Z, Y hired X).
void SentenceFinder::moves(QList<Candidate> &out)
{
    const unsigned employer = entityTypeBit(EntityType::Company) | entityTypeBit(EntityType::Organization);
    const unsigned person = entityTypeBit(EntityType::Person);
    const int before = int(out.size());
    static const RelationTrigger hired = constructionTrigger(RelationType::Hired, Kind::Verb);
    for (int t = m_first + 1; t < m_end && (m_sentenceWords & wMoveWord); ++t) {
        // Runs over every token of every sentence: one bit test for the
        // words below, then the literal tests.
        if (!is(t, wMoveWord))
            continue;
        const QString &f = tok(t).folded();
        // Where someone came from, after a hiring in this sentence.
        int fromEnd = -1;
        if (textIs(f, u"from"))
            fromEnd = t + 1;
        else if ((textIs(f, u"provenance") || textIs(f, u"venu") || textIs(f, u"venue") || textIs(f, u"venant"))
                 && (isWordAt(t + 1, u"de") || isWordAt(t + 1, u"d'")))
            fromEnd = t + 2;
        if (fromEnd > 0) {
            const int origin = mentionAfterDeterminers(fromEnd);
            if (!fits(origin, employer))
                continue;
            for (int i = 0; i < before; ++i) {
                const Candidate &c = out.at(i);
                if (c.rel.type != RelationType::Hired || c.triggerToken >= t || c.rel.target < 0
                    || c.rel.source == mention(origin).entity)
                    continue;
                Candidate moved;
                moved.rel.type = RelationType::WorkedAt;
                moved.rel.source = c.rel.target;
                moved.rel.target = mention(origin).entity;
                moved.rel.confidence = 0.55;
                moved.triggerToken = t;
                attach(moved, t, fromEnd, false);
                moved.rel.status = Status::Completed;
                out.append(moved);
                break;
            }
            continue;
        }
        // Leaving: "X left Z", "X quitte Z", and where to.
        if (!textIs(f, u"left") && !textIs(f, u"leaves") && !textIs(f, u"leaving") && !textIs(f, u"quit")
            && !textIs(f, u"quits") && !textIs(f, u"quitte") && !textIs(f, u"quittera") && !textIs(f, u"quitter")
            && !textIs(f, u"departed"))
            continue;
        // The leaver is the verb's own subject: "X has left", not "founded
        // with X after leaving" (the main clause's subject left).
        const int who = mentionLeft(t, person, 3);
        const int from = mentionAfterDeterminers(t + 1);
        if (who < 0 || !fits(from, employer) || mention(from).firstToken > t + 2)
            continue;
        bool subject = mention(who).firstToken == m_first
            || !is(mention(who).firstToken - 1, wNotSubject);
        for (int k = mention(who).endToken; k < t && subject; ++k)
            subject = !is(k, wNotSubject) && !isPunct(k, u',');
        if (!subject)
            continue;
        emit(workedAtTrigger(), t, t + 1, {who}, {from}, 0.6, out);
        int k = mention(from).endToken;
        if (isWordAt(k, u"for") || isWordAt(k, u"pour")) {
            ++k;
            if (isWordAt(k, u"rejoindre") || isWordAt(k, u"join"))
                ++k;
            else if (isWordAt(k, u"to") && isWordAt(k + 1, u"join"))
                k += 2;
            const int to = mentionAfterDeterminers(k);
            if (fits(to, employer) && to != from)
                emit(hired, t, t + 1, {to}, {who}, 0.6, out);
        }
    }
}

// "Nora Lind, ex-Google, rejoint …", "l'ex-Google Nora Lind": a company
// after "ex-" is where the person next to it used to work.
void SentenceFinder::formerEmployers(QList<Candidate> &out)
{
    const RelationTrigger &workedAt = workedAtTrigger();
    const unsigned employer = entityTypeBit(EntityType::Company) | entityTypeBit(EntityType::Organization);
    const unsigned person = entityTypeBit(EntityType::Person);
    for (int t = m_first + 2; t < m_end && (m_sentenceWords & wEx); ++t) {
        const int company = mentionAt(t);
        if (company < 0 || mention(company).firstToken != t || !fits(company, employer) || mention(company).anaphor)
            continue;
        if (!isPunct(t - 1, u'-') || !isWordAt(t - 2, u"ex") || tok(t - 1).start != tok(t - 2).end
            || tok(t).start != tok(t - 1).end)
            continue;
        int holder = -1;
        if (t - 4 >= m_first && isPunct(t - 3, u',') && fits(mentionAt(t - 4), person))
            holder = mentionAt(t - 4); // "Nora Lind, ex-Google"
        else if (fits(mentionAt(mention(company).endToken), person))
            holder = mentionAt(mention(company).endToken); // "l'ex-Google Nora Lind"
        if (holder >= 0)
            emit(workedAt, t - 2, mention(company).endToken, {holder}, {company}, 0.6, out);
    }
}

// "Meta's WhatsApp", "Alphabet's Google": the owner's possession.
void SentenceFinder::possessives(QList<Candidate> &out)
{
    const RelationTrigger &owns = ownsTrigger();
    const unsigned src = sourceMask(RelationType::Owns);
    const unsigned tgt = entityTypeBit(EntityType::Product) | entityTypeBit(EntityType::Company);
    for (int t = m_first + 1; t + 1 < m_end && (m_sentenceWords & wPossessiveMark); ++t) {
        if (!is(t, wPossessiveMark))
            continue; // most tokens: one bit test
        // "Quorra, whose Pebble app …" reads as "Quorra's Pebble app".
        const bool whose = isWordAt(t, u"whose") && isPunct(t - 1, u',');
        if (!isPossessive(t) && !whose)
            continue;
        const int owner = mentionAt(whose ? t - 2 : t - 1);
        int owned = mentionAt(t + 1);
        // "Orsenne's popular Tallyo software": a product past an adjective or two.
        if (owned < 0) {
            int k = t + 1;
            while (k < m_end && k - t <= 2 && isModifier(k) && !inTitle(k) && !startsVerb(k))
                ++k;
            if (k > t + 1 && fits(mentionAt(k), entityTypeBit(EntityType::Product)))
                owned = mentionAt(k);
        }
        if (!fits(owner, src) || !fits(owned, tgt) || owner == owned || mention(owner).anaphor)
            continue;
        // "Google's Wiz deal": the possessed name is a modifier of an event noun.
        const int after = mention(owned).endToken;
        if (after < m_end && tok(after).kind == Token::Word && !tok(after).capitalized && mentionAt(after) < 0) {
            QList<FoundTrigger> scratch;
            if (!triggersHere(after, scratch).empty())
                continue;
        }
        emit(owns, t, t + 1, {owner}, {owned}, 0.6, out);
    }
    // "its Prism suite", "son logiciel Nimbus", "sa batterie Nimbus": a
    // product after a possessive determiner belongs to the clause's company —
    // the nearest company on the left that is neither a possessor nor the
    // object of a preposition ("X, which put $1bn into Y, sells its Z": X).
    const unsigned company = entityTypeBit(EntityType::Company);
    for (int t = m_first; t + 1 < m_end && classInSentence(kPossDet); ++t) {
        const int e = cls(t, kPossDet);
        if (e != t + 1)
            continue;
        int k = e;
        bool kind = false; // a kind of product was named: "ses modèles", "its own coding agent"
        while (k < m_end && k - e < 3 && isModifier(k) && !inTitle(k) && cls(k, kInclude) < 0) {
            kind = kind || cls(k, kProductNoun) > 0;
            ++k;
        }
        // "its own coding agent, Codex", "son propre assistant, Tamaris": the
        // kind, then the name in apposition.
        const bool apposition = kind && mentionAt(k) < 0 && isPunct(k, u',');
        if (apposition)
            ++k;
        const int owned = mentionAt(k);
        // Right after a kind of product the names are products whatever
        // their type ("ses modèles A, B et C" when the entity stage typed
        // them companies); otherwise only a product is owned ("its new
        // agent, Halden Partners" is a firm).
        const unsigned ownedMask = entityTypeBit(EntityType::Product) | (kind && !apposition ? company : 0u);
        if (!fits(owned, ownedMask) || mention(owned).anaphor || mention(owned).firstToken != k)
            continue;
        int owner = -1;
        for (int j = t - 1; j >= m_first && owner < 0; --j) {
            if (isBoundary(j))
                break;
            const int slot = mentionAt(j);
            if (slot < 0)
                continue;
            j = mention(slot).firstToken;
            const int after = mention(slot).endToken;
            const int before = j - 1;
            // "lost ground to X, which … sells its Z": the relative's antecedent.
            const bool antecedent = isPunct(after, u',')
                && (isWordAt(after + 1, u"which") || isWordAt(after + 1, u"who") || isWordAt(after + 1, u"qui"));
            if (!fits(slot, company) || isPossessive(after)
                || (!antecedent && before >= m_first
                    && (cls(before, kOf) == j || cls(before, kAgent) == j || is(before, wObjectPrep))))
                continue;
            owner = slot;
        }
        SlotList sources;
        if (owner >= 0)
            sources = {owner};
        else if (t == m_first && topic() >= 0)
            sources = {-2 - topic()}; // "Its Prism suite …": the article's company
        if (sources.isEmpty())
            continue;
        // "ses modèles A, B et C", "its models A and B": each one listed.
        if (kind) {
            const SlotList listed = expand(owned, ownedMask, true);
            emit(owns, t, k + 1, sources, listed, owner >= 0 ? 0.55 : 0.45, out);
            continue;
        }
        emit(owns, t, k + 1, sources, {owned}, owner >= 0 ? 0.55 : 0.45, out);
    }
}

// "P, the flagship model of X", "P, le modèle phare de X", "P, X's coding
// assistant": an apposition naming a kind of product and its maker.
void SentenceFinder::productAppositions(QList<Candidate> &out)
{
    const RelationTrigger &owns = ownsTrigger();
    const unsigned maker = entityTypeBit(EntityType::Company);
    const unsigned made = entityTypeBit(EntityType::Product) | entityTypeBit(EntityType::Company);
    // Both constructions need a kind of product in the sentence.
    if (!classInSentence(kProductNoun))
        return;
    for (int t = m_first + 1; t + 2 < m_end; ++t) {
        if (!isPunct(t, u','))
            continue;
        const int product = mentionAt(t - 1);
        if (!fits(product, made) || mention(product).anaphor)
            continue;
        int k = t + 1;
        int owner = -1;
        if (isDeterminer(k) && !isWordAt(k, u"a") && !isWordAt(k, u"an") && !isWordAt(k, u"un") && !isWordAt(k, u"une"))
            ++k; // "the", "le": a definite description, not "a model like …"
        else if (fits(mentionAt(k), maker) && isPossessive(mention(mentionAt(k)).endToken)) {
            owner = mentionAt(k);
            k = mention(owner).endToken + 1;
        } else {
            continue;
        }
        int noun = -1;
        for (int g = 0; k < m_end && g < 3 && noun < 0; ++g, ++k) {
            if (cls(k, kProductNoun) > 0)
                noun = k;
            else if (!isModifier(k))
                break;
        }
        if (noun < 0)
            continue;
        if (owner < 0) {
            // "le modèle phare de X": one or two adjectives, then of/de/by/from.
            int j = noun + 1;
            while (j < m_end && j - noun <= 2 && isModifier(j) && cls(j, kOf) < 0 && !isWordAt(j, u"by")
                   && !isWordAt(j, u"from") && !isWordAt(j, u"par"))
                ++j;
            const bool of = isWordAt(j, u"of") || isWordAt(j, u"de") || isWordAt(j, u"d'") || isWordAt(j, u"du")
                || isWordAt(j, u"by") || isWordAt(j, u"from") || isWordAt(j, u"par");
            if (!of)
                continue;
            owner = mentionAt(j + 1);
            if (!fits(owner, maker))
                continue;
        }
        if (mention(owner).entity == mention(product).entity)
            continue;
        emit(owns, t, noun + 1, {owner}, {product}, 0.55, out);
    }
    // "les modèles de la start-up, dont A et B", "the models of X, including
    // A and B": the products listed after a kind of product and its maker.
    if (!classInSentence(kInclude))
        return;
    for (int t = m_first; t + 3 < m_end; ++t) {
        if (cls(t, kProductNoun) <= 0)
            continue;
        const int of = cls(t + 1, kOf);
        if (of < 0 || !(isWordAt(t + 1, u"of") || isWordAt(t + 1, u"de") || isWordAt(t + 1, u"d'")
                        || isWordAt(t + 1, u"du")))
            continue;
        // A named maker only: an anaphor there ("les modèles de la
        // start-up") is too often resolved to the wrong company.
        const int owner = mentionAfterDeterminers(of);
        if (!fits(owner, maker) || mention(owner).anaphor)
            continue;
        int k = mention(owner).endToken;
        if (isPunct(k, u','))
            ++k;
        const int e = cls(k, kInclude);
        if (e < 0 || isPunct(k, u':'))
            continue;
        const int first = mentionAt(e);
        if (!fits(first, entityTypeBit(EntityType::Product)) || mention(first).firstToken != e)
            continue;
        SlotList products = expand(first, entityTypeBit(EntityType::Product), true);
        products.removeIf([&](int p) { return mention(p).entity == mention(owner).entity; });
        emit(owns, t, e, {owner}, products, 0.5, out);
    }
}

int SentenceFinder::raiser() const
{
    return *m_lastRaiser >= 0 ? *m_lastRaiser : topic();
}

// "X co-founded Y in 1979. He served as its chairman": the last company
// named in the sentence before this one, or -1.
int SentenceFinder::previousCompany() const
{
    if (m_lastCompany.isEmpty()) {
        // One pass over the document's mentions for every sentence (index
        // s + 1 for sentence s): the company named furthest right, the first
        // such mention on a tie.
        m_lastCompany.fill(-1, m_doc.sentences.size() + 1);
        QList<int> bestToken(m_lastCompany.size(), -1);
        for (const EntityMention &m : m_doc.mentions) {
            if (m.sentence < -1 || m.sentence + 1 >= m_lastCompany.size() || m.anaphor || m.entity < 0
                || m.entity >= m_doc.entities.size() || m_doc.entities[m.entity].type != EntityType::Company)
                continue;
            if (m.firstToken > bestToken[m.sentence + 1]) {
                bestToken[m.sentence + 1] = m.firstToken;
                m_lastCompany[m.sentence + 1] = m.entity;
            }
        }
    }
    return m_lastCompany[m_sentenceIndex]; // sentence m_sentenceIndex - 1
}

int SentenceFinder::topic() const
{
    if (m_topic != -3)
        return m_topic;
    QList<int> counts(m_doc.entities.size(), 0);
    for (const EntityMention &m : m_doc.mentions) {
        if (m.entity >= 0 && m.entity < counts.size() && m_doc.entities[m.entity].type == EntityType::Company)
            ++counts[m.entity];
    }
    const auto it = std::max_element(counts.cbegin(), counts.cend());
    m_topic = (it == counts.cend() || *it < 2) ? -1 : int(it - counts.cbegin());
    return m_topic;
}

int SentenceFinder::tokenAtOffset(int offset) const
{
    int lo = m_first;
    int hi = m_end;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (tok(mid).end <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

Status SentenceFinder::statusAt(int t, int end) const
{
    // Every candidate of a trigger asks again: the answer depends on the
    // trigger's span only. Spans are chained by their first token, so that
    // one long line repeating a clause (thousands of spans) stays linear.
    if (t < m_first || t >= m_end)
        return findStatus(t, end); // never, for a trigger of the sentence
    if (m_statusCache.empty()) // the sentence's first span
        m_statusHead.assign(size_t(m_end - m_first), -1);
    const size_t at = size_t(t - m_first);
    for (int e = m_statusHead[at]; e >= 0; e = m_statusCache[size_t(e)].next) {
        if (m_statusCache[size_t(e)].end == end)
            return m_statusCache[size_t(e)].status;
    }
    const Status status = findStatus(t, end);
    m_statusCache.push_back({end, status, m_statusHead[at]});
    m_statusHead[at] = int(m_statusCache.size() - 1);
    return status;
}

// The status cue read at token k (k inside the sentence), as findStatus
// weighs it: it depends on k alone, so each token of the sentence is read
// once however many trigger windows cover it.
CueAt SentenceFinder::cueAt(size_t i) const
{
    static const int rank[] = {/*Rumoured*/ 3, /*Talks*/ 4, /*Expected*/ 2, /*Announced*/ 1, /*Completed*/ 0,
                               /*Failed*/ 5, /*Denied*/ 6};
    const int k = m_cueTokens[i];
    CueAt &cached = m_cueAt[i];
    if (cached.known)
        return cached;
    cached.known = true;
    QList<std::pair<const StatusCue *, int>> &cues = m_cues; // reused: no allocation per call
    cues.clear();
    m_lex.cuesAt(m_doc, k, m_end, cues);
    std::optional<Status> here;
    int cueEnd = k + 1;
    for (const auto &[cue, e] : std::as_const(cues)) {
        if (!here || rank[int(cue->status)] > rank[int(*here)]) {
            here = cue->status;
            cueEnd = e;
        }
    }
    // French conditional: "rachèterait", "aurait", "serait" (not the "devrait" cue).
    if (!here && frenchConditional(k))
        here = Status::Rumoured;
    if (!here)
        return cached;
    // "compte racheter" plans; "compte parmi ses clients" counts.
    if (*here == Status::Announced && textIs(tok(k).folded(), u"compte") && k + 1 < m_end) {
        const QString &next = tok(k + 1).folded();
        if (!(endsWithText(next, u"er") || endsWithText(next, u"ir") || endsWithText(next, u"re")))
            return cached;
    }
    // "declined to comment", "a refusé de commenter": silence, not a denial.
    if (*here == Status::Denied) {
        if ((isWordAt(cueEnd, u"to") || isWordAt(cueEnd, u"de") || isWordAt(cueEnd, u"d'") || isWordAt(cueEnd, u"a"))
            && cueEnd + 1 < m_end && is(cueEnd + 1, wSpeech))
            return cached;
    }
    cached.cue = true;
    cached.status = *here;
    cached.end = cueEnd;
    return cached;
}

void SentenceFinder::fillCueTokens() const
{
    // Elsewhere cueAt() finds no cue: cuesAt() has nothing there (what
    // mayCue says) and the word is no French conditional.
    if (m_french) {
        m_cueTokens.clear();
        for (int k = m_first; k < m_end; ++k) {
            if (m_facts[size_t(k - m_first)].mayCue || frenchConditional(k))
                m_cueTokens.push_back(k);
        }
    }
    m_cueAt.assign(m_cueTokens.size(), CueAt());
    m_cueAtFilled = true;
}

Status SentenceFinder::findStatus(int t, int end) const
{
    static const int rank[] = {/*Rumoured*/ 3, /*Talks*/ 4, /*Expected*/ 2, /*Announced*/ 1, /*Completed*/ 0,
                               /*Failed*/ 5, /*Denied*/ 6};
    std::optional<Status> best;
    int bestDist = 1000;
    const int from = std::max(m_first, t - 9);
    // Without a token that may start a cue, cueAt() finds none anywhere.
    const int to = m_sentenceCues ? std::min(m_end, end + 7) : from;
    if (from < to && !m_cueAtFilled)
        fillCueTokens();
    // Only the tokens where cueAt() may find a cue, in the same order.
    const auto firstCue = from < to ? std::lower_bound(m_cueTokens.cbegin(), m_cueTokens.cend(), from)
                                    : m_cueTokens.cend();
    for (auto it = firstCue; it != m_cueTokens.cend() && *it < to; ++it) {
        const int k = *it;
        if (k >= t && k < end)
            continue;
        const CueAt cue = cueAt(size_t(it - m_cueTokens.cbegin()));
        if (!cue.cue)
            continue;
        const Status here = cue.status;
        const int cueEnd = cue.end;
        // Clause boundaries stop a cue: "; " or a new sentence part.
        bool blocked = false;
        for (int b = std::min(cueEnd, t); b < std::max(k, end); ++b)
            blocked |= isBoundary(b);
        if (blocked)
            continue;
        // Outcomes (failed, denied) outweigh a nearer "would" or "will".
        const int dist = (k < t ? t - cueEnd : (k - end) + 2)
            - ((here == Status::Failed || here == Status::Denied) ? 4 : 0);
        if (dist < bestDist || (dist == bestDist && rank[int(here)] > rank[int(*best)])) {
            best = here;
            bestDist = dist;
        }
    }
    // Negation right before the trigger: "did not buy", "n'a pas racheté".
    for (int k = std::max(m_first, t - 3); k < t; ++k) {
        if (cls(k, kNegation) > 0 || endsWithText(tok(k).folded(), u"n't")) {
            if (!best || (*best != Status::Failed && *best != Status::Denied))
                return Status::Denied;
        }
    }
    return best.value_or(Status::Completed);
}

// Amounts, percentages and years all start at a digit, and without a
// publication date a month name alone gives no date: a sentence without
// digits skips the parsers.
bool SentenceFinder::hasDigits()
{
    // run() sets m_digits from the tokens' forms; a token built by hand (no
    // form) leaves it to the text.
    if (m_digits < 0) {
        const QStringView text = QStringView(m_doc.text).mid(m_sentence->start, m_sentence->end - m_sentence->start);
        m_digits = std::any_of(text.begin(), text.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return u < 0x80 ? u >= u'0' && u <= u'9' : c.isDigit(); // no Unicode table for ASCII
        }) ? 1 : 0;
    }
    return m_digits == 1;
}

const QList<MoneyMention> &SentenceFinder::amounts()
{
    if (!m_amountsDone) {
        m_amountsDone = true;
        if (hasDigits())
            m_amounts = Quantities::findAmounts(QStringView(m_doc.text).mid(m_sentence->start, m_sentence->end - m_sentence->start),
                                                m_doc.language, m_sentence->start);
    }
    return m_amounts;
}

const QList<PercentMention> &SentenceFinder::percents()
{
    if (!m_percentsDone) {
        m_percentsDone = true;
        if (hasDigits())
            m_percents = Quantities::findPercents(
                QStringView(m_doc.text).mid(m_sentence->start, m_sentence->end - m_sentence->start), m_doc.language,
                m_sentence->start);
    }
    return m_percents;
}

const QList<DateMention> &SentenceFinder::dates()
{
    if (!m_datesDone) {
        m_datesDone = true;
        if (hasDigits() || m_doc.published.isValid())
            m_dates = Dates::find(QStringView(m_doc.text).mid(m_sentence->start, m_sentence->end - m_sentence->start),
                                  m_doc.language, m_doc.published, m_sentence->start);
    }
    return m_dates;
}

void SentenceFinder::attach(Candidate &c, int t, int end, bool stakeTrigger)
{
    ExtractedRelation &r = c.rel;
    r.evidence = {m_sentence->start, m_sentence->end};
    r.status = statusAt(t, end);
    const bool money = r.type == RelationType::Acquired || r.type == RelationType::InvestedIn
        || r.type == RelationType::Raised;
    // "valued at $X", "$X in annual revenue", "X de chiffre d'affaires"; a
    // preposition or comma closes the amount's phrase ("$50m at a valuation…").
    auto stops = [&](int k) {
        return isPunct(k, u',') || is(k, wAmountStop);
    };
    auto notDeal = [&](int a, int b) {
        for (int k = a - 1; k >= std::max(m_first, a - 3) && !stops(k); --k)
            if (cls(k, kNotDeal) > 0)
                return true;
        for (int k = b; k < std::min(m_end, b + 3) && !stops(k); ++k)
            if (cls(k, kNotDeal) > 0)
                return true;
        return false;
    };
    if (money) {
        int bestDist = 16;
        for (const MoneyMention &m : amounts()) {
            const int a = tokenAtOffset(m.start);
            const int b = tokenAtOffset(m.end - 1) + 1;
            const int dist = b <= t ? t - b : std::max(0, a - end);
            if (dist >= bestDist || notDeal(a, b))
                continue;
            bestDist = dist;
            r.amount = m.amount;
        }
        if (r.type != RelationType::Raised) {
            int bestP = 12;
            for (const PercentMention &p : percents()) {
                const int a = tokenAtOffset(p.start);
                const int b = tokenAtOffset(p.end - 1) + 1;
                const int dist = b <= t ? t - b : std::max(0, a - end);
                if (dist >= bestP || notDeal(a, b))
                    continue;
                bestP = dist;
                r.stakePercent = p.value;
            }
        }
    }
    if (r.type == RelationType::Acquired && (stakeTrigger || (r.stakePercent && *r.stakePercent < 50)))
        r.type = RelationType::InvestedIn;
    // "X, détenu à 40 % par Y", "Y owns 30% of X": a minority holding is a
    // stake, not a parent's ownership.
    if (r.type == RelationType::Owns) {
        for (const PercentMention &p : percents()) {
            const int a = tokenAtOffset(p.start);
            const int b = tokenAtOffset(p.end - 1) + 1;
            const int dist = b <= t ? t - b : std::max(0, a - end);
            if (dist < 6 && p.value < 50 && !notDeal(a, b)) {
                r.type = RelationType::InvestedIn;
                r.stakePercent = p.value;
                break;
            }
        }
    }
    int bestD = 1000;
    for (const DateMention &d : dates()) {
        const int a = tokenAtOffset(d.start);
        const int dist = std::abs(a - t);
        if (dist < bestD) {
            bestD = dist;
            r.date = d.iso;
        }
    }
}

void SentenceFinder::emit(const RelationTrigger &tr, int t, int end, Slots sources, Slots targets, double confidence,
                          QList<Candidate> &out, const QString &roleText, bool past)
{
    // Target slots below -1 encode an entity directly (the round's company).
    auto entityOf = [&](int slot) { return slot <= -2 ? -2 - slot : mention(slot).entity; };
    auto anaphor = [&](int slot) { return slot >= 0 && mention(slot).anaphor; };
    RelationType type = tr.type;
    if (type == RelationType::Leads && past)
        type = RelationType::WorkedAt;
    const bool stake = tr.stake;
    const bool listed = sources.size() > 1 || targets.size() > 1;
    const Slots targetList = targets.isEmpty() ? Slots(-1) : targets;
    for (int s : sources) {
        for (int g : targetList) {
            Candidate c;
            c.rel.type = type;
            c.rel.source = entityOf(s);
            c.rel.target = g == -1 ? -1 : entityOf(g);
            if (c.rel.source == c.rel.target)
                continue;
            const EntityType st = m_doc.entities[c.rel.source].type;
            std::optional<EntityType> gt;
            if (c.rel.target >= 0)
                gt = m_doc.entities[c.rel.target].type;
            if (hasTarget(type) != gt.has_value() || !allowsEndpoints(type, st, gt))
                continue;
            // "ran Microsoft's research centre", "head of Google's cloud unit":
            // leading a part of a company is working there.
            if (type == RelationType::Leads && g >= 0 && leadsUnitOf(g))
                c.rel.type = RelationType::WorkedAt;
            c.rel.role = (c.rel.type == RelationType::Leads || c.rel.type == RelationType::WorkedAt) ? roleText : QString();
            c.rel.confidence = confidence - (anaphor(s) || anaphor(g) ? 0.1 : 0.0) - (listed ? 0.05 : 0.0);
            c.triggerToken = t;
            attach(c, t, end, stake);
            if (c.rel.type == RelationType::InvestedIn && !allowsEndpoints(c.rel.type, st, gt))
                continue;
            c.rel.confidence = std::clamp(c.rel.confidence, 0.05, 0.95);
            out.append(std::move(c));
        }
    }
}

void SentenceFinder::run(QList<Candidate> &out)
{
    // The sentence's triggers in one flat list (kept from sentence to
    // sentence), each token's run of them starting at m_byToken[i].second.
    QList<std::pair<const RelationTrigger *, int>> &found = m_found;
    found.clear();
    m_cueTokens.clear();
    m_byToken.clear();
    m_runStart = out.size();
    // A capitalized trigger opening the sentence ("Founded in 2020 by …") may
    // have been taken for a name: it is the trigger, not an argument.
    if (m_first < m_end && mentionAt(m_first) >= 0 && mention(mentionAt(m_first)).endToken == m_first + 1) {
        m_lex.triggersAt(m_doc, m_first, m_end, found);
        if (!found.isEmpty())
            m_atToken[0] = -1;
        found.clear();
    }
    // Look the triggers up once; titles are marked first so that every
    // pattern can skip coordinated titles ("Chairman, President and CEO of Y").
    // The rule words of the whole sentence tell the scans below which of them
    // can find anything; each token's facts are read here once for every rule.
    // (Locals and raw pointers: stores through `facts` would otherwise make
    // the compiler read every member and list again at each token.)
    quint32 sentenceWords = 0;
    quint32 sentenceClasses = 0;
    // French conditionals ("rachèterait") are cues outside the lexicon.
    bool sentenceCues = m_french;
    // Every bound and list in locals: the loop calls out (triggersAt, a
    // form's first look), after which members would be read again.
    const int first = m_first;
    const int last = m_end;
    m_facts.resize(size_t(std::max(0, last - first)));
    TokenFacts *const factsAt = m_facts.data();
    const int *const atToken = m_atToken.data();
    const Token *const tokens = m_doc.tokens.constData();
    const QChar *const text = m_doc.text.constData();
    const RelationLexicon &lex = m_lex;
    const RuleWords &ruleWords = m_ruleWords;
    const quint64 serial = lex.serial();
    bool formless = false;
    bool digit = false;
    for (int t = first; t < last; ++t) {
        const Token &token = tokens[t];
        quint32 words = 0;
        quint32 classes = 0;
        bool mayTrigger = true;
        bool mayCue = true;
        if (!RelationLexicon::cachedTokenFacts(token.form, serial, ruleWords, &words, &classes, &mayTrigger, &mayCue))
            words = lex.fillTokenFacts(m_doc, t, ruleWords, &classes, &mayTrigger, &mayCue);
        if (mayCue) {
            m_cueTokens.push_back(t); // rare: most tokens start no cue
            sentenceCues = true;
        }
        // Between its tokens a sentence holds only what the tokenizer skips
        // (white space, soft hyphens, joiners): its digits are in its tokens,
        // and each token's form knows whether it has one (see hasDigits()).
        if (token.form)
            digit |= token.form->hasDigit;
        else
            formless = true;
        sentenceWords |= words;
        sentenceClasses |= classes;
        TokenFacts &facts = factsAt[t - first];
        facts.words = words;
        facts.classes = classes;
        facts.mayCue = mayCue;
        const char16_t punct = token.kind == Token::Word || token.kind == Token::Number ? 0 : text[token.start].unicode();
        facts.punct = punct;
        facts.boundary = punct != 0 && isBoundaryPunct(punct);
        facts.classKnown = 0;
        if (atToken[t - first] >= 0) {
            facts.triggers = -2; // not looked up: triggersHere() asks the lexicon
            continue;
        }
        facts.triggers = -1;
        if (!mayTrigger)
            continue;
        const int from = int(found.size());
        lex.triggersAt(m_doc, t, last, found);
        if (found.size() == from)
            continue;
        facts.triggers = int(m_byToken.size());
        for (qsizetype i = from; i < found.size(); ++i) {
            const auto &[tr, end] = found.at(i);
            if (tr->kind == Kind::Role)
                for (int k = t; k < end; ++k)
                    m_inTitle[k - first] = true;
        }
        m_byToken.append({t, from});
    }
    m_sentenceWords = sentenceWords;
    m_sentenceClasses = sentenceClasses;
    m_sentenceCues = sentenceCues;
    if (!formless)
        m_digits = digit ? 1 : 0;
    int covered = m_first; // tokens inside a longer trigger already handled
    for (qsizetype b = 0; b < m_byToken.size(); ++b) {
        const int t = m_byToken.at(b).first;
        const qsizetype from = m_byToken.at(b).second;
        const qsizetype to = b + 1 < m_byToken.size() ? m_byToken.at(b + 1).second : found.size();
        int longest = t;
        for (qsizetype i = from; i < to; ++i)
            longest = std::max(longest, found.at(i).second);
        if (t < covered && longest <= covered)
            continue;
        covered = std::max(covered, longest);
        for (qsizetype i = from; i < to; ++i) {
            const RelationTrigger *tr = found.at(i).first;
            const int end = found.at(i).second;
            // A shorter reading inside a longer one: "chief" in "chief executive".
            if (end < longest && end - t < longest - t && tr->kind == Kind::Role)
                continue;
            switch (tr->kind) {
            case Kind::Verb:
                verb(*tr, t, end, out);
                break;
            case Kind::Noun:
                noun(*tr, t, end, out);
                break;
            case Kind::Role:
                role(*tr, t, end, out);
                break;
            }
        }
    }
    possessives(out);
    productAppositions(out);
    formerEmployers(out);
    moves(out);
}

int specificity(const ExtractedRelation &r)
{
    return (r.amount ? 2 : 0) + (r.stakePercent ? 1 : 0) + (r.status != Status::Completed ? 1 : 0) + (r.role.isEmpty() ? 0 : 1);
}

} // namespace

QList<ExtractedRelation> findRelations(const Document &doc, const RelationLexicon &lexicon)
{
    QList<Candidate> candidates;
    candidates.reserve(16); // grown a few times per article otherwise, each time moving every candidate
    // The mentions of each sentence, in mention order: one array bucketed by
    // sentence (counting sort) rather than a list per sentence.
    const auto usable = [&](const EntityMention &m) {
        return m.sentence >= 0 && m.sentence < doc.sentences.size() && m.entity >= 0 && m.entity < doc.entities.size();
    };
    // (Per-thread lists kept from one document to the next.)
    thread_local std::vector<int> firstOf;
    thread_local std::vector<int> bySentence;
    thread_local std::vector<int> next;
    firstOf.assign(size_t(doc.sentences.size()) + 1, 0);
    for (const EntityMention &m : doc.mentions) {
        if (usable(m))
            ++firstOf[size_t(m.sentence) + 1];
    }
    for (size_t s = 1; s < firstOf.size(); ++s)
        firstOf[s] += firstOf[s - 1];
    bySentence.resize(size_t(firstOf.back()));
    next = firstOf;
    for (int i = 0; i < doc.mentions.size(); ++i) {
        if (usable(doc.mentions[i]))
            bySentence[size_t(next[size_t(doc.mentions[i].sentence)]++)] = i;
    }
    int lastRaiser = -1;
    const ClassIndices classes = classIndices(lexicon, doc.language);
    thread_local FinderBuffers buffers;
    SentenceFinder finder(doc, lexicon, classes, &lastRaiser, buffers);
    for (int s = 0; s < doc.sentences.size(); ++s) {
        if (firstOf[s] == firstOf[s + 1])
            continue;
        finder.start(s);
        for (int k = firstOf[s]; k < firstOf[s + 1]; ++k)
            finder.addMention(bySentence[k]);
        finder.run(candidates);
    }

    // A round's total belongs to the raiser: an investment that carries the
    // very amount the same sentence raised ("raised $80m in a round led by A")
    // says nothing of the backer's share, whichever pattern attached it.
    for (Candidate &c : candidates) {
        if (c.rel.type != RelationType::InvestedIn || !c.rel.amount)
            continue;
        for (const Candidate &r : std::as_const(candidates)) {
            if (r.rel.type == RelationType::Raised && r.rel.source == c.rel.target && r.rel.amount
                && r.rel.evidence.start == c.rel.evidence.start && *r.rel.amount == *c.rel.amount) {
                c.rel.amount.reset();
                break;
            }
        }
    }

    // "investors including A and B" read both ways in one sentence: two
    // companies do not invest in each other, or own each other, in one breath.
    // The reading that is also the backer of a round raised there (or the
    // surer one) stays.
    QVarLengthArray<bool, 64> dropped(candidates.size(), false);
    for (int i = 0; i < candidates.size(); ++i) {
        const ExtractedRelation &a = candidates.at(i).rel;
        if ((a.type != RelationType::InvestedIn && a.type != RelationType::Owns) || a.target < 0 || dropped.at(i))
            continue;
        for (int j = i + 1; j < candidates.size(); ++j) {
            const ExtractedRelation &b = candidates.at(j).rel;
            if (b.type != a.type || b.source != a.target || b.target != a.source
                || b.evidence.start != a.evidence.start || dropped.at(j))
                continue;
            const auto raised = [&](int company) {
                return std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate &r) {
                    return r.rel.type == RelationType::Raised && r.rel.source == company
                        && r.rel.evidence.start == a.evidence.start;
                });
            };
            // "Y, backed by X": the agent after "by" is the source for sure.
            const auto byAgent = [&](const Candidate &c) {
                const int k = c.triggerToken + 1;
                if (k >= doc.tokens.size() || (!textIs(doc.tokens[k].folded(), u"by") && !textIs(doc.tokens[k].folded(), u"par")))
                    return false;
                return std::any_of(doc.mentions.cbegin(), doc.mentions.cend(), [&](const EntityMention &m) {
                    return m.entity == c.rel.source && m.firstToken > k && m.firstToken <= k + 2;
                });
            };
            const bool aRaised = raised(a.target);
            const bool bRaised = raised(b.target);
            const bool aAgent = byAgent(candidates.at(i));
            const bool bAgent = byAgent(candidates.at(j));
            if (aRaised != bRaised)
                dropped[aRaised ? j : i] = true;
            else if (aAgent != bAgent)
                dropped[aAgent ? j : i] = true;
            else
                dropped[a.confidence >= b.confidence ? j : i] = true;
        }
    }
    for (int i = int(candidates.size()) - 1; i >= 0; --i)
        if (dropped.at(i))
            candidates.removeAt(i);

    // One relation per (type, source, target); symmetric types in one direction.
    // The keys of `out`, in its order: a few dozen at most in an article,
    // scanned; a hash only past that.
    QVarLengthArray<qint64, 64> keys;
    QHash<qint64, int> index;
    constexpr qsizetype scanned = 48;
    QList<ExtractedRelation> out;
    out.reserve(candidates.size()); // at most one each: one allocation, not a growth per few
    for (Candidate &c : candidates) {
        ExtractedRelation r = std::move(c.rel); // the candidates are not read again
        if (isSymmetric(r.type) && r.target >= 0 && r.target < r.source)
            std::swap(r.source, r.target);
        const qint64 key = (qint64(r.type) << 42) | (qint64(r.source + 1) << 21) | qint64(r.target + 1);
        int found = -1;
        if (keys.size() <= scanned) {
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (keys[i] == key) {
                    found = int(i);
                    break;
                }
            }
        } else {
            found = index.value(key, -1);
        }
        if (found < 0) {
            keys.append(key);
            if (keys.size() > scanned) {
                if (index.isEmpty()) {
                    for (qsizetype i = 0; i < keys.size(); ++i)
                        index.insert(keys[i], int(i));
                } else {
                    index.insert(key, int(out.size()));
                }
            }
            out.append(std::move(r));
            continue;
        }
        ExtractedRelation &kept = out[found];
        const double a = kept.confidence + 0.05 * specificity(kept);
        const double b = r.confidence + 0.05 * specificity(r);
        if (b > a + 1e-9) {
            ExtractedRelation merged = r;
            if (!merged.amount && kept.amount && kept.status == merged.status)
                merged.amount = kept.amount;
            if (merged.date.isEmpty())
                merged.date = kept.date;
            if (merged.role.isEmpty())
                merged.role = kept.role;
            kept = merged;
        } else {
            if (!kept.amount && r.amount && kept.status == r.status)
                kept.amount = r.amount;
            if (!kept.stakePercent && r.stakePercent)
                kept.stakePercent = r.stakePercent;
            if (kept.date.isEmpty())
                kept.date = r.date;
            if (kept.role.isEmpty())
                kept.role = r.role;
        }
    }
    return out;
}

} // namespace liaison
