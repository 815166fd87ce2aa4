#include "workspace.h"

#include "appsettings.h"
#include "connectivitymonitor.h"
#include "contactfinder.h"
#include "contactsession.h"
#include "createdefaultcontactentityjob.h"
#include "createdefaultpersonentityjob.h"
#include "credentialjob.h"
#include "credentialstore.h"
#include "currentprincipaljob.h"
#include "customfielddefinitions.h"
#include "draftstore.h"
#include "enrichmentsession.h"
#include "getcontactentityjob.h"
#include "mdolistcache.h"
#include "offlinecache.h"
#include "onlineauthenticator.h"
#include "outbox.h"
#include "personsession.h"
#include "profilestore.h"
#include "webapiclient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

namespace {

const QString kRecent = QStringLiteral("recent/");
constexpr int kRecentSize = 15;
// Drafts reopen a few at a time, for at most this long per turn of the event loop, so the window
// stays responsive with many of them.
constexpr qint64 kDraftTurnMs = 6;

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_client(new WebApiClient(this))
    , m_finder(new ContactFinder(m_client, this))
    , m_lists(new MdoListCache(m_client, this))
    , m_customFields(new CustomFieldDefinitions(m_client, EntityKind::Contact, this))
    , m_personCustomFields(new CustomFieldDefinitions(m_client, EntityKind::Person, this))
    , m_credentials(new CredentialStore(QStringLiteral("contact-editor"), this))
    , m_profiles(new ProfileStore(this))
    , m_drafts(std::make_unique<DraftStore>())
    , m_connectivity(new ConnectivityMonitor(m_client, this))
    , m_outbox(new Outbox(this))
    , m_online(new OnlineAuthenticator(m_client->networkAccessManager(), this))
{
    connect(m_online, &OnlineAuthenticator::tokensChanged, this, &Workspace::onlineTokensChanged);
    connect(m_online, &OnlineAuthenticator::browserSignInStarted, this,
            &Workspace::browserSignInWaiting);
    connect(m_online, &OnlineAuthenticator::signInFailed, this,
            [this](const QString &text, bool unreachable) {
                if (!m_client->profile().isOnline())
                    return;
                emit signInFailed(text);
                if (unreachable) {
                    // Offline: the work goes on from drafts; signing in is tried again when
                    // the connection is back.
                    m_connectivity->setOnline(false);
                    emit stateChanged();
                    return;
                }
                m_signedIn = false;
                emit stateChanged();
                emit connectionNeeded(text);
            });
    connect(m_online, &OnlineAuthenticator::relocationFailed, this,
            [this](const QString &text) { emit message(text, 20000); });
    connect(m_client, &WebApiClient::profileChanged, this, &Workspace::onlineProfileChanged);
    wireCustomFields();
    connect(m_lists, &MdoListCache::listReady, this, [this](const QString &name) {
        if (m_drafts->isOpen() && !m_client->profile().userName().isEmpty())
            OfflineCache(m_drafts.get(), serverKey()).putList(name, m_lists->rawItems(name));
    });
    connect(m_connectivity, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        emit onlineChanged(online);
        emit stateChanged();
        if (!online)
            return;
        if (!m_signedIn)
            verifyConnection(0);
        emit message(tr("The connection is back."), 5000);
        // What the user saved while offline goes out now; companies merely being edited wait
        // for their own Save.
        sendOutbox();
    });
    connect(m_outbox, &Outbox::progress, this, [this](int done, int total) {
        emit message(tr("Sending the outbox: %1 of %2…").arg(done).arg(total), 0);
    });
    connect(m_outbox, &Outbox::finished, this, [this](int saved, int failed) {
        emit message(
            failed ? tr("Outbox: %1 saved, %2 not saved (see the review).").arg(saved).arg(failed)
                   : tr("Outbox: %n company(ies) saved.", nullptr, saved),
            10000);
        emit stateChanged();
    });
    connect(m_credentials, &CredentialStore::keychainUnavailable, this,
            [this](const QString &text) { emit message(text, 15000); });
}

