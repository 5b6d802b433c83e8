#include "ui/MainWindow.h"

#include "ui/FrameView.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), view_(new FrameView(this)) {
  setWindowTitle(tr("Prodrome"));
  setWindowIcon(QIcon(":/prodrome/icons/prodrome.svg"));
  setCentralWidget(view_);
  position_ = new QLabel(tr("No video"), this);
  statusBar()->addPermanentWidget(position_);
  createActions();
  resize(960, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open Video…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Video"), QString(),
                                                      tr("Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)"));
    if (!path.isEmpty()) openVideo(path);
  });
  open->setShortcut(QKeySequence::Open);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* go = menuBar()->addMenu(tr("&Go"));
  const auto addStep = [&](const QString& text, const QKeySequence& key, int64_t frames) {
    QAction* a = go->addAction(text, this, [this, frames] {
      if (source_) showFrame(current_ + frames);
    });
    a->setShortcut(key);
  };
  addStep(tr("Next Frame"), QKeySequence(Qt::Key_Right), 1);
  addStep(tr("Previous Frame"), QKeySequence(Qt::Key_Left), -1);
  addStep(tr("Forward 1 Second"), QKeySequence(Qt::SHIFT | Qt::Key_Right), 30);
  addStep(tr("Back 1 Second"), QKeySequence(Qt::SHIFT | Qt::Key_Left), -30);
  QAction* first = go->addAction(tr("First Frame"), this, [this] {
    if (source_) showFrame(0);
  });
  first->setShortcut(QKeySequence(Qt::Key_Home));
  QAction* last = go->addAction(tr("Last Frame"), this, [this] {
    if (source_) showFrame(source_->frameCount() - 1);
  });
  last->setShortcut(QKeySequence(Qt::Key_End));
}

bool MainWindow::openVideo(const QString& path) {
  try {
    source_ = std::make_unique<core::VideoSource>(path.toStdString());
  } catch (const std::exception& e) {
    source_.reset();
    current_ = -1;
    view_->clear();
    updateStatus();
    // Not exec(): a nested event loop would stall playback and tests alike.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open video"), QString::fromUtf8(e.what()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT errorShown(QString::fromUtf8(e.what()));
    return false;
  }
  setWindowTitle(tr("%1 — Prodrome").arg(QFileInfo(path).fileName()));
  current_ = -1;
  showFrame(0);
  return true;
}

void MainWindow::showFrame(int64_t k) {
  if (!source_ || source_->frameCount() == 0) return;
  k = std::clamp<int64_t>(k, 0, source_->frameCount() - 1);
  try {
    view_->setFrame(source_->frame(k), source_->info().rotation);
    current_ = k;
    Q_EMIT frameShown(k);
  } catch (const std::exception& e) {
    statusBar()->showMessage(QString::fromUtf8(e.what()), 5000);
    Q_EMIT errorShown(QString::fromUtf8(e.what()));
  }
  updateStatus();
}

void MainWindow::updateStatus() {
  if (!source_ || current_ < 0) {
    position_->setText(tr("No video"));
    return;
  }
  const double t = source_->index().secondsOf(current_);
  const int ms = static_cast<int>(std::lround(t * 1000.0));
  const QString time = QString("%1:%2:%3.%4")
                           .arg(ms / 3600000, 2, 10, QChar('0'))
                           .arg(ms / 60000 % 60, 2, 10, QChar('0'))
                           .arg(ms / 1000 % 60, 2, 10, QChar('0'))
                           .arg(ms % 1000, 3, 10, QChar('0'));
  position_->setText(tr("Frame %1 / %2  ·  %3").arg(current_).arg(source_->frameCount() - 1).arg(time));
}

}  // namespace prodrome::ui
