#include "core/audit/AuditTrail.h"
#include "core/design/DesignService.h"
#include "core/design/DesignStore.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Csv.h"
#include "randomization/StratumStream.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace trialdesk::core;
using trialdesk::randomization::AllocationListWriter;
using trialdesk::randomization::Design;
using trialdesk::randomization::Method;
using trialdesk::test::TestWorkspace;

namespace {

const QByteArray kPassword = QByteArrayLiteral("a long enough password");

QList<AuditEntry> auditOf(TrialSession &session, const QString &action)
{
    AuditTrail::Filter filter;
    filter.action = action;
    auto entries = AuditTrail::entries(session.database(), filter);
    return entries ? entries.value() : QList<AuditEntry> {};
}

QString allAuditText(TrialSession &session)
{
    QString text;
    for (const AuditEntry &entry : AuditTrail::entries(session.database(), {}).value())
        text += entry.field + QLatin1Char('|') + entry.oldValue.value_or(QString()) + QLatin1Char('|')
            + entry.newValue.value_or(QString()) + QLatin1Char('\n');
    return text;
}

Status lockCurrent(TrialSession &session)
{
    Transaction tx(session.database());
    if (!tx.status())
        return tx.status();
    auto current = DesignStore::current(session.database());
    if (!current)
        return current.error();
    if (Status s = DesignStore::lock(session.database(), current->version, session.clock(), session.user().username);
        !s)
        return s;
    return tx.commit();
}

} // namespace

class TestDesignService : public QObject
{
    Q_OBJECT

private:
    // A fresh workspace per test that changes the design, so tests do not depend on each other.
    std::unique_ptr<TestWorkspace> m_ws;
    QTemporaryDir m_out;

