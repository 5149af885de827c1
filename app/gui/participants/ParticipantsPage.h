#pragma once

#include "app/gui/participants/ParticipantOverlay.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ParticipantPage;
class ParticipantTableModel;

// The "participants" section: the lazily paged participant list with its search box (study ID, or
// name for IdentityView roles, applied after a short pause in typing) and filters (site, status,
// and arm for ArmView roles only), "Screen a patient…", and the participant page opened from it.
class ParticipantsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsPage(core::TrialSession &session, QWidget *parent = nullptr);

    ParticipantTableModel *model() const { return m_model; }
    // The open participant's page, or null while the list is shown.
    ParticipantPage *participantPage() const { return m_stack->participantPage(); }
    // Milliseconds between the last keystroke in the search box and the query.
    static constexpr int kSearchDelayMs = 300;

public slots:
    void applyFilter();
    // Opens the participant's page (the error is shown when the role may not see them).
    void openParticipant(const QString &studyId);
    void showList();
    void screenPatient();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStatusFilter();
    void fillArmFilter();
    void openSelected();
    void updateCount();
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    ParticipantTableModel *m_model;
    ParticipantOverlay *m_stack;
    QWidget *m_listPage;
    QLabel *m_heading;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_armLabel = nullptr;
    QComboBox *m_arm = nullptr;
    QPushButton *m_screen;
    QPushButton *m_open;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_message;
    QTimer *m_searchTimer;
};

} // namespace trialdesk::gui