Workspace::~Workspace()
{
    // Sessions write to the draft store as they go: they go before it does.
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

bool Workspace::isOnline() const
{
    return m_connectivity->isOnline();
}

QString Workspace::serverKey() const
{
    return m_client->profile().serverKey();
}

QString Workspace::openDrafts(const QString &path)
{
    QString error;
    if (!m_drafts->open(path.isEmpty() ? DraftStore::defaultPath() : path, &error))
        return error + QLatin1Char('\n') +
               tr("Your edits cannot be kept on this computer in this session.");
    return m_drafts->setAsideMessage();
}

void Workspace::start(const StartOptions &options)
{
    // The platform's plugin loads in a turn of its own.
    QTimer::singleShot(0, m_connectivity, &ConnectivityMonitor::watchPlatform);
    m_openAfterSignIn = options.contactId;
    std::optional<ConnectionProfile> profile = options.profile;
    // The settings dialog's default connection, else the one used last.
    if (!profile && !AppSettings::defaultConnection().isEmpty())
        profile = m_profiles->profile(AppSettings::defaultConnection());
    if (!profile)
        profile = m_profiles->profile(m_profiles->lastProfileName());
    if (!profile) {
        emit connectionNeeded(tr("Connect to your SuperOffice to start."));
        return;
    }
    if (profile->isOnline()) {
        startOnline(*profile, options.profile.has_value(), options.secret);
        return;
    }
    if (!options.secret.isEmpty()) {
        useConnection(*profile, options.secret, QString());
        verifyConnection(m_openAfterSignIn);
        return;
    }
    // The password from the keychain, asynchronously; ask when there is none.
    emit signingIn(profile->baseUrl().host());
    CredentialJob *job = m_credentials->read(profile->credentialKey());
    const ConnectionProfile chosen = *profile;
    connect(job, &CredentialJob::finished, this, [this, chosen](CredentialJob *job) {
        if (job->status() != CredentialJob::Status::Ok || job->secret().isEmpty()) {
            m_client->setProfile(chosen);
            emit connectionNeeded(
                job->status() == CredentialJob::Status::NotFound ? QString() : job->errorText());
            return;
        }
        const QString secret = job->secret();
        if (!chosen.hasAppToken()) {
            useConnection(chosen, secret, QString());
            verifyConnection(m_openAfterSignIn);
            return;
        }
        // The partner app's token is a secret too: from the keychain, like the password.
        CredentialJob *tokenJob = m_credentials->read(chosen.appTokenKey());
        connect(tokenJob, &CredentialJob::finished, this,
                [this, chosen, secret](CredentialJob *tokenJob) {
                    useConnection(chosen, secret,
                                  tokenJob->status() == CredentialJob::Status::Ok
                                      ? tokenJob->secret()
                                      : QString());
                    verifyConnection(m_openAfterSignIn);
                });
    });
}

void Workspace::useConnection(const ConnectionProfile &profile, const QString &secret,
                              const QString &appToken)
{
    const QString previousServer =
        m_client->profile().userName().isEmpty() ? QString() : serverKey();
    if (!previousServer.isEmpty() && previousServer != profile.serverKey() &&
        !m_sessions.isEmpty()) {
        // Another server or user: its companies go away (their drafts stay on this computer
        // and come back when that connection is used again); none is ever saved elsewhere.
        const QList<EntitySession *> previous = m_sessions;
        m_sessions.clear();
        for (EntitySession *session : previous) {
            emit sessionClosed(session);
            session->deleteLater();
        }
        forgetPendingDrafts();
        emit message(
            tr("The companies of the previous connection were closed; their drafts are kept."),
            10000);
    }
    const bool otherServer = m_client->profile().baseUrl() != profile.baseUrl() ||
                             m_client->profile().userName() != profile.userName() ||
                             m_client->profile().language() != profile.language();
    m_client->setProfile(profile);
    m_client->setSecret(secret);
    m_client->setAppToken(appToken);
    m_client->setAuthenticator(profile.isOnline() ? m_online : nullptr);
    if (profile.isOnline())
        m_online->setProfile(profile);
    if (otherServer) {
        m_lists->clear();
        m_customFields->clear();
        m_personCustomFields->clear();
    }
    if (m_drafts->isOpen()) {
        const OfflineCache cache(m_drafts.get(), serverKey());
        m_lists->restore(cache.lists());
        for (CustomFieldDefinitions *definitions : {m_customFields, m_personCustomFields})
            definitions->restore(cache.customFieldDefinitions(definitions->kind()));
    }
    emit recentChanged();
    // Unsent work from the last run comes back at once, signed in or not.
    reopenDrafts();
}

void Workspace::verifyConnection(int openAfter)
{
    emit signingIn(m_client->profile().baseUrl().host());
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    job->setAutoDelete(true);
    connect(job, &ApiJob::finished, this, [this, openAfter](ApiJob *finished) {
        auto *job = static_cast<CurrentPrincipalJob *>(finished);
        if (job->succeeded()) {
            setSignedIn(job->principal());
            if (openAfter > 0) {
                if (m_openAfterSignIn == openAfter)
                    m_openAfterSignIn = 0;
                openContact(openAfter);
            }
            return;
        }
        emit signInFailed(job->error().message());
        if (job->error().kind() == ApiError::Kind::Unauthorized) {
            emit connectionNeeded(job->error().message());
        } else if (!job->error().isTransient()) {
            // Nothing to wait for: the user has to act. What was asked for opens once a
            // connection works.
            m_openAfterSignIn = openAfter;
            emit connectionFailed(job->error().message());
        } else {
            // Work offline: drafts and cached companies stay editable; sign-in is retried when
            // the connection is back.
            m_connectivity->setOnline(false);
            if (openAfter > 0)
                openContact(openAfter);
            emit stateChanged();
        }
    });
}

void Workspace::retryConnection()
{
    if (m_client->profile().isOnline())
        signInAgain();
    else if (!m_client->profile().baseUrl().isEmpty())
        verifyConnection(m_openAfterSignIn);
}

void Workspace::setSignedIn(const QJsonObject &principal)
{
    m_signedIn = true;
    m_connectivity->setOnline(true);
    cacheForOffline();
    emit signedIn(principal);
    emit stateChanged();
}

void Workspace::connectWith(const ConnectionProfile &profile, const QString &secret,
                            const QString &appToken, bool remember, const QJsonObject &principal)
{
    useConnection(profile, secret, appToken);
    m_profiles->save(profile);
    m_profiles->setLastProfileName(profile.name());
    if (remember)
        m_credentials->write(profile.credentialKey(), secret);
    if (!appToken.isEmpty())
        m_credentials->write(profile.appTokenKey(), appToken);
    setSignedIn(principal);
    // Calls that failed for want of a valid sign-in run again.
    for (EntitySession *session : std::as_const(m_sessions)) {
        if (session->lastError().kind() == ApiError::Kind::Unauthorized ||
            (!session->document() && !session->isBusy()))
            session->retry();
    }
    if (m_openAfterSignIn > 0) {
        openContact(m_openAfterSignIn);
        m_openAfterSignIn = 0;
    }
}

void Workspace::startOnline(ConnectionProfile profile, bool fromCommandLine,
                            const QString &clientSecret)
{
    if (fromCommandLine) {
        // The connection saved for this sign-in service and application, if any: it knows the
        // tenant and user, and the keychain may hold its refresh token.
        for (const ConnectionProfile &saved : m_profiles->profiles()) {
            if (saved.isOnline() && saved.clientId() == profile.clientId() &&
                saved.loginUrl() == profile.loginUrl() &&
                (saved.name() == m_profiles->lastProfileName() || profile.tenant().isEmpty())) {
                profile = saved;
                if (saved.name() == m_profiles->lastProfileName())
                    break;
            }
        }
    }
    emit signingIn(profile.loginUrl().host());
    auto go = [this, profile](const QString &clientSecret, const QString &refreshToken) {
        m_online->setClientSecret(clientSecret);
        useConnection(profile, QString(), QString());
        m_online->setTokens(OnlineTokens());
        m_online->setRefreshToken(refreshToken);
        m_storedRefreshToken = refreshToken;
        // A refresh when the keychain has a token, else the browser.
        m_online->renew(this, [this](bool ok) {
            if (ok)
                verifyConnection(m_openAfterSignIn);
        });
    };
    auto readRefresh = [this, profile, go](const QString &clientSecret) {
        if (profile.tenant().isEmpty()) {
            go(clientSecret, QString());
            return;
        }
        CredentialJob *job = m_credentials->read(profile.credentialKey());
        connect(job, &CredentialJob::finished, this, [go, clientSecret](CredentialJob *job) {
            go(clientSecret,
               job->status() == CredentialJob::Status::Ok ? job->secret() : QString());
        });
    };
    if (!clientSecret.isEmpty() || !profile.hasClientSecret()) {
        readRefresh(clientSecret);
        return;
    }
    CredentialJob *secretJob = m_credentials->read(profile.appTokenKey());
    connect(secretJob, &CredentialJob::finished, this, [readRefresh](CredentialJob *job) {
        readRefresh(job->status() == CredentialJob::Status::Ok ? job->secret() : QString());
    });
}

void Workspace::onlineTokensChanged(const OnlineTokens &tokens)
{
    ConnectionProfile profile = m_client->profile();
    if (!profile.isOnline())
        return;
    const IdToken &id = tokens.idToken;
    const bool firstSignIn = profile.tenant().isEmpty() || profile.userName().isEmpty();
    if (!id.tenant().isEmpty())
        profile.setTenant(id.tenant());
    if (profile.userName().isEmpty())
        profile.setUserName(id.userName());
    if (!id.tenantBaseUrl().isEmpty())
        profile.setBaseUrl(id.tenantBaseUrl());
    if (firstSignIn) {
        profile.setName(tr("%1 (SuperOffice Online)").arg(profile.tenant()));
        // Now the drafts of this tenant and user are known: they come back.
        useConnection(profile, QString(), QString());
    } else {
        m_client->setProfile(profile);
        m_online->setProfile(profile);
    }
    m_profiles->save(profile);
    m_profiles->setLastProfileName(profile.name());
    if (m_rememberOnline && !tokens.refreshToken.isEmpty() &&
        tokens.refreshToken != m_storedRefreshToken) {
        m_credentials->write(profile.credentialKey(), tokens.refreshToken);
        m_storedRefreshToken = tokens.refreshToken;
    }
}

void Workspace::onlineProfileChanged(const ConnectionProfile &profile)
{
    if (!profile.isOnline())
        return;
    m_online->setProfile(profile);
    if (m_profiles->profile(profile.name()))
        m_profiles->save(profile);
    emit message(tr("SuperOffice moved your tenant to %1; the editor now works there.")
                     .arg(profile.baseUrl().host()),
                 10000);
}

void Workspace::connectOnline(const ConnectionProfile &profile, const OnlineTokens &tokens,
                              const QString &clientSecret, bool remember,
                              const QJsonObject &principal)
{
    m_rememberOnline = remember;
    m_online->setClientSecret(clientSecret);
    m_online->setTokens(OnlineTokens());
    useConnection(profile, QString(), QString());
    m_online->setTokens(tokens);
    m_profiles->save(profile);
    m_profiles->setLastProfileName(profile.name());
    if (remember && !tokens.refreshToken.isEmpty())
        m_credentials->write(profile.credentialKey(), tokens.refreshToken);
    else
        m_credentials->remove(profile.credentialKey());
    m_storedRefreshToken = remember ? tokens.refreshToken : QString();
    if (!clientSecret.isEmpty())
        m_credentials->write(profile.appTokenKey(), clientSecret);
    setSignedIn(principal);
    for (EntitySession *session : std::as_const(m_sessions)) {
        if (session->lastError().kind() == ApiError::Kind::Unauthorized ||
            (!session->document() && !session->isBusy()))
            session->retry();
    }
    if (m_openAfterSignIn > 0) {
        openContact(m_openAfterSignIn);
        m_openAfterSignIn = 0;
    }
}

void Workspace::signInAgain()
{
    if (!m_client->profile().isOnline())
        return;
    emit signingIn(m_client->profile().loginUrl().host());
    m_online->signIn();
    m_online->renew(this, [this](bool ok) {
        if (!ok)
            return;
        verifyConnection(m_openAfterSignIn);
        for (EntitySession *session : std::as_const(m_sessions)) {
            if (session->lastError().kind() == ApiError::Kind::Unauthorized)
                session->retry();
        }
    });
}

void Workspace::cancelSignIn()
{
    m_online->cancel();
}

void Workspace::signOut()
{
    const ConnectionProfile p = m_client->profile();
    if (p.isOnline()) {
        m_online->signOut();
        m_credentials->remove(p.credentialKey());
        m_storedRefreshToken.clear();
    } else if (!p.userName().isEmpty()) {
        m_credentials->remove(p.credentialKey());
        m_client->setSecret(QString());
    }
    m_signedIn = false;
    emit stateChanged();
    emit connectionNeeded(tr("You are signed out. Your unsaved work is kept on this computer."));
}

void Workspace::forgetSavedPassword()
{
    const ConnectionProfile p = m_client->profile();
    if (p.userName().isEmpty())
        return;
    CredentialJob *job = m_credentials->remove(p.credentialKey());
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *) {
        emit message(tr("The saved password was removed from the keychain."), 8000);
    });
}

