#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace liaison {

// foldText(word) (lower case, accents removed), made for a word of ASCII and
// Latin-1 units (nearly every lexicon word) from a table instead of an
// append per unit.
QString foldLexiconWord(QStringView word);

// The tokens of many short phrases (lexicon entries) as analyzeText(phrase,
// QString()) cuts and folds them, found for all of them at once. Loading the
// lexicons analysed thousands of entries one by one, and a call of
// analyzeText per entry (a Document, its token list and sentence split, a
// form for every new word) cost more than the rest of the load: here a
// phrase of plain words (ASCII or Latin-1 letters and digits between
// spaces, nearly every entry) is cut at its spaces and folded directly, and
// the others go through analyzeText together, one line each of a single text.
class PhraseBatch
{
public:
    // Adds a phrase (a view: its text must live until run()); returns its index.
    int add(QStringView phrase)
    {
        m_phrases.push_back(phrase);
        return int(m_phrases.size() - 1);
    }
    qsizetype size() const { return qsizetype(m_phrases.size()); }
    void reserve(qsizetype phrases);

    // Cuts every phrase added so far; call once, before the accessors below.
    void run();

    // The number of tokens of phrase `p`, the folded form of its token `t`
    // and whether that token is capitalized (Token::capitalized).
    qsizetype tokenCount(int p) const { return m_spans[size_t(p)].count; }
    const QString &folded(int p, qsizetype t) const { return word(p, t).folded; }
    bool capitalized(int p, qsizetype t) const { return word(p, t).capitalized; }
    // The folded tokens as a list, and joined by `separator`.
    QStringList foldedWords(int p) const;
    QString joined(int p, QChar separator) const;

    // What run() makes of a plain phrase (see above) without a batch: its
    // folded words joined by `separator`, into *out. False, *out untouched,
    // for a phrase that is not plain (and must go through a batch).
    static bool joinPlain(QStringView phrase, QChar separator, QString *out);

private:
    struct Span {
        qsizetype first = 0; // into m_words
        qsizetype count = 0;
    };
    struct Word {
        QString folded;
        bool capitalized = false;
    };
    const Word &word(int p, qsizetype t) const { return m_words[size_t(m_spans[size_t(p)].first + t)]; }
    bool cutPlain(QStringView phrase);

    std::vector<QStringView> m_phrases;
    std::vector<Span> m_spans; // by phrase
    std::vector<Word> m_words;
};

} // namespace liaison
