// `specc generate --check FILE`: lists the generated outputs of a spec that are stale, with
// the changed sections each was made from, and those edited by hand. Exit 1 when any is
// stale, so CI can ask for a regeneration after an amendment.
#pragma once

#include "generation_request.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Specwright {

class GenerateCheck
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCheck)

public:
    static int run(const GenerationRequest &request, QTextStream &out);
};

} // namespace Specwright
