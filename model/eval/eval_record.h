// One line of a run file (JSONL): the run's header, one graded case, or the end marker. The
// record holds what was asked and answered, never an API key.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Specwright {

struct EvalRecord
{
    QString caseId;
    QString title;
    QString section;
    QString sectionTitle;
    QString authority;
    QString specFile;
    int line = 0;   // where the case starts in the spec
    int index = -1; // the case's place in the run (records are appended as they finish)
    QString specBlob;
    QString specCommit;
    QString targetModel;
    QString graderModel;
    QString promptHash;
    QString answer;
    double score = 0;
    bool pass = false;
    QString reason;
    QString violatedSection;
    QString error; // non-empty: the case could not be run or graded
    bool answerReused = false;
    int targetPromptTokens = -1;
    int targetCompletionTokens = -1;
    int graderPromptTokens = -1;
    int graderCompletionTokens = -1;
    qint64 targetLatencyMs = 0;
    qint64 graderLatencyMs = 0;
    QString time; // ISO 8601, UTC

    bool hasError() const { return !error.isEmpty(); }
    QJsonObject toJson() const;
    static EvalRecord fromJson(const QJsonObject &object);
};

struct EvalRunHeader
{
    QString runId;
    QString specFile;
    QString specBlob;
    QString specCommit;
    QString targetModel;
    QString graderModel;
    QString targetEndpoint; // host and path only, for the reader; never a key
    QString section;        // empty: the whole spec
    QString started;

    QJsonObject toJson() const;
    static EvalRunHeader fromJson(const QJsonObject &object);
};

} // namespace Specwright