void Workspace::removeProfile(const QString &name)
{
    if (const auto profile = m_profiles->profile(name)) {
        m_credentials->remove(profile->credentialKey());
        m_credentials->remove(profile->appTokenKey());
    }
    m_profiles->remove(name);
}

void Workspace::cacheForOffline()
{
    // What offline work needs: the lists behind the pickers and a default new company (the
    // session keeps it when it answers).
    for (const char *list : {"category", "business", "country", "associate", "ticketpriority",
                             "customerlanguage", "mrmrs", "perspos", "salutation"})
        m_lists->request(QString::fromLatin1(list));
    m_customFields->fetch();
    m_personCustomFields->fetch();
    if (!m_drafts->isOpen())
        return;
    const OfflineCache cache(m_drafts.get(), serverKey());
    // And a default new person, so a person can be added offline too.
    for (EntityJob *job : {static_cast<EntityJob *>(m_client->createDefaultContactEntity()),
                           static_cast<EntityJob *>(m_client->createDefaultPersonEntity())}) {
        job->setAutoDelete(true);
        connect(job, &ApiJob::finished, this, [cache](ApiJob *finished) {
            auto *answered = static_cast<EntityJob *>(finished);
            if (finished->succeeded())
                cache.putDefault(answered->kind(), answered->json());
        });
    }
}

