#include "userdirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue memberCi(const QJsonObject &o, const QString &name)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

UserDirectory::UserDirectory()
{
    QFile file(QStringLiteral(":/sandbox/data/users.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !loadJson(file.readAll(), &error))
        qFatal("contact-sandbox: the bundled users are broken: %s", qPrintable(error));
}

bool UserDirectory::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), error);
}

bool UserDirectory::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonArray list =
        doc.isArray() ? doc.array() : memberCi(doc.object(), QStringLiteral("users")).toArray();
    QList<SandboxUser> users;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SandboxUser u;
        u.userName = memberCi(o, QStringLiteral("userName")).toString();
        if (u.userName.isEmpty()) {
            *error = QStringLiteral("a user has no userName");
            return false;
        }
        u.password = memberCi(o, QStringLiteral("password")).toString();
        u.ticket = memberCi(o, QStringLiteral("ticket")).toString();
        u.token = memberCi(o, QStringLiteral("token")).toString();
        const QString role = memberCi(o, QStringLiteral("role")).toString().toLower();
        if (role.isEmpty() || role == QLatin1String("full"))
            u.role = SandboxUser::Role::Full;
        else if (role == QLatin1String("viewer") || role == QLatin1String("readonly"))
            u.role = SandboxUser::Role::Viewer;
        else if (role == QLatin1String("restricted"))
            u.role = SandboxUser::Role::Restricted;
        else {
            *error = QStringLiteral("user %1 has an unknown role %2").arg(u.userName, role);
            return false;
        }
        u.associateId = memberCi(o, QStringLiteral("associateId")).toInt(100 + int(users.size()));
        u.personId = memberCi(o, QStringLiteral("personId")).toInt(u.associateId);
        u.initials = memberCi(o, QStringLiteral("initials")).toString(u.userName.left(2).toUpper());
        u.fullName = memberCi(o, QStringLiteral("fullName")).toString(u.userName);
        u.email = memberCi(o, QStringLiteral("email")).toString();
        u.countryId = memberCi(o, QStringLiteral("countryId")).toInt(578);
        u.groupId = memberCi(o, QStringLiteral("groupId")).toInt(1);
        users.append(u);
    }
    if (users.isEmpty()) {
        *error = QStringLiteral("no users");
        return false;
    }
    m_users = users;
    return true;
}

const SandboxUser *UserDirectory::byAssociateId(int associateId) const
{
    for (const SandboxUser &u : m_users) {
        if (u.associateId == associateId)
            return &u;
    }
    return nullptr;
}

QString UserDirectory::schemeOf(const QByteArray &authorization)
{
    const QByteArray scheme = authorization.trimmed().split(' ').first().toLower();
    if (scheme == "basic")
        return QStringLiteral("Basic");
    if (scheme == "soticket")
        return QStringLiteral("SoTicket");
    if (scheme == "bearer")
        return QStringLiteral("Bearer");
    return QString();
}

UserDirectory::AuthResult UserDirectory::authenticate(const QByteArray &authorization,
                                                      const SandboxUser **user,
                                                      QString *scheme) const
{
    const QByteArray header = authorization.trimmed();
    const QString name = schemeOf(header);
    if (scheme)
        *scheme = name;
    if (header.isEmpty())
        return AuthResult::Missing;
    const int space = header.indexOf(' ');
    const QByteArray credentials = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (credentials.isEmpty())
        return AuthResult::Invalid;
    for (const SandboxUser &u : m_users) {
        bool match = false;
        if (name == QLatin1String("Basic")) {
            const QByteArray decoded =
                QByteArray::fromBase64(credentials, QByteArray::AbortOnBase64DecodingErrors);
            const int colon = decoded.indexOf(':');
            if (colon > 0) {
                // SuperOffice user names are not case sensitive; passwords are.
                const QString userName = QString::fromUtf8(decoded.left(colon));
                const QString password = QString::fromUtf8(decoded.mid(colon + 1));
                match = userName.compare(u.userName, Qt::CaseInsensitive) == 0 &&
                        password == u.password;
            }
        } else if (name == QLatin1String("SoTicket")) {
            match = !u.ticket.isEmpty() && QString::fromUtf8(credentials) == u.ticket;
        } else if (name == QLatin1String("Bearer")) {
            match = !u.token.isEmpty() && QString::fromUtf8(credentials) == u.token;
        }
        if (match) {
            *user = &u;
            return AuthResult::Ok;
        }
    }
    return AuthResult::Invalid;
}
