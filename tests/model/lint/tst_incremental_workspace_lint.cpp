// IncrementalLinter inside a workspace, as the IDE runs it: the rules that read the whole
// document and the workspace (term drift, the trace index behind trace/* and terms/*, profile
// detection) keep what they read per unit, and the result must still equal a full
// LintEngine::lint after edits that add or remove a defined term, change a trace reference or
// an id, change the front matter that decides the profile, add or remove a hyphenated compound,
// and after another file of the workspace changed.
#include "comparable_findings.h"
#include "incremental_linter.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestIncrementalWorkspaceLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void edits_data();
    void edits();
    void otherFileChanges();
    void randomEdits();
    void reusesUnitsInAWorkspace();

private:
    QString write(const QString &name, const QString &text);
    Workspace::Ptr workspace();

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// A spec with a glossary, spec-kit ids (one defined twice), a reference to a missing id, an
// EARS name, hyphenated compounds written other ways and several sections.
const char *const kSpec = R"(---
title: Parcel lockers
---

# Parcel lockers {#lockers}

Intro. The parcel-locker opens at once.

## Glossary {#glossary}

### Parcel Locker

A box that holds parcels.

### Pickup Code

The code a recipient types.

## Requirements {#requirements}

- **FR-001**: The system must open the parcel locker within two seconds.
- **FR-002**: The system must send the pickup code by e-mail.
- **FR-002**: The system must log every pickup-code it sends.

The parcellocker must beep. THE Locker_Service SHALL log every opening.
See FR-009 for refunds.

## Delivery {#delivery}

The courier must scan the drop-off label. A pickup code is valid for a day.
The courier should use the email address of the recipient.

## Pickup {#pickup}

The recipient must enter the Pickup Code. The Parcel Locker must open.
The handover takes a minute.
)";

const char *const kTasks = R"(# Tasks

- [ ] T001 Open the locker (FR-001)
- [ ] T002 Send the code (FR-002)
- [ ] T003 Refunds (FR-010)
- [ ] T004 Paint the lockers
)";

const char *const kOther = R"(# Notes

The Pickup-Code is printed. An e mail goes out. The drop off label is scanned.
The parcel-locker and the parcel locker are the same.

## Glossary

### Drop Off Label

The label a courier scans.
)";

using TestSupport::comparableFindings;

} // namespace

QString TestIncrementalWorkspaceLint::write(const QString &name, const QString &text)
{
    const QString path = QDir(m_dir->path()).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

Workspace::Ptr TestIncrementalWorkspaceLint::workspace()
{
    return Workspace::load(m_dir->path());
}

void TestIncrementalWorkspaceLint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("spec.md"), QString::fromUtf8(kSpec));
    write(QStringLiteral("tasks.md"), QString::fromUtf8(kTasks));
    write(QStringLiteral("notes.md"), QString::fromUtf8(kOther));
}

void TestIncrementalWorkspaceLint::edits_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    auto row = [](const char *name, const char *from, const char *to) {
        QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(to);
    };
    row("add a defined term", "### Pickup Code\n",
        "### Delivery Window\n\nThe hours a courier comes.\n\n### Pickup Code\n");
    row("remove a defined term", "### Pickup Code\n\nThe code a recipient types.\n", "");
    row("rename a defined term", "### Parcel Locker", "### Parcel Box");
    row("define the EARS name", "### Pickup Code\n",
        "### Locker Service\n\nIt logs.\n\n### Pickup Code\n");
    row("change a trace reference", "See FR-009 for refunds.", "See FR-001 for refunds.");
    row("define a cited id", "The parcellocker must beep.",
        "- **FR-010**: The system must refund.\n\nThe parcellocker must beep.");
    row("remove the duplicate id", "- **FR-002**: The system must log",
        "- **FR-003**: The system must log");
    row("profile from front matter: rfc", "title: Parcel lockers",
        "title: Parcel lockers\nconformance: RFC 2119");
    row("profile from front matter: spec-kit", "title: Parcel lockers",
        "title: Parcel lockers\nmemory: .specify/memory/constitution.md");
    row("profile from the text", "See FR-009 for refunds.",
        "See FR-009 for refunds. It MUST. It MUST NOT. It SHALL. It SHOULD. It MAY. It MUST.");
    row("new hyphenated compound", "The courier must scan the drop-off label.",
        "The courier must scan the drop-off label. The hand-over is quick.");
    row("last hyphen of a compound removed", "The courier must scan the drop-off label.",
        "The courier must scan the dropoff label.");
    row("hyphen added", "The parcellocker must beep.", "The parcel-locker must beep.");
    row("heading added", "## Pickup {#pickup}\n",
        "## Returns {#returns}\n\nNone.\n\n## Pickup {#pickup}\n");
    row("everything removed", "", "");
}