void Workspace::wireCustomFields()
{
    // Definitions are per connection: kept for offline use and the next start, and the lists
    // of their pickers are fetched (and so cached) with them.
    for (CustomFieldDefinitions *definitions : {m_customFields, m_personCustomFields}) {
        connect(definitions, &CustomFieldDefinitions::fetchFinished, this,
                [this, definitions](bool fetched) {
                    if (!fetched)
                        return;
                    if (m_drafts->isOpen() && !m_client->profile().userName().isEmpty())
                        OfflineCache(m_drafts.get(), serverKey())
                            .putCustomFieldDefinitions(definitions->kind(),
                                                       definitions->snapshot());
                    for (const CustomFieldDefinition &d : definitions->layout().definitions()) {
                        if (d.isIdList() && !d.mdoListName.isEmpty() && !d.hidden)
                            m_lists->request(d.mdoListName);
                    }
                });
    }
}

void Workspace::adoptSession(EntitySession *session)
{
    if (m_drafts->isOpen())
        session->setDraftStore(m_drafts.get(), serverKey());
    session->setConnectivity(m_connectivity);
    m_sessions.append(session);
    connect(session, &EntitySession::draftStateChanged, this, &Workspace::stateChanged);
    connect(session, &EntitySession::documentReady, this, [this](EntityDocument *doc) {
        connect(doc, &EntityDocument::modifiedChanged, this, &Workspace::stateChanged);
        emit stateChanged();
    });
}

