#include "apiroutes.h"

#include "requestbody.h"
#include "sandboxservices.h"
#include "userdirectory.h"

#include <QRegularExpression>

namespace {

SandboxReply wrongMethod(const QByteArray &allowed)
{
    SandboxReply reply =
        SandboxReply::error(405, QStringLiteral("SoBadRequestException"),
                            QStringLiteral("Use %1 here").arg(QString::fromLatin1(allowed)));
    reply.setHeader(QByteArrayLiteral("Allow"), allowed);
    return reply;
}

// The path's segments without a tenant prefix (/Cust12345/api/v1/...) or trailing slashes.
QStringList segments(QString path)
{
    static const QRegularExpression tenant(QStringLiteral("^/[^/]+(/api(/.*)?)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!path.startsWith(QLatin1String("/api"), Qt::CaseInsensitive)) {
        const auto m = tenant.match(path);
        if (m.hasMatch())
            path = m.captured(1);
    }
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

SandboxReply version(const QString &base)
{
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("v1"), base + QStringLiteral("/api/v1/")},
                    {QStringLiteral("NetServerVersion"),
                     QStringLiteral("10.3.4 (contact-sandbox " CONTACT_EDITOR_VERSION ")")},
                    {QStringLiteral("Services"), QStringLiteral("Services88")},
                    {QStringLiteral("ServicesCurrent"), QStringLiteral("Services88")},
                    {QStringLiteral("Version"), QStringLiteral("v1")},
                    {QStringLiteral("Product"), QStringLiteral("contact-sandbox")}});
}

} // namespace

ApiRoutes::ApiRoutes(const UserDirectory &users, SandboxServices &services)
    : m_users(users)
    , m_services(services)
{
    addAgentRoutes();
    addRestRoutes();
}

const SandboxUser *ApiRoutes::authenticate(const SandboxRequest &r, const QString &language,
                                           SandboxReply *refusal) const
{
    const SandboxUser *user = nullptr;
    QString scheme;
    const QByteArray authorization = r.header("Authorization").trimmed();
    if (m_users.authenticate(authorization, &user, &scheme) == UserDirectory::AuthResult::Ok)
        return user;
    const bool bearer = scheme == QLatin1String("Bearer");
    if (bearer) {
        // Tokens the login service minted, valid until they expire or are revoked.
        const QString token = QString::fromUtf8(authorization.mid(authorization.indexOf(' ') + 1));
        if (const std::optional<int> associate = m_services.tokens().accessTokenUser(token)) {
            if (const SandboxUser *minted = m_users.byAssociateId(*associate))
                return minted;
        }
    }
    const bool missing = authorization.isEmpty();
    *refusal = SandboxReply::error(
        401, QStringLiteral("UnauthorizedAccessException"),
        m_services.texts().message(missing ? QStringLiteral("SR_ERROR_NO_CREDENTIALS")
                                           : QStringLiteral("SR_ERROR_BAD_CREDENTIALS"),
                                   language),
        QStringLiteral("SuperOffice.WebApi"));
    // Schemes QNetworkAccessManager does not try on its own, so clients see the 401 as is.
    refusal->setHeader(QByteArrayLiteral("WWW-Authenticate"),
                       bearer ? QByteArrayLiteral("Bearer realm=\"SuperOffice\", "
                                                  "error=\"invalid_token\"")
                              : QByteArrayLiteral("Bearer realm=\"SuperOffice\", SOTICKET"));
    return nullptr;
}

SandboxReply ApiRoutes::dispatch(const SandboxRequest &r, const QString &baseUrl) const
{
    const QStringList parts = segments(r.path);
    auto is = [&parts](qsizetype i, const char *name) {
        return i < parts.size() &&
               parts.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    const QString language =
        SandboxTexts::requestLanguage(r.header("SO-Language"), r.header("Accept-Language"));
    auto notFound = [&] {
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("No resource at %1").arg(r.path));
    };

    if (!is(0, "api"))
        return notFound();
    if (parts.size() <= 2 && (parts.size() == 1 || is(1, "v1")))
        return r.method == "GET" ? version(baseUrl) : wrongMethod("GET");
    if (!is(1, "v1"))
        return notFound();

    SandboxReply refusal;
    const SandboxUser *user = authenticate(r, language, &refusal);
    if (!user)
        return refusal;
    const RequestContext context{*user, language, baseUrl};
    QByteArray allowed;
    if (std::optional<SandboxReply> reply =
            m_routes.route(r.method, parts.mid(2), Call{r, context}, &allowed))
        return *reply;
    return allowed.isEmpty() ? notFound() : wrongMethod(allowed);
}

