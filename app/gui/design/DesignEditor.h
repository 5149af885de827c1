#pragma once

#include "core/Result.h"
#include "core/design/DesignSummary.h"
#include "randomization/Design.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The randomization design editor (statistician, administrator): arms' weights, allowed block
// multiples with the resulting block sizes, method and minimization parameters, the protocol's
// factors (read only), the seed (generated, hidden; a new one on request), saved as a new version
// with a reason. Everything is disabled, with a banner, once the design is locked. Also reveals
// the seed (confirmed, audited) and exports the allocation list.
class DesignEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DesignEditor(core::TrialSession &session, QWidget *parent = nullptr);

    // The design the fields describe (seed: the stored one is never loaded here, so zero), or why
    // the fields do not make one.
    randomization::Checked<randomization::Design> editedDesign() const;
    bool isLocked() const { return m_locked; }
    int version() const { return m_summary.version; }

public slots:
    // Reloads the stored design into the fields.
    void reload();
    // Saves the fields as a new version with the reason typed; shows the outcome.
    void save();
    void revealSeed();
    void exportList();

signals:
    void designChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDerived();
    void updateEnabled();
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    core::DesignSummary m_summary;
    randomization::Design m_stored; // seed zeroed
    bool m_locked = false;
    bool m_newSeed = false;

    QLabel *m_heading;
    QLabel *m_banner;
    QLabel *m_versionLabel;
    QFormLayout *m_form;
    QComboBox *m_method;
    QTableWidget *m_arms;
    QLineEdit *m_multiples;
    QLabel *m_blockSizes;
    QGroupBox *m_minimizationBox;
    QDoubleSpinBox *m_probability;
    QComboBox *m_measure;
    QTreeWidget *m_factors;
    QLabel *m_seedLabel;
    QPushButton *m_newSeedButton;
    QLineEdit *m_reason;
    QPushButton *m_save;
    QPushButton *m_revealSeed;
    QPushButton *m_export;
    QLabel *m_message;
    // Form row labels, in row order: method, arms, multiples, minimization, factors, seed, reason,
    // then the minimization group's probability and measure.
    QList<QLabel *> m_rowLabels;
};

} // namespace trialdesk::gui
