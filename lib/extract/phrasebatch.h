#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace liaison {

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
        m_phrases.append(phrase);
        return int(m_phrases.size() - 1);
    }
    qsizetype size() const { return m_phrases.size(); }
    void reserve(qsizetype phrases);

    // Cuts every phrase added so far; call once, before the accessors below.
    void run();

    // The number of tokens of phrase `p`, the folded form of its token `t`
    // and whether that token is capitalized (Token::capitalized).
    qsizetype tokenCount(int p) const { return m_spans.at(p).count; }
    const QString &folded(int p, qsizetype t) const { return m_folded.at(m_spans.at(p).first + t); }
    bool capitalized(int p, qsizetype t) const { return m_capitalized.at(m_spans.at(p).first + t); }
    // The folded tokens as a list, and joined by `separator`.
    QStringList foldedWords(int p) const;
    QString joined(int p, QChar separator) const;

private:
    struct Span {
        qsizetype first = 0; // into m_folded and m_capitalized
        qsizetype count = 0;
    };
    bool cutPlain(QStringView phrase);
    void append(const QString &folded, bool capitalized);

    QList<QStringView> m_phrases;
    QList<Span> m_spans; // by phrase
    QList<QString> m_folded;
    QList<bool> m_capitalized;
};

} // namespace liaison
