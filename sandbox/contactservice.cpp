#include "contactservice.h"

#include "addresslayout.h"
#include "carriercodec.h"
#include "contactstore.h"
#include "enrichmentcatalog.h"
#include "entityfactory.h"
#include "listcatalog.h"
#include "rightspolicy.h"
#include "sandboxtexts.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using Kind = CarrierSchema::Kind;
using Type = CarrierSchema::Type;

namespace {

const QString kServerSource = QStringLiteral("SuperOffice.Services.Implementation");

const QStringList &stringMembers()
{
    static const QStringList names = {QStringLiteral("Name"),        QStringLiteral("Department"),
                                      QStringLiteral("OrgNr"),       QStringLiteral("Number1"),
                                      QStringLiteral("Number2"),     QStringLiteral("Kananame"),
                                      QStringLiteral("Description"), QStringLiteral("DbiKey")};
    return names;
}

const QList<std::pair<QString, QString>> &listReferences()
{
    static const QList<std::pair<QString, QString>> refs = {
        {QStringLiteral("Business"), QStringLiteral("business")},
        {QStringLiteral("Category"), QStringLiteral("category")},
        {QStringLiteral("TicketPriority"), QStringLiteral("ticketpriority")},
        {QStringLiteral("CustomerLanguage"), QStringLiteral("customerlanguage")},
    };
    return refs;
}

const QStringList &elementLists()
{
    static const QStringList lists = {QStringLiteral("Emails"), QStringLiteral("Urls"),
                                      QStringLiteral("Phones"), QStringLiteral("Faxes")};
    return lists;
}

// Rights are the server's to state: whatever a client sends back is dropped before merging.
void stripRights(QJsonObject &o, Type type)
{
    o.remove(QStringLiteral("TableRight"));
    o.remove(QStringLiteral("FieldProperties"));
    const CarrierSchema &schema = CarrierSchema::of(type);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const CarrierSchema::Member *m = schema.member(it.key());
        // Carriers the server does not rebuild keep what they carry.
        if (!m || it.key() == QLatin1String("SupportPerson") ||
            it.key().endsWith(QLatin1String("UtmParameters")))
            continue;
        if (m->kind == Kind::Carrier && it->isObject()) {
            QJsonObject nested = it->toObject();
            stripRights(nested, m->nested);
            *it = nested;
        } else if ((m->kind == Kind::CarrierArray || m->kind == Kind::CarrierMatrix) &&
                   it->isArray()) {
            QJsonArray a = it->toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).isObject()) {
                    QJsonObject nested = a.at(i).toObject();
                    stripRights(nested, m->nested);
                    a.replace(i, nested);
                } else if (a.at(i).isArray()) {
                    QJsonArray inner = a.at(i).toArray();
                    for (qsizetype j = 0; j < inner.size(); ++j) {
                        QJsonObject nested = inner.at(j).toObject();
                        stripRights(nested, m->nested);
                        inner.replace(j, nested);
                    }
                    a.replace(i, inner);
                }
            }
            *it = a;
        }
    }
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

QJsonObject overlay(QJsonObject base, const QJsonObject &top)
{
    for (auto it = top.constBegin(); it != top.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QString layoutOf(const ListCatalog &lists, const QJsonObject &entity)
{
    const int countryId =
        entity.value(QLatin1String("Country")).toObject().value(QLatin1String("CountryId")).toInt();
    const ListCatalog::CountryInfo *c = lists.countryInfo(countryId);
    return c ? c->layout : QStringLiteral("zipcity");
}

QString tierName(const ListCatalog &lists, const QString &wire, const QString &language)
{
    static const QRegularExpression re(QStringLiteral("^\\[I:(\\d+)\\]$"));
    const auto m = re.match(wire);
    return m.hasMatch() ? lists.name(QStringLiteral("udlist:tier"), m.captured(1).toInt(), language)
                        : QString();
}

struct Clause
{
    QString field;
    QString op;
    QString value;
};

// "name begins 'Nord' and orgnr eq '123'": fields, operators and single-quoted values ('' is a
// quote).
bool parseFilter(const QString &filter, QList<Clause> *clauses, QString *error)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < filter.size(); ++i) {
        const QChar ch = filter.at(i);
        if (quoted) {
            if (ch == QLatin1Char('\'')) {
                if (i + 1 < filter.size() && filter.at(i + 1) == QLatin1Char('\'')) {
                    current.append(ch);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current.append(ch);
            }
        } else if (ch == QLatin1Char('\'')) {
            quoted = true;
            wasQuoted = true;
        } else if (ch.isSpace()) {
            if (!current.isEmpty() || wasQuoted)
                tokens.append(current);
            current.clear();
            wasQuoted = false;
        } else {
            current.append(ch);
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quote in $filter");
        return false;
    }
    if (!current.isEmpty() || wasQuoted)
        tokens.append(current);
    for (qsizetype i = 0; i < tokens.size();) {
        if (i + 2 >= tokens.size()) {
            *error = QStringLiteral("incomplete $filter clause near '%1'")
                         .arg(tokens.mid(i).join(QLatin1Char(' ')));
            return false;
        }
        clauses->append({tokens[i].toLower(), tokens[i + 1].toLower(), tokens[i + 2]});
        i += 3;
        if (i < tokens.size()) {
            if (tokens[i].compare(QLatin1String("and"), Qt::CaseInsensitive) != 0) {
                *error =
                    QStringLiteral("only 'and' may join $filter clauses, not '%1'").arg(tokens[i]);
                return false;
            }
            ++i;
        }
    }
    return true;
}

} // namespace

ContactService::ContactService(ContactStore &store, const ListCatalog &lists,
                               const EnrichmentCatalog &enrichment, const RightsPolicy &rights,
                               const SandboxTexts &texts, const EntityFactory &factory)
    : m_store(store)
    , m_lists(lists)
    , m_enrichment(enrichment)
    , m_rights(rights)
    , m_texts(texts)
    , m_factory(factory)
{}

QString ContactService::wireDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return EntityFactory::emptyDate();
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime ContactService::dateFromWire(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QDateTime();
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid() || d.year() <= 1)
        return QDateTime();
    return QDateTime(d, QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()),
                     Qt::UTC);
}

