#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The trial's recruiting sites: table and "add site" (SiteService).
class SitesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPanel(core::TrialSession &session, QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addSite();
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace trialdesk::gui
