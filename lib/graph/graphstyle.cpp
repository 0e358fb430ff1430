#include "graphstyle.h"

#include <algorithm>
#include <cmath>

namespace liaison::GraphStyle {

QColor entityColor(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QColor(0xe0, 0x8a, 0x2c); // warm orange
    case EntityType::Company:
        return QColor(0x2f, 0x6d, 0xb5); // blue
    case EntityType::Product:
        return QColor(0x3a, 0x9a, 0x5b); // green
    case EntityType::Organization:
        return QColor(0x8a, 0x5c, 0xb8); // purple
    }
    return Qt::gray;
}

QColor relationColor(RelationType type)
{
    // Picked to stay apart from each other on white and for common colour
    // vision deficiencies as far as eleven hues allow.
    switch (type) {
    case RelationType::Acquired:
        return QColor(0xc0, 0x39, 0x2b);
    case RelationType::InvestedIn:
        return QColor(0x16, 0x8a, 0x6e);
    case RelationType::Raised:
        return QColor(0x1e, 0xa0, 0x8a);
    case RelationType::Hired:
        return QColor(0xd6, 0x7d, 0x00);
    case RelationType::Founded:
        return QColor(0x7b, 0x3f, 0xa0);
    case RelationType::Leads:
        return QColor(0xa0, 0x5a, 0x2c);
    case RelationType::WorkedAt:
        return QColor(0x9e, 0x8c, 0x6c);
    case RelationType::CompetesWith:
        return QColor(0xd0, 0x3a, 0x8c);
    case RelationType::PartnersWith:
        return QColor(0x2e, 0x86, 0xc1);
    case RelationType::Owns:
        return QColor(0x34, 0x49, 0x5e);
    case RelationType::Uses:
        return QColor(0x7f, 0x8c, 0x8d);
    }
    return Qt::gray;
}

bool isTentative(Status status)
{
    return status == Status::Talks || status == Status::Rumoured || status == Status::Expected;
}

bool isNegative(Status status)
{
    return status == Status::Failed || status == Status::Denied;
}

double nodeRadius(int degree)
{
    return std::min(34.0, 9.0 + 4.0 * std::sqrt(double(std::max(0, degree))));
}

const char *dotShape(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return "ellipse";
    case EntityType::Company:
        return "box";
    case EntityType::Product:
        return "diamond";
    case EntityType::Organization:
        return "hexagon";
    }
    return "ellipse";
}

} // namespace liaison::GraphStyle
