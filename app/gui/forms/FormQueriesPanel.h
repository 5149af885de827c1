#pragma once

#include "core/data/FormEntry.h"
#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The data queries of one form entry and their lifecycle: a monitor raises one on an item, the
// site answers it or corrects the value (with a reason, which edits the entry), the monitor closes
// it. The buttons shown follow the role (QueryRaise, QueryAnswer); the service decides.
class FormQueriesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { ItemColumn, StatusColumn, QuestionColumn, RaisedColumn, AnswerColumn, CloseColumn, ColumnCount };

    FormQueriesPanel(core::TrialSession &session, QWidget *parent = nullptr);

    // The entry the panel works on (0 = not saved yet: nothing to query), its definition and its
    // current answers (the starting point of a correction). raisable: the entry is saved beyond a draft.
    void setEntry(qint64 entryId, const forms::FormDefinition &definition, const forms::Answers &answers,
                  bool raisable);
    const QList<core::DataQuery> &queries() const { return m_queries; }
    // Questions of the queries not closed, by item.
    QHash<QString, QStringList> openQuestionsByItem() const;
    QTableWidget *table() const { return m_table; }
    QString messageText() const;
    bool selectQuery(qint64 queryId);
    // True when the user may raise a query on this entry now.
    bool canRaise() const;

public slots:
    void reload();
    // Asks for the question (and the item, preset to itemCode) and raises the query.
    void raiseQuery(const QString &itemCode = QString());
    void answerSelected();
    void correctSelected();
    void closeSelected();

signals:
    // A query was raised, answered or closed.
    void queriesChanged();
    // A correction changed the entry's values.
    void entryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    const core::DataQuery *selected() const;
    void updateButtons();
    void retranslate();
    void fill();
    QString itemLabel(const QString &itemCode) const;
    void showMessage(const QString &text);

    core::TrialSession &m_session;
    qint64 m_entryId = 0;
    forms::FormDefinition m_definition;
    forms::Answers m_answers;
    bool m_raisable = false;
    QList<core::DataQuery> m_queries;
    QLabel *m_label;
    QTableWidget *m_table;
    QPushButton *m_raise = nullptr;
    QPushButton *m_answer = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_message;
};

} // namespace trialdesk::gui
