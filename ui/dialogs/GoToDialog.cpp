#include "ui/dialogs/GoToDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace prodrome::ui {

GoToDialog::GoToDialog(std::int64_t frameCount, std::function<std::int64_t(double)> frameAtSeconds, QWidget* parent)
    : QDialog(parent),
      frameCount_(frameCount),
      frameAtSeconds_(std::move(frameAtSeconds)),
      input_(new QLineEdit(this)),
      hint_(new QLabel(this)) {
  setWindowTitle(tr("Go to Frame or Time"));
  input_->setPlaceholderText(tr("1234, 75.5s or 01:02:03.250"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* form = new QFormLayout(this);
  form->addRow(tr("Frame or time:"), input_);
  form->addRow(hint_);
  form->addRow(buttons);
  connect(input_, &QLineEdit::textChanged, this, &GoToDialog::validate);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  validate();
}

std::optional<std::int64_t> GoToDialog::parse(const QString& raw,
                                              const std::function<std::int64_t(double)>& frameAtSeconds) {
  const QString text = raw.trimmed();
  if (text.isEmpty()) return std::nullopt;
  static const QRegularExpression frame(R"(^\d+$)");
  static const QRegularExpression seconds(R"(^(\d+(?:\.\d*)?)\s*s?$)");
  static const QRegularExpression clock(R"(^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d*)?)$)");
  if (frame.match(text).hasMatch()) return text.toLongLong();
  if (auto m = seconds.match(text); m.hasMatch()) return frameAtSeconds(m.captured(1).toDouble() + 1e-6);
  if (auto m = clock.match(text); m.hasMatch()) {
    const double s = m.captured(1).toDouble() * 3600 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble();
    return frameAtSeconds(s + 1e-6);
  }
  return std::nullopt;
}

void GoToDialog::validate() {
  frame_ = parse(input_->text(), frameAtSeconds_);
  const bool ok = frame_ && *frame_ >= 0 && *frame_ < frameCount_;
  if (!frame_) {
    hint_->setText(tr("Frames 0 to %1, or a time.").arg(frameCount_ - 1));
  } else if (!ok) {
    hint_->setText(tr("Frame %1 is past the end (last frame %2).").arg(*frame_).arg(frameCount_ - 1));
  } else {
    hint_->setText(tr("Frame %1").arg(*frame_));
  }
  if (!ok) frame_.reset();
  if (auto* box = findChild<QDialogButtonBox*>()) box->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

}  // namespace prodrome::ui
