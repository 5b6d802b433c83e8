#include "ui/jobs/JobDock.h"

#include "ui/jobs/TrainingChart.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace prodrome::ui {

namespace {

constexpr int kJobIdRole = Qt::UserRole + 1;

QString number(double v, int digits) { return std::isfinite(v) ? QString::number(v, 'f', digits) : QString(); }

QString duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return {};
  const auto s = static_cast<qint64>(seconds + 0.5);
  return s >= 3600 ? QStringLiteral("%1:%2:%3")
                         .arg(s / 3600)
                         .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                         .arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

JobDock::JobDock(JobQueue& queue, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent),
      queue_(queue),
      table_(new QTableWidget(0, kColumns, this)),
      chart_(new TrainingChart(this)),
      cancel_(new QPushButton(tr("Cancel Job"), this)),
      resumable_(new QListWidget(this)),
      resume_(new QPushButton(tr("Resume Run"), this)) {
  setObjectName(QStringLiteral("jobDock"));
  table_->setHorizontalHeaderLabels({tr("Job"), tr("State"), tr("Stage"), tr("Progress"), tr("Step"), tr("Loss"),
                                     tr("Clips/s"), tr("ETA"), tr("Device")});
  table_->verticalHeader()->hide();
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(kTitle, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(kProgress, QHeaderView::Fixed);
  table_->setColumnWidth(kProgress, 120);

  resumable_->setToolTip(
      tr("Pre-training and fine-tuning runs that were cancelled or left running by a crash: "
         "they continue from their last checkpoint."));
  // Side by side, so that the dock stays short under the video: the jobs and
  // the unfinished runs on the left, the selected job's chart on the right.
  auto* jobsBox = new QWidget(this);
  auto* jobsLayout = new QVBoxLayout(jobsBox);
  jobsLayout->setContentsMargins(0, 0, 0, 0);
  jobsLayout->addWidget(table_, 3);
  auto* unfinishedRow = new QHBoxLayout;
  unfinishedRow->addWidget(new QLabel(tr("Unfinished runs:"), jobsBox));
  unfinishedRow->addStretch();
  unfinishedRow->addWidget(resume_);
  unfinishedRow->addWidget(cancel_);
  jobsLayout->addLayout(unfinishedRow);
  resumable_->setMaximumHeight(72);
  jobsLayout->addWidget(resumable_, 1);

  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(jobsBox);
  split->addWidget(chart_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  setWidget(split);

  connect(&queue_, &JobQueue::jobAdded, this, &JobDock::addRow);
  connect(&queue_, &JobQueue::progressChanged, this, &JobDock::updateRow);
  connect(&queue_, &JobQueue::jobStarted, this, [this](int id) {
    // Follow the job that runs unless the user looks at another one that is still going.
    const auto selected = selectedJob();
    const JobInfo* other = selected ? queue_.job(*selected) : nullptr;
    if (!other || other->state != JobState::Running) selectJob(id);
  });
  connect(&queue_, &JobQueue::stepsAdded, this, [this](int id, const QVector<StepPoint>& points) {
    if (id == chartJob_) chart_->addSteps(points);
  });
  connect(&queue_, &JobQueue::epochsAdded, this, [this](int id, const QVector<EpochPoint>& points) {
    if (id == chartJob_) chart_->addEpochs(points);
  });
  connect(&queue_, &JobQueue::jobFinished, this, [this](int) { updateButtons(); });
  connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
    showSelected();
    updateButtons();
  });
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    const JobInfo* job = queue_.job(table_->item(row, kTitle)->data(kJobIdRole).toInt());
    if (job && job->runId && job->state != JobState::Running && job->state != JobState::Queued)
      Q_EMIT runViewRequested(job->runId);
  });
  connect(cancel_, &QPushButton::clicked, this, [this] {
    if (const auto id = selectedJob()) queue_.cancel(*id);
  });
  connect(resumable_, &QListWidget::itemSelectionChanged, this, &JobDock::updateButtons);
  connect(resume_, &QPushButton::clicked, this, [this] {
    const auto* item = resumable_->currentItem();
    if (item) Q_EMIT resumeRequested(item->data(Qt::UserRole).toLongLong());
  });
  // The menu's tick is the user's too: unticked closes like the button,
  // ticked opens and lets new jobs show the dock again.
  connect(toggleViewAction(), &QAction::triggered, this, [this](bool shown) { closedByUser_ = !shown; });
  updateButtons();
}

void JobDock::closeEvent(QCloseEvent* event) {
  closedByUser_ = true;
  QDockWidget::closeEvent(event);
}

