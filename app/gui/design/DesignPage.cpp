#include "app/gui/design/DesignPage.h"

#include "app/gui/design/AssessmentPanel.h"
#include "app/gui/design/DesignEditor.h"
#include "core/workspace/TrialSession.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

DesignPage::DesignPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_editor(new DesignEditor(session, this))
{
    m_tabs->setObjectName(QStringLiteral("designTabs"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    m_tabs->addTab(scroll, QString());
    if (session.can(core::Action::DesignSimulate)) {
        m_assessment = new AssessmentPanel([editor = m_editor]() { return editor->editedDesign(); }, this);
        m_tabs->addTab(m_assessment, QString());
        connect(m_editor, &DesignEditor::designChanged, m_assessment, &AssessmentPanel::refreshStrata);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void DesignPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DesignPage::retranslate()
{
    m_tabs->setTabText(0, tr("Design"));
    if (m_assessment)
        m_tabs->setTabText(1, tr("Assessment"));
}

} // namespace trialdesk::gui
