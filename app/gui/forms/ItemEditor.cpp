#include "app/gui/forms/ItemEditor.h"

#include "forms/FormValue.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

using forms::ItemType;

namespace {
// Above this many choices a radio group gets too tall: a combo box is used instead.
constexpr int kMaxRadioChoices = 7;
// Scales with more steps than this (the EQ-5D VAS, 0 to 100) get a slider.
constexpr int kMaxRadioScaleSteps = 11;
// Text items allowing more than this many characters get a multi-line editor.
constexpr double kMaxSingleLineText = 200;
// The QDateEdit's minimum stands for "no date": QDateEdit has no empty state of its own.
const QDate kNoDate(1900, 1, 1);

// Labels from definitions are plain text: a '&' must not become a mnemonic.
QString plainLabel(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QLocale entryLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}
} // namespace

ItemEditor::ItemEditor(const forms::Item &item, QWidget *parent)
    : QWidget(parent)
    , m_item(item)
    , m_label(new QLabel(this))
    , m_help(new QLabel(this))
    , m_queryIcon(new QLabel(this))
    , m_queryMarker(new QLabel(this))
    , m_message(new QLabel(this))
    , m_editorArea(new QWidget(this))
{
    setObjectName(QStringLiteral("item_") + item.code);
    m_label->setObjectName(QStringLiteral("itemLabel"));
    m_help->setObjectName(QStringLiteral("itemHelp"));
    m_queryMarker->setObjectName(QStringLiteral("queryMarker"));
    m_message->setObjectName(QStringLiteral("itemMessage"));
    m_label->setWordWrap(true);
    m_help->setWordWrap(true);
    QFont helpFont = m_help->font();
    helpFont.setItalic(true);
    m_help->setFont(helpFont);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_queryMarker->setVisible(false);
    m_queryIcon->setVisible(false);
    build();
    retranslate();
}

void ItemEditor::build()
{
    auto *editorLayout = new QHBoxLayout(m_editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    switch (m_item.type) {
    case ItemType::Integer:
    case ItemType::Decimal:
        buildNumber();
        break;
    case ItemType::Text:
        buildText();
        break;
    case ItemType::Date:
        buildDate();
        break;
    case ItemType::YesNo:
    case ItemType::SingleChoice:
    case ItemType::MultipleChoice:
        buildChoices();
        break;
    case ItemType::Scale:
        buildScale();
        break;
    case ItemType::Computed:
        m_computed = new QLabel(m_editorArea);
        m_computed->setObjectName(QStringLiteral("computedValue"));
        m_computed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        editorLayout->addWidget(m_computed);
        break;
    }
    editorLayout->addStretch(1);

    if (!m_item.missingCodes.isEmpty() && !m_item.isComputed()) {
        m_missingLabel = new QLabel(this);
        m_missing = new QComboBox(this);
        m_missing->setObjectName(QStringLiteral("missingCombo"));
        m_missing->addItem(QString(), QString());
        for (const QString &code : m_item.missingCodes)
            m_missing->addItem(QString(), code);
        m_missingLabel->setBuddy(m_missing);
        connect(m_missing, &QComboBox::currentIndexChanged, this, &ItemEditor::missingChanged);
        connect(m_missing, &QComboBox::activated, this, &ItemEditor::editingFinished);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_label, 1);
    top->addWidget(m_queryIcon);
    top->addWidget(m_queryMarker);
    auto *row = new QHBoxLayout;
    row->addWidget(m_editorArea, 1);
    if (m_missing) {
        row->addWidget(m_missingLabel);
        row->addWidget(m_missing);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(top);
    layout->addWidget(m_help);
    layout->addLayout(row);
    layout->addWidget(m_message);

    const QList<QWidget *> chain = focusChain();
    if (!chain.isEmpty())
        m_label->setBuddy(chain.first());
}

void ItemEditor::buildNumber()
{
    m_line = new QLineEdit(m_editorArea);
    m_line->setObjectName(QStringLiteral("valueEdit"));
    // Digits, a sign and the decimal separators of both languages; ranges are checked by the
    // definition's validation so that an out-of-range value gets a message rather than no key.
    const QString pattern = m_item.type == ItemType::Integer ? QStringLiteral("[-+]?[0-9 ]*")
                                                             : QStringLiteral("[-+]?[0-9 ]*([.,][0-9]*)?");
    m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_line));
    m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    m_editorArea->layout()->addWidget(m_line);
    if (!m_item.unit.isEmpty()) {
        m_unit = new QLabel(m_item.unit, m_editorArea);
        m_unit->setObjectName(QStringLiteral("unitLabel"));
        m_editorArea->layout()->addWidget(m_unit);
    }
    connect(m_line, &QLineEdit::textEdited, this, &ItemEditor::notifyEdited);
    connect(m_line, &QLineEdit::editingFinished, this, &ItemEditor::editingFinished);
}

