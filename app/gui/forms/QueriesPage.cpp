#include "app/gui/forms/QueriesPage.h"

#include "app/gui/forms/FormEntryDialog.h"
#include "app/gui/forms/FormQueriesPanel.h"
#include "core/data/DataQueryService.h"
#include "core/services/SiteService.h"
#include "core/workspace/TrialSession.h"
#include "forms/BundledForms.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

QueriesPage::QueriesPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("queriesPage"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_open->setObjectName(QStringLiteral("openQueryButton"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_table->setObjectName(QStringLiteral("queriesTable"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_countLabel->setBuddy(m_table);
    m_message->setWordWrap(true);

    // An account tied to a site sees that site only; the others may look at one site or all.
    const QString ownSite = m_session.user().siteCode;
    if (ownSite.isEmpty()) {
        m_site->addItem(QString(), QString());
        const core::Result<QList<core::Site>> sites = core::SiteService(m_session).list();
        if (sites.ok())
            for (const core::Site &site : sites.value())
                m_site->addItem(site.code, site.code);
    } else {
        m_site->addItem(ownSite, ownSite);
        m_site->setEnabled(false);
    }
    m_siteLabel->setBuddy(m_site);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_siteLabel);
    filters->addWidget(m_site, 1);
    filters->addWidget(m_refresh);
    filters->addStretch(2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_site, &QComboBox::currentIndexChanged, this, &QueriesPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &QueriesPage::refresh);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> selected = m_table->selectedItems();
        if (!selected.isEmpty())
            openRow(selected.first()->row());
    });
    // Enter opens the selected query, as a double-click does.
    m_table->installEventFilter(this);
    retranslate();
    refresh();
}

QString QueriesPage::siteCode() const
{
    return m_site->currentData().toString();
}

QString QueriesPage::messageText() const
{
    return m_message->text();
}

void QueriesPage::setSite(const QString &siteCode)
{
    const int index = m_site->findData(siteCode);
    if (index >= 0)
        m_site->setCurrentIndex(index);
}

void QueriesPage::refresh()
{
    core::Result<QList<core::DataQuery>> queries = core::DataQueryService(m_session).openQueries(siteCode());
    if (!queries.ok()) {
        m_queries.clear();
        m_message->setText(queries.error().message);
    } else {
        m_queries = std::move(queries).value();
        m_message->clear();
    }
    fill();
}

void QueriesPage::fill()
{
    m_table->setRowCount(static_cast<int>(m_queries.size()));
    for (int row = 0; row < m_queries.size(); ++row) {
        const core::DataQuery &query = m_queries.at(row);
        auto set = [&](int column, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(text);
            m_table->setItem(row, column, cell);
        };
        set(StudyIdColumn, query.studyId);
        set(VisitColumn, query.visitCode.isEmpty() ? tr("unscheduled") : query.visitCode);
        // Titles and labels for people; the codes stay in the tool tips.
        const forms::FormDefinition *definition = forms::BundledForms::find(query.formCode);
        const forms::Item *item = definition ? definition->item(query.itemCode) : nullptr;
        set(FormColumn, definition ? definition->title.current() : query.formCode);
        set(ItemColumn, item ? item->label.current() : query.itemCode);
        m_table->item(row, FormColumn)->setToolTip(query.formCode);
        m_table->item(row, ItemColumn)->setToolTip(query.itemCode);
        set(StatusColumn, core::queryStatusDisplayName(query.status));
        set(QuestionColumn, query.question);
        set(RaisedColumn,
            tr("%1, %2").arg(query.raisedBy,
                             QLocale().toString(query.raisedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_table->resizeColumnsToContents();
    m_open->setEnabled(!m_table->selectedItems().isEmpty());
    m_countLabel->setText(tr("&Queries not closed: %1").arg(m_queries.size()));
}

void QueriesPage::openRow(int row)
{
    if (row < 0 || row >= m_queries.size())
        return;
    const core::DataQuery query = m_queries.at(row);
    FormEntryDialog dialog(m_session, query.entryId, this);
    if (dialog.isLoaded()) {
        dialog.queriesPanel()->selectQuery(query.id);
        dialog.focusItem(query.itemCode);
    }
    dialog.exec();
    refresh();
}

bool QueriesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentRow() >= 0) {
            openRow(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueriesPage::retranslate()
{
    m_siteLabel->setText(tr("&Site:"));
    if (m_session.user().siteCode.isEmpty())
        m_site->setItemText(0, tr("all sites"));
    m_refresh->setText(tr("&Refresh"));
    m_open->setText(tr("&Open form at the item"));
    m_table->setHorizontalHeaderLabels(
        { tr("Study ID"), tr("Visit"), tr("Form"), tr("Item"), tr("Status"), tr("Question"), tr("Raised") });
    m_countLabel->setText(tr("&Queries not closed: %1").arg(m_queries.size()));
}

void QueriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace trialdesk::gui
