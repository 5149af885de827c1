#include "app/gui/wizard/ServerPage.h"

#include "core/server/ServerAddress.h"
#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QButtonGroup>
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
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizard>

namespace trialdesk::gui {

namespace {
// The certificate authority's row holds a layout (the field and its Browse button).
constexpr int kCaRow = 4;

QString cleanPath(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}
} // namespace

ServerPage::ServerPage(const core::Clock &clock, QWidget *parent)
    : QWizardPage(parent)
    , m_clock(clock)
    , m_network(new QRadioButton(this))
    , m_socket(new QRadioButton(this))
    , m_advanced(new QRadioButton(this))
    , m_form(new QFormLayout)
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLineEdit(this))
    , m_caLabel(new QLabel(this))
    , m_ca(new QLineEdit(this))
    , m_browseCa(new QPushButton(this))
    , m_socketLabel(new QLabel(this))
    , m_socketFolder(new QLineEdit(this))
    , m_conninfoLabel(new QLabel(this))
    , m_conninfo(new QLineEdit(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browseFolder(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("serverPage"));
    m_network->setObjectName(QStringLiteral("networkServerRadio"));
    m_socket->setObjectName(QStringLiteral("socketServerRadio"));
    m_advanced->setObjectName(QStringLiteral("conninfoServerRadio"));
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_ca->setObjectName(QStringLiteral("serverCaFileEdit"));
    m_browseCa->setObjectName(QStringLiteral("browseCaFileButton"));
    m_socketFolder->setObjectName(QStringLiteral("serverSocketEdit"));
    m_conninfo->setObjectName(QStringLiteral("serverConninfoEdit"));
    m_folder->setObjectName(QStringLiteral("serverWorkspaceFolderEdit"));
    m_browseFolder->setObjectName(QStringLiteral("browseServerWorkspaceButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_socketFolder->setText(QStringLiteral("/var/run/postgresql"));
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_caLabel->setBuddy(m_ca);
    m_socketLabel->setBuddy(m_socketFolder);
    m_conninfoLabel->setBuddy(m_conninfo);
    m_folderLabel->setBuddy(m_folder);
    m_network->setChecked(true);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_network);
    modes->addButton(m_socket);
    modes->addButton(m_advanced);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_browseCa);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browseFolder);
    m_form->addRow(m_hostLabel, m_host);
    m_form->addRow(m_socketLabel, m_socketFolder);
    m_form->addRow(m_portLabel, m_port);
    m_form->addRow(m_databaseLabel, m_database);
    m_form->addRow(m_caLabel, caRow);
    m_form->addRow(m_conninfoLabel, m_conninfo);
    m_form->addRow(m_folderLabel, folderRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_network);
    layout->addWidget(m_socket);
    layout->addWidget(m_advanced);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (QLineEdit *edit : { m_host, m_database, m_ca, m_socketFolder, m_conninfo, m_folder }) {
        connect(edit, &QLineEdit::textChanged, this, &ServerPage::completeChanged);
        connect(edit, &QLineEdit::textChanged, m_error, &QLabel::clear);
    }
    connect(modes, &QButtonGroup::buttonToggled, this, [this] {
        showMode();
        m_error->clear();
        emit completeChanged();
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Certificate authority"), cleanPath(m_ca),
                                                            tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!chosen.isEmpty())
            m_ca->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_browseFolder, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Workspace folder"), directory());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    showMode();
    retranslate();
}

ServerPage::Mode ServerPage::mode() const
{
    if (m_socket->isChecked())
        return Mode::LocalSocket;
    if (m_advanced->isChecked())
        return Mode::ConnectionString;
    return Mode::Network;
}

void ServerPage::showMode()
{
    const Mode current = mode();
    const bool fields = current != Mode::ConnectionString;
    m_form->setRowVisible(m_host, current == Mode::Network);
    m_form->setRowVisible(m_socketFolder, current == Mode::LocalSocket);
    m_form->setRowVisible(m_port, fields);
    m_form->setRowVisible(m_database, fields);
    m_form->setRowVisible(kCaRow, current == Mode::Network);
    m_form->setRowVisible(m_conninfo, current == Mode::ConnectionString);
}

QString ServerPage::conninfo() const
{
    using core::ServerAddress;
    switch (mode()) {
    case Mode::ConnectionString:
        return m_conninfo->text().trimmed();
    case Mode::LocalSocket:
        return QStringLiteral("host=%1 port=%2 dbname=%3")
            .arg(ServerAddress::quoteValue(cleanPath(m_socketFolder)))
            .arg(m_port->value())
            .arg(ServerAddress::quoteValue(m_database->text().trimmed()));
    case Mode::Network:
        break;
    }
    return QStringLiteral("host=%1 port=%2 dbname=%3 sslmode=verify-full sslrootcert=%4")
        .arg(ServerAddress::quoteValue(m_host->text().trimmed()))
        .arg(m_port->value())
        .arg(ServerAddress::quoteValue(m_database->text().trimmed()),
             ServerAddress::quoteValue(QDir::toNativeSeparators(cleanPath(m_ca))));
}

QString ServerPage::directory() const
{
    return cleanPath(m_folder);
}

bool ServerPage::isComplete() const
{
    if (directory().isEmpty())
        return false;
    switch (mode()) {
    case Mode::ConnectionString:
        return !m_conninfo->text().trimmed().isEmpty();
    case Mode::LocalSocket:
        return !m_socketFolder->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    case Mode::Network:
        break;
    }
    return !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_ca->text().trimmed().isEmpty();
}

bool ServerPage::validatePage()
{
    if (!m_connected.isEmpty())
        return true;
    // The certificate authority's file is read by libpq only when connecting: say now if it is not there.
    if (mode() == Mode::Network && !QFileInfo(cleanPath(m_ca)).isFile()) {
        showError(tr("The certificate authority file %1 does not exist. Choose the file your trial server's "
                     "administrator gave you (often ca.crt).")
                      .arg(QDir::toNativeSeparators(cleanPath(m_ca))));
        return false;
    }
    const core::Result<core::ServerAddress> address = core::ServerAddress::parse(conninfo());
    if (!address.ok()) {
        showError(address.error().message);
        return false;
    }
    const QString folder = directory();
    if (!QDir::isAbsolutePath(folder)) {
        showError(tr("Give the full path of the workspace folder, for example %1.")
                      .arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/trial"))));
        return false;
    }
    if (core::Workspace::exists(folder)) {
        showError(tr("This folder already holds a trial workspace. Choose another folder, or cancel and open the "
                     "existing trial with --workspace."));
        return false;
    }
    // Nothing is written for a server that does not answer (a wrong address, port or certificate).
    showError(tr("Looking for the trial server…"));
    m_error->setStyleSheet(QString());
    m_error->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool answers = address->acceptsConnections();
    QApplication::restoreOverrideCursor();
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    if (!answers) {
        showError(tr("The trial server does not answer at this address, or its certificate is not signed by the "
                     "certificate authority given. Check the server, the port, the database and the certificate "
                     "file, then try again; nothing was written."));
        return false;
    }
    const core::Status connected = core::Workspace::connectToServer(folder, address->conninfo(), m_clock);
    if (!connected.ok()) {
        showError(connected.error().message);
        return false;
    }
    m_connected = folder;
    m_error->clear();
    return true;
}

void ServerPage::showError(const QString &message)
{
    m_error->setText(message);
}

void ServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ServerPage::retranslate()
{
    setTitle(tr("Connect to a trial server"));
    setSubTitle(tr("The trial lives on a PostgreSQL server; this computer keeps only a folder naming the server. "
                   "You sign in with your own account on the server."));
    m_network->setText(tr("A server on the &network (TLS, the server's certificate checked)"));
    m_socket->setText(tr("A server on &this computer (Unix socket)"));
    m_advanced->setText(tr("A connection &string (advanced)"));
    m_hostLabel->setText(tr("&Server:"));
    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setPlaceholderText(tr("the trial's database, e.g. pilot"));
    m_caLabel->setText(tr("&Certificate authority:"));
    m_ca->setPlaceholderText(tr("the file that signed the server's certificate, e.g. ca.crt"));
    m_browseCa->setText(tr("Bro&wse…"));
    m_socketLabel->setText(tr("Soc&ket folder:"));
    m_conninfoLabel->setText(tr("Connection s&tring:"));
    m_conninfo->setPlaceholderText(
        tr("host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt"));
    m_folderLabel->setText(tr("Workspace &folder:"));
    m_browseFolder->setText(tr("Browse…"));
    m_hint->setText(tr("No password is kept on this computer: the folder names the server only. \"Connect\" "
                       "writes it; then sign in with the user name and password the trial's administrator gave "
                       "you."));
    setButtonText(QWizard::FinishButton, tr("&Connect"));
}

} // namespace trialdesk::gui
