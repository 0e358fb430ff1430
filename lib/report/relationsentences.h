#pragma once

#include "model/relation.h"
#include "model/vocabulary.h"
#include "storage/relationstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace liaison {

// The relations of one entity as sentences read from its side ("Acquired
// Corvane AI — announced", "Hired by Meta (expected)"), grouped and ordered the
// way the entity pane shows them, so the pane and the printed brief say the
// same thing in the same order.
class RelationSentences
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RelationSentences)
public:
    // The sections, in display order.
    enum class Group {
        Roles,
        Career,
        Founded,
        Acquisitions,
        AcquiredBy,
        Funding,
        Investors,
        Investments,
        Founders,
        People,
        Owners,
        Holdings,
        Uses,
        UsedBy,
        Rivals,
        Partners,
    };

    enum class Markup {
        PlainText,
        Html, // role and amount escaped; the other end's name as formatName makes it
    };

    // How a status other than completed follows the sentence. The pane puts
    // the uncertain ones (rumoured, expected) in parentheses; the brief has
    // always dashed every status.
    enum class StatusStyle {
        ParenthesizeUncertain, // "Hired by Meta (expected)", "Acquired X — in talks"
        Dash,                  // "Hired by Meta — expected"
    };

    struct Options {
        Markup markup = Markup::PlainText;
        StatusStyle statusStyle = StatusStyle::ParenthesizeUncertain;
        // The other end's name as it goes into the sentence (a link, say); by
        // default the name itself, escaped for Html.
        std::function<QString(qint64 entityId, const QString &name)> formatName;
    };

    // One relation, read from the entity's side.
    struct Line {
        qsizetype relation = -1; // index into the list given to build()
        bool outgoing = true;    // the entity is the relation's source
        qint64 otherId = 0;      // 0 for raised
        QString otherName;
        QString text;        // sentence with its status, in Options::markup
        QStringList details; // plain text: amount (but for raised), stake, role (but for leads), date
        int articleCount = 0;
    };
    struct Section {
        Group group = Group::Partners;
        QString title; // "Acquisitions", "Founders"…
        QList<Line> lines;
    };

    // Groups entityId's relations into sections in display order: career and
    // roles oldest first, every other section newest first, ties as given.
    static QList<Section> build(qint64 entityId, const QList<RelationDetail> &relations, const Options &options);
    static QList<Section> build(qint64 entityId, const QList<RelationDetail> &relations)
    {
        return build(entityId, relations, Options());
    }

    static Group groupOf(RelationType type, bool outgoing);
    static QString groupTitle(Group group);
    // The sentence for a relation seen from one end; other is the other end's
    // name as it should appear (already escaped for Html).
    static QString sentence(const Relation &relation, bool outgoing, const QString &other, Markup markup);
    static QString withStatus(const QString &text, Status status, StatusStyle style);
    static QStringList details(const Relation &relation);
};

} // namespace liaison