ContactSession *Workspace::addSession(bool rememberWhenOpened)
{
    auto *session = new ContactSession(m_client, this);
    adoptSession(session);
    connect(session, &ContactSession::documentReady, this,
            [this, rememberWhenOpened](EntityDocument *doc) {
                // A draft reopened at start is not a company the user chose to open now.
                if (!doc->entity().isNew() && rememberWhenOpened)
                    rememberRecent(doc->entity().contactId(), doc->entity().name());
            });
    connect(session, &ContactSession::saved, this, [this, session] {
        if (EntityDocument *doc = session->document())
            rememberRecent(doc->entity().contactId(), doc->entity().name());
    });
    return session;
}

PersonSession *Workspace::addPersonSession()
{
    auto *session = new PersonSession(m_client, this);
    adoptSession(session);
    // The company it belonged to before the save and the one it belongs to now.
    auto before = std::make_shared<int>(0);
    connect(session, &EntitySession::documentReady, this,
            [session, before] { *before = session->document()->person().contactId(); });
    connect(session, &EntitySession::saved, this, [this, session, before] {
        const PersonEntity person = session->document()->person();
        QList<int> companies{person.contactId()};
        if (*before > 0 && *before != person.contactId())
            companies.append(*before);
        *before = person.contactId();
        refreshPersonsOf(companies);
        emit personSaved(person.personId(), person.contactId());
    });
    return session;
}