void ItemEditor::buildText()
{
    if (!m_item.maximum || *m_item.maximum > kMaxSingleLineText) {
        m_plain = new QPlainTextEdit(m_editorArea);
        m_plain->setObjectName(QStringLiteral("valueEdit"));
        m_plain->setTabChangesFocus(true);
        m_plain->setMaximumHeight(m_plain->fontMetrics().lineSpacing() * 5);
        m_plain->installEventFilter(this);
        m_editorArea->layout()->addWidget(m_plain);
        connect(m_plain, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                notifyEdited();
        });
        return;
    }
    m_line = new QLineEdit(m_editorArea);
    m_line->setObjectName(QStringLiteral("valueEdit"));
    m_editorArea->layout()->addWidget(m_line);
    connect(m_line, &QLineEdit::textEdited, this, &ItemEditor::notifyEdited);
    connect(m_line, &QLineEdit::editingFinished, this, &ItemEditor::editingFinished);
}

namespace {

// Tab leaves the date for the next field, as in every other editor of the form; the arrow keys
// still move between its sections. (QDateEdit keeps Tab for itself, and keeps the focus for good
// while it shows the empty state.)
class FieldDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

void ItemEditor::buildDate()
{
    m_date = new FieldDateEdit(m_editorArea);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(kNoDate);
    m_date->setDate(kNoDate);
    m_clearDate = new QToolButton(m_editorArea);
    m_clearDate->setObjectName(QStringLiteral("clearDateButton"));
    m_clearDate->setFocusPolicy(Qt::TabFocus);
    m_editorArea->layout()->addWidget(m_date);
    m_editorArea->layout()->addWidget(m_clearDate);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            notifyEdited();
    });
    connect(m_date, &QDateEdit::editingFinished, this, &ItemEditor::editingFinished);
    connect(m_clearDate, &QToolButton::clicked, this, [this] {
        m_date->setDate(kNoDate);
        emit editingFinished();
    });
}

void ItemEditor::buildChoices()
{
    if (m_item.type == ItemType::SingleChoice && m_item.choices.size() > kMaxRadioChoices) {
        m_combo = new QComboBox(m_editorArea);
        m_combo->setObjectName(QStringLiteral("choiceCombo"));
        m_combo->addItem(QString(), QString());
        for (const forms::Choice &choice : m_item.choices)
            m_combo->addItem(QString(), choice.code);
        m_editorArea->layout()->addWidget(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                notifyEdited();
        });
        connect(m_combo, &QComboBox::activated, this, &ItemEditor::editingFinished);
        return;
    }
    const bool multiple = m_item.type == ItemType::MultipleChoice;
    // Yes/no and short choice lists read best side by side; long ones one per line.
    const bool vertical = m_item.choices.size() > 3;
    auto *box = new QBoxLayout(vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    box->setContentsMargins(0, 0, 0, 0);
    static_cast<QHBoxLayout *>(m_editorArea->layout())->addLayout(box);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(!multiple);
    const int count = m_item.type == ItemType::YesNo ? 2 : static_cast<int>(m_item.choices.size());
    for (int i = 0; i < count; ++i) {
        QAbstractButton *button = multiple ? static_cast<QAbstractButton *>(new QCheckBox(m_editorArea))
                                           : static_cast<QAbstractButton *>(new QRadioButton(m_editorArea));
        button->setObjectName(QStringLiteral("choice_%1").arg(i));
        m_group->addButton(button, i);
        m_buttons.append(button);
        box->addWidget(button);
    }
    if (!vertical)
        box->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        notifyEdited();
        emit editingFinished();
    });
}

