// Test helper, killed with SIGKILL by the tests:
//   draftwriter DB FIXTURE: edits a draft as fast as it can and prints "edit N" after each edit
//   is committed (tst_draftstore).
//   draftwriter --save DB URL: opens company 11 from the sandbox at URL as demo, edits it and
//   starts a save, then prints "saving" (tst_contactsession).
#include "carriercodec.h"
#include "entitydocument.h"
#include "contactsession.h"
#include "draftrecorder.h"
#include "draftstore.h"
#include "webapiclient.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

static int saveMode(const QString &db, const QUrl &url)
{
    static DraftStore store;
    if (!store.open(db))
        return 4;
    auto *client = new WebApiClient(qApp);
    ConnectionProfile profile;
    profile.setName(QStringLiteral("sandbox"));
    profile.setBaseUrl(url);
    profile.setUserName(QStringLiteral("demo"));
    client->setProfile(profile);
    client->setSecret(QStringLiteral("demo"));
    client->setTimeout(60000);
    auto *session = new ContactSession(client, qApp);
    session->setDraftStore(&store, profile.credentialKey());
    QObject::connect(
        session, &ContactSession::documentReady, qApp, [session](EntityDocument *doc) {
            doc->setValue(JsonPath("Department"), QStringLiteral("Edited before the kill"));
            session->save();
            std::printf("saving\n");
            std::fflush(stdout);
        });
    QObject::connect(session, &ContactSession::failed, qApp, [] { QCoreApplication::exit(5); });
    session->open(11);
    return QCoreApplication::exec();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--save")
        return saveMode(QString::fromLocal8Bit(argv[2]), QUrl(QString::fromLocal8Bit(argv[3])));
    if (argc < 3)
        return 2;
    QFile fixture(QString::fromLocal8Bit(argv[2]));
    if (!fixture.open(QIODevice::ReadOnly))
        return 3;
    const auto entity = CarrierCodec::decodeContact(fixture.readAll());
    DraftStore store;
    if (!entity || !store.open(QString::fromLocal8Bit(argv[1])))
        return 4;
    EntityDocument doc(*entity);
    const qint64 id = store.create(QStringLiteral("writer@test"), entity->json(), entity->json());
    DraftRecorder recorder(&store, &doc, id);
    for (int i = 0;; ++i) {
        doc.breakMerge();
        doc.setValue(JsonPath("Department"), QStringLiteral("Dept %1").arg(i));
        if (i % 10 == 0)
            doc.insertElement(
                JsonPath("Phones"), 0,
                QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 %1").arg(i)}});
        if (recorder.hasFailed())
            return 5;
        std::printf("edit %d\n", i);
        std::fflush(stdout);
    }
}
