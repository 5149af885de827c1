#pragma once

#include "core/Result.h"
#include "core/visits/Visit.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class VisitTableModel;

// A participant's visits in schedule order (target, window, status, actual date, window flag, reason,
// expected forms), the expected forms of the selected visit (activating one asks for its form entry
// screen), Complete / Missed / Reschedule on the selected visit and the printable worksheet. Blinded
// roles get the service's list, which holds no arm-specific visit, and nothing here numbers rows.
class VisitTimelineWidget : public QWidget
{
    Q_OBJECT

public:
    VisitTimelineWidget(core::TrialSession &session, const QString &studyId, QWidget *parent = nullptr);

    VisitTableModel *model() const { return m_model; }
    QString studyId() const { return m_studyId; }
    QString messageText() const;
    // The selected visit, or null.
    const core::VisitRow *selectedVisit() const;
    bool selectVisit(const QString &visitCode);
    // The selected visit's worksheet, or every planned visit's when none is selected (no file dialog).
    core::Status exportWorksheetTo(const QString &path);

public slots:
    void reload();
    void completeSelected();
    void missSelected();
    void rescheduleSelected();
    void printWorksheet();

signals:
    // The user activated an expected form of a visit: open its entry screen.
    void formRequested(const QString &studyId, const QString &visitCode, const QString &formCode);
    // A visit was completed, missed or rescheduled here.
    void visitsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectionChanged();
    void formActivated(QListWidgetItem *item);
    void afterAction(bool changed);
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    QString m_studyId;
    VisitTableModel *m_model;
    QLabel *m_visitsLabel;
    QTableView *m_table;
    QLabel *m_formsLabel;
    QListWidget *m_forms;
    QPushButton *m_complete;
    QPushButton *m_miss;
    QPushButton *m_reschedule;
    QPushButton *m_print;
    QLabel *m_message;
};

} // namespace trialdesk::gui
