// A data file from before persons were records: its companies hold their persons in the company
// JSON's Persons and the person table does not exist yet. The sandbox moves them into person
// records when it opens the file, once.
#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "testdata.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kGet = QStringLiteral("/api/v1/Agents/Person/GetPersonEntity?personEntityId=%1");
const QString kSave = QStringLiteral("/api/v1/Agents/Person/SavePersonEntity");
const QString kDefault = QStringLiteral("/api/v1/Agents/Person/CreateDefaultPersonEntity");
const QString kGetContact =
    QStringLiteral("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=%1");

// The company of tests/data/contact-real.json (id 42), as the old sandbox stored its companies.
constexpr int kCompany = 42;
// Ids the old counter did not hand out last: a new person must still come after them.
constexpr int kKari = 7;
constexpr int kOla = 12;
constexpr int kOldCounter = 9;

QJsonObject lightPerson(int id, const QString &first, const QString &middle, const QString &last,
                        const QString &title, const QString &position, int retired)
{
    // The light Person carrier as the old server embedded it (tests/data/contact-real.json).
    QJsonObject p = TestData::object(QStringLiteral("contact-real.json"))
                        .value("Persons")
                        .toArray()
                        .at(0)
                        .toObject();
    p.remove("TableRight");
    p.remove("FieldProperties");
    p.insert("PersonId", id);
    p.insert("Firstname", first);
    p.insert("MiddleName", middle);
    p.insert("Lastname", last);
    p.insert("FullName", QStringList{first, middle, last}.join(' ').simplified());
    p.insert("Title", title);
    p.insert("Position", position);
    p.insert("Retired", retired);
    p.insert("Email", first.toLower() + QStringLiteral("@bjorge.no"));
    return p;
}

// Writes DIR/sandbox.sqlite in the schema from before the person table.
bool writeOldFile(const QString &fileName, QString *error)
{
    const QString connection = QStringLiteral("old-sandbox-file");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok &&
             q.exec("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    "department TEXT, orgnr TEXT, city TEXT, json TEXT NOT NULL)") &&
             q.exec("CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
        QJsonObject company = TestData::object(QStringLiteral("contact-real.json"));
        for (const char *m : {"TableRight", "FieldProperties", "_Links"})
            company.remove(QLatin1String(m));
        company.insert("Persons",
                       QJsonArray{lightPerson(kKari, "Kari", "", "Nordmann", "CEO", "", 0),
                                  lightPerson(kOla, "Ola", "Marius", "Hansen", "Sales lead",
                                              "Sales Manager", 1)});
        // A company without persons, which the old server stored with an empty Persons.
        QJsonObject other = company;
        other.insert("ContactId", kCompany + 1);
        other.insert("Name", "Tom Handel AS");
        other.insert("Persons", QJsonArray());
        for (const QJsonObject &e : {company, other}) {
            q.prepare("INSERT INTO contact (id, name, department, orgnr, city, json) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
            q.addBindValue(e.value("ContactId").toInt());
            q.addBindValue(e.value("Name").toString());
            q.addBindValue(e.value("Department").toString());
            q.addBindValue(e.value("OrgNr").toString());
            q.addBindValue(QStringLiteral("Oslo"));
            q.addBindValue(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
            ok = ok && q.exec();
        }
        ok = ok && q.exec(QStringLiteral("INSERT INTO counter (name, value) VALUES ('person', %1)")
                              .arg(kOldCounter));
        if (!ok)
            *error = q.lastError().text() + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// What the file holds now: each company's stored JSON and the person records' ids.
struct FileState
{
    QList<QJsonObject> companies;
    QList<int> personIds;
};

FileState readFile(const QString &fileName)
{
    FileState state;
    const QString connection = QStringLiteral("sandbox-file-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec("SELECT json FROM contact ORDER BY id");
            while (q.next())
                state.companies.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
            q.exec("SELECT id FROM person ORDER BY id");
            while (q.next())
                state.personIds.append(q.value(0).toInt());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return state;
}

QList<int> personIdsOf(const QJsonObject &company)
{
    QList<int> ids;
    for (const QJsonValue &v : company.value("Persons").toArray())
        ids.append(v.toObject().value("PersonId").toInt());
    return ids;
}

} // namespace

class TestSandboxMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void companyListsItsEmbeddedPersons();
    void personsAreRecordsUnderTheirOldIds();
    void storedCompaniesLoseTheirPersons();
    void newPersonComesAfterTheMovedOnes();
    void restartMovesNothingAgain();

private:
    QJsonObject company(int id);
    QJsonObject person(int id);

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    int m_newPerson = 0;
};

void TestSandboxMigration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(writeOldFile(m_dir.filePath("sandbox.sqlite"), &error), qPrintable(error));
    QVERIFY2(m_sandbox.start({"--data", m_dir.path()}), qPrintable(m_sandbox.errorString()));
}

QJsonObject TestSandboxMigration::company(int id)
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    const auto r = c.post(kGetContact.arg(id));
    if (r.status != 200)
        qWarning("GetContactEntity %d: %d %s", id, r.status, r.body.constData());
    return r.object();
}

QJsonObject TestSandboxMigration::person(int id)
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    const auto r = c.post(kGet.arg(id));
    if (r.status != 200)
        qWarning("GetPersonEntity %d: %d %s", id, r.status, r.body.constData());
    return r.object();
}

