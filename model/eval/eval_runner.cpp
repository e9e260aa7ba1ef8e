#include "eval_runner.h"

#include "eval_grader.h"
#include "eval_run_store.h"
#include "llm_client.h"

#include <QDateTime>
#include <QTimer>

namespace Specwright {

EvalRunner::EvalRunner(QList<EvalCase> cases, EvalRunOptions options, QObject *parent)
    : QObject(parent)
    , m_cases(std::move(cases))
    , m_options(std::move(options))
{
    m_options.jobs = qBound(1, m_options.jobs, 64);
    m_options.grader.stream = false; // one JSON object, with response_format
    m_options.grader.jsonSchemaName = QStringLiteral("spec_grade");
    m_options.grader.jsonSchema = EvalGrader::schema();
    m_options.grader.temperature =
        m_options.grader.temperature < 0 ? 0 : m_options.grader.temperature;
    m_options.header.targetModel = m_options.target.model;
    m_options.header.graderModel = m_options.grader.model;
    m_options.header.targetEndpoint =
        m_options.target.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
}

EvalRunner::~EvalRunner()
{
    for (LlmClient *c : std::as_const(m_active))
        disconnect(c, nullptr, this, nullptr);
}

bool EvalRunner::start(QString *error)
{
    if (m_running)
        return false;
    for (const LlmSettings *s : {&m_options.target, &m_options.grader}) {
        if (s->model.isEmpty()) {
            *error = s == &m_options.target
                         ? tr("no target model: give --target, set one in the settings, or "
                              "name one in specwright.toml [eval]")
                         : tr("no grader model: give --grader, set one in the settings, or name "
                              "one in specwright.toml [eval]");
            return false;
        }
        if (const QString problem = s->validate(); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (m_options.graderTemplate.isEmpty()) {
        m_options.graderTemplate =
            EvalGrader::readTemplate(EvalGrader::defaultTemplatePath(), error);
        if (m_options.graderTemplate.isEmpty())
            return false;
    }
    const EvalRunStore store(m_options.runsFolder);
    std::optional<EvalRun> previous;
    if (m_options.resume)
        previous = store.resumable(m_options.header);
    if (m_options.reuseAnswers)
        m_reusable = store.reusableAnswers();
    if (previous) {
        m_runPath = previous->path;
        m_resumed = true;
        for (int i = 0; i < m_cases.size(); ++i) {
            const EvalRecord *r = previous->record(m_cases.at(i).id);
            if (r && !r->hasError()) {
                m_records.insert(i, *r);
                ++m_resumedCount;
            }
        }
    } else {
        m_runPath = store.create(m_options.header, error);
        if (m_runPath.isEmpty())
            return false;
    }
    m_running = true;
    m_canceled = false;
    m_clock.start();
    // Report from the event loop, so a caller connects its slots after start() returns.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT progress(done(), total());
        pump();
        finishIfIdle();
    });
    return true;
}

void EvalRunner::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    const QSet<LlmClient *> active = m_active;
    for (LlmClient *c : active)
        c->cancel();
    finishIfIdle();
}

int EvalRunner::passed() const
{
    int n = 0;
    for (const EvalRecord &r : m_records)
        n += r.pass && !r.hasError();
    return n;
}

int EvalRunner::errors() const
{
    int n = 0;
    for (const EvalRecord &r : m_records)
        n += r.hasError();
    return n;
}

QList<EvalRecord> EvalRunner::records() const
{
    QList<EvalRecord> out;
    for (int i = 0; i < m_cases.size(); ++i)
        if (const auto it = m_records.constFind(i); it != m_records.constEnd())
            out.append(*it);
    return out;
}

