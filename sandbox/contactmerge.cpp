#include "contactmerge.h"

#include "addresslayout.h"
#include "carriercodec.h"
#include "customfieldcatalog.h"
#include "entityfactory.h"
#include "listcatalog.h"
#include "rightspolicy.h"

#include <QJsonArray>
#include <QSet>

namespace {

const QStringList &stringMembers()
{
    static const QStringList names = {QStringLiteral("Name"),        QStringLiteral("Department"),
                                      QStringLiteral("OrgNr"),       QStringLiteral("Number1"),
                                      QStringLiteral("Number2"),     QStringLiteral("Kananame"),
                                      QStringLiteral("Description"), QStringLiteral("DbiKey")};
    return names;
}

const QStringList &elementLists()
{
    static const QStringList lists = {QStringLiteral("Emails"), QStringLiteral("Urls"),
                                      QStringLiteral("Phones"), QStringLiteral("Faxes")};
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

QString layoutOf(const ListCatalog &lists, const QJsonObject &entity)
{
    const int countryId =
        entity.value(QLatin1String("Country")).toObject().value(QLatin1String("CountryId")).toInt();
    const ListCatalog::CountryInfo *c = lists.countryInfo(countryId);
    return c ? c->layout : QStringLiteral("zipcity");
}

} // namespace

ContactMerge::ContactMerge(const ListCatalog &lists, const RightsPolicy &rights,
                           const CustomFieldCatalog &fields)
    : m_lists(lists)
    , m_rights(rights)
    , m_fields(fields)
{}

QJsonObject ContactMerge::incoming(const QJsonObject &body)
{
    QJsonObject e = CarrierCodec::withoutRights(
                        CarrierCodec::normalized(body, CarrierSchema::Type::ContactEntity))
                        .toObject();
    e.remove(QStringLiteral("_Links"));
    return e;
}

ContactMerge::Result ContactMerge::merge(const SandboxUser &user, const QJsonObject &before,
                                         const QJsonObject &incoming) const
{
    Result m;
    m.entity = before;
    mergeMembers(m, m_rights.hiddenMembers(user), incoming);
    mergeCarriers(m, incoming);
    // After the carriers: the address follows the (possibly new) country's layout.
    mergeAddress(m, before, incoming);
    mergeCustomFields(m, before, incoming);
    return m;
}

void ContactMerge::mergeMembers(Result &m, const QStringList &hidden,
                                const QJsonObject &incoming) const
{
    // Persons too: display data built from the person records, whatever a client sends there.
    static const QStringList serverOwned = {
        QStringLiteral("ContactId"), QStringLiteral("CreatedDate"),
        QStringLiteral("CreatedBy"), QStringLiteral("UpdatedDate"),
        QStringLiteral("UpdatedBy"), QStringLiteral("ActiveInterests"),
        QStringLiteral("Persons")};
    // Merged on their own, after these.
    static const QStringList special = {
        QStringLiteral("Address"),           QStringLiteral("Country"),
        QStringLiteral("UserDefinedFields"), QStringLiteral("CustomFields"),
        QStringLiteral("ExtraFields"),       QStringLiteral("Interests"),
        QStringLiteral("Associate"),         QStringLiteral("SupportAssociate")};
    QJsonObject &e = m.entity;
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        const QString &key = it.key();
        if (serverOwned.contains(key) || hidden.contains(key) || special.contains(key))
            continue;
        if (stringMembers().contains(key)) {
            if (!it->isString() && !it->isNull()) {
                m.problems.append(QStringLiteral("%1 must be a string").arg(key));
                continue;
            }
            e.insert(key, it->toString());
        } else if (key == QLatin1String("NoMailing") || key == QLatin1String("Xstop")) {
            if (!it->isBool()) {
                m.problems.append(QStringLiteral("%1 must be true or false").arg(key));
                continue;
            }
            e.insert(key, *it);
        } else if (elementLists().contains(key)) {
            if (!it->isArray() && !it->isNull()) {
                m.problems.append(QStringLiteral("%1 must be an array").arg(key));
                continue;
            }
            QJsonArray out;
            for (const QJsonValue &v : it->toArray()) {
                if (!v.isObject() || !(v.toObject().value(QLatin1String("Value")).isString())) {
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
            bool isReference = false;
            for (const auto &[member, list] : ListCatalog::entityReferences()) {
                if (member != key)
                    continue;
                isReference = true;
                bool ok = false;
                const int id = idOf(*it, "Id", &ok);
                if (!ok || (id && !m_lists.contains(list, id))) {
                    m.problems.append(QStringLiteral("%1 has no item with id %2").arg(key).arg(id));
                    break;
                }
                e.insert(key,
                         m_lists.listReference(list, id, QStringLiteral("en"), it->toObject()));
            }
            if (!isReference)
                e.insert(key, *it); // members this server does not know are kept as sent
        }
    }
}

void ContactMerge::mergeCarriers(Result &m, const QJsonObject &incoming) const
{
    QJsonObject &e = m.entity;
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
    for (const char *name : {"Associate", "SupportAssociate"}) {
        const QString key = QString::fromLatin1(name);
        if (!incoming.contains(key))
            continue;
        bool ok = false;
        const int id = idOf(incoming.value(key), "AssociateId", &ok);
        if (!ok || (id && !m_lists.associateInfo(id))) {
            m.problems.append(QStringLiteral("%1 has no associate with id %2").arg(key).arg(id));
            continue;
        }
        e.insert(key, id ? m_lists.associate(id) : EntityFactory::emptyAssociate());
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
                     m_lists.interests(selected, QStringLiteral("en")));
        }
    }
}

