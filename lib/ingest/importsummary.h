#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace liaison {

// What happened to one file of an import.
struct ImportOutcome {
    enum class Kind { Imported, Duplicate, Refused };
    QString path;
    Kind kind = Kind::Refused;
    QString reason; // why it was refused; empty otherwise
};

struct RefusedFile {
    QString path;
    QString reason;
};

// The result of one import run, as `liaison-cli import --json` prints it and
// the GUI's summary dialog shows it.
struct ImportSummary {
    int imported = 0;
    int duplicates = 0;
    int knownFiles = 0; // of the duplicates, those known by their file's bytes (not parsed)
    QList<RefusedFile> refused;
    // What the database holds once the import is over.
    int articles = 0;
    int entities = 0;
    int relations = 0;
    int claims = 0;
    // What this import added.
    int newEntities = 0;
    int newRelations = 0;
    int newClaims = 0;
    double seconds = 0;
    // Where the writer's time went (bench_import prints these): storing
    // articles, and waiting for the pool to load and extract the next file.
    double storeSeconds = 0;
    double storeCpuSeconds = 0; // the writer thread's CPU time in those
    double waitSeconds = 0;
    // Before the first file is waited for (opening, reading what is stored),
    // and after the last one is stored (the pool's end, the last batch, the
    // last checkpoint, the figures).
    double startSeconds = 0;
    double finishSeconds = 0;
    bool cancelled = false;
    QString error; // the database could not be opened; nothing was imported
};

} // namespace liaison

Q_DECLARE_METATYPE(liaison::ImportOutcome)
Q_DECLARE_METATYPE(liaison::ImportSummary)
