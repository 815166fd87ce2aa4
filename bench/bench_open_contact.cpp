// Opening a contact with 10, 1,000 and 10,000 persons: parse with the lossless codec and build
// every item model, against parsing the same payload with QJsonDocument alone. Prints both
// times, the ratio and peak memory (each measured in a fresh child process).
#include "carriercodec.h"
#include "customfieldmodel.h"
#include "entitydocument.h"
#include "entityelementlistmodel.h"
#include "interestlistmodel.h"
#include "persontablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QJsonObject fieldProperty(const char *mask, const char *type, int length)
{
    return {{QStringLiteral("FieldRight"),
             QJsonObject{{QStringLiteral("Mask"), QString::fromLatin1(mask)},
                         {QStringLiteral("Reason"), QString()}}},
            {QStringLiteral("FieldType"), QString::fromLatin1(type)},
            {QStringLiteral("FieldLength"), length}};
}

QByteArray payload(int persons)
{
    QJsonArray list;
    for (int i = 0; i < persons; ++i) {
        list.append(QJsonObject{
            {QStringLiteral("TableRight"),
             QJsonObject{{QStringLiteral("Mask"), QStringLiteral("FULL")},
                         {QStringLiteral("Reason"), QString()}}},
            {QStringLiteral("FieldProperties"),
             QJsonObject{
                 {QStringLiteral("FirstName"), fieldProperty("Update", "System.String", 50)},
                 {QStringLiteral("LastName"), fieldProperty("Update", "System.String", 50)}}},
            {QStringLiteral("Position"), QStringLiteral("Sales")},
            {QStringLiteral("PersonId"), 1000 + i},
            {QStringLiteral("Mrmrs"), QStringLiteral("Ms")},
            {QStringLiteral("Firstname"), QStringLiteral("Kari%1").arg(i)},
            {QStringLiteral("Lastname"), QStringLiteral("Nordmann")},
            {QStringLiteral("MiddleName"), QString()},
            {QStringLiteral("Title"), QStringLiteral("Account manager")},
            {QStringLiteral("Description"), QString()},
            {QStringLiteral("Email"), QStringLiteral("kari%1@example.no").arg(i)},
            {QStringLiteral("FullName"), QStringLiteral("Kari%1 Nordmann").arg(i)},
            {QStringLiteral("DirectPhone"),
             QStringLiteral("+47 22 00 %1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("FormalName"), QString()},
            {QStringLiteral("CountryId"), 578},
            {QStringLiteral("ContactId"), 1},
            {QStringLiteral("ContactName"), QStringLiteral("Bench AS")},
            {QStringLiteral("Retired"), 0},
            {QStringLiteral("Rank"), i},
            {QStringLiteral("ActiveInterests"), 0},
            {QStringLiteral("ContactDepartment"), QString()},
            {QStringLiteral("ContactCountryId"), 578},
            {QStringLiteral("ContactOrgNr"), QStringLiteral("912345678")},
            {QStringLiteral("FaxPhone"), QString()},
            {QStringLiteral("MobilePhone"), QStringLiteral("+47 900 00 %1").arg(i)},
            {QStringLiteral("ContactPhone"), QStringLiteral("+47 22 00 00 00")},
            {QStringLiteral("AssociateName"), QStringLiteral("RJ")},
            {QStringLiteral("AssociateId"), 5},
            {QStringLiteral("UsePersonAddress"), false},
            {QStringLiteral("ContactFax"), QString()},
            {QStringLiteral("Kanafname"), QString()},
            {QStringLiteral("Kanalname"), QString()},
            {QStringLiteral("Post1"), QString()},
            {QStringLiteral("Post2"), QString()},
            {QStringLiteral("Post3"), QString()},
            {QStringLiteral("EmailName"), QString()},
            {QStringLiteral("ContactFullName"), QStringLiteral("Bench AS")},
            {QStringLiteral("ActiveErpLinks"), 0},
            {QStringLiteral("TicketPriorityId"), 0},
            {QStringLiteral("SupportLanguageId"), 0},
            {QStringLiteral("SupportAssociateId"), 0},
            {QStringLiteral("CategoryName"), QStringLiteral("Customer")}});
    }
    QJsonObject contact{
        {QStringLiteral("TableRight"), QJsonObject{{QStringLiteral("Mask"), QStringLiteral("FULL")},
                                                   {QStringLiteral("Reason"), QString()}}},
        {QStringLiteral("FieldProperties"),
         QJsonObject{{QStringLiteral("Name"),
                      fieldProperty("Update, UIHintMandatory", "System.String", 219)}}},
        {QStringLiteral("ContactId"), 1},
        {QStringLiteral("Name"), QStringLiteral("Bench AS")},
        {QStringLiteral("UpdatedDate"), QStringLiteral("2024-03-11T09:15:02")},
        {QStringLiteral("Phones"),
         QJsonArray{QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 22 00 00 00")}}}},
        {QStringLiteral("Emails"),
         QJsonArray{QJsonObject{{QStringLiteral("Value"), QStringLiteral("post@bench.no")}}}},
        {QStringLiteral("Persons"), list},
        {QStringLiteral("CustomFields"),
         QJsonObject{{QStringLiteral("SuperOffice:1"), QStringLiteral("[I:3]")}}},
    };
    return QJsonDocument(contact).toJson(QJsonDocument::Compact);
}

// What opening a company costs: decode, the document, and every model the editor builds.
int openContact(const QByteArray &bytes)
{
    auto entity = CarrierCodec::decodeContact(bytes);
    if (!entity)
        qFatal("payload did not decode");
    EntityDocument document(*entity);
    EntityElementListModel phones(&document, QStringLiteral("Phones"));
    EntityElementListModel emails(&document, QStringLiteral("Emails"));
    EntityElementListModel urls(&document, QStringLiteral("Urls"));
    EntityElementListModel faxes(&document, QStringLiteral("Faxes"));
    PersonTableModel persons(&document);
    InterestListModel interests(&document);
    CustomFieldModel custom(&document);
    // A view shows the first screenful.
    int touched = 0;
    for (int r = 0; r < std::min(persons.rowCount(), 40); ++r)
        touched += persons.index(r, 0).data().toString().size();
    return touched + custom.rowCount();
}

int parseOnly(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return int(doc.object().size());
}

double medianMs(const std::function<int()> &run, int repeats)
{
    QList<double> times;
    volatile int sink = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        sink = sink + run();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Child mode: read the payload from a file (so nothing else has inflated the heap), then
// report how far the high-water mark rises above what is resident with the payload loaded.
int measurePeak(const QString &mode, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = in.readAll();
    in.close();
    const qint64 before = statusKiB("VmRSS");
    if (mode == QLatin1String("ours"))
        openContact(bytes);
    else
        parseOnly(bytes);
    const qint64 after = statusKiB("VmHWM");
    std::printf("%lld\n", static_cast<long long>(after - before));
    return 0;
}

qint64 peakInChild(const QString &mode, const QByteArray &bytes)
{
    QTemporaryFile file;
    if (!file.open())
        return -1;
    file.write(bytes);
    file.flush();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--peak"), mode, file.fileName()});
    if (!child.waitForFinished(120000))
        return -1;
    return child.readAllStandardOutput().trimmed().toLongLong();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--peak"))
        return measurePeak(args.at(2), args.at(3));

    QTextStream out(stdout);
    out << "Open a contact: codec + document + all item models, against QJsonDocument::fromJson "
           "alone\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("persons"), 8)
               .arg(QStringLiteral("payload KiB"), 12)
               .arg(QStringLiteral("json ms"), 10)
               .arg(QStringLiteral("open ms"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("json peak KiB"), 14)
               .arg(QStringLiteral("open peak KiB"), 14)
               .arg(QStringLiteral("open/payload"), 13)
               .arg(QStringLiteral("open/json mem"), 14);
    for (int persons : {10, 1000, 10000}) {
        const QByteArray bytes = payload(persons);
        const int repeats = persons >= 10000 ? 9 : persons >= 1000 ? 31 : 301;
        parseOnly(bytes); // warm up
        openContact(bytes);
        const double json = medianMs([&] { return parseOnly(bytes); }, repeats);
        const double open = medianMs([&] { return openContact(bytes); }, repeats);
        const qint64 jsonPeak = peakInChild(QStringLiteral("json"), bytes);
        const qint64 openPeak = peakInChild(QStringLiteral("ours"), bytes);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(persons, 8)
                   .arg(bytes.size() / 1024, 12)
                   .arg(json, 10, 'f', 3)
                   .arg(open, 10, 'f', 3)
                   .arg(open / json, 7, 'f', 2)
                   .arg(jsonPeak, 14)
                   .arg(openPeak, 14)
                   .arg(double(openPeak) / (bytes.size() / 1024.0), 13, 'f', 2)
                   .arg(double(openPeak) / double(std::max<qint64>(jsonPeak, 1)), 14, 'f', 2);
        out.flush();
    }
    out << "Targets (10,000 persons): ratio at most 3; open peak within 3x the payload size.\n"
           "Peak memory is the growth of the process high-water mark over the resident size with\n"
           "the payload loaded. QJsonDocument alone needs about 6x the payload; the codec reads\n"
           "persons one at a time and stores their identical rights once (CarrierListDecoder), so\n"
           "open/json below 1 is what that saves, net of everything the editor adds.\n";
    return 0;
}
