// A company's note (Description) of each shape and size issue 14 names, from the server's JSON
// bytes to a shown form, offscreen: how long the window is frozen (decode, form, layout and first
// paint) and the process's peak memory. Each case runs in a child process of its own, so each
// peak is its own. Two baselines from the same run: the text box the form had before (a
// QPlainTextEdit given the whole note, default wrapping), and the same bytes in a member the
// editor does not show. Cases that run past the limit are stopped; their figures say so.
// Prints figures only.
#include "carriercodec.h"
#include "contacteditor.h"
#include "contactsession.h"
#include "descriptionsection.h"
#include "draft.h"
#include "mdolistcache.h"
#include "noteedit.h"
#include "webapiclient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

namespace {

constexpr int kLimitSeconds = 150;

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_long_note: %s\n", qPrintable(why));
    std::exit(1);
}

qint64 peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// "line": one line without a break; "words": eight-letter words.
QString note(const QString &shape, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        text[i] = shape == QLatin1String("words") && i % 9 == 8 ? QChar(u' ')
                                                                : QChar(char16_t(u'a' + i % 26));
    return text;
}

// The server's answer: demo company data with the note in member.
QByteArray answer(const QString &member, const QString &text)
{
    QFile file(QStringLiteral(CE_TEST_DATA_DIR "/contact-real.json"));
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(file.fileName()));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.insert(member, text);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void paint(QWidget *widget)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->repaint();
}

// One case in this process: prints "ms=… rss=…" (and expand=… for "expand").
int runCase(const QString &what, const QString &shape, qsizetype size)
{
    const QString text = note(shape, size);
    QByteArray bytes = answer(what == QLatin1String("unknown") ? QStringLiteral("XNote")
                                                               : QStringLiteral("Description"),
                              text);
    WebApiClient client;
    MdoListCache lists(&client);
    QElapsedTimer clock;
    clock.start();
    double expandMs = -1;
    if (what == QLatin1String("plain")) {
        // Before: the whole note went into a text box with the default wrapping.
        const auto entity = CarrierCodec::decodeContact(bytes);
        if (!entity)
            die(QStringLiteral("the answer does not decode"));
        QPlainTextEdit box;
        box.resize(560, 160);
        box.show();
        box.setPlainText(entity->json().value(QLatin1String("Description")).toString());
        paint(&box);
    } else {
        const auto entity = CarrierCodec::decodeContact(bytes);
        if (!entity)
            die(QStringLiteral("the answer does not decode"));
        bytes.clear();
        ContactSession session(&client);
        ContactEditor editor(&session, &lists);
        editor.resize(1200, 900);
        editor.show();
        Draft draft;
        draft.entityId = entity->contactId();
        draft.base = entity->json();
        draft.working = draft.base;
        editor.session()->openDraft(draft);
        if (!editor.document())
            die(QStringLiteral("the editor did not take the company"));
        paint(&editor);
        if (what == QLatin1String("expand")) {
            const double shownMs = clock.nsecsElapsed() / 1e6;
            auto *section = editor.section<DescriptionSection>();
            section->findChild<QPushButton *>(QStringLiteral("expandNote"))->click();
            paint(&editor);
            expandMs = clock.nsecsElapsed() / 1e6 - shownMs;
            if (section->editor()->isCollapsed() || section->editor()->isReadOnly())
                die(QStringLiteral("the note did not open for editing"));
        }
        const QString kept =
            editor.document()->working().value(QLatin1String("Description")).toString();
        if (what != QLatin1String("unknown") && kept != text)
            die(QStringLiteral("the note was not kept whole"));
    }
    const double ms = clock.nsecsElapsed() / 1e6;
    std::printf("ms=%.0f rss=%lld expand=%.0f\n", ms, peakKiB(), expandMs);
    return 0;
}

qint64 childPeakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The peaks with an empty note (the form's, the bare text box's): what each case has before its
// note.
QHash<QString, double> g_baseMB;

QString baseOf(const QString &what)
{
    return what == QLatin1String("plain") ? what : QStringLiteral("form");
}

