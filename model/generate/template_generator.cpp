#include "template_generator.h"

#include "bounded_file_reader.h"
#include "contained_template_loader.h"
#include "template_context.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/FileSystemTemplateLoader>
#include <KTextTemplate/Template>
#include <QFile>
#include <QFileInfo>

namespace Specwright {

QString TemplateGenerator::render(const QString &templateText, const QString &templateName,
                                  const QVariantHash &variables, bool htmlEscape, QString *error)
{
    KTextTemplate::Engine engine;
    // Lines holding only a tag leave no blank line behind: templates stay readable.
    engine.setSmartTrimEnabled(true);
    const QString dir = QFileInfo(templateName).absolutePath();
    if (!templateName.startsWith(u':')) {
        engine.addTemplateLoader(QSharedPointer<ContainedTemplateLoader>::create(dir));
    }
    // Smart trim skips the very first line; a leading blank line (dropped below) works around it.
    const KTextTemplate::Template t = engine.newTemplate(u'\n' + templateText, templateName);
    if (t->error() != KTextTemplate::NoError) {
        if (error)
            *error = tr("template %1: %2").arg(templateName, t->errorString());
        return {};
    }
    KTextTemplate::Context context(variables);
    context.setAutoEscape(htmlEscape);
    QString out = t->render(&context);
    if (out.startsWith(u'\n'))
        out.remove(0, 1);
    if (t->error() != KTextTemplate::NoError) {
        if (error)
            *error = tr("template %1: %2").arg(templateName, t->errorString());
        return {};
    }
    return out;
}

GeneratorOutput TemplateGenerator::generate(const GenerationRequest &request,
                                            const GenerationContext &context)
{
    GeneratorOutput out;
    const GeneratorDefinition &d = definition();
    if (d.templatePath.isEmpty()) {
        out.error = tr("generator \"%1\" names no template file").arg(d.name);
        return out;
    }
    const BoundedFileReader::Result read = BoundedFileReader::read(d.templatePath);
    if (!read.ok) {
        out.error = read.error;
        return out;
    }
    const QString text = QString::fromUtf8(read.bytes);
    context.log(tr("rendering template %1").arg(d.templatePath));
    QVariantHash variables = TemplateContext::build(request, d.name, version());
    variables.insert(QStringLiteral("options"), QVariant(d.options));
    const QString path = outputPath(request, QStringLiteral("{spec}-{name}.txt"));
    const bool html = path.endsWith(QLatin1String(".html")) || path.endsWith(QLatin1String(".htm"));
    QString error;
    const QString rendered = render(text, d.templatePath, variables, html, &error);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }
    context.progress(1, 1);
    out.files.append({path, rendered.toUtf8()});
    return out;
}

} // namespace Specwright
