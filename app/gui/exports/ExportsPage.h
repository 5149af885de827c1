#pragma once

#include "reports/export/ExportRequest.h"

#include <QWidget>

#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QThread;
class QTimer;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The "exports" section (DataExport roles): choose a format (CSV, ODM, REDCap) and a folder,
// optionally identities (DataExportIdentifying, with a reason) or ODM audit records; the export runs
// in a worker thread on a connection of its own (reports::BackgroundExport) behind a progress dialog
// whose Cancel stops it and removes its partial files.
class ExportsPage : public QWidget
{
    Q_OBJECT

public:
    ExportsPage(core::TrialSession &session, QWidget *parent = nullptr);
    ~ExportsPage() override;

    // Starts the export as set in the form (the Export button). Returns false if it was refused
    // before starting (the message is shown in the page).
    bool startExport();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void exportFinished(bool ok, const QString &message);

private:
    void updateOptions();
    void chooseFolder();
    void pollProgress();
    void finishExport();
    reports::ExportRequest request() const;

    core::TrialSession &m_session;
    QComboBox *m_format = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_withAudit = nullptr;
    QCheckBox *m_identifying = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll = nullptr;
    QThread *m_thread = nullptr;
    // Shared with the worker thread.
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    std::atomic<bool> m_cancel { false };
    bool m_ok = false;
    QString m_message;
};

} // namespace trialdesk::gui