void report(const char *label, const QString &what, const QString &shape, qsizetype size)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {what, shape, QString::number(size)});
    if (!child.waitForStarted())
        die(QStringLiteral("cannot start a child"));
    QElapsedTimer clock;
    clock.start();
    qint64 peak = -1;
    // Polled for the peak of a child that has to be stopped.
    while (!child.waitForFinished(200)) {
        peak = qMax(peak, childPeakKiB(child.processId()));
        if (clock.elapsed() > kLimitSeconds * 1000) {
            child.kill();
            child.waitForFinished();
            std::printf("  %-46s > %d s (stopped)   peak > %6.0f MB\n", label, kLimitSeconds,
                        peak / 1024.0);
            std::fflush(stdout);
            return;
        }
    }
    QHash<QString, double> fields;
    for (const QString &part :
         QString::fromLatin1(child.readAllStandardOutput().trimmed()).split(QLatin1Char(' ')))
        fields.insert(part.section(QLatin1Char('='), 0, 0),
                      part.section(QLatin1Char('='), 1).toDouble());
    if (child.exitCode() != 0 || !fields.contains(QStringLiteral("ms")))
        die(QStringLiteral("%1 failed").arg(QString::fromLatin1(label)));
    const double mb = fields.value(QStringLiteral("rss")) / 1024.0;
    if (size == 0) {
        g_baseMB.insert(baseOf(what), mb);
        std::printf("  %-46s %8.0f ms   peak %6.0f MB\n", label, fields.value(QStringLiteral("ms")),
                    mb);
        return;
    }
    // The note's share: the peak over the empty note's, against the note's size.
    const double over = mb - g_baseMB.value(baseOf(what));
    std::printf("  %-46s %8.0f ms   peak %6.0f MB (+%.0f MB, %.1fx the note)", label,
                fields.value(QStringLiteral("ms")), mb, over, over * 1024 * 1024 / double(size));
    if (fields.value(QStringLiteral("expand")) >= 0)
        std::printf("   Edit all of it: %.0f ms", fields.value(QStringLiteral("expand")));
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4)
        return runCase(args.at(1), args.at(2), args.at(3).toLongLong());

    constexpr qsizetype kB = 1000;
    constexpr qsizetype MB = 1000 * 1000;
    std::printf("bench_long_note: JSON bytes to a shown form, one child process per case "
                "(%d cores, limit %d s)\n",
                QThread::idealThreadCount(), kLimitSeconds);
    report("empty note, form", QStringLiteral("form"), QStringLiteral("line"), 0);
    report("empty note, the text box as it was", QStringLiteral("plain"), QStringLiteral("line"),
           0);
    std::printf("One line without breaks:\n");
    report("100 kB, form", QStringLiteral("form"), QStringLiteral("line"), 100 * kB);
    report("100 kB, the text box as it was", QStringLiteral("plain"), QStringLiteral("line"),
           100 * kB);
    report("300 kB, form", QStringLiteral("form"), QStringLiteral("line"), 300 * kB);
    report("300 kB, the text box as it was", QStringLiteral("plain"), QStringLiteral("line"),
           300 * kB);
    report("1 MB, form, then Edit all of it", QStringLiteral("expand"), QStringLiteral("line"),
           1 * MB);
    report("1 MB, the text box as it was", QStringLiteral("plain"), QStringLiteral("line"), 1 * MB);
    std::printf("Words:\n");
    report("200 kB, form", QStringLiteral("form"), QStringLiteral("words"), 200 * kB);
    report("1 MB, form, then Edit all of it", QStringLiteral("expand"), QStringLiteral("words"),
           1 * MB);
    report("1 MB, the text box as it was", QStringLiteral("plain"), QStringLiteral("words"),
           1 * MB);
    std::printf("50 MB:\n");
    report("one line, form", QStringLiteral("form"), QStringLiteral("line"), 50 * MB);
    report("words, form", QStringLiteral("form"), QStringLiteral("words"), 50 * MB);
    report("the same bytes in an unknown member", QStringLiteral("unknown"),
           QStringLiteral("words"), 50 * MB);
    report("words, the text box as it was", QStringLiteral("plain"), QStringLiteral("words"),
           50 * MB);
    return 0;
}
