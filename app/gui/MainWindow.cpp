#include "app/gui/MainWindow.h"

#include "app/gui/BackupScheduler.h"
#include "app/gui/ConnectionBanner.h"
#include "app/gui/IdleWatcher.h"
#include "app/gui/LockScreen.h"
#include "app/gui/SectionRegistry.h"
#include "app/gui/admin/NewRecoveryCodeDialog.h"
#include "core/services/KeyService.h"
#include "core/services/SiteService.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
constexpr int kSectionIdRole = Qt::UserRole;
}

MainWindow::MainWindow(std::unique_ptr<core::TrialSession> session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_sections(SectionRegistry::visibleTo(m_session->role()))
    , m_root(new QStackedWidget(this))
    , m_content(new QWidget(m_root))
    , m_navigation(new QListWidget(m_content))
    , m_pageStack(new QStackedWidget(m_content))
    , m_lockScreen(new LockScreen(*m_session, m_root))
    , m_idle(new IdleWatcher(this))
    , m_userLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_siteLabel(new QLabel(this))
    , m_trialLabel(new QLabel(this))
    , m_lockButton(new QPushButton(this))
    , m_backups(new BackupScheduler(*m_session, this))
    , m_backupWarning(new QLabel(this))
    , m_connection(new ConnectionBanner(*m_session, m_content))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_siteLabel->setObjectName(QStringLiteral("siteLabel"));
    m_trialLabel->setObjectName(QStringLiteral("trialLabel"));
    m_backupWarning->setObjectName(QStringLiteral("backupWarningLabel"));
    m_backupWarning->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_backupWarning->hide();

    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFixedWidth(200);
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    for (const Section &section : std::as_const(m_sections)) {
        auto *item = new QListWidgetItem(section.translatedTitle(), m_navigation);
        item->setData(kSectionIdRole, section.id);
        item->setSizeHint(QSize(0, 32));
    }

    auto *outerLayout = new QVBoxLayout(m_content);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->addWidget(m_connection);
    auto *contentLayout = new QHBoxLayout;
    outerLayout->addLayout(contentLayout, 1);
    contentLayout->addWidget(m_navigation);
    contentLayout->addWidget(m_pageStack, 1);
    m_root->addWidget(m_content);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);
    buildStatusBar();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::selectRow);
    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::quitRequested, this, &MainWindow::close);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    m_idle->setTimeoutMs(qMax(1, m_session->idleLockMinutes()) * 60 * 1000);
    m_idle->start();
    // The backup schedule runs while the window is open (administrators): at sign-in, then hourly.
    connect(m_backups, &BackupScheduler::warningChanged, this, [this](const QString &warning) {
        m_backupWarning->setText(warning);
        m_backupWarning->setVisible(!warning.isEmpty());
    });
    connect(m_backups, &BackupScheduler::backedUp, this, [this](const QString &folder) {
        statusBar()->showMessage(tr("Scheduled backup saved in %1.").arg(QDir::toNativeSeparators(folder)), 10000);
    });
    connect(m_backups, &BackupScheduler::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    m_backups->start();
    m_connection->watch();
    resize(1100, 720);
    retranslate();

    // After a password reset, core refuses everything but choosing one's own password.
    if (m_session->mustChangePassword() && showSection(QStringLiteral("account")))
        statusBar()->showMessage(
            tr("An administrator reset your password: choose your own now. Nothing else is allowed until you do."));
    else if (!m_sections.isEmpty())
        m_navigation->setCurrentRow(0);

    // A key rotation interrupted by a crash was finished at this sign-in under a new recovery code: shown
    // once, as soon as the window is up.
    core::TrialSession::FinishedRotation finished = m_session->takeFinishedRotation();
    if (!finished.recoveryCode.isEmpty()) {
        auto *dialog = new NewRecoveryCodeDialog(finished.recoveryCode, finished.resetUsers, this);
        finished.recoveryCode.fill(QLatin1Char(' '));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] {
            if (core::Status confirmed = core::KeyService(*m_session).confirmRecoveryCodeShown(); !confirmed)
                statusBar()->showMessage(confirmed.error().message);
        });
        statusBar()->showMessage(
            tr("A key rotation had been interrupted; signing in finished it. Save the new recovery code now."));
        QMetaObject::invokeMethod(dialog, &QDialog::open, Qt::QueuedConnection);
    }
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::visibleSectionIds() const
{
    QStringList ids;
    for (const Section &section : m_sections)
        ids.append(section.id);
    return ids;
}

