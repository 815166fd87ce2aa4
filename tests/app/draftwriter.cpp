// Test helper for tst_draftstore: edits a draft as fast as it can and prints "edit N" after each
// edit is committed, until it is killed. Arguments: the database path and a contact fixture.
#include "carriercodec.h"
#include "contactdocument.h"
#include "draftrecorder.h"
#include "draftstore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    QFile fixture(QString::fromLocal8Bit(argv[2]));
    if (!fixture.open(QIODevice::ReadOnly))
        return 3;
    const auto entity = CarrierCodec::decodeContact(fixture.readAll());
    DraftStore store;
    if (!entity || !store.open(QString::fromLocal8Bit(argv[1])))
        return 4;
    ContactDocument doc(*entity);
    const qint64 id = store.create(QStringLiteral("writer@test"), entity->json(), entity->json());
    DraftRecorder recorder(&store, &doc, id);
    for (int i = 0;; ++i) {
        doc.breakMerge();
        doc.setValue(JsonPath("Department"), QStringLiteral("Dept %1").arg(i));
        if (i % 10 == 0)
            doc.insertElement(JsonPath("Phones"), 0, QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 %1").arg(i)}});
        if (recorder.hasFailed())
            return 5;
        std::printf("edit %d\n", i);
        std::fflush(stdout);
    }
}
