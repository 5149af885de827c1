#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace trialdesk::core {
class Clock;
}

namespace trialdesk::gui {

// First-run wizard, the other way in: a workspace folder for a trial that lives on a trial server
// (docs/server.md). The server is given by its host, port and database with the certificate
// authority's file (TLS, sslmode=verify-full), or by the folder of a local server's Unix socket, or
// pasted as a libpq connection string; core (ServerAddress) checks it and refuses anything weaker.
// "Connect" writes the workspace (Workspace::connectToServer: the server's address, no user, no
// password); the user then signs in with their own server account.
class ServerPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Mode { Network, LocalSocket, ConnectionString };

    ServerPage(const core::Clock &clock, QWidget *parent = nullptr);

    // The connection string built from the fields (values quoted as libpq reads them), or as pasted.
    QString conninfo() const;
    QString directory() const;
    // Set once the workspace exists.
    QString connectedDirectory() const { return m_connected; }

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Mode mode() const;
    void showMode();
    void showError(const QString &message);
    void retranslate();

    const core::Clock &m_clock;
    QRadioButton *m_network;
    QRadioButton *m_socket;
    QRadioButton *m_advanced;
    QFormLayout *m_form;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLabel *m_caLabel;
    QLineEdit *m_ca;
    QPushButton *m_browseCa;
    QLabel *m_socketLabel;
    QLineEdit *m_socketFolder;
    QLabel *m_conninfoLabel;
    QLineEdit *m_conninfo;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browseFolder;
    QLabel *m_hint;
    QLabel *m_error;
    QString m_connected;
};

} // namespace trialdesk::gui
