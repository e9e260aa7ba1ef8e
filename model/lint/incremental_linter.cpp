#include "incremental_linter.h"

#include "lint_context.h"
#include "suppression_map.h"

#include <QMultiHash>
#include <QSet>
#include <algorithm>

namespace Specwright {

namespace {

// The text before the first heading, or one heading with its body up to the next heading.
struct Unit
{
    int section = -1; // -1: the text before the first heading
    int startLine = 1;
    int startOffset = 0;
    int endOffset = 0; // exclusive: where the next unit starts
    size_t hash = 0;
    QList<int> blocks;     // indexes into SpecDocument::blocks()
    QList<int> statements; // indexes into SpecDocument::statements()
};

QList<Unit> unitsOf(const SpecDocument &doc)
{
    const SourceText &src = doc.source();
    const QList<Section> &sections = doc.sections();
    const int textSize = int(doc.text().size());
    auto offsetOfLine = [&](int line) {
        return line >= 1 && line <= src.lineCount() ? src.lineStartOffset(line) : textSize;
    };
    QList<Unit> units(sections.size() + 1);
    for (int u = 0; u < units.size(); ++u) {
        Unit &unit = units[u];
        unit.section = u - 1;
        unit.startLine = u == 0 ? 1 : sections.at(u - 1).headingLine;
        unit.startOffset = offsetOfLine(unit.startLine);
        unit.endOffset = u < sections.size() ? offsetOfLine(sections.at(u).headingLine) : textSize;
        unit.endOffset = std::max(unit.startOffset, unit.endOffset);
        size_t h =
            qHash(QStringView(doc.text()).mid(unit.startOffset, unit.endOffset - unit.startOffset));
        // The rules read the titles of the enclosing sections (glossary, example sections).
        for (int p = unit.section; p >= 0 && p < sections.size(); p = sections.at(p).parent)
            h = qHashMulti(h, sections.at(p).title);
        unit.hash = h;
    }
    const QList<Block> &blocks = doc.blocks();
    for (int b = 0; b < blocks.size(); ++b)
        if (blocks.at(b).section + 1 >= 0 && blocks.at(b).section + 1 < units.size())
            units[blocks.at(b).section + 1].blocks.append(b);
    const QList<Statement> &statements = doc.statements();
    for (int s = 0; s < statements.size(); ++s)
        if (statements.at(s).section + 1 >= 0 && statements.at(s).section + 1 < units.size())
            units[statements.at(s).section + 1].statements.append(s);
    return units;
}

bool sameRange(const SourceRange &a, int aLine, int aOffset, const SourceRange &b, int bLine,
               int bOffset)
{
    return a.startLine - aLine == b.startLine - bLine && a.endLine - aLine == b.endLine - bLine &&
           a.startColumn == b.startColumn && a.endColumn == b.endColumn &&
           a.startOffset - aOffset == b.startOffset - bOffset &&
           a.endOffset - aOffset == b.endOffset - bOffset;
}

// Everything a section-local rule reads of a unit is the same, up to where the unit starts.
bool sameUnit(const SpecDocument &oldDoc, const Unit &o, const SpecDocument &newDoc, const Unit &n)
{
    if (o.hash != n.hash || o.endOffset - o.startOffset != n.endOffset - n.startOffset ||
        o.blocks.size() != n.blocks.size() || o.statements.size() != n.statements.size())
        return false;
    if (QStringView(oldDoc.text()).mid(o.startOffset, o.endOffset - o.startOffset) !=
        QStringView(newDoc.text()).mid(n.startOffset, n.endOffset - n.startOffset))
        return false;
    int po = o.section, pn = n.section;
    for (; po >= 0 && pn >= 0;
         po = oldDoc.sections().at(po).parent, pn = newDoc.sections().at(pn).parent)
        if (oldDoc.sections().at(po).title != newDoc.sections().at(pn).title)
            return false;
    if (po >= 0 || pn >= 0)
        return false;
    const int dl = o.startLine, nl = n.startLine;
    for (int i = 0; i < o.blocks.size(); ++i) {
        const Block &a = oldDoc.blocks().at(o.blocks.at(i));
        const Block &b = newDoc.blocks().at(n.blocks.at(i));
        if (a.kind != b.kind || a.startLine - dl != b.startLine - nl ||
            a.endLine - dl != b.endLine - nl || a.listDepth != b.listDepth ||
            a.inQuote != b.inQuote || a.inAdmonition != b.inAdmonition || a.inTable != b.inTable ||
            a.info != b.info)
            return false;
    }
    for (int i = 0; i < o.statements.size(); ++i) {
        const Statement &a = oldDoc.statements().at(o.statements.at(i));
        const Statement &b = newDoc.statements().at(n.statements.at(i));
        if (a.kind != b.kind || a.modality != b.modality || a.negated != b.negated ||
            a.upperCaseKeyword != b.upperCaseKeyword || a.keyword != b.keyword ||
            a.requirementId != b.requirementId || a.text != b.text ||
            !sameRange(a.range, dl, o.startOffset, b.range, nl, n.startOffset) ||
            !sameRange(a.keywordRange, dl, o.startOffset, b.keywordRange, nl, n.startOffset))
            return false;
    }
    return true;
}

Diagnostic moved(Diagnostic d, int lines, int offset)
{
    d.range.startLine += lines;
    d.range.endLine += lines;
    d.range.startOffset += offset;
    d.range.endOffset += offset;
    for (Fix &f : d.fixes)
        for (TextEdit &e : f.edits)
            e.startOffset += offset, e.endOffset += offset;
    return d;
}

// The unit a line belongs to: the last one starting at or before it.
int unitOfLine(const QList<Unit> &units, int line)
{
    const auto it = std::upper_bound(units.cbegin(), units.cend(), line,
                                     [](int l, const Unit &u) { return l < u.startLine; });
    return std::max(0, int(it - units.cbegin()) - 1);
}

} // namespace

struct IncrementalLinter::State
{
    SpecDocument::Ptr document;
    LintProfile profile = LintProfile::ModelSpec;
    QList<Unit> units;
    QList<QList<Diagnostic>> findings; // per unit: the section-local rules', unsuppressed
    QMultiHash<size_t, int> byHash;
};

IncrementalLinter::IncrementalLinter(std::shared_ptr<const LintEngine> engine)
    : m_engine(std::move(engine))
{
}

IncrementalLinter::~IncrementalLinter() = default;

bool IncrementalLinter::isSectionLocal(const QString &ruleId)
{
    // Each reads only the prose and statements spans of the context (and, for a span, the
    // statement, the document text inside it, its section's heading line and the enclosing
    // titles) and reports inside the span. A rule that counts, compares or dedups across the
    // document does not belong here.
    static const QSet<QString> local = {
        QStringLiteral("ambiguity/vague-term"),
        QStringLiteral("ambiguity/escape-clause"),
        QStringLiteral("ambiguity/open-ended-list"),
        QStringLiteral("ambiguity/comparative"),
        QStringLiteral("ambiguity/superlative"),
        QStringLiteral("ambiguity/temporal"),
        QStringLiteral("ambiguity/and-or"),
        QStringLiteral("ambiguity/unmeasurable"),
        QStringLiteral("style/repeated-word"),
        QStringLiteral("style/superfluous-infinitive"),
        QStringLiteral("style/double-space"),
        QStringLiteral("keywords/lowercase"),
        QStringLiteral("keywords/unknown-form"),
        QStringLiteral("requirements/weak-modal"),
        QStringLiteral("requirements/overlong-sentence"),
        QStringLiteral("ears/pattern"),
    };
    return local.contains(ruleId);
}

void IncrementalLinter::reset()
{
    QMutexLocker lock(&m_mutex);
    m_state.reset();
}

IncrementalLinter::Stats IncrementalLinter::lastStats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

QList<Diagnostic> IncrementalLinter::lint(const SpecDocument::Ptr &document,
                                          const Workspace *workspace)
{
    const SpecDocument &doc = *document;
    const LintEngine &engine = *m_engine;
    const LintProfile profile = engine.profileFor(doc);
    std::shared_ptr<const State> previous;
    {
        QMutexLocker lock(&m_mutex);
        previous = m_state;
    }
    if (previous &&
        (previous->document->filePath() != doc.filePath() || previous->profile != profile))
        previous.reset();

    auto state = std::make_shared<State>();
    state->document = document;
    state->profile = profile;
    state->units = unitsOf(doc);
    const QList<Unit> &units = state->units;
    QList<int> from(units.size(), -1); // the previous unit each unit repeats
    QList<bool> dirty(units.size(), true);
    Stats stats;
    if (previous) {
        for (int u = 0; u < units.size(); ++u) {
            for (auto it = previous->byHash.constFind(units.at(u).hash);
                 it != previous->byHash.cend() && it.key() == units.at(u).hash; ++it) {
                if (sameUnit(*previous->document, previous->units.at(it.value()), doc,
                             units.at(u))) {
                    from[u] = it.value();
                    dirty[u] = false;
                    break;
                }
            }
        }
    }

    // Every other rule on the whole document, the section-local ones on the changed units.
    LintContext whole(doc, workspace, engine.config(), profile);
    LintContext changed(doc, workspace, engine.config(), profile);
    if (previous)
        changed.restrictToSections(dirty);
    for (const auto &r : LintEngine::allRules()) {
        if (engine.isEnabled(*r, profile))
            r->check(isSectionLocal(r->id()) ? changed : whole);
    }
    QList<Diagnostic> result = whole.takeDiagnostics();
    state->findings.resize(units.size());
    for (Diagnostic &d : changed.takeDiagnostics())
        state->findings[unitOfLine(units, d.range.startLine)].append(std::move(d));
    for (int u = 0; u < units.size(); ++u) {
        state->byHash.insert(units.at(u).hash, u);
        if (from.at(u) < 0) {
            ++stats.relinted;
            continue;
        }
        ++stats.reused;
        const Unit &old = previous->units.at(from.at(u));
        const int lines = units.at(u).startLine - old.startLine;
        const int offset = units.at(u).startOffset - old.startOffset;
        for (const Diagnostic &d : previous->findings.at(from.at(u)))
            state->findings[u].append(moved(d, lines, offset));
    }
    for (const QList<Diagnostic> &list : std::as_const(state->findings))
        result += list;

    const SuppressionMap suppressions(doc);
    if (!suppressions.isEmpty()) {
        result.removeIf([&suppressions](const Diagnostic &d) {
            return suppressions.isSuppressed(d.ruleId, d.range.startLine);
        });
    }
    LintEngine::sortDiagnostics(result);
    QMutexLocker lock(&m_mutex);
    m_state = std::move(state);
    m_stats = stats;
    return result;
}

} // namespace Specwright
