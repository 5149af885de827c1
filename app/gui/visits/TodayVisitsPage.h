#pragma once

#include "app/gui/participants/ParticipantOverlay.h"
#include "core/Result.h"
#include "core/visits/Visit.h"

#include <QDate>
#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;

class QTableView;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ParticipantPage;
class VisitTableModel;

// The "today" section, the coordinator's view: for a site (the user's own by default) and a day (today
// at the site by default), four lists with their counts: due today, due this week, overdue but still
// in window, out of window. Each row gives study ID, visit, target date, window and days late;
// Enter or a double-click opens the participant's page here, as the participant list does. Complete,
// Missed and Reschedule act on the selected row; "Print worksheet" writes the day's visit sheets.
class TodayVisitsPage : public QWidget
{
    Q_OBJECT

public:
    enum List { DueToday, DueThisWeek, Overdue, OutOfWindow, ListCount };

    explicit TodayVisitsPage(core::TrialSession &session, QWidget *parent = nullptr);

    VisitTableModel *model(List list) const { return m_models.at(list); }
    QTableView *table(List list) const { return m_tables.at(list); }
    QString listTitle(List list) const;
    // How many visits the list holds in all; the view shows the earliest TodayView::kListLimit
    // until "Show all" is pressed.
    int listTotal(List list) const { return m_totals.at(list); }
    QString siteCode() const;
    QDate asOf() const;
    QString messageText() const;
    // The selected row of whichever list holds the selection, or null.
    const core::VisitRow *selectedVisit() const;
    bool selectRow(List list, int row);
    // The open participant's page, or null while the lists are shown.
    ParticipantPage *participantPage() const { return m_stack->participantPage(); }
    // The worksheet of the site's visits due on the chosen day (no file dialog).
    core::Status exportWorksheetTo(const QString &path);

public slots:
    void refresh();
    void setSite(const QString &siteCode);
    void setAsOf(const QDate &day);
    void goToday();
    // Reads the whole list (no row limit).
    void showAll(List list);
    void completeSelected();
    void missSelected();
    void rescheduleSelected();
    void openSelected();
    void openParticipant(const QString &studyId);
    void showLists();
    void printWorksheet();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateTitles();
    void rowChosen(List list);
    void updateActions();
    bool checkAction(const core::VisitRow *visit);
    void afterAction(bool changed);
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    ParticipantOverlay *m_stack;
    QWidget *m_listPage;
    QLabel *m_heading;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QPushButton *m_today;
    QPushButton *m_refresh;
    std::array<QGroupBox *, ListCount> m_groups {};
    std::array<QTableView *, ListCount> m_tables {};
    std::array<VisitTableModel *, ListCount> m_models {};
    std::array<QPushButton *, ListCount> m_more {};
    std::array<int, ListCount> m_totals {};
    QPushButton *m_complete;
    QPushButton *m_miss;
    QPushButton *m_reschedule;
    QPushButton *m_open;
    QPushButton *m_print;
    QLabel *m_message;
    bool m_shown = false;
};

} // namespace trialdesk::gui
