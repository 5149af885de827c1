#pragma once

#include "core/Result.h"
#include "core/enrollment/Randomization.h"
#include "reports/ReportDocument.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class RandomizationLogModel;

// The "randomization-log" section for monitors (Action::RandomizationLogView): every allocation
// with its verification mark, gaps and duplicates flagged in red, the audit chain head, "Verify"
// (reads and checks again), "Export CSV" (the service's export, audited) and "Export PDF".
class RandomizationLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit RandomizationLogPage(core::TrialSession &session, QWidget *parent = nullptr);

    RandomizationLogModel *model() const { return m_model; }
    const std::optional<core::RandomizationLogReport> &report() const { return m_report; }
    QString summaryText() const;

    // Without a file dialog (the buttons ask for the path, then call these).
    core::Status exportCsvTo(const QString &path);
    core::Status exportPdfTo(const QString &path);
    // The PDF's content (the randomization report), read afresh; exportPdfTo() writes it.
    core::Result<reports::ReportDocument> pdfDocument();

public slots:
    void verify();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showReport();
    void exportCsv();
    void exportPdf();
    QString suggestedPath(const QString &extension) const;
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    RandomizationLogModel *m_model;
    std::optional<core::RandomizationLogReport> m_report;
    QDateTime m_readAt;
    QHash<QString, QString> m_armNames;
    QLabel *m_heading;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_gaps;
    QLabel *m_chain;
    QPushButton *m_verify;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QLabel *m_message;
};

} // namespace trialdesk::gui
