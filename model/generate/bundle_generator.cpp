#include "bundle_generator.h"

#include "generator_registry.h"

namespace Specwright {

GeneratorOutput BundleGenerator::generate(const GenerationRequest &request,
                                          const GenerationContext &context)
{
    GeneratorOutput out;
    const QStringList names =
        definition().options.value(QStringLiteral("generators")).toStringList();
    const QList<GeneratorDefinition> builtins = GeneratorRegistry::builtins();
    for (int i = 0; i < names.size(); ++i) {
        if (context.isCanceled())
            return out;
        const auto d = GeneratorRegistry::find(builtins, names.at(i));
        std::unique_ptr<Generator> g = d ? GeneratorRegistry::create(*d) : nullptr;
        if (!g) {
            context.log(tr("skipped %1: not available here").arg(names.at(i)));
            continue;
        }
        GenerationContext sub = context;
        sub.onProgress = [&context, i, n = int(names.size())](int done, int total) {
            context.progress(i * 100 + (total > 0 ? 100 * done / total : 0), n * 100);
        };
        context.log(tr("running %1").arg(d->title));
        GeneratorOutput o = g->generate(request, sub);
        if (!o.error.isEmpty()) {
            out.error = tr("%1: %2").arg(d->name, o.error);
            return out;
        }
        for (GeneratedFile &f : o.files) {
            if (f.generator.isEmpty()) {
                f.generator = d->name;
                f.version = g->version();
            }
            out.files.append(f);
        }
        context.progress(i + 1, int(names.size()));
    }
    return out;
}

} // namespace Specwright
