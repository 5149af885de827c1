#include "app/gui/participants/ParticipantTableModel.h"

#include "app/gui/participants/TrialProtocol.h"
#include "core/enrollment/ParticipantService.h"
#include "core/workspace/TrialSession.h"

#include <QLocale>

namespace trialdesk::gui {

ParticipantTableModel::ParticipantTableModel(core::TrialSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_columns << Field::StudyId;
    if (m_session.can(core::Action::IdentityView))
        m_columns << Field::Name;
    m_columns << Field::Site << Field::Status << Field::Registered << Field::Randomized;
    if (m_session.can(core::Action::ArmView))
        m_columns << Field::Arm;
    retranslate();
}

void ParticipantTableModel::setQuery(const core::ParticipantQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.afterKey = 0;
    m_query.offset = 0;
    m_rows.clear();
    m_lastKey = 0;
    m_atEnd = false;
    const core::Result<qint64> count = core::ParticipantService(m_session).count(m_query);
    if (count.ok()) {
        m_total = count.value();
        m_atEnd = m_total == 0;
    } else {
        m_total = -1;
        m_atEnd = true;
        emit errorOccurred(count.error().message);
    }
    endResetModel();
    if (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const core::ParticipantSummary &row = m_rows.at(index.row());
    const Field field = m_columns.at(index.column());
    if (role == Qt::ToolTipRole && field == Field::Arm)
        return row.armCode;
    if (role != Qt::DisplayRole)
        return {};
    switch (field) {
    case Field::StudyId:
        return row.studyId;
    case Field::Name:
        return row.displayName;
    case Field::Site:
        return row.siteCode;
    case Field::Status:
        return core::participantStatusDisplayName(row.status);
    case Field::Registered:
        return row.registeredAt.isValid()
            ? QLocale().toString(row.registeredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
    case Field::Randomized:
        return row.randomizedAt.isValid()
            ? QLocale().toString(row.randomizedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
    case Field::Arm:
        return row.armCode.isEmpty() ? QString() : m_armNames.value(row.armCode, row.armCode);
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Field::StudyId:
        return tr("Study ID");
    case Field::Name:
        return tr("Name");
    case Field::Site:
        return tr("Site");
    case Field::Status:
        return tr("Status");
    case Field::Registered:
        return tr("Registered");
    case Field::Randomized:
        return tr("Randomized");
    case Field::Arm:
        return tr("Arm");
    }
    return {};
}

bool ParticipantTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ParticipantTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    core::ParticipantQuery page = m_query;
    page.limit = m_pageSize;
    page.afterKey = m_lastKey;
    page.offset = 0;
    const core::Result<core::ParticipantPage> rows = core::ParticipantService(m_session).list(page);
    if (!rows.ok()) {
        m_atEnd = true;
        emit errorOccurred(rows.error().message);
        return;
    }
    // A short page is the end, whatever the count said (participants may have been added since).
    if (rows->rows.size() < m_pageSize)
        m_atEnd = true;
    if (rows->rows.isEmpty())
        return;
    m_lastKey = rows->keys.constLast();
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows->rows.size()) - 1);
    m_rows.append(rows->rows);
    endInsertRows();
}

void ParticipantTableModel::retranslate()
{
    m_armNames.clear();
    if (m_session.can(core::Action::ArmView)) {
        const core::Result<core::Protocol> protocol = TrialProtocol::current(m_session);
        if (protocol.ok())
            for (const core::ProtocolArm &arm : protocol->arms)
                m_armNames.insert(arm.code, arm.name.current());
    }
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(m_columns.size()) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0),
                         index(static_cast<int>(m_rows.size()) - 1, static_cast<int>(m_columns.size()) - 1));
}

} // namespace trialdesk::gui
