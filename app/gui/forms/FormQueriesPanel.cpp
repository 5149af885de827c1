#include "app/gui/forms/FormQueriesPanel.h"

#include "app/gui/forms/ItemEditor.h"
#include "app/gui/participants/EventDialog.h"
#include "core/data/DataQueryService.h"
#include "core/workspace/TrialSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

FormQueriesPanel::FormQueriesPanel(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("queriesPanel"));
    m_table->setObjectName(QStringLiteral("entryQueriesTable"));
    m_message->setObjectName(QStringLiteral("queriesMessage"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_label->setBuddy(m_table);
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    auto addButton = [&](QPushButton *&button, const char *name, void (FormQueriesPanel::*slot)()) {
        button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    if (m_session.can(core::Action::QueryRaise)) {
        m_raise = new QPushButton(this);
        m_raise->setObjectName(QStringLiteral("raiseQueryButton"));
        connect(m_raise, &QPushButton::clicked, this, [this] { raiseQuery(); });
        buttons->addWidget(m_raise);
    }
    if (m_session.can(core::Action::QueryAnswer)) {
        addButton(m_answer, "answerQueryButton", &FormQueriesPanel::answerSelected);
        addButton(m_correct, "correctQueryButton", &FormQueriesPanel::correctSelected);
    }
    if (m_session.can(core::Action::QueryRaise))
        addButton(m_close, "closeQueryButton", &FormQueriesPanel::closeSelected);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FormQueriesPanel::updateButtons);
    retranslate();
    updateButtons();
}

void FormQueriesPanel::setEntry(qint64 entryId, const forms::FormDefinition &definition, const forms::Answers &answers,
                                bool raisable)
{
    m_entryId = entryId;
    m_definition = definition;
    m_answers = answers;
    m_raisable = raisable;
    reload();
}

void FormQueriesPanel::reload()
{
    m_queries.clear();
    if (m_entryId > 0) {
        core::Result<QList<core::DataQuery>> queries = core::DataQueryService(m_session).queries(m_entryId);
        if (queries.ok())
            m_queries = std::move(queries).value();
        else
            showMessage(queries.error().message);
    }
    fill();
}

QHash<QString, QStringList> FormQueriesPanel::openQuestionsByItem() const
{
    QHash<QString, QStringList> questions;
    for (const core::DataQuery &query : m_queries)
        if (query.status != core::QueryStatus::Closed)
            questions[query.itemCode].append(query.question);
    return questions;
}

QString FormQueriesPanel::messageText() const
{
    return m_message->text();
}

void FormQueriesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString FormQueriesPanel::itemLabel(const QString &itemCode) const
{
    const forms::Item *item = m_definition.item(itemCode);
    return item ? item->label.current() : itemCode;
}

void FormQueriesPanel::fill()
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_table->setRowCount(static_cast<int>(m_queries.size()));
    for (int row = 0; row < m_queries.size(); ++row) {
        const core::DataQuery &query = m_queries.at(row);
        auto set = [&](int column, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(text);
            cell->setData(Qt::UserRole, query.id);
            m_table->setItem(row, column, cell);
        };
        set(ItemColumn, itemLabel(query.itemCode));
        set(StatusColumn, core::queryStatusDisplayName(query.status));
        set(QuestionColumn, query.question);
        set(RaisedColumn, tr("%1, %2").arg(query.raisedBy, when(query.raisedAt)));
        set(AnswerColumn,
            query.answer.isEmpty() ? QString()
                                   : tr("%1 (%2, %3)").arg(query.answer, query.answeredBy, when(query.answeredAt)));
        set(CloseColumn,
            query.closedAt.isValid() ? tr("%1 (%2, %3)").arg(query.closeNote, query.closedBy, when(query.closedAt))
                                     : QString());
    }
    m_table->resizeColumnsToContents();
    if (keep == 0 || !selectQuery(keep))
        updateButtons();
}

bool FormQueriesPanel::selectQuery(qint64 queryId)
{
    for (int row = 0; row < m_queries.size(); ++row)
        if (m_queries.at(row).id == queryId) {
            m_table->selectRow(row);
            updateButtons();
            return true;
        }
    return false;
}

const core::DataQuery *FormQueriesPanel::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_queries.size() ? &m_queries.at(row) : nullptr;
}

bool FormQueriesPanel::canRaise() const
{
    return m_raise && m_entryId > 0 && m_raisable;
}

void FormQueriesPanel::updateButtons()
{
    const core::DataQuery *query = selected();
    const bool open = query && query->status == core::QueryStatus::Open;
    if (m_raise)
        m_raise->setEnabled(canRaise());
    if (m_answer) {
        m_answer->setEnabled(open);
        m_correct->setEnabled(open);
    }
    if (m_close)
        m_close->setEnabled(query && query->status != core::QueryStatus::Closed);
}