void EvalRunner::ask(const LlmSettings &settings, const QList<LlmMessage> &messages,
                     std::function<void(const LlmClient::Result &)> onResult)
{
    auto *client = new LlmClient(settings, this);
    m_active.insert(client);
    connect(client, &LlmClient::finished, this, [this, client, onResult = std::move(onResult)] {
        m_active.remove(client);
        client->deleteLater();
        const LlmClient::Result result = client->result();
        if (result.error == LlmClient::Error::Canceled) {
            // Not recorded: a resumed run asks again.
            --m_inFlight;
            finishIfIdle();
            return;
        }
        onResult(result);
    });
    client->start(messages);
}

void EvalRunner::pump()
{
    while (!m_canceled && m_inFlight < m_options.jobs && m_next < m_cases.size()) {
        const int index = m_next++;
        if (m_records.contains(index))
            continue; // resumed
        ++m_inFlight;
        runCase(index);
    }
}

void EvalRunner::runCase(int index)
{
    const EvalCase &c = m_cases.at(index);
    EvalRecord r;
    r.caseId = c.id;
    r.title = c.title;
    r.section = c.sectionId;
    r.sectionTitle = c.sectionTitle;
    r.authority = c.authority;
    r.specFile = c.sourceFile.isEmpty() ? c.specFile : c.sourceFile;
    r.line = c.range.startLine;
    r.index = index;
    r.specBlob = m_options.header.specBlob;
    r.specCommit = m_options.header.specCommit;
    r.targetModel = m_options.target.model;
    r.graderModel = m_options.grader.model;
    r.promptHash = c.promptHash();
    if (const auto it = m_reusable.constFind(EvalRunStore::reuseKey(r.promptHash, r.targetModel));
        it != m_reusable.constEnd()) {
        r.answer = it->answer;
        r.answerReused = true;
        r.targetPromptTokens = it->targetPromptTokens;
        r.targetCompletionTokens = it->targetCompletionTokens;
        grade(index, r);
        return;
    }
    ask(m_options.target, c.messages, [this, index, r](const LlmClient::Result &result) mutable {
        r.targetLatencyMs = result.latencyMs;
        r.targetPromptTokens = result.promptTokens;
        r.targetCompletionTokens = result.completionTokens;
        if (!result.ok()) {
            r.error = tr("target: %1").arg(result.message);
            complete(index, r);
            return;
        }
        r.answer = result.text;
        grade(index, r);
    });
}

void EvalRunner::grade(int index, EvalRecord r)
{
    if (m_canceled) {
        --m_inFlight;
        finishIfIdle();
        return;
    }
    QString error;
    const QList<LlmMessage> prompt =
        EvalGrader::prompt(m_cases.at(index), r.answer, m_options.graderTemplate, &error);
    if (!error.isEmpty()) {
        r.error = tr("grader: %1").arg(error);
        complete(index, r);
        return;
    }
    ask(m_options.grader, prompt, [this, index, r](const LlmClient::Result &result) mutable {
        r.graderLatencyMs = result.latencyMs;
        r.graderPromptTokens = result.promptTokens;
        r.graderCompletionTokens = result.completionTokens;
        if (!result.ok()) {
            r.error = tr("grader: %1").arg(result.message);
        } else {
            QString parseError;
            if (const auto g = EvalGrader::parse(result.text, &parseError)) {
                r.score = g->score;
                r.pass = g->pass;
                r.reason = g->reason;
                r.violatedSection = g->violatedSection;
            } else {
                r.error = tr("grader: %1").arg(parseError);
            }
        }
        complete(index, r);
    });
}

void EvalRunner::complete(int index, EvalRecord r)
{
    --m_inFlight;
    r.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString error;
    if (!EvalRunStore::append(m_runPath, r, &error) && r.error.isEmpty())
        r.error = error;
    m_records.insert(index, r);
    Q_EMIT caseFinished(r);
    Q_EMIT progress(done(), total());
    pump();
    finishIfIdle();
}

void EvalRunner::finishIfIdle()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_canceled && m_next < m_cases.size())
        return;
    m_running = false;
    if (!m_canceled && done() == total()) {
        QString error;
        EvalRunStore::finish(m_runPath, passed(), total(), &error);
    }
    Q_EMIT finished();
}

} // namespace Specwright
