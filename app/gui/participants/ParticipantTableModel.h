#pragma once

#include "core/enrollment/Participant.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The participants matching a query, read page by page as the view scrolls (keyset paging through
// ParticipantService::list, canFetchMore / fetchMore), so a trial of 100,000 participants opens at
// once. The arm column exists only for roles with Action::ArmView and the name column only for
// roles with Action::IdentityView: for the others the columns are absent, not merely empty.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Field { StudyId, Name, Site, Status, Registered, Randomized, Arm };

    explicit ParticipantTableModel(core::TrialSession &session, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 10000); }
    int pageSize() const { return m_pageSize; }

    // Resets to the query's first page and counts the matches. Errors go to errorOccurred().
    void setQuery(const core::ParticipantQuery &query);
    const core::ParticipantQuery &query() const { return m_query; }
    // Participants matching the query, loaded or not (-1 when the count failed).
    qint64 totalCount() const { return m_total; }
    const core::ParticipantSummary &participant(int row) const { return m_rows.at(row); }
    QString studyId(int row) const { return m_rows.at(row).studyId; }
    // The column showing the field, or -1 when the role does not see it.
    int column(Field field) const { return static_cast<int>(m_columns.indexOf(field)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Column titles and status names follow the interface language.
    void retranslate();

signals:
    void errorOccurred(const QString &message);

private:
    core::TrialSession &m_session;
    QList<Field> m_columns;
    QHash<QString, QString> m_armNames; // code -> name in the current language (ArmView roles only)
    core::ParticipantQuery m_query;
    QList<core::ParticipantSummary> m_rows;
    qint64 m_lastKey = 0;
    qint64 m_total = 0;
    int m_pageSize = 200;
    bool m_atEnd = true;
};

} // namespace trialdesk::gui
