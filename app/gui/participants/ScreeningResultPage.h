#pragma once

#include <QWizardPage>

class QLabel;

namespace trialdesk::gui {

// The screening wizard's last page: what was recorded (screening number, outcome, study ID).
class ScreeningResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScreeningResultPage(QWidget *parent = nullptr);

    void setRecorded(const QString &screeningNumber, const QString &outcomeText, const QString &studyId);

private:
    QLabel *m_summary;
    QLabel *m_studyId;
};

} // namespace trialdesk::gui
