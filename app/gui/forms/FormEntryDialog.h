#pragma once

#include "core/data/FormEntry.h"
#include "forms/FormDefinition.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ConnectionBanner;
class FormHistoryPanel;
class FormQueriesPanel;
class FormRenderer;

// One form of one participant: the header (study ID, visit, form title, version, state), the form,
// and what the role may do with it: save a draft and complete (FormEnter), edit a completed entry
// with a reason, verify (FormVerify), lock and unlock (FormLock), and the data queries. The form is
// read-only when the role cannot enter data, when the entry is locked, and when it is complete until
// Edit is chosen. A blinded role never gets an intervention-only form: the service refuses it as
// unknown and the dialog shows that refusal and nothing else.
class FormEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // The form at a slot: the saved entry when there is one, else a new entry.
    FormEntryDialog(core::TrialSession &session, const core::FormSlot &slot, QWidget *parent = nullptr);
    // A saved entry (from the queries list).
    FormEntryDialog(core::TrialSession &session, qint64 entryId, QWidget *parent = nullptr);

    // False when the form could not be opened (messageText() says why); nothing else is shown then.
    bool isLoaded() const { return m_loaded; }
    QString messageText() const;
    QString headerText() const;
    FormRenderer *renderer() const { return m_renderer; }
    FormHistoryPanel *historyPanel() const { return m_history; }
    FormQueriesPanel *queriesPanel() const { return m_queries; }
    // Says when a save failed because the trial server's connection was lost, and reconnects.
    ConnectionBanner *connectionBanner() const { return m_connection; }
    qint64 entryId() const { return m_entry ? m_entry->id : 0; }
    core::FormEntryState state() const { return m_entry ? m_entry->state : core::FormEntryState::NotStarted; }
    bool isEditing() const { return m_editing; }
    // True once something was saved here (the caller refreshes its lists).
    bool changed() const { return m_changed; }
    // Shows the item and gives its editor the focus.
    void focusItem(const QString &itemCode);

public slots:
    bool saveDraft();
    bool completeEntry();
    // Makes a complete entry editable; saveEdit() then asks the reason and saves.
    void startEdit();
    bool saveEdit();
    void cancelEdit();
    bool verify();
    bool lock();
    bool unlock();
    void reload();

signals:
    void entrySaved(qint64 entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void init();
    void load();
    void fail(const QString &message);
    core::FormSlot saveSlot() const;
    bool afterSave(const QString &message);
    void showMessage(const QString &text, bool error);
    void updateState();
    void retranslate();
    QString visitName() const;
    void itemMenu(const QString &itemCode, const QPoint &globalPosition);

    core::TrialSession &m_session;
    core::FormSlot m_slot;
    qint64 m_requestedEntryId = 0;
    std::optional<core::FormEntry> m_entry;
    forms::FormDefinition m_definition;
    bool m_loaded = false;
    bool m_editing = false;
    bool m_changed = false;
    QString m_visitName;
    QLabel *m_header;
    QLabel *m_message;
    ConnectionBanner *m_connection;
    QScrollArea *m_scroll;
    FormRenderer *m_renderer = nullptr;
    QTabWidget *m_tabs;
    FormHistoryPanel *m_history;
    FormQueriesPanel *m_queries;
    QPushButton *m_saveDraft;
    QPushButton *m_complete;
    QPushButton *m_edit;
    QPushButton *m_saveEdit;
    QPushButton *m_cancelEdit;
    QPushButton *m_verify;
    QPushButton *m_lock;
    QPushButton *m_unlock;
    QPushButton *m_close;
};

} // namespace trialdesk::gui
