#include "llm_generator.h"

#include "blocking_llm_call.h"
#include "bounded_file_reader.h"
#include "llm_client.h"
#include "template_context.h"
#include "template_generator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <memory>

namespace Specwright {

QString LlmGenerator::extractCode(const QString &answer)
{
    static const QRegularExpression fence(QStringLiteral(R"(^(```+|~~~+)[^\n]*\n(.*?)\n\1[ \t]*$)"),
                                          QRegularExpression::MultilineOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = fence.match(answer);
    return m.hasMatch() ? m.captured(2) + u'\n' : answer;
}

QList<LlmMessage> LlmGenerator::messages(const QString &prompt)
{
    static const QRegularExpression split(QStringLiteral(R"(^---user---[ \t]*$)"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = split.match(prompt);
    if (!m.hasMatch())
        return {{QStringLiteral("user"), prompt.trimmed()}};
    return {{QStringLiteral("system"), prompt.left(m.capturedStart()).trimmed()},
            {QStringLiteral("user"), prompt.mid(m.capturedEnd()).trimmed()}};
}

GeneratorOutput LlmGenerator::generate(const GenerationRequest &request,
                                       const GenerationContext &context)
{
    GeneratorOutput out;
    const GeneratorDefinition &d = definition();
    const BoundedFileReader::Result read = d.templatePath.isEmpty()
                                               ? BoundedFileReader::Result{}
                                               : BoundedFileReader::read(d.templatePath);
    if (!read.ok) {
        out.error = tr("cannot read the prompt template \"%1\"").arg(d.templatePath) +
                    (read.error.isEmpty() ? QString() : QStringLiteral(": ") + read.error);
        return out;
    }
    QVariantHash variables = TemplateContext::build(request, d.name, version());
    variables.insert(QStringLiteral("options"), QVariant(d.options));
    QString error;
    const QString prompt = TemplateGenerator::render(QString::fromUtf8(read.bytes), d.templatePath,
                                                     variables, false, &error);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }
    if (!request.workspaceTrusted) {
        out.error = tr("the workspace is not trusted: LLM generators do not run in it");
        return out;
    }
    LlmSettings settings = request.llm;
    QStringList problems;
    std::unique_ptr<QSettings> user;
    if (!request.userSettingsFile.isEmpty())
        user = std::make_unique<QSettings>(request.userSettingsFile, QSettings::IniFormat);
    settings.applyWorkspaceOptions(d.options, user.get(), &problems);
    for (const QString &p : std::as_const(problems))
        context.log(tr("%1: %2").arg(d.name, p));
    context.log(tr("asking %1 at %2").arg(settings.model, settings.endpoint().toDisplayString()));
    BlockingLlmCall call;
    call.onDelta = [&context](const QString &text) { context.stream(text); };
    call.onRetry = [&context](int attempt, int delay, const QString &reason) {
        context.log(tr("%1; retrying in %2 ms (attempt %3)").arg(reason).arg(delay).arg(attempt));
    };
    const LlmClient::Result result = call.run(settings, messages(prompt), context.canceled);
    if (!result.ok()) {
        out.error = result.message;
        return out;
    }
    context.stream(QStringLiteral("\n"));
    const QString path = outputPath(request, QStringLiteral("llm/{section}-{name}.md"));
    const bool extract =
        d.options.value(QStringLiteral("extract_code"), !path.endsWith(QLatin1String(".md")))
            .toBool();
    const QString text = extract ? extractCode(result.text) : result.text;
    context.progress(1, 1);
    out.files.append({path, text.toUtf8()});
    return out;
}

} // namespace Specwright
