#pragma once

#include "core/audit/AuditTrail.h"

#include <QAbstractTableModel>
#include <QList>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The audit entries matching a filter, read page by page as the view scrolls (canFetchMore /
// fetchMore), so a trail of 100 000 entries opens at once and scrolls smoothly.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ReasonColumn,
        HashColumn,
        ColumnCount
    };

    explicit AuditTableModel(core::TrialSession &session, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Counts the matching entries and loads the first page. Errors are reported by errorOccurred().
    void setFilter(const core::AuditTrail::Filter &filter);
    const core::AuditTrail::Filter &filter() const { return m_filter; }
    // Entries matching the filter, loaded or not.
    qint64 totalCount() const { return m_total; }
    const core::AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Column titles follow the interface language.
    void retranslate();

signals:
    void errorOccurred(const QString &message);

private:
    core::TrialSession &m_session;
    core::AuditTrail::Filter m_filter;
    QList<core::AuditEntry> m_entries;
    qint64 m_total = 0;
    int m_pageSize = 200;
    bool m_failed = false;
};

} // namespace trialdesk::gui
