#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: the Qt application some code needs (SQLite's plugin, tr()), and a
// check that stops the process on a broken invariant even in release builds, where Q_ASSERT is off.
namespace Fuzz {

// A QCoreApplication for the life of the process, made on first use.
void ensureApplication();

[[noreturn]] void fail(const char *condition, const char *file, int line, const QString &detail);

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits an input into parts at a separator line, so one input can feed several fields.
QList<QByteArray> parts(const QByteArray &input, int count);

} // namespace Fuzz

#define CE_FUZZ_CHECK(condition, detail)                                                           \
    do {                                                                                           \
        if (!(condition))                                                                          \
            Fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                  \
    } while (false)
