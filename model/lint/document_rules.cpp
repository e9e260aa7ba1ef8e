#include "document_rules.h"

#include "function_rule.h"
#include "lint_context.h"
#include "lint_memo.h"
#include "lint_scope.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Specwright {

void DocumentRules::create(LintRuleList &rules)
{
    using P = LintProfile;
    auto add = [&rules](const QString &id, Severity severity, QList<LintProfile> profiles,
                        FunctionRule::Text summary, FunctionRule::Text doc,
                        FunctionRule::Check check, FunctionRule::Check workspaceCheck = {}) {
        rules.push_back(std::make_unique<FunctionRule>(id, severity, std::move(profiles), summary,
                                                       doc, std::move(check),
                                                       std::move(workspaceCheck)));
    };
    auto problems = [](ProblemKind kind) {
        return [kind](const LintRule &r, LintContext &c) { parseProblems(r, c, kind); };
    };

    add(
        QStringLiteral("parse/invalid-utf8"), Severity::Error, {},
        [] { return tr("File is not valid UTF-8"); },
        [] {
            return tr(
                "The file holds bytes that are not UTF-8. They are shown as \uFFFD and would be "
                "written back that way, so fix the encoding before editing the file.");
        },
        problems(ProblemKind::InvalidUtf8));
    add(
        QStringLiteral("parse/unreadable-file"), Severity::Error, {},
        [] { return tr("File cannot be read"); },
        [] { return tr("The file could not be opened, so nothing in it was checked."); },
        problems(ProblemKind::UnreadableFile));
    add(
        QStringLiteral("parse/unterminated-fence"), Severity::Error, {},
        [] { return tr("Code fence never closed"); },
        [] {
            return tr("A ``` or ~~~ fence is opened and never closed, so everything after it, "
                      "headings and rules included, is read as code.");
        },
        problems(ProblemKind::UnterminatedFence));
    add(
        QStringLiteral("parse/malformed-attributes"), Severity::Warning, {},
        [] { return tr("Heading attribute block cannot be read"); },
        [] {
            return tr("A {#id key=value} block at the end of a heading is malformed; the id or "
                      "attributes it was meant to set are not applied.");
        },
        problems(ProblemKind::MalformedAttributes));
    add(
        QStringLiteral("parse/malformed-example"), Severity::Warning, {},
        [] { return tr("Example conversation cannot be read"); },
        [] {
            return tr("An example fence holds a turn that is not closed or a tag that is not "
                      "understood, so its answers and labels may be incomplete.");
        },
        problems(ProblemKind::MalformedExample));
    add(
        QStringLiteral("parse/empty-file"), Severity::Info, {}, [] { return tr("Empty file"); },
        [] {
            return tr("The spec file holds no text, so it states nothing; delete it or write its "
                      "first section.");
        },
        problems(ProblemKind::EmptyFile));
    add(
        QStringLiteral("parse/huge-line"), Severity::Info, {}, [] { return tr("Very long line"); },
        [] {
            return tr("A line longer than 10,000 characters is hard to review and diff; wrap it.");
        },
        problems(ProblemKind::HugeLine));
    add(
        QStringLiteral("parse/deep-nesting"), Severity::Warning, {},
        [] { return tr("Nesting too deep"); },
        [] {
            return tr("Quotes or lists are nested more than 200 levels deep. The deeper content "
                      "is not read, so its statements and references are not checked.");
        },
        problems(ProblemKind::DeepNesting));
    add(
        QStringLiteral("ids/duplicate"), Severity::Error, {},
        [] { return tr("Duplicate section id"); },
        [] {
            return tr("Two headings have the same id, so links to that id reach only the first and "
                      "diffs cannot match the sections. Give each heading a unique {#id}.");
        },
        problems(ProblemKind::DuplicateId));
    add(
        QStringLiteral("structure/heading-jump"), Severity::Warning, {},
        [] { return tr("Heading level skipped"); },
        [] {
            return tr("A heading is more than one level deeper than the heading before it (## "
                      "followed by ####). Outlines and generated tables of contents then show a "
                      "missing level; use the next level down.");
        },
        &headingJump);
    add(
        QStringLiteral("references/broken"), Severity::Error, {},
        [] { return tr("Reference to a missing section"); },
        [] {
            return tr("A link such as [?](#id) or [text](#id) points at an id that no heading in "
                      "this file has. The quick fix picks the nearest existing id.");
        },
        &brokenReference);
    add(
        QStringLiteral("references/cross-file"), Severity::Error, {},
        [] { return tr("Reference to a missing file or section in another file"); },
        [] {
            return tr("A link such as other.md#id points at a spec file that does not exist or at "
                      "an id that file does not have.");
        },
        &crossFileReference);
    add(
        QStringLiteral("references/footnote-without-examples"), Severity::Warning, {},
        [] { return tr("Eval tag without an examples file"); },
        [] {
            return tr("Next to an examples/ folder, a footnote tag such as [^m12p] marks a passage "
                      "whose evaluation prompts live in examples/m12p.md. This tag has no such "
                      "file, so the passage has no eval prompts.");
        },
        &footnoteWithoutExamples);
    add(
        QStringLiteral("references/unused-example-file"), Severity::Warning, {},
        [] { return tr("Examples file no tag uses"); },
        [] {
            return tr("An examples/<tag>.md file holds eval prompts but no footnote tag [^tag] in "
                      "any spec points at it, so they are never tied to a passage.");
        },
        {}, &unusedExampleFiles);
    add(
        QStringLiteral("examples/missing"), Severity::Info, {P::ModelSpec},
        [] { return tr("Normative section without an example"); },
        [] {
            return tr("A section states rules (must, should, ...) but neither it nor its "
                      "subsections hold an example or an eval tag. Examples pin intent down; the "
                      "quick fix inserts an example skeleton after the section text.");
        },
        &missingExamples);
    add(
        QStringLiteral("examples/unlabelled-answer"), Severity::Warning, {},
        [] { return tr("Example answer without a label"); },
        [] {
            return tr("An assistant answer in an example carries no <!-- GOOD -->, <!-- BAD --> or "
                      "<!-- OK --> label, so a reader cannot tell whether it shows wanted "
                      "behaviour.");
        },
        &unlabelledAnswers);
    add(
        QStringLiteral("examples/malformed-label"), Severity::Warning, {},
        [] { return tr("Answer label written in a form the parser cannot read"); },
        [] {
            return tr("An assistant turn carries a comment that looks like a label (\"<!-- GOOD; "
                      "reason -->\", \"<!-- good - reason -->\", \"<!--BAD.reason-->\") but is "
                      "not written as \"<!-- GOOD: reason -->\", so the answer counts as "
                      "unlabelled. The quick fix rewrites it in the canonical form.");
        },
        &malformedLabels);
    add(
        QStringLiteral("examples/only-bad"), Severity::Warning, {},
        [] { return tr("Example with only BAD answers"); },
        [] {
            return tr("Every labelled answer of the example is BAD. Show a GOOD answer too, so the "
                      "example says what to do and not only what to avoid.");
        },
        &onlyBadAnswers);
    add(
        QStringLiteral("placeholders/todo"), Severity::Warning, {},
        [] { return tr("TODO, TBD or FIXME left in the text"); },
        [] {
            return tr("The text holds a TODO, TBD, FIXME or XXX marker: the spec is unfinished "
                      "here.");
        },
        [](const LintRule &r, LintContext &c) {
            placeholders(r, c, {MarkerKind::Todo, MarkerKind::Tbd, MarkerKind::Fixme});
        });
    add(
        QStringLiteral("placeholders/needs-clarification"), Severity::Warning, {},
        [] { return tr("Open [NEEDS CLARIFICATION] marker"); },
        [] {
            return tr("A [NEEDS CLARIFICATION: ...] marker (spec-kit) records an open question "
                      "that must be answered before the requirement can be implemented.");
        },
        [](const LintRule &r, LintContext &c) {
            placeholders(r, c, {MarkerKind::NeedsClarification});
        });
    add(
        QStringLiteral("placeholders/template"), Severity::Warning, {},
        [] { return tr("Unfilled template placeholder"); },
        [] {
            return tr("A bracketed upper-case placeholder such as [FEATURE NAME] from a template "
                      "was never replaced.");
        },
        [](const LintRule &r, LintContext &c) { placeholders(r, c, {MarkerKind::Placeholder}); });
}

