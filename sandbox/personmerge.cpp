#include "personmerge.h"

#include "addresslayout.h"
#include "carriercodec.h"
#include "entityfactory.h"
#include "listcatalog.h"
#include "personfactory.h"
#include "rightspolicy.h"

#include <QJsonArray>
#include <QSet>

namespace {

const QStringList &stringMembers()
{
    static const QStringList names = {
        QStringLiteral("Firstname"),    QStringLiteral("MiddleName"),  QStringLiteral("Lastname"),
        QStringLiteral("Mrmrs"),        QStringLiteral("Title"),       QStringLiteral("Salutation"),
        QStringLiteral("PersonNumber"), QStringLiteral("Description"), QStringLiteral("Kanafname"),
        QStringLiteral("Kanalname"),    QStringLiteral("Post1"),       QStringLiteral("Post2"),
        QStringLiteral("Post3"),        QStringLiteral("BirthDate"),   QStringLiteral("DbiKey")};
    return names;
}

const QStringList &elementLists()
{
    static const QStringList lists = {
        QStringLiteral("Emails"),        QStringLiteral("PrivatePhones"),
        QStringLiteral("Faxes"),         QStringLiteral("MobilePhones"),
        QStringLiteral("OfficePhones"),  QStringLiteral("OtherPhones"),
        QStringLiteral("Urls"),          QStringLiteral("ChatEmails"),
        QStringLiteral("InternetPhones")};
    return lists;
}

int idOf(const QJsonValue &v, const char *member, bool *ok)
{
    *ok = true;
    if (v.isNull() || v.isUndefined())
        return 0;
    if (!v.isObject()) {
        *ok = false;
        return 0;
    }
    const QJsonValue id = v.toObject().value(QLatin1String(member));
    if (id.isDouble())
        return id.toInt();
    if (id.isString())
        return id.toString().toInt(ok);
    return 0;
}

} // namespace

PersonMerge::PersonMerge(const ListCatalog &lists, const RightsPolicy &rights,
                         const PersonFactory &factory)
    : m_lists(lists)
    , m_rights(rights)
    , m_factory(factory)
{}

QJsonObject PersonMerge::incoming(const QJsonObject &body)
{
    QJsonObject e = CarrierCodec::withoutRights(
                        CarrierCodec::normalized(body, CarrierSchema::Type::PersonEntity))
                        .toObject();
    e.remove(QStringLiteral("_Links"));
    return e;
}