void Workspace::refreshPersonsOf(const QList<int> &contactIds)
{
    for (int contactId : contactIds) {
        ContactSession *company = sessionFor(contactId);
        if (!company || !company->document() || !m_connectivity->isOnline())
            continue;
        // Only its Persons are taken: the user's edits of the company stay as they are.
        auto *job = m_client->getContactEntity(contactId);
        job->setAutoDelete(true);
        QPointer<ContactSession> target = company;
        connect(job, &ApiJob::finished, this, [target](ApiJob *finished) {
            if (!target || !finished->succeeded())
                return;
            const QJsonObject fresh = static_cast<EntityJob *>(finished)->json();
            target->takeServerValue(QStringLiteral("Persons"),
                                    fresh.value(QLatin1String("Persons")));
        });
    }
}

ContactSession *Workspace::sessionFor(int contactId) const
{
    if (contactId <= 0)
        return nullptr;
    for (EntitySession *session : m_sessions) {
        if (session->kind() == EntityKind::Contact && session->entityId() == contactId)
            return static_cast<ContactSession *>(session);
    }
    return nullptr;
}

PersonSession *Workspace::personSessionFor(int personId) const
{
    if (personId <= 0)
        return nullptr;
    for (EntitySession *session : m_sessions) {
        if (session->kind() == EntityKind::Person && session->entityId() == personId)
            return static_cast<PersonSession *>(session);
    }
    return nullptr;
}

PersonSession *Workspace::openPerson(int personId)
{
    if (personId <= 0)
        return nullptr;
    if (PersonSession *existing = personSessionFor(personId))
        return existing;
    PersonSession *session = addPersonSession();
    emit sessionAdded(session);
    session->open(personId);
    return session;
}

PersonSession *Workspace::newPerson(const QJsonObject &company)
{
    PersonSession *session = addPersonSession();
    emit sessionAdded(session);
    session->createNew(company);
    return session;
}

ContactSession *Workspace::openContact(int contactId)
{
    if (contactId <= 0)
        return nullptr;
    if (ContactSession *existing = sessionFor(contactId))
        return existing;
    ContactSession *session = addSession();
    emit sessionAdded(session);
    session->open(contactId);
    return session;
}

ContactSession *Workspace::newContact()
{
    ContactSession *session = addSession();
    emit sessionAdded(session);
    session->createNew();
    return session;
}

void Workspace::closeSession(EntitySession *session, bool discard)
{
    if (!session || !m_sessions.removeOne(session))
        return;
    session->closeDraft(discard);
    emit sessionClosed(session);
    session->deleteLater();
    emit stateChanged();
}

void Workspace::reopenDrafts()
{
    if (!m_drafts->isOpen())
        return;
    // Listed at once from the store; loaded as sessions a little at a time after the window is
    // shown, each turn of the event loop kept short.
    QSet<qint64> open;
    for (EntitySession *session : std::as_const(m_sessions))
        open.insert(session->draftId());
    forgetPendingDrafts();
    for (const DraftSummary &summary : m_drafts->summaries(serverKey())) {
        if (!open.contains(summary.id))
            m_pendingDrafts.append(summary);
    }
    emit draftsListed();
    scheduleReopen();
}

void Workspace::forgetPendingDrafts()
{
    m_pendingDrafts.clear();
    // What pool threads are reading for them now is dropped when it arrives.
    m_readingElsewhere.clear();
    ++m_reopenGeneration;
}

void Workspace::scheduleReopen()
{
    if (m_reopenScheduled)
        return;
    m_reopenScheduled = true;
    QTimer::singleShot(0, this, &Workspace::reopenSomeDrafts);
}

EntitySession *Workspace::loadDraft(const DraftSummary &summary)
{
    std::optional<Draft> draft = m_drafts->draft(summary.id);
    if (!draft)
        return nullptr;
    return openDraft(*draft);
}

bool Workspace::nothingToKeep(const EntitySession *session, const Draft &draft)
{
    // Left open but never changed (the program stopped with it in a tab).
    return session->document() && !session->hasUnsentWork() && !draft.createSent;
}

