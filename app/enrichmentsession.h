#pragma once

#include "apierror.h"
#include "entitychange.h"
#include "mdolistitem.h"
#include "previewcontact.h"

#include <QObject>
#include <QPointer>

class EntityDocument;
class EnrichContactEntityJob;
class GetPreviewEnrichContactJob;
class JobRunner;
class MdoListJob;
class WebApiClient;

// Enriching one open company from SuperOffice's AI enrichment service: find candidates by name
// (and country), preview one, ask the service what it would fill in for the working entity
// (unsaved edits included), and apply the changes the user accepts as one undoable step.
// Nothing is saved here.
class EnrichmentSession : public QObject
{
    Q_OBJECT

public:
    struct Proposal
    {
        EntityChange change;
        bool recommended = true; // checked by default
        bool allowed = true;     // the user may edit this field
        QString note;            // why it is not recommended or not allowed
    };

    // The members the service fills in; everything else in its answer is ignored.
    static QStringList enrichedMembers();

    EnrichmentSession(WebApiClient *client, EntityDocument *document, QObject *parent = nullptr);

    void search(const QString &name, const QString &countryIso2 = QString());
    void preview(const QString &enrichId);
    void enrich(const QString &enrichId);
    void cancel();
    bool isBusy() const;
    EntityDocument *document() const { return m_document; }
    QString busyText() const;

    QList<Proposal> proposals() const { return m_proposals; }
    // Applies the accepted proposals (indexes into proposals()) as one undo step; returns how
    // many were applied. Not-allowed ones are skipped.
    int apply(const QList<int> &accepted);

    // The proposals for a document and the service's answer, for the dialog and the tests.
    static QList<Proposal> buildProposals(const EntityDocument *document,
                                          const QJsonObject &proposed);

signals:
    void candidatesReady(const QList<MDOListItem> &candidates);
    void previewReady(const PreviewContact &preview);
    void proposalsReady(const QList<EnrichmentSession::Proposal> &proposals);
    void failed(const ApiError &error);
    void busyChanged(bool busy, const QString &text);

private:
    template <typename Job> void run(Job *job, void (EnrichmentSession::*then)(Job *));
    void onCandidates(MdoListJob *job);
    void onPreview(GetPreviewEnrichContactJob *job);
    void onEnriched(EnrichContactEntityJob *job);

    WebApiClient *m_client;
    QPointer<EntityDocument> m_document;
    JobRunner *m_jobs;
    QString m_enrichId;
    QString m_candidateName;
    QJsonObject m_proposed;
    QList<Proposal> m_proposals;
};
