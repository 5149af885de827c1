#include "app/gui/forms/FormRenderer.h"

#include "app/gui/forms/ItemEditor.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace trialdesk::gui {

FormRenderer::FormRenderer(const forms::FormDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("formRenderer"));
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    QWidget *previous = nullptr;
    for (const forms::Item &item : m_definition.items) {
        auto *editor = new ItemEditor(item, this);
        editor->setContextMenuPolicy(Qt::CustomContextMenu);
        m_editors.append(editor);
        m_byCode.insert(item.code, editor);
        layout->addWidget(editor);
        // Tab walks the items in definition order, whatever the layouts inside each item.
        for (QWidget *widget : editor->focusChain()) {
            if (previous)
                QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
        connect(editor, &ItemEditor::edited, this, [this, editor] { itemEdited(editor); });
        connect(editor, &ItemEditor::editingFinished, this, [this, editor] { itemLeft(editor); });
        connect(editor, &QWidget::customContextMenuRequested, this, [this, editor](const QPoint &position) {
            emit itemContextMenuRequested(editor->itemCode(), editor->mapToGlobal(position));
        });
    }
    layout->addStretch(1);
    applyDefinition();
}

FormRenderer::~FormRenderer()
{
    // The editors use m_definition's items and report to this renderer; QWidget's destructor would
    // delete them after m_definition is gone, and the focus change it causes would call back into
    // this half-destroyed renderer. They go first, silenced.
    const QList<ItemEditor *> editors = std::exchange(m_editors, {});
    m_byCode.clear();
    for (ItemEditor *editor : editors)
        editor->disconnect(this);
    qDeleteAll(editors);
}

forms::Answers FormRenderer::rawAnswers() const
{
    forms::Answers answers;
    for (const ItemEditor *editor : m_editors) {
        if (editor->item().isComputed())
            continue;
        const forms::Answer answer = editor->answer();
        if (!answer.isEmpty())
            answers.insert(editor->itemCode(), answer);
    }
    return answers;
}

forms::Answers FormRenderer::answers() const
{
    return forms::FormEvaluator::withComputedScores(m_definition, rawAnswers());
}

void FormRenderer::setAnswers(const forms::Answers &answers)
{
    m_applying = true;
    for (ItemEditor *editor : m_editors)
        editor->setAnswer(answers.value(editor->itemCode()));
    m_applying = false;
    m_touched.clear();
    m_completeRules = false;
    clearProblems();
    applyDefinition();
}

void FormRenderer::applyDefinition()
{
    const bool applying = m_applying;
    m_applying = true;
    // Clearing a hidden item may hide others that depend on it: repeat until nothing changes
    // (at most once per item, since each pass clears at least one more).
    forms::Answers current = answers();
    for (int pass = 0; pass <= m_editors.size(); ++pass) {
        bool cleared = false;
        for (ItemEditor *editor : m_editors) {
            const bool shown = forms::FormEvaluator::isShown(m_definition, editor->item(), current);
            editor->setHidden(!shown);
            if (!shown && !editor->item().isComputed() && !editor->answer().isEmpty()) {
                editor->clear();
                editor->setMessage(QString());
                cleared = true;
            }
        }
        if (!cleared)
            break;
        current = answers();
    }
    for (ItemEditor *editor : m_editors)
        if (editor->item().isComputed())
            editor->setAnswer(current.value(editor->itemCode()));
    m_applying = applying;
}

void FormRenderer::itemEdited(ItemEditor *editor)
{
    if (m_applying)
        return;
    if (!m_touched.contains(editor->itemCode()))
        m_touched.append(editor->itemCode());
    applyDefinition();
    liveValidate();
    emit answersChanged();
}

void FormRenderer::itemLeft(ItemEditor *editor)
{
    if (m_applying)
        return;
    if (!m_touched.contains(editor->itemCode()))
        m_touched.append(editor->itemCode());
    liveValidate();
}

