#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class ListCatalog;

// The stand-in for SuperOffice's AI enrichment service: a bundled set of companies, searched by
// name through the enrichcontact MDO list (the EnrichId travels in ExtraInfo), previewed as a
// PreviewContact and applied to a ContactEntity carrier without saving it.
class EnrichmentCatalog
{
public:
    explicit EnrichmentCatalog(const ListCatalog &lists);

    int size() const { return int(m_entries.size()); }
    const QList<QJsonObject> &entries() const { return m_entries; }
    // The entry for an EnrichId, or an empty object.
    QJsonObject find(const QString &enrichId) const;

    // additional: "no", "countryIso2=no" or "countryIso2:no"; empty means homeIso2; "*" or
    // "all" searches every country.
    QJsonArray search(const QString &query, const QString &additional,
                      const QString &homeIso2) const;
    QJsonObject preview(const QJsonObject &entry, const QString &language) const;
    // Address into the forms the carrier has (both when it has none), then the entry's phones,
    // e-mails and web addresses that it does not hold yet.
    QJsonObject enrich(QJsonObject entity, const QJsonObject &entry) const;

    static QString countryFilter(const QString &additional);

private:
    const ListCatalog &m_lists;
    QList<QJsonObject> m_entries;
};