void DocumentRules::parseProblems(const LintRule &rule, LintContext &context, ProblemKind kind)
{
    for (const ParseProblem &p : context.document().problems())
        if (p.kind == kind)
            context.reportLine(rule, p.line, p.message);
}

void DocumentRules::headingJump(const LintRule &rule, LintContext &context)
{
    int previous = 0;
    for (const Section &s : context.document().sections()) {
        if (previous > 0 && s.level > previous + 1) {
            context.report(rule, s.headingRange.startOffset, s.headingRange.endOffset,
                           tr("heading level %1 follows level %2; use level %3")
                               .arg(s.level)
                               .arg(previous)
                               .arg(previous + 1));
        }
        previous = s.level;
    }
}

QList<Fix> DocumentRules::nearestIdFix(const SpecDocument &from, const Reference &ref,
                                       const SpecDocument &target, QHash<QString, QString> *nearest)
{
    QString best;
    if (nearest && nearest->contains(ref.targetId)) {
        best = nearest->value(ref.targetId);
    } else {
        int bestDistance = std::max(2, int(ref.targetId.size()) / 3) + 1;
        for (const Section &s : target.sections()) {
            const int d = FunctionRule::editDistance(ref.targetId, s.id, bestDistance);
            if (d < bestDistance)
                best = s.id, bestDistance = d;
        }
        if (nearest)
            nearest->insert(ref.targetId, best);
    }
    if (best.isEmpty())
        return {};
    const QStringView linkText =
        QStringView(from.text())
            .mid(ref.range.startOffset, ref.range.endOffset - ref.range.startOffset);
    const qsizetype at = linkText.lastIndexOf(QString(u'#' + ref.targetId));
    if (at < 0)
        return {};
    const int start = ref.range.startOffset + int(at) + 1;
    return {Fix{tr("Change to #%1").arg(best), {{start, start + int(ref.targetId.size()), best}}}};
}

