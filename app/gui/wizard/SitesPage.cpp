#include "app/gui/wizard/SitesPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
enum Column { CodeColumn, NameFrColumn, NameEnColumn, ColumnCount };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().simplified() : QString();
}
} // namespace

SitesPage::SitesPage(QWidget *parent)
    : QWizardPage(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_feedback(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("sitesTable"));
    m_add->setObjectName(QStringLiteral("addSiteButton"));
    m_remove->setObjectName(QStringLiteral("removeSiteButton"));
    m_feedback->setObjectName(QStringLiteral("sitesFeedbackLabel"));
    m_feedback->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_feedback->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, CodeColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, CodeColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &SitesPage::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &SitesPage::updateFeedback);
    connect(m_table, &QTableWidget::currentCellChanged, this, &SitesPage::updateFeedback);

    addRow(QStringLiteral("ICM"), QStringLiteral("Institut de Cardiologie de Montréal"),
           QStringLiteral("Montreal Heart Institute"));
    retranslate();
}

QList<core::Site> SitesPage::sites() const
{
    QList<core::Site> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::Site site;
        site.code = cellText(m_table, row, CodeColumn).toUpper();
        site.nameFr = cellText(m_table, row, NameFrColumn);
        site.nameEn = cellText(m_table, row, NameEnColumn);
        result.append(site);
    }
    return result;
}

bool SitesPage::isComplete() const
{
    return problem().isEmpty();
}

bool SitesPage::isValidSiteCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,7}$"));
    return pattern.match(code).hasMatch();
}

void SitesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SitesPage::retranslate()
{
    setTitle(tr("Sites"));
    setSubTitle(tr("List the recruiting sites. The code (2 to 8 capital letters or digits, starting with a letter) "
                   "prefixes the study "
                   "IDs of the site's participants."));
    m_table->setHorizontalHeaderLabels({ tr("Code"), tr("Name (French)"), tr("Name (English)") });
    m_add->setText(tr("&Add site"));
    m_remove->setText(tr("&Remove site"));
    updateFeedback();
}

void SitesPage::addRow(const QString &code, const QString &nameFr, const QString &nameEn)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, CodeColumn, new QTableWidgetItem(code));
    m_table->setItem(row, NameFrColumn, new QTableWidgetItem(nameFr));
    m_table->setItem(row, NameEnColumn, new QTableWidgetItem(nameEn));
    updateFeedback();
}

void SitesPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateFeedback();
}

QString SitesPage::problem() const
{
    const QList<core::Site> list = sites();
    if (list.isEmpty())
        return tr("Add at least one site.");
    QStringList codes;
    for (int row = 0; row < list.size(); ++row) {
        const core::Site &site = list.at(row);
        if (!isValidSiteCode(site.code))
            return tr("Row %1: the code must be 2 to 8 capital letters or digits, starting with a letter.")
                .arg(row + 1);
        if (site.nameFr.isEmpty() || site.nameEn.isEmpty())
            return tr("Row %1: give the site's name in French and in English.").arg(row + 1);
        if (codes.contains(site.code))
            return tr("Row %1: the code %2 is used twice.").arg(row + 1).arg(site.code);
        codes.append(site.code);
    }
    return {};
}

void SitesPage::updateFeedback()
{
    m_feedback->setText(problem());
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit completeChanged();
}

} // namespace trialdesk::gui