QString MainWindow::currentSectionId() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(kSectionIdRole).toString() : QString();
}

bool MainWindow::showSection(const QString &id)
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).id == id) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockScreen;
}

void MainWindow::setIdleTimeoutMs(int milliseconds)
{
    m_idle->setTimeoutMs(milliseconds);
}

int MainWindow::idleTimeoutMs() const
{
    return m_idle->timeoutMs();
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idle->stop();
    // Dialogs opened from the pages (add user ...) would stay on top of the lock screen.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        if (dialog->isVisible())
            dialog->reject();
    m_root->setCurrentWidget(m_lockScreen);
    m_lockButton->setEnabled(false);
    m_navigation->setEnabled(false);
    m_lockScreen->reset();
}

void MainWindow::unlock()
{
    m_root->setCurrentWidget(m_content);
    m_lockButton->setEnabled(true);
    m_navigation->setEnabled(true);
    m_navigation->setFocus();
    m_idle->start();
    // The lock screen read the account again: core applies a role changed meanwhile from now on,
    // but the sections shown are still the old role's.
    retranslate();
    QStringList ids;
    for (const Section &section : SectionRegistry::visibleTo(m_session->role()))
        ids.append(section.id);
    if (ids != visibleSectionIds())
        statusBar()->showMessage(tr("An administrator changed your role to %1: quit and sign in again to see "
                                    "its sections.")
                                     .arg(core::roleDisplayName(m_session->role())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_backups->isActive())
            m_backups->refreshWarning();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    QString title = tr("TrialDesk — %1").arg(m_session->trialName());
    if (m_session->isDemo())
        title += tr(" — DEMO");
    setWindowTitle(title);
    for (int row = 0; row < m_navigation->count() && row < m_sections.size(); ++row)
        m_navigation->item(row)->setText(m_sections.at(row).translatedTitle());
    const core::UserInfo &user = m_session->user();
    m_userLabel->setText(tr("User: %1 (%2)").arg(user.displayName, user.username));
    m_roleLabel->setText(tr("Role: %1").arg(core::roleDisplayName(user.role)));
    m_siteLabel->setText(tr("Site: %1").arg(siteText()));
    // A demo must never pass for a real trial, whatever its name says.
    const QString demoMark = tr("DEMO");
    const bool markNeeded = m_session->isDemo() && !m_session->trialName().contains(demoMark, Qt::CaseInsensitive);
    m_trialLabel->setText(tr("Trial: %1").arg(m_session->trialName())
                          + (markNeeded ? QStringLiteral(" (%1)").arg(demoMark) : QString()));
    if (const auto &server = m_session->server())
        m_trialLabel->setToolTip(tr("On the trial server %1, database %2.").arg(server->host(), server->database()));
    m_lockButton->setText(tr("Lock"));
    m_lockButton->setToolTip(tr("Hide the trial's data until you type your password again (Ctrl+L)."));
    m_lockButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->addWidget(m_backupWarning, 1);
    for (QLabel *label : { m_userLabel, m_roleLabel, m_siteLabel, m_trialLabel }) {
        label->setContentsMargins(6, 0, 6, 0);
        bar->addPermanentWidget(label);
    }
    bar->addPermanentWidget(m_lockButton);
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_sections.size())
        return;
    const Section &section = m_sections.at(row);
    QWidget *page = m_pages.value(section.id);
    if (!page) {
        page = section.create(*m_session, m_pageStack);
        page->setObjectName(section.id + QStringLiteral("Page"));
        m_pages.insert(section.id, page);
        m_pageStack->addWidget(page);
    }
    m_pageStack->setCurrentWidget(page);
}

QString MainWindow::siteText() const
{
    const QString code = m_session->user().siteCode;
    if (code.isEmpty())
        return tr("all sites");
    core::SiteService sites(*m_session);
    const core::Result<QList<core::Site>> list = sites.list();
    if (list.ok()) {
        const bool french = QLocale().language() == QLocale::French;
        for (const core::Site &site : list.value())
            if (site.code == code)
                return QStringLiteral("%1 — %2").arg(code, french ? site.nameFr : site.nameEn);
    }
    return code;
}

} // namespace trialdesk::gui
