#pragma once

#include "core/enrollment/Participant.h"
#include "core/protocol/Protocol.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ScreeningPage;

// Consent on the protocol's current approved form (version, date, who obtained it) and the
// stratum values: one choice per stratification factor; the site factor follows the screening.
class ConsentPage : public QWizardPage
{
    Q_OBJECT

public:
    ConsentPage(core::TrialSession &session, const core::Protocol &protocol, const ScreeningPage *screening,
                QWidget *parent = nullptr);

    core::ConsentInput consent() const;
    // Factor code -> level code, every factor but the site.
    QMap<QString, QString> strata() const;
    // Chooses a level (tests use the same path as the combo box).
    void setLevel(const QString &factorCode, const QString &levelCode);

    void initializePage() override;
    bool isComplete() const override;

private:
    const core::Protocol &m_protocol;
    const ScreeningPage *m_screening;
    QString m_formVersion;
    QLabel *m_form;
    QDateEdit *m_date;
    QLineEdit *m_obtainedBy;
    QLabel *m_site;
    QHash<QString, QComboBox *> m_levels; // factor code -> its levels
};

} // namespace trialdesk::gui
