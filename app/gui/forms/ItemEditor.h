#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"

#include <QList>
#include <QString>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;
class QToolButton;

namespace trialdesk::gui {

// One item of a form: its label (with the required marker), help, the editor for its type, the
// missing-data control when the definition allows codes, the open-query marker and the inline
// message. Values go in and out as canonical text (forms/FormValue.h); what the user typed in the
// current locale is converted on the way out, and a text that is not a value of the type is kept
// as typed with inputProblem() saying what is wrong, so that nothing typed is silently dropped.
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    ItemEditor(const forms::Item &item, QWidget *parent = nullptr);

    const forms::Item &item() const { return m_item; }
    QString itemCode() const { return m_item.code; }

    forms::Answer answer() const;
    void setAnswer(const forms::Answer &answer);
    void clear() { setAnswer({}); }
    // The translated problem with the text typed (not a number, not a date...), or empty.
    QString inputProblem() const;

    void setMessage(const QString &message);
    QString message() const;
    // An open-query marker (icon and text) with the questions as tool tip; empty hides it.
    void setQueryMarker(const QStringList &questions);
    bool hasQueryMarker() const;
    void setReadOnly(bool readOnly);

    // The focusable widgets of the item, in the order Tab walks them.
    QList<QWidget *> focusChain() const;
    // Gives the keyboard focus to the item's editor.
    void focusEditor();
    // The label as shown (required marker included), for tests and the problem summary.
    QString labelText() const;

signals:
    // The user changed the value or the missing-data code.
    void edited();
    // The user left the item (focus out of a text field, a choice made).
    void editingFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void buildNumber();
    void buildText();
    void buildDate();
    void buildChoices();
    void buildScale();
    void retranslate();
    QString editorValue() const;
    void setEditorValue(const QString &canonical);
    void missingChanged();
    void updateEnabled();
    void notifyEdited();

    forms::Item m_item;
    bool m_readOnly = false;
    bool m_loading = false;
    QLabel *m_label;
    QLabel *m_help;
    QLabel *m_queryIcon;
    QLabel *m_queryMarker;
    QLabel *m_message;
    QComboBox *m_missing = nullptr;
    QLabel *m_missingLabel = nullptr;
    QWidget *m_editorArea;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QLabel *m_unit = nullptr;
    QDateEdit *m_date = nullptr;
    QToolButton *m_clearDate = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QAbstractButton *> m_buttons; // radio buttons or check boxes, in choice order
    QComboBox *m_combo = nullptr;
    QSlider *m_slider = nullptr;
    QSpinBox *m_spin = nullptr;
    QLabel *m_minAnchor = nullptr;
    QLabel *m_maxAnchor = nullptr;
    QLabel *m_computed = nullptr;
    QString m_computedValue;
};

} // namespace trialdesk::gui
