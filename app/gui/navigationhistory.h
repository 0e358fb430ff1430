#pragma once

#include <QList>
#include <QObject>

namespace liaison {

// Back/forward through the entities the user looked at, like a browser.
class NavigationHistory : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Records a visit; visiting the current entity again changes nothing, and
    // a new visit after going back drops the forward entries.
    void visit(qint64 entityId);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    // The entity gone to, or 0.
    qint64 back();
    qint64 forward();
    qint64 current() const { return m_current >= 0 ? m_entries.at(m_current) : 0; }
    void clear();

Q_SIGNALS:
    void changed();

private:
    QList<qint64> m_entries;
    qsizetype m_current = -1;
};

} // namespace liaison
