#pragma once

#include "core/Result.h"
#include "core/data/FormEntry.h"

#include <QList>
#include <QString>

namespace trialdesk::core {

class TrialSession;

// The case report form definitions a trial uses (see FormEntryService for the rules of form data).
//
// Definitions: the bundled definitions (forms::BundledForms) are installed into form_definitions
// (code, version, JSON, SHA-256; audited) the first time they are needed; an entry records the
// version it was entered with and is always read and validated with that version's definition.
class FormDefinitionService
{
public:
    explicit FormDefinitionService(TrialSession &session)
        : m_session(session)
    {
    }

    // Installs the bundled definitions that are not in form_definitions yet (idempotent, audited,
    // its own transaction; needs FormEnter, FormLock or DemoPopulate). Refuses (Conflict) when a
    // stored definition has the same code and version but a different text. Returns the number
    // installed.
    Result<int> installBundledDefinitions();
    // The definition of a form at a version (from form_definitions, else the bundled one when it has
    // that version); version 0 = the newest known. Reading permission; blinded roles get NotFound
    // for intervention-only forms.
    Result<forms::FormDefinition> definition(const QString &formCode, int version = 0) const;

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
