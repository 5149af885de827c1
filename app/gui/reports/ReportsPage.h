#pragma once

#include <QWidget>

class QTabWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The "reports" section (ReportView roles): one tab per report, drawn from live data when opened.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(core::TrialSession &session, QWidget *parent = nullptr);

private:
    QTabWidget *m_tabs;
};

} // namespace trialdesk::gui