void ItemEditor::buildScale()
{
    const int steps = m_item.scaleMax - m_item.scaleMin + 1;
    m_minAnchor = new QLabel(m_editorArea);
    m_maxAnchor = new QLabel(m_editorArea);
    m_minAnchor->setObjectName(QStringLiteral("minAnchor"));
    m_maxAnchor->setObjectName(QStringLiteral("maxAnchor"));
    auto *layout = static_cast<QHBoxLayout *>(m_editorArea->layout());
    layout->addWidget(m_minAnchor);
    if (steps <= kMaxRadioScaleSteps) {
        m_group = new QButtonGroup(this);
        for (int value = m_item.scaleMin; value <= m_item.scaleMax; ++value) {
            auto *button = new QRadioButton(QString::number(value), m_editorArea);
            button->setObjectName(QStringLiteral("scale_%1").arg(value));
            m_group->addButton(button, value - m_item.scaleMin);
            m_buttons.append(button);
            layout->addWidget(button);
        }
        connect(m_group, &QButtonGroup::idClicked, this, [this] {
            notifyEdited();
            emit editingFinished();
        });
    } else {
        m_slider = new QSlider(Qt::Horizontal, m_editorArea);
        m_slider->setObjectName(QStringLiteral("scaleSlider"));
        m_slider->setRange(m_item.scaleMin, m_item.scaleMax);
        m_slider->setMinimumWidth(240);
        // The spin box carries the value (and the empty state, one below the scale); the slider
        // follows it and is for the mouse only, so Tab stops once.
        m_slider->setFocusPolicy(Qt::NoFocus);
        m_spin = new QSpinBox(m_editorArea);
        m_spin->setObjectName(QStringLiteral("scaleSpin"));
        m_spin->setRange(m_item.scaleMin - 1, m_item.scaleMax);
        m_spin->setValue(m_item.scaleMin - 1);
        layout->addWidget(m_slider, 1);
        connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
            if (!m_loading)
                m_spin->setValue(value);
        });
        connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
            if (value >= m_item.scaleMin) {
                const bool loading = m_loading;
                m_loading = true;
                m_slider->setValue(value);
                m_loading = loading;
            }
            if (!m_loading)
                notifyEdited();
        });
        connect(m_spin, &QSpinBox::editingFinished, this, &ItemEditor::editingFinished);
    }
    layout->addWidget(m_maxAnchor);
    if (m_spin)
        layout->addWidget(m_spin);
}

void ItemEditor::retranslate()
{
    QString label = plainLabel(m_item.label.current());
    if (m_item.required && !m_item.isComputed())
        label += QStringLiteral(" *");
    m_label->setText(label);
    m_label->setToolTip(m_item.required ? tr("Required: the form cannot be completed without an answer or a "
                                             "missing-data code.")
                                        : QString());
    const QString help = m_item.help.current();
    m_help->setText(help);
    m_help->setVisible(!help.isEmpty());
    if (m_missing) {
        m_missingLabel->setText(tr("Missing:"));
        m_missing->setItemText(0, tr("(answered)"));
        for (int i = 1; i < m_missing->count(); ++i)
            m_missing->setItemText(i, forms::FormValue::missingCodeLabel(m_missing->itemData(i).toString()));
        m_missing->setToolTip(tr("When no answer can be given, say why: not done, unknown or refused."));
    }
    if (m_unit)
        m_unit->setText(m_item.unit);
    if (m_line && (m_item.type == ItemType::Integer || m_item.type == ItemType::Decimal)) {
        const QLocale locale = entryLocale();
        auto bound = [&](double value) { return locale.toString(value, 'f', m_item.precision); };
        if (m_item.minimum && m_item.maximum)
            m_line->setPlaceholderText(tr("%1 to %2").arg(bound(*m_item.minimum), bound(*m_item.maximum)));
        else
            m_line->setPlaceholderText(QString());
    }
    if (m_date) {
        m_date->setSpecialValueText(tr("no date"));
        m_clearDate->setText(tr("Clear"));
        m_clearDate->setToolTip(tr("Leave the date empty"));
    }
    if (m_combo)
        for (int i = 1; i < m_combo->count(); ++i)
            m_combo->setItemText(i, m_item.choices.at(i - 1).label.current());
    if (m_item.type == ItemType::YesNo) {
        m_buttons.at(0)->setText(tr("Yes"));
        m_buttons.at(1)->setText(tr("No"));
    } else if (m_item.type == ItemType::SingleChoice || m_item.type == ItemType::MultipleChoice) {
        for (int i = 0; i < m_buttons.size(); ++i)
            m_buttons.at(i)->setText(plainLabel(m_item.choices.at(i).label.current()));
    }
    if (m_minAnchor) {
        m_minAnchor->setText(m_item.scaleMinLabel.current());
        m_maxAnchor->setText(m_item.scaleMaxLabel.current());
    }
    if (m_spin)
        m_spin->setSpecialValueText(tr("none"));
    if (m_computed)
        m_computed->setText(m_computedValue.isEmpty()
                                ? tr("(not computed yet)")
                                : forms::FormValue::display(m_item, m_computedValue, entryLocale()));
    m_queryMarker->setText(tr("Open query"));
}