void ApiRoutes::addAgentRoutes()
{
    ContactAgent &agent = m_services.agent();
    auto select = [](const Call &call) {
        return call.request.queryItem(QStringLiteral("$select"));
    };

    m_routes.add("POST", QStringLiteral("Agents/Contact/CreateDefaultContactEntity"),
                 [&agent](const Call &call, const QStringList &) {
                     return agent.createDefault(call.context);
                 });
    m_routes.add("POST", QStringLiteral("Agents/Contact/GetContactEntity"),
                 [&agent, select](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     bool ok = false;
                     const int id = RequestBody::parameter(call.request, *body,
                                                           QStringLiteral("contactEntityId"))
                                        .toInt(&ok);
                     if (!ok)
                         return RequestBody::badRequest(
                             QStringLiteral("contactEntityId is missing or not a number"));
                     return agent.get(call.context, id, select(call));
                 });
    ContactWriter &writer = m_services.writer();
    m_routes.add(
        "POST", QStringLiteral("Agents/Contact/SaveContactEntity"),
        [&writer](const Call &call, const QStringList &) {
            SandboxReply error;
            std::optional<QJsonObject> body = RequestBody::object(call.request, &error);
            if (!body)
                return error;
            // Tolerate a wrapper ({"entity": ...}) although the documented body is the
            // bare entity.
            if (body->size() == 1) {
                const QString key = body->constBegin().key();
                if ((key.compare(QLatin1String("entity"), Qt::CaseInsensitive) == 0 ||
                     key.compare(QLatin1String("contactEntity"), Qt::CaseInsensitive) == 0) &&
                    body->constBegin()->isObject())
                    body = body->constBegin()->toObject();
            }
            return writer.save(call.context, *body);
        });
    m_routes.add(
        "POST", QStringLiteral("Agents/Contact/ValidateContactEntity"),
        [&writer](const Call &call, const QStringList &) {
            SandboxReply error;
            const auto body = RequestBody::object(call.request, &error);
            if (!body)
                return error;
            const QJsonValue entity = RequestBody::member(*body, QStringLiteral("ContactEntity"));
            return writer.validate(call.context, entity.isObject() ? entity.toObject() : *body);
        });
    m_routes.add("POST", QStringLiteral("Agents/Contact/EnrichContactEntity"),
                 [&agent, select](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     const QJsonValue entity =
                         RequestBody::member(*body, QStringLiteral("ContactEntity"));
                     const QString enrichId =
                         RequestBody::parameter(call.request, *body, QStringLiteral("EnrichId"));
                     if (!entity.isObject())
                         return RequestBody::badRequest(QStringLiteral("ContactEntity is missing"));
                     if (enrichId.isEmpty())
                         return RequestBody::badRequest(QStringLiteral("EnrichId is missing"));
                     return agent.enrich(call.context, entity.toObject(), enrichId, select(call));
                 });
    m_routes.add("POST", QStringLiteral("Agents/Contact/GetPreviewEnrichContact"),
                 [&agent](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     const QString enrichId =
                         RequestBody::parameter(call.request, *body, QStringLiteral("EnrichId"));
                     if (enrichId.isEmpty())
                         return RequestBody::badRequest(QStringLiteral("EnrichId is missing"));
                     return agent.previewEnrich(call.context, enrichId);
                 });
    m_routes.add("POST", QStringLiteral("Agents/Contact/GetDuplicates"),
                 [&agent](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     return agent.duplicates(
                         call.context,
                         RequestBody::parameter(call.request, *body, QStringLiteral("Name")));
                 });
    m_routes.add(
        "POST", QStringLiteral("Agents/Contact/ChangeCountry"),
        [&agent, select](const Call &call, const QStringList &) {
            SandboxReply error;
            const auto body = RequestBody::object(call.request, &error);
            if (!body)
                return error;
            const QJsonValue entity = RequestBody::member(*body, QStringLiteral("ContactEntity"));
            bool ok = false;
            const int country =
                RequestBody::parameter(call.request, *body, QStringLiteral("ToCountryId"))
                    .toInt(&ok);
            if (!entity.isObject())
                return RequestBody::badRequest(QStringLiteral("ContactEntity is missing"));
            if (!ok)
                return RequestBody::badRequest(
                    QStringLiteral("ToCountryId is missing or not a number"));
            return agent.changeCountry(call.context, entity.toObject(), country, select(call));
        });
    m_routes.add("POST", QStringLiteral("Agents/Contact/GetAddressByCountry"),
                 [&agent](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     bool contactOk = false;
                     bool countryOk = false;
                     const int contact =
                         RequestBody::parameter(call.request, *body, QStringLiteral("ContactId"))
                             .toInt(&contactOk);
                     const int country =
                         RequestBody::parameter(call.request, *body, QStringLiteral("CountryId"))
                             .toInt(&countryOk);
                     if (!contactOk || !countryOk)
                         return RequestBody::badRequest(
                             QStringLiteral("ContactId and CountryId are numbers"));
                     return agent.addressByCountry(call.context, contact, country);
                 });
    LookupService &lookups = m_services.lookups();
    m_routes.add("POST",
                 QStringLiteral("Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList"),
                 [&lookups](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     return lookups.udefLayout(
                         call.context,
                         RequestBody::parameter(call.request, *body, QStringLiteral("OwnerType")));
                 });
    addPersonRoutes();
    // Behind the methods above: any other method of the agent.
    m_routes.add(
        "POST", QStringLiteral("Agents/Contact/{}"), [](const Call &, const QStringList &args) {
            return SandboxReply::error(
                404, QStringLiteral("SoNotFoundException"),
                QStringLiteral("The sandbox's Contact agent has no method %1").arg(args.at(0)));
        });
}

