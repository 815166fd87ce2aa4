#include "contactsession.h"
#include "enrichmentsession.h"
#include "sandboxprocess.h"
#include "webapiclient.h"

#include <QSignalSpy>
#include <QtTest>

// Enrichment against contact-sandbox: candidates, preview, proposals, partial accept, rights,
// undo, a new company, nothing new, errors and a timeout.
class TestEnrichmentSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void candidatesAndPreview();
    void fullFlowAppliesAsOneUndoStep();
    void partialAccept();
    void typedValuesAreNotRecommended();
    void restrictedUserCannotAcceptReadOnlyFields();
    void newUnsavedCompany();
    void nothingNewProposesNothing();
    void errorsAndTimeout();

private:
    EntityDocument *openCompany(int id, const QString &user = QStringLiteral("demo"));
    EntityDocument *newCompany();
    QList<MDOListItem> candidatesFor(EnrichmentSession &session, const QString &name);
    QList<EnrichmentSession::Proposal> proposalsFor(EnrichmentSession &session,
                                                    const QString &enrichId);

    SandboxProcess m_sandbox;
    WebApiClient *m_client = nullptr;
};

void TestEnrichmentSession::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestEnrichmentSession::init()
{
    m_sandbox.reset();
    m_client = new WebApiClient;
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    p.setLanguage(QStringLiteral("en"));
    m_client->setProfile(p);
    m_client->setSecret(QStringLiteral("demo"));
}

void TestEnrichmentSession::cleanup()
{
    delete m_client;
}

EntityDocument *TestEnrichmentSession::openCompany(int id, const QString &user)
{
    ConnectionProfile p = m_client->profile();
    p.setUserName(user);
    m_client->setProfile(p);
    m_client->setSecret(user);
    auto *session = new ContactSession(m_client, m_client);
    QSignalSpy ready(session, &ContactSession::documentReady);
    session->open(id);
    ready.wait(10000);
    return session->document();
}

EntityDocument *TestEnrichmentSession::newCompany()
{
    auto *session = new ContactSession(m_client, m_client);
    QSignalSpy ready(session, &ContactSession::documentReady);
    session->createNew();
    ready.wait(10000);
    return session->document();
}

QList<MDOListItem> TestEnrichmentSession::candidatesFor(EnrichmentSession &session,
                                                        const QString &name)
{
    QSignalSpy spy(&session, &EnrichmentSession::candidatesReady);
    session.search(name);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<QList<MDOListItem>>();
}

QList<EnrichmentSession::Proposal> TestEnrichmentSession::proposalsFor(EnrichmentSession &session,
                                                                       const QString &enrichId)
{
    QSignalSpy spy(&session, &EnrichmentSession::proposalsReady);
    session.enrich(enrichId);
    if (!spy.wait(10000))
        return {};
    return session.proposals();
}

void TestEnrichmentSession::candidatesAndPreview()
{
    EntityDocument *doc = openCompany(1);
    QVERIFY(doc);
    EnrichmentSession session(m_client, doc);
    const QList<MDOListItem> candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    QVERIFY(!candidates.first().extraInfo().isEmpty());
    QSignalSpy preview(&session, &EnrichmentSession::previewReady);
    session.preview(candidates.first().extraInfo());
    QVERIFY(preview.wait(10000));
    const PreviewContact p = preview.first().first().value<PreviewContact>();
    QVERIFY(!p.name().isEmpty());
    QVERIFY(!p.phone().isEmpty() || !p.url().isEmpty());
    QVERIFY(candidatesFor(session, QStringLiteral("Zzyzx Nonexistent Holding")).isEmpty());
}

void TestEnrichmentSession::fullFlowAppliesAsOneUndoStep()
{
    EntityDocument *doc = openCompany(1);
    EnrichmentSession session(m_client, doc);
    const QList<MDOListItem> candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    const QJsonObject before = doc->working();
    const auto proposals = proposalsFor(session, candidates.first().extraInfo());
    QVERIFY(!proposals.isEmpty());
    for (const auto &p : proposals)
        QVERIFY(EnrichmentSession::enrichedMembers().contains(p.change.member));
    // The service's answer changes nothing by itself.
    QCOMPARE(doc->working(), before);
    QList<int> all;
    for (int i = 0; i < proposals.size(); ++i)
        all.append(i);
    const int steps = doc->undoStack()->count();
    QCOMPARE(session.apply(all), int(proposals.size()));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Enrich company"));
    QVERIFY(doc->working() != before);
    QVERIFY(doc->isModified());
    // Only enriched members changed.
    for (auto it = doc->working().constBegin(); it != doc->working().constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            QVERIFY2(EnrichmentSession::enrichedMembers().contains(it.key()), qPrintable(it.key()));
    }
    doc->undoStack()->undo();
    QCOMPARE(doc->working(), before);
}

void TestEnrichmentSession::partialAccept()
{
    EntityDocument *doc = openCompany(2);
    EnrichmentSession session(m_client, doc);
    const auto candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    const auto proposals = proposalsFor(session, candidates.first().extraInfo());
    QVERIFY(proposals.size() >= 2);
    const QJsonObject before = doc->working();
    QCOMPARE(session.apply({0}), 1);
    const QString member = proposals.at(0).change.member;
    QVERIFY(doc->working().value(member) != before.value(member));
    // The second proposal, if in another member, was not applied.
    for (int i = 1; i < proposals.size(); ++i) {
        if (proposals.at(i).change.member != member)
            QCOMPARE(doc->working().value(proposals.at(i).change.member),
                     before.value(proposals.at(i).change.member));
    }
}

