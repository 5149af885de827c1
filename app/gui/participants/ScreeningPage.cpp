#include "app/gui/participants/ScreeningPage.h"

#include "app/gui/ConnectionBanner.h"
#include "app/gui/participants/ScreeningWizard.h"
#include "core/enrollment/ScreeningService.h"
#include "core/services/SiteService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trialdesk::gui {

ScreeningPage::ScreeningPage(core::TrialSession &session, const core::Protocol &protocol, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_protocol(protocol)
    , m_site(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_age(new QSpinBox(this))
    , m_sex(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_checklist(new QWidget(this))
    , m_outcome(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_connection(new ConnectionBanner(session, this))
{
    setObjectName(QStringLiteral("screeningPage"));
    setTitle(tr("Screening"));
    setSubTitle(tr("Everyone assessed for eligibility is recorded in the screening log, enrolled or not."));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_age->setObjectName(QStringLiteral("ageSpin"));
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    const core::Result<QList<core::Site>> sites = core::SiteService(m_session).list();
    if (sites.ok())
        for (const core::Site &site : sites.value())
            if (site.active && (m_session.user().siteCode.isEmpty() || m_session.user().siteCode == site.code))
                m_site->addItem(QStringLiteral("%1 — %2").arg(
                                    site.code, QLocale().language() == QLocale::French ? site.nameFr : site.nameEn),
                                site.code);
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    // -1 is "not recorded": shown as a blank choice.
    m_age->setRange(-1, 130);
    m_age->setSpecialValueText(tr("not recorded"));
    m_age->setValue(-1);
    m_sex->addItem(tr("not recorded"), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Other or undisclosed"), QStringLiteral("X"));
    m_mode->addItem(tr("Eligibility checklist"), Checklist);
    m_mode->addItem(tr("Declined to take part"), Declined);
    m_mode->addItem(tr("Not enrolled for another reason"), Other);

    auto *basics = new QFormLayout;
    basics->addRow(tr("&Site:"), m_site);
    basics->addRow(tr("&Date of screening:"), m_date);
    basics->addRow(tr("&Age (years):"), m_age);
    basics->addRow(tr("Se&x:"), m_sex);
    basics->addRow(tr("&Assessment:"), m_mode);

    auto *grid = new QGridLayout(m_checklist);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    auto *inclusionTitle = new QLabel(tr("<b>Inclusion criteria</b> (all must be met)"), m_checklist);
    grid->addWidget(inclusionTitle, row++, 0, 1, 3);
    for (const core::EligibilityCriterion &criterion : m_protocol.inclusion)
        addCriterion(grid, row++, criterion, false);
    auto *exclusionTitle = new QLabel(tr("<b>Exclusion criteria</b> (none may apply)"), m_checklist);
    grid->addWidget(exclusionTitle, row++, 0, 1, 3);
    for (const core::EligibilityCriterion &criterion : m_protocol.exclusion)
        addCriterion(grid, row++, criterion, true);
    grid->setColumnStretch(0, 1);

    m_outcome->setWordWrap(true);
    m_reason->setPlaceholderText(tr("required when declined or not enrolled for another reason"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(basics);
    layout->addWidget(m_checklist);
    layout->addWidget(m_outcome);
    layout->addLayout(reasonRow);
    layout->addWidget(m_connection);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ScreeningPage::updateOutcome);
    connect(m_reason, &QLineEdit::textChanged, this, &ScreeningPage::updateOutcome);
    updateOutcome();
}

void ScreeningPage::addCriterion(QGridLayout *grid, int row, const core::EligibilityCriterion &criterion,
                                 bool exclusion)
{
    auto *text = new QLabel(criterion.text.current(), m_checklist);
    text->setWordWrap(true);
    auto *yes = new QRadioButton(tr("Yes"), m_checklist);
    auto *no = new QRadioButton(tr("No"), m_checklist);
    yes->setObjectName(QStringLiteral("yes_") + criterion.code);
    no->setObjectName(QStringLiteral("no_") + criterion.code);
    yes->setToolTip(exclusion ? tr("The exclusion applies: the person is excluded.") : tr("The criterion is met."));
    auto *group = new QButtonGroup(this);
    group->addButton(yes, 1);
    group->addButton(no, 0);
    m_answers.insert(criterion.code, group);
    text->setBuddy(yes);
    grid->addWidget(text, row, 0);
    grid->addWidget(yes, row, 1);
    grid->addWidget(no, row, 2);
    connect(group, &QButtonGroup::idClicked, this, &ScreeningPage::updateOutcome);
}

void ScreeningPage::answer(const QString &criterionCode, bool yes)
{
    QButtonGroup *group = m_answers.value(criterionCode);
    if (!group)
        return;
    group->button(yes ? 1 : 0)->setChecked(true);
    updateOutcome();
}

ScreeningPage::Mode ScreeningPage::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

QString ScreeningPage::siteCode() const
{
    return m_site->currentData().toString();
}

QString ScreeningPage::sex() const
{
    return m_sex->currentData().toString();
}

core::ScreeningInput ScreeningPage::input() const
{
    core::ScreeningInput input;
    input.siteCode = siteCode();
    input.date = m_date->date();
    input.age = m_age->value();
    input.sex = sex();
    for (auto it = m_answers.constBegin(); it != m_answers.constEnd(); ++it)
        if (it.value()->checkedId() >= 0)
            input.answers.insert(it.key(), it.value()->checkedId() == 1);
    switch (mode()) {
    case Checklist:
        break;
    case Declined:
        input.statedOutcome = core::ScreeningOutcome::Declined;
        break;
    case Other:
        input.statedOutcome = core::ScreeningOutcome::Other;
        break;
    }
    input.reason = m_reason->text().trimmed();
    return input;
}

bool ScreeningPage::eligible() const
{
    if (mode() != Checklist)
        return false;
    const core::Result<core::ScreeningService::Evaluation> evaluation
        = core::ScreeningService::evaluate(m_protocol, input());
    return evaluation.ok() && evaluation->outcome == core::ScreeningOutcome::Eligible;
}

void ScreeningPage::updateOutcome()
{
    m_checklist->setEnabled(mode() == Checklist);
    m_error->clear();
    if (mode() != Checklist) {
        m_outcome->setStyleSheet(QString());
        m_outcome->setText(mode() == Declined ? tr("Outcome: declined. Give the reason below.")
                                              : tr("Outcome: not enrolled. Give the reason below."));
    } else {
        int answered = 0;
        for (const QButtonGroup *group : std::as_const(m_answers))
            answered += group->checkedId() >= 0 ? 1 : 0;
        const core::Result<core::ScreeningService::Evaluation> evaluation
            = core::ScreeningService::evaluate(m_protocol, input());
        if (answered < m_answers.size()) {
            m_outcome->setStyleSheet(QString());
            m_outcome->setText(tr("Answer every criterion: %1 of %2 answered.").arg(answered).arg(m_answers.size()));
        } else if (!evaluation.ok()) {
            m_outcome->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_outcome->setText(evaluation.error().message);
        } else if (evaluation->outcome == core::ScreeningOutcome::Eligible) {
            m_outcome->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold;"));
            m_outcome->setText(tr("Outcome: eligible. Continue with consent."));
        } else {
            QStringList failed;
            for (const QString &code : evaluation->failedCriteria) {
                for (const core::EligibilityCriterion &criterion : m_protocol.inclusion)
                    if (criterion.code == code)
                        failed << tr("not met: %1").arg(criterion.text.current());
                for (const core::EligibilityCriterion &criterion : m_protocol.exclusion)
                    if (criterion.code == code)
                        failed << tr("applies: %1").arg(criterion.text.current());
            }
            m_outcome->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            m_outcome->setText(tr("Outcome: not eligible (%1). The screening is recorded as not eligible.")
                                   .arg(failed.join(QStringLiteral("; "))));
        }
    }
    // Only an eligible screening continues; anything else is recorded when leaving this page, after
    // which it cannot be changed here.
    setCommitPage(!eligible());
    setButtonText(QWizard::CommitButton, tr("&Record screening"));
    emit completeChanged();
}

bool ScreeningPage::isComplete() const
{
    if (m_site->count() == 0)
        return false;
    if (mode() != Checklist)
        return !m_reason->text().trimmed().isEmpty();
    for (const QButtonGroup *group : std::as_const(m_answers))
        if (group->checkedId() < 0)
            return false;
    return true;
}

bool ScreeningPage::validatePage()
{
    if (eligible())
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::ScreeningRecord> recorded = core::ScreeningService(m_session).record(input());
    QApplication::restoreOverrideCursor();
    if (!recorded.ok()) {
        // What was typed stays in the fields; a lost connection is retried in the background.
        m_connection->handle(recorded.error());
        showError(recorded.error().message);
        return false;
    }
    m_connection->clear();
    if (auto *owner = qobject_cast<ScreeningWizard *>(wizard()))
        owner->recorded(recorded->screeningNumber, core::screeningOutcomeDisplayName(recorded->outcome), QString());
    return true;
}

int ScreeningPage::nextId() const
{
    return eligible() ? ScreeningWizard::ConsentPageId : ScreeningWizard::ResultPageId;
}

void ScreeningPage::showError(const QString &text)
{
    m_error->setText(text);
}

} // namespace trialdesk::gui
