#pragma once

#include "app/gui/participants/ParticipantOverlay.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

class QTableView;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ParticipantPage;
class VisitTableModel;

// The "agenda" section: a site's visits by day or by week (the locale's first day of the week),
// with previous / next / today navigation. Every visit whose target or actual date falls in the
// period is listed, by day, with its status in words; Enter or a double-click opens the participant.
class VisitAgendaPage : public QWidget
{
    Q_OBJECT

public:
    enum class Span { Day, Week };

    explicit VisitAgendaPage(core::TrialSession &session, QWidget *parent = nullptr);

    VisitTableModel *model() const { return m_model; }
    Span span() const { return m_span; }
    QDate from() const;
    QDate to() const;
    QString siteCode() const;
    QString periodText() const;
    QString messageText() const;
    ParticipantPage *participantPage() const { return m_stack->participantPage(); }

public slots:
    void refresh();
    void setSpan(Span span);
    void setDay(const QDate &day);
    void setSite(const QString &siteCode);
    void previous();
    void next();
    void goToday();
    void openSelected();
    void openParticipant(const QString &studyId);
    void showAgenda();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateTexts();
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    VisitTableModel *m_model;
    Span m_span = Span::Day;
    QDate m_day;
    ParticipantOverlay *m_stack;
    QWidget *m_agendaPage;
    QLabel *m_heading;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QRadioButton *m_byDay;
    QRadioButton *m_byWeek;
    QButtonGroup *m_spanGroup;
    QPushButton *m_previous;
    QPushButton *m_today;
    QPushButton *m_next;
    QLabel *m_period;
    QLabel *m_tableLabel;
    QTableView *m_table;
    QPushButton *m_open;
    QLabel *m_count;
    QLabel *m_message;
    bool m_loaded = false;
    bool m_shown = false;
};

} // namespace trialdesk::gui
