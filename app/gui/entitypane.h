#pragma once

#include "model/vocabulary.h"
#include "report/relationsentences.h"
#include "storage/relationstore.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QUrl;

namespace liaison {

class Database;

// The right pane: the selected entity, its aliases and its relations grouped by
// kind as plain sentences; a relation expands to every claim behind it, with
// its evidence sentence and article, and each claim can be confirmed or
// rejected. Related names, articles and review actions are links.
class EntityPane : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPane(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // 0 shows the hint to select something.
    void showEntity(qint64 entityId);
    qint64 entityId() const { return m_entityId; }
    // Reads the entity again (after an import or a review), keeping what was expanded.
    void reload();

    void setExpanded(qint64 relationId, bool expanded);
    bool isExpanded(qint64 relationId) const { return m_expanded.contains(relationId); }
    // The relations shown, in display order (tests and keyboard use).
    QList<qint64> relationIds() const { return m_order; }
    QString title() const;
    QString bodyText() const;

Q_SIGNALS:
    void entityActivated(qint64 entityId);
    void articleRequested(qint64 articleId, int evidenceStart, int evidenceEnd);
    void reviewRequested(qint64 claimId, liaison::ReviewState from, liaison::ReviewState to);

private:
    void onAnchorClicked(const QUrl &url);
    QString relationHtml(const RelationDetail &detail, const RelationSentences::Line &line) const;
    QString claimHtml(const RelationDetail &detail, const ClaimDetail &claim) const;

    Database *m_db = nullptr;
    qint64 m_entityId = 0;
    EntityType m_type = EntityType::Company;
    QSet<qint64> m_expanded;
    QList<qint64> m_order;
    QHash<qint64, ReviewState> m_reviews;
    QLabel *m_name = nullptr;
    QLabel *m_meta = nullptr;
    QTextBrowser *m_body = nullptr;
};

} // namespace liaison
