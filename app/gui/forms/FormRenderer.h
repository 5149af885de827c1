#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace trialdesk::gui {

class ItemEditor;

// A form definition drawn as editors, one ItemEditor per item in definition order, with a summary
// of the problems at the top. It applies the definition live: show-if conditions (an item that
// becomes hidden is cleared), computed scores, and inline validation as the user types or leaves
// an item (draft rules until a complete check failed, then the complete rules). Tab walks the
// items in order. It holds no data of its own beyond the editors: answers() is what they show.
class FormRenderer : public QWidget
{
    Q_OBJECT

public:
    explicit FormRenderer(const forms::FormDefinition &definition, QWidget *parent = nullptr);
    ~FormRenderer() override;

    const forms::FormDefinition &definition() const { return m_definition; }

    // The answers of the shown items (computed scores recomputed); empty items are left out.
    forms::Answers answers() const;
    // Fills the editors (unknown item codes are ignored), applies show-if and recomputes scores.
    void setAnswers(const forms::Answers &answers);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Checks the answers (complete = the rules for completing), shows each problem under its item
    // and the summary at the top; returns the problems (empty = valid). Typing problems (not a
    // number...) come first for their item.
    QList<forms::ItemProblem> check(bool complete);
    // Shows problems found elsewhere (the service's refusal) under their items and in the summary.
    void showProblems(const QList<forms::ItemProblem> &problems);
    void clearProblems();
    QString summaryText() const;

    // Marks the items with open queries (item code -> the questions).
    void setOpenQueries(const QHash<QString, QStringList> &questionsByItem);

    ItemEditor *editor(const QString &itemCode) const;
    QList<ItemEditor *> editors() const { return m_editors; }
    bool isItemShown(const QString &itemCode) const;
    // Scrolls to nothing (the caller owns the scroll area) but gives the item's editor the focus.
    void focusItem(const QString &itemCode);
    // The item whose editor holds the keyboard focus, or empty.
    QString currentItemCode() const;

signals:
    // The user changed an answer (after show-if and scores were applied).
    void answersChanged();
    // A right click on an item (for the data query menu).
    void itemContextMenuRequested(const QString &itemCode, const QPoint &globalPosition);

protected:
    void changeEvent(QEvent *event) override;

private:
    forms::Answers rawAnswers() const;
    void applyDefinition();
    void itemEdited(ItemEditor *editor);
    void itemLeft(ItemEditor *editor);
    void liveValidate();
    void showMessages(const QList<forms::ItemProblem> &problems, bool onlyTouched);
    void updateSummary(const QList<forms::ItemProblem> &problems);
    QList<forms::ItemProblem> inputProblems() const;

    forms::FormDefinition m_definition;
    QLabel *m_summary;
    QList<ItemEditor *> m_editors;
    QHash<QString, ItemEditor *> m_byCode;
    QStringList m_touched; // items the user changed or left: live messages show for these
    bool m_readOnly = false;
    bool m_completeRules = false;
    bool m_applying = false;
};

} // namespace trialdesk::gui
