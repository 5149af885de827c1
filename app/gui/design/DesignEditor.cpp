#include "app/gui/design/DesignEditor.h"

#include "app/gui/design/ExportListDialog.h"
#include "core/design/DesignService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace trialdesk::gui {

using randomization::Checked;
using randomization::Design;
using randomization::Method;

namespace {

enum ArmColumn { ArmCode, ArmName, ArmWeight, ArmColumns };

QString joinNumbers(const QList<int> &numbers)
{
    QStringList parts;
    for (int number : numbers)
        parts.append(QString::number(number));
    return parts.join(QStringLiteral(", "));
}

} // namespace

DesignEditor::DesignEditor(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_method(new QComboBox(this))
    , m_arms(new QTableWidget(0, ArmColumns, this))
    , m_multiples(new QLineEdit(this))
    , m_blockSizes(new QLabel(this))
    , m_minimizationBox(new QGroupBox(this))
    , m_probability(new QDoubleSpinBox(this))
    , m_measure(new QComboBox(this))
    , m_factors(new QTreeWidget(this))
    , m_seedLabel(new QLabel(this))
    , m_newSeedButton(new QPushButton(this))
    , m_reason(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_revealSeed(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_banner->setObjectName(QStringLiteral("lockedBanner"));
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_arms->setObjectName(QStringLiteral("armsTable"));
    m_multiples->setObjectName(QStringLiteral("multiplesEdit"));
    m_blockSizes->setObjectName(QStringLiteral("blockSizesLabel"));
    m_probability->setObjectName(QStringLiteral("probabilitySpin"));
    m_measure->setObjectName(QStringLiteral("measureCombo"));
    m_factors->setObjectName(QStringLiteral("factorsTree"));
    m_seedLabel->setObjectName(QStringLiteral("seedLabel"));
    m_newSeedButton->setObjectName(QStringLiteral("newSeedButton"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_revealSeed->setObjectName(QStringLiteral("revealSeedButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #c19c00; padding: 8px;"));
    m_banner->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_method->addItem(QString(), int(Method::Blocks));
    m_method->addItem(QString(), int(Method::Minimization));
    m_arms->verticalHeader()->hide();
    m_arms->horizontalHeader()->setSectionResizeMode(ArmName, QHeaderView::Stretch);
    m_arms->setSelectionMode(QAbstractItemView::NoSelection);
    m_arms->setMaximumHeight(130);
    m_probability->setRange(0.5, 1.0);
    m_probability->setDecimals(3);
    m_probability->setSingleStep(0.05);
    m_measure->addItem(QString(), int(randomization::ImbalanceMeasure::Range));
    m_measure->addItem(QString(), int(randomization::ImbalanceMeasure::Variance));
    m_factors->setColumnCount(2);
    m_factors->setRootIsDecorated(true);
    m_factors->setMaximumHeight(170);
    m_newSeedButton->setCheckable(true);

    for (int i = 0; i < 9; ++i)
        m_rowLabels.append(new QLabel(this));
    auto *minimizationForm = new QFormLayout(m_minimizationBox);
    minimizationForm->addRow(m_rowLabels.at(7), m_probability);
    minimizationForm->addRow(m_rowLabels.at(8), m_measure);

    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seedLabel, 1);
    seedRow->addWidget(m_newSeedButton);
    seedRow->addWidget(m_revealSeed);
    auto *multiplesRow = new QHBoxLayout;
    multiplesRow->addWidget(m_multiples);
    multiplesRow->addWidget(m_blockSizes, 1);

    m_form->addRow(m_rowLabels.at(0), m_method);
    m_form->addRow(m_rowLabels.at(1), m_arms);
    m_form->addRow(m_rowLabels.at(2), multiplesRow);
    m_form->addRow(m_rowLabels.at(3), m_minimizationBox);
    m_form->addRow(m_rowLabels.at(4), m_factors);
    m_form->addRow(m_rowLabels.at(5), seedRow);
    m_form->addRow(m_rowLabels.at(6), m_reason);
    const QList<QWidget *> buddies = { m_method,        m_arms,   m_multiples,   m_probability, m_factors,
                                       m_newSeedButton, m_reason, m_probability, m_measure };
    for (qsizetype i = 0; i < buddies.size(); ++i)
        m_rowLabels.at(i)->setBuddy(buddies.at(i));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_versionLabel);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_method, &QComboBox::currentIndexChanged, this, &DesignEditor::updateDerived);
    connect(m_multiples, &QLineEdit::textChanged, this, &DesignEditor::updateDerived);
    connect(m_arms, &QTableWidget::itemChanged, this, &DesignEditor::updateDerived);
    connect(m_reason, &QLineEdit::textChanged, this, &DesignEditor::updateEnabled);
    connect(m_newSeedButton, &QPushButton::toggled, this, [this](bool on) {
        m_newSeed = on;
        retranslate();
    });
    connect(m_save, &QPushButton::clicked, this, &DesignEditor::save);
    connect(m_revealSeed, &QPushButton::clicked, this, &DesignEditor::revealSeed);
    connect(m_export, &QPushButton::clicked, this, &DesignEditor::exportList);

    retranslate();
    reload();
}

void DesignEditor::reload()
{
    core::DesignService service(m_session);
    auto summary = service.summary();
    auto full = service.full();
    if (!summary || !full) {
        showMessage(!summary ? summary.error().message : full.error().message, true);
        setEnabled(false);
        return;
    }
    m_summary = summary.value();
    m_stored = full->design;
    m_locked = full->locked;
    m_newSeed = false;

    const QSignalBlocker blockArms(m_arms);
    const QSignalBlocker blockMethod(m_method);
    const QSignalBlocker blockMultiples(m_multiples);
    const QSignalBlocker blockSeed(m_newSeedButton);
    m_newSeedButton->setChecked(false);
    m_method->setCurrentIndex(m_method->findData(int(m_stored.method)));
    m_arms->setRowCount(int(m_summary.arms.size()));
    for (int row = 0; row < m_summary.arms.size(); ++row) {
        const core::DesignSummary::Arm &arm = m_summary.arms.at(row);
        auto *code = new QTableWidgetItem(arm.code);
        code->setFlags(Qt::ItemIsEnabled);
        auto *name = new QTableWidgetItem(arm.name);
        name->setFlags(Qt::ItemIsEnabled);
        auto *weight = new QTableWidgetItem;
        weight->setData(Qt::EditRole, arm.weight);
        m_arms->setItem(row, ArmCode, code);
        m_arms->setItem(row, ArmName, name);
        m_arms->setItem(row, ArmWeight, weight);
    }
    QStringList multiples;
    for (int multiple : m_stored.multiples)
        multiples.append(QString::number(multiple));
    m_multiples->setText(multiples.join(QLatin1Char(',')));
    m_probability->setValue(m_stored.minimization.probabilityMillionths / 1e6);
    m_measure->setCurrentIndex(m_measure->findData(int(m_stored.minimization.measure)));

    m_factors->clear();
    for (const core::DesignSummary::Factor &factor : m_summary.factors) {
        auto *item = new QTreeWidgetItem(m_factors, { factor.code, factor.name });
        for (qsizetype i = 0; i < factor.levels.size(); ++i)
            new QTreeWidgetItem(item, { factor.levels.at(i), factor.levelNames.value(i) });
    }
    m_factors->expandAll();
    m_reason->clear();
    retranslate();
    updateDerived();
}

Checked<Design> DesignEditor::editedDesign() const
{
    Design design = m_stored;
    design.seed = randomization::Seed();
    design.method = Method(m_method->currentData().toInt());
    for (int row = 0; row < m_arms->rowCount() && row < design.arms.size(); ++row)
        design.arms[row].weight = m_arms->item(row, ArmWeight)->data(Qt::EditRole).toInt();
    const auto multiples = Design::parseMultiples(m_multiples->text());
    if (!multiples)
        return multiples.problems();
    design.multiples = multiples.value();
    design.minimization.probabilityMillionths = qRound(m_probability->value() * 1e6);
    design.minimization.measure = randomization::ImbalanceMeasure(m_measure->currentData().toInt());
    if (const QList<randomization::Problem> problems = design.validate(); !problems.isEmpty())
        return problems;
    return design;
}

void DesignEditor::updateDerived()
{
    const auto design = editedDesign();
    if (design) {
        QList<int> sizes;
        for (int multiple : design->multiples)
            sizes.append(multiple * design->weightSum());
        m_blockSizes->setText(tr("Block sizes: %1").arg(joinNumbers(sizes)));
    } else {
        m_blockSizes->setText(design.message());
    }
    updateEnabled();
}

void DesignEditor::updateEnabled()
{
    const bool editable = !m_locked && m_session.can(core::Action::DesignEdit);
    const bool minimization = Method(m_method->currentData().toInt()) == Method::Minimization;
    for (QWidget *widget : { static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_arms),
                             static_cast<QWidget *>(m_newSeedButton), static_cast<QWidget *>(m_reason) })
        widget->setEnabled(editable);
    m_multiples->setEnabled(editable && !minimization);
    m_minimizationBox->setEnabled(editable && minimization);
    m_save->setEnabled(editable && !m_reason->text().trimmed().isEmpty() && editedDesign().ok());
    m_revealSeed->setEnabled(m_session.can(core::Action::SeedReveal));
    m_export->setEnabled(m_session.can(core::Action::AllocationListExport) && !minimization);
    m_banner->setVisible(m_locked);
}

