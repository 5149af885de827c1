#pragma once

#include "core/Result.h"
#include "core/data/FormEntry.h"

#include <QList>
#include <QString>

namespace trialdesk::core {

class TrialSession;

// Form data: form definitions (FormDefinitionService), entries and their workflow
// (FormEntryService), data queries (DataQueryService). The rules below hold for all three (their
// messages share the translation context trialdesk::core::FormDataService).
//
// Permissions: entering and editing need Action::FormEnter; reading form data needs one of
// FormEnter, FormVerify, FormLock or DataExport; verify needs FormVerify; lock/unlock FormLock;
// raising and closing queries QueryRaise, answering QueryAnswer. A user tied to a site works on
// that site's participants only (another site's participant is refused as for participants).
//
// Blinding: for a role without Action::ArmView, intervention-only forms (category Intervention,
// e.g. PP_CONTACT) and any entry at an arm-specific visit do not exist: no call returns them, no
// count includes them, and a call naming one (entry id, form code, visit code, query id) is refused
// with ErrorCode::NotFound and the same message as a truly unknown one.
//
// Definitions: the bundled definitions (forms::BundledForms) are installed into form_definitions
// (code, version, JSON, SHA-256; audited) the first time they are needed; an entry records the
// version it was entered with and is always read and validated with that version's definition.
//
// Saving: values are validated with forms::validate (complete=false for drafts, true to complete);
// computed scores are recomputed and stored. A refused save writes nothing; when the refusal is a
// validation failure, `problems` (if given) receives each item's problem and the error message
// lists them. Every value change is audited in the save's transaction, one audit record per item
// (old and new canonical value, "missing:<code>" for a missing-data code), with the reason when
// completed data change.
class FormEntryService
{
public:
    explicit FormEntryService(TrialSession &session)
        : m_session(session)
    {
    }

    // Each visit's expected forms and their state, then the unscheduled forms (see ParticipantForms).
    Result<ParticipantForms> expectedForms(const QString &studyId) const;
    // Every entry of a participant with its values, in visit order then form order, unscheduled last.
    Result<QList<FormEntry>> entries(const QString &studyId) const;
    Result<FormEntry> entry(qint64 entryId) const;
    // The entry at a slot (instance 0 = 1); NotFound when not started.
    Result<FormEntry> findEntry(const FormSlot &slot) const;

    // Creates the entry (as a draft) or updates a draft. Refuses complete/verified/locked entries
    // (use edit). Returns the entry id.
    Result<qint64> saveDraft(const FormSlot &slot, const forms::Answers &answers,
                             QList<forms::ItemProblem> *problems = nullptr);
    // Creates or updates a draft and marks it complete (full validation). Refuses an entry already
    // complete (use edit). Returns the entry id.
    Result<qint64> complete(const FormSlot &slot, const forms::Answers &answers,
                            QList<forms::ItemProblem> *problems = nullptr);
    // Changes a complete or verified entry (full validation; a verified one goes back to complete);
    // a draft may be edited too (draft validation). The reason is required for complete/verified
    // entries and recorded with every changed item. Refuses locked entries and "nothing changed".
    Status edit(qint64 entryId, const forms::Answers &answers, const QString &reason,
                QList<forms::ItemProblem> *problems = nullptr);
    // Source data verification of a complete entry (FormVerify).
    Status verify(qint64 entryId);
    // Locks a complete or verified entry (FormLock); unlocking needs a reason and returns it to the
    // state it had before the lock.
    Status lock(qint64 entryId);
    Status unlock(qint64 entryId, const QString &reason);
    // Every value change of the entry from the audit trail, oldest first (reading permission).
    Result<QList<ValueChange>> history(qint64 entryId) const;

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
