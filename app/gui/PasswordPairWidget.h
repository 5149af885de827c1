#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace trialdesk::gui {

// A new password typed twice, with inline validation (length, match) as the user types.
class PasswordPairWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinimumLength = 12;

    explicit PasswordPairWidget(QWidget *parent = nullptr);

    // True when the password is long enough and both fields match.
    bool isAcceptable() const;
    // Why the password cannot be used yet (translated), empty when acceptable.
    QString problem() const;
    // The password as UTF-8; both fields are cleared. The caller wipes the result.
    QByteArray takePassword();
    // A copy of the password as UTF-8, fields untouched. The caller wipes the result.
    QByteArray password() const;
    void clear();

signals:
    void acceptabilityChanged(bool acceptable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFeedback();

    QLabel *m_passwordLabel;
    QLabel *m_confirmationLabel;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    QLabel *m_feedback;
    bool m_lastAcceptable = false;
};

} // namespace trialdesk::gui
