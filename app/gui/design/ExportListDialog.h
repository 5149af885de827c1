#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// Exports the allocation list (spec CSV or REDCap table, N entries per stratum) to a file chosen
// by the user, through DesignService (permission-checked, audited). The dialog stays open on error.
class ExportListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportListDialog(core::TrialSession &session, QWidget *parent = nullptr);

    qint64 rowsWritten() const { return m_rows; }

public slots:
    void accept() override;

private:
    void browse();

    core::TrialSession &m_session;
    QComboBox *m_format;
    QSpinBox *m_perStratum;
    QLineEdit *m_path;
    QLabel *m_error;
    qint64 m_rows = 0;
};

} // namespace trialdesk::gui
