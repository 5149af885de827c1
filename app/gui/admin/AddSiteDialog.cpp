#include "app/gui/admin/AddSiteDialog.h"

#include "core/services/SiteService.h"
#include "core/workspace/TrialSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimeZone>
#include <QVBoxLayout>

namespace trialdesk::gui {

AddSiteDialog::AddSiteDialog(core::TrialSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(new QLineEdit(this))
    , m_nameFr(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setObjectName(QStringLiteral("addSiteDialog"));
    setWindowTitle(tr("Add a site"));
    m_code->setObjectName(QStringLiteral("siteCodeEdit"));
    m_nameFr->setObjectName(QStringLiteral("siteNameFrEdit"));
    m_nameEn->setObjectName(QStringLiteral("siteNameEnEdit"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,8}")), m_code));
    m_code->setPlaceholderText(tr("2 to 8 capital letters or digits, starting with a letter"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.startsWith("America/") || id.startsWith("Europe/"))
            m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(core::Site().timeZone);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add site"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("Name in &French:"), m_nameFr);
    form->addRow(tr("Name in &English:"), m_nameEn);
    form->addRow(tr("&Time zone:"), m_timeZone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSiteDialog::reject);
    setMinimumWidth(440);
}

void AddSiteDialog::accept()
{
    core::Site site;
    site.code = m_code->text().trimmed().toUpper();
    site.nameFr = m_nameFr->text().simplified();
    site.nameEn = m_nameEn->text().simplified();
    site.timeZone = m_timeZone->currentText().trimmed();
    if (site.code.size() < 2 || site.nameFr.isEmpty() || site.nameEn.isEmpty()) {
        m_error->setText(tr("Give a code of 2 to 8 capital letters or digits and the site's name in French and in "
                            "English."));
        return;
    }
    if (!QTimeZone(site.timeZone.toLatin1()).isValid()) {
        m_error->setText(
            tr("%1 is not a known time zone. Choose one from the list, e.g. America/Toronto.").arg(site.timeZone));
        return;
    }
    const core::Status status = core::SiteService(m_session).add(site);
    if (!status.ok()) {
        m_error->setText(status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace trialdesk::gui