namespace {

// The nearest section id of each missing target: it holds while the ids stay the same.
struct NearestIdMemo : LintMemo
{
    QStringList ids;
    QHash<QString, QString> nearest;
};

// Whether each section states rules and is not below a descriptive heading (examples/missing),
// per unit: it reads the section's own statements and the titles above it only.
struct NormativeSectionMemo : LintMemo
{
    QList<bool> units; // unit u: section u - 1
};

} // namespace

void DocumentRules::brokenReference(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    auto memo = std::make_shared<NearestIdMemo>();
    for (const Section &s : doc.sections())
        memo->ids.append(s.id);
    if (const auto previous = context.previousMemo<NearestIdMemo>(rule.id());
        previous && previous->ids == memo->ids)
        memo->nearest = previous->nearest;
    // An id is often mistyped the same way more than once.
    QHash<QString, QString> &nearest = memo->nearest;
    for (const Reference &r : doc.references()) {
        if (!r.targetFile.isEmpty() || r.targetId.isEmpty() ||
            (r.kind != ReferenceKind::Section && r.kind != ReferenceKind::QuestionMark))
            continue;
        if (doc.sectionIndexById(r.targetId) >= 0)
            continue;
        context.report(rule, r.range.startOffset, r.range.endOffset,
                       tr("no section has the id \"%1\"").arg(r.targetId),
                       nearestIdFix(doc, r, doc, &nearest));
    }
    context.keepMemo(rule.id(), memo);
}

