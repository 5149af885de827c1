#pragma once

#include "core/enrollment/Participant.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QGroupBox;
class QPushButton;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class VisitTimelineWidget;

// One participant: the header (study ID, site, status, and the arm for ArmView roles only), the
// identity panel (IdentityView roles only), the timeline, and the actions the role may take
// (randomize, withdraw, lost to follow-up, deviation, adverse event, randomized in error,
// misclassification, re-consent), each through a small dialog and the services.
class ParticipantPage : public QWidget
{
    Q_OBJECT

public:
    ParticipantPage(core::TrialSession &session, const QString &studyId, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    QString studyId() const { return m_studyId; }
    const core::ParticipantDetails &details() const { return m_details; }
    // True once an action recorded something (the list refreshes when going back).
    bool changed() const { return m_changed; }
    // The visit schedule (VisitView roles), or null.
    VisitTimelineWidget *visitTimeline() const { return m_visits; }

public slots:
    // Reads the participant again and redraws.
    void reload();
    void randomize();
    void withdraw();
    void markLostToFollowUp();
    void recordDeviation();
    void recordAdverseEvent();
    void markRandomizedInError();
    void noteMisclassification();
    void recordReconsent();

signals:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *addAction(const char *objectName, void (ParticipantPage::*slot)());
    void retranslate();
    void updateActions();
    void afterChange();

    core::TrialSession &m_session;
    QString m_studyId;
    core::ParticipantDetails m_details;
    QList<core::TimelineItem> m_timeline;
    bool m_loaded = false;
    bool m_changed = false;
    QString m_loadError;
    QPushButton *m_back;
    QLabel *m_heading;
    QLabel *m_header;
    QGroupBox *m_identityBox = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_timelineLabel;
    QListWidget *m_timelineList;
    QGroupBox *m_visitsBox = nullptr;
    VisitTimelineWidget *m_visits = nullptr;
    QLabel *m_message;
    QPushButton *m_randomize = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_lost = nullptr;
    QPushButton *m_deviation = nullptr;
    QPushButton *m_adverseEvent = nullptr;
    QPushButton *m_inError = nullptr;
    QPushButton *m_misclassification = nullptr;
    QPushButton *m_reconsent = nullptr;
    QList<QPushButton *> m_actions;
};

} // namespace trialdesk::gui
