#include "app/gui/forms/FormEntryDialog.h"

#include "app/gui/ConnectionBanner.h"
#include "app/gui/forms/FormHistoryPanel.h"
#include "app/gui/forms/FormQueriesPanel.h"
#include "app/gui/forms/FormRenderer.h"
#include "app/gui/forms/ItemEditor.h"
#include "app/gui/participants/EventDialog.h"
#include "core/data/FormDefinitionService.h"
#include "core/data/FormEntryService.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

using core::FormEntryState;

FormEntryDialog::FormEntryDialog(core::TrialSession &session, const core::FormSlot &slot, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_slot(slot)
{
    init();
}

FormEntryDialog::FormEntryDialog(core::TrialSession &session, qint64 entryId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_requestedEntryId(entryId)
{
    init();
}

void FormEntryDialog::init()
{
    setObjectName(QStringLiteral("formEntryDialog"));
    m_header = new QLabel(this);
    m_message = new QLabel(this);
    m_connection = new ConnectionBanner(m_session, this);
    m_scroll = new QScrollArea(this);
    m_tabs = new QTabWidget(this);
    m_history = new FormHistoryPanel(m_tabs);
    m_queries = new FormQueriesPanel(m_session, m_tabs);
    m_header->setObjectName(QStringLiteral("formHeader"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_queries, QString());

    auto *buttons = new QHBoxLayout;
    auto addButton = [&](const char *name) {
        auto *button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        buttons->addWidget(button);
        return button;
    };
    m_saveDraft = addButton("saveDraftButton");
    m_complete = addButton("completeButton");
    m_edit = addButton("editButton");
    m_saveEdit = addButton("saveEditButton");
    m_cancelEdit = addButton("cancelEditButton");
    m_verify = addButton("verifyButton");
    m_lock = addButton("lockButton");
    m_unlock = addButton("unlockButton");
    buttons->addStretch(1);
    m_close = addButton("closeButton");
    connect(m_saveDraft, &QPushButton::clicked, this, &FormEntryDialog::saveDraft);
    connect(m_complete, &QPushButton::clicked, this, &FormEntryDialog::completeEntry);
    connect(m_edit, &QPushButton::clicked, this, &FormEntryDialog::startEdit);
    connect(m_saveEdit, &QPushButton::clicked, this, &FormEntryDialog::saveEdit);
    connect(m_cancelEdit, &QPushButton::clicked, this, &FormEntryDialog::cancelEdit);
    connect(m_verify, &QPushButton::clicked, this, &FormEntryDialog::verify);
    connect(m_lock, &QPushButton::clicked, this, &FormEntryDialog::lock);
    connect(m_unlock, &QPushButton::clicked, this, &FormEntryDialog::unlock);
    connect(m_close, &QPushButton::clicked, this, &FormEntryDialog::accept);
    connect(m_queries, &FormQueriesPanel::queriesChanged, this, &FormEntryDialog::reload);
    connect(m_queries, &FormQueriesPanel::entryChanged, this, [this] {
        m_changed = true;
        reload();
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_connection);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(1200, 800);

    load();
    retranslate();
}

void FormEntryDialog::fail(const QString &message)
{
    m_loaded = false;
    m_entry.reset();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_scroll, m_tabs, m_saveDraft, m_complete, m_edit,
                                                              m_saveEdit, m_cancelEdit, m_verify, m_lock, m_unlock })
        widget->setVisible(false);
    showMessage(message, true);
}

void FormEntryDialog::load()
{
    if (m_requestedEntryId > 0) {
        core::Result<core::FormEntry> entry = core::FormEntryService(m_session).entry(m_requestedEntryId);
        if (!entry.ok())
            return fail(entry.error().message);
        m_entry = std::move(entry).value();
        m_slot = { m_entry->studyId, m_entry->visitCode, m_entry->formCode, m_entry->instance };
    } else {
        core::Result<core::FormEntry> entry = core::FormEntryService(m_session).findEntry(m_slot);
        if (entry.ok())
            m_entry = std::move(entry).value();
        else if (entry.error().code != core::ErrorCode::NotFound)
            return fail(entry.error().message);
    }
    core::Result<forms::FormDefinition> definition
        = core::FormDefinitionService(m_session).definition(m_slot.formCode, m_entry ? m_entry->formVersion : 0);
    if (!definition.ok())
        return fail(definition.error().message);
    // The service refuses intervention-only forms to blinded roles; checked again here so that no
    // path through this screen can show one.
    if (definition->armSpecific() && !m_session.can(core::Action::ArmView))
        return fail(tr("The form %1 is not known. Check the form code.").arg(m_slot.formCode));
    m_definition = std::move(definition).value();
    m_loaded = true;
    m_visitName = visitName();

    m_renderer = new FormRenderer(m_definition);
    m_scroll->setWidget(m_renderer);
    connect(m_renderer, &FormRenderer::itemContextMenuRequested, this, &FormEntryDialog::itemMenu);
    if (m_entry)
        m_renderer->setAnswers(m_entry->answers);
    updateState();
}

QString FormEntryDialog::visitName() const
{
    if (m_slot.visitCode.isEmpty())
        return tr("unscheduled");
    if (!m_session.can(core::Action::VisitView))
        return m_slot.visitCode;
    const core::Result<QList<core::VisitRow>> timeline = core::VisitService(m_session).timeline(m_slot.studyId);
    if (timeline.ok())
        for (const core::VisitRow &visit : timeline.value())
            if (visit.visitCode == m_slot.visitCode)
                return visit.visitName.current();
    return m_slot.visitCode;
}

void FormEntryDialog::reload()
{
    if (!m_loaded)
        return;
    const qint64 id = entryId();
    core::Result<core::FormEntry> entry
        = id > 0 ? core::FormEntryService(m_session).entry(id) : core::FormEntryService(m_session).findEntry(m_slot);
    if (entry.ok()) {
        m_entry = std::move(entry).value();
        if (!m_editing)
            m_renderer->setAnswers(m_entry->answers);
    } else if (id > 0 || entry.error().code != core::ErrorCode::NotFound) {
        showMessage(entry.error().message, true);
    }
    updateState();
}

void FormEntryDialog::updateState()
{
    if (!m_loaded)
        return;
    const FormEntryState current = state();
    const bool enter = m_session.can(core::Action::FormEnter);
    const bool open = current == FormEntryState::NotStarted || current == FormEntryState::Draft;
    const bool done = current == FormEntryState::Complete || current == FormEntryState::Verified;
    if (!done)
        m_editing = false;
    m_saveDraft->setVisible(enter && open);
    m_complete->setVisible(enter && open);
    m_edit->setVisible(enter && done && !m_editing);
    m_saveEdit->setVisible(m_editing);
    m_cancelEdit->setVisible(m_editing);
    m_verify->setVisible(m_session.can(core::Action::FormVerify) && current == FormEntryState::Complete && !m_editing);
    m_lock->setVisible(m_session.can(core::Action::FormLock) && done && !m_editing);
    m_unlock->setVisible(m_session.can(core::Action::FormLock) && current == FormEntryState::Locked);
    m_renderer->setReadOnly(!enter || current == FormEntryState::Locked || (done && !m_editing));

    if (m_entry) {
        m_history->setChanges(m_definition, {});
        const core::Result<QList<core::ValueChange>> history = core::FormEntryService(m_session).history(m_entry->id);
        if (history.ok())
            m_history->setChanges(m_definition, history.value());
        else
            showMessage(history.error().message, true);
    }
    m_queries->setEntry(entryId(), m_definition, m_renderer->answers(), m_entry && current != FormEntryState::Draft);
    m_renderer->setOpenQueries(m_queries->openQuestionsByItem());
    retranslate();
}

core::FormSlot FormEntryDialog::saveSlot() const
{
    core::FormSlot slot = m_slot;
    if (m_entry)
        slot.instance = m_entry->instance;
    return slot;
}

bool FormEntryDialog::afterSave(const QString &message)
{
    m_changed = true;
    m_connection->clear();
    reload();
    m_renderer->clearProblems();
    showMessage(message, false);
    emit entrySaved(entryId());
    return true;
}

bool FormEntryDialog::saveDraft()
{
    if (!m_loaded)
        return false;
    if (!m_renderer->check(false).isEmpty()) {
        showMessage(tr("The draft was not saved: correct the values shown in the form."), true);
        return false;
    }
    QList<forms::ItemProblem> problems;
    const core::Result<qint64> saved
        = core::FormEntryService(m_session).saveDraft(saveSlot(), m_renderer->answers(), &problems);
    if (!saved.ok()) {
        if (!problems.isEmpty())
            m_renderer->showProblems(problems);
        m_connection->handle(saved.error());
        showMessage(saved.error().message, true);
        return false;
    }
    if (!m_entry) {
        // Read back in full by afterSave's reload.
        m_entry.emplace();
        m_entry->id = saved.value();
    }
    return afterSave(tr("Draft saved."));
}

bool FormEntryDialog::completeEntry()
{
    if (!m_loaded)
        return false;
    if (!m_renderer->check(true).isEmpty()) {
        showMessage(tr("The form is not complete: correct the problems listed at the top of the form."), true);
        return false;
    }
    QList<forms::ItemProblem> problems;
    const core::Result<qint64> saved
        = core::FormEntryService(m_session).complete(saveSlot(), m_renderer->answers(), &problems);
    if (!saved.ok()) {
        if (!problems.isEmpty())
            m_renderer->showProblems(problems);
        m_connection->handle(saved.error());
        showMessage(saved.error().message, true);
        return false;
    }
    if (!m_entry) {
        // Read back in full by afterSave's reload.
        m_entry.emplace();
        m_entry->id = saved.value();
    }
    return afterSave(tr("Form completed."));
}

void FormEntryDialog::startEdit()
{
    if (!m_loaded || !m_entry)
        return;
    m_editing = true;
    updateState();
    showMessage(tr("Change the values, then choose Save changes: you will be asked the reason."), false);
}

void FormEntryDialog::cancelEdit()
{
    m_editing = false;
    if (m_entry)
        m_renderer->setAnswers(m_entry->answers);
    updateState();
    showMessage(QString(), false);
}

bool FormEntryDialog::saveEdit()
{
    if (!m_loaded || !m_entry || !m_editing)
        return false;
    if (!m_renderer->check(true).isEmpty()) {
        showMessage(tr("The changes were not saved: correct the problems listed at the top of the form."), true);
        return false;
    }
    const forms::Answers answers = m_renderer->answers();
    if (answers == m_entry->answers) {
        showMessage(tr("Nothing was changed."), true);
        return false;
    }
    EventDialog dialog(tr("Reason for the change"),
                       tr("This form was completed: say why its values change. The old and new values and the "
                          "reason go to the audit trail."),
                       this);
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("reasonEdit"));
    dialog.addField(tr("&Reason:"), reason);
    dialog.setAcceptText(tr("&Save changes"));
    QList<forms::ItemProblem> problems;
    const qint64 id = m_entry->id;
    std::optional<core::Error> failure;
    dialog.setAction([&] {
        problems.clear();
        core::Status edited = core::FormEntryService(m_session).edit(id, answers, reason->text().trimmed(), &problems);
        failure = edited.ok() ? std::nullopt : std::optional<core::Error>(edited.error());
        return edited;
    });
    if (dialog.exec() != QDialog::Accepted) {
        if (!problems.isEmpty())
            m_renderer->showProblems(problems);
        if (failure && m_connection->handle(*failure)) {
            showMessage(failure->message, true);
            return false;
        }
        showMessage(tr("The changes were not saved."), true);
        return false;
    }
    m_editing = false;
    return afterSave(tr("Changes saved."));
}

bool FormEntryDialog::verify()
{
    if (!m_entry)
        return false;
    const core::Status status = core::FormEntryService(m_session).verify(m_entry->id);
    if (!status.ok()) {
        m_connection->handle(status.error());
        showMessage(status.error().message, true);
        return false;
    }
    return afterSave(tr("Source data verified."));
}

bool FormEntryDialog::lock()
{
    if (!m_entry)
        return false;
    const core::Status status = core::FormEntryService(m_session).lock(m_entry->id);
    if (!status.ok()) {
        m_connection->handle(status.error());
        showMessage(status.error().message, true);
        return false;
    }
    return afterSave(tr("Form locked."));
}

bool FormEntryDialog::unlock()
{
    if (!m_entry)
        return false;
    EventDialog dialog(tr("Unlock the form"),
                       tr("Unlocking allows changes again. Say why; the reason goes to the audit trail."), this);
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("reasonEdit"));
    dialog.addField(tr("&Reason:"), reason);
    dialog.setAcceptText(tr("&Unlock"));
    const qint64 id = m_entry->id;
    dialog.setAction([&] { return core::FormEntryService(m_session).unlock(id, reason->text().trimmed()); });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return afterSave(tr("Form unlocked."));
}