void DocumentRules::crossFileReference(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    const Workspace *ws = context.workspace();
    QHash<QString, SpecDocument::Ptr> loaded; // without a workspace, read each target once
    for (const Reference &r : doc.references()) {
        if (r.targetFile.isEmpty() || r.kind == ReferenceKind::External)
            continue;
        SpecDocument::Ptr target;
        QString shown = r.targetFile;
        if (ws) {
            const QString fromDir =
                QFileInfo(ws->absolutePath(ws->relativePath(doc.filePath()))).absolutePath();
            target = ws->document(ws->relativePath(QDir(fromDir).filePath(r.targetFile)));
        } else {
            if (doc.filePath().isEmpty())
                continue;
            const QString path =
                QDir::cleanPath(QFileInfo(doc.filePath()).absoluteDir().filePath(r.targetFile));
            auto it = loaded.constFind(path);
            if (it == loaded.constEnd())
                it = loaded.insert(path,
                                   QFileInfo(path).isFile() ? SpecDocument::load(path) : nullptr);
            target = it.value();
        }
        if (!target) {
            context.report(rule, r.range.startOffset, r.range.endOffset,
                           tr("the file \"%1\" does not exist").arg(shown));
            continue;
        }
        if (!r.targetId.isEmpty() && target->sectionIndexById(r.targetId) < 0) {
            context.report(rule, r.range.startOffset, r.range.endOffset,
                           tr("\"%1\" has no section with the id \"%2\"").arg(shown, r.targetId),
                           nearestIdFix(doc, r, *target));
        }
    }
}

void DocumentRules::footnoteWithoutExamples(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    if (doc.footnotes().isEmpty() || doc.filePath().isEmpty())
        return;
    // Footnotes are eval tags only where an examples/ folder stands beside the spec.
    if (!QFileInfo(QFileInfo(doc.filePath()).absoluteDir().filePath(QStringLiteral("examples")))
             .isDir())
        return;
    QSet<QString> reported;
    for (const FootnoteTag &f : doc.footnotes()) {
        if (f.isDefinition || !f.examplesFile.isEmpty() || reported.contains(f.tag))
            continue;
        reported.insert(f.tag);
        context.report(rule, f.range.startOffset, f.range.endOffset,
                       tr("footnote tag [^%1] has no eval prompts file examples/%1.md").arg(f.tag));
    }
}

void DocumentRules::unusedExampleFiles(const LintRule &rule, LintContext &context)
{
    const Workspace *ws = context.workspace();
    if (!ws)
        return;
    for (const QString &file : ws->unusedExampleFiles()) {
        context.reportFile(rule, ws->absolutePath(file), 1,
                           tr("no footnote tag [^%1] uses this examples file")
                               .arg(QFileInfo(file).completeBaseName()));
    }
}

