#pragma once

#include "model/vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QTextDocument;
class QObject;

namespace liaison {

class Database;

// A printable brief on one company or person: its name, type, aliases and
// relations as sentences grouped the way the entity pane groups them, each
// relation pointing to its articles as numbered footnotes. Content only — the
// GUI prints it with QTextDocument::print so pages break properly.
class EntityBrief
{
public:
    // One article cited by the brief, numbered from 1 in order of first citation.
    struct Source {
        qint64 articleId = 0;
        QString title;
        QString source; // site or publication, else the file name
        QDate published;
    };
    // One relation, read from the brief's entity.
    struct Line {
        QString text;         // "Acquired Corvane AI — announced"
        QStringList details;  // amount, stake, role, date
        QList<int> footnotes; // numbers into sources(), ascending
    };
    struct Section {
        QString title; // "Acquisitions", "Founders"…
        QList<Line> lines;
    };

    // Reads the entity, its relations (rejected claims left out) and their
    // articles. isValid() is false when the entity does not exist.
    static EntityBrief build(Database &db, qint64 entityId);

    bool isValid() const { return m_entityId > 0; }
    qint64 entityId() const { return m_entityId; }
    QString name() const { return m_name; }
    EntityType type() const { return m_type; }
    QStringList aliases() const { return m_aliases; }
    const QList<Section> &sections() const { return m_sections; }
    const QList<Source> &sources() const { return m_sources; }

    // The brief as self-contained HTML (Qt's rich-text subset).
    QString toHtml() const;
    // A document ready to print: the HTML with a print-friendly default font.
    QTextDocument *toDocument(QObject *parent = nullptr) const;

private:
    qint64 m_entityId = 0;
    QString m_name;
    EntityType m_type = EntityType::Company;
    QStringList m_aliases;
    int m_articleCount = 0;
    QList<Section> m_sections;
    QList<Source> m_sources;
};

} // namespace liaison
