// Reads the requirements, acceptance criteria, tasks and trace references of one SpecDocument:
// Kiro ("### Requirement N", criteria N.M, "_Requirements: 1.2, 3.4_", "Validates:
// Requirements 2.1"), spec-kit (FR-###, SC-###, "User Story N", [USN], "- [ ] T###") and the
// id patterns of specwright.toml. Pure: the same document always gives the same FileTrace.
#pragma once

#include "requirement.h"
#include "spec_document.h"
#include "trace_config.h"

namespace Specwright {

class RequirementExtractor
{
public:
    // `relativePath` is the file's path in the workspace (it decides the scope of its ids).
    static void extract(const SpecDocument &document, const QString &relativePath,
                        const TraceConfig &config, FileTrace &out);

    // A tasks file: tasks.md, *-tasks.md, *_tasks.md.
    static bool isTaskFileName(const QString &relativePath);
    // A file of tests: a path segment test/tests/spec-tests or a name with "test".
    static bool isTestFileName(const QString &relativePath);
    // The EARS form a criterion starts with: WHEN, IF, WHILE, WHERE, or "ubiquitous".
    static QString earsForm(QStringView criterion);
};

} // namespace Specwright
