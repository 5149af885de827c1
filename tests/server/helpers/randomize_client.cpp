// A workstation for tst_server_many_clients: signs in to a trial server's workspace once and
// randomizes the participants it is given, through core's RandomizationService, as a coordinator
// would, one after the other. When the connection is lost (the server stopped), it reports the
// error, signs in again as soon as the server is back, and retries the same participant: a retry is
// safe because the server randomizes a participant once ("already" when the lost commit had in fact
// been recorded).
//
// Usage: randomize_client WORKSPACE USER < lines: password, then one study ID per line
// Prints "ok ID ARM" or "already ID" per participant on stdout, each lost connection as
// "lost ID: MESSAGE" on stderr; exit 0 when every participant is randomized, 1 on any other refusal.

#include "core/enrollment/RandomizationService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <memory>

using namespace trialdesk::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QByteArray password = in.readLine().trimmed();
    QStringList studyIds;
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine().trimmed());
        if (!line.isEmpty())
            studyIds.append(line);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<TrialSession> session;
    for (const QString &studyId : studyIds) {
        QElapsedTimer waiting;
        waiting.start();
        bool done = false;
        while (!done) {
            if (waiting.elapsed() > 120'000) {
                err << "gave up " << studyId << Qt::endl;
                return 1;
            }
            if (!session) {
                auto workspace = Workspace::open(args.at(1), Clock::system());
                if (!workspace)
                    return 1;
                auto signedIn = workspace.value()->login(args.at(2), password);
                if (!signedIn) {
                    // The server is not back yet.
                    QThread::msleep(100);
                    continue;
                }
                session = std::move(signedIn).value();
            }
            auto outcome = RandomizationService(*session).randomize(studyId, password);
            if (outcome) {
                out << "ok " << studyId << ' ' << outcome->armCode << Qt::endl;
                done = true;
            } else if (outcome.error().code == ErrorCode::Conflict) {
                out << "already " << studyId << Qt::endl;
                done = true;
            } else if (outcome.error().code == ErrorCode::ConnectionLost
                       || outcome.error().code == ErrorCode::CommitUnconfirmed
                       || outcome.error().code == ErrorCode::Storage) {
                err << "lost " << studyId << ": " << outcome.error().message << Qt::endl;
                session.reset();
            } else {
                err << "refused " << studyId << ": " << outcome.error().message << Qt::endl;
                return 1;
            }
        }
    }
    return 0;
}