QList<forms::ItemProblem> FormRenderer::inputProblems() const
{
    QList<forms::ItemProblem> problems;
    for (const ItemEditor *editor : m_editors) {
        const QString problem = editor->isHidden() ? QString() : editor->inputProblem();
        if (!problem.isEmpty())
            problems.append({ editor->itemCode(), problem });
    }
    return problems;
}

void FormRenderer::liveValidate()
{
    QList<forms::ItemProblem> problems = inputProblems();
    for (const forms::ItemProblem &problem : forms::FormEvaluator::validate(m_definition, answers(), m_completeRules))
        problems.append(problem);
    // Before a failed save, messages appear on the items the user has been to, not on the whole form.
    showMessages(problems, !m_completeRules);
    if (!m_summary->isHidden())
        updateSummary(problems);
}

QList<forms::ItemProblem> FormRenderer::check(bool complete)
{
    m_completeRules = complete;
    QList<forms::ItemProblem> problems = inputProblems();
    for (const forms::ItemProblem &problem : forms::FormEvaluator::validate(m_definition, answers(), complete))
        problems.append(problem);
    showProblems(problems);
    return problems;
}

void FormRenderer::showProblems(const QList<forms::ItemProblem> &problems)
{
    showMessages(problems, false);
    updateSummary(problems);
}

void FormRenderer::clearProblems()
{
    showMessages({}, false);
    updateSummary({});
}

void FormRenderer::showMessages(const QList<forms::ItemProblem> &problems, bool onlyTouched)
{
    for (ItemEditor *editor : m_editors) {
        if (onlyTouched && !m_touched.contains(editor->itemCode())) {
            editor->setMessage(QString());
            continue;
        }
        // One message per item: the first is the one to fix first (a typing problem before a range).
        QString message;
        for (const forms::ItemProblem &problem : problems)
            if (problem.itemCode == editor->itemCode()) {
                message = problem.message;
                break;
            }
        editor->setMessage(message);
    }
}

void FormRenderer::updateSummary(const QList<forms::ItemProblem> &problems)
{
    if (problems.isEmpty()) {
        m_summary->clear();
        m_summary->setVisible(false);
        return;
    }
    QStringList lines;
    lines << tr("The form cannot be saved: %n problem(s) to correct.", nullptr, static_cast<int>(problems.size()));
    QStringList seen;
    for (const forms::ItemProblem &problem : problems) {
        const ItemEditor *editor = m_byCode.value(problem.itemCode);
        if (!editor) {
            lines << QStringLiteral("• ") + problem.message;
            continue;
        }
        //: A form item's label, then what is wrong with its answer.
        lines << QStringLiteral("• ") + tr("%1: %2").arg(editor->item().label.current(), problem.message);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setVisible(true);
}

QString FormRenderer::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void FormRenderer::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (ItemEditor *editor : m_editors)
        editor->setReadOnly(readOnly);
}

void FormRenderer::setOpenQueries(const QHash<QString, QStringList> &questionsByItem)
{
    for (ItemEditor *editor : m_editors)
        editor->setQueryMarker(questionsByItem.value(editor->itemCode()));
}

ItemEditor *FormRenderer::editor(const QString &itemCode) const
{
    return m_byCode.value(itemCode);
}

bool FormRenderer::isItemShown(const QString &itemCode) const
{
    const ItemEditor *found = editor(itemCode);
    return found && !found->isHidden();
}

void FormRenderer::focusItem(const QString &itemCode)
{
    if (ItemEditor *found = editor(itemCode))
        found->focusEditor();
}

QString FormRenderer::currentItemCode() const
{
    for (QWidget *widget = focusWidget(); widget && widget != this; widget = widget->parentWidget())
        if (auto *found = qobject_cast<ItemEditor *>(widget))
            return found->itemCode();
    return QString();
}

void FormRenderer::changeEvent(QEvent *event)
{
    // The items retranslate their own labels; the messages are validated again in the new language.
    if (event->type() == QEvent::LanguageChange) {
        if (m_summary->isHidden())
            liveValidate();
        else
            check(m_completeRules);
    }
    QWidget::changeEvent(event);
}

} // namespace trialdesk::gui
