#include "app/gui/wizard/TrialPage.h"

#include "app/gui/FirstRunWizard.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace trialdesk::gui {

TrialPage::TrialPage(QWidget *parent)
    : QWizardPage(parent)
    , m_createLocal(new QRadioButton(this))
    , m_connectServer(new QRadioButton(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_createLocal->setObjectName(QStringLiteral("createLocalTrialRadio"));
    m_connectServer->setObjectName(QStringLiteral("connectServerRadio"));
    m_createLocal->setChecked(true);
    m_name->setObjectName(QStringLiteral("trialNameEdit"));
    m_folder->setObjectName(QStringLiteral("workspaceFolderEdit"));
    m_browse->setObjectName(QStringLiteral("browseWorkspaceButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_nameLabel->setBuddy(m_name);
    m_folderLabel->setBuddy(m_folder);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(QString(), m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_createLocal);
    layout->addWidget(m_connectServer);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &TrialPage::followTrialName);
    connect(m_name, &QLineEdit::textChanged, this, &TrialPage::completeChanged);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    connect(m_folder, &QLineEdit::textChanged, this, &TrialPage::completeChanged);
    connect(m_folder, &QLineEdit::textChanged, m_error, &QLabel::clear);
    connect(m_browse, &QPushButton::clicked, this, &TrialPage::browse);
    connect(m_connectServer, &QRadioButton::toggled, this, &TrialPage::showChoice);
    showChoice();
    retranslate();
}

QString TrialPage::trialName() const
{
    return m_name->text().simplified();
}

QString TrialPage::directory() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

bool TrialPage::connectsToServer() const
{
    return m_connectServer->isChecked();
}

void TrialPage::showChoice()
{
    // The server's page asks for its own folder: a new trial's name and folder do not apply.
    const bool local = !connectsToServer();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_nameLabel, m_name, m_folderLabel, m_folder, m_browse })
        widget->setVisible(local);
    m_error->clear();
    setSubTitle(local ? tr("Name the trial and choose the folder that will hold its encrypted database, key slots and "
                           "backups.")
                      : tr("The trial already lives on a trial server: the next page asks where it is."));
    emit completeChanged();
}

int TrialPage::nextId() const
{
    return connectsToServer() ? FirstRunWizard::ServerPageId : FirstRunWizard::AdminPageId;
}

bool TrialPage::isComplete() const
{
    if (connectsToServer())
        return true;
    return !trialName().isEmpty() && !directory().isEmpty();
}

bool TrialPage::validatePage()
{
    if (connectsToServer())
        return true;
    const QString folder = directory();
    if (!QDir::isAbsolutePath(folder)) {
        m_error->setText(tr("Give the full path of the workspace folder, for example %1.")
                             .arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/trial"))));
        return false;
    }
    if (core::Workspace::exists(folder)) {
        m_error->setText(tr("This folder already holds a trial workspace. Choose another folder, or cancel and "
                            "open the existing trial with --workspace."));
        return false;
    }
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        m_error->setText(tr("%1 is a file, not a folder. Choose a folder.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    if (info.isDir() && !QDir(folder).isEmpty()) {
        m_error->setText(tr("The folder %1 is not empty. Choose an empty or new folder for the workspace.")
                             .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_error->clear();
    return true;
}

void TrialPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void TrialPage::retranslate()
{
    setTitle(tr("Trial"));
    m_createLocal->setText(tr("Create a &new trial on this computer (an encrypted workspace)"));
    m_connectServer->setText(tr("Connect to a trial on a trial &server"));
    showChoice();
    m_nameLabel->setText(tr("Trial &name:"));
    m_name->setPlaceholderText(tr("e.g. Patient partners in cardiac rehabilitation"));
    m_folderLabel->setText(tr("Workspace &folder:"));
    m_browse->setText(tr("&Browse…"));
}

void TrialPage::followTrialName()
{
    // Propose a folder named after the trial until the user picks one.
    if (m_folderEdited)
        return;
    QString slug = trialName().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.isEmpty()) {
        m_folder->clear();
        return;
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_folder->setText(QDir::toNativeSeparators(base + QStringLiteral("/trials/") + slug.left(48)));
}

void TrialPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Workspace folder"), directory());
    if (chosen.isEmpty())
        return;
    m_folderEdited = true;
    m_folder->setText(QDir::toNativeSeparators(chosen));
}

} // namespace trialdesk::gui
