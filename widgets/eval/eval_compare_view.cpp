#include "eval_compare_view.h"

#include "pass_rate_badge_delegate.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Specwright {

namespace {

constexpr int SectionRole = Qt::UserRole + 1;

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 0) + u'%';
}

QString rateText(const EvalSectionRate &r)
{
    return r.total()
               ? QStringLiteral("%1/%2 · %3").arg(r.passed).arg(r.total()).arg(percent(r.rate()))
               : QStringLiteral("–");
}

QTableWidgetItem *item(const QString &text, const QString &section)
{
    auto *i = new QTableWidgetItem(text);
    i->setData(SectionRole, section);
    return i;
}

void setUpTable(QTableWidget *t, const QStringList &headers)
{
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace

EvalCompareView::EvalCompareView(QWidget *parent)
    : QWidget(parent)
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_sections(new QTableWidget(this))
    , m_flips(new QTableWidget(this))
    , m_jump(new QPushButton(tr("Go to Section"), this))
{
    setObjectName(QStringLiteral("evalCompareView"));
    m_before->setObjectName(QStringLiteral("compareBefore"));
    m_after->setObjectName(QStringLiteral("compareAfter"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_jump->setEnabled(false);
    setUpTable(m_sections, {tr("Intent"), tr("Before"), tr("After"), tr("Change")});
    setUpTable(m_flips, {tr("Flip"), tr("Intent"), tr("Example"), tr("Grader now")});
    m_sections->setObjectName(QStringLiteral("compareSections"));
    m_flips->setObjectName(QStringLiteral("compareFlips"));

    auto *pick = new QFormLayout;
    pick->addRow(tr("&Before:"), m_before);
    pick->addRow(tr("&After:"), m_after);
    auto *top = new QHBoxLayout;
    top->addLayout(pick, 2);
    top->addWidget(m_summary, 3);
    top->addWidget(m_jump, 0, Qt::AlignBottom);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sections);
    split->addWidget(m_flips);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_before, &QComboBox::currentIndexChanged, this, &EvalCompareView::recompare);
    connect(m_after, &QComboBox::currentIndexChanged, this, &EvalCompareView::recompare);
    for (QTableWidget *t : {m_sections, m_flips}) {
        connect(t, &QTableWidget::itemSelectionChanged, this, [this, t] {
            if (!t->selectedItems().isEmpty())
                (t == m_sections ? m_flips : m_sections)->clearSelection();
            m_jump->setEnabled(!selectedSection().isEmpty());
        });
        connect(t, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *i) {
            Q_EMIT sectionRequested(i->data(SectionRole).toString());
        });
    }
    connect(m_jump, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedSection(); !id.isEmpty())
            Q_EMIT sectionRequested(id);
    });
}

QString EvalCompareView::runTitle(const EvalRun &run)
{
    const QDateTime started = QDateTime::fromString(run.header.started, Qt::ISODate).toLocalTime();
    QString title =
        tr("%1 · %2 · %3 passed")
            .arg(started.isValid() ? started.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : run.header.started,
                 run.header.targetModel, percent(run.passRate()));
    if (!run.header.section.isEmpty())
        title += QStringLiteral(" · #") + run.header.section;
    if (!run.header.specCommit.isEmpty())
        title += QStringLiteral(" · ") + run.header.specCommit.left(7);
    if (!run.complete)
        title += QStringLiteral(" · ") + tr("unfinished");
    return title;
}

void EvalCompareView::setRuns(const QList<EvalRun> &runs)
{
    m_runs = runs;
    const QSignalBlocker b1(m_before), b2(m_after);
    m_before->clear();
    m_after->clear();
    for (const EvalRun &r : runs) {
        m_before->addItem(runTitle(r));
        m_after->addItem(runTitle(r));
    }
    m_before->setCurrentIndex(runs.size() > 1 ? 1 : 0);
    m_after->setCurrentIndex(0);
    recompare();
}

void EvalCompareView::setBeforeAfter(int before, int after)
{
    const QSignalBlocker b1(m_before), b2(m_after);
    m_before->setCurrentIndex(before);
    m_after->setCurrentIndex(after);
    recompare();
}

