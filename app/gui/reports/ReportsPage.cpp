#include "app/gui/reports/ReportsPage.h"

#include "app/gui/reports/ConsortView.h"
#include "app/gui/reports/RandomizationReportView.h"
#include "app/gui/reports/RecruitmentView.h"
#include "app/gui/reports/StatsReportView.h"
#include "reports/stats/BaselineReport.h"
#include "reports/stats/OutcomeReport.h"
#include "reports/stats/RetentionReport.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

ReportsPage::ReportsPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(new ConsortView(session, m_tabs), tr("CONSORT diagram"));
    m_tabs->addTab(new RecruitmentView(session, m_tabs), tr("Recruitment"));
    m_tabs->addTab(new RandomizationReportView(session, m_tabs), tr("Randomization report"));
    m_tabs->addTab(new StatsReportView<reports::BaselineReport>(session, QStringLiteral("baselineView"),
                                                                QStringLiteral("baseline"), m_tabs),
                   tr("Baseline"));
    m_tabs->addTab(new StatsReportView<reports::RetentionReport>(session, QStringLiteral("retentionView"),
                                                                 QStringLiteral("retention"), m_tabs),
                   tr("Retention"));
    m_tabs->addTab(new StatsReportView<reports::OutcomeReport>(session, QStringLiteral("outcomesView"),
                                                               QStringLiteral("outcomes"), m_tabs),
                   tr("Outcomes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

} // namespace trialdesk::gui
