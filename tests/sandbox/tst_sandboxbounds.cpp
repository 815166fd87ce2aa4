// The sandbox's bounds over real sockets: an oversized body is refused from its Content-Length at
// once and a chunked one while it streams, without the sandbox's memory growing by the body;
// idle connections are closed; requests that trickle in are cut with 408; and with connections
// up to a lowered file-descriptor limit it keeps serving without spinning.
#include "sandboxclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define CE_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CE_ADDRESS_SANITIZER 1
#endif
#endif

namespace {

const QByteArray kBasic = "Authorization: Basic " + QByteArray("demo:demo").toBase64() + "\r\n";

// contact-sandbox as a child whose pid the suite reads /proc with.
class Child
{
public:
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &args)
    {
        const QString portFile = m_dir.filePath(QStringLiteral("port"));
        m_process.setProgram(QStringLiteral(CE_BINARY_DIR "/sandbox/contact-sandbox"));
        m_process.setArguments(
            QStringList{"--memory", "--demo", "--port", "0", "--port-file", portFile} + args);
#ifdef CE_ADDRESS_SANITIZER
        // AddressSanitizer keeps freed memory in a quarantine (256 MiB by default) before it
        // is used again, so a body read and dropped piece by piece looks kept: 73 MiB of
        // growth after 68 MiB sent. With a small one the peak is again what the sandbox holds
        // (a kept body still shows in full, with ASan's redzones on top); use after free is
        // still caught for the last 4 MiB freed. The normal build measures as it is.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                       QStringLiteral("quarantine_size_mb=4"));
        m_process.setProcessEnvironment(env);
#endif
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly)) {
                m_port = quint16(file.readAll().trimmed().toUInt());
                if (m_port)
                    return true;
            }
            QTest::qWait(20);
        }
        return false;
    }

    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // A line of /proc/<pid>/status in MiB ("VmRSS", "VmHWM").
    qint64 statusMiB(const QByteArray &key) const
    {
        QFile file(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith(key + ':'))
                return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong() / 1024;
        }
        return -1;
    }

    // User plus system CPU time so far, in seconds.
    double cpuSeconds() const
    {
        QFile file(QStringLiteral("/proc/%1/stat").arg(pid()));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray stat = file.readAll();
        // Fields after the command name, which may hold spaces: state is field 3, utime 14.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
               double(::sysconf(_SC_CLK_TCK));
    }

    int openDescriptors() const
    {
        return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid()))
                       .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                       .size());
    }

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
};

// Reads until the peer closes or the deadline; what arrived.
QByteArray readUntilClosed(QTcpSocket &socket, int ms)
{
    QByteArray got;
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
        got += socket.readAll();
    }
    got += socket.readAll();
    return got;
}

// Reads until a whole head has arrived (or the deadline).
QByteArray readHead(QTcpSocket &socket, int ms)
{
    QByteArray got;
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && !got.contains("\r\n\r\n")) {
        if (socket.bytesAvailable() == 0 &&
            !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        got += socket.readAll();
    }
    return got;
}

// Writes up to total bytes of filler in pieces while the sandbox takes them; the bytes written.
qint64 pour(QTcpSocket &socket, qint64 total, bool chunked)
{
    const QByteArray piece(256 * 1024, 'x');
    const QByteArray chunkHead = QByteArray::number(piece.size(), 16) + "\r\n";
    qint64 written = 0;
    while (written < total && socket.state() == QAbstractSocket::ConnectedState) {
        if (chunked)
            socket.write(chunkHead);
        if (socket.write(piece) < 0)
            break;
        if (chunked)
            socket.write("\r\n");
        if (!socket.waitForBytesWritten(5000))
            break;
        written += piece.size();
    }
    return written;
}

} // namespace

class TestSandboxBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hugeContentLengthIsRefusedAtOnce();
    void chunkedBodyIsCutWhileItStreams();
    void bodiesWithinTheLimitAreServed();
    void pipelinedRequestsAreAnswered();
    void expectContinueIsAnswered();
    void idleConnectionIsClosed();
    void keptAliveConnectionIsClosedWhenIdle();
    void tricklingHeadIsCut();
    void tricklingBodyIsCut();
    void keepsServingAtTheDescriptorLimit();

