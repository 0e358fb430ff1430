#pragma once

#include "model/vocabulary.h"

#include <QColor>

namespace liaison {

// The graph's visual vocabulary, shared by the view, printing and exports so a
// company is the same blue on screen, in Gephi and in Graphviz.
namespace GraphStyle {

QColor entityColor(EntityType type);
QColor relationColor(RelationType type);
// Talks, rumours and expectations are drawn dashed: not (yet) facts.
bool isTentative(Status status);
// Failed and denied relations are drawn crossed out.
bool isNegative(Status status);
// A node's radius in scene units, from its degree (hubs are bigger); the
// layout spaces nodes by it.
double nodeRadius(int degree);
// Graphviz shape name for an entity type.
const char *dotShape(EntityType type);

} // namespace GraphStyle

} // namespace liaison
