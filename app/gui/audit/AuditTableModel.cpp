#include "app/gui/audit/AuditTableModel.h"

#include "core/security/ElectronicSignature.h"
#include "core/services/AuditService.h"
#include "core/workspace/TrialSession.h"

#include <QLocale>

namespace trialdesk::gui {

namespace {
QString optionalText(const std::optional<QString> &value)
{
    return value.has_value() ? *value : QString();
}
} // namespace

AuditTableModel::AuditTableModel(core::TrialSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void AuditTableModel::setFilter(const core::AuditTrail::Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_entries.clear();
    m_total = 0;
    m_failed = false;
    const core::Result<qint64> count = core::AuditService(m_session).count(m_filter);
    if (count.ok()) {
        m_total = count.value();
    } else {
        m_failed = true;
        emit errorOccurred(count.error().message);
    }
    endResetModel();
    if (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == HashColumn)
        return QString::fromLatin1(entry.hash);
    // A signature is stored with its meaning as a code: shown in words, the stored text as tooltip.
    if (role == Qt::ToolTipRole && index.column() == NewValueColumn)
        return optionalText(entry.newValue);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        // Stored in UTC; shown in the workstation's time, with seconds, as monitors compare them.
        return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return entry.username;
    case ActionColumn:
        return entry.action;
    case EntityColumn:
        return entry.entity;
    case EntityIdColumn:
        return entry.entityId;
    case FieldColumn:
        return entry.field;
    case OldValueColumn:
        return optionalText(entry.oldValue);
    case NewValueColumn:
        if (const auto signature = core::ElectronicSignature::fromAuditEntry(entry))
            return signature->displayText();
        return optionalText(entry.newValue);
    case ReasonColumn:
        return optionalText(entry.reason);
    case HashColumn:
        return QString::fromLatin1(entry.hash.left(12));
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Entity ID");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    case ReasonColumn:
        return tr("Reason");
    case HashColumn:
        return tr("Hash");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && m_entries.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    core::AuditTrail::Filter page = m_filter;
    page.limit = m_pageSize;
    page.offset = static_cast<int>(m_entries.size());
    const core::Result<QList<core::AuditEntry>> entries = core::AuditService(m_session).entries(page);
    if (!entries.ok()) {
        m_failed = true;
        emit errorOccurred(entries.error().message);
        return;
    }
    if (entries.value().isEmpty()) {
        // Fewer entries than counted (the filter's window moved): stop asking.
        m_total = m_entries.size();
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(entries.value().size()) - 1);
    m_entries.append(entries.value());
    endInsertRows();
}

void AuditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace trialdesk::gui
