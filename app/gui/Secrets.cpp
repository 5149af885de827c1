#include "app/gui/Secrets.h"

#include <QLineEdit>

#include <sodium.h>

namespace trialdesk::gui {

QByteArray Secrets::take(QLineEdit *field)
{
    QByteArray bytes = field->text().toUtf8();
    field->clear();
    return bytes;
}

QByteArray Secrets::peek(const QLineEdit *field)
{
    return field->text().toUtf8();
}

void Secrets::wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace trialdesk::gui