void DocumentRules::missingExamples(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    // A spec that pins intent down with examples somewhere asks for them everywhere; one that
    // has none (a protocol spec, release notes) is not written that way.
    if (doc.examples().isEmpty() && doc.footnotes().isEmpty())
        return;
    QSet<int> tagged; // sections with an eval tag count as exemplified
    for (const FootnoteTag &f : doc.footnotes())
        if (!f.examplesFile.isEmpty())
            for (int s = f.section; s >= 0; s = doc.sections().at(s).parent)
                tagged.insert(s);
    const SourceText &src = doc.source();
    const LintUnits &units = context.units();
    const auto previous = context.previousMemo<NormativeSectionMemo>(rule.id());
    auto memo = std::make_shared<NormativeSectionMemo>();
    memo->units.resize(units.size());
    for (int u = 1; u < units.size(); ++u) {
        const int p = previous ? units.previousOf(u) : -1;
        if (p >= 0 && p < previous->units.size()) {
            memo->units[u] = previous->units.at(p);
            continue;
        }
        bool normative = false;
        for (int st : doc.sections().at(u - 1).statements) {
            const Statement &statement = doc.statements().at(st);
            normative |= statement.kind == StatementKind::Normative &&
                         LintScope::isNormative(statement, context.profile()) &&
                         !LintScope::isDefinition(doc, statement);
        }
        // An Overview or a Glossary describes; the sections it introduces hold the rules.
        bool descriptive = false;
        for (int a = u - 1; normative && a >= 0 && !descriptive; a = doc.sections().at(a).parent)
            descriptive = LintScope::isDescriptiveHeading(doc.sections().at(a).title);
        memo->units[u] = normative && !descriptive;
    }
    context.keepMemo(rule.id(), memo);
    for (int i = 0; i < doc.sections().size(); ++i) {
        const Section &s = doc.sections().at(i);
        if (!memo->units.at(LintUnits::unitOfSection(i)) || tagged.contains(i) ||
            !doc.examplesOf(i, true).isEmpty())
            continue;
        int last = s.bodyEndLine;
        while (last > s.headingLine && src.line(last).trimmed().isEmpty())
            --last;
        const int at = src.lineStartOffset(last) + int(src.line(last).size());
        const QString text =
            QStringLiteral("\n\n**Example**: %1\n\n~~~xml\n<user>\n%2\n</user>\n"
                           "<comparison>\n<assistant> <!-- GOOD: %3 -->\n%4\n</assistant>\n"
                           "<assistant> <!-- BAD: %5 -->\n%4\n</assistant>\n</comparison>\n~~~")
                .arg(tr("a situation this section decides"), tr("The request."),
                     tr("why this follows the rule"), tr("The answer."),
                     tr("why this breaks the rule"));
        context.report(rule, s.headingRange.startOffset, s.headingRange.endOffset,
                       tr("\"%1\" states rules but has no example").arg(s.title),
                       {Fix{tr("Insert an example skeleton"), {{at, at, text}}}});
    }
}

void DocumentRules::unlabelledAnswers(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    for (const Example &ex : doc.examples()) {
        for (const ExampleTurn &t : ex.turns) {
            // Outside a <comparison> an assistant turn is the conversation so far, not an
            // answer to judge. A label the parser cannot read is examples/malformed-label's.
            if (t.role != u"assistant" || t.label != AnswerLabel::None || !t.inComparison)
                continue;
            const int line = t.startLine > 0 ? t.startLine : ex.range.startLine;
            if (malformedLabel(context.document().source().line(line)).isValid())
                continue;
            context.reportLine(rule, line, tr("this answer has no GOOD, BAD or OK label"));
        }
    }
}