QByteArray ContactService::httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime ContactService::dateFromHttp(const QByteArray &text)
{
    const QString t = QString::fromLatin1(text).trimmed();
    QDateTime d = QLocale::c().toDateTime(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (d.isValid())
        return QDateTime(d.date(), d.time(), Qt::UTC);
    d = QDateTime::fromString(t, Qt::RFC2822Date);
    if (d.isValid())
        return d.toUTC();
    return QDateTime::fromString(t, Qt::ISODate).toUTC();
}

QString ContactService::duplicateKey(const QString &name)
{
    static const QSet<QString> legal = {
        QStringLiteral("as"),  QStringLiteral("asa"), QStringLiteral("ab"),
        QStringLiteral("oy"),  QStringLiteral("oyj"), QStringLiteral("gmbh"),
        QStringLiteral("ag"),  QStringLiteral("ltd"), QStringLiteral("plc"),
        QStringLiteral("aps"), QStringLiteral("inc"), QStringLiteral("llc"),
        QStringLiteral("sa"),  QStringLiteral("nv"),  QStringLiteral("bv"),
        QStringLiteral("kb"),  QStringLiteral("hb"),  QStringLiteral("ans"),
        QStringLiteral("da"),  QStringLiteral("ba"),  QStringLiteral("sarl"),
        QStringLiteral("srl"), QStringLiteral("spa"), QStringLiteral("limited"),
        QStringLiteral("ehf"), QStringLiteral("hf"),  QStringLiteral("kg"),
        QStringLiteral("ug")};
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    auto endsWith = [&words](const char *a, const char *b) {
        return words.size() >= 3 && words.at(words.size() - 2) == QLatin1String(a) &&
               words.last() == QLatin1String(b);
    };
    bool changed = true;
    while (changed && words.size() > 1) {
        changed = false;
        if (endsWith("a", "s") || endsWith("b", "v") || endsWith("n", "v")) {
            words.removeLast();
            words.removeLast();
            changed = true;
        } else if (legal.contains(words.last())) {
            words.removeLast();
            changed = true;
        }
    }
    return words.join(QLatin1Char(' '));
}

QJsonObject ContactService::incomingEntity(const QJsonObject &body)
{
    QJsonObject e = CarrierCodec::normalized(body, Type::ContactEntity);
    stripRights(e, Type::ContactEntity);
    e.remove(QStringLiteral("_Links"));
    return e;
}

void ContactService::applySelect(QJsonObject &entity, const QString &select)
{
    if (select.trimmed().isEmpty())
        return;
    QSet<QString> keep;
    for (const QString &part : select.split(QLatin1Char(','), Qt::SkipEmptyParts))
        keep.insert(part.trimmed()
                        .section(QLatin1Char('/'), 0, 0)
                        .section(QLatin1Char('.'), 0, 0)
                        .toCaseFolded());
    for (auto it = entity.begin(); it != entity.end(); ++it) {
        if (it.key() == QLatin1String("TableRight") || it.key() == QLatin1String("FieldProperties"))
            continue; // the rights describe the record, they are not among its fields
        if (!keep.contains(it.key().toCaseFolded()))
            *it = QJsonValue();
    }
}

QJsonObject ContactService::present(QJsonObject e, const Context &c) const
{
    for (const auto &[member, list] : listReferences()) {
        if (!e.value(member).isObject())
            continue;
        QJsonObject ref = e.value(member).toObject();
        const int id = ref.value(QLatin1String("Id")).toInt();
        if (id && m_lists.contains(list, id))
            ref.insert(QStringLiteral("Value"), m_lists.name(list, id, c.language));
        e.insert(member, ref);
    }
    if (e.value(QLatin1String("Country")).isObject()) {
        const QJsonObject stored = e.value(QLatin1String("Country")).toObject();
        const int id = stored.value(QLatin1String("CountryId")).toInt();
        if (m_lists.countryInfo(id))
            e.insert(QStringLiteral("Country"), overlay(stored, m_lists.country(id, c.language)));
    }
    if (e.value(QLatin1String("Interests")).isArray()) {
        QJsonArray interests = e.value(QLatin1String("Interests")).toArray();
        for (qsizetype i = 0; i < interests.size(); ++i) {
            QJsonObject item = interests.at(i).toObject();
            const int id = item.value(QLatin1String("Id")).toInt();
            if (m_lists.contains(QStringLiteral("contint"), id))
                item.insert(QStringLiteral("Name"),
                            m_lists.name(QStringLiteral("contint"), id, c.language));
            interests.replace(i, item);
        }
        e.insert(QStringLiteral("Interests"), interests);
    }
    m_rights.decorate(e, c.user);
    QJsonValue tree(e);
    m_texts.translateTree(tree, c.language);
    return tree.toObject();
}

ContactService::Merge ContactService::merge(const SandboxUser &user, const QJsonObject &before,
                                            const QJsonObject &incoming) const
{
    Merge m;
    QJsonObject &e = m.entity;
    e = before;
    static const QStringList serverOwned = {
        QStringLiteral("ContactId"), QStringLiteral("CreatedDate"),
        QStringLiteral("CreatedBy"), QStringLiteral("UpdatedDate"),
        QStringLiteral("UpdatedBy"), QStringLiteral("ActiveInterests")};
    static const QStringList special = {QStringLiteral("Address"),
                                        QStringLiteral("Country"),
                                        QStringLiteral("UserDefinedFields"),
                                        QStringLiteral("CustomFields"),
                                        QStringLiteral("ExtraFields"),
                                        QStringLiteral("Interests"),
                                        QStringLiteral("Associate"),
                                        QStringLiteral("SupportAssociate"),
                                        QStringLiteral("Persons")};
    const QStringList hidden = m_rights.hiddenMembers(user);
    auto problem = [&m](const QString &text) { m.problems.append(text); };

    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        const QString &key = it.key();
        if (serverOwned.contains(key) || hidden.contains(key) || special.contains(key))
            continue;
        if (stringMembers().contains(key)) {
            if (!it->isString() && !it->isNull()) {
                problem(QStringLiteral("%1 must be a string").arg(key));
                continue;
            }
            e.insert(key, it->toString());
        } else if (key == QLatin1String("NoMailing") || key == QLatin1String("Xstop")) {
            if (!it->isBool()) {
                problem(QStringLiteral("%1 must be true or false").arg(key));
                continue;
            }
            e.insert(key, *it);
        } else if (elementLists().contains(key)) {
            if (!it->isArray() && !it->isNull()) {
                problem(QStringLiteral("%1 must be an array").arg(key));
                continue;
            }
            QJsonArray out;
            for (const QJsonValue &v : it->toArray()) {
                if (!v.isObject() || !(v.toObject().value(QLatin1String("Value")).isString())) {
                    problem(QStringLiteral("%1 must hold objects with a string Value").arg(key));
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
            for (const auto &[member, list] : listReferences()) {
                if (member != key)
                    continue;
                isReference = true;
                bool ok = false;
                const int id = idOf(*it, "Id", &ok);
                if (!ok || (id && !m_lists.contains(list, id))) {
                    problem(QStringLiteral("%1 has no item with id %2").arg(key).arg(id));
                    break;
                }
                e.insert(key, overlay(it->toObject(),
                                      m_lists.listReference(list, id, QStringLiteral("en"))));
            }
            if (!isReference)
                e.insert(key, *it); // members this server does not know are kept as sent
        }
    }

    if (incoming.contains(QLatin1String("Country"))) {
        bool ok = false;
        const int id = idOf(incoming.value(QLatin1String("Country")), "CountryId", &ok);
        if (!ok || !m_lists.countryInfo(id))
            problem(QStringLiteral("Country has no item with id %1").arg(id));
        else
            e.insert(QStringLiteral("Country"),
                     overlay(incoming.value(QLatin1String("Country")).toObject(),
                             m_lists.country(id, QStringLiteral("en"))));
    }
    for (const char *name : {"Associate", "SupportAssociate"}) {
        const QString key = QString::fromLatin1(name);
        if (!incoming.contains(key))
            continue;
        bool ok = false;
        const int id = idOf(incoming.value(key), "AssociateId", &ok);
        if (!ok || (id && !m_lists.associateInfo(id))) {
            problem(QStringLiteral("%1 has no associate with id %2").arg(key).arg(id));
            continue;
        }
        e.insert(key, id ? m_lists.associate(id) : EntityFactory::emptyAssociate());
    }
    if (incoming.contains(QLatin1String("Interests"))) {
        const QJsonValue v = incoming.value(QLatin1String("Interests"));
        if (!v.isArray() && !v.isNull()) {
            problem(QStringLiteral("Interests must be an array"));
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
    if (incoming.contains(QLatin1String("Persons"))) {
        const QJsonValue v = incoming.value(QLatin1String("Persons"));
        if (!v.isArray() && !v.isNull()) {
            problem(QStringLiteral("Persons must be an array"));
        } else {
            QJsonArray persons;
            for (const QJsonValue &p : v.toArray()) {
                if (!p.isObject()) {
                    problem(QStringLiteral("Persons must hold objects"));
                    break;
                }
                persons.append(p);
            }
            e.insert(QStringLiteral("Persons"), persons);
        }
    }

    // The address follows the (possibly new) country's layout; edits come from either form.
    const QJsonValue incomingAddress = incoming.value(QLatin1String("Address"));
    if (!incomingAddress.isUndefined() && !incomingAddress.isNull() && !incomingAddress.isObject())
        problem(QStringLiteral("Address must be an object"));
    if (incomingAddress.isObject() || incoming.contains(QLatin1String("Country"))) {
        const QJsonObject stored = before.value(QLatin1String("Address")).toObject();
        const QJsonObject edit = incomingAddress.toObject();
        QJsonObject base = stored;
        for (auto it = edit.constBegin(); it != edit.constEnd(); ++it) {
            if (it.key() != QLatin1String("LocalizedAddress") &&
                it.key() != QLatin1String("Street") && it.key() != QLatin1String("Postal") &&
                it.key() != QLatin1String("Formatted"))
                base.insert(it.key(), it.value());
        }
        const AddressLayout::Values values =
            AddressLayout::merged(AddressLayout::values(stored), edit);
        e.insert(QStringLiteral("Address"),
                 AddressLayout::build(values, layoutOf(m_lists, e), base));
    }

    // UserDefinedFields and ExtraFields are both inside CustomFields; an edit in CustomFields wins.
    for (const char *name : {"UserDefinedFields", "ExtraFields", "CustomFields"}) {
        const QJsonValue v = incoming.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            problem(QStringLiteral("%1 must be an object").arg(QLatin1String(name)));
    }
    const QJsonObject udfBefore = before.value(QLatin1String("UserDefinedFields")).toObject();
    const QJsonObject extraBefore = before.value(QLatin1String("ExtraFields")).toObject();
    const QJsonObject customBefore = before.value(QLatin1String("CustomFields")).toObject();
    const QJsonObject udfIn = incoming.contains(QLatin1String("UserDefinedFields"))
                                  ? incoming.value(QLatin1String("UserDefinedFields")).toObject()
                                  : udfBefore;
    const QJsonObject extraIn = incoming.contains(QLatin1String("ExtraFields"))
                                    ? incoming.value(QLatin1String("ExtraFields")).toObject()
                                    : extraBefore;
    const QJsonObject customIn = incoming.contains(QLatin1String("CustomFields"))
                                     ? incoming.value(QLatin1String("CustomFields")).toObject()
                                     : customBefore;
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
    QJsonObject udf;
    QJsonObject extra;
    QSet<QString> udfKeys;
    QSet<QString> extraKeys;
    for (const QJsonObject &o : {udfBefore, udfIn})
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            udfKeys.insert(it.key());
    for (const QJsonObject &o : {extraBefore, extraIn})
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            extraKeys.insert(it.key());
    for (auto it = customIn.constBegin(); it != customIn.constEnd(); ++it) {
        if (!udfKeys.contains(it.key()) && !extraKeys.contains(it.key()))
            (it.key().startsWith(QLatin1String("SuperOffice:")) ? udfKeys : extraKeys)
                .insert(it.key());
    }
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
    // A list field's shown text follows its id.
    if (udf.contains(QLatin1String("SuperOffice:2"))) {
        udf.insert(QStringLiteral("SuperOffice:2:DisplayText"),
                   tierName(m_lists, udf.value(QLatin1String("SuperOffice:2")).toString(),
                            QStringLiteral("en")));
        if (!udf.contains(QLatin1String("SuperOffice:2:DisplayTooltip")))
            udf.insert(QStringLiteral("SuperOffice:2:DisplayTooltip"), QString());
    }
    e.insert(QStringLiteral("UserDefinedFields"), udf);
    e.insert(QStringLiteral("ExtraFields"), extra);
    e.insert(QStringLiteral("CustomFields"), overlay(udf, extra));
    return m;
}

void ContactService::finish(QJsonObject &e, const QJsonObject &before, int updaterAssociateId,
                            bool isNew)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime nowSeconds(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    const QJsonObject updater = m_lists.associate(updaterAssociateId);
    if (isNew) {
        e.insert(QStringLiteral("ContactId"), m_store.nextContactId());
        e.insert(QStringLiteral("CreatedDate"), wireDate(nowSeconds));
        e.insert(QStringLiteral("CreatedBy"), updater);
        e.insert(QStringLiteral("UpdatedDate"), wireDate(nowSeconds));
    } else {
        // Strictly later than before, so a save within the same second still shows as a change
        // to If-Unmodified-Since (HTTP dates have whole seconds).
        QDateTime updated = nowSeconds;
        const QDateTime previous =
            dateFromWire(before.value(QLatin1String("UpdatedDate")).toString());
        if (previous.isValid() && updated <= previous)
            updated = previous.addSecs(1);
        e.insert(QStringLiteral("UpdatedDate"), wireDate(updated));
    }
    e.insert(QStringLiteral("UpdatedBy"), updater);

    int selected = 0;
    for (const QJsonValue &v : e.value(QLatin1String("Interests")).toArray())
        selected += v.toObject().value(QLatin1String("Selected")).toBool() ? 1 : 0;
    e.insert(QStringLiteral("ActiveInterests"), selected);

    QJsonArray persons = e.value(QLatin1String("Persons")).toArray();
    int missingIds = 0;
    for (const QJsonValue &v : persons)
        missingIds += v.toObject().value(QLatin1String("PersonId")).toInt() <= 0 ? 1 : 0;
    int nextPersonId = missingIds ? m_store.takePersonIds(missingIds) : 0;
    // Members a client left out get the defaults; the company's own members always follow it.
    const QJsonObject fresh = m_factory.person(e, 0, 0);
    for (qsizetype i = 0; i < persons.size(); ++i) {
        QJsonObject p = persons.at(i).toObject();
        for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
            if (!p.contains(it.key()))
                p.insert(it.key(), it.value());
        }
        if (p.value(QLatin1String("PersonId")).toInt() <= 0)
            p.insert(QStringLiteral("PersonId"), nextPersonId++);
        for (const char *m :
             {"ContactId", "ContactName", "ContactDepartment", "ContactOrgNr", "ContactCountryId",
              "ContactFullName", "ContactPhone", "CategoryName"})
            p.insert(QLatin1String(m), fresh.value(QLatin1String(m)));
        p.insert(QStringLiteral("Rank"), int(i) + 1);
        QStringList names;
        for (const char *m : {"Firstname", "MiddleName", "Lastname"}) {
            const QString part = p.value(QLatin1String(m)).toString().trimmed();
            if (!part.isEmpty())
                names.append(part);
        }
        p.insert(QStringLiteral("FullName"), names.join(QLatin1Char(' ')));
        persons.replace(i, p);
    }
    e.insert(QStringLiteral("Persons"), persons);
}

SandboxReply ContactService::notFound(const Context &c, int contactId) const
{
    return SandboxReply::error(
        404, QStringLiteral("SoNotFoundException"),
        m_texts.message(QStringLiteral("SR_ERROR_NOT_FOUND"), c.language).arg(contactId));
}

SandboxReply ContactService::createDefault(const Context &c) const
{
    return SandboxReply::json(present(m_factory.defaultEntity(c.user), c));
}

SandboxReply ContactService::get(const Context &c, int contactId, const QString &select) const
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return notFound(c, contactId);
    QJsonObject e = present(*stored, c);
    applySelect(e, select);
    return SandboxReply::json(e);
}

SandboxReply ContactService::save(const Context &c, const QJsonObject &body, int contactId)
{
    const QJsonObject incoming = incomingEntity(body);
    int id = contactId;
    if (id < 0) {
        const QJsonValue v = incoming.value(QLatin1String("ContactId"));
        id = v.isString() ? v.toString().toInt() : v.toInt();
    }
    const bool isNew = id == 0;
    if (!m_rights.canSave(c.user, isNew))
        return SandboxReply::error(
            403, QStringLiteral("SoAccessDeniedException"),
            m_texts.message(QStringLiteral("SR_ERROR_NO_RIGHT"), c.language));
    QJsonObject before;
    if (isNew) {
        before = m_factory.defaultEntity(c.user);
    } else {
        const std::optional<QJsonObject> stored = m_store.load(id);
        if (!stored)
            return notFound(c, id);
        before = *stored;
    }
    Merge m = merge(c.user, before, incoming);
    if (!m.problems.isEmpty())
        return SandboxReply::error(400, QStringLiteral("SoBadRequestException"),
                                   m.problems.join(QStringLiteral("; ")));
    const QList<RightsPolicy::Violation> violations =
        m_rights.check(c.user, before, incoming, m.entity, c.language);
    if (!violations.isEmpty()) {
        QStringList messages;
        for (const RightsPolicy::Violation &v : violations)
            messages.append(v.message);
        return SandboxReply::error(400, QStringLiteral("SoValidationException"),
                                   messages.join(QStringLiteral("; ")));
    }
    finish(m.entity, before, c.user.associateId, isNew);
    QString error;
    if (!m_store.write(m.entity, &error))
        return SandboxReply::error(500, QStringLiteral("SoDatabaseException"), error);
    return SandboxReply::json(present(m.entity, c));
}

SandboxReply ContactService::validate(const Context &c, const QJsonObject &entity) const
{
    const QJsonObject incoming = incomingEntity(entity);
    const int id = incoming.value(QLatin1String("ContactId")).toInt();
    QJsonObject before = m_factory.defaultEntity(c.user);
    if (id) {
        const std::optional<QJsonObject> stored = m_store.load(id);
        if (stored)
            before = *stored;
    }
    const Merge m = merge(c.user, before, incoming);
    QJsonObject out;
    for (const QString &p : m.problems)
        out.insert(p.section(QLatin1Char(' '), 0, 0), p);
    for (const RightsPolicy::Violation &v :
         m_rights.check(c.user, before, incoming, m.entity, c.language)) {
        const QString existing = out.value(v.field).toString();
        out.insert(v.field,
                   existing.isEmpty() ? v.message : existing + QStringLiteral("; ") + v.message);
    }
    return SandboxReply::json(out);
}

SandboxReply ContactService::enrich(const Context &c, const QJsonObject &entity,
                                    const QString &enrichId, const QString &select) const
{
    const QJsonObject entry = m_enrichment.find(enrichId);
    if (entry.isEmpty())
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("EnrichId '%1' not found").arg(enrichId));
    QJsonObject e = CarrierCodec::normalized(entity, Type::ContactEntity);
    e = m_enrichment.enrich(e, entry);
    m_rights.decorate(e, c.user);
    QJsonValue tree(e);
    m_texts.translateTree(tree, c.language);
    e = tree.toObject();
    applySelect(e, select);
    return SandboxReply::json(e);
}

SandboxReply ContactService::previewEnrich(const Context &c, const QString &enrichId) const
{
    const QJsonObject entry = m_enrichment.find(enrichId);
    if (entry.isEmpty())
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("EnrichId '%1' not found").arg(enrichId));
    QJsonValue tree(m_enrichment.preview(entry, c.language));
    m_texts.translateTree(tree, c.language);
    return SandboxReply::json(tree.toObject());
}

