#pragma once

#include "core/data/FormEntry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The "forms" section: one participant's case report forms, by visit then the unscheduled ones
// (adverse events, end of study), each with its state and open queries. Enter or a double-click
// opens the form entry screen; a repeating form offers a new instance. What a blinded role sees is
// the service's list, which holds no intervention-only form nor arm-specific visit.
class ParticipantFormsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, QueriesColumn, DateColumn, ColumnCount };

    explicit ParticipantFormsPage(core::TrialSession &session, QWidget *parent = nullptr);

    QString studyId() const { return m_studyId; }
    const core::ParticipantForms &forms() const { return m_forms; }
    QTreeWidget *tree() const { return m_tree; }
    QString messageText() const;
    // The tree item of a form (visitCode empty = unscheduled; instance 0 = the not-started slot), or null.
    QTreeWidgetItem *formItem(const QString &visitCode, const QString &formCode, int instance = 1) const;

public slots:
    // Shows a participant's forms; false (with a message) when the participant cannot be read.
    bool showParticipant(const QString &studyId);
    void refresh();
    // Opens the form of a tree item (modal), then refreshes.
    void openItem(QTreeWidgetItem *item);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    QTreeWidgetItem *addForm(QTreeWidgetItem *parent, const QString &visitCode, const core::ExpectedForm &form);

    core::TrialSession &m_session;
    QString m_studyId;
    core::ParticipantForms m_forms;
    bool m_loaded = false;
    QLabel *m_studyLabel;
    QLineEdit *m_study;
    QPushButton *m_show;
    QLabel *m_treeLabel;
    QTreeWidget *m_tree;
    QPushButton *m_open;
    QLabel *m_message;
};

} // namespace trialdesk::gui
