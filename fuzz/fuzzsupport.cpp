#include "fuzzsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "contact-editor-fuzz";
    static char *argv[] = {name, nullptr};
    // Lives until exit: libFuzzer never returns to main.
    static std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(argc, argv);
}

void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "FUZZ CHECK FAILED %s:%d: %s\n%s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

QList<QByteArray> parts(const QByteArray &input, int count)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    const QByteArray separator = QByteArrayLiteral("\n--\n");
    while (out.size() < count - 1) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0)
            break;
        out.append(input.mid(from, at - from));
        from = at + separator.size();
    }
    out.append(input.mid(from));
    while (out.size() < count)
        out.append(QByteArray());
    return out;
}

} // namespace Fuzz
