#include "generator.h"

namespace Specwright {

QString Generator::outputPath(const GenerationRequest &request, const QString &fallback) const
{
    const QString pattern =
        m_definition.outputPattern.isEmpty() ? fallback : m_definition.outputPattern;
    return request.expandPattern(pattern, m_definition.name);
}

} // namespace Specwright
