#pragma once
// Go to a frame or a time: "1234" is a frame number; "12.5", "12.5s",
// "mm:ss(.fff)" and "hh:mm:ss(.fff)" are times from the start of the video.

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;
class QLabel;

namespace prodrome::ui {

class GoToDialog : public QDialog {
  Q_OBJECT

 public:
  // `frameAtSeconds` maps a time to its frame (through the frame index).
  GoToDialog(std::int64_t frameCount, std::function<std::int64_t(double)> frameAtSeconds, QWidget* parent = nullptr);

  std::optional<std::int64_t> frame() const { return frame_; }
  QLineEdit* input() const { return input_; }

  // nullopt for text that is none of the forms above.
  static std::optional<std::int64_t> parse(const QString& text,
                                           const std::function<std::int64_t(double)>& frameAtSeconds);

 private:
  void validate();

  std::int64_t frameCount_;
  std::function<std::int64_t(double)> frameAtSeconds_;
  QLineEdit* input_;
  QLabel* hint_;
  std::optional<std::int64_t> frame_;
};

}  // namespace prodrome::ui