void ApiRoutes::addPersonRoutes()
{
    PersonAgent &agent = m_services.personAgent();
    PersonWriter &writer = m_services.personWriter();
    // The id from the query (any case) or the body ({"PersonEntityId": N}).
    auto personId = [](const Call &call, const QJsonObject &body, bool *ok) {
        return RequestBody::parameter(call.request, body, QStringLiteral("personEntityId"))
            .toInt(ok);
    };
    m_routes.add("POST", QStringLiteral("Agents/Person/CreateDefaultPersonEntity"),
                 [&agent](const Call &call, const QStringList &) {
                     SandboxReply error;
                     if (!RequestBody::object(call.request, &error))
                         return error;
                     return agent.createDefault(call.context);
                 });
    m_routes.add("POST", QStringLiteral("Agents/Person/GetPersonEntity"),
                 [&agent, personId](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     bool ok = false;
                     const int id = personId(call, *body, &ok);
                     if (!ok)
                         return RequestBody::badRequest(
                             QStringLiteral("personEntityId is missing or not a number"));
                     return agent.get(call.context, id);
                 });
    m_routes.add(
        "POST", QStringLiteral("Agents/Person/SavePersonEntity"),
        [&writer](const Call &call, const QStringList &) {
            SandboxReply error;
            std::optional<QJsonObject> body = RequestBody::object(call.request, &error);
            if (!body)
                return error;
            // Tolerate a wrapper ({"personEntity": ...}), as for companies.
            if (body->size() == 1) {
                const QString key = body->constBegin().key();
                if ((key.compare(QLatin1String("entity"), Qt::CaseInsensitive) == 0 ||
                     key.compare(QLatin1String("personEntity"), Qt::CaseInsensitive) == 0) &&
                    body->constBegin()->isObject())
                    body = body->constBegin()->toObject();
            }
            return writer.save(call.context, *body);
        });
    m_routes.add("POST", QStringLiteral("Agents/Person/DeletePersonEntity"),
                 [&writer, personId](const Call &call, const QStringList &) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     bool ok = false;
                     const int id = personId(call, *body, &ok);
                     if (!ok)
                         return RequestBody::badRequest(
                             QStringLiteral("personEntityId is missing or not a number"));
                     return writer.remove(call.context, id);
                 });
    m_routes.add(
        "POST", QStringLiteral("Agents/Person/{}"), [](const Call &, const QStringList &args) {
            return SandboxReply::error(
                404, QStringLiteral("SoNotFoundException"),
                QStringLiteral("The sandbox's Person agent has no method %1").arg(args.at(0)));
        });
    m_routes.add("GET", QStringLiteral("Person/default"),
                 [&agent](const Call &call, const QStringList &) {
                     return agent.createDefault(call.context);
                 });
    m_routes.add("GET", QStringLiteral("Person/{int}"),
                 [&agent](const Call &call, const QStringList &args) {
                     return agent.getRest(call.context, args.at(0).toInt(),
                                          call.request.header("If-Modified-Since"));
                 });
}

