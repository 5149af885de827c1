#include "forms/BundledForms.h"

#include <QFile>
#include <QHash>

// The resource lives in this static library; without this the linker may drop it.
static void initFormsResource()
{
    Q_INIT_RESOURCE(forms);
}

namespace trialdesk::forms {

namespace {

struct Catalogue
{
    QList<FormDefinition> forms;
    QHash<QString, qsizetype> index;
};

const QStringList &bundledCodes()
{
    static const QStringList codes { QStringLiteral("ELIGIBILITY"), QStringLiteral("DEMOGRAPHICS"),
                                     QStringLiteral("CONDITIONS"),  QStringLiteral("PAM13"),
                                     QStringLiteral("SEMCD6"),      QStringLiteral("EQ5D5L"),
                                     QStringLiteral("PHQ9"),        QStringLiteral("GAD7"),
                                     QStringLiteral("HCU"),         QStringLiteral("PP_CONTACT"),
                                     QStringLiteral("AE"),          QStringLiteral("EOS") };
    return codes;
}

// The bundled forms are part of the program: one that does not load is a build defect that the
// tests catch, so it stops the program rather than running the trial without a form.
const Catalogue &catalogue()
{
    static const Catalogue loaded = [] {
        initFormsResource();
        Catalogue result;
        for (const QString &code : bundledCodes()) {
            const QString path = BundledForms::resourcePath(code);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("bundled form %s is missing from the resources", qPrintable(path));
            Parsed<FormDefinition> definition = FormDefinition::parse(file.readAll(), path);
            if (!definition)
                qFatal("bundled form is invalid: %s", qPrintable(definition.error()));
            if (definition->code != code)
                qFatal("bundled form %s has the code %s", qPrintable(path), qPrintable(definition->code));
            result.index.insert(code, result.forms.size());
            result.forms.append(std::move(definition).value());
        }
        return result;
    }();
    return loaded;
}

} // namespace

QList<FormDefinition> BundledForms::all()
{
    return catalogue().forms;
}

const FormDefinition *BundledForms::find(const QString &code)
{
    const Catalogue &forms = catalogue();
    const auto it = forms.index.constFind(code);
    return it == forms.index.constEnd() ? nullptr : &forms.forms.at(*it);
}

QStringList BundledForms::codes()
{
    return bundledCodes();
}

QString BundledForms::resourcePath(const QString &code)
{
    return QStringLiteral(":/forms/%1.json").arg(code.toLower());
}

} // namespace trialdesk::forms
