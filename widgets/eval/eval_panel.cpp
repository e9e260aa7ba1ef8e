#include "eval_panel.h"

#include "eval_runner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Specwright {

namespace {
enum Column
{
    Outcome,
    Score,
    SectionColumn,
    Title,
    ColumnCount
};
const int idRole = Qt::UserRole + 1;
} // namespace

EvalPanel::EvalPanel(QWidget *parent)
    : QWidget(parent)
    , m_runFile(new QPushButton(tr("Run File"), this))
    , m_runSection(new QPushButton(tr("Run Section"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_jump(new QPushButton(tr("Go to Section"), this))
    , m_compare(new QPushButton(tr("Compare Runs"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_sectionFilter(new QComboBox(this))
    , m_outcomeFilter(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_transcript(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("evalPanel"));
    m_cancel->setEnabled(false);
    m_jump->setEnabled(false);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_status->setText(tr("Run the spec's examples against the target model."));
    m_sectionFilter->addItem(tr("All sections"), QString());
    m_outcomeFilter->addItem(tr("All outcomes"), QString());
    m_outcomeFilter->addItem(tr("Passed"), QStringLiteral("pass"));
    m_outcomeFilter->addItem(tr("Failed"), QStringLiteral("fail"));
    m_outcomeFilter->addItem(tr("Errors"), QStringLiteral("error"));
    m_table->setHorizontalHeaderLabels({tr("Outcome"), tr("Score"), tr("Section"), tr("Example")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transcript->setOpenLinks(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_runFile);
    bar->addWidget(m_runSection);
    bar->addWidget(m_cancel);
    bar->addWidget(m_compare);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_sectionFilter);
    bar->addWidget(m_outcomeFilter);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_transcript, 1);
    rightLayout->addWidget(m_jump, 0, Qt::AlignRight);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_runFile, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(false); });
    connect(m_runSection, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(true); });
    connect(m_cancel, &QPushButton::clicked, this, &EvalPanel::cancelRequested);
    connect(m_compare, &QPushButton::clicked, this, &EvalPanel::compareRequested);
    m_compare->setToolTip(tr("Pass rate per intent and flipped cases between two runs"));
    connect(m_sectionFilter, &QComboBox::currentIndexChanged, this, &EvalPanel::applyFilter);
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, &EvalPanel::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EvalPanel::showTranscript);
    connect(m_jump, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> items = m_table->selectedItems();
        if (items.isEmpty())
            return;
        for (const EvalRecord &r : std::as_const(m_records))
            if (r.caseId == items.first()->data(idRole).toString())
                Q_EMIT jumpRequested(r.line);
    });
}

void EvalPanel::setSectionAvailable(bool available)
{
    m_sectionAvailable = available;
    m_runSection->setEnabled(available && !m_building && !(m_runner && m_runner->isRunning()));
}

void EvalPanel::setBuilding(bool building)
{
    m_building = building;
    const bool running = m_runner && m_runner->isRunning();
    m_runFile->setEnabled(!building && !running);
    setSectionAvailable(m_sectionAvailable);
    if (building) {
        m_progress->setRange(0, 0); // busy: the number of cases is not known yet
        m_status->setText(tr("Building cases…"));
    } else if (!running) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
}

void EvalPanel::showMessage(const QString &text)
{
    m_status->setText(text);
}

void EvalPanel::setRunner(EvalRunner *runner)
{
    m_building = false;
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_records.clear();
    m_table->setRowCount(0);
    m_transcript->clear();
    while (m_sectionFilter->count() > 1)
        m_sectionFilter->removeItem(1);
    if (!runner)
        return;
    for (const EvalCase &c : runner->cases())
        if (m_sectionFilter->findData(c.sectionId) < 0)
            m_sectionFilter->addItem(c.sectionId, c.sectionId);
    for (const EvalRecord &r : runner->records())
        addRecord(r);
    connect(runner, &EvalRunner::caseFinished, this, &EvalPanel::addRecord);
    connect(runner, &EvalRunner::progress, this, &EvalPanel::updateProgress);
    connect(runner, &EvalRunner::finished, this, &EvalPanel::updateProgress);
    updateProgress();
}

const EvalCase *EvalPanel::caseOf(const QString &id) const
{
    if (!m_runner)
        return nullptr;
    for (const EvalCase &c : m_runner->cases())
        if (c.id == id)
            return &c;
    return nullptr;
}

void EvalPanel::addRecord(const EvalRecord &r)
{
    m_records.append(r);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QString outcome = r.hasError() ? tr("error") : r.pass ? tr("pass") : tr("fail");
    auto *status = new QTableWidgetItem(outcome);
    status->setData(idRole, r.caseId);
    status->setData(Qt::UserRole, r.hasError() ? QStringLiteral("error")
                                  : r.pass     ? QStringLiteral("pass")
                                               : QStringLiteral("fail"));
    const QColor tint = r.hasError() ? QColor(0xd0, 0x8c, 0x20)
                        : r.pass     ? QColor(0x2e, 0x9e, 0x4f)
                                     : QColor(0xd0, 0x40, 0x40);
    status->setForeground(tint);
    m_table->setItem(row, Outcome, status);
    m_table->setItem(
        row, Score,
        new QTableWidgetItem(r.hasError() ? QString() : QString::number(r.score, 'f', 2)));
    m_table->setItem(row, SectionColumn, new QTableWidgetItem(r.section));
    m_table->setItem(row, Title, new QTableWidgetItem(r.title));
    for (int c = 0; c < ColumnCount; ++c)
        m_table->item(row, c)->setData(idRole, r.caseId);
    applyFilter();
}

void EvalPanel::updateProgress()
{
    if (!m_runner)
        return;
    const int done = m_runner->done();
    const int total = m_runner->total();
    const bool running = m_runner->isRunning();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_cancel->setEnabled(running);
    m_runFile->setEnabled(!running);
    m_runSection->setEnabled(!running && m_sectionAvailable);
    int failed = 0;
    for (const EvalRecord &r : std::as_const(m_records))
        failed += !r.pass && !r.hasError();
    QString text = tr("%1 of %2 cases · %3 passed · %4 failed · %5 errors")
                       .arg(done)
                       .arg(total)
                       .arg(m_runner->passed())
                       .arg(failed)
                       .arg(m_runner->errors());
    const int fresh = done - m_runner->resumedCount();
    if (running && fresh > 0) {
        const qint64 left = m_runner->elapsedMs() / fresh * (total - done) / 1000;
        text += QStringLiteral(" · ") + tr("about %n s left", nullptr, int(left));
    } else if (!running) {
        text += QStringLiteral(" · ") + (m_runner->wasCanceled() ? tr("canceled") : tr("done"));
    }
    m_status->setText(text);
}

void EvalPanel::applyFilter()
{
    const QString section = m_sectionFilter->currentData().toString();
    const QString outcome = m_outcomeFilter->currentData().toString();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool sectionOk =
            section.isEmpty() || m_table->item(row, SectionColumn)->text() == section;
        const bool outcomeOk =
            outcome.isEmpty() ||
            m_table->item(row, Outcome)->data(Qt::UserRole).toString() == outcome;
        m_table->setRowHidden(row, !(sectionOk && outcomeOk));
    }
}