SandboxReply ContactService::duplicates(const Context &c, const QString &name) const
{
    QJsonArray out;
    const QString key = duplicateKey(name);
    if (key.isEmpty())
        return SandboxReply::json(out);
    for (const ContactStore::Row &row : m_store.rows()) {
        if (duplicateKey(row.name) != key)
            continue;
        out.append(QJsonObject{
            {QStringLiteral("RuleName"), QStringLiteral("SoContactNameDuplicateRule")},
            {QStringLiteral("SoPrimaryKey"), row.contactId},
            {QStringLiteral("EntryName"), row.department.isEmpty()
                                              ? row.name
                                              : row.name + QStringLiteral(", ") + row.department},
            {QStringLiteral("EntryIdentifier"), QString::number(row.contactId)},
            {QStringLiteral("RuleDisplayName"),
             m_texts.resource(QStringLiteral("[SR_DUPLICATE_RULE_NAME]"), c.language)},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}});
    }
    return SandboxReply::json(out);
}

SandboxReply ContactService::principal(const Context &c) const
{
    const SandboxUser &u = c.user;
    const QString role = u.role == SandboxUser::Role::Full     ? QStringLiteral("Full")
                         : u.role == SandboxUser::Role::Viewer ? QStringLiteral("Viewer")
                                                               : QStringLiteral("Restricted");
    QStringList functionRights = {QStringLiteral("allow-contact-view")};
    if (u.role != SandboxUser::Role::Viewer)
        functionRights +=
            {QStringLiteral("allow-contact-create"), QStringLiteral("allow-contact-update")};
    functionRights.sort();
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("UserType"), QStringLiteral("InternalAssociate")},
        {QStringLiteral("Associate"), u.userName},
        {QStringLiteral("AssociateId"), u.associateId},
        {QStringLiteral("PersonId"), u.personId},
        {QStringLiteral("CountryId"), u.countryId},
        {QStringLiteral("HomeCountryId"), u.countryId},
        {QStringLiteral("ContactId"), 0},
        {QStringLiteral("GroupId"), u.groupId},
        {QStringLiteral("BusinessId"), 0},
        {QStringLiteral("CategoryId"), 0},
        {QStringLiteral("ContactOwner"), u.associateId},
        {QStringLiteral("RoleId"), int(u.role) + 1},
        {QStringLiteral("IsPerson"), true},
        {QStringLiteral("RoleName"), role},
        {QStringLiteral("RoleDescription"), QStringLiteral("%1 rights on companies").arg(role)},
        {QStringLiteral("RoleType"), QStringLiteral("Employee")},
        {QStringLiteral("Licenses"), QJsonArray()},
        {QStringLiteral("FullName"), u.fullName},
        {QStringLiteral("EMailAddress"), u.email},
        {QStringLiteral("FunctionRights"), QJsonArray::fromStringList(functionRights)},
        {QStringLiteral("EjUserId"), 0},
        {QStringLiteral("EjAccessLevel"), 0},
        {QStringLiteral("EjUserStatus"), QStringLiteral("Unknown")},
        {QStringLiteral("ProvidedCredentials"), QJsonArray()},
        {QStringLiteral("SecondaryGroups"), QJsonArray()},
        {QStringLiteral("DatabaseContextIdentifier"), QStringLiteral("Cust12345")},
        {QStringLiteral("UserName"), u.userName},
    });
}

