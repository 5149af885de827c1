#include "randomization/AllocationListWriter.h"

#include "randomization/StratumStream.h"

#include <QByteArray>
#include <QCoreApplication>

namespace trialdesk::randomization {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::randomization::AllocationListWriter)
};

constexpr qsizetype kFlushSize = 64 * 1024;

} // namespace

AllocationListWriter::AllocationListWriter(Design design)
    : m_design(std::move(design))
{
}

Checked<qint64> AllocationListWriter::write(QIODevice &device, Format format, qint64 perStratum) const
{
    if (m_design.method != Method::Blocks)
        return Problem { QStringLiteral("method"),
                         Tr::tr("A minimization design has no allocation list made in advance; export a list from a "
                                "permuted blocks design.") };
    if (perStratum < 1 || perStratum > 1'000'000)
        return Problem {
            QStringLiteral("per-stratum"),
            Tr::tr("The number of entries per stratum must be from 1 to 1000000; %1 was given.").arg(perStratum)
        };
    if (!device.isWritable())
        return Problem { QStringLiteral("output"), Tr::tr("The output is not open for writing.") };

    const int site = m_design.siteFactor();
    QByteArray buffer;
    auto flush = [&]() {
        const bool ok = device.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    auto writeFailed = [&device]() {
        return Problem { QStringLiteral("output"),
                         Tr::tr("Writing the allocation list failed (%1); check the disk space and the folder's "
                                "permissions, then export again.")
                             .arg(device.errorString()) };
    };

    if (format == Format::Spec) {
        buffer += "stratum_index,sequence,block_number,block_size,position_in_block,arm";
        for (const Factor &factor : m_design.factors)
            buffer += ',' + factor.code.toUtf8();
    } else {
        buffer += "redcap_randomization_group";
        for (qsizetype f = 0; f < m_design.factors.size(); ++f)
            if (f != site)
                buffer += ',' + m_design.factors.at(f).code.toUtf8();
        if (site >= 0)
            buffer += ",redcap_data_access_group";
    }
    buffer += '\n';

    qint64 rows = 0;
    const int strata = int(m_design.stratumCount());
    for (int stratum = 0; stratum < strata; ++stratum) {
        const QStringList levels = m_design.levelCodes(stratum);
        QByteArray levelColumns;
        for (qsizetype f = 0; f < levels.size(); ++f)
            if (format == Format::Spec || f != site)
                levelColumns += ',' + levels.at(f).toUtf8();
        if (format == Format::Redcap && site >= 0)
            levelColumns += ',' + levels.at(site).toUtf8();

        StratumStream stream(m_design, stratum);
        for (qint64 k = 1; k <= perStratum; ++k) {
            const Allocation a = stream.entry(k);
            if (format == Format::Spec) {
                buffer += QByteArray::number(stratum) + ',' + QByteArray::number(a.sequence) + ','
                    + QByteArray::number(a.blockNumber) + ',' + QByteArray::number(a.blockSize) + ','
                    + QByteArray::number(a.positionInBlock) + ',' + stream.armCode(a.armIndex).toUtf8();
            } else {
                buffer += stream.armCode(a.armIndex).toUtf8();
            }
            buffer += levelColumns;
            buffer += '\n';
            ++rows;
            if (buffer.size() >= kFlushSize && !flush())
                return writeFailed();
        }
    }
    if (!flush())
        return writeFailed();
    return rows;
}

} // namespace trialdesk::randomization