void DesignEditor::save()
{
    const auto design = editedDesign();
    if (!design) {
        showMessage(design.message(), true);
        return;
    }
    const core::Status saved = core::DesignService(m_session).update(design.value(), m_newSeed, m_reason->text());
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Saved as version %1.").arg(m_summary.version), false);
    emit designChanged();
}

void DesignEditor::revealSeed()
{
    const auto answer
        = QMessageBox::question(this, tr("Reveal the seed"),
                                tr("Anyone who sees the seed can work out every future allocation. Revealing it is "
                                   "recorded in the audit trail with your name. Reveal the seed?"),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto seed = core::DesignService(m_session).revealSeed();
    if (!seed) {
        showMessage(seed.error().message, true);
        return;
    }
    QMessageBox box(
        QMessageBox::Information, tr("Trial seed"),
        tr("The seed of design version %1 (select to copy; do not store it in clear):").arg(m_summary.version),
        QMessageBox::Close, this);
    box.setInformativeText(seed.value());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    // Qt keeps the text in the box until it is destroyed, which happens here.
}

void DesignEditor::exportList()
{
    ExportListDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("%n allocation(s) exported; the export is recorded in the audit trail.", nullptr,
                       int(qMin<qint64>(dialog.rowsWritten(), std::numeric_limits<int>::max()))),
                    false);
}

