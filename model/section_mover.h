// Moves a section (its heading and everything up to the next heading of the same or a higher
// level) before or after another section of the same level, as one text edit. The text moves
// verbatim, so ids, attributes and references stay intact.
#pragma once

#include "diagnostic.h"
#include "spec_document.h"

#include <optional>

namespace Specwright {

class SectionMover
{
public:
    enum class Placement
    {
        Before,
        After
    };

    struct Move
    {
        TextEdit edit;
        int headingOffset = 0; // where the moved heading starts once the edit is applied
    };

    // The edit that moves `section` next to `target`; nullopt when the move is not allowed
    // (different levels, a target inside the moved section) or changes nothing.
    static std::optional<Move> move(const SpecDocument &document, int section, int target,
                                    Placement placement);
    // The previous (direction -1) or next (+1) section with the same parent, or -1.
    static int sibling(const SpecDocument &document, int section, int direction);
};

} // namespace Specwright