DocumentRules::LabelMatch DocumentRules::malformedLabel(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral(R"(<!--\s*(good|bad|ok)\b\s*([,;.\-–—]|\s(?=\w))?\s*(.*?)\s*-->)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.matchView(line);
    LabelMatch out;
    if (!m.hasMatch())
        return out;
    out.start = int(m.capturedStart(0));
    out.end = int(m.capturedEnd(0));
    out.label = m.captured(1).toUpper();
    out.reason = m.captured(3);
    return out;
}

void DocumentRules::malformedLabels(const LintRule &rule, LintContext &context)
{
    const SpecDocument &doc = context.document();
    const SourceText &src = doc.source();
    for (const Example &ex : doc.examples()) {
        for (const ExampleTurn &t : ex.turns) {
            if (t.role != u"assistant" || t.label != AnswerLabel::None || t.startLine <= 0)
                continue;
            const LabelMatch m = malformedLabel(src.line(t.startLine));
            if (!m.isValid())
                continue;
            const int lineStart = src.lineStartOffset(t.startLine);
            const QString fixed = m.reason.isEmpty()
                                      ? QStringLiteral("<!-- %1 -->").arg(m.label)
                                      : QStringLiteral("<!-- %1: %2 -->").arg(m.label, m.reason);
            if (src.line(t.startLine).mid(m.start, m.end - m.start) == fixed)
                continue;
            context.report(rule, lineStart + m.start, lineStart + m.end,
                           tr("malformed label; write it as \"%1\"").arg(fixed),
                           {Fix{tr("Change to \"%1\"").arg(fixed),
                                {{lineStart + m.start, lineStart + m.end, fixed}}}});
        }
    }
}

void DocumentRules::onlyBadAnswers(const LintRule &rule, LintContext &context)
{
    for (const Example &ex : context.document().examples()) {
        int bad = 0, other = 0;
        for (const ExampleTurn &t : ex.turns) {
            if (t.role != u"assistant" || t.label == AnswerLabel::None)
                continue;
            (t.label == AnswerLabel::Bad ? bad : other) += 1;
        }
        if (bad > 0 && other == 0)
            context.reportLine(rule, ex.range.startLine,
                               tr("every answer of this example is BAD; add a GOOD one"));
    }
}

bool DocumentRules::isLinkOrCitation(const QString &text, const SourceRange &range)
{
    if (range.startOffset < 0 || range.endOffset > text.size())
        return false;
    const QChar after = range.endOffset < text.size() ? text.at(range.endOffset) : QChar();
    if (after == u'(' || after == u'[' || after == u':')
        return true;
    if (range.startOffset > 0 && (text.at(range.startOffset - 1) == u']' ||
                                  (text.at(range.startOffset - 1) == u'[' && after == u']')))
        return true; // the second half of [text][ref], or a [[CITATION]]
    const QString label = text.mid(range.startOffset, range.endOffset - range.startOffset);
    // Citations ("[RFC 2045]") and tags such as "[US1]", "[P]" (spec-kit task markers) name
    // things; a template slot is words ("[FEATURE NAME]", "[DATE]").
    static const QRegularExpression citation(
        QStringLiteral(
            R"(^\[(?:(?:RFC|BCP|STD|ISO|IEEE|W3C|ECMA)[ -]?\d|[A-Z]{1,6}-?\d+[A-Z0-9.-]*\]|[A-Z]\]))"),
        QRegularExpression::CaseInsensitiveOption);
    if (citation.match(label).hasMatch())
        return true;
    // A reference definition "[label]: url" anywhere in the file.
    return text.contains(u'\n' + label + u':') || text.startsWith(label + u':');
}

void DocumentRules::placeholders(const LintRule &rule, LintContext &context,
                                 QList<MarkerKind> kinds)
{
    const QString &text = context.document().text();
    for (const Marker &m : context.document().markers()) {
        if (!kinds.contains(m.kind))
            continue;
        // "[AWS S3](./aws-s3.md)", "[JMS20][JMS20]" and "[RFC 2045]" with a reference
        // definition are links and citations, not template slots.
        if (m.kind == MarkerKind::Placeholder && isLinkOrCitation(text, m.range))
            continue;
        // A bare "[NEEDS CLARIFICATION]" names the marker ("No [NEEDS CLARIFICATION] markers
        // remain"); an open question carries its text after a colon.
        if (m.kind == MarkerKind::NeedsClarification && !m.text.contains(u':'))
            continue;
        // A quoted "TODO" is talked about, not left over.
        if (m.kind != MarkerKind::Placeholder && m.range.startOffset > 0 &&
            QStringLiteral("\"'\u201C\u2018`").contains(text.at(m.range.startOffset - 1)))
            continue;
        // Tags on spec-kit task lines ("- [x] T046 [CRITICAL] ...") are not template slots.
        static const QRegularExpression task(QStringLiteral(R"(^\s*[-*] \[[ xX]\] T\d+\b)"));
        if (m.kind == MarkerKind::Placeholder &&
            task.matchView(context.document().source().line(m.range.startLine)).hasMatch())
            continue;
        const QString message = m.kind == MarkerKind::NeedsClarification
                                    ? tr("open question: %1").arg(m.text)
                                : m.kind == MarkerKind::Placeholder
                                    ? tr("template placeholder %1 was not filled in").arg(m.text)
                                    : tr("unfinished text: %1").arg(m.text);
        context.report(rule, m.range.startOffset, m.range.endOffset, message);
    }
}

} // namespace Specwright