void DesignEditor::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void DesignEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DesignEditor::retranslate()
{
    m_heading->setText(tr("Randomization design"));
    if (m_locked)
        m_banner->setText(tr("This design is locked since %1: the first participant has been randomized, and "
                             "changing it would change allocations already made. A new site is added from "
                             "Administration; nothing else can change.")
                              .arg(QLocale().toString(m_summary.lockedAt.toLocalTime(), QLocale::ShortFormat)));
    if (m_summary.version > 0)
        m_versionLabel->setText(
            tr("Version %1, saved %2 by %3.")
                .arg(m_summary.version)
                .arg(QLocale().toString(m_summary.createdAt.toLocalTime(), QLocale::ShortFormat), m_summary.createdBy));
    m_method->setItemText(0, tr("Permuted blocks of random size (spec v1)"));
    m_method->setItemText(1, tr("Minimization (Pocock-Simon)"));
    m_measure->setItemText(0, tr("Range"));
    m_measure->setItemText(1, tr("Variance"));
    m_arms->setHorizontalHeaderLabels({ tr("Code"), tr("Arm"), tr("Weight") });
    m_factors->setHeaderLabels({ tr("Factor / level"), tr("Name") });
    m_multiples->setPlaceholderText(tr("e.g. 2,3"));
    m_multiples->setToolTip(tr("Allowed block multiples: each block's size is a multiple times the sum of the "
                               "weights, chosen at random for each block."));
    m_seedLabel->setText(m_newSeed ? tr("A new seed will be generated when you save.") : tr("Generated, hidden."));
    m_newSeedButton->setText(tr("&Generate a new seed"));
    m_revealSeed->setText(tr("Re&veal seed..."));
    m_export->setText(tr("E&xport allocation list..."));
    m_save->setText(tr("&Save as a new version"));
    m_reason->setPlaceholderText(tr("Why the design changes (required, audited)"));
    const QStringList labels = { tr("&Method:"),
                                 tr("&Arms and weights:"),
                                 tr("Block m&ultiples:"),
                                 tr("Minimization:"),
                                 tr("Stratification (from the protocol):"),
                                 tr("Seed:"),
                                 tr("&Reason:"),
                                 tr("&Probability of the minimizing arm:"),
                                 tr("Imbalance m&easure:") };
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_rowLabels.at(i)->setText(labels.at(i));
}

} // namespace trialdesk::gui
