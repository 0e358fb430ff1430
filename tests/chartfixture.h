#pragma once

// A small database with known deals, hires and past jobs for the chart tests
// (tst_charts, tst_cli_chart), written through the real ArticleWriter so the
// charts read what an import writes. Names and sentences are made up.
//
// Edges (after the rejected one is dropped), with the date each is charted at:
//   acquired     Alpha Robotics -> Beta Foods      completed 150 M EUR 2025-01-20
//   acquired     Delta Freight  -> Gamma Capital   failed     10 M GBP 2024-11-03
//   invested_in  Gamma Capital  -> Alpha Robotics  completed  20 M USD 2025-02-05
//   raised       Beta Foods                        announced  30 M EUR 2025-02-28
//   raised       Gamma Capital                     completed  50 M USD 2025-05-01
//   partners     Alpha Robotics -- Delta Freight   talks                2025-03-01
//   competes     Alpha Robotics -- Gamma Capital   rumoured             (article) 2025-03-15
//   worked_at    Ana Moreau -> Beta Foods, Chloe Dubois -> Beta Foods,
//                Ben Okafor -> Alpha Robotics      completed  (article) 2025-03-15
//   hired        Alpha Robotics -> Ana Moreau      completed  (article) 2025-06-10
//   hired        Gamma Capital  -> Ben Okafor      completed            2025-04-02
//   hired        Alpha Robotics -> Chloe Dubois    completed            2025-04
//   invested_in  Beta Foods -> Delta Freight       its only claim rejected: not charted

#include "storage/articlewriter.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

#include <QCryptographicHash>
#include <QHash>

namespace liaison::chartfixture {

inline const QString alpha = QStringLiteral("Alpha Robotics");
inline const QString beta = QStringLiteral("Beta Foods");
inline const QString gamma = QStringLiteral("Gamma Capital");
inline const QString delta = QStringLiteral("Delta Freight");
inline const QString ana = QStringLiteral("Ana Moreau");
inline const QString ben = QStringLiteral("Ben Okafor");
inline const QString chloe = QStringLiteral("Chloe Dubois");

struct FixtureRelation {
    RelationType type;
    QString source;
    QString target; // empty for raised
    Status status;
    std::optional<Amount> amount = std::nullopt;
    QString date = {};
};

inline bool storeArticle(Database &db, const QString &title, QDate published, const QList<FixtureRelation> &relations)
{
    // The text names every entity once so mentions point at real spans.
    QStringList names;
    for (const FixtureRelation &r : relations) {
        for (const QString &name : {r.source, r.target}) {
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
    }
    SourceText source;
    source.text = title + QStringLiteral(". This made-up report names ") + names.join(QStringLiteral(", ")) + u'.';
    source.path = QStringLiteral("/tmp/") + title + QStringLiteral(".txt");
    source.title = title;
    source.source = QStringLiteral("Test Wire");
    source.language = QStringLiteral("en");
    source.published = published;
    source.sha256 = QCryptographicHash::hash(source.text.toUtf8(), QCryptographicHash::Sha256).toHex();

    Extraction x;
    x.language = QStringLiteral("en");
    QHash<QString, int> index;
    for (const QString &name : std::as_const(names)) {
        ExtractedEntity e;
        e.name = name;
        const bool person = name == ana || name == ben || name == chloe;
        e.type = person ? EntityType::Person : EntityType::Company;
        const int start = int(source.text.indexOf(name));
        e.mentions << Span{start, start + int(name.size())};
        index.insert(name, int(x.entities.size()));
        x.entities << e;
    }
    for (const FixtureRelation &f : relations) {
        ExtractedRelation r;
        r.type = f.type;
        r.source = index.value(f.source, -1);
        r.target = f.target.isEmpty() ? -1 : index.value(f.target, -1);
        r.status = f.status;
        r.amount = f.amount;
        r.date = f.date;
        r.evidence = {0, int(title.size())};
        r.confidence = 0.9;
        x.relations << r;
    }
    return ArticleWriter(db).store(source, x).outcome == StoreResult::Outcome::Stored;
}

inline bool seed(Database &db)
{
    using R = RelationType;
    const auto eur = [](double v) { return Amount{v, QStringLiteral("EUR")}; };
    const auto usd = [](double v) { return Amount{v, QStringLiteral("USD")}; };
    const bool ok =
        storeArticle(db, QStringLiteral("Alpha buys Beta"), QDate(2025, 3, 15),
                     {{R::Acquired, alpha, beta, Status::Completed, eur(150e6), QStringLiteral("2025-01-20")},
                      {R::InvestedIn, gamma, alpha, Status::Completed, usd(20e6), QStringLiteral("2025-02-05")},
                      {R::Raised, beta, {}, Status::Announced, eur(30e6), QStringLiteral("2025-02-28")},
                      {R::PartnersWith, alpha, delta, Status::Talks, std::nullopt, QStringLiteral("2025-03-01")},
                      {R::CompetesWith, alpha, gamma, Status::Rumoured},
                      {R::WorkedAt, ana, beta, Status::Completed},
                      {R::WorkedAt, chloe, beta, Status::Completed},
                      {R::WorkedAt, ben, alpha, Status::Completed}})
        && storeArticle(db, QStringLiteral("Gamma hires"), QDate(2025, 6, 10),
                        {{R::Raised, gamma, {}, Status::Completed, usd(50e6), QStringLiteral("2025-05-01")},
                         {R::Hired, alpha, ana, Status::Completed},
                         {R::Hired, gamma, ben, Status::Completed, std::nullopt, QStringLiteral("2025-04-02")},
                         {R::Hired, alpha, chloe, Status::Completed, std::nullopt, QStringLiteral("2025-04")},
                         {R::InvestedIn, beta, delta, Status::Completed, eur(5e6), QStringLiteral("2025-05")}})
        && storeArticle(db, QStringLiteral("Delta deal fails"), QDate(2024, 12, 1),
                        {{R::Acquired, delta, gamma, Status::Failed, Amount{10e6, QStringLiteral("GBP")},
                          QStringLiteral("2024-11-03")}});
    if (!ok)
        return false;
    // The user rejected Beta's investment in Delta: no chart may count it.
    RelationStore relations(db);
    const QHash<qint64, QString> names = [&] {
        QHash<qint64, QString> n;
        for (const Entity &e : EntityStore(db).all())
            n.insert(e.id, e.name);
        return n;
    }();
    for (const Relation &r : relations.all()) {
        if (r.type == R::InvestedIn && names.value(r.sourceId) == beta) {
            for (const ClaimDetail &c : relations.claims(r.id)) {
                if (!relations.rejectClaim(c.claim.id))
                    return false;
            }
            return true;
        }
    }
    return false;
}

inline bool seed(const QString &path)
{
    Database db;
    return db.open(path) && seed(db);
}

inline qint64 idOf(Database &db, const QString &name)
{
    for (const Entity &e : EntityStore(db).all()) {
        if (e.name == name)
            return e.id;
    }
    return 0;
}

} // namespace liaison::chartfixture