void ContactMerge::mergeAddress(Result &m, const QJsonObject &before,
                                const QJsonObject &incoming) const
{
    // Edits come from either form: the structured parts or the localized lines.
    const QJsonValue incomingAddress = incoming.value(QLatin1String("Address"));
    if (!incomingAddress.isUndefined() && !incomingAddress.isNull() && !incomingAddress.isObject())
        m.problems.append(QStringLiteral("Address must be an object"));
    if (!incomingAddress.isObject() && !incoming.contains(QLatin1String("Country")))
        return;
    const QJsonObject stored = before.value(QLatin1String("Address")).toObject();
    const QJsonObject edit = incomingAddress.toObject();
    QJsonObject base = stored;
    for (auto it = edit.constBegin(); it != edit.constEnd(); ++it) {
        if (it.key() != QLatin1String("LocalizedAddress") && it.key() != QLatin1String("Street") &&
            it.key() != QLatin1String("Postal") && it.key() != QLatin1String("Formatted"))
            base.insert(it.key(), it.value());
    }
    const AddressLayout::Values values = AddressLayout::merged(AddressLayout::values(stored), edit);
    m.entity.insert(QStringLiteral("Address"),
                    AddressLayout::build(values, layoutOf(m_lists, m.entity), base));
}

void ContactMerge::mergeCustomFields(Result &m, const QJsonObject &before,
                                     const QJsonObject &incoming) const
{
    // UserDefinedFields and ExtraFields are both inside CustomFields; an edit in CustomFields wins.
    for (const char *name : {"UserDefinedFields", "ExtraFields", "CustomFields"}) {
        const QJsonValue v = incoming.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            m.problems.append(QStringLiteral("%1 must be an object").arg(QLatin1String(name)));
    }
    auto sent = [&](const char *name, const QJsonObject &stored) {
        return incoming.contains(QLatin1String(name))
                   ? incoming.value(QLatin1String(name)).toObject()
                   : stored;
    };
    const QJsonObject udfBefore = before.value(QLatin1String("UserDefinedFields")).toObject();
    const QJsonObject extraBefore = before.value(QLatin1String("ExtraFields")).toObject();
    const QJsonObject customBefore = before.value(QLatin1String("CustomFields")).toObject();
    const QJsonObject udfIn = sent("UserDefinedFields", udfBefore);
    const QJsonObject extraIn = sent("ExtraFields", extraBefore);
    const QJsonObject customIn = sent("CustomFields", customBefore);
    auto resolve = [&](const QString &key, const QJsonObject &partIn,
                       const QJsonObject &partBefore) {
        const QJsonValue c = customIn.value(key);
        if (c != customBefore.value(key) && !c.isUndefined())
            return c;
        const QJsonValue p = partIn.value(key);
        if (p != partBefore.value(key))
            return p;
        return partBefore.contains(key) ? partBefore.value(key) : c;
    };
    QSet<QString> udfKeys;
    QSet<QString> extraKeys;
    for (const QJsonObject &o : {udfBefore, udfIn})
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            udfKeys.insert(it.key());
    for (const QJsonObject &o : {extraBefore, extraIn})
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            extraKeys.insert(it.key());
    for (auto it = customIn.constBegin(); it != customIn.constEnd(); ++it) {
        // The :org twins are the server's, made again below.
        if (it.key().endsWith(QLatin1String(":org")))
            continue;
        if (!udfKeys.contains(it.key()) && !extraKeys.contains(it.key()))
            (it.key().startsWith(QLatin1String("SuperOffice:")) ? udfKeys : extraKeys)
                .insert(it.key());
    }
    QJsonObject udf;
    QJsonObject extra;
    for (const QString &key : udfKeys) {
        const QJsonValue v = resolve(key, udfIn, udfBefore);
        if (!v.isUndefined())
            udf.insert(key, v);
    }
    for (const QString &key : extraKeys) {
        const QJsonValue v = resolve(key, extraIn, extraBefore);
        if (!v.isUndefined())
            extra.insert(key, v);
    }
    QJsonObject custom = udf;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        custom.insert(it.key(), it.value());
    m.entity.insert(QStringLiteral("UserDefinedFields"), udf);
    m.entity.insert(QStringLiteral("ExtraFields"), extra);
    m.entity.insert(QStringLiteral("CustomFields"), custom);
    // The tenant's own fields: the new value in any bucket and encoding, then each bucket in its
    // own form with list texts from the lists and the :org twins holding what is now stored.
    m_fields.write(m.entity, m_fields.merged(before, incoming), QStringLiteral("en"));
}