EntitySession *Workspace::openDraft(const Draft &draft)
{
    EntitySession *session = draft.kind == EntityKind::Person
                                 ? static_cast<EntitySession *>(addPersonSession())
                                 : addSession(false);
    session->openDraft(draft);
    return session;
}

void Workspace::reopenSomeDrafts()
{
    m_reopenScheduled = false;
    QElapsedTimer turn;
    turn.start();
    QList<EntitySession *> sessions;
    QList<EntitySession *> nothingUnsent;
    bool didSome = false;
    // At least one per turn; more while the turn is short enough not to be felt.
    for (qsizetype i = 0;
         i < m_pendingDrafts.size() && (!didSome || turn.elapsed() < kDraftTurnMs);) {
        const qint64 id = m_pendingDrafts.at(i).id;
        if (m_readingElsewhere.contains(id)) {
            ++i;
            continue;
        }
        didSome = true;
        std::optional<StoredDraft> stored = m_drafts->stored(id);
        if (stored && stored->size() >= kReadElsewhereBytes) {
            readElsewhere(std::move(*stored));
            ++i;
            continue;
        }
        m_pendingDrafts.removeAt(i);
        if (!stored)
            continue;
        const Draft draft = DraftStore::read(std::move(*stored));
        EntitySession *session = openDraft(draft);
        sessions.append(session);
        if (nothingToKeep(session, draft))
            nothingUnsent.append(session);
    }
    reopened(sessions, nothingUnsent);
}

void Workspace::reopened(const QList<EntitySession *> &sessions,
                         const QList<EntitySession *> &nothingUnsent)
{
    if (!sessions.isEmpty())
        emit draftsReopened(sessions);
    for (EntitySession *session : nothingUnsent)
        closeSession(session);
    emit stateChanged();
    if (m_pendingDrafts.size() > m_readingElsewhere.size()) {
        scheduleReopen();
        return;
    }
    // Only drafts being read elsewhere are left: the last of them to arrive finishes.
    if (!m_pendingDrafts.isEmpty())
        return;
    const auto waiting = std::exchange(m_afterReopen, {});
    for (const auto &[context, then] : waiting) {
        if (context)
            then();
    }
}

void Workspace::readElsewhere(StoredDraft stored)
{
    m_readingElsewhere.insert(stored.fields.id);
    QObject *app = QCoreApplication::instance();
    const std::weak_ptr<int> alive = m_alive;
    const quint64 generation = m_reopenGeneration;
    QThreadPool::globalInstance()->start(
        [this, app, alive, generation, stored = std::move(stored)]() mutable {
            const auto draft = std::make_shared<Draft>(DraftStore::read(std::move(stored)));
            // Back on the window's thread, where alone the workspace may be asked if it lives.
            QMetaObject::invokeMethod(
                app,
                [this, alive, generation, draft] {
                    if (!alive.expired())
                        readElsewhereDone(*draft, generation);
                },
                Qt::QueuedConnection);
        });
}

void Workspace::readElsewhereDone(const Draft &draft, quint64 generation)
{
    // Opened on demand meanwhile, or the connection changed: nothing left to do with it.
    if (generation != m_reopenGeneration || !m_readingElsewhere.remove(draft.id))
        return;
    m_pendingDrafts.removeIf([&draft](const DraftSummary &s) { return s.id == draft.id; });
    EntitySession *session = openDraft(draft);
    QList<EntitySession *> nothingUnsent;
    if (nothingToKeep(session, draft))
        nothingUnsent.append(session);
    reopened({session}, nothingUnsent);
}

EntitySession *Workspace::draftSession(qint64 draftId)
{
    for (EntitySession *session : std::as_const(m_sessions)) {
        if (draftId > 0 && session->draftId() == draftId)
            return session;
    }
    for (qsizetype i = 0; i < m_pendingDrafts.size(); ++i) {
        if (m_pendingDrafts.at(i).id != draftId)
            continue;
        // Wanted now: read here, and whatever a pool thread brings for it later is dropped.
        m_readingElsewhere.remove(draftId);
        EntitySession *session = loadDraft(m_pendingDrafts.takeAt(i));
        if (session)
            emit draftsReopened({session});
        emit stateChanged();
        // The last one waiting may have been this: those who wait for all are told.
        if (m_pendingDrafts.isEmpty())
            scheduleReopen();
        return session;
    }
    return nullptr;
}

