#pragma once

#include "core/workspace/Site.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace trialdesk::gui {

// First-run wizard, step 3: the recruiting sites (at least one).
class SitesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SitesPage(QWidget *parent = nullptr);

    QList<core::Site> sites() const;
    bool isComplete() const override;

    static bool isValidSiteCode(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRow(const QString &code, const QString &nameFr, const QString &nameEn);
    void removeSelected();
    void updateFeedback();
    QString problem() const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_feedback;
};

} // namespace trialdesk::gui