QString EvalCompareView::selectedSection() const
{
    for (const QTableWidget *t : {m_sections, m_flips})
        if (const QList<QTableWidgetItem *> items = t->selectedItems(); !items.isEmpty())
            return items.first()->data(SectionRole).toString();
    return {};
}

void EvalCompareView::recompare()
{
    m_sections->setRowCount(0);
    m_flips->setRowCount(0);
    m_jump->setEnabled(false);
    const int b = m_before->currentIndex();
    const int a = m_after->currentIndex();
    if (m_runs.size() < 2 || b < 0 || a < 0) {
        m_comparison = {};
        m_summary->setText(m_runs.isEmpty() ? tr("No runs of this spec yet.")
                                            : tr("One run so far: run the evals again (after "
                                                 "an amendment, or with another model) to "
                                                 "compare."));
        return;
    }
    m_comparison = EvalRunComparison::compare(m_runs.at(b), m_runs.at(a));
    const EvalRunComparison &c = m_comparison;
    const QStringList regressed = c.regressedSections();
    QString summary = tr("Pass rate %1 → %2 · %n regression(s)", nullptr, c.regressions())
                          .arg(percent(c.passRateBefore), percent(c.passRateAfter));
    const int fixes = int(c.flips.size()) - c.regressions();
    summary += QStringLiteral(" · ") + tr("%n fixed", nullptr, fixes);
    if (!regressed.isEmpty())
        summary += u'\n' + tr("Regressed: %1").arg(regressed.join(QStringLiteral(", ")));
    if (!c.onlyBefore.isEmpty() || !c.onlyAfter.isEmpty())
        summary += u'\n' + tr("%1 case(s) only before, %2 only after (changed examples)")
                               .arg(c.onlyBefore.size())
                               .arg(c.onlyAfter.size());
    m_summary->setText(summary);

    const QColor worse = PassRateBadgeDelegate::colorFor(0);
    const QColor better = PassRateBadgeDelegate::colorFor(1);
    for (const EvalSectionChange &s : c.sections) {
        const int row = m_sections->rowCount();
        m_sections->insertRow(row);
        const QString name = s.title.isEmpty() ? s.section : s.title;
        auto *intent = item(name, s.section);
        intent->setToolTip(QStringLiteral("#") + s.section);
        m_sections->setItem(row, 0, intent);
        m_sections->setItem(row, 1, item(rateText(s.before), s.section));
        m_sections->setItem(row, 2, item(rateText(s.after), s.section));
        QString change;
        QColor tint;
        if (s.before.total() && s.after.total()) {
            const int delta = qRound((s.after.rate() - s.before.rate()) * 100);
            change = delta == 0 ? tr("same")
                                : QStringLiteral("%1%2 pt").arg(delta > 0 ? u"+" : u"").arg(delta);
            tint = delta < 0 ? worse : delta > 0 ? better : QColor();
        } else {
            change = s.after.total() ? tr("new") : tr("gone");
        }
        auto *changeItem = item(change, s.section);
        if (regressed.contains(s.section)) {
            tint = worse;
            QFont f = changeItem->font();
            f.setBold(true);
            changeItem->setFont(f);
        }
        if (tint.isValid())
            changeItem->setForeground(tint);
        m_sections->setItem(row, 3, changeItem);
    }
    for (const EvalFlip &f : c.flips) {
        const int row = m_flips->rowCount();
        m_flips->insertRow(row);
        auto *kind = item(f.regression ? tr("regression") : tr("fixed"), f.section);
        kind->setForeground(f.regression ? worse : better);
        m_flips->setItem(row, 0, kind);
        m_flips->setItem(row, 1, item(f.section, f.section));
        m_flips->setItem(row, 2, item(f.title, f.section));
        const QString why = f.after.hasError() ? f.after.error : f.after.reason;
        auto *reason = item(why.simplified(), f.section);
        reason->setToolTip(why);
        m_flips->setItem(row, 3, reason);
    }
    m_sections->resizeColumnsToContents();
    m_flips->resizeColumnToContents(0);
    m_flips->resizeColumnToContents(1);
}

} // namespace Specwright