void TestIncrementalWorkspaceLint::edits()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("spec.md"));
    const QString base = QString::fromUtf8(kSpec);
    QString edited = base;
    if (from.isEmpty() && to.isEmpty())
        edited.clear();
    else
        edited.replace(from, to);
    QVERIFY(edited != base);
    const Workspace::Ptr ws = workspace();
    auto engine = std::make_shared<const LintEngine>(LintConfig::forWorkspace(m_dir->path()));
    IncrementalLinter linter(engine);
    // There and back, each step against a full lint of the same snapshot.
    for (const QString &text : {base, edited, base, edited}) {
        const SpecDocument::Ptr doc = SpecDocument::parse(text, path);
        const Workspace::Ptr with = ws->withDocument(doc);
        const QStringList full = comparableFindings(engine->lint(*doc, with.get()));
        QCOMPARE(comparableFindings(linter.lint(doc, with.get())), full);
    }
    // The fixture does exercise the whole-document rules.
    const SpecDocument::Ptr doc = SpecDocument::parse(base, path);
    const QString all =
        comparableFindings(engine->lint(*doc, ws->withDocument(doc).get())).join(u'\n');
    for (const char *rule : {"glossary/term-drift", "trace/broken-reference", "trace/duplicate-id",
                             "terms/undefined-name", "terms/variant-form"})
        QVERIFY2(all.contains(QLatin1String(rule)), rule);
}

void TestIncrementalWorkspaceLint::otherFileChanges()
{
    // The edited document stays; the workspace around it changes (another file saved).
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("spec.md"));
    const SpecDocument::Ptr doc = SpecDocument::parse(QString::fromUtf8(kSpec), path);
    auto engine = std::make_shared<const LintEngine>(LintConfig::forWorkspace(m_dir->path()));
    IncrementalLinter linter(engine);
    const QStringList notes = {
        QString::fromUtf8(kOther),
        QStringLiteral("# Notes\n\nThe pickup-code and the hand-over are printed.\n"),
        QStringLiteral("# Notes\n\n## Glossary\n\n### Drop Off Label\n\nA label.\n"),
        QString(),
    };
    for (const QString &text : notes) {
        write(QStringLiteral("notes.md"), text);
        write(QStringLiteral("tasks.md"), text.isEmpty()
                                              ? QString::fromUtf8(kTasks)
                                              : QStringLiteral("# Tasks\n\n- [ ] T001 (FR-009)\n"));
        const Workspace::Ptr ws = workspace()->withDocument(doc);
        QCOMPARE(comparableFindings(linter.lint(doc, ws.get())),
                 comparableFindings(engine->lint(*doc, ws.get())));
    }
}

void TestIncrementalWorkspaceLint::randomEdits()
{
    const QStringList lines = {
        QStringLiteral("### Hand Over"),
        QStringLiteral("The hand-over must be quick and the handover logged."),
        QStringLiteral("- **FR-004**: The system must store the code."),
        QStringLiteral("See FR-004 and FR-001."),
        QStringLiteral("THE Parcel_Store SHALL keep the parcel."),
        QStringLiteral("The Pickup-Code and the pickup code must match."),
        QStringLiteral("conformance: BCP 14"),
        QStringLiteral("## Another section"),
        QStringLiteral("The e mail must arrive. The E-mail must be short."),
        QStringLiteral(""),
        QStringLiteral("---"),
    };
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("spec.md"));
    const Workspace::Ptr ws = workspace();
    auto engine = std::make_shared<const LintEngine>(LintConfig::forWorkspace(m_dir->path()));
    for (quint32 seed : {11u, 12u, 13u, 14u}) {
        IncrementalLinter linter(engine);
        QRandomGenerator random(seed);
        QStringList text = QString::fromUtf8(kSpec).split(u'\n');
        for (int step = 0; step < 50; ++step) {
            const int at = int(random.bounded(quint32(text.size())));
            switch (random.bounded(3)) {
            case 0:
                text.insert(at, lines.at(int(random.bounded(quint32(lines.size())))));
                break;
            case 1:
                if (text.size() > 1)
                    text.removeAt(at);
                break;
            default:
                text[at].insert(int(random.bounded(quint32(text.at(at).size() + 1))), u'-');
                break;
            }
            const SpecDocument::Ptr doc = SpecDocument::parse(text.join(u'\n'), path);
            const Workspace::Ptr with = ws->withDocument(doc);
            const QStringList full = comparableFindings(engine->lint(*doc, with.get()));
            const QStringList incremental = comparableFindings(linter.lint(doc, with.get()));
            if (incremental != full)
                qWarning("seed %u, step %d:\n%s", seed, step, qPrintable(text.join(u'\n')));
            QCOMPARE(incremental, full);
        }
    }
}

void TestIncrementalWorkspaceLint::reusesUnitsInAWorkspace()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("spec.md"));
    const Workspace::Ptr ws = workspace();
    auto engine = std::make_shared<const LintEngine>(LintConfig::forWorkspace(m_dir->path()));
    IncrementalLinter linter(engine);
    const SpecDocument::Ptr first = SpecDocument::parse(QString::fromUtf8(kSpec), path);
    linter.lint(first, ws->withDocument(first).get());
    const int units = linter.lastStats().relinted;
    QString edited = QString::fromUtf8(kSpec);
    edited.replace(QStringLiteral("A pickup code is valid for a day."),
                   QStringLiteral("A pickup code is valid for a day.\nIt must be short."));
    const SpecDocument::Ptr second = SpecDocument::parse(edited, path);
    const Workspace::Ptr with = ws->withDocument(second);
    QCOMPARE(comparableFindings(linter.lint(second, with.get())),
             comparableFindings(engine->lint(*second, with.get())));
    QCOMPARE(linter.lastStats().relinted, 1);
    QCOMPARE(linter.lastStats().reused, units - 1);
}

QTEST_GUILESS_MAIN(TestIncrementalWorkspaceLint)
#include "tst_incremental_workspace_lint.moc"