private:
    bool connectTo(QTcpSocket &socket, const Child &child);
    Child m_sandbox;
};

void TestSandboxBounds::initTestCase()
{
    QVERIFY(m_sandbox.start(
        {"--body-limit", "1048576", "--idle-timeout", "500", "--request-timeout", "1500"}));
}

bool TestSandboxBounds::connectTo(QTcpSocket &socket, const Child &child)
{
    socket.connectToHost(QHostAddress::LocalHost, child.port());
    return socket.waitForConnected(5000);
}

void TestSandboxBounds::hugeContentLengthIsRefusedAtOnce()
{
    const qint64 hwmBefore = m_sandbox.statusMiB("VmHWM");
    QVERIFY(hwmBefore > 0);
    // A plain socket: QTcpSocket stops sending once the sandbox has said it is done, and this
    // test goes on sending the body as a careless client would.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    const timeval tenSeconds{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tenSeconds, sizeof tenSeconds);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tenSeconds, sizeof tenSeconds);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_sandbox.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    const QByteArray head =
        "POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n" + kBasic +
        "Content-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n";
    QCOMPARE(::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL), ssize_t(head.size()));
    // The answer comes before a byte of the body is sent.
    QByteArray answer;
    char buffer[4096];
    while (!answer.contains("\r\n\r\n")) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        answer.append(buffer, n);
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    // The body the client sends anyway is read and dropped, never kept, until the sandbox
    // has had enough and resets the connection.
    const QByteArray piece(1024 * 1024, 'x');
    qint64 poured = 0;
    while (poured < 256 * 1024 * 1024) {
        const ssize_t n = ::send(fd, piece.constData(), size_t(piece.size()), MSG_NOSIGNAL);
        if (n <= 0)
            break;
        poured += n;
    }
    QVERIFY2(poured >= 16 * 1024 * 1024, qPrintable(QString::number(poured)));
    const qint64 growth = m_sandbox.statusMiB("VmHWM") - hwmBefore;
    QVERIFY2(growth < 32, qPrintable(QStringLiteral("peak memory grew by %1 MiB after %2 MiB sent")
                                         .arg(growth)
                                         .arg(poured / 1024 / 1024)));
    QVERIFY(m_sandbox.statusMiB("VmRSS") - hwmBefore < 32);
    SandboxClient c(m_sandbox.baseUrl());
    QCOMPARE(c.get("/api").status, 200);
}

void TestSandboxBounds::chunkedBodyIsCutWhileItStreams()
{
    const qint64 hwmBefore = m_sandbox.statusMiB("VmHWM");
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    socket.write("POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n" + kBasic +
                 "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const qint64 poured = pour(socket, 96 * 1024 * 1024, true);
    const QByteArray answer = readUntilClosed(socket, 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    // The sandbox stopped taking the body soon after the limit (1 MiB).
    QVERIFY2(poured < 96 * 1024 * 1024, qPrintable(QString::number(poured)));
    const qint64 growth = m_sandbox.statusMiB("VmHWM") - hwmBefore;
    QVERIFY2(growth < 32, qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(growth)));
}

void TestSandboxBounds::bodiesWithinTheLimitAreServed()
{
    // Chunked and with a length, near the limit: both reach the service.
    const QByteArray json = R"({"ContactId": 3, "Department": "Chunked", "Padding": ")" +
                            QByteArray(900000, 'p') + "\"}";
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    QByteArray request = "POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n" +
                         kBasic +
                         "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < json.size(); at += 100000) {
        const QByteArray part = json.mid(at, 100000);
        request += QByteArray::number(part.size(), 16) + ";ext=1\r\n" + part + "\r\n";
    }
    request += "0\r\n\r\n";
    socket.write(request);
    const QByteArray head = readHead(socket, 10000);
    QVERIFY2(head.startsWith("HTTP/1.1 200 "), head.left(300).constData());
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    QCOMPARE(c.get("/api/v1/Contact/3").object().value("Department").toString(),
             QStringLiteral("Chunked"));
    const auto put = c.post(
        "/api/v1/Agents/Contact/SaveContactEntity",
        QJsonObject{{"ContactId", 3}, {"Department", "Sized"}, {"Padding", QString(900000, 'q')}});
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object().value("Department").toString(), QStringLiteral("Sized"));
}

