#include "app/gui/participants/ConsentPage.h"

#include "app/gui/participants/ScreeningPage.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace trialdesk::gui {

ConsentPage::ConsentPage(core::TrialSession &session, const core::Protocol &protocol, const ScreeningPage *screening,
                         QWidget *parent)
    : QWizardPage(parent)
    , m_protocol(protocol)
    , m_screening(screening)
    , m_form(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_obtainedBy(new QLineEdit(this))
    , m_site(new QLabel(this))
{
    setObjectName(QStringLiteral("consentPage"));
    setTitle(tr("Consent and stratum values"));
    setSubTitle(tr("Only the current approved consent form counts. Check the stratum values against the source "
                   "documents: the randomization uses them."));
    m_form->setObjectName(QStringLiteral("formVersionLabel"));
    m_date->setObjectName(QStringLiteral("consentDateEdit"));
    m_obtainedBy->setObjectName(QStringLiteral("obtainedByEdit"));
    m_site->setObjectName(QStringLiteral("siteLabel"));

    for (const core::ConsentFormVersion &form : m_protocol.consentForms)
        if (form.current)
            m_formVersion = form.version;
    m_form->setText(m_formVersion.isEmpty() ? tr("The protocol has no current consent form: ask the administrator.")
                                            : tr("%1 (current)").arg(m_formVersion));
    const QDate today = session.clock().nowUtc().toLocalTime().date();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_obtainedBy->setText(session.user().username);

    auto *consentBox = new QGroupBox(tr("Consent"), this);
    auto *consentForm = new QFormLayout(consentBox);
    consentForm->addRow(tr("Form version:"), m_form);
    consentForm->addRow(tr("&Date signed:"), m_date);
    consentForm->addRow(tr("&Obtained by (user name):"), m_obtainedBy);

    auto *strataBox = new QGroupBox(tr("Stratum values"), this);
    auto *strataForm = new QFormLayout(strataBox);
    for (const core::ProtocolFactor &factor : m_protocol.factors) {
        if (factor.isSite) {
            strataForm->addRow(factor.name.current() + QStringLiteral(":"), m_site);
            continue;
        }
        auto *combo = new QComboBox(strataBox);
        combo->setObjectName(QStringLiteral("level_") + factor.code);
        // No level preselected: the user must choose, so a default never slips through unchecked.
        combo->addItem(tr("— choose —"), QString());
        for (const core::ProtocolLevel &level : factor.levels)
            combo->addItem(level.name.current(), level.code);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConsentPage::completeChanged);
        m_levels.insert(factor.code, combo);
        strataForm->addRow(QStringLiteral("&") + factor.name.current() + QStringLiteral(":"), combo);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(consentBox);
    layout->addWidget(strataBox);
    layout->addStretch(1);
}

void ConsentPage::initializePage()
{
    m_site->setText(m_screening->siteCode());
}

core::ConsentInput ConsentPage::consent() const
{
    return { m_formVersion, m_date->date(), m_obtainedBy->text().trimmed() };
}

QMap<QString, QString> ConsentPage::strata() const
{
    QMap<QString, QString> values;
    for (auto it = m_levels.constBegin(); it != m_levels.constEnd(); ++it)
        values.insert(it.key(), it.value()->currentData().toString());
    return values;
}

void ConsentPage::setLevel(const QString &factorCode, const QString &levelCode)
{
    if (QComboBox *combo = m_levels.value(factorCode))
        combo->setCurrentIndex(qMax(0, combo->findData(levelCode)));
}

bool ConsentPage::isComplete() const
{
    if (m_formVersion.isEmpty())
        return false;
    for (const QComboBox *combo : m_levels)
        if (combo->currentData().toString().isEmpty())
            return false;
    return true;
}

} // namespace trialdesk::gui