void EvalPanel::showTranscript()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    m_jump->setEnabled(!items.isEmpty());
    if (items.isEmpty()) {
        m_transcript->clear();
        return;
    }
    const QString id = items.first()->data(idRole).toString();
    const EvalRecord *record = nullptr;
    for (const EvalRecord &r : std::as_const(m_records))
        if (r.caseId == id)
            record = &r;
    if (!record)
        return;
    QString html = QStringLiteral("<h3>%1</h3><p><i>#%2 · %3:%4</i></p>")
                       .arg(record->title.toHtmlEscaped(), record->section.toHtmlEscaped(),
                            record->specFile.toHtmlEscaped())
                       .arg(record->line);
    if (const EvalCase *c = caseOf(id))
        for (const LlmMessage &m : c->messages)
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(m.role.toHtmlEscaped(),
                             m.content.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("answer (%1)").arg(record->targetModel.toHtmlEscaped()),
                     record->answer.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (record->hasError())
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Error:"), record->error.toHtmlEscaped());
    else
        html += QStringLiteral("<p><b>%1</b> %2 · %3<br>%4</p>")
                    .arg(tr("Grader:"), record->pass ? tr("pass") : tr("fail"),
                         QString::number(record->score, 'f', 2), record->reason.toHtmlEscaped());
    if (!record->violatedSection.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Violates #%1").arg(record->violatedSection.toHtmlEscaped()));
    m_transcript->setHtml(html);
}

} // namespace Specwright
