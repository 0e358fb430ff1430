#pragma once

#include <memory>

namespace liaison {

// The extraction lexicons (gazetteer, triggers, cues, first names…), loaded
// once from resources/ and shared read-only across threads.
class Lexicons
{
public:
    static std::shared_ptr<const Lexicons> shipped();
};

} // namespace liaison