PersonMerge::Result PersonMerge::merge(const SandboxUser &user, const QJsonObject &before,
                                       const QJsonObject &incoming) const
{
    static const QStringList skipped = {
        // The server's
        QStringLiteral("PersonId"), QStringLiteral("CreatedDate"), QStringLiteral("CreatedBy"),
        QStringLiteral("UpdatedDate"), QStringLiteral("UpdatedBy"),
        QStringLiteral("ActiveInterests"), QStringLiteral("FullName"), QStringLiteral("FormalName"),
        QStringLiteral("IsAssociate"),
        // The company's, set by the writer
        QStringLiteral("Contact"), QStringLiteral("Category"), QStringLiteral("Business"),
        QStringLiteral("Associate"),
        // Merged on their own below
        QStringLiteral("Address"), QStringLiteral("Country"), QStringLiteral("Position"),
        QStringLiteral("Interests"), QStringLiteral("UserDefinedFields"),
        QStringLiteral("ExtraFields"), QStringLiteral("CustomFields")};
    const QStringList hidden = m_rights.hiddenPersonMembers(user);
    Result m;
    m.entity = before;
    QJsonObject &e = m.entity;
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        const QString &key = it.key();
        if (skipped.contains(key) || hidden.contains(key))
            continue;
        if (stringMembers().contains(key)) {
            if (!it->isString() && !it->isNull()) {
                m.problems.append(QStringLiteral("%1 must be a string").arg(key));
                continue;
            }
            e.insert(key, it->toString());
        } else if (key == QLatin1String("Retired") || key == QLatin1String("NoMailing") ||
                   key == QLatin1String("UsePersonAddress")) {
            if (!it->isBool() && !it->isDouble()) {
                m.problems.append(QStringLiteral("%1 must be true or false").arg(key));
                continue;
            }
            e.insert(key, it->isBool() ? it->toBool() : it->toInt() != 0);
        } else if (elementLists().contains(key)) {
            if (!it->isArray() && !it->isNull()) {
                m.problems.append(QStringLiteral("%1 must be an array").arg(key));
                continue;
            }
            QJsonArray out;
            for (const QJsonValue &v : it->toArray()) {
                if (!v.isObject() || !v.toObject().value(QLatin1String("Value")).isString()) {
                    m.problems.append(
                        QStringLiteral("%1 must hold objects with a string Value").arg(key));
                    break;
                }
                QJsonObject element = v.toObject();
                element.insert(QStringLiteral("StrippedValue"),
                               EntityFactory::strippedValue(
                                   element.value(QLatin1String("Value")).toString(), key));
                if (!element.value(QLatin1String("Description")).isString())
                    element.insert(QStringLiteral("Description"), QString());
                out.append(element);
            }
            e.insert(key, out);
        } else {
            e.insert(key, *it); // members this server does not know are kept as sent
        }
    }

    if (incoming.contains(QLatin1String("Position"))) {
        bool ok = false;
        const QJsonValue v = incoming.value(QLatin1String("Position"));
        const int id = idOf(v, "Id", &ok);
        if (!ok || (id && !m_lists.contains(QStringLiteral("perspos"), id)))
            m.problems.append(QStringLiteral("Position has no item with id %1").arg(id));
        else
            e.insert(QStringLiteral("Position"),
                     m_lists.listReference(QStringLiteral("perspos"), id, QStringLiteral("en"),
                                           v.toObject()));
    }
    if (incoming.contains(QLatin1String("Country"))) {
        bool ok = false;
        const QJsonValue country = incoming.value(QLatin1String("Country"));
        const int id = idOf(country, "CountryId", &ok);
        if (!ok || !m_lists.countryInfo(id))
            m.problems.append(QStringLiteral("Country has no item with id %1").arg(id));
        else
            e.insert(QStringLiteral("Country"),
                     m_lists.country(id, QStringLiteral("en"), country.toObject()));
    }
    if (incoming.contains(QLatin1String("Interests"))) {
        const QJsonValue v = incoming.value(QLatin1String("Interests"));
        if (!v.isArray() && !v.isNull()) {
            m.problems.append(QStringLiteral("Interests must be an array"));
        } else {
            QSet<int> selected;
            for (const QJsonValue &item : v.toArray()) {
                const QJsonObject o = item.toObject();
                if (o.value(QLatin1String("Selected")).toBool())
                    selected.insert(o.value(QLatin1String("Id")).toInt());
            }
            e.insert(QStringLiteral("Interests"),
                     m_lists.interests(selected, QStringLiteral("en"), QStringLiteral("persint")));
        }
    }

    // The address follows the (possibly new) country's person layout.
    const QJsonValue address = incoming.value(QLatin1String("Address"));
    if (!address.isUndefined() && !address.isNull() && !address.isObject())
        m.problems.append(QStringLiteral("Address must be an object"));
    if (address.isObject() || incoming.contains(QLatin1String("Country"))) {
        const QJsonObject stored = before.value(QLatin1String("Address")).toObject();
        QJsonObject base = stored;
        const QJsonObject edit = address.toObject();
        for (auto it = edit.constBegin(); it != edit.constEnd(); ++it) {
            if (it.key() != QLatin1String("LocalizedAddress") &&
                it.key() != QLatin1String("Street") && it.key() != QLatin1String("Postal") &&
                it.key() != QLatin1String("Formatted"))
                base.insert(it.key(), it.value());
        }
        const int countryId =
            e.value(QLatin1String("Country")).toObject().value(QLatin1String("CountryId")).toInt();
        e.insert(QStringLiteral("Address"),
                 AddressLayout::buildPerson(
                     AddressLayout::mergedPerson(AddressLayout::personValues(stored), edit),
                     m_factory.layoutOf(countryId), base));
    }
    mergeCustomFields(m, before, incoming);
    return m;
}

void PersonMerge::mergeCustomFields(Result &m, const QJsonObject &before,
                                    const QJsonObject &incoming) const
{
    // UserDefinedFields and ExtraFields are both inside CustomFields; an edit in CustomFields wins.
    for (const char *name : {"UserDefinedFields", "ExtraFields", "CustomFields"}) {
        const QJsonValue v = incoming.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            m.problems.append(QStringLiteral("%1 must be an object").arg(QLatin1String(name)));
    }
    QJsonObject udf = before.value(QLatin1String("UserDefinedFields")).toObject();
    QJsonObject extra = before.value(QLatin1String("ExtraFields")).toObject();
    const QJsonObject customBefore = before.value(QLatin1String("CustomFields")).toObject();
    auto apply = [&](const QJsonObject &sent, const QJsonObject &stored) {
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
            if (it.key().endsWith(QLatin1String(":org")) || *it == stored.value(it.key()))
                continue;
            (it.key().startsWith(QLatin1String("SuperOffice:")) ? udf : extra)
                .insert(it.key(), *it);
        }
    };
    apply(incoming.value(QLatin1String("UserDefinedFields")).toObject(), udf);
    apply(incoming.value(QLatin1String("ExtraFields")).toObject(), extra);
    apply(incoming.value(QLatin1String("CustomFields")).toObject(), customBefore);
    QJsonObject custom = udf;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        custom.insert(it.key(), it.value());
    m.entity.insert(QStringLiteral("UserDefinedFields"), udf);
    m.entity.insert(QStringLiteral("ExtraFields"), extra);
    m.entity.insert(QStringLiteral("CustomFields"), custom);
}
