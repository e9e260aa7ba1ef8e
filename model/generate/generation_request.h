// The input of one generation run: an immutable spec snapshot (with its workspace for
// cross-file references and eval prompts), the selected section, where to write and when.
// Also the spec queries every generator needs (selected sections, prose without examples).
#pragma once

#include "llm_settings.h"
#include "spec_document.h"
#include "workspace.h"

#include <QDateTime>
#include <QStringList>

namespace Specwright {

struct GenerationRequest
{
    SpecDocument::Ptr document;
    Workspace::Ptr workspace; // may be null: then the document stands alone
    QString sectionId;        // empty: the whole spec
    QString outputDir;        // absolute folder the outputs go to
    QDateTime time;           // recorded in provenance; tests fix it
    bool force = false;       // overwrite hand-edited or foreign files
    QStringList forcePaths;   // overwrite just these (relative) outputs
    // The user's trust in the workspace: without it no LLM generator and no generator the
    // workspace declares (user templates) runs.
    bool workspaceTrusted = false;
    // Endpoint and model from the user's settings, the environment and flags; a workspace's
    // generator options may only change the model (see LlmSettings::applyWorkspaceOptions).
    LlmSettings llm;
    QString userSettingsFile; // the user's QSettings file, for presets; may be empty

    // The spec's path relative to the workspace root (else its file name).
    QString specPath() const;
    QString specBaseName() const;
    QString specBlob() const;
    // The selected section and its subsections, or every section, in document order.
    QList<int> selectedSections() const;
    // The section's own text below the heading up to its first subsection, without the
    // examples (they are rendered separately) — Markdown as written.
    QString sectionProse(int section) const;
    // The eval prompt examples (examples/<tag>.md) of the footnote tags in a section's text.
    QList<Example> evalExamples(int section) const;
    QString expandPattern(const QString &pattern, const QString &generatorName) const;
    // A title for the whole output: see SpecTitle (front matter, specwright.toml, a document
    // heading, the file name).
    QString documentTitle() const;
};

} // namespace Specwright
