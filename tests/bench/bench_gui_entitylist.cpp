// Measures the company list at scale:
//   bench_gui_entitylist [--entities N] [--runs R] [--db PATH]
// Seeds N entities (default 100,000; with mentions and relations, written by
// the real ArticleWriter) into a temporary database, then times, as medians
// of R runs: creating the list model + proxy + view until the first rows are
// there and the view has painted, loading every remaining page, and
// filtering by typing a name a key at a time, then sorting by every column
// both ways (from a list showing its first page, and with every row loaded).
// Figures in docs/GUI.md and docs/STORAGE.md.

#include "entityfilterproxy.h"
#include "entitylistmodel.h"

#include "storage/articlewriter.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace liaison;

namespace {

const char *const kSyllables[] = {"kor", "va", "lin", "tes", "mar", "bo", "quen", "ri", "sol", "dax",
                                  "pe", "nu", "tro", "gal", "ve", "zen", "ka", "lu", "mi", "fo"};
const char *const kSuffixes[] = {"Labs", "Systems", "AI", "Analytics", "Capital", "Robotics", "Health", "Energy"};

// A unique, pronounceable company name for each number: its base-20 digits as syllables.
QString nameFor(int i)
{
    QString name;
    int n = i;
    do {
        name += QLatin1StringView(kSyllables[n % 20]);
        n /= 20;
    } while (n > 0);
    name[0] = name[0].toUpper();
    return name + u' ' + QLatin1StringView(kSuffixes[i % 8]);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Articles of `perArticle` entities each: every entity is mentioned, and each
// is related to the next one, so counts and last-mention dates are real.
bool seed(Database &db, int entities, int perArticle, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    ArticleWriter writer(db);
    int article = 0;
    for (int first = 0; first < entities; first += perArticle, ++article) {
        const int last = std::min(entities, first + perArticle);
        SourceText source;
        source.path = QStringLiteral("/bench/article-%1.txt").arg(article);
        source.title = QStringLiteral("Bench article %1").arg(article);
        source.language = QStringLiteral("en");
        source.published = QDate(2020, 1, 1).addDays(article % 1500);
        source.sha256 = QByteArray::number(article).rightJustified(64, '0');
        Extraction x;
        x.language = QStringLiteral("en");
        QString text;
        for (int i = first; i < last; ++i) {
            ExtractedEntity e;
            e.name = nameFor(i);
            e.type = i % 5 == 0 ? EntityType::Person : EntityType::Company;
            if (e.type == EntityType::Person)
                e.name = QStringLiteral("Alex ") + nameFor(i).section(u' ', 0, 0);
            const int start = int(text.size());
            text += e.name + QStringLiteral(" works with the others. ");
            e.mentions << Span{start, start + int(e.name.size())};
            x.entities << e;
        }
        source.text = text;
        for (int i = 0; i + 1 < x.entities.size(); i += 2) {
            const bool person = x.entities[i].type == EntityType::Person || x.entities[i + 1].type == EntityType::Person;
            if (person)
                continue;
            ExtractedRelation r;
            r.type = RelationType::PartnersWith;
            r.source = i;
            r.target = i + 1;
            r.evidence = x.entities[i].mentions.first();
            r.confidence = 0.7;
            x.relations << r;
        }
        if (writer.store(source, x).outcome != StoreResult::Outcome::Stored) {
            out << "seeding failed: " << db.errorString() << '\n';
            return false;
        }
    }
    out << "seeded " << entities << " entities in " << article << " articles in " << timer.elapsed() << " ms\n";
    out.flush();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char *name, int fallback) {
        const int i = int(args.indexOf(QLatin1StringView(name)));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int entities = option("--entities", 100000);
    const int runs = option("--runs", 5);
    const int dbArg = int(args.indexOf(QStringLiteral("--db")));

    QTemporaryDir dir;
    const QString path = dbArg > 0 && dbArg + 1 < args.size() ? args.at(dbArg + 1)
                                                              : dir.filePath(QStringLiteral("bench.sqlite"));
    Database db;
    const bool existed = QFile::exists(path);
    if (!db.open(path)) {
        out << "cannot open " << path << ": " << db.errorString() << '\n';
        return 1;
    }
    if (!existed && !seed(db, entities, 1000, out))
        return 1;

    QList<double> firstRows, allRows, typing, clearing;
    int matches = 0;
    const QString typed = QStringLiteral("linva"); // companies 22, 422, 822…: the default Companies filter keeps them
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        EntityListModel model;
        model.setBackgroundFetch(false);
        EntityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
        view.resize(600, 800);
        model.setDatabase(&db);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view) || proxy.rowCount() == 0) {
            out << "the view did not show rows\n";
            return 1;
        }
        QCoreApplication::processEvents();
        firstRows << timer.nsecsElapsed() / 1e6;

        timer.restart();
        model.fetchAll();
        QCoreApplication::processEvents();
        allRows << timer.nsecsElapsed() / 1e6;

        // A key at a time, as a user types, each step repainting the view.
        timer.restart();
        for (int n = 1; n <= typed.size(); ++n) {
            proxy.setFilterText(typed.left(n));
            view.repaint();
        }
        typing << timer.nsecsElapsed() / 1e6 / typed.size();
        matches = proxy.rowCount();
        timer.restart();
        proxy.setFilterText({});
        view.repaint();
        clearing << timer.nsecsElapsed() / 1e6;
    }
    out << "rows: " << entities << ", runs: " << runs << '\n'
        << "first rows shown (model+proxy+view, first page, painted): " << median(firstRows) << " ms\n"
        << "every remaining page loaded and sorted: " << median(allRows) << " ms\n"
        << "filter per typed key (\"" << typed << "\", " << matches << " matches): " << median(typing) << " ms\n"
        << "filter cleared: " << median(clearing) << " ms\n";
    out.flush();

    // Sorting by each column, both ways. "first rows": a list showing only its
    // first page is re-sorted by a header click; the top rows must be the
    // true top rows of all entities (the database sorts the pages). "loaded":
    // every row is already fetched and the proxy sorts them in memory.
    const char *const columnNames[] = {"name", "type", "relations", "articles", "last seen"};
    for (int column = 0; column < EntityListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<double> firstSorted, loadedSorted;
            QString top;
            for (int run = 0; run < runs; ++run) {
                EntityListModel model;
                model.setBackgroundFetch(false);
                EntityFilterProxy proxy;
                proxy.setTypeFilter(std::nullopt);
                proxy.setSourceModel(&model);
                QTableView view;
                view.setModel(&proxy);
                view.setSortingEnabled(true);
                view.sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
                view.resize(600, 800);
                model.setDatabase(&db);
                view.show();
                if (!QTest::qWaitForWindowExposed(&view))
                    return 1;
                QCoreApplication::processEvents();
                QElapsedTimer timer;
                timer.start();
                view.sortByColumn(column, order);
                view.repaint();
                firstSorted << timer.nsecsElapsed() / 1e6;
                top = proxy.index(0, EntityListModel::NameColumn).data().toString() + u" ("
                    + proxy.index(0, column).data().toString() + u')';

                model.fetchAll();
                view.sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
                QCoreApplication::processEvents();
                timer.restart();
                view.sortByColumn(column, order);
                view.repaint();
                loadedSorted << timer.nsecsElapsed() / 1e6;
            }
            out << "sort by " << columnNames[column] << (order == Qt::AscendingOrder ? " ascending" : " descending")
                << ": first rows " << median(firstSorted) << " ms, all rows loaded " << median(loadedSorted)
                << " ms, top: " << top << '\n';
            out.flush();
        }
    }
    return 0;
}