void ApiRoutes::addRestRoutes()
{
    LookupService &lookups = m_services.lookups();
    m_routes.add("GET", QStringLiteral("User/currentPrincipal"),
                 [&lookups](const Call &call, const QStringList &) {
                     return lookups.principal(call.context);
                 });
    m_routes.add("GET", QStringLiteral("MDOList/{}"),
                 [&lookups](const Call &call, const QStringList &args) {
                     return lookups.mdoList(call.context, args.at(0),
                                            call.request.queryItem(QStringLiteral("query")),
                                            call.request.queryItem(QStringLiteral("additional")));
                 });
    m_routes.add("GET", QStringLiteral("Contact/UdefLayout/Published"),
                 [&lookups](const Call &call, const QStringList &) {
                     return lookups.udefLayout(call.context);
                 });
    m_routes.add("GET", QStringLiteral("Contact/CustomField"),
                 [&lookups](const Call &call, const QStringList &) {
                     return lookups.customFields(call.context);
                 });
    m_routes.add("GET", QStringLiteral("Person/UdefLayout/Published"),
                 [&lookups](const Call &call, const QStringList &) {
                     return lookups.udefLayout(call.context, QStringLiteral("Person"));
                 });
    m_routes.add("GET", QStringLiteral("Person/CustomField"),
                 [&lookups](const Call &call, const QStringList &) {
                     return lookups.customFields(call.context, true);
                 });
    ContactSearch &search = m_services.search();
    m_routes.add("GET", QStringLiteral("Contact"),
                 [&search](const Call &call, const QStringList &) {
                     const SandboxRequest &r = call.request;
                     return search.search(call.context, r.queryItem(QStringLiteral("$select")),
                                          r.queryItem(QStringLiteral("$filter")),
                                          r.queryItem(QStringLiteral("$top")),
                                          r.queryItem(QStringLiteral("$skip")),
                                          r.queryItem(QStringLiteral("$orderBy")));
                 });
    ContactAgent &agent = m_services.agent();
    m_routes.add("GET", QStringLiteral("Contact/default"),
                 [&agent](const Call &call, const QStringList &) {
                     return agent.createDefault(call.context);
                 });
    ContactRest &rest = m_services.rest();
    m_routes.add("GET", QStringLiteral("Contact/{int}"),
                 [&rest](const Call &call, const QStringList &args) {
                     return rest.get(call.context, args.at(0).toInt(),
                                     call.request.header("If-Modified-Since"));
                 });
    m_routes.add("PUT", QStringLiteral("Contact/{int}"),
                 [&rest](const Call &call, const QStringList &args) {
                     SandboxReply error;
                     const auto body = RequestBody::object(call.request, &error);
                     if (!body)
                         return error;
                     return rest.put(call.context, args.at(0).toInt(), *body,
                                     call.request.header("If-Unmodified-Since"));
                 });
}
