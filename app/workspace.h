#pragma once

#include "connectionprofile.h"
#include "draftsummary.h"
#include "entitykind.h"
#include "storeddraft.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ConnectivityMonitor;
class ContactFinder;
class ContactSession;
class CredentialStore;
class CustomFieldDefinitions;
class DraftStore;
class EnrichmentSession;
class EntitySession;
class MdoListCache;
class OnlineAuthenticator;
class PersonSession;
struct OnlineTokens;
class Outbox;
class ProfileStore;
class WebApiClient;

// The application's state under the window: the connection (client, credentials, profiles),
// the draft store, connectivity, the outbox, the pickers' lists and the open companies' and
// persons' sessions. It signs in, switches connection, caches for offline use, keeps the recent
// list, reopens drafts and sends the outbox; it reports through signals and knows no widget.
class Workspace : public QObject
{
    Q_OBJECT

public:
    struct StartOptions
    {
        std::optional<ConnectionProfile> profile; // from the command line
        QString secret;                           // from CONTACT_EDITOR_SECRET
        int contactId = 0;
    };

    // Settings (profiles, recent companies) are the application's QSettings.
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    WebApiClient *client() const { return m_client; }
    // The search box's queries, on the workspace's client.
    ContactFinder *finder() const { return m_finder; }
    MdoListCache *lists() const { return m_lists; }
    // The connection's custom-field definitions for companies or persons (labels, order, types,
    // flags, lists).
    CustomFieldDefinitions *customFields(EntityKind kind = EntityKind::Contact) const
    {
        return kind == EntityKind::Person ? m_personCustomFields : m_customFields;
    }
    CredentialStore *credentials() const { return m_credentials; }
    ProfileStore *profiles() const { return m_profiles; }
    DraftStore *drafts() const { return m_drafts.get(); }
    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    Outbox *outbox() const { return m_outbox; }
    // Keeps a SuperOffice Online connection signed in; idle for the other kinds.
    OnlineAuthenticator *online() const { return m_online; }
    bool isSignedIn() const { return m_signedIn; }
    bool isReopeningDrafts() const { return !m_pendingDrafts.isEmpty(); }
    // Drafts listed but not loaded yet (they load a few at a time after start), oldest first.
    const QList<DraftSummary> &pendingDrafts() const { return m_pendingDrafts; }
    // A draft this large (its stored JSON, in bytes) is read on a pool thread as drafts reopen:
    // a company with thousands of persons would stall the window for a tenth of a second.
    static constexpr qsizetype kReadElsewhereBytes = 1 << 20;
    // Whether a listed draft is being read on a pool thread now.
    bool isReadingElsewhere(qint64 draftId) const { return m_readingElsewhere.contains(draftId); }
    // The session of a draft; one still waiting to be reopened is loaded now. Null when the
    // store has no such draft for this connection.
    EntitySession *draftSession(qint64 draftId);
    // Runs then once every draft of the connection is loaded as a session (at once when none is
    // waiting), so "every unsent change" means all of them; dropped when context goes.
    void whenDraftsReopened(QObject *context, const std::function<void()> &then);
    bool isOnline() const;

    // Opens the draft store (the default place when path is empty). Returns what the user must
    // be told: why edits cannot be kept, or what was set aside; empty when all is well.
    QString openDrafts(const QString &path = QString());
    // Signs in with the profile from the command line, else the last one used (its secret from
    // the keychain), then opens the company. connectionNeeded when it cannot.
    void start(const StartOptions &options);
    // A connection the connect dialog has verified: use it, remember it, sign in.
    void connectWith(const ConnectionProfile &profile, const QString &secret,
                     const QString &appToken, bool remember, const QJsonObject &principal);
    // A SuperOffice Online sign-in the connect dialog has completed: its tokens, the optional
    // client secret, and whether to stay signed in (the refresh token in the keychain).
    void connectOnline(const ConnectionProfile &profile, const OnlineTokens &tokens,
                       const QString &clientSecret, bool remember, const QJsonObject &principal);
    // Signs in again with the connection in use (after connectionFailed).
    void retryConnection();
    // Online: the browser sign-in again (after a refused refresh, or when the user asks).
    void signInAgain();
    // Stops a browser sign-in that is waiting for the user.
    void cancelSignIn();
    // Forgets the tokens or saved password of this connection; the work here stays as drafts.
    void signOut();
    void forgetSavedPassword();
    // A saved connection and its keychain entries.
    void removeProfile(const QString &name);

    // Every open company and person, in the order they were opened.
    QList<EntitySession *> sessions() const { return m_sessions; }
    ContactSession *sessionFor(int contactId) const;
    PersonSession *personSessionFor(int personId) const;
    // The open session of the company, or a new one (sessionAdded, then it opens).
    ContactSession *openContact(int contactId);
    ContactSession *newContact();
    // The same for a person; a new person belongs to company (a ContactEntity or the light
    // Contact carrier), online or offline.
    PersonSession *openPerson(int personId);
    PersonSession *newPerson(const QJsonObject &company);
    // The company or person goes away: a draft with nothing unsent is removed (discard: also a
    // modified one). sessionClosed, then the session is deleted later.
    void closeSession(EntitySession *session, bool discard = false);