void TestSandboxMigration::companyListsItsEmbeddedPersons()
{
    const QJsonObject c = company(kCompany);
    QCOMPARE(c.value("Name").toString(), QStringLiteral("Bjørge Lakkeri AS"));
    QCOMPARE(personIdsOf(c), (QList<int>{kKari, kOla}));
    const QJsonArray persons = c.value("Persons").toArray();
    QCOMPARE(persons.at(0).toObject().value("Firstname").toString(), QStringLiteral("Kari"));
    QCOMPARE(persons.at(0).toObject().value("DirectPhone").toString(),
             QStringLiteral("+47 22 33 44 56"));
    QCOMPARE(persons.at(1).toObject().value("FullName").toString(),
             QStringLiteral("Ola Marius Hansen"));
    QCOMPARE(persons.at(1).toObject().value("Position").toString(),
             QStringLiteral("Sales Manager"));
    QCOMPARE(persons.at(1).toObject().value("Retired").toInt(), 1);
    // The demo data was not added: the file was not empty.
    QVERIFY(personIdsOf(company(kCompany + 1)).isEmpty());
}

void TestSandboxMigration::personsAreRecordsUnderTheirOldIds()
{
    const QJsonObject kari = person(kKari);
    QCOMPARE(kari.value("PersonId").toInt(), kKari);
    QCOMPARE(kari.value("Firstname").toString(), QStringLiteral("Kari"));
    QCOMPARE(kari.value("Lastname").toString(), QStringLiteral("Nordmann"));
    QCOMPARE(kari.value("Title").toString(), QStringLiteral("CEO"));
    QCOMPARE(kari.value("Retired").toBool(), false);
    QCOMPARE(kari.value("Contact").toObject().value("ContactId").toInt(), kCompany);
    QCOMPARE(kari.value("Emails").toArray().at(0).toObject().value("Value").toString(),
             QStringLiteral("kari@bjorge.no"));
    QCOMPARE(kari.value("OfficePhones").toArray().at(0).toObject().value("StrippedValue"),
             QJsonValue("+4722334456"));
    QCOMPARE(kari.value("MobilePhones").toArray().at(0).toObject().value("Value").toString(),
             QStringLiteral("+47 900 11 222"));
    // Built like a demo person: the whole PersonEntity with the company's members.
    QCOMPARE(kari.value("PersonNumber").toString(), QString::number(10000 + kKari));
    QVERIFY(kari.value("Address").toObject().contains("LocalizedAddress"));
    QVERIFY(kari.value("Category").toObject().contains("Id"));

    const QJsonObject ola = person(kOla);
    QCOMPARE(ola.value("PersonId").toInt(), kOla);
    QCOMPARE(ola.value("Firstname").toString(), QStringLiteral("Ola"));
    QCOMPARE(ola.value("MiddleName").toString(), QStringLiteral("Marius"));
    QCOMPARE(ola.value("Lastname").toString(), QStringLiteral("Hansen"));
    QCOMPARE(ola.value("FullName").toString(), QStringLiteral("Ola Marius Hansen"));
    QCOMPARE(ola.value("Title").toString(), QStringLiteral("Sales lead"));
    QCOMPARE(ola.value("Position").toObject().value("Id").toInt(), 3);
    QCOMPARE(ola.value("Retired").toBool(), true);
    QCOMPARE(ola.value("Contact").toObject().value("ContactId").toInt(), kCompany);
}

void TestSandboxMigration::storedCompaniesLoseTheirPersons()
{
    const FileState state = readFile(m_dir.filePath("sandbox.sqlite"));
    QCOMPARE(state.companies.size(), 2);
    for (const QJsonObject &c : state.companies)
        QVERIFY2(!c.contains("Persons"), qPrintable(c.value("Name").toString()));
    // Unknown members of the stored company are kept.
    QVERIFY(state.companies.at(0).contains("FutureMember"));
    QCOMPARE(state.personIds, (QList<int>{kKari, kOla}));
}

void TestSandboxMigration::newPersonComesAfterTheMovedOnes()
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    QJsonObject p = c.post(kDefault).object();
    p.insert("Firstname", "Nina");
    p.insert("Lastname", "Berg");
    p.insert("Contact", QJsonObject{{"ContactId", kCompany}});
    const auto r = c.post(kSave, p);
    QCOMPARE(r.status, 200);
    m_newPerson = r.object().value("PersonId").toInt();
    QVERIFY2(m_newPerson > kOla, qPrintable(QString::number(m_newPerson)));
    QCOMPARE(personIdsOf(company(kCompany)), (QList<int>{kKari, kOla, m_newPerson}));
}

void TestSandboxMigration::restartMovesNothingAgain()
{
    QVERIFY(m_newPerson > 0);
    const QJsonObject kari = person(kKari);
    const QJsonObject ola = person(kOla);
    QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
    QCOMPARE(personIdsOf(company(kCompany)), (QList<int>{kKari, kOla, m_newPerson}));
    QVERIFY(personIdsOf(company(kCompany + 1)).isEmpty());
    QCOMPARE(TestData::differences(person(kKari), kari), QStringList());
    QCOMPARE(TestData::differences(person(kOla), ola), QStringList());
    QCOMPARE(readFile(m_dir.filePath("sandbox.sqlite")).personIds,
             (QList<int>{kKari, kOla, m_newPerson}));
}

QTEST_MAIN(TestSandboxMigration)
#include "tst_sandboxmigration.moc"