void FormEntryDialog::itemMenu(const QString &itemCode, const QPoint &globalPosition)
{
    if (!m_queries->canRaise())
        return;
    QMenu menu(this);
    menu.addAction(tr("Raise a &query on this item…"), this, [this, itemCode] {
        m_tabs->setCurrentWidget(m_queries);
        m_queries->raiseQuery(itemCode);
    });
    menu.exec(globalPosition);
}

void FormEntryDialog::focusItem(const QString &itemCode)
{
    if (!m_renderer)
        return;
    if (ItemEditor *editor = m_renderer->editor(itemCode)) {
        m_scroll->ensureWidgetVisible(editor);
        m_renderer->focusItem(itemCode);
    }
}

QString FormEntryDialog::messageText() const
{
    return m_message->text();
}

QString FormEntryDialog::headerText() const
{
    return m_header->text();
}

void FormEntryDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error && !text.isEmpty() ? QStringLiteral("color: #b00020;") : QString());
}

void FormEntryDialog::retranslate()
{
    m_tabs->setTabText(0, tr("&History"));
    m_tabs->setTabText(1, tr("Data &queries"));
    m_saveDraft->setText(tr("Save &draft"));
    m_complete->setText(tr("&Complete"));
    m_edit->setText(tr("&Edit"));
    m_saveEdit->setText(tr("&Save changes…"));
    m_cancelEdit->setText(tr("Ca&ncel edit"));
    m_verify->setText(tr("&Verify"));
    m_lock->setText(tr("&Lock"));
    m_unlock->setText(tr("&Unlock…"));
    m_close->setText(tr("Close"));
    if (!m_loaded) {
        setWindowTitle(tr("Form"));
        return;
    }
    const QString title = m_definition.title.current();
    setWindowTitle(tr("%1: %2").arg(m_slot.studyId, title));
    const QString visit = m_slot.visitCode.isEmpty() ? tr("unscheduled") : m_visitName;
    // Translated parts joined by a separator: markup stays out of the catalogues.
    QStringList parts { QStringLiteral("<b>%1</b>").arg(m_slot.studyId.toHtmlEscaped()), visit.toHtmlEscaped(),
                        QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()),
                        tr("version %1").arg(m_entry ? m_entry->formVersion : m_definition.version),
                        tr("state: %1").arg(core::formEntryStateDisplayName(state())).toHtmlEscaped() };
    if (m_entry && m_entry->instance > 1)
        parts << tr("instance %1").arg(m_entry->instance);
    const int open = static_cast<int>(m_queries->openQuestionsByItem().size());
    if (open > 0)
        parts << tr("%n item(s) with an open query", nullptr, open).toHtmlEscaped();
    const QString header = parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    m_header->setText(header);
}

void FormEntryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_loaded)
            m_visitName = visitName();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace trialdesk::gui