SandboxReply ContactService::mdoList(const Context &c, const QString &list, const QString &query,
                                     const QString &additional) const
{
    const QString name = list.toLower();
    if (name == QLatin1String("enrichcontact")) {
        const ListCatalog::CountryInfo *home = m_lists.countryInfo(c.user.countryId);
        return SandboxReply::json(
            m_enrichment.search(query, additional, home ? home->iso2 : QStringLiteral("no")));
    }
    if (!m_lists.isList(name) || name.startsWith(QLatin1String("udlist:")))
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("MDO list '%1' not found").arg(list));
    return SandboxReply::json(m_lists.mdoList(name, query, c.language));
}

SandboxReply ContactService::search(const Context &c, const QString &select, const QString &filter,
                                    const QString &top, const QString &skip,
                                    const QString &orderBy) const
{
    static const QStringList columns = {QStringLiteral("contactId"), QStringLiteral("name"),
                                        QStringLiteral("department"), QStringLiteral("orgnr"),
                                        QStringLiteral("city")};
    QStringList wanted;
    for (const QString &s : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString col = s.trimmed();
        const auto it = std::find_if(columns.begin(), columns.end(), [&](const QString &known) {
            return known.compare(col, Qt::CaseInsensitive) == 0;
        });
        wanted.append(it == columns.end() ? col : *it);
    }
    if (wanted.isEmpty())
        wanted = columns;

    QList<Clause> clauses;
    QString error;
    if (!filter.trimmed().isEmpty() && !parseFilter(filter, &clauses, &error))
        return SandboxReply::error(400, QStringLiteral("SoBadRequestException"), error);
    for (const Clause &cl : clauses) {
        if (!columns.contains(cl.field, Qt::CaseInsensitive))
            return SandboxReply::error(400, QStringLiteral("SoBadRequestException"),
                                       QStringLiteral("unknown $filter column '%1'").arg(cl.field));
        static const QStringList ops = {
            QStringLiteral("begins"),    QStringLiteral("contains"),  QStringLiteral("eq"),
            QStringLiteral("is"),        QStringLiteral("equals"),    QStringLiteral("ne"),
            QStringLiteral("isnot"),     QStringLiteral("notbegins"), QStringLiteral("notcontains"),
            QStringLiteral("startswith")};
        if (!ops.contains(cl.op))
            return SandboxReply::error(
                400, QStringLiteral("SoBadRequestException"),
                QStringLiteral("unsupported $filter operator '%1'").arg(cl.op));
    }
    auto valueOf = [](const ContactStore::Row &r, const QString &column) -> QString {
        const QString col = column.toLower();
        if (col == QLatin1String("contactid"))
            return QString::number(r.contactId);
        if (col == QLatin1String("name"))
            return r.name;
        if (col == QLatin1String("department"))
            return r.department;
        if (col == QLatin1String("orgnr"))
            return r.orgNr;
        return r.city;
    };
    QList<ContactStore::Row> rows;
    for (const ContactStore::Row &r : m_store.rows()) {
        bool keep = true;
        for (const Clause &cl : clauses) {
            const QString v = valueOf(r, cl.field);
            bool match = false;
            if (cl.op == QLatin1String("begins") || cl.op == QLatin1String("startswith"))
                match = v.startsWith(cl.value, Qt::CaseInsensitive);
            else if (cl.op == QLatin1String("notbegins"))
                match = !v.startsWith(cl.value, Qt::CaseInsensitive);
            else if (cl.op == QLatin1String("contains"))
                match = v.contains(cl.value, Qt::CaseInsensitive);
            else if (cl.op == QLatin1String("notcontains"))
                match = !v.contains(cl.value, Qt::CaseInsensitive);
            else if (cl.op == QLatin1String("ne") || cl.op == QLatin1String("isnot"))
                match = v.compare(cl.value, Qt::CaseInsensitive) != 0;
            else
                match = v.compare(cl.value, Qt::CaseInsensitive) == 0;
            if (!match) {
                keep = false;
                break;
            }
        }
        if (keep)
            rows.append(r);
    }
    const QStringList order = orderBy.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!order.isEmpty() && columns.contains(order.first(), Qt::CaseInsensitive)) {
        const bool descending = order.size() > 1 && order.at(1).compare(QLatin1String("desc"),
                                                                        Qt::CaseInsensitive) == 0;
        const QString col = order.first();
        std::stable_sort(
            rows.begin(), rows.end(), [&](const ContactStore::Row &a, const ContactStore::Row &b) {
                if (col.compare(QLatin1String("contactId"), Qt::CaseInsensitive) == 0)
                    return descending ? a.contactId > b.contactId : a.contactId < b.contactId;
                const int cmp = QString::localeAwareCompare(valueOf(a, col).toLower(),
                                                            valueOf(b, col).toLower());
                return descending ? cmp > 0 : cmp < 0;
            });
    }
    bool ok = false;
    const int skipCount = std::max(0, skip.toInt());
    int topCount = top.toInt(&ok);
    if (!ok || topCount < 0)
        topCount = int(rows.size());
    QJsonArray value;
    for (qsizetype i = skipCount; i < rows.size() && value.size() < topCount; ++i) {
        const ContactStore::Row &r = rows.at(i);
        QJsonObject row{{QStringLiteral("PrimaryKey"), QString::number(r.contactId)},
                        {QStringLiteral("EntityName"), QStringLiteral("contact")}};
        for (const QString &col : wanted) {
            if (col == QLatin1String("contactId"))
                row.insert(col, r.contactId);
            else if (columns.contains(col))
                row.insert(col, valueOf(r, col));
            else
                row.insert(col, QJsonValue());
        }
        value.append(row);
    }
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("odata.metadata"),
                     c.baseUrl + QStringLiteral("/api/v1/Archive//$metadata")},
                    {QStringLiteral("odata.nextLink"), QJsonValue()},
                    {QStringLiteral("value"), value}});
}