int JobDock::rowOf(int jobId) const {
  for (int r = 0; r < table_->rowCount(); ++r)
    if (table_->item(r, kTitle)->data(kJobIdRole).toInt() == jobId) return r;
  return -1;
}

void JobDock::addRow(int jobId) {
  const int row = table_->rowCount();
  table_->insertRow(row);
  for (int c = 0; c < kColumns; ++c)
    if (c != kProgress) table_->setItem(row, c, new QTableWidgetItem);
  table_->item(row, kTitle)->setData(kJobIdRole, jobId);
  auto* bar = new QProgressBar(table_);
  bar->setRange(0, 1000);
  bar->setTextVisible(true);
  table_->setCellWidget(row, kProgress, bar);
  updateRow(jobId);
  if (!selectedJob()) selectJob(jobId);
}

void JobDock::updateRow(int jobId) {
  const JobInfo* job = queue_.job(jobId);
  const int row = rowOf(jobId);
  if (!job || row < 0) return;
  const JobProgress& p = job->progress;
  table_->item(row, kTitle)->setText(job->title);
  table_->item(row, kState)->setText(jobStateName(job->state));
  table_->item(row, kState)->setToolTip(job->error);
  if (job->state == JobState::Failed) table_->item(row, kState)->setForeground(QColor(200, 40, 40));
  table_->item(row, kStage)->setText(p.stage);
  table_->item(row, kStage)->setToolTip(p.detail);
  auto* bar = static_cast<QProgressBar*>(table_->cellWidget(row, kProgress));
  const bool ended = job->state == JobState::Succeeded;
  if (ended) {
    bar->setRange(0, 1000);
    bar->setValue(1000);
  } else if (job->state == JobState::Running && p.fraction < 0) {
    bar->setRange(0, 0);  // busy indicator
  } else {
    bar->setRange(0, 1000);
    bar->setValue(static_cast<int>(std::clamp(p.fraction, 0.0, 1.0) * 1000));
  }
  // A job that stopped early shows where it stopped under its state's name:
  // a failure in a stage that had reached its end read "100 %" (issue 16).
  const bool stopped = job->state == JobState::Failed || job->state == JobState::Cancelled;
  bar->setFormat(stopped ? jobStateName(job->state) : QStringLiteral("%p%"));
  table_->item(row, kStep)->setText(p.totalSteps ? QStringLiteral("%1/%2").arg(p.step).arg(p.totalSteps) : QString());
  table_->item(row, kLoss)->setText(number(p.loss, 4));
  table_->item(row, kThroughput)->setText(number(p.clipsPerSecond, 1));
  table_->item(row, kEta)->setText(job->state == JobState::Running ? duration(p.etaSeconds) : QString());
  table_->item(row, kDevice)->setText(job->device);
  if (selectedJob() == jobId) updateButtons();
}

void JobDock::selectJob(int jobId) {
  const int row = rowOf(jobId);
  if (row >= 0) table_->selectRow(row);
}

std::optional<int> JobDock::selectedJob() const {
  const auto rows = table_->selectionModel()->selectedRows();
  if (rows.isEmpty()) return std::nullopt;
  return table_->item(rows.front().row(), kTitle)->data(kJobIdRole).toInt();
}

void JobDock::showSelected() {
  const auto id = selectedJob();
  if (!id || *id == chartJob_) return;
  chartJob_ = *id;
  if (const JobInfo* job = queue_.job(*id)) {
    // Forecasts, imports and exports take no optimisation steps: no empty axes.
    const bool trains =
        job->kind == JobKind::Pretrain || job->kind == JobKind::FineTune || job->kind == JobKind::FewShot;
    chart_->setVisible(trains);
    chart_->showJob(*job);
  }
}

void JobDock::setResumableRuns(const QVector<ResumableRun>& runs) {
  const qint64 current = resumable_->currentItem() ? resumable_->currentItem()->data(Qt::UserRole).toLongLong() : 0;
  resumable_->clear();
  for (const auto& r : runs) {
    auto* item = new QListWidgetItem(r.text, resumable_);
    item->setData(Qt::UserRole, r.runId);
    if (r.runId == current) resumable_->setCurrentItem(item);
  }
  updateButtons();
}

void JobDock::updateButtons() {
  const auto id = selectedJob();
  const JobInfo* job = id ? queue_.job(*id) : nullptr;
  cancel_->setEnabled(job && (job->state == JobState::Running || job->state == JobState::Queued));
  resume_->setEnabled(resumable_->currentItem() != nullptr);
}

}  // namespace prodrome::ui
