#pragma once

#include <QByteArray>

class QLineEdit;

namespace trialdesk::gui {

// Passwords travel from a QLineEdit to the core as UTF-8 bytes; these helpers keep that path short
// and make sure no copy outlives its use.
class Secrets
{
public:
    // The field's text as UTF-8; the field is cleared so the widget no longer holds it.
    static QByteArray take(QLineEdit *field);
    // The field's text as UTF-8, the field left untouched (for checks before submitting).
    static QByteArray peek(const QLineEdit *field);
    // Overwrites the bytes (sodium_memzero) and empties the array.
    static void wipe(QByteArray &secret);
};

} // namespace trialdesk::gui
