#include "reviewclaimcommand.h"

#include "storage/relationstore.h"

#include <QCoreApplication>

namespace liaison {

ReviewClaimCommand::ReviewClaimCommand(std::function<Database *()> database, qint64 claimId, ReviewState from,
                                       ReviewState to, std::function<void()> changed)
    : m_database(std::move(database))
    , m_db(m_database())
    , m_claimId(claimId)
    , m_from(from)
    , m_to(to)
    , m_changed(std::move(changed))
{
    switch (to) {
    case ReviewState::Confirmed:
        setText(QCoreApplication::translate("ReviewClaimCommand", "Confirm Claim"));
        break;
    case ReviewState::Rejected:
        setText(QCoreApplication::translate("ReviewClaimCommand", "Reject Claim"));
        break;
    case ReviewState::Unreviewed:
        setText(QCoreApplication::translate("ReviewClaimCommand", "Clear Review"));
        break;
    }
}

void ReviewClaimCommand::redo() { apply(m_to); }

void ReviewClaimCommand::undo() { apply(m_from); }

void ReviewClaimCommand::apply(ReviewState state)
{
    Database *db = m_database();
    if (!db || db != m_db)
        return;
    RelationStore store(*db);
    auto claim = store.claim(m_claimId);
    if (!claim)
        return;
    claim->review = state;
    store.editClaim(*claim);
    if (m_changed)
        m_changed();
}

} // namespace liaison
