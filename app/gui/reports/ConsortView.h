#pragma once

#include "reports/ConsortReport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The CONSORT flow diagram as an image, with Save as PNG, SVG or PDF. Blinded roles see why they
// may not have it instead.
class ConsortView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsortView(core::TrialSession &session, QWidget *parent = nullptr);

    void refresh();
    // Writes the diagram in the format of the file's suffix (png, svg, pdf, json).
    core::Status saveTo(const QString &path);

private:
    void save();

    core::TrialSession &m_session;
    std::optional<reports::ConsortFlow> m_flow;
    std::optional<reports::ReportContext> m_context;
    QLabel *m_message;
    QLabel *m_image;
    QPushButton *m_refresh;
    QPushButton *m_save;
};

} // namespace trialdesk::gui
