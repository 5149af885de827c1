#include "core/security/Permissions.h"

#include <QSet>
#include <QtTest>

using namespace trialdesk::core;

// The expected matrix, written out independently of core/security/Permissions.cpp: every role x
// every action is checked, so a permission granted or lost by accident fails here.
// Columns: A administrator, C coordinator, I investigator, O outcome assessor (blinded),
// S statistician (unblinded), M monitor.
class TestPermissions : public QObject
{
    Q_OBJECT

private:
    static QString expected(Action action)
    {
        switch (action) {
        case Action::UserManage:
            return QStringLiteral("A.....");
        case Action::SiteManage:
            return QStringLiteral("A.....");
        case Action::KeyRotate:
            return QStringLiteral("A.....");
        case Action::WorkspaceBackup:
            return QStringLiteral("A.....");
        case Action::PasswordChangeOwn:
            return QStringLiteral("ACIOSM");
        case Action::AuditView:
            return QStringLiteral("A....M");
        case Action::AuditExport:
            return QStringLiteral("A....M");
        case Action::AuditVerify:
            return QStringLiteral("A...SM");
        case Action::ProtocolView:
            return QStringLiteral("ACIOSM");
        case Action::ProtocolAmend:
            return QStringLiteral("A...S.");
        case Action::DesignViewConcealed:
            return QStringLiteral("A...S.");
        case Action::DesignEdit:
            return QStringLiteral("A...S.");
        case Action::SeedReveal:
            return QStringLiteral("A...S.");
        case Action::AllocationListExport:
            return QStringLiteral("A...S.");
        case Action::DesignSimulate:
            return QStringLiteral("A...S.");
        case Action::ScreeningRecord:
            return QStringLiteral(".CI...");
        case Action::ConsentRecord:
            return QStringLiteral(".CI...");
        case Action::ParticipantRegister:
            return QStringLiteral(".CI...");
        case Action::ParticipantView:
            return QStringLiteral("ACIOSM");
        case Action::IdentityView:
            return QStringLiteral(".CI...");
        case Action::Randomize:
            return QStringLiteral(".CI...");
        case Action::ArmView:
            return QStringLiteral("ACI.SM");
        case Action::RandomizationLogView:
            return QStringLiteral("A...SM");
        case Action::RandomizationLogExport:
            return QStringLiteral("A...SM");
        case Action::ParticipantStatusChange:
            return QStringLiteral(".CI...");
        case Action::VisitView:
            return QStringLiteral("ACIOSM");
        case Action::VisitManage:
            return QStringLiteral(".CI...");
        case Action::FormEnter:
            return QStringLiteral(".CIO..");
        case Action::FormVerify:
            return QStringLiteral(".....M");
        case Action::FormLock:
            return QStringLiteral("A....M");
        case Action::QueryRaise:
            return QStringLiteral(".....M");
        case Action::QueryAnswer:
            return QStringLiteral(".CIO..");
        case Action::ReportView:
            return QStringLiteral("ACIOSM");
        case Action::ReportByArm:
            return QStringLiteral("A.I.SM");
        case Action::DataExport:
            return QStringLiteral("A...S.");
        case Action::DataExportIdentifying:
            return QStringLiteral("A.....");
        case Action::DemoPopulate:
            return QStringLiteral("A.....");
        }
        return {};
    }

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        const QList<Role> roles = allRoles();
        QCOMPARE(roles.size(), 6);
        for (Action action : allActions()) {
            const QString row = expected(action);
            QVERIFY2(row.size() == 6, qPrintable(QStringLiteral("no expectation for %1").arg(actionCode(action))));
            for (int r = 0; r < roles.size(); ++r)
                QTest::addRow("%s/%s", qPrintable(roleCode(roles[r])), qPrintable(actionCode(action)))
                    << static_cast<int>(roles[r]) << static_cast<int>(action) << (row[r] != QLatin1Char('.'));
        }
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(static_cast<Role>(role), static_cast<Action>(action)), allowed);
    }

    // The blinded assessor never gets anything that could reveal the arm.
    void blindedAssessorSeesNoArm()
    {
        for (Action action :
             { Action::ArmView, Action::ReportByArm, Action::RandomizationLogView, Action::RandomizationLogExport,
               Action::DesignViewConcealed, Action::SeedReveal, Action::AllocationListExport, Action::DataExport })
            QVERIFY(!Permissions::allows(Role::OutcomeAssessor, action));
    }

    void codesAreUniqueAndRoundTrip()
    {
        QSet<QString> roleCodes, actionCodes;
        for (Role role : allRoles()) {
            QVERIFY(!roleCode(role).isEmpty());
            QVERIFY(!roleDisplayName(role).isEmpty());
            QCOMPARE(roleFromCode(roleCode(role)), std::optional<Role>(role));
            roleCodes.insert(roleCode(role));
        }
        for (Action action : allActions()) {
            QVERIFY(!actionCode(action).isEmpty());
            QVERIFY(!actionDisplayName(action).isEmpty());
            actionCodes.insert(actionCode(action));
        }
        QCOMPARE(roleCodes.size(), allRoles().size());
        QCOMPARE(actionCodes.size(), allActions().size());
        QVERIFY(!roleFromCode(QStringLiteral("root")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
