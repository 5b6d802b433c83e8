#include "ui/dialogs/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace prodrome::ui {

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this)) {
  setWindowTitle(tr("Prodrome User Guide"));
  setObjectName(QStringLiteral("userGuide"));
  browser_->setOpenExternalLinks(false);  // the guide links only within itself
  browser_->setSource(QUrl(QStringLiteral("qrc:/prodrome/guide/guide.html")));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(browser_, 1);
  layout->addWidget(buttons);
  resize(860, 720);
}

}  // namespace prodrome::ui