void TestEnrichmentSession::typedValuesAreNotRecommended()
{
    EntityDocument *doc = newCompany();
    QVERIFY(doc);
    doc->setValue(JsonPath("Name"), QStringLiteral("Nordlys Konsulenter AS"));
    Address address = doc->entity().address();
    address.setValue(Address::Part::StreetAddress1, QStringLiteral("Typed by me 1"));
    doc->setValue(JsonPath("Address"), address.json());
    EnrichmentSession session(m_client, doc);
    const auto candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    const auto proposals = proposalsFor(session, candidates.first().extraInfo());
    bool sawStreet = false;
    for (const auto &p : proposals) {
        if (p.change.key == QLatin1String("StreetAddress1")) {
            sawStreet = true;
            QVERIFY(!p.recommended);
            QVERIFY(p.allowed);
            QVERIFY(!p.note.isEmpty());
        } else if (p.allowed) {
            QVERIFY2(p.recommended, qPrintable(p.change.label));
        }
    }
    QVERIFY(sawStreet);
}

void TestEnrichmentSession::restrictedUserCannotAcceptReadOnlyFields()
{
    EntityDocument *doc = openCompany(3, QStringLiteral("restricted"));
    QVERIFY(doc);
    // Make a field the service fills read-only for this user, as the server would.
    QJsonObject props = doc->working().value(QLatin1String("FieldProperties")).toObject();
    props.insert(QStringLiteral("Phones"),
                 QJsonObject{{QStringLiteral("FieldRight"),
                              QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Read")},
                                          {QStringLiteral("Reason"),
                                           QStringLiteral("Phones are managed centrally")}}},
                             {QStringLiteral("FieldType"),
                              QStringLiteral("SuperOffice.CRM.Services.EntityElement[]")},
                             {QStringLiteral("FieldLength"), 0}});
    QJsonObject base = doc->base().json();
    base.insert(QStringLiteral("FieldProperties"), props);
    doc->restore(ContactEntity(base), ContactEntity(base));
    EnrichmentSession session(m_client, doc);
    const auto candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    const auto proposals = proposalsFor(session, candidates.first().extraInfo());
    QList<int> all;
    bool sawPhone = false;
    for (int i = 0; i < proposals.size(); ++i) {
        all.append(i);
        if (proposals.at(i).change.member == QLatin1String("Phones")) {
            sawPhone = true;
            QVERIFY(!proposals.at(i).allowed);
            QCOMPARE(proposals.at(i).note, QStringLiteral("Phones are managed centrally"));
        }
    }
    QVERIFY(sawPhone);
    const QJsonValue phonesBefore = doc->working().value(QLatin1String("Phones"));
    session.apply(all);
    QCOMPARE(doc->working().value(QLatin1String("Phones")), phonesBefore);
}

void TestEnrichmentSession::newUnsavedCompany()
{
    EntityDocument *doc = newCompany();
    doc->setValue(JsonPath("Name"), QStringLiteral("Bjørge Lakkeri"));
    EnrichmentSession session(m_client, doc);
    const auto candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    const auto proposals = proposalsFor(session, candidates.first().extraInfo());
    QVERIFY(!proposals.isEmpty());
    QList<int> all;
    for (int i = 0; i < proposals.size(); ++i)
        all.append(i);
    session.apply(all);
    QVERIFY(doc->entity().isNew()); // nothing saved
    QVERIFY(!doc->entity().phones().isEmpty() || !doc->entity().emails().isEmpty());
    QCOMPARE(doc->entity().name(), QStringLiteral("Bjørge Lakkeri")); // the name is not enriched
}

void TestEnrichmentSession::nothingNewProposesNothing()
{
    EntityDocument *doc = openCompany(4);
    EnrichmentSession session(m_client, doc);
    const auto candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    const auto first = proposalsFor(session, candidates.first().extraInfo());
    QList<int> all;
    for (int i = 0; i < first.size(); ++i)
        all.append(i);
    session.apply(all);
    // Enriching again with the same entry has nothing left to propose.
    const auto second = proposalsFor(session, candidates.first().extraInfo());
    QCOMPARE(second.size(), 0);
}

void TestEnrichmentSession::errorsAndTimeout()
{
    EntityDocument *doc = openCompany(5);
    EnrichmentSession session(m_client, doc);
    QSignalSpy failed(&session, &EnrichmentSession::failed);
    session.enrich(QStringLiteral("no-such-enrich-id"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::NotFound);
    m_client->setTimeout(300);
    QVERIFY(m_sandbox.addFault(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("EnrichContactEntity")},
                    {QStringLiteral("kind"), QStringLiteral("delay")},
                    {QStringLiteral("ms"), 2000}}));
    const auto candidates = candidatesFor(session, doc->entity().name());
    QVERIFY(!candidates.isEmpty());
    session.enrich(candidates.first().extraInfo());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().first().value<ApiError>().kind(), ApiError::Kind::Timeout);
    QVERIFY(!doc->isModified());
}

QTEST_GUILESS_MAIN(TestEnrichmentSession)
#include "tst_enrichmentsession.moc"
