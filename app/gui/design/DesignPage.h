#pragma once

#include <QWidget>

class QTabWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class AssessmentPanel;
class DesignEditor;

// The "Randomization design" section (DesignViewConcealed): the design editor and, for roles that
// may simulate, the assessment panel, which assesses the design as currently edited.
class DesignPage : public QWidget
{
    Q_OBJECT

public:
    explicit DesignPage(core::TrialSession &session, QWidget *parent = nullptr);

    DesignEditor *editor() const { return m_editor; }
    AssessmentPanel *assessment() const { return m_assessment; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    DesignEditor *m_editor;
    AssessmentPanel *m_assessment = nullptr;
};

} // namespace trialdesk::gui
