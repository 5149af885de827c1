#include "app/gui/participants/ScreeningResultPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace trialdesk::gui {

ScreeningResultPage::ScreeningResultPage(QWidget *parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
    , m_studyId(new QLabel(this))
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Recorded"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_studyId->setObjectName(QStringLiteral("studyIdLabel"));
    m_summary->setWordWrap(true);
    QFont font = m_studyId->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_studyId->setFont(font);
    m_studyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_studyId);
    layout->addStretch(1);
}

void ScreeningResultPage::setRecorded(const QString &screeningNumber, const QString &outcomeText,
                                      const QString &studyId)
{
    if (studyId.isEmpty()) {
        m_summary->setText(tr("Screening %1 is recorded in the screening log: %2. The person is not enrolled.")
                               .arg(screeningNumber, outcomeText));
        m_studyId->clear();
        return;
    }
    m_summary->setText(tr("Screening %1, consent and registration are recorded. Write the study ID in the "
                          "participant's file; randomize from the participant's page.")
                           .arg(screeningNumber));
    m_studyId->setText(tr("Study ID: %1").arg(studyId));
}

} // namespace trialdesk::gui
