#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#if defined(__SANITIZE_ADDRESS__)
#define CE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CE_ASAN 1
#endif
#endif
#ifdef CE_ASAN
// The sanitizer's own count (libasan exports it; GCC does not always ship the header).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

namespace TestData {

QString path(const QString &name)
{
    return QStringLiteral(CE_TEST_DATA_DIR "/") + name;
}

QByteArray bytes(const QString &name)
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QJsonObject object(const QString &name)
{
    return QJsonDocument::fromJson(bytes(name)).object();
}

QStringList differences(const QJsonValue &a, const QJsonValue &b, const QString &prefix)
{
    if (a.type() != b.type())
        return {prefix.isEmpty() ? QStringLiteral("<root>") : prefix};
    if (a.isObject()) {
        QStringList out;
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QSet<QString> keys;
        for (const QString &k : oa.keys())
            keys.insert(k);
        for (const QString &k : ob.keys())
            keys.insert(k);
        QStringList sorted(keys.begin(), keys.end());
        sorted.sort();
        for (const QString &k : sorted) {
            const QString p = prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
            if (!oa.contains(k) || !ob.contains(k))
                out.append(p);
            else
                out += differences(oa.value(k), ob.value(k), p);
        }
        return out;
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        if (aa.size() != ab.size())
            return {prefix};
        QStringList out;
        for (qsizetype i = 0; i < aa.size(); ++i)
            out += differences(aa.at(i), ab.at(i), prefix + QStringLiteral("[%1]").arg(i));
        return out;
    }
    return a == b ? QStringList() : QStringList{prefix};
}

qint64 heapInUse()
{
    // Under ASan malloc is the sanitizer's, and glibc's counters see nothing.
#ifdef CE_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    return qint64(mallinfo2().uordblks);
#endif
}

} // namespace TestData
