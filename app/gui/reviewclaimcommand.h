#pragma once

#include "model/vocabulary.h"

#include <QUndoCommand>

#include <functional>

namespace liaison {

class Database;

// Confirms, rejects or un-reviews one claim; undo restores its former review.
// The database is reached through a getter so a command outliving a database
// switch does nothing instead of writing to the wrong file.
class ReviewClaimCommand : public QUndoCommand
{
public:
    ReviewClaimCommand(std::function<Database *()> database, qint64 claimId, ReviewState from, ReviewState to,
                       std::function<void()> changed);

    void redo() override;
    void undo() override;

private:
    void apply(ReviewState state);

    std::function<Database *()> m_database;
    Database *m_db; // the database the command was made on
    qint64 m_claimId;
    ReviewState m_from;
    ReviewState m_to;
    std::function<void()> m_changed;
};

} // namespace liaison
