#pragma once

// A small database with known relations, shared by the chart, print and report
// tests: three articles (two sources, three dates), written through the real
// ArticleWriter so the views read what an import writes. The sentences are
// made up for these tests.

#include "storage/articlewriter.h"
#include "storage/database.h"

#include <QCryptographicHash>

namespace liaison::testseed {

struct SeedRelation {
    RelationType type;
    QString source;
    QString target; // empty for raised
    Status status;
    QString sentenceStart;
    std::optional<Amount> amount = std::nullopt;
    QString date = {};
    QString role = {};
};

struct SeedArticle {
    QString title;
    QString site;
    QDate published;
    QString text;
    QList<std::pair<QString, EntityType>> entities;
    QList<SeedRelation> relations;
};

inline bool store(Database &db, const SeedArticle &a)
{
    SourceText source;
    source.path = u"/tmp/" + a.title + u".txt";
    source.title = a.title;
    source.source = a.site;
    source.language = QStringLiteral("en");
    source.published = a.published;
    source.text = a.text;
    source.sha256 = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    Extraction x;
    x.language = QStringLiteral("en");
    QHash<QString, int> index;
    for (const auto &[name, type] : a.entities) {
        ExtractedEntity e;
        e.name = name;
        e.type = type;
        const int start = int(a.text.indexOf(name));
        if (start < 0)
            return false;
        e.mentions << Span{start, start + int(name.size())};
        index.insert(name, int(x.entities.size()));
        x.entities << e;
    }
    for (const SeedRelation &s : a.relations) {
        ExtractedRelation r;
        r.type = s.type;
        r.source = index.value(s.source, -1);
        r.target = s.target.isEmpty() ? -1 : index.value(s.target, -1);
        r.status = s.status;
        r.amount = s.amount;
        r.date = s.date;
        r.role = s.role;
        const int start = int(a.text.indexOf(s.sentenceStart));
        if (start < 0 || r.source < 0)
            return false;
        r.evidence = {start, int(a.text.indexOf(u'.', start)) + 1};
        r.confidence = 0.8;
        x.relations << r;
    }
    return ArticleWriter(db).store(source, x).outcome == StoreResult::Outcome::Stored;
}

// Relations stored (edges): acquired x2 (Northwind->Corvane announced then
// completed, Northwind->Brightlake in talks), founded, competes_with,
// invested_in, hired, raised, worked_at: 8 edges, 9 claims.
inline bool seedChartDatabase(const QString &path)
{
    Database db;
    if (!db.open(path))
        return false;
    const QString northwind = QStringLiteral("Northwind Analytics");
    const QString corvane = QStringLiteral("Corvane AI");
    const QString priya = QStringLiteral("Priya Raman");
    const QString halden = QStringLiteral("Halden Systems");
    const QString brightlake = QStringLiteral("Brightlake");
    const auto company = EntityType::Company;
    const auto person = EntityType::Person;

    SeedArticle first{QStringLiteral("Northwind buys Corvane"), QStringLiteral("Tech Ledger"), QDate(2025, 3, 11),
                      QStringLiteral("Northwind Analytics agreed to acquire Corvane AI for 200 million dollars. "
                                     "Corvane AI was founded by Priya Raman. "
                                     "Northwind Analytics competes with Halden Systems."),
                      {{northwind, company}, {corvane, company}, {priya, person}, {halden, company}},
                      {{RelationType::Acquired, northwind, corvane, Status::Announced,
                        QStringLiteral("Northwind Analytics agreed"), Amount{200e6, QStringLiteral("USD")},
                        QStringLiteral("2025-03")},
                       {RelationType::Founded, priya, corvane, Status::Completed, QStringLiteral("Corvane AI was")},
                       {RelationType::CompetesWith, northwind, halden, Status::Completed,
                        QStringLiteral("Northwind Analytics competes")}}};
    SeedArticle second{QStringLiteral("Halden backs Corvane"), QStringLiteral("Le Journal Tech"), QDate(2025, 6, 2),
                       QStringLiteral("Halden Systems invested 30 million euros in Corvane AI. "
                                      "Halden Systems hired Priya Raman as its CTO. "
                                      "Northwind Analytics was in talks to buy Brightlake."),
                       {{halden, company}, {corvane, company}, {priya, person}, {northwind, company},
                        {brightlake, company}},
                       {{RelationType::InvestedIn, halden, corvane, Status::Completed,
                         QStringLiteral("Halden Systems invested"), Amount{30e6, QStringLiteral("EUR")},
                         QStringLiteral("2025-06")},
                        {RelationType::Hired, halden, priya, Status::Completed, QStringLiteral("Halden Systems hired"),
                         std::nullopt, QStringLiteral("2025-06"), QStringLiteral("CTO")},
                        {RelationType::Acquired, northwind, brightlake, Status::Talks,
                         QStringLiteral("Northwind Analytics was"), std::nullopt, QStringLiteral("2025-06")}}};
    SeedArticle third{QStringLiteral("Brightlake round"), QStringLiteral("Tech Ledger"), QDate(2024, 11, 20),
                      QStringLiteral("Brightlake raised 12 million dollars. "
                                     "Priya Raman worked at Northwind Analytics. "
                                     "Northwind Analytics completed its purchase of Corvane AI."),
                      {{brightlake, company}, {priya, person}, {northwind, company}, {corvane, company}},
                      {{RelationType::Raised, brightlake, QString(), Status::Completed,
                        QStringLiteral("Brightlake raised"), Amount{12e6, QStringLiteral("USD")},
                        QStringLiteral("2024-11")},
                       {RelationType::WorkedAt, priya, northwind, Status::Completed, QStringLiteral("Priya Raman worked")},
                       {RelationType::Acquired, northwind, corvane, Status::Completed,
                        QStringLiteral("Northwind Analytics completed"), std::nullopt, QStringLiteral("2024-11")}}};
    return store(db, first) && store(db, second) && store(db, third);
}

} // namespace liaison::testseed
