#pragma once

#include "reports/RandomizationReport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The randomization report for monitors: its verification summary and Save PDF (CSV, JSON).
// Roles without the randomization log see why instead.
class RandomizationReportView : public QWidget
{
    Q_OBJECT

public:
    explicit RandomizationReportView(core::TrialSession &session, QWidget *parent = nullptr);

    void refresh();
    core::Status saveTo(const QString &path);

private:
    void save();

    core::TrialSession &m_session;
    std::optional<reports::RandomizationReport::Data> m_data;
    std::optional<reports::ReportContext> m_context;
    QLabel *m_summary;
    QPushButton *m_save;
};

} // namespace trialdesk::gui
