#include "core/data/FormDefinitionService.h"

#include "core/data/FormDataSupport.h"

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::FormDataService)
};
} // namespace

using namespace formdata;

// ---- definitions -------------------------------------------------------------------------------

Result<int> FormDefinitionService::installBundledDefinitions()
{
    auto write = Write::beginAny(m_session, { Action::FormEnter, Action::FormLock, Action::DemoPopulate });
    if (!write)
        return write.error();
    QSqlDatabase &db = write->database();
    int installed = 0;
    for (const FormDefinition &definition : forms::BundledForms::all()) {
        // Blinded roles do not handle intervention-only definitions, not even to install them.
        if (definition.armSpecific() && blinded(m_session))
            continue;
        auto stored = exec(db, QStringLiteral("SELECT sha256 FROM form_definitions WHERE code = ? AND version = ?"),
                           { definition.code, definition.version });
        if (!stored)
            return stored.error();
        if (stored->next()) {
            if (stored->value(0).toString() != sha256Hex(definition.json))
                return makeError(ErrorCode::Conflict,
                                 Tr::tr("Form %1 version %2 in this workspace differs from the bundled one: a changed "
                                        "form needs a new version number.")
                                     .arg(definition.code)
                                     .arg(definition.version));
            continue;
        }
        if (Status done = storeDefinition(m_session, definition); !done)
            return done.error();
        ++installed;
    }
    if (Status committed = write->commit(); !committed)
        return committed.error();
    return installed;
}

Result<forms::FormDefinition> FormDefinitionService::definition(const QString &formCode, int version) const
{
    if (Status allowed = requireRead(m_session); !allowed)
        return allowed.error();
    const QString code = formCode.trimmed().toUpper();
    Definitions definitions(m_session.database());
    auto known = version > 0 ? definitions.at(code, version) : definitions.latest(code);
    if (!known)
        return known.error();
    if (known.value()->definition.armSpecific() && blinded(m_session))
        return noForm(code);
    return known.value()->definition;
}

} // namespace trialdesk::core
