#include "model/entity.h"
#include "model/vocabulary.h"

#include <QTest>

using namespace liaison;

class tst_Model : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relationTypesRoundTrip()
    {
        QCOMPARE(allRelationTypes().size(), std::size_t(11));
        for (const RelationType t : allRelationTypes())
            QCOMPARE(relationTypeFromString(toString(t)), std::optional<RelationType>(t));
        QCOMPARE(toString(RelationType::InvestedIn), QStringLiteral("invested_in"));
        QCOMPARE(toString(RelationType::CompetesWith), QStringLiteral("competes_with"));
        QVERIFY(!relationTypeFromString(u"bought").has_value());
    }

    void entityTypesAndStatusesRoundTrip()
    {
        for (const EntityType t : allEntityTypes())
            QCOMPARE(entityTypeFromString(toString(t)), std::optional<EntityType>(t));
        for (const Status s : allStatuses())
            QCOMPARE(statusFromString(toString(s)), std::optional<Status>(s));
        QCOMPARE(toString(Status::Rumoured), QStringLiteral("rumoured"));
        QCOMPARE(toString(EntityType::Organization), QStringLiteral("organization"));
        QCOMPARE(reviewStateFromString(u"rejected"), std::optional<ReviewState>(ReviewState::Rejected));
    }

    void directionAndSymmetry()
    {
        QVERIFY(isSymmetric(RelationType::CompetesWith));
        QVERIFY(isSymmetric(RelationType::PartnersWith));
        QVERIFY(!isSymmetric(RelationType::Acquired));
        QVERIFY(!hasTarget(RelationType::Raised));
        QVERIFY(hasTarget(RelationType::Hired));
        QVERIFY(allowsEndpoints(RelationType::Hired, EntityType::Company, EntityType::Person));
        QVERIFY(!allowsEndpoints(RelationType::Hired, EntityType::Person, EntityType::Company));
        QVERIFY(allowsEndpoints(RelationType::Raised, EntityType::Company, std::nullopt));
        QVERIFY(!allowsEndpoints(RelationType::Raised, EntityType::Company, EntityType::Company));
        QVERIFY(allowsEndpoints(RelationType::Leads, EntityType::Person, EntityType::Company));
        QVERIFY(statusRank(Status::Completed) > statusRank(Status::Talks));
        QVERIFY(statusRank(Status::Announced) > statusRank(Status::Rumoured));
    }

    void normalizeName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("suffix") << QStringLiteral("Mistral AI SAS") << QStringLiteral("mistral ai");
        QTest::newRow("accents") << QStringLiteral("Société Générale") << QStringLiteral("societe generale");
        QTest::newRow("article") << QStringLiteral("The Verge") << QStringLiteral("verge");
        QTest::newRow("punctuation") << QStringLiteral("Yahoo! Inc.") << QStringLiteral("yahoo");
        QTest::newRow("hyphen") << QStringLiteral("Jean-Baptiste Kempf") << QStringLiteral("jean baptiste kempf");
        QTest::newRow("empty") << QString() << QString();
    }

    void normalizeName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(liaison::normalizeName(name), expected);
    }
};

QTEST_MAIN(tst_Model)
#include "tst_model.moc"
