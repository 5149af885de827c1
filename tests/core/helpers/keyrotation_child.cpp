// A child process for tst_keyrotation: signs the administrator in (which may finish an interrupted
// rotation) and rotates the key, like `trialdesk-cli key rotate`, but stops dead (std::_Exit, no clean-up,
// as a crash would) when the rotation reaches the step given as the second argument.
//
// Usage: keyrotation_child WORKSPACE STEP < password
// Prints each recovery code it was given on its own line; exit 86 when stopped at STEP.

#include "core/services/KeyService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdlib>

using namespace trialdesk::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const int stopAt = args.at(2).toInt();
    KeyService::setFaultHook([stopAt](KeyService::Step step) {
        if (static_cast<int>(step) == stopAt)
            std::_Exit(86);
        return Status();
    });
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QByteArray password = in.readLine().trimmed();
    QTextStream out(stdout);
    auto workspace = Workspace::open(args.at(1), Clock::system());
    if (!workspace)
        return 1;
    auto session = workspace.value()->login(QStringLiteral("admin"), password);
    if (!session)
        return 1;
    KeyService keys(*session.value());
    const TrialSession::FinishedRotation finished = session.value()->takeFinishedRotation();
    if (!finished.recoveryCode.isEmpty()) {
        out << finished.recoveryCode << Qt::endl;
        if (!keys.confirmRecoveryCodeShown())
            return 1;
    }
    auto rotation = keys.rotate(password, QStringLiteral("fault test"));
    if (!rotation)
        return 1;
    out << rotation->recoveryCode << Qt::endl;
    return keys.confirmRecoveryCodeShown() ? 0 : 1;
}