QString ItemEditor::editorValue() const
{
    using forms::FormValue;
    switch (m_item.type) {
    case ItemType::Integer:
    case ItemType::Decimal: {
        const forms::Parsed<QString> parsed = FormValue::fromInput(m_item, m_line->text(), entryLocale());
        return parsed.ok() ? parsed.value() : m_line->text().trimmed();
    }
    case ItemType::Text:
        return (m_plain ? m_plain->toPlainText() : m_line->text()).trimmed();
    case ItemType::Date:
        return m_date->date() == kNoDate ? QString() : FormValue::formatDate(m_date->date());
    case ItemType::YesNo: {
        const int id = m_group->checkedId();
        return id < 0 ? QString() : FormValue::formatYesNo(id == 0);
    }
    case ItemType::SingleChoice:
        if (m_combo)
            return m_combo->currentData().toString();
        return m_group->checkedId() < 0 ? QString() : m_item.choices.at(m_group->checkedId()).code;
    case ItemType::MultipleChoice: {
        QStringList codes;
        for (int i = 0; i < m_buttons.size(); ++i)
            if (m_buttons.at(i)->isChecked())
                codes << m_item.choices.at(i).code;
        return FormValue::formatChoices(m_item, codes);
    }
    case ItemType::Scale:
        if (m_spin)
            return m_spin->value() < m_item.scaleMin ? QString() : FormValue::formatInteger(m_spin->value());
        return m_group->checkedId() < 0 ? QString() : FormValue::formatInteger(m_item.scaleMin + m_group->checkedId());
    case ItemType::Computed:
        return m_computedValue;
    }
    return QString();
}

void ItemEditor::setEditorValue(const QString &canonical)
{
    using forms::FormValue;
    auto uncheckAll = [this] {
        if (!m_group)
            return;
        const bool exclusive = m_group->exclusive();
        m_group->setExclusive(false);
        for (QAbstractButton *button : m_buttons)
            button->setChecked(false);
        m_group->setExclusive(exclusive);
    };
    switch (m_item.type) {
    case ItemType::Integer:
        m_line->setText(canonical);
        break;
    case ItemType::Decimal: {
        const std::optional<double> number = FormValue::toNumber(m_item, canonical);
        m_line->setText(number ? entryLocale().toString(*number, 'f', m_item.precision) : canonical);
        break;
    }
    case ItemType::Text:
        if (m_plain)
            m_plain->setPlainText(canonical);
        else
            m_line->setText(canonical);
        break;
    case ItemType::Date: {
        const QDate date = FormValue::toDate(canonical);
        m_date->setDate(date.isValid() ? date : kNoDate);
        break;
    }
    case ItemType::YesNo: {
        uncheckAll();
        const std::optional<bool> yes = FormValue::toYesNo(canonical);
        if (yes)
            m_buttons.at(*yes ? 0 : 1)->setChecked(true);
        break;
    }
    case ItemType::SingleChoice:
        if (m_combo) {
            m_combo->setCurrentIndex(std::max(0, m_combo->findData(canonical)));
            break;
        }
        uncheckAll();
        for (int i = 0; i < m_item.choices.size(); ++i)
            if (m_item.choices.at(i).code == canonical)
                m_buttons.at(i)->setChecked(true);
        break;
    case ItemType::MultipleChoice: {
        const QStringList codes = FormValue::toCodes(canonical);
        for (int i = 0; i < m_buttons.size(); ++i)
            m_buttons.at(i)->setChecked(codes.contains(m_item.choices.at(i).code));
        break;
    }
    case ItemType::Scale: {
        const std::optional<double> number = FormValue::toNumber(m_item, canonical);
        const int value = number ? static_cast<int>(*number) : m_item.scaleMin - 1;
        if (m_spin) {
            m_spin->setValue(value);
            m_slider->setValue(std::max(value, m_item.scaleMin));
        } else {
            uncheckAll();
            if (value >= m_item.scaleMin && value <= m_item.scaleMax)
                m_buttons.at(value - m_item.scaleMin)->setChecked(true);
        }
        break;
    }
    case ItemType::Computed:
        m_computedValue = canonical;
        retranslate();
        break;
    }
}