SandboxReply ContactService::restGet(const Context &c, int contactId,
                                     const QByteArray &ifModifiedSince) const
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return notFound(c, contactId);
    const QDateTime modified = dateFromWire(stored->value(QLatin1String("UpdatedDate")).toString());
    if (!ifModifiedSince.isEmpty()) {
        const QDateTime since = dateFromHttp(ifModifiedSince);
        if (since.isValid() && modified.isValid() && modified <= since) {
            SandboxReply r = SandboxReply::empty(304);
            r.setHeader(QByteArrayLiteral("Last-Modified"), httpDate(modified));
            return r;
        }
    }
    QJsonObject e = present(*stored, c);
    const QString self = QStringLiteral("%1/api/v1/Contact/%2/").arg(c.baseUrl).arg(contactId);
    e.insert(
        QStringLiteral("_Links"),
        QJsonObject{{QStringLiteral("Self"), self},
                    {QStringLiteral("Archive"), c.baseUrl + QStringLiteral("/api/v1/Contact/")}});
    SandboxReply r = SandboxReply::json(e);
    if (modified.isValid())
        r.setHeader(QByteArrayLiteral("Last-Modified"), httpDate(modified));
    return r;
}

SandboxReply ContactService::restPut(const Context &c, int contactId, const QJsonObject &body,
                                     const QByteArray &ifUnmodifiedSince)
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return notFound(c, contactId);
    if (!ifUnmodifiedSince.isEmpty()) {
        const QDateTime since = dateFromHttp(ifUnmodifiedSince);
        const QDateTime modified =
            dateFromWire(stored->value(QLatin1String("UpdatedDate")).toString());
        if (since.isValid() && modified.isValid() && modified > since)
            return SandboxReply::error(412, QStringLiteral("SoPreconditionFailedException"),
                                       QStringLiteral("Contact %1 was changed at %2, after %3")
                                           .arg(contactId)
                                           .arg(QString::fromLatin1(httpDate(modified)),
                                                QString::fromLatin1(ifUnmodifiedSince)));
    }
    SandboxReply r = save(c, body, contactId);
    if (r.status() == 200) {
        const std::optional<QJsonObject> saved = m_store.load(contactId);
        if (saved)
            r.setHeader(
                QByteArrayLiteral("Last-Modified"),
                httpDate(dateFromWire(saved->value(QLatin1String("UpdatedDate")).toString())));
    }
    return r;
}

