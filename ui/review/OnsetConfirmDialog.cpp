#include "ui/review/OnsetConfirmDialog.h"

#include "ui/Clock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace prodrome::ui {

OnsetConfirmDialog::OnsetConfirmDialog(qint64 alarmFrame, qint64 proposedFrame, qint64 lastFrame, double fps,
                                       QWidget* parent)
    : QDialog(parent), frame_(new QSpinBox(this)), time_(new QLabel(this)), fps_(fps) {
  setWindowTitle(tr("Mark a Seizure Onset?"));
  auto* text = new QLabel(tr("No annotated seizure follows the alarm at %1 (frame %2). Accepting it marks a new "
                             "seizure onset. Check the frame on the video, move it if the seizure begins elsewhere, "
                             "then confirm.")
                              .arg(formatFrameClock(alarmFrame, fps))
                              .arg(alarmFrame),
                          this);
  text->setWordWrap(true);
  const int top = lastFrame > 0 ? static_cast<int>(std::min<qint64>(lastFrame, std::numeric_limits<int>::max()))
                                : std::numeric_limits<int>::max();
  frame_->setRange(0, top);
  frame_->setValue(static_cast<int>(std::clamp<qint64>(proposedFrame, 0, top)));
  frame_->setAccelerated(true);
  auto* form = new QFormLayout;
  form->addRow(tr("Onset frame:"), frame_);
  form->addRow(tr("Time:"), time_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark Onset and Accept"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(text);
  layout->addLayout(form);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(frame_, &QSpinBox::valueChanged, this, [this](int f) {
    showTime();
    Q_EMIT frameChosen(f);
  });
  showTime();
}

qint64 OnsetConfirmDialog::frame() const { return frame_->value(); }

void OnsetConfirmDialog::showTime() { time_->setText(formatFrameClock(frame_->value(), fps_)); }

}  // namespace prodrome::ui
