#include "ui/training/ProbeCurvePage.h"

#include "core/runs/MetricText.h"
#include "ui/NumberText.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

namespace {

QString meanText(const core::ShotSummary& s) {
  return core::metricIntervalText(s.rocAuc, s.rocAucLow, s.rocAucHigh, 3);
}

// A gain over the first point, with true minus signs; "—" at the first point.
QString gainText(const ml::MeanInterval& d) {
  if (d.n == 0) return missingText();
  return core::signedMetricIntervalText(d.mean, d.low, d.high, 3).replace(QLatin1Char('-'), QChar(0x2212));
}

QChartView* curveChart(const std::vector<core::ProbeCurveRow>& rows, QWidget* parent) {
  auto* chart = new QChart;
  chart->setTitle(ProbeCurvePage::tr("ROC-AUC over every shot count against the steps"));
  auto* x = new QValueAxis;
  auto* y = new QValueAxis;
  x->setTitleText(ProbeCurvePage::tr("pre-training steps"));
  y->setTitleText(ProbeCurvePage::tr("ROC-AUC"));
  x->setLabelFormat(QStringLiteral("%d"));
  const double last = rows.empty() ? 1.0 : static_cast<double>(std::max<std::int64_t>(1, rows.back().steps));
  x->setRange(-0.05 * last, 1.05 * last);
  double low = 0.5, high = 0.5;
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  const auto addSeries = [&](const QString& name, const QColor& color, auto value) {
    auto* line = new QLineSeries;
    line->setName(name);
    line->setColor(color);
    auto* dots = new QScatterSeries;
    dots->setColor(color);
    dots->setMarkerSize(8);
    for (const auto& r : rows) {
      const double v = value(r);
      if (!std::isfinite(v)) continue;
      line->append(static_cast<double>(r.steps), v);
      dots->append(static_cast<double>(r.steps), v);
      low = std::min(low, v);
      high = std::max(high, v);
    }
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{line, dots}) {
      chart->addSeries(s);
      s->attachAxis(x);
      s->attachAxis(y);
    }
    chart->legend()->markers(dots).front()->setVisible(false);
  };
  addSeries(ProbeCurvePage::tr("tokens alone"), QColor(40, 150, 70),
            [](const core::ProbeCurveRow& r) { return r.tokensAlone.rocAuc; });
  addSeries(ProbeCurvePage::tr("head"), QColor(30, 100, 200),
            [](const core::ProbeCurveRow& r) { return r.head.rocAuc; });
  auto* chance = new QLineSeries;
  chance->setName(ProbeCurvePage::tr("chance"));
  chance->append(x->min(), 0.5);
  chance->append(x->max(), 0.5);
  chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
  chart->addSeries(chance);
  chance->attachAxis(x);
  chance->attachAxis(y);
  // Round ticks: every 0.1 of ROC-AUC, and the steps between the probes.
  const double yLow = std::max(0.0, std::floor(low * 10 - 0.5) / 10);
  const double yHigh = std::min(1.0, std::ceil(high * 10 + 0.5) / 10);
  y->setRange(yLow, yHigh);
  y->setTickCount(static_cast<int>(std::lround((yHigh - yLow) * 10)) + 1);
  y->setLabelFormat(QStringLiteral("%.1f"));
  if (rows.size() >= 2 && rows[1].steps > rows[0].steps) {
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(static_cast<double>(rows[0].steps));
    x->setTickInterval(static_cast<double>(rows[1].steps - rows[0].steps));
  }
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(360, 260);
  return view;
}

}  // namespace

ProbeCurvePage::ProbeCurvePage(const std::vector<std::vector<core::StoredProbe>>& curves, QWidget* parent)
    : QWidget(parent) {
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  for (const auto& curve : curves) {
    const auto rows = core::probeCurveRows(core::probeCurvePoints(curve));
    QStringList runs;
    for (const auto& p : curve) runs << QString::number(p.runId);
    auto* caption = new QLabel(
        tr("The encoder this run kept after each number of steps, probed by few-shot runs %1 in the same episodes "
           "(one config, one seed). Tokens alone: what pre-training taught the encoder by then; head: the probe as "
           "configured. ROC-AUC over every shot count, mean [95 % CI]; gains paired with step %2 episode by episode.")
            .arg(runs.join(QStringLiteral(", ")))
            .arg(rows.empty() ? 0 : rows.front().steps),
        content);
    caption->setWordWrap(true);
    caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(caption);

    auto* table = new QTableWidget(0, 6, content);
    table->setObjectName(QStringLiteral("probeCurveTable"));
    table->setHorizontalHeaderLabels({tr("Steps"), tr("Run"), tr("Tokens alone"), tr("Gain"), tr("Head"), tr("Gain")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    const auto peak = core::probeCurvePeak(rows);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const int r = table->rowCount();
      table->insertRow(r);
      const QStringList cells = {QString::number(rows[i].steps), QString::number(curve[i].runId),
                                 meanText(rows[i].tokensAlone), gainText(rows[i].tokensAloneGain),
                                 meanText(rows[i].head),        gainText(rows[i].headGain)};
      for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (i == peak && c == 2) {  // where the tokens scored best
          QFont f = item->font();
          f.setBold(true);
          item->setFont(f);
          item->setToolTip(tr("The tokens alone scored best at this step"));
        }
        table->setItem(r, c, item);
      }
    }
    table->setMinimumHeight(table->horizontalHeader()->height() + 6 +
                            table->rowCount() * table->verticalHeader()->defaultSectionSize());
    layout->addWidget(table);
    tables_.push_back(table);
    auto* chart = curveChart(rows, content);
    layout->addWidget(chart, 1);
    charts_.push_back(chart);
  }
  if (curves.empty()) layout->addWidget(new QLabel(tr("No few-shot run has probed this run's snapshots."), content));
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(content);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
}

}  // namespace prodrome::ui
