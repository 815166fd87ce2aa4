#pragma once

#include "contactdocument.h"
#include "duplicateentry.h"
#include "entitysession.h"
#include "threewaymerge.h"

#include <functional>

class OfflineCache;
class DraftRecorder;
class EntityJob;
class GetContactEntityJob;

// One open company and everything that moves it between the server, the disk and the user:
// open (from a draft, the server or the offline cache), create, and the save pipeline (mandatory
// check, the server's current version, a three-way merge, the save itself, or the outbox when
// offline). Every edit is written through to its draft. Nothing here waits: all results come as
// signals.
class ContactSession : public EntitySession
{
    Q_OBJECT

public:
    explicit ContactSession(WebApiClient *client, QObject *parent = nullptr);
    ~ContactSession() override;

    ContactDocument *document() const { return m_document; }
    int contactId() const { return m_document ? m_document->entity().contactId() : m_requestedId; }
    QString displayName() const override;
    bool hasUnsentWork() const override;

    void open(int contactId);
    void createNew();
    // Reopens a draft from the store exactly as it was.
    void openDraft(const Draft &draft);
    QStringList save() override;
    // A company not saved yet: asks the server for companies it may duplicate (by name), for
    // possibleDuplicates. Runs beside the other calls.
    void checkForDuplicates();
    void retry() override;

    // The user's answers during a save.
    const ThreeWayMerge::Result &pendingMerge() const { return m_merge; }
    void resolveConflicts(const QList<bool> &takeMine);
    // existingId > 0: the earlier attempt did create it; open that one instead of creating
    // again. 0: create anyway.
    void resolveEarlierCreate(int existingId);
    void abandonSave();

    void closeDraft(bool discard) override;

signals:
    void documentReady(ContactDocument *document);
    // The server changed the company too and some changes collide: the user must choose.
    void conflictsFound(const ThreeWayMerge::Result &result);
    // Changes made on the server were taken into the draft before saving.
    void mergedFromServer(const QStringList &labels);
    // A create whose answer never came: these may be it.
    void earlierCreateFound(const QList<DuplicateEntry> &matches);
    // The earlier create did go through: open this company instead.
    void existingCompanyChosen(int contactId);
    // The server has companies that this new one may duplicate.
    void possibleDuplicates(const QList<DuplicateEntry> &matches);

private:
    void onFailure(Operation operation, const ApiError &error) override;
    void onOpened(EntityJob *job);
    void onCurrentFetched(GetContactEntityJob *job);
    void checkEarlierCreate();
    void onEarlierMatches(const QList<DuplicateEntry> &matches);
    // By name, then by organisation number (a twin shares it even under another name).
    void findDuplicates(JobRunner *runner, const QString &name, const QString &orgNr,
                        std::function<void(const QList<DuplicateEntry> &)> done);
    void sendSave();
    void onSaved(EntityJob *job);
    void adopt(const QJsonObject &base, const QJsonObject &working,
               const QJsonObject &history = QJsonObject());
    void startRecording();
    OfflineCache cache() const;
    bool openFromCache();
    bool createFromCache();

    JobRunner *m_lookup; // the duplicate check while typing (not busy)
    ContactDocument *m_document = nullptr;
    DraftRecorder *m_recorder = nullptr;
    bool m_createSent = false;
    int m_requestedId = 0;
    ThreeWayMerge::Result m_merge;
    QJsonObject m_theirs;
    QString m_checkedDuplicatesFor;
    // The entity as sent in the save in flight: edits made meanwhile are replayed on top of the
    // server's answer.
    QJsonObject m_sent;
};
