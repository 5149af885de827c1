#pragma once

#include "core/data/FormEntry.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The "queries" section: the data queries not closed yet (open or answered) of a site, or of every
// site the user may see, oldest first. Enter or a double-click opens the form entry at the item.
// What a blinded role sees is the service's list, which holds no intervention-only form.
class QueriesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        StudyIdColumn,
        VisitColumn,
        FormColumn,
        ItemColumn,
        StatusColumn,
        QuestionColumn,
        RaisedColumn,
        ColumnCount
    };

    explicit QueriesPage(core::TrialSession &session, QWidget *parent = nullptr);

    const QList<core::DataQuery> &queries() const { return m_queries; }
    QTableWidget *table() const { return m_table; }
    QString siteCode() const;
    QString messageText() const;

public slots:
    void refresh();
    void setSite(const QString &siteCode);
    // Opens the entry of the query in the row (modal) at the query's item, then refreshes.
    void openRow(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fill();

    core::TrialSession &m_session;
    QList<core::DataQuery> m_queries;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QPushButton *m_refresh;
    QPushButton *m_open;
    QLabel *m_countLabel;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace trialdesk::gui