void Workspace::whenDraftsReopened(QObject *context, const std::function<void()> &then)
{
    if (m_pendingDrafts.isEmpty())
        then();
    else
        m_afterReopen.append({QPointer<QObject>(context), then});
}

QList<EntitySession *> Workspace::unsentSessions() const
{
    QList<EntitySession *> out;
    for (EntitySession *session : m_sessions) {
        if (session->hasUnsentWork())
            out.append(session);
    }
    return out;
}

int Workspace::waitingCount() const
{
    // Drafts not loaded yet are counted from the store.
    return int(
        std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                      [](const EntitySession *s) { return s->isWaitingToBeSent(); }) +
        std::count_if(m_pendingDrafts.cbegin(), m_pendingDrafts.cend(), [](const DraftSummary &d) {
            return d.state == Draft::State::Queued || d.state == Draft::State::Conflict ||
                   d.state == Draft::State::Failed;
        }));
}

void Workspace::sendOutbox()
{
    if (isReopeningDrafts()) {
        // Queued drafts still loading are part of the outbox too.
        whenDraftsReopened(this, [this] { sendOutbox(); });
        return;
    }
    QList<EntitySession *> queued;
    for (EntitySession *session : std::as_const(m_sessions)) {
        if (session->draftState() == Draft::State::Queued && !session->isBusy())
            queued.append(session);
    }
    if (!queued.isEmpty() && m_connectivity->isOnline())
        m_outbox->send(queued);
}

void Workspace::saveAll()
{
    if (isReopeningDrafts()) {
        whenDraftsReopened(this, [this] { saveAll(); });
        return;
    }
    QList<EntitySession *> idle;
    for (EntitySession *session : unsentSessions()) {
        if (!session->isBusy())
            idle.append(session);
    }
    if (idle.isEmpty())
        return;
    if (!m_connectivity->isOnline()) {
        for (EntitySession *session : std::as_const(idle))
            session->save();
        m_connectivity->probeNow();
        emit stateChanged();
        return;
    }
    m_outbox->send(idle);
}

void Workspace::send(const QList<EntitySession *> &sessions)
{
    if (sessions.size() == 1)
        sessions.first()->save();
    else if (!sessions.isEmpty())
        m_outbox->send(sessions);
}

void Workspace::saveThen(EntitySession *session, const std::function<void(bool)> &then)
{
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto once = [connections, then](bool ok) {
        if (connections->isEmpty())
            return;
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            QObject::disconnect(c);
        connections->clear();
        then(ok);
    };
    *connections << connect(session, &EntitySession::saved, this, [once] { once(true); })
                 << connect(session, &EntitySession::queued, this, [once] { once(true); })
                 << connect(session, &EntitySession::failed, this, [once] { once(false); })
                 << connect(session, &EntitySession::decisionNeeded, this, [once] { once(false); })
                 << connect(session, &QObject::destroyed, this, [once] { once(false); });
    if (session->isBusy()) {
        once(false);
        return;
    }
    const bool blank = !session->save().isEmpty();
    // Nothing started and nothing said (no entity yet, nothing to send): no answer will come.
    if (blank || (!connections->isEmpty() && !session->isBusy()))
        once(false);
}

EnrichmentSession *Workspace::startEnrichment(ContactSession *session, QObject *owner)
{
    if (!session || !session->document())
        return nullptr;
    return new EnrichmentSession(m_client, session->document(), owner);
}

void Workspace::rememberRecent(int contactId, const QString &name)
{
    if (contactId <= 0)
        return;
    QSettings settings;
    const QString key = kRecent + m_client->profile().name();
    QStringList list = settings.value(key).toStringList();
    const QString prefix = QString::number(contactId) + QLatin1Char('\t');
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const QString &s) { return s.startsWith(prefix); }),
               list.end());
    list.prepend(prefix + name);
    while (list.size() > kRecentSize)
        list.removeLast();
    settings.setValue(key, list);
    emit recentChanged();
}

QList<std::pair<int, QString>> Workspace::recent() const
{
    QList<std::pair<int, QString>> out;
    const QStringList list = QSettings().value(kRecent + m_client->profile().name()).toStringList();
    for (const QString &entry : list) {
        const int id = entry.section(QLatin1Char('\t'), 0, 0).toInt();
        if (id > 0)
            out.append({id, entry.section(QLatin1Char('\t'), 1)});
    }
    return out;
}
