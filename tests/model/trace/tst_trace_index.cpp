// The trace index on fixtures of each kind of module set: a Kiro feature, a spec-kit feature,
// and a core spec with dependent modules and a user id pattern.
#include "trace_index.h"

#include <QTest>

using namespace Specwright;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SPECWRIGHT_TEST_DATA "/trace/") + QLatin1String(name);
}

QStringList idsOf(const TraceIndex &index)
{
    QStringList ids;
    for (const Requirement &r : index.requirements())
        ids.append(r.id);
    return ids;
}

QStringList brokenTargets(const TraceIndex &index)
{
    QStringList targets;
    for (const auto &r : index.references())
        if (!r.resolved())
            targets.append(r.reference.target);
    return targets;
}

QStringList uncovered(const TraceIndex &index)
{
    QStringList ids;
    for (int i = 0; i < index.requirements().size(); ++i)
        if (!index.isCovered(i) && !index.duplicates().contains(i))
            ids.append(index.requirements().at(i).id);
    return ids;
}

} // namespace

class TestTraceIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kiroRequirementsAndCriteria()
    {
        const auto ws = Workspace::load(fixture("kiro"));
        const auto index = TraceIndex::build(*ws);
        QCOMPARE(idsOf(*index),
                 (QStringList{QStringLiteral("1"), QStringLiteral("1.1"), QStringLiteral("1.2"),
                              QStringLiteral("1.3"), QStringLiteral("2"), QStringLiteral("2.1"),
                              QStringLiteral("2.2"), QStringLiteral("3"), QStringLiteral("3.1")}));
        const Requirement &first = index->requirements().at(0);
        QCOMPARE(first.kind, RequirementKind::Requirement);
        QCOMPARE(first.file, QStringLiteral(".kiro/specs/label-printer/requirements.md"));
        QVERIFY(first.text.startsWith(QLatin1String("As a depot clerk")));
        const Requirement &criterion = index->requirements().at(2);
        QCOMPARE(criterion.kind, RequirementKind::AcceptanceCriterion);
        QCOMPARE(criterion.parent, QStringLiteral("1"));
        QCOMPARE(criterion.form, QStringLiteral("IF"));
        QCOMPARE(index->requirements().at(3).form, QStringLiteral("ubiquitous"));
        QCOMPARE(index->requirements().at(5).form, QStringLiteral("WHILE"));
        QCOMPARE(index->requirements().at(6).form, QStringLiteral("WHERE"));
        QCOMPARE(criterion.line, 21);
    }

    void kiroReferencesCoverageAndTasks()
    {
        const auto ws = Workspace::load(fixture("kiro"));
        const auto index = TraceIndex::build(*ws);
        QCOMPARE(index->references().size(), 9);
        QCOMPARE(brokenTargets(*index),
                 (QStringList{QStringLiteral("4.2"), QStringLiteral("5.1")}));
        QCOMPARE(uncovered(*index), (QStringList{QStringLiteral("3"), QStringLiteral("3.1")}));
        // "Validates: Requirements 1.3" in the design covers 1.3.
        const int c13 = index->findRequirement(QStringLiteral(".kiro/specs/label-printer/tasks.md"),
                                               QStringLiteral("1.3"));
        QVERIFY(c13 >= 0);
        QCOMPARE(index->coverage(c13).size(), 1);
        QCOMPARE(index->references().at(index->coverage(c13).first()).reference.context,
                 TraceContextKind::Design);
        const auto tasks = index->file(QStringLiteral(".kiro/specs/label-printer/tasks.md"));
        QVERIFY(tasks && tasks->isTaskFile);
        QCOMPARE(tasks->tasks.size(), 5);
        QCOMPARE(tasks->tasks.at(0).id, QStringLiteral("1"));
        QVERIFY(tasks->tasks.at(0).done);
        QCOMPARE(tasks->tasks.at(0).citations, 2);
        QCOMPARE(tasks->tasks.at(2).id, QStringLiteral("2.1"));
        QCOMPARE(tasks->tasks.at(4).citations, 0);
    }

    void kiroGlossaryAndSystemNames()
    {
        const auto ws = Workspace::load(fixture("kiro"));
        const auto index = TraceIndex::build(*ws);
        QStringList terms;
        for (const DefinedTerm &t : index->terms())
            terms.append(t.term);
        QCOMPARE(terms,
                 (QStringList{QStringLiteral("Label_Service"), QStringLiteral("Parcel Record")}));
        const auto req = index->file(QStringLiteral(".kiro/specs/label-printer/requirements.md"));
        QStringList names;
        for (const NameUse &n : req->nameUses)
            if (!names.contains(n.name))
                names.append(n.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Label_Service"), QStringLiteral("Print_Queue")}));
    }

    void specKitFeature()
    {
        const auto ws = Workspace::load(fixture("speckit"));
        const auto index = TraceIndex::build(*ws);
        QCOMPARE(idsOf(*index), (QStringList{QStringLiteral("US1"), QStringLiteral("US2"),
                                             QStringLiteral("FR-001"), QStringLiteral("FR-002"),
                                             QStringLiteral("FR-003"), QStringLiteral("FR-003"),
                                             QStringLiteral("SC-001")}));
        QCOMPARE(index->requirements().at(0).kind, RequirementKind::UserStory);
        QCOMPARE(index->requirements().at(0).form, QStringLiteral("P1"));
        QCOMPARE(index->requirements().at(6).kind, RequirementKind::SuccessCriterion);
        QCOMPARE(index->duplicates(), (QList<int>{5}));
        QCOMPARE(index->references().size(), 14);
        QCOMPARE(brokenTargets(*index),
                 (QStringList{QStringLiteral("SC-002"), QStringLiteral("FR-009"),
                              QStringLiteral("US3")}));
        QCOMPARE(uncovered(*index), (QStringList{QStringLiteral("SC-001")}));
        const auto tasks = index->file(QStringLiteral("specs/002-loan-renewal/tasks.md"));
        QCOMPARE(tasks->tasks.size(), 5);
        QCOMPARE(tasks->tasks.at(0).id, QStringLiteral("T001"));
        QCOMPARE(tasks->tasks.at(0).citations, 0);
        QCOMPARE(tasks->tasks.at(3).citations, 3);
        QStringList entities;
        for (const DefinedTerm &t : index->terms())
            if (t.source == TermSource::KeyEntity)
                entities.append(t.term);
        QCOMPARE(entities, (QStringList{QStringLiteral("Loan"), QStringLiteral("Renewal")}));
    }

    void coreSpecAndModules()
    {
        const auto ws = Workspace::load(fixture("modules"));
        const auto index = TraceIndex::build(*ws);
        QStringList terms;
        for (const DefinedTerm &t : index->terms())
            terms.append(t.term);
        QCOMPARE(terms,
                 (QStringList{QStringLiteral("Parcel Event"), QStringLiteral("Event Format"),
                              QStringLiteral("Carrier Binding"), QStringLiteral("Dead Letter"),
                              QStringLiteral("parcelid"), QStringLiteral("eventkind")}));
        QVERIFY(index->terms().at(4).identifier);
        // Forms meet under one key whatever the spelling.
        QStringList forms;
        for (const auto &use : index->uses(QStringLiteral("parcelevent")))
            forms.append(use.form.form);
        QVERIFY(forms.contains(QStringLiteral("Parcel-Event")));
        QVERIFY(forms.contains(QStringLiteral("parcel event")));
        // The user pattern of specwright.toml: PE-001 defined in the core spec, cited by a
        // module and covered by a test file.
        QCOMPARE(idsOf(*index), (QStringList{QStringLiteral("PE-001"), QStringLiteral("PE-002")}));
        QCOMPARE(index->requirements().at(0).kind, RequirementKind::Custom);
        QCOMPARE(index->references().size(), 2);
        QVERIFY(brokenTargets(*index).isEmpty());
        QCOMPARE(uncovered(*index), (QStringList{QStringLiteral("PE-002")}));
    }

    void badPatternIsReported()
    {
        const TraceConfig config = TraceConfig::fromText(
            QStringLiteral("[trace]\npatterns = [\"REQ-\\\\d+\", \"(unclosed\", 3]\n"));
        QCOMPARE(config.patterns().size(), 1);
        QCOMPARE(config.problems().size(), 2);
        QVERIFY(config.problems().at(0).contains(QLatin1String("line 2")));
    }

    void editReindexesOnlyItsFile()
    {
        const auto ws = Workspace::load(fixture("speckit"));
        const auto first = TraceIndex::build(*ws);
        QCOMPARE(first->filesRead(), 3);
        const QString plan = ws->absolutePath(QStringLiteral("specs/002-loan-renewal/plan.md"));
        const auto edited = ws->withDocument(
            SpecDocument::parse(QStringLiteral("# Plan\n\nOnly FR-001 and FR-004 now.\n"), plan));
        const auto second = TraceIndex::build(*edited, first.get());
        QCOMPARE(second->filesRead(), 1);
        QCOMPARE(second->file(QStringLiteral("specs/002-loan-renewal/spec.md")),
                 first->file(QStringLiteral("specs/002-loan-renewal/spec.md")));
        QCOMPARE(brokenTargets(*second),
                 (QStringList{QStringLiteral("FR-004"), QStringLiteral("FR-009"),
                              QStringLiteral("US3")}));
        // The shared cache hands out the same index for the same snapshot.
        QCOMPARE(TraceIndex::forWorkspace(*edited), TraceIndex::forWorkspace(*edited));
    }
};

QTEST_GUILESS_MAIN(TestTraceIndex)
#include "tst_trace_index.moc"
