#include "app/gui/reports/ConsortView.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace trialdesk::gui {

ConsortView::ConsortView(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new QLabel(this))
    , m_image(new QLabel)
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_save(new QPushButton(tr("Save as PNG, SVG or PDF\u2026"), this))
{
    m_message->setObjectName(QStringLiteral("consortMessage"));
    m_message->setWordWrap(true);
    m_image->setObjectName(QStringLiteral("consortImage"));
    m_image->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_save->setObjectName(QStringLiteral("consortSave"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    connect(m_refresh, &QPushButton::clicked, this, &ConsortView::refresh);
    connect(m_save, &QPushButton::clicked, this, &ConsortView::save);
    refresh();
}

void ConsortView::refresh()
{
    m_flow.reset();
    auto context = reports::ReportContext::forSession(m_session);
    auto flow = reports::ConsortReport::compute(m_session);
    if (!context || !flow) {
        m_message->setText(!flow ? flow.error().message : context.error().message);
        m_image->clear();
        m_save->setEnabled(false);
        return;
    }
    m_context = context.value();
    m_flow = flow.value();
    m_message->setText(tr("Data cut %1; primary outcome visit: %2.")
                           .arg(QLocale().toString(m_context->dataCutUtc.toLocalTime(), QLocale::ShortFormat),
                                m_flow->primaryOutcomeVisitName));
    m_image->setPixmap(QPixmap::fromImage(reports::ConsortReport::toImage(*m_flow, 1000)));
    m_save->setEnabled(true);
}

core::Status ConsortView::saveTo(const QString &path)
{
    if (!m_flow || !m_context)
        return core::makeError(core::ErrorCode::InvalidInput, tr("There is no diagram to save: refresh it first."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return reports::ConsortReport::writePng(*m_flow, path);
    if (suffix == QLatin1String("svg"))
        return reports::ConsortReport::writeSvg(*m_flow, *m_context, path);
    if (suffix == QLatin1String("json"))
        return reports::ConsortReport::writeJson(*m_flow, *m_context, path);
    if (suffix == QLatin1String("pdf"))
        return reports::ConsortReport::writePdf(*m_flow, *m_context, path);
    return core::makeError(core::ErrorCode::InvalidInput,
                           tr("\"%1\" is not a format the diagram can be saved in: name the file .png, .svg, .pdf or "
                              ".json.")
                               .arg(suffix));
}

void ConsortView::save()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the CONSORT diagram"), QDir::home().filePath(QStringLiteral("consort.pdf")),
        tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Numbers as JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    const core::Status status = saveTo(path);
    m_message->setText(status ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : status.error().message);
}

} // namespace trialdesk::gui
