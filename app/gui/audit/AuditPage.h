#pragma once

#include "core/audit/AuditTrail.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class AuditTableModel;

// The audit trail: filters (user, entity, dates), the entries, the chain's verification (alone or
// against a checkpoint file or manifest), saving a checkpoint and the CSV export. Reading needs
// Action::AuditView, verifying and checkpoints AuditVerify, exporting AuditExport.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(core::TrialSession &session, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    // The filter the fields describe (dates in the workstation's time zone, "to" inclusive).
    core::AuditTrail::Filter currentFilter() const;

public slots:
    void applyFilter();
    void verifyChain();
    // What the checkpoint buttons do once a file is chosen (docs/audit-chain.md).
    void verifyAgainstCheckpoints(const QString &path);
    void saveCheckpointTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void clearFilter();
    void exportCsv();
    void chooseCheckpointsToVerify();
    void chooseCheckpointFile();
    void showVerification(const core::Result<core::AuditTrail::Verification> &result, const QString &checkpointFile);
    void updateCount();
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    AuditTableModel *m_model;
    QLabel *m_heading;
    QLabel *m_userLabel;
    QComboBox *m_user;
    QLabel *m_entityLabel;
    QComboBox *m_entity;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_chainStatus;
    QPushButton *m_verify;
    QPushButton *m_verifyCheckpoints;
    QPushButton *m_saveCheckpoint;
    QPushButton *m_export;
    QLabel *m_message;
    core::AuditTrail::Verification m_lastVerification;
    QString m_lastCheckpointFile; // the file the last verification was checked against, if any
    bool m_verified = false;
};

} // namespace trialdesk::gui
