#include "backgroundrelease.h"

#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <atomic>
#include <memory>

// A very large entity is freed on a pool thread, a small one where it was: the window's thread
// never spends tens of milliseconds freeing a company with thousands of persons.
class TestBackgroundRelease : public QObject
{
    Q_OBJECT

private slots:
    void aLargeEntityIsFreedOnAnotherThread();
    void aSmallOneStaysWithItsOwner();
};

namespace {

// Notes the thread its last owner let it go on.
struct Tracker
{
    explicit Tracker(std::atomic<QThread *> *freedOn)
        : m_freedOn(freedOn)
    {}
    ~Tracker() { m_freedOn->store(QThread::currentThread()); }
    std::atomic<QThread *> *m_freedOn;
};

QJsonObject withPersons(int count)
{
    QJsonArray persons;
    for (int i = 0; i < count; ++i)
        persons.append(QJsonObject{{QStringLiteral("PersonId"), i + 1}});
    return QJsonObject{{QStringLiteral("Persons"), persons}};
}

} // namespace

void TestBackgroundRelease::aLargeEntityIsFreedOnAnotherThread()
{
    const QJsonObject large = withPersons(BackgroundRelease::kPersons);
    QVERIFY(BackgroundRelease::isLarge(large));
    std::atomic<QThread *> freedOn = nullptr;
    auto value = std::make_shared<Tracker>(&freedOn);
    BackgroundRelease::release(value, large);
    QVERIFY(!value); // taken
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QVERIFY(freedOn.load());
    QVERIFY(freedOn.load() != QThread::currentThread());

    // A JSON tree, as the editor hands them over: taken, and left empty here.
    QJsonObject json = large;
    BackgroundRelease::release(json, json);
    QVERIFY(json.isEmpty());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
}

void TestBackgroundRelease::aSmallOneStaysWithItsOwner()
{
    const QJsonObject small = withPersons(BackgroundRelease::kPersons - 1);
    QVERIFY(!BackgroundRelease::isLarge(small));
    std::atomic<QThread *> freedOn = nullptr;
    auto value = std::make_shared<Tracker>(&freedOn);
    BackgroundRelease::release(value, small);
    QVERIFY(value); // not taken: freed by its owner, here
    value.reset();
    QCOMPARE(freedOn.load(), QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestBackgroundRelease)
#include "tst_backgroundrelease.moc"
