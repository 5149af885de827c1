#include "app/gui/audit/AuditPage.h"

#include "app/gui/audit/AuditTableModel.h"
#include "core/services/AuditService.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace trialdesk::gui {

AuditPage::AuditPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditTableModel(session, this))
    , m_heading(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_entityLabel(new QLabel(this))
    , m_entity(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_apply(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_chainStatus(new QLabel(this))
    , m_verify(new QPushButton(this))
    , m_verifyCheckpoints(new QPushButton(this))
    , m_saveCheckpoint(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_user->setObjectName(QStringLiteral("userFilterCombo"));
    m_entity->setObjectName(QStringLiteral("entityFilterCombo"));
    m_fromEnabled->setObjectName(QStringLiteral("fromCheckBox"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEnabled->setObjectName(QStringLiteral("toCheckBox"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_apply->setObjectName(QStringLiteral("applyFilterButton"));
    m_clear->setObjectName(QStringLiteral("clearFilterButton"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_chainStatus->setObjectName(QStringLiteral("chainStatusLabel"));
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verifyCheckpoints->setObjectName(QStringLiteral("verifyCheckpointsButton"));
    m_saveCheckpoint->setObjectName(QStringLiteral("saveCheckpointButton"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    // Free text is allowed (a deactivated user, another entity); the lists are only suggestions.
    m_user->setEditable(true);
    m_user->addItem(QString());
    if (m_session.can(core::Action::UserManage)) {
        const core::Result<QList<core::UserInfo>> users = core::UserService(m_session).list();
        if (users.ok())
            for (const core::UserInfo &user : users.value())
                m_user->addItem(user.username);
    }
    m_entity->setEditable(true);
    for (const char *entity : { "", "user", "session", "site", "settings", "key", "audit", "protocol", "participant" })
        m_entity->addItem(QString::fromLatin1(entity));
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));
    m_userLabel->setBuddy(m_user);
    m_entityLabel->setBuddy(m_entity);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and interactive columns keep scrolling through 100k rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditTableModel::TimeColumn, 150);
    m_chainStatus->setWordWrap(true);
    m_chainStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_verify->setEnabled(m_session.can(core::Action::AuditVerify));
    m_verifyCheckpoints->setEnabled(m_session.can(core::Action::AuditVerify));
    m_saveCheckpoint->setEnabled(m_session.can(core::Action::AuditVerify));
    m_export->setEnabled(m_session.can(core::Action::AuditExport));

    auto *filters = new QGridLayout;
    filters->addWidget(m_userLabel, 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(m_entityLabel, 0, 2);
    filters->addWidget(m_entity, 0, 3);
    filters->addWidget(m_fromEnabled, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toEnabled, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_apply, 0, 4);
    filters->addWidget(m_clear, 1, 4);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    auto *chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chainStatus, 1);
    chainRow->addWidget(m_verify);
    chainRow->addWidget(m_verifyCheckpoints);
    chainRow->addWidget(m_saveCheckpoint);
    chainRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addLayout(chainRow);
    layout->addWidget(m_message);

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_verifyCheckpoints, &QPushButton::clicked, this, &AuditPage::chooseCheckpointsToVerify);
    connect(m_saveCheckpoint, &QPushButton::clicked, this, &AuditPage::chooseCheckpointFile);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_model, &AuditTableModel::errorOccurred, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);
    retranslate();
    applyFilter();
    if (m_session.can(core::Action::AuditVerify))
        verifyChain();
}

core::AuditTrail::Filter AuditPage::currentFilter() const
{
    core::AuditTrail::Filter filter;
    filter.username = m_user->currentText().trimmed();
    filter.entity = m_entity->currentText().trimmed();
    if (m_fromEnabled->isChecked())
        filter.fromUtc = m_from->date().startOfDay().toUTC();
    if (m_toEnabled->isChecked())
        filter.toUtc = m_to->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void AuditPage::applyFilter()
{
    const core::AuditTrail::Filter filter = currentFilter();
    if (filter.fromUtc.isValid() && filter.toUtc.isValid() && filter.fromUtc >= filter.toUtc) {
        showMessage(tr("The start date is after the end date: correct the dates."), true);
        return;
    }
    m_message->clear();
    m_model->setFilter(filter);
}

void AuditPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::AuditTrail::Verification> result = core::AuditService(m_session).verify();
    QApplication::restoreOverrideCursor();
    showVerification(result, QString());
}

void AuditPage::verifyAgainstCheckpoints(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::AuditTrail::Verification> result = core::AuditService(m_session).verifyAgainst(path);
    QApplication::restoreOverrideCursor();
    showVerification(result, path);
}

void AuditPage::saveCheckpointTo(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::AuditTrail::Verification> result = core::AuditService(m_session).saveCheckpoint(path);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showMessage(result.error().message, true);
        return;
    }
    showVerification(result, path);
    showMessage(tr("Checkpoint added to %1: %n entries, head %2.", nullptr, static_cast<int>(result->entries))
                    .arg(QDir::toNativeSeparators(path), QString::fromLatin1(result->head)),
                false);
}

void AuditPage::showVerification(const core::Result<core::AuditTrail::Verification> &result,
                                 const QString &checkpointFile)
{
    if (!result.ok()) {
        m_verified = false;
        m_chainStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_chainStatus->setText(result.error().message);
        return;
    }
    m_lastVerification = result.value();
    m_lastCheckpointFile = checkpointFile;
    m_verified = true;
    retranslate();
}

void AuditPage::chooseCheckpointsToVerify()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Verify against checkpoints"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Checkpoint files and manifests (*.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        verifyAgainstCheckpoints(path);
}

void AuditPage::chooseCheckpointFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("audit-checkpoints.jsonl"));
    // The file grows: an existing one is added to, never replaced.
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a checkpoint"), suggested, tr("Checkpoint files (*.jsonl)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        saveCheckpointTo(path);
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_heading->setText(tr("Audit trail"));
    m_userLabel->setText(tr("&User:"));
    m_user->lineEdit()->setPlaceholderText(tr("any"));
    m_entityLabel->setText(tr("&Entity:"));
    m_entity->lineEdit()->setPlaceholderText(tr("any"));
    m_fromEnabled->setText(tr("&From:"));
    m_toEnabled->setText(tr("&To (inclusive):"));
    m_apply->setText(tr("&Apply filter"));
    m_clear->setText(tr("C&lear filter"));
    m_verify->setText(tr("&Verify chain"));
    m_verifyCheckpoints->setText(tr("Verify against c&heckpoints…"));
    m_saveCheckpoint->setText(tr("&Save checkpoint…"));
    m_export->setText(tr("E&xport CSV…"));
    m_model->retranslate();
    updateCount();
    if (!m_verified) {
        if (!m_session.can(core::Action::AuditVerify))
            m_chainStatus->setText(tr("Chain verification is not available to your role."));
        return;
    }
    if (m_lastVerification.ok) {
        QString text = tr("Chain intact: %n entries, head %1", nullptr, static_cast<int>(m_lastVerification.entries))
                           .arg(QString::fromLatin1(m_lastVerification.head));
        if (!m_lastCheckpointFile.isEmpty())
            text += QLatin1Char(' ')
                + tr("It matches %n checkpoint(s) of %1.", nullptr, m_lastVerification.checkpointsMatched)
                      .arg(QDir::toNativeSeparators(m_lastCheckpointFile));
        for (const core::AuditTrail::Finding &warning : std::as_const(m_lastVerification.timeWarnings))
            text += QLatin1Char('\n') + tr("Warning: %1").arg(warning.problem);
        m_chainStatus->setStyleSheet(m_lastVerification.clean() ? QStringLiteral("color: #1b7f3b;")
                                                                : QStringLiteral("color: #a15c00; font-weight: bold;"));
        m_chainStatus->setText(text);
    } else {
        m_chainStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_chainStatus->setText(
            tr("Chain BROKEN at entry %1: %2").arg(m_lastVerification.brokenId).arg(m_lastVerification.problem));
    }
}

void AuditPage::clearFilter()
{
    m_user->setCurrentText(QString());
    m_entity->setCurrentText(QString());
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    applyFilter();
}

void AuditPage::exportCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("audit-trail-%1.csv")
                                                .arg(m_session.clock().nowUtc().toString(QStringLiteral("yyyyMMdd"))));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = core::AuditService(m_session).exportCsv(m_model->filter(), path);
    QApplication::restoreOverrideCursor();
    if (!status.ok()) {
        showMessage(status.error().message, true);
        return;
    }
    const int exported = static_cast<int>(m_model->totalCount());
    // The export itself is audited: show it.
    applyFilter();
    showMessage(tr("Exported %n entries to %1.", nullptr, exported).arg(QDir::toNativeSeparators(path)), false);
}

void AuditPage::updateCount()
{
    const int total = static_cast<int>(m_model->totalCount());
    if (m_model->rowCount() >= total)
        m_count->setText(tr("%n matching entries.", nullptr, total));
    else
        m_count->setText(
            tr("%1 of %n matching entries loaded; scroll down for more.", nullptr, total).arg(m_model->rowCount()));
}

void AuditPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
