#pragma once

#include "reports/RecruitmentReport.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// Recruitment: cumulative randomizations against the target (Qt Charts), the site x month table,
// the screening-to-randomization ratio; Save as PDF, CSV or JSON.
class RecruitmentView : public QWidget
{
    Q_OBJECT

public:
    explicit RecruitmentView(core::TrialSession &session, QWidget *parent = nullptr);

    void refresh();
    core::Status saveTo(const QString &path);

private:
    void save();

    core::TrialSession &m_session;
    std::optional<reports::RecruitmentData> m_data;
    std::optional<reports::ReportContext> m_context;
    QLabel *m_summary;
    QChartView *m_chart;
    QTableWidget *m_table;
    QPushButton *m_save;
};

} // namespace trialdesk::gui