void FormQueriesPanel::raiseQuery(const QString &itemCode)
{
    if (!canRaise()) {
        showMessage(tr("A query can be raised on a saved form that is not a draft."));
        return;
    }
    EventDialog dialog(tr("Raise a data query"),
                       tr("Ask the site about one item's value. The coordinator answers or corrects it, then you "
                          "close the query."),
                       this);
    auto *item = new QComboBox;
    item->setObjectName(QStringLiteral("queryItemCombo"));
    for (const forms::Item &candidate : m_definition.items)
        item->addItem(candidate.label.current(), candidate.code);
    if (!itemCode.isEmpty())
        item->setCurrentIndex(std::max(0, item->findData(itemCode)));
    auto *question = new QLineEdit;
    question->setObjectName(QStringLiteral("questionEdit"));
    dialog.addField(tr("&Item:"), item);
    dialog.addField(tr("&Question:"), question);
    dialog.setAcceptText(tr("&Raise query"));
    qint64 raised = 0;
    dialog.setAction([&]() -> core::Status {
        core::Result<qint64> id = core::DataQueryService(m_session).raiseQuery(
            m_entryId, item->currentData().toString(), question->text().trimmed());
        if (!id.ok())
            return id.error();
        raised = id.value();
        return {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Query raised."));
    reload();
    selectQuery(raised);
    emit queriesChanged();
}

void FormQueriesPanel::answerSelected()
{
    const core::DataQuery *query = selected();
    if (!query)
        return;
    const qint64 id = query->id;
    EventDialog dialog(tr("Answer the query"),
                       tr("Question on \"%1\": %2").arg(itemLabel(query->itemCode), query->question), this);
    auto *answer = new QLineEdit;
    answer->setObjectName(QStringLiteral("answerEdit"));
    dialog.addField(tr("&Answer:"), answer);
    dialog.setAcceptText(tr("&Send answer"));
    dialog.setAction([&] { return core::DataQueryService(m_session).answerQuery(id, answer->text().trimmed()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Answer recorded."));
    reload();
    selectQuery(id);
    emit queriesChanged();
}

void FormQueriesPanel::correctSelected()
{
    const core::DataQuery *query = selected();
    if (!query)
        return;
    const forms::Item *item = m_definition.item(query->itemCode);
    if (!item)
        return;
    const qint64 id = query->id;
    EventDialog dialog(tr("Correct the value"),
                       tr("Question on \"%1\": %2\nEnter the correct value and the reason; the change is audited.")
                           .arg(item->label.current(), query->question),
                       this);
    auto *editor = new ItemEditor(*item);
    editor->setAnswer(m_answers.value(item->code));
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("reasonEdit"));
    dialog.addField(QString(), editor);
    dialog.addField(tr("&Reason:"), reason);
    dialog.setAcceptText(tr("&Correct"));
    dialog.setAction([&]() -> core::Status {
        if (const QString problem = editor->inputProblem(); !problem.isEmpty())
            return core::makeError(core::ErrorCode::InvalidInput, problem);
        return core::DataQueryService(m_session).answerQueryWithCorrection(id, editor->answer(),
                                                                           reason->text().trimmed());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Value corrected."));
    reload();
    selectQuery(id);
    emit entryChanged();
}

void FormQueriesPanel::closeSelected()
{
    const core::DataQuery *query = selected();
    if (!query)
        return;
    const qint64 id = query->id;
    EventDialog dialog(tr("Close the query"),
                       tr("Question on \"%1\": %2").arg(itemLabel(query->itemCode), query->question), this);
    auto *note = new QLineEdit;
    note->setObjectName(QStringLiteral("noteEdit"));
    dialog.addField(tr("&Note:"), note);
    dialog.setAcceptText(tr("C&lose query"));
    dialog.setAction([&] { return core::DataQueryService(m_session).closeQuery(id, note->text().trimmed()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Query closed."));
    reload();
    emit queriesChanged();
}

void FormQueriesPanel::retranslate()
{
    m_label->setText(tr("Data &queries on this form:"));
    m_table->setHorizontalHeaderLabels(
        { tr("Item"), tr("Status"), tr("Question"), tr("Raised"), tr("Answer"), tr("Closed") });
    if (m_raise)
        m_raise->setText(tr("Raise &query…"));
    if (m_answer) {
        m_answer->setText(tr("&Answer…"));
        m_correct->setText(tr("C&orrect value…"));
    }
    if (m_close)
        m_close->setText(tr("Close q&uery…"));
}

void FormQueriesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace trialdesk::gui