forms::Answer ItemEditor::answer() const
{
    forms::Answer answer;
    if (m_missing && !m_missing->currentData().toString().isEmpty()) {
        answer.missingCode = m_missing->currentData().toString();
        return answer;
    }
    answer.value = editorValue();
    return answer;
}

void ItemEditor::setAnswer(const forms::Answer &answer)
{
    const bool loading = m_loading;
    m_loading = true;
    if (m_missing)
        m_missing->setCurrentIndex(std::max(0, m_missing->findData(answer.missingCode)));
    setEditorValue(answer.value);
    m_loading = loading;
    updateEnabled();
}

QString ItemEditor::inputProblem() const
{
    if (!m_line || (m_item.type != ItemType::Integer && m_item.type != ItemType::Decimal))
        return QString();
    if (m_missing && !m_missing->currentData().toString().isEmpty())
        return QString();
    const forms::Parsed<QString> parsed = forms::FormValue::fromInput(m_item, m_line->text(), entryLocale());
    return parsed.ok() ? QString() : parsed.error();
}

void ItemEditor::setMessage(const QString &message)
{
    m_message->setText(message.isEmpty() ? QString() : tr("⚠ %1").arg(message));
    m_message->setVisible(!message.isEmpty());
    m_message->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

QString ItemEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ItemEditor::setQueryMarker(const QStringList &questions)
{
    m_queryIcon->setVisible(!questions.isEmpty());
    m_queryMarker->setVisible(!questions.isEmpty());
    m_queryMarker->setToolTip(questions.join(QLatin1Char('\n')));
    m_queryIcon->setToolTip(m_queryMarker->toolTip());
    if (questions.isEmpty())
        return;
    // An icon and words: the marker must not rely on colour, nor on the icon alone.
    const int size = m_queryMarker->fontMetrics().height();
    m_queryIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(size, size));
    m_queryMarker->setText(tr("Open query"));
}

bool ItemEditor::hasQueryMarker() const
{
    return !m_queryMarker->isHidden();
}

void ItemEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void ItemEditor::updateEnabled()
{
    const bool missing = m_missing && !m_missing->currentData().toString().isEmpty();
    m_editorArea->setEnabled(!m_readOnly && !missing);
    if (m_computed)
        m_editorArea->setEnabled(true);
    if (m_missing)
        m_missing->setEnabled(!m_readOnly);
}

void ItemEditor::missingChanged()
{
    if (m_loading)
        return;
    if (!m_missing->currentData().toString().isEmpty()) {
        // A missing-data code replaces the value: the two are never stored together.
        m_loading = true;
        setEditorValue(QString());
        m_loading = false;
    }
    updateEnabled();
    notifyEdited();
}

void ItemEditor::notifyEdited()
{
    if (!m_loading)
        emit edited();
}

QList<QWidget *> ItemEditor::focusChain() const
{
    QList<QWidget *> chain;
    if (m_line)
        chain << m_line;
    if (m_plain)
        chain << m_plain;
    if (m_date)
        chain << m_date << m_clearDate;
    if (m_combo)
        chain << m_combo;
    for (QAbstractButton *button : m_buttons)
        chain << button;
    if (m_spin)
        chain << m_spin;
    if (m_missing)
        chain << m_missing;
    return chain;
}

void ItemEditor::focusEditor()
{
    const QList<QWidget *> chain = focusChain();
    for (QWidget *widget : chain)
        if (widget->isEnabled() && widget->isVisibleTo(this)) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    setFocus(Qt::OtherFocusReason);
}

QString ItemEditor::labelText() const
{
    return m_label->text();
}

void ItemEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plain && event->type() == QEvent::FocusOut)
        emit editingFinished();
    return QWidget::eventFilter(watched, event);
}

} // namespace trialdesk::gui
