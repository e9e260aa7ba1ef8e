#include "eval_case_builder.h"

#include "generation_request.h"

#include <QSet>

namespace Specwright {

namespace {

LlmMessage message(const ExampleTurn &t)
{
    // Chat-completions roles: a "developer" message is a system message to most servers.
    const QString role = t.role == u"developer" ? QStringLiteral("system") : t.role;
    return {role, t.text};
}

EvalReference reference(const ExampleTurn &t)
{
    return {t.label, t.text, t.rationale, t.violatedSection};
}

QList<LinkedSection> linkedSections(const GenerationRequest &request, int section)
{
    QList<LinkedSection> out;
    QSet<QString> seen;
    const QString file = request.specPath();
    for (const Reference &r : request.document->references()) {
        if (r.section != section || r.targetId.isEmpty() ||
            (r.kind != ReferenceKind::Section && r.kind != ReferenceKind::QuestionMark &&
             r.kind != ReferenceKind::File))
            continue;
        const QString key = r.targetFile + u'#' + r.targetId;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (r.targetFile.isEmpty()) {
            const int target = request.document->sectionIndexById(r.targetId);
            if (target >= 0 && target != section)
                out.append({r.targetId, request.document->sections().at(target).title,
                            request.sectionProse(target)});
            continue;
        }
        if (!request.workspace)
            continue;
        const auto found = request.workspace->findSection(file, r.targetId);
        if (!found)
            continue;
        GenerationRequest other;
        other.document = request.workspace->document(found->file);
        other.workspace = request.workspace;
        if (other.document)
            out.append({r.targetId, found->title, other.sectionProse(found->section)});
    }
    return out;
}

} // namespace

QList<EvalCase> EvalCaseBuilder::casesOf(const Example &e, const EvalCase &base)
{
    QList<EvalCase> out;
    auto add = [&](const QList<int> &context, const QList<int> &answers, int comparison) {
        EvalCase c = base;
        // Several decision points of one example: say which one, so a table row is unambiguous.
        c.title = e.comparisonCount > 1 ? QStringLiteral("%1 (%2/%3)")
                                              .arg(e.title)
                                              .arg(comparison + 1)
                                              .arg(e.comparisonCount)
                                        : e.title;
        c.comparison = comparison;
        for (int i : context)
            c.messages.append(message(e.turns.at(i)));
        for (int i : answers)
            if (e.turns.at(i).label != AnswerLabel::None)
                c.references.append(reference(e.turns.at(i)));
        // A conversation that ends with the assistant has no question left to answer.
        if (c.messages.isEmpty() || c.messages.last().role == u"assistant")
            return;
        out.append(c);
    };
    if (e.comparisonCount > 0) {
        for (int k = 0; k < e.comparisonCount; ++k)
            add(e.contextTurns(k), e.answerTurns(k), k);
        return out;
    }
    // No <comparison>: the labelled assistant turns answer the conversation before them.
    QList<int> context, answers;
    for (int i = 0; i < e.turns.size(); ++i) {
        const ExampleTurn &t = e.turns.at(i);
        if (t.label != AnswerLabel::None)
            answers.append(i);
        else if (answers.isEmpty())
            context.append(i);
    }
    add(context, answers, -1);
    return out;
}

QList<EvalCase> EvalCaseBuilder::build(const SpecDocument::Ptr &document,
                                       const Workspace::Ptr &workspace, const QString &sectionId)
{
    QList<EvalCase> out;
    if (!document)
        return out;
    GenerationRequest request;
    request.document = document;
    request.workspace = workspace;
    request.sectionId = sectionId;
    if (!sectionId.isEmpty() && document->sectionIndexById(sectionId) < 0)
        return out;
    QHash<QString, int> used; // the same inputs twice in a section get -2, -3...
    auto append = [&](QList<EvalCase> cases) {
        for (EvalCase &c : cases) {
            c.id = EvalCase::stableId(c.sectionId, c.messages);
            const int n = ++used[c.id];
            if (n > 1)
                c.id += u'-' + QString::number(n);
            out.append(c);
        }
    };
    for (int index : request.selectedSections()) {
        const Section &s = document->sections().at(index);
        EvalCase base;
        base.specFile = request.specPath();
        base.sectionId = s.id;
        base.sectionTitle = s.title;
        base.authority = s.attribute(QStringLiteral("authority"));
        base.sectionText = request.sectionProse(index);
        base.linkedSections = linkedSections(request, index);
        for (int e : s.examples) {
            const Example &example = document->examples().at(e);
            EvalCase c = base;
            c.range = example.range;
            append(casesOf(example, c));
        }
        if (!workspace)
            continue;
        QSet<QString> seen;
        for (const FootnoteTag &f : document->footnotes()) {
            if (f.section != index || f.isDefinition || seen.contains(f.tag))
                continue;
            seen.insert(f.tag);
            for (const Example &example : workspace->evalExamples(f.tag)) {
                EvalCase c = base;
                c.range = f.range;
                c.evalTag = f.tag;
                c.sourceFile = example.sourceFile.isEmpty()
                                   ? QStringLiteral("examples/%1.md").arg(f.tag)
                                   : workspace->relativePath(example.sourceFile);
                append(casesOf(example, c));
            }
        }
    }
    return out;
}

} // namespace Specwright
