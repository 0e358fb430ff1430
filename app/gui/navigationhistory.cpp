#include "navigationhistory.h"

namespace liaison {

void NavigationHistory::visit(qint64 entityId)
{
    if (entityId <= 0 || current() == entityId)
        return;
    m_entries.resize(m_current + 1);
    m_entries << entityId;
    m_current = m_entries.size() - 1;
    Q_EMIT changed();
}

qint64 NavigationHistory::back()
{
    if (!canGoBack())
        return 0;
    --m_current;
    Q_EMIT changed();
    return current();
}

qint64 NavigationHistory::forward()
{
    if (!canGoForward())
        return 0;
    ++m_current;
    Q_EMIT changed();
    return current();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_current = -1;
    Q_EMIT changed();
}

} // namespace liaison