    // Something is not on the server yet: modified, queued, in conflict or failed.
    QList<EntitySession *> unsentSessions() const;
    // Queued, in conflict or failed: what the outbox button counts.
    int waitingCount() const;
    // What was saved while offline, nothing else.
    void sendOutbox();
    // Every company with unsent work.
    void saveAll();
    void send(const QList<EntitySession *> &sessions);
    // Saves and answers exactly once: true when the server confirmed or it waits in the outbox,
    // false when refused, cancelled or waiting for the user's decision.
    void saveThen(EntitySession *session, const std::function<void(bool)> &then);
    EnrichmentSession *startEnrichment(ContactSession *session, QObject *owner);

    // The companies opened last with this connection, newest first.
    QList<std::pair<int, QString>> recent() const;

signals:
    void signingIn(const QString &host);
    void signedIn(const QJsonObject &principal);
    void signInFailed(const QString &message);
    // Online: SuperOffice's page is open in the browser (opened false: no browser could be
    // started, the user has to open url); signingIn or signInFailed follow.
    void browserSignInWaiting(const QUrl &url, bool opened);
    // Sign-in needs the user: the connect dialog, with why.
    void connectionNeeded(const QString &message);
    // The server cannot be used as it is (its certificate is not trusted, it answers what no
    // SuperOffice does, ...): said where the user sees it, until retryConnection() or another
    // connection works. What was to be opened opens then.
    void connectionFailed(const QString &message);
    void sessionAdded(EntitySession *session);
    // The connection's drafts are known (pendingDrafts()): after start or a switch of connection,
    // before any of them is loaded.
    void draftsListed();
    // Drafts reopened in one batch as sessions without an editor (after draftsListed); an
    // editor opens for one only when the user asks.
    void draftsReopened(const QList<EntitySession *> &sessions);
    void sessionClosed(EntitySession *session);
    // A person was saved: the open company it belongs to (or belonged to) shows it already.
    void personSaved(int personId, int contactId);
    void message(const QString &text, int timeoutMs);
    void onlineChanged(bool online);
    void recentChanged();
    // Sessions came or went, or their state changed: actions and counts need a look.
    void stateChanged();

private:
    ContactSession *addSession(bool rememberWhenOpened = true);
    PersonSession *addPersonSession();
    // What every session gets: the draft store, connectivity, state changes.
    void adoptSession(EntitySession *session);
    // After a person's save: the open companies it belongs to read their Persons again.
    void refreshPersonsOf(const QList<int> &contactIds);
    void useConnection(const ConnectionProfile &profile, const QString &secret,
                       const QString &appToken);
    void verifyConnection(int openAfter);
    void startOnline(ConnectionProfile profile, bool fromCommandLine, const QString &clientSecret);
    void onlineTokensChanged(const OnlineTokens &tokens);
    void onlineProfileChanged(const ConnectionProfile &profile);
    void setSignedIn(const QJsonObject &principal);
    void cacheForOffline();
    void wireCustomFields();
    void reopenDrafts();
    void reopenSomeDrafts();
    void scheduleReopen();
    // Announces reopened sessions, closes those with nothing to keep, and goes on or finishes.
    void reopened(const QList<EntitySession *> &sessions,
                  const QList<EntitySession *> &nothingUnsent);
    void readElsewhere(StoredDraft stored);
    void readElsewhereDone(const Draft &draft, quint64 generation);
    void forgetPendingDrafts();
    // A listed draft as a session (not announced: the caller says what it becomes).
    EntitySession *loadDraft(const DraftSummary &summary);
    EntitySession *openDraft(const Draft &draft);
    // A reopened draft's session with nothing to keep: closed again at once.
    static bool nothingToKeep(const EntitySession *session, const Draft &draft);
    void rememberRecent(int contactId, const QString &name);
    QString serverKey() const;

    WebApiClient *m_client;
    ContactFinder *m_finder;
    MdoListCache *m_lists;
    CustomFieldDefinitions *m_customFields;
    CustomFieldDefinitions *m_personCustomFields;
    CredentialStore *m_credentials;
    ProfileStore *m_profiles;
    std::unique_ptr<DraftStore> m_drafts;
    ConnectivityMonitor *m_connectivity;
    Outbox *m_outbox;
    OnlineAuthenticator *m_online;
    // Online: keep the refresh token in the keychain.
    bool m_rememberOnline = true;
    // What the keychain holds, so a refresh (which keeps the token) writes nothing.
    QString m_storedRefreshToken;
    QList<EntitySession *> m_sessions;
    QList<DraftSummary> m_pendingDrafts;
    // Listed drafts being read on a pool thread; they stay pending until they arrive.
    QSet<qint64> m_readingElsewhere;
    // Counts the times the pending drafts were dropped: a read that began before is stale.
    quint64 m_reopenGeneration = 0;
    bool m_reopenScheduled = false;
    // Expires with the workspace: a read finishing on a pool thread after that is dropped.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_afterReopen;
    bool m_signedIn = false;
    int m_openAfterSignIn = 0;
};
