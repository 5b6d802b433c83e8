#include "ui/StartPage.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace prodrome::ui {

namespace {

QPushButton* button(const QString& text, const QString& toolTip, QWidget* parent) {
  auto* b = new QPushButton(text, parent);
  b->setToolTip(toolTip);
  b->setMinimumHeight(32);
  return b;
}

}  // namespace

StartPage::StartPage(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("startPage"));
  setAutoFillBackground(true);

  auto* title = new QLabel(tr("Prodrome"), this);
  QFont big = title->font();
  big.setPointSizeF(big.pointSizeF() * 2.2);
  big.setBold(true);
  title->setFont(big);
  auto* tagline = new QLabel(
      tr("Seizure forecasting from ordinary video: annotate recordings, curate clips, train a forecaster, "
         "review its alarms."),
      this);
  tagline->setWordWrap(true);

  auto* newProject = button(tr("New Project…"), tr("Create an empty project file, then add recordings to it"), this);
  auto* openProject = button(tr("Open Project…"), tr("Open a .prodrome project file"), this);
  auto* openVideo =
      button(tr("Open a Video…"), tr("Look at one video without a project (annotations need a project)"), this);
  demo_ = button(tr("Open the Demo Project"),
                 tr("Synthetic rodent and human recordings with seizures, clip sets, a pre-trained encoder, a "
                    "forecaster and its forecasts to review. Built once (about two minutes on two cores), then "
                    "opened from where it was built."),
                 this);
  demo_->setObjectName(QStringLiteral("demoButton"));
  connect(newProject, &QPushButton::clicked, this, &StartPage::newProjectRequested);
  connect(openProject, &QPushButton::clicked, this, &StartPage::openProjectRequested);
  connect(openVideo, &QPushButton::clicked, this, &StartPage::openVideoRequested);
  connect(demo_, &QPushButton::clicked, this, &StartPage::demoRequested);

  auto* actions = new QVBoxLayout;
  actions->addWidget(newProject);
  actions->addWidget(openProject);
  actions->addWidget(openVideo);
  actions->addSpacing(12);
  actions->addWidget(demo_);
  actions->addStretch(1);

  auto* recentTitle = new QLabel(tr("Recent projects"), this);
  QFont bold = recentTitle->font();
  bold.setBold(true);
  recentTitle->setFont(bold);
  recent_ = new QListWidget(this);
  recent_->setObjectName(QStringLiteral("recentProjects"));
  recent_->setMinimumWidth(380);
  recent_->setUniformItemSizes(true);
  recent_->setSpacing(3);
  recent_->setTextElideMode(Qt::ElideMiddle);
  connect(recent_, &QListWidget::itemActivated, this, &StartPage::choose);
  auto* recentColumn = new QVBoxLayout;
  recentColumn->addWidget(recentTitle);
  recentColumn->addWidget(recent_, 1);

  auto* columns = new QHBoxLayout;
  columns->addLayout(actions);
  columns->addSpacing(24);
  columns->addLayout(recentColumn, 1);

  // A column of readable width in the middle of whatever room the window gives.
  auto* content = new QWidget(this);
  content->setMaximumWidth(900);
  auto* contentLayout = new QVBoxLayout(content);
  contentLayout->addWidget(title);
  contentLayout->addWidget(tagline);
  contentLayout->addSpacing(16);
  contentLayout->addLayout(columns, 1);

  auto* outer = new QHBoxLayout(this);
  outer->setContentsMargins(32, 32, 32, 32);
  outer->addStretch(1);
  outer->addWidget(content, 4);
  outer->addStretch(1);
}

void StartPage::setRecentProjects(const QStringList& files) {
  recent_->clear();
  for (const QString& file : files) {
    const QFileInfo info(file);
    const bool present = info.isFile();
    auto* item = new QListWidgetItem(
        present ? tr("%1\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()))
                : tr("%1 (missing)\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
        recent_);
    item->setData(Qt::UserRole, file);
    item->setToolTip(present ? QDir::toNativeSeparators(file)
                             : tr("%1 is not there any more (moved, renamed or on a drive that is not mounted)")
                                   .arg(QDir::toNativeSeparators(file)));
    if (!present) item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
  }
  if (files.isEmpty()) {
    auto* none = new QListWidgetItem(tr("None yet: the projects you open appear here."), recent_);
    none->setFlags(Qt::NoItemFlags);
  }
  if (recent_->count() > 0 && (recent_->item(0)->flags() & Qt::ItemIsEnabled)) recent_->setCurrentRow(0);
}

void StartPage::setDemoAvailable(bool available) { demo_->setVisible(available); }

void StartPage::setDemoBusy(bool busy) {
  demo_->setEnabled(!busy);
  demo_->setText(busy ? tr("Building the Demo Project…") : tr("Open the Demo Project"));
}

void StartPage::choose(QListWidgetItem* item) {
  if (!item || !(item->flags() & Qt::ItemIsEnabled)) return;
  Q_EMIT recentProjectChosen(item->data(Qt::UserRole).toString());
}

}  // namespace prodrome::ui