    std::unique_ptr<TrialSession> loginAs(Role role)
    {
        if (role == Role::Administrator)
            return m_ws->admin();
        const QString name = roleCode(role).remove(QLatin1Char('_')).left(20);
        {
            auto admin = m_ws->admin();
            if (!admin)
                return nullptr;
            UserService users(*admin);
            if (!users.find(name)) {
                const QString site = role == Role::Coordinator ? QStringLiteral("ICM") : QString();
                if (Status added = users.add(name, name, role, site, kPassword); !added) {
                    qWarning("user add: %s", qPrintable(added.error().message));
                    return nullptr;
                }
            }
        }
        return m_ws->login(name, kPassword);
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->ok(), qPrintable(m_ws->error()));
    }

    void initialDesignComesFromTheProtocol()
    {
        auto admin = m_ws->admin();
        QVERIFY(admin);
        auto stored = DesignStore::current(admin->database());
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->version, 1);
        QVERIFY(!stored->locked);
        QCOMPARE(stored->createdBy, QStringLiteral("admin"));
        const Design &design = stored->design;
        QCOMPARE(design.method, Method::Blocks);
        QCOMPARE(design.arms.size(), 2);
        QCOMPARE(design.arms.at(0).code, QStringLiteral("PP"));
        QCOMPARE(design.arms.at(1).code, QStringLiteral("UC"));
        QCOMPARE(design.multiples, (QList<int> { 2, 3 }));
        QCOMPARE(design.factors.size(), 2);
        QVERIFY(design.factors.at(0).isSite);
        QCOMPARE(design.factors.at(0).levels, QStringList { QStringLiteral("ICM") });
        QCOMPARE(design.factors.at(1).levels,
                 (QStringList { QStringLiteral("HF"), QStringLiteral("CAD"), QStringLiteral("AF"),
                                QStringLiteral("OTHER") }));
        QVERIFY(design.validate().isEmpty());
        QVERIFY(design.seed != trialdesk::randomization::Seed());

        // Audited, but neither the seed nor the block multiples reach the audit trail.
        const QList<AuditEntry> created = auditOf(*admin, QStringLiteral("design.create"));
        QVERIFY(!created.isEmpty());
        bool seedEntry = false;
        for (const AuditEntry &entry : created)
            if (entry.field == QLatin1String("seed"))
                seedEntry = entry.newValue == QStringLiteral("generated");
        QVERIFY(seedEntry);
        const QString audit = allAuditText(*admin);
        QVERIFY(!audit.contains(design.seed.toHex()));
        QVERIFY(!audit.contains(QStringLiteral("multiples")));

        // Two workspaces never share a seed.
        TestWorkspace other;
        QVERIFY(other.ok());
        auto otherAdmin = other.admin();
        QVERIFY(otherAdmin);
        QVERIFY(DesignStore::current(otherAdmin->database())->design.seed != design.seed);
    }

    void definitionRoundTrips()
    {
        Design design;
        design.arms = { { QStringLiteral("A"), 2 }, { QStringLiteral("B"), 1 } };
        design.multiples = { 1, 3 };
        design.factors = { { QStringLiteral("site"), { QStringLiteral("X"), QStringLiteral("Y") }, 3, true },
                           { QStringLiteral("sex"), { QStringLiteral("F"), QStringLiteral("M") }, 1, false } };
        design.method = Method::Minimization;
        design.minimization.measure = trialdesk::randomization::ImbalanceMeasure::Variance;
        design.minimization.probabilityMillionths = 900000;
        const QByteArray json = DesignStore::canonicalDefinition(design);
        QVERIFY(!json.contains("seed"));
        auto parsed = DesignStore::parseDefinition(json);
        QVERIFY(parsed);
        QCOMPARE(DesignStore::canonicalDefinition(parsed.value()), json);
        QCOMPARE(parsed->factors.at(0).weight, 3);
        QVERIFY(parsed->factors.at(0).isSite);
        QCOMPARE(parsed->minimization.probabilityMillionths, 900000);
        QVERIFY(!DesignStore::parseDefinition("{\"format\":\"other\"}"));
    }

    void concealmentByRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("mayConceal");
        for (Role role : allRoles())
            QTest::newRow(qPrintable(roleCode(role)))
                << role << (role == Role::Administrator || role == Role::Statistician);
    }

    void concealmentByRole()
    {
        QFETCH(Role, role);
        QFETCH(bool, mayConceal);
        auto session = loginAs(role);
        QVERIFY(session);
        DesignService service(*session);

        auto summary = service.summary();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->method, QStringLiteral("blocks"));
        QCOMPARE(summary->arms.size(), 2);
        QCOMPARE(summary->arms.at(0).name, QStringLiteral("Patient-partner follow-up"));
        QCOMPARE(summary->factors.size(), 2);
        QCOMPARE(summary->factors.at(1).levelNames.at(0), QStringLiteral("Heart failure"));
        QCOMPARE(summary->factors.at(0).levelNames.at(0), QStringLiteral("Montreal Heart Institute"));
        QCOMPARE(summary->strata, 4);
        QCOMPARE(summary->concealed, mayConceal);
        if (mayConceal) {
            QCOMPARE(summary->multiples, (QList<int> { 2, 3 }));
            QCOMPARE(summary->blockSizes, (QList<int> { 4, 6 }));
            QCOMPARE(summary->probabilityMillionths, 800000);
        } else {
            QVERIFY(summary->multiples.isEmpty());
            QVERIFY(summary->blockSizes.isEmpty());
            QCOMPARE(summary->probabilityMillionths, 0);
            QVERIFY(summary->measure.isEmpty());
            for (const DesignSummary::Factor &factor : summary->factors)
                QCOMPARE(factor.weight, 0);
        }

        auto full = service.full();
        QCOMPARE(full.ok(), mayConceal);
        if (full) {
            QCOMPARE(full->design.seed, trialdesk::randomization::Seed());
            QCOMPARE(full->design.multiples, (QList<int> { 2, 3 }));
        } else {
            QCOMPARE(full.error().code, ErrorCode::PermissionDenied);
        }

        auto seed = service.revealSeed();
        QCOMPARE(seed.ok(), mayConceal);
        if (seed)
            QCOMPARE(seed.value(), DesignStore::current(session->database())->design.seed.toHex());
        else
            QCOMPARE(seed.error().code, ErrorCode::PermissionDenied);

        const QString path = m_out.filePath(roleCode(role) + QStringLiteral(".csv"));
        auto rows = service.exportAllocationList(path, AllocationListWriter::Format::Spec, 2);
        QCOMPARE(rows.ok(), mayConceal);
        QCOMPARE(QFile::exists(path), mayConceal);
        if (!rows)
            QCOMPARE(rows.error().code, ErrorCode::PermissionDenied);

        Design edited = DesignStore::current(session->database())->design;
        edited.multiples = { 1 };
        const Status updated = service.update(edited, false, QStringLiteral("test"));
        QCOMPARE(updated.ok(), mayConceal);
    }

    void revealingTheSeedIsAudited()
    {
        auto statistician = loginAs(Role::Statistician);
        QVERIFY(statistician);
        QVERIFY(auditOf(*statistician, QStringLiteral("design.reveal-seed")).isEmpty());
        auto seed = DesignService(*statistician).revealSeed();
        QVERIFY(seed);
        QCOMPARE(seed->size(), 64);
        const QList<AuditEntry> reveals = auditOf(*statistician, QStringLiteral("design.reveal-seed"));
        QCOMPARE(reveals.size(), 1);
        QCOMPARE(reveals.first().username, statistician->user().username);
        QVERIFY(!allAuditText(*statistician).contains(seed.value()));
    }

    void updateMakesANewAuditedVersion()
    {
        auto statistician = loginAs(Role::Statistician);
        QVERIFY(statistician);
        DesignService service(*statistician);
        const StoredDesign before = DesignStore::current(statistician->database()).value();

        Design edited = before.design;
        edited.multiples = { 1, 2 };
        // A seed passed in is ignored: seeds are generated, never typed.
        edited.seed = trialdesk::randomization::Seed::fromHex(QString(64, QLatin1Char('a'))).value();
        QCOMPARE(service.update(edited, false, QString()).error().code, ErrorCode::InvalidInput);
        QVERIFY2(service.update(edited, false, QStringLiteral("smaller blocks for a pilot")), "update refused");
        const StoredDesign after = DesignStore::current(statistician->database()).value();
        QCOMPARE(after.version, 2);
        QCOMPARE(after.design.multiples, (QList<int> { 1, 2 }));
        QCOMPARE(after.design.seed, before.design.seed);
        QCOMPARE(after.reason, QStringLiteral("smaller blocks for a pilot"));
        QCOMPARE(DesignStore::version(statistician->database(), 1)->design.multiples, (QList<int> { 2, 3 }));

        const QList<AuditEntry> updates = auditOf(*statistician, QStringLiteral("design.update"));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().field, QStringLiteral("concealed_parameters"));
        QCOMPARE(updates.first().reason, QStringLiteral("smaller blocks for a pilot"));
        QVERIFY(!updates.first().newValue->contains(QStringLiteral("1,2")));

        // The same design again is nothing to save.
        const Status same = service.update(after.design, false, QStringLiteral("again"));
        QVERIFY(!same);
        QCOMPARE(same.error().code, ErrorCode::InvalidInput);

        // Validation messages come from the engine and name the field.
        Design bad = after.design;
        bad.arms.first().weight = 0;
        const Status invalid = service.update(bad, false, QStringLiteral("bad"));
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, ErrorCode::InvalidInput);
        QVERIFY2(invalid.error().message.contains(QStringLiteral("arms")), qPrintable(invalid.error().message));

        // A new seed: from libsodium, audited as regenerated, never with its value.
        QVERIFY(service.update(after.design, true, QStringLiteral("seed exposed in a draft")));
        const StoredDesign reseeded = DesignStore::current(statistician->database()).value();
        QCOMPARE(reseeded.version, 3);
        QVERIFY(reseeded.design.seed != after.design.seed);
        const QList<AuditEntry> seedUpdates = auditOf(*statistician, QStringLiteral("design.update"));
        QCOMPARE(seedUpdates.last().field, QStringLiteral("seed"));
        QCOMPARE(seedUpdates.last().newValue, QStringLiteral("regenerated"));
        QVERIFY(!allAuditText(*statistician).contains(reseeded.design.seed.toHex()));

        // Arms are not concealed: audited with their values.
        Design weighted = reseeded.design;
        weighted.arms.first().weight = 2;
        QVERIFY(service.update(weighted, false, QStringLiteral("2:1")));
        const QList<AuditEntry> armUpdates = auditOf(*statistician, QStringLiteral("design.update"));
        QCOMPARE(armUpdates.last().field, QStringLiteral("arms"));
        QCOMPARE(armUpdates.last().oldValue, QStringLiteral("PP:1,UC:1"));
        QCOMPARE(armUpdates.last().newValue, QStringLiteral("PP:2,UC:1"));
    }

    void lockedDesignRefusesChangesButAcceptsANewSite()
    {
        auto admin = m_ws->admin();
        QVERIFY(admin);
        QVERIFY(lockCurrent(*admin));
        QVERIFY(lockCurrent(*admin)); // locking again is harmless
        QCOMPARE(auditOf(*admin, QStringLiteral("design.lock")).size(), 1);
        const StoredDesign locked = DesignStore::current(admin->database()).value();
        QVERIFY(locked.locked);
        QCOMPARE(locked.lockedBy, QStringLiteral("admin"));
        QVERIFY(DesignService(*admin).summary()->locked);

        DesignService service(*admin);
        Design edited = locked.design;
        edited.multiples = { 1 };
        const Status refused = service.update(edited, false, QStringLiteral("too late"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("locked")));
        QCOMPARE(service.update(locked.design, true, QStringLiteral("new seed")).error().code, ErrorCode::Conflict);
        Design otherFactor = locked.design;
        otherFactor.factors[1].levels.append(QStringLiteral("NEW"));
        QCOMPARE(service.update(otherFactor, false, QStringLiteral("new level")).error().code, ErrorCode::Conflict);
        QCOMPARE(DesignStore::current(admin->database())->version, locked.version);

        // A new site: SiteService appends it to the first (site) factor in the same transaction;
        // existing strata keep their index.
        QVERIFY(SiteService(*admin).add({ QStringLiteral("CHUM"), QStringLiteral("CHUM"), QStringLiteral("CHUM") }));
        const StoredDesign extended = DesignStore::current(admin->database()).value();
        QCOMPARE(extended.version, locked.version + 1);
        QVERIFY(extended.locked);
        QCOMPARE(extended.design.seed, locked.design.seed);
        QCOMPARE(extended.design.factors.at(0).levels, (QStringList { QStringLiteral("ICM"), QStringLiteral("CHUM") }));
        QCOMPARE(extended.design.stratumCount(), 8);
        for (int stratum = 0; stratum < 4; ++stratum)
            QCOMPARE(extended.design.levelCodes(stratum), locked.design.levelCodes(stratum));
        QCOMPARE(auditOf(*admin, QStringLiteral("design.add-site")).size(), 1);
        QCOMPARE(service.addSiteLevel(QStringLiteral("CHUM"), QStringLiteral("again")).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(service.addSiteLevel(QStringLiteral("NOPE"), QStringLiteral("unknown")).error().code,
                 ErrorCode::NotFound);

        // The same change through update() is accepted too, for a site recorded without its level.
        QVERIFY(
            exec(admin->database(),
                 QStringLiteral("INSERT INTO sites (code, name_fr, name_en, time_zone, active, created_at) "
                                "VALUES ('CHUS', 'CHUS', 'CHUS', 'America/Toronto', 1, '2026-11-26T09:00:00.000Z')"))
                .ok());
        Design third = extended.design;
        third.factors[0].levels.append(QStringLiteral("CHUS"));
        QVERIFY(service.update(third, false, QStringLiteral("third site")));
        QCOMPARE(DesignStore::current(admin->database())->design.stratumCount(), 12);
    }

    void lockingAnOlderVersionIsRefused()
    {
        auto admin = m_ws->admin();
        QVERIFY(admin);
        Design edited = DesignStore::current(admin->database())->design;
        edited.multiples = { 1 };
        QVERIFY(DesignService(*admin).update(edited, false, QStringLiteral("change")));
        Transaction tx(admin->database());
        QVERIFY(tx.status());
        const Status old = DesignStore::lock(admin->database(), 1, admin->clock(), QStringLiteral("admin"));
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::Conflict);
    }

    void specExportMatchesTheStreams()
    {
        auto statistician = loginAs(Role::Statistician);
        QVERIFY(statistician);
        DesignService service(*statistician);
        const QString path = m_out.filePath(QStringLiteral("list.csv"));
        auto rows = service.exportAllocationList(path, AllocationListWriter::Format::Spec, 5);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows.value(), 20);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 21);
        QVERIFY(lines.first().startsWith("stratum_index,sequence,block_number,block_size,position_in_block,arm"));
        trialdesk::randomization::StratumStream stream(DesignStore::current(statistician->database())->design, 2);
        int checked = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.trimmed().split(',');
            if (cells.at(0) != "2")
                continue;
            const auto entry = stream.entry(cells.at(1).toLongLong());
            QCOMPARE(QString::fromUtf8(cells.at(5)), stream.armCode(entry.armIndex));
            QCOMPARE(cells.at(3).toInt(), entry.blockSize);
            ++checked;
        }
        QCOMPARE(checked, 5);

        const QList<AuditEntry> exports = auditOf(*statistician, QStringLiteral("allocation-list.export"));
        QStringList fields;
        for (const AuditEntry &entry : exports)
            fields << entry.field + QLatin1Char('=') + entry.newValue.value_or(QString());
        QVERIFY(fields.contains(QStringLiteral("format=spec")));
        QVERIFY(fields.contains(QStringLiteral("per_stratum=5")));
        QVERIFY(fields.contains(QStringLiteral("rows=20")));

        auto redcap = service.exportAllocationList(m_out.filePath(QStringLiteral("redcap.csv")),
                                                   AllocationListWriter::Format::Redcap, 1);
        QVERIFY(redcap);
        QCOMPARE(redcap.value(), 4);

        QCOMPARE(service.exportAllocationList(path, AllocationListWriter::Format::Spec, 0).error().code,
                 ErrorCode::InvalidInput);
    }

    void minimizationHasNoListToExport()
    {
        auto admin = m_ws->admin();
        QVERIFY(admin);
        DesignService service(*admin);
        Design edited = DesignStore::current(admin->database())->design;
        edited.method = Method::Minimization;
        QVERIFY(service.update(edited, false, QStringLiteral("switch to minimization")));
        QCOMPARE(service.summary()->method, QStringLiteral("minimization"));
        const QString path = m_out.filePath(QStringLiteral("minimization.csv"));
        auto rows = service.exportAllocationList(path, AllocationListWriter::Format::Spec, 2);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDesignService)
#include "tst_designservice.moc"
