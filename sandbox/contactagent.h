#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QJsonObject>
#include <QString>

class ContactPresenter;
class ContactStore;
class CountryChange;
class EnrichmentCatalog;
class EntityFactory;
class SandboxTexts;

// The Contact agent's calls that read (Save and Validate are ContactWriter's): CreateDefault, Get,
// Enrich, the enrichment preview, GetDuplicates, ChangeCountry and GetAddressByCountry, each with
// its parameters already taken from the request.
class ContactAgent
{
public:
    ContactAgent(const ContactStore &store, const EnrichmentCatalog &enrichment,
                 const SandboxTexts &texts, const EntityFactory &factory,
                 const ContactPresenter &presenter, const CountryChange &countries);

    SandboxReply createDefault(const RequestContext &c) const;
    SandboxReply get(const RequestContext &c, int contactId, const QString &select) const;
    SandboxReply enrich(const RequestContext &c, const QJsonObject &entity, const QString &enrichId,
                        const QString &select) const;
    SandboxReply previewEnrich(const RequestContext &c, const QString &enrichId) const;
    SandboxReply duplicates(const RequestContext &c, const QString &name) const;
    // ChangeCountry: the entity in the new country's layout and form, not saved.
    SandboxReply changeCountry(const RequestContext &c, const QJsonObject &entity, int toCountryId,
                               const QString &select) const;
    // GetAddressByCountry: a stored company's Address in another country's layout.
    SandboxReply addressByCountry(const RequestContext &c, int contactId, int countryId) const;

    // Name without case, punctuation or legal suffixes (AS, AB, Oy, GmbH, Ltd, ...).
    static QString duplicateKey(const QString &name);

private:
    SandboxReply unknownEnrichId(const QString &enrichId) const;

    const ContactStore &m_store;
    const EnrichmentCatalog &m_enrichment;
    const SandboxTexts &m_texts;
    const EntityFactory &m_factory;
    const ContactPresenter &m_presenter;
    const CountryChange &m_countries;
};
