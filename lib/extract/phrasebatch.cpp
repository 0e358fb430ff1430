#include "phrasebatch.h"

#include "textanalysis.h"

namespace liaison {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The Latin-1 letters (À..ÿ but × and ÷): letters to the tokenizer, which
// neither normalizeText nor the word rules treat apart.
bool isLatin1Letter(char16_t c)
{
    return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
}

} // namespace

void PhraseBatch::reserve(qsizetype phrases)
{
    m_phrases.reserve(phrases);
    m_spans.reserve(phrases);
    m_folded.reserve(phrases * 5 / 4);
    m_capitalized.reserve(phrases * 5 / 4);
}

void PhraseBatch::append(const QString &folded, bool capitalized)
{
    m_folded.append(folded);
    m_capitalized.append(capitalized);
}

// A phrase of words made of ASCII letters and digits and Latin-1 letters,
// each starting with a letter, between spaces: the tokenizer makes each word
// one Word token (every character is a word character; a word starting with a
// digit would start with a Number token), and computeForms folds it as below.
// False, having added nothing, for any other phrase.
bool PhraseBatch::cutPlain(QStringView phrase)
{
    const char16_t *d = phrase.utf16();
    const qsizetype n = phrase.size();
    const qsizetype first = m_folded.size();
    qsizetype i = 0;
    while (i < n) {
        if (d[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype j = i;
        char16_t any = 0; // the units or'ed: 0x80 and up when one is past ASCII
        for (; j < n && d[j] != u' '; ++j) {
            const char16_t c = d[j];
            if (!isAsciiLetter(c) && !isLatin1Letter(c) && !(isAsciiDigit(c) && j > i)) {
                m_folded.resize(first); // the tokenizer's turn
                m_capitalized.resize(first);
                return false;
            }
            any |= c;
        }
        if (any < 0x80) {
            QString lower(j - i, Qt::Uninitialized);
            char16_t *out = reinterpret_cast<char16_t *>(lower.data());
            for (qsizetype k = i; k < j; ++k)
                *out++ = d[k] >= u'A' && d[k] <= u'Z' ? char16_t(d[k] + 32) : d[k];
            m_capitalized.append(d[i] >= u'A' && d[i] <= u'Z');
            m_folded.append(std::move(lower));
        } else {
            // As computeForms: lower case first, then the accents folded.
            const QStringView word(d + i, j - i);
            QString lower;
            lower.reserve(word.size());
            for (QChar c : word)
                lower.append(c.toLower());
            m_capitalized.append(word.front().isUpper() || word.front().isTitleCase());
            m_folded.append(foldText(lower));
        }
        i = j;
    }
    return true;
}

void PhraseBatch::run()
{
    m_spans.resize(m_phrases.size());
    QList<int> others; // phrases for analyzeText
    for (qsizetype p = 0; p < m_phrases.size(); ++p) {
        const qsizetype first = m_folded.size();
        if (cutPlain(m_phrases.at(p)))
            m_spans[p] = {first, m_folded.size() - first};
        else
            others.append(int(p));
    }
    if (others.isEmpty())
        return;
    // One line per phrase: no token runs across a line break, and what the
    // tokenizer looks at next to a phrase's ends (a line break here, the end
    // of the text alone) cuts it the same way.
    QString text;
    QList<qsizetype> ends; // of each phrase of `others` in `text`
    for (int p : std::as_const(others)) {
        if (!text.isEmpty() || !ends.isEmpty())
            text.append(u'\n');
        text.append(m_phrases.at(p));
        ends.append(text.size());
    }
    const Document doc = analyzeText(text, QString());
    qsizetype k = 0;
    for (int p : std::as_const(others))
        m_spans[p].first = -1;
    for (const Token &t : doc.tokens) {
        while (t.start >= ends.at(k))
            ++k;
        Span &span = m_spans[others.at(k)];
        if (span.first < 0)
            span.first = m_folded.size();
        ++span.count;
        append(t.folded(), t.capitalized);
    }
    for (int p : std::as_const(others)) {
        if (m_spans[p].first < 0)
            m_spans[p].first = 0; // no token
    }
}

QStringList PhraseBatch::foldedWords(int p) const
{
    const Span &span = m_spans.at(p);
    return QStringList(m_folded.cbegin() + span.first, m_folded.cbegin() + span.first + span.count);
}

QString PhraseBatch::joined(int p, QChar separator) const
{
    const Span &span = m_spans.at(p);
    if (span.count == 1)
        return m_folded.at(span.first); // most entries: shared, no copy
    QString out;
    for (qsizetype t = 0; t < span.count; ++t) {
        if (t > 0)
            out.append(separator);
        out.append(m_folded.at(span.first + t));
    }
    return out;
}

} // namespace liaison
