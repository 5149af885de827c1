#include "app/gui/forms/ParticipantFormsPage.h"

#include "app/gui/forms/FormEntryDialog.h"
#include "core/data/FormEntryService.h"
#include "core/workspace/TrialSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
enum Role { VisitCodeRole = Qt::UserRole, FormCodeRole, InstanceRole, EntryIdRole };
} // namespace

ParticipantFormsPage::ParticipantFormsPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_studyLabel(new QLabel(this))
    , m_study(new QLineEdit(this))
    , m_show(new QPushButton(this))
    , m_treeLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_open(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("participantFormsPage"));
    m_study->setObjectName(QStringLiteral("studyIdEdit"));
    m_show->setObjectName(QStringLiteral("showButton"));
    m_tree->setObjectName(QStringLiteral("formsTree"));
    m_open->setObjectName(QStringLiteral("openFormButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_studyLabel->setBuddy(m_study);
    m_treeLabel->setBuddy(m_tree);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_open->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_studyLabel);
    top->addWidget(m_study);
    top->addWidget(m_show);
    top->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_treeLabel);
    layout->addWidget(m_tree, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_show, &QPushButton::clicked, this, [this] { showParticipant(m_study->text().trimmed()); });
    connect(m_study, &QLineEdit::returnPressed, this, [this] { showParticipant(m_study->text().trimmed()); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openItem(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_open->setEnabled(item && !item->data(NameColumn, FormCodeRole).toString().isEmpty());
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openItem(m_tree->currentItem()); });
    retranslate();
}

QString ParticipantFormsPage::messageText() const
{
    return m_message->text();
}

bool ParticipantFormsPage::showParticipant(const QString &studyId)
{
    m_study->setText(studyId);
    core::Result<core::ParticipantForms> forms = core::FormEntryService(m_session).expectedForms(studyId);
    if (!forms.ok()) {
        m_loaded = false;
        m_studyId.clear();
        m_forms = {};
        m_message->setText(forms.error().message);
        fill();
        return false;
    }
    m_loaded = true;
    m_studyId = studyId;
    m_forms = std::move(forms).value();
    m_message->clear();
    fill();
    return true;
}

void ParticipantFormsPage::refresh()
{
    if (m_loaded)
        showParticipant(m_studyId);
}

QTreeWidgetItem *ParticipantFormsPage::addForm(QTreeWidgetItem *parent, const QString &visitCode,
                                               const core::ExpectedForm &form)
{
    auto *item = new QTreeWidgetItem(parent);
    QString name = form.title.current();
    if (form.entryId == 0 && visitCode.isEmpty())
        name = tr("New: %1").arg(name);
    else if (form.instance > 1 || (visitCode.isEmpty() && form.entryId > 0))
        name = tr("%1 (%2)").arg(name).arg(form.instance);
    item->setText(NameColumn, name);
    item->setToolTip(NameColumn, form.formCode);
    item->setText(StateColumn, core::formEntryStateDisplayName(form.state));
    // Words, not a colour: the count of open queries is read, not guessed.
    item->setText(QueriesColumn,
                  form.openQueries > 0 ? tr("%n open query(ies)", nullptr, form.openQueries) : QString());
    item->setData(NameColumn, VisitCodeRole, visitCode);
    item->setData(NameColumn, FormCodeRole, form.formCode);
    item->setData(NameColumn, InstanceRole, form.entryId > 0 ? form.instance : 0);
    item->setData(NameColumn, EntryIdRole, form.entryId);
    return item;
}

void ParticipantFormsPage::fill()
{
    m_tree->clear();
    if (!m_loaded)
        return;
    for (const core::VisitForms &visit : m_forms.visits) {
        auto *node = new QTreeWidgetItem(m_tree);
        node->setText(NameColumn, visit.visitName.current());
        node->setToolTip(NameColumn, visit.visitCode);
        node->setText(StateColumn, core::visitStatusDisplayName(visit.visitStatus));
        const QDate day = visit.actualDate.isValid() ? visit.actualDate : visit.targetDate;
        node->setText(DateColumn, day.toString(Qt::ISODate));
        for (const core::ExpectedForm &form : visit.forms)
            addForm(node, visit.visitCode, form);
    }
    if (!m_forms.unscheduled.isEmpty()) {
        auto *node = new QTreeWidgetItem(m_tree);
        node->setText(NameColumn, tr("Unscheduled forms"));
        for (const core::ExpectedForm &form : m_forms.unscheduled)
            addForm(node, QString(), form);
    }
    m_tree->expandAll();
    for (int column = 0; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
}

QTreeWidgetItem *ParticipantFormsPage::formItem(const QString &visitCode, const QString &formCode, int instance) const
{
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *node = m_tree->topLevelItem(top);
        for (int child = 0; child < node->childCount(); ++child) {
            QTreeWidgetItem *item = node->child(child);
            if (item->data(NameColumn, VisitCodeRole).toString() == visitCode
                && item->data(NameColumn, FormCodeRole).toString() == formCode
                && item->data(NameColumn, InstanceRole).toInt() == instance)
                return item;
        }
    }
    return nullptr;
}

void ParticipantFormsPage::openItem(QTreeWidgetItem *item)
{
    if (!item || item->data(NameColumn, FormCodeRole).toString().isEmpty())
        return;
    const qint64 entryId = item->data(NameColumn, EntryIdRole).toLongLong();
    const core::FormSlot slot { m_studyId, item->data(NameColumn, VisitCodeRole).toString(),
                                item->data(NameColumn, FormCodeRole).toString(),
                                item->data(NameColumn, InstanceRole).toInt() };
    // A saved entry is opened by its id: a new instance of a repeating form must not be confused with it.
    if (entryId > 0) {
        FormEntryDialog dialog(m_session, entryId, this);
        dialog.exec();
    } else {
        FormEntryDialog dialog(m_session, slot, this);
        dialog.exec();
    }
    refresh();
}

void ParticipantFormsPage::retranslate()
{
    m_studyLabel->setText(tr("&Study ID:"));
    m_show->setText(tr("S&how forms"));
    m_treeLabel->setText(tr("&Forms by visit:"));
    m_tree->setHeaderLabels({ tr("Visit or form"), tr("State"), tr("Queries"), tr("Date") });
    m_open->setText(tr("&Open form"));
}

void ParticipantFormsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace trialdesk::gui
