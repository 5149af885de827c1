#pragma once

#include "core/Result.h"
#include "reports/ReportDocument.h"
#include "reports/stats/StatsSupport.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// What the baseline, retention and outcome tabs share: the report's tables shown read-only, a
// Refresh button (a new data cut), and Save PDF / Save CSV. The report is computed when the tab is
// first shown, not when the Reports page is built. A role without report.by-arm sees the refusal
// message and nothing else.
class StatsTablesView : public QWidget
{
    Q_OBJECT

public:
    explicit StatsTablesView(core::TrialSession &session, QWidget *parent = nullptr);

    // Computes the report again (data cut: now) and shows it; the error on refusal.
    core::Status refresh();
    // Without a file dialog (the buttons ask for the path, then call this).
    core::Status saveTo(reports::StatsFormat format, const QString &path);

    bool hasReport() const { return m_loaded; }
    QList<QTableWidget *> tableWidgets() const { return m_tables; }
    QString messageText() const;

protected:
    // Computes the report into the derived view; the data cut and author come with `context`.
    virtual core::Status compute() = 0;
    virtual QList<reports::ReportDocument::Table> displayTables() const = 0;
    virtual core::Status write(reports::StatsFormat format, const QString &path) const = 0;
    virtual QString heading() const = 0;
    virtual QString fileStem() const = 0; // "baseline"

    core::TrialSession &session() { return m_session; }
    // The error write() returns when there is no report to save.
    static core::Error noReportYet();
    // Sets every text, the heading included; derived constructors call it once they are built.
    void retranslate();

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildTables();
    void save(reports::StatsFormat format);
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    bool m_loaded = false;
    bool m_shownOnce = false;
    QLabel *m_heading;
    QLabel *m_note;
    QLabel *m_message;
    QPushButton *m_refresh;
    QPushButton *m_savePdf;
    QPushButton *m_saveCsv;
    QVBoxLayout *m_tablesLayout;
    QList<QWidget *> m_tableBlocks;
    QList<QTableWidget *> m_tables;
};

} // namespace trialdesk::gui
