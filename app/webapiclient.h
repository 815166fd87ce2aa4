#pragma once

#include "apierror.h"
#include "connectionprofile.h"
#include "entitykind.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class ContactEntity;
class PersonEntity;
class CreateDefaultPersonEntityJob;
class GetPersonEntityJob;
class SavePersonEntityJob;
class ContactSearchJob;
class CreateDefaultContactEntityJob;
class CurrentPrincipalJob;
class EnrichContactEntityJob;
class GetContactEntityJob;
class GetCustomFieldListJob;
class GetDuplicatesJob;
class GetPreviewEnrichContactJob;
class GetUdefLayoutJob;
class MdoListJob;
class OnlineAuthenticator;
class SaveContactEntityJob;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The one way the editor talks to SuperOffice: a connection profile, the credentials for this
// run (held in memory only), and one QNetworkAccessManager. Each call is a job object.
class WebApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxBodySize = 64 * 1024 * 1024;

    explicit WebApiClient(QObject *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }
    // SuperOffice Online: the access token comes from here, a refused or expired one is renewed
    // and a moved tenant followed before a call gives up. Not owned; null for the other schemes.
    void setAuthenticator(OnlineAuthenticator *authenticator);
    OnlineAuthenticator *authenticator() const;
    // The password, ticket or token; never written anywhere by the client.
    void setSecret(const QString &secret) { m_secret = secret; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    void setAppToken(const QString &token) { m_appToken = token; }
    // ISO 639-1 code sent as Accept-Language and SO-Language when the profile names none.
    void setUiLanguage(const QString &language) { m_uiLanguage = language; }
    QString effectiveLanguage() const;
    // No progress for this long fails a call with a timeout.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // The calls. Jobs are children of the client, start at once and report finished().
    GetContactEntityJob *getContactEntity(int contactId);
    CreateDefaultContactEntityJob *createDefaultContactEntity();
    SaveContactEntityJob *saveContactEntity(const ContactEntity &entity);
    EnrichContactEntityJob *enrichContactEntity(const ContactEntity &entity,
                                                const QString &enrichId,
                                                const QStringList &select = QStringList());
    GetPreviewEnrichContactJob *getPreviewEnrichContact(const QString &enrichId);
    GetPersonEntityJob *getPersonEntity(int personId);
    CreateDefaultPersonEntityJob *createDefaultPersonEntity();
    SavePersonEntityJob *savePersonEntity(const PersonEntity &person);
    GetDuplicatesJob *getDuplicates(const QString &name);
    MdoListJob *mdoList(const QString &listName, const QString &query = QString(),
                        const QString &additional = QString());
    // The tenant's custom fields of companies: the published UDF layout and the field list.
    GetUdefLayoutJob *getUdefLayout(EntityKind kind = EntityKind::Contact);
    GetCustomFieldListJob *getCustomFieldList(EntityKind kind = EntityKind::Contact);
    ContactSearchJob *searchContacts(const QString &nameStartsWith, int top = 25);
    ContactSearchJob *searchContactsByOrgNr(const QString &orgNr, int top = 25);
    CurrentPrincipalJob *currentPrincipal();

    // For jobs: the request with every header but credentials, and the send itself.
    QNetworkRequest request(const QString &relativePath) const;
    // once: the body cannot be sent a second time (OneShotBody), for calls that write.
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &verb,
                        const QByteArray &body, bool once = false);
    // The Authorization header value for the profile's scheme; empty without a secret.
    QByteArray authorizationHeader() const;

signals:
    // The tenant's address changed under the client (SuperOffice moved it).
    void profileChanged(const ConnectionProfile &profile);
    // After every call, for the connectivity monitor: a success, or why it failed.
    void callFinished(const ApiError &error);

private:
    template <typename Job> Job *started(Job *job);

    QNetworkAccessManager *m_nam;
    ConnectionProfile m_profile;
    QPointer<OnlineAuthenticator> m_authenticator;
    QString m_secret;
    QString m_appToken;
    QString m_uiLanguage;
    int m_timeoutMs = 30000;
    qint64 m_maxBodySize = DefaultMaxBodySize;
};
