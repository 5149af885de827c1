#pragma once

#include "core/enrollment/Screening.h"
#include "core/protocol/Protocol.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ConnectionBanner;

// The screening itself: site, date, age, sex, then either the protocol's eligibility checklist
// (yes / no for each inclusion and exclusion criterion, the outcome computed live) or "declined" /
// "other" with a reason. Anything but an eligible outcome is recorded when leaving the page.
class ScreeningPage : public QWizardPage
{
    Q_OBJECT

public:
    ScreeningPage(core::TrialSession &session, const core::Protocol &protocol, QWidget *parent = nullptr);

    // The screening as entered (the outcome left to the checklist when it is used).
    core::ScreeningInput input() const;
    // The checklist's outcome now: eligible only when every criterion is answered and satisfied.
    bool eligible() const;
    QString siteCode() const;
    QString sex() const;
    // Answers a criterion (tests and keyboard shortcuts use the same path as the radio buttons).
    void answer(const QString &criterionCode, bool yes);
    void showError(const QString &text);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    enum Mode { Checklist, Declined, Other };
    void addCriterion(QGridLayout *grid, int row, const core::EligibilityCriterion &criterion, bool exclusion);
    void updateOutcome();
    Mode mode() const;

    core::TrialSession &m_session;
    const core::Protocol &m_protocol;
    QComboBox *m_site;
    QDateEdit *m_date;
    QSpinBox *m_age;
    QComboBox *m_sex;
    QComboBox *m_mode;
    QHash<QString, QButtonGroup *> m_answers; // criterion code -> yes (id 1) / no (id 0)
    QWidget *m_checklist;
    QLabel *m_outcome;
    QLineEdit *m_reason;
    QLabel *m_error;
    ConnectionBanner *m_connection;
};

} // namespace trialdesk::gui