std::optional<QJsonObject> ContactService::touch(int contactId, const QJsonObject &members)
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return std::nullopt;
    SandboxUser system;
    system.role = SandboxUser::Role::Full;
    Merge m = merge(system, *stored, incomingEntity(members));
    finish(m.entity, *stored, m_lists.otherAssociateId(), false);
    if (!m_store.write(m.entity))
        return std::nullopt;
    return m.entity;
}

void ContactService::reseed(bool demo, int generated)
{
    m_store.clear();
    QList<QJsonObject> entities;
    int contactId = 1;
    if (demo) {
        QFile file(QStringLiteral(":/sandbox/data/demo.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("contact-sandbox: the bundled demo companies are missing");
        const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            const int persons = int(r.value(QLatin1String("persons")).toArray().size());
            // Most companies belong to the demo user; every third to a colleague.
            const int owner = contactId % 3 == 0 ? m_lists.otherAssociateId() : 5;
            entities.append(
                m_factory.fromRecord(r, contactId++, m_store.takePersonIds(persons), owner));
        }
    }
    static const char *const firstNames[] = {"Kari", "Ola",   "Anna", "Erik", "Mette", "Jens",
                                             "Aino", "Mikko", "Lea",  "Paul", "Emma",  "Lars"};
    static const char *const lastNames[] = {"Nordmann", "Hansen", "Andersson", "Nielsen",
                                            "Virtanen", "Müller", "Smith",     "Berg",
                                            "Dahl",     "Laine"};
    const QList<QJsonObject> &source = m_enrichment.entries();
    for (int i = 0; i < generated && !source.isEmpty(); ++i) {
        QJsonObject r = source.at(i % source.size());
        if (i >= source.size())
            r.insert(QStringLiteral("name"), QStringLiteral("%1 %2")
                                                 .arg(r.value(QLatin1String("name")).toString())
                                                 .arg(i / source.size() + 1));
        r.insert(QStringLiteral("country"),
                 r.value(QLatin1String("countryIso2")).toString().toUpper());
        r.insert(QStringLiteral("businessId"),
                 m_lists.idByName(QStringLiteral("business"),
                                  r.value(QLatin1String("business")).toString()));
        r.insert(QStringLiteral("categoryId"),
                 m_lists.idByName(QStringLiteral("category"),
                                  r.value(QLatin1String("category")).toString()));
        r.insert(QStringLiteral("number1"), QString::number(20000 + i));
        r.insert(QStringLiteral("interests"), QJsonArray{1 + i % 10, 1 + (i * 3) % 10});
        r.insert(
            QStringLiteral("udf"),
            QJsonObject{
                {QStringLiteral("SuperOffice:1"), QStringLiteral("Seeded company %1").arg(i + 1)},
                {QStringLiteral("SuperOffice:2"), QStringLiteral("[I:%1]").arg(i % 4)},
                {QStringLiteral("SuperOffice:2:DisplayText"),
                 tierName(m_lists, QStringLiteral("[I:%1]").arg(i % 4), QStringLiteral("en"))},
                {QStringLiteral("SuperOffice:4"),
                 i % 2 ? QStringLiteral("True") : QStringLiteral("False")}});
        r.insert(
            QStringLiteral("createdDate"),
            wireDate(
                QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 86400)));
        r.insert(
            QStringLiteral("updatedDate"),
            wireDate(QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 3600)));
        QJsonArray persons;
        const QString domain = r.value(QLatin1String("domain")).toString();
        for (int p = 0; p < (i * 7) % 12; ++p) {
            const QString first = QString::fromUtf8(firstNames[(i + p) % 12]);
            const QString last = QString::fromUtf8(lastNames[(i * 3 + p) % 10]);
            persons.append(QJsonObject{
                {QStringLiteral("firstname"), first},
                {QStringLiteral("lastname"), last},
                {QStringLiteral("title"),
                 p == 0 ? QStringLiteral("CEO") : QStringLiteral("Consultant")},
                {QStringLiteral("email"),
                 QStringLiteral("%1.%2@%3").arg(first.toLower(), QString::number(p + 1), domain)}});
        }
        r.insert(QStringLiteral("persons"), persons);
        entities.append(
            m_factory.fromRecord(r, contactId++, m_store.takePersonIds(int(persons.size())), 5));
    }
    if (!entities.isEmpty())
        m_store.write(entities);
}
