#pragma once

#include "core/enrollment/Randomization.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ConnectionBanner;

// Randomizes one participant in three steps: (1) what RandomizationService::prepare() gives, the
// participant and the stratum values the user must confirm; (2) the electronic signature, the
// password again with its meaning; (3) the arm, shown only once randomize() has committed. A
// refusal at any step (ineligible, no current consent, wrong signature ...) is shown as the core
// words it, and consumes nothing.
class RandomizeDialog : public QDialog
{
    Q_OBJECT

public:
    RandomizeDialog(core::TrialSession &session, const QString &studyId, QWidget *parent = nullptr);

    // Whether prepare() succeeded (otherwise the dialog only shows why).
    bool prepared() const { return m_preview.has_value(); }
    bool randomized() const { return m_outcome.has_value(); }
    const std::optional<core::RandomizationOutcome> &outcome() const { return m_outcome; }
    QString errorText() const;

public slots:
    void goToSignature();
    void sign();

private:
    QWidget *buildConfirmation();
    QWidget *buildSignature();
    QWidget *buildResult();
    void showError(const QString &text);

    core::TrialSession &m_session;
    QString m_studyId;
    std::optional<core::RandomizationPreview> m_preview;
    std::optional<core::RandomizationOutcome> m_outcome;
    QStackedWidget *m_steps;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_next = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_sign = nullptr;
    QWidget *m_result = nullptr;
    QLabel *m_error;
    ConnectionBanner *m_connection;
    QPushButton *m_close;
};

} // namespace trialdesk::gui