void TestSandboxBounds::pipelinedRequestsAreAnswered()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    const QByteArray body = R"({"ContactId": 4, "Department": "Pipelined"})";
    socket.write("GET /api HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n" +
                 kBasic + "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body +
                 "GET /api/v1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const QByteArray answers = readUntilClosed(socket, 10000);
    QCOMPARE(answers.count("HTTP/1.1 200 OK"), 3);
    QVERIFY(answers.contains("\"Department\":\"Pipelined\""));
}

void TestSandboxBounds::expectContinueIsAnswered()
{
    // curl asks before sending a body over 1 MiB; the answer comes from the head alone.
    const QByteArray body = R"({"ContactId": 5, "Department": "Continued"})";
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    socket.write("POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n" + kBasic +
                 "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n");
    const QByteArray interim = readHead(socket, 10000);
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    const QByteArray answer = readHead(socket, 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    // Too large: refused instead.
    QTcpSocket large;
    QVERIFY(connectTo(large, m_sandbox));
    large.write("POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n" + kBasic +
                "Expect: 100-continue\r\nContent-Length: 5000000\r\n\r\n");
    const QByteArray refused = readHead(large, 10000);
    QVERIFY2(refused.startsWith("HTTP/1.1 413 "), refused.constData());
}

void TestSandboxBounds::idleConnectionIsClosed()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    // --idle-timeout 500: closed without an answer, long before this wait ends.
    const QByteArray got = readUntilClosed(socket, 15000);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(got.isEmpty());
}

void TestSandboxBounds::keptAliveConnectionIsClosedWhenIdle()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    socket.write("GET /api HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray got = readUntilClosed(socket, 15000);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(got.startsWith("HTTP/1.1 200 OK"));
}

void TestSandboxBounds::tricklingHeadIsCut()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    const QByteArray request = "GET /api HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(400, 's');
    QByteArray got;
    // One byte every 50 ms, each within the idle timeout, the whole past the request timeout.
    for (qsizetype i = 0; i < request.size() && socket.state() == QAbstractSocket::ConnectedState;
         ++i) {
        socket.write(request.mid(i, 1));
        socket.waitForBytesWritten(1000);
        if (socket.waitForReadyRead(50))
            break;
    }
    got += readUntilClosed(socket, 10000);
    QVERIFY2(got.startsWith("HTTP/1.1 408 "), got.constData());
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestSandboxBounds::tricklingBodyIsCut()
{
    QTcpSocket socket;
    QVERIFY(connectTo(socket, m_sandbox));
    socket.write("POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n" + kBasic +
                 "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
    for (int i = 0; i < 400 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(" ");
        socket.waitForBytesWritten(1000);
        if (socket.waitForReadyRead(50))
            break;
    }
    const QByteArray got = readUntilClosed(socket, 10000);
    QVERIFY2(got.startsWith("HTTP/1.1 408 "), got.constData());
}

void TestSandboxBounds::keepsServingAtTheDescriptorLimit()
{
    Child limited;
    QVERIFY(limited.start({"--max-fds", "64", "--idle-timeout", "3000"}));
    // More connections than the process has descriptors for, each held open without a request.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 120; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, limited.port());
        socket->waitForConnected(200);
        held.push_back(std::move(socket));
    }
    QTest::qWait(300);
    // Within the limit, with room to spare for the store.
    const int descriptors = limited.openDescriptors();
    qInfo("descriptors open: %d of 64", descriptors);
    QVERIFY2(descriptors < 64, qPrintable(QString::number(descriptors)));
    // Waiting connections must not keep the process busy (a spinning accept() takes a whole core).
    const double before = limited.cpuSeconds();
    QTest::qWait(2000);
    const double used = limited.cpuSeconds() - before;
    qInfo("CPU time over 2 s with %zu connections held: %.2f s", held.size(), used);
    QVERIFY2(used < 0.8, qPrintable(QString::number(used)));
    // A normal request is answered: idle connections make room for it.
    SandboxClient c(limited.baseUrl());
    c.setBasic("demo", "demo");
    const auto r = c.get("/api/v1/Contact/1");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("ContactId").toInt(), 1);
    QVERIFY(limited.isRunning());
}

QTEST_GUILESS_MAIN(TestSandboxBounds)
#include "tst_sandboxbounds.moc"
