#include "app/gui/wizard/ProtocolPage.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWizard>

namespace trialdesk::gui {

ProtocolPage::ProtocolPage(QWidget *parent)
    : QWizardPage(parent)
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_file->setObjectName(QStringLiteral("protocolFileEdit"));
    m_browse->setObjectName(QStringLiteral("browseProtocolButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_fileLabel->setBuddy(m_file);
    setCommitPage(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *layout = new QFormLayout(this);
    layout->addRow(m_fileLabel, fileRow);
    layout->addRow(QString(), m_hint);
    layout->addRow(QString(), m_error);

    connect(m_browse, &QPushButton::clicked, this, &ProtocolPage::browse);
    connect(m_file, &QLineEdit::textChanged, m_error, &QLabel::clear);
    retranslate();
}

QString ProtocolPage::protocolFile() const
{
    const QString text = m_file->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void ProtocolPage::setCreateAction(std::function<core::Status()> create)
{
    m_create = std::move(create);
}

bool ProtocolPage::validatePage()
{
    const QString file = protocolFile();
    if (!file.isEmpty() && !QFileInfo(file).isFile()) {
        m_error->setText(tr("The protocol file %1 does not exist. Choose another file, or leave the field empty "
                            "to use the bundled default protocol.")
                             .arg(QDir::toNativeSeparators(file)));
        return false;
    }
    if (!m_create)
        return false;
    m_error->setText(tr("Creating the trial: deriving keys and writing the encrypted database…"));
    m_error->setStyleSheet(QString());
    m_error->repaint();
    // Key derivation (Argon2id) takes about a second; the user must see that something happens.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = m_create();
    QApplication::restoreOverrideCursor();
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    if (!status.ok()) {
        m_error->setText(status.error().message);
        return false;
    }
    m_error->clear();
    return true;
}

void ProtocolPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ProtocolPage::retranslate()
{
    setTitle(tr("Protocol"));
    setSubTitle(tr("The protocol defines arms, strata, eligibility, consent versions and the visit schedule."));
    m_fileLabel->setText(tr("Protocol &file:"));
    m_file->setPlaceholderText(tr("optional"));
    m_browse->setText(tr("B&rowse…"));
    m_hint->setText(tr("Leave empty to use the bundled default protocol of the patient-partner trial. "
                       "\"Create trial\" creates the workspace: this cannot be undone from the wizard."));
    setButtonText(QWizard::CommitButton, tr("&Create trial"));
}

void ProtocolPage::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Protocol file"), protocolFile(),
                                                        tr("Protocol definitions (*.json);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

} // namespace trialdesk::gui
