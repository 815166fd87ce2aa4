#include "sandboxtexts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

SandboxTexts::SandboxTexts()
{
    QFile file(QStringLiteral(":/sandbox/data/texts.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("contact-sandbox: the bundled texts are missing");
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        QHash<QString, QString> byLanguage;
        const QJsonObject o = it->toObject();
        for (auto l = o.constBegin(); l != o.constEnd(); ++l)
            byLanguage.insert(l.key(), l->toString());
        m_texts.insert(it.key(), byLanguage);
    }
}

QString SandboxTexts::requestLanguage(const QByteArray &soLanguage,
                                      const QByteArray &acceptLanguage)
{
    auto supported = [](QByteArray tag) -> QString {
        tag = tag.trimmed().toLower();
        const QByteArray primary = tag.split('-').first();
        if (primary == "en")
            return QStringLiteral("en");
        if (primary == "nb" || primary == "no" || primary == "nn")
            return QStringLiteral("nb");
        return QString();
    };
    const QByteArray so = soLanguage.trimmed();
    if (!so.isEmpty()) {
        if (so == "*" || so.compare("x", Qt::CaseInsensitive) == 0)
            return QString();
        const QString l = supported(so);
        // Other languages are not translated here; English stands in for them.
        return l.isEmpty() ? QStringLiteral("en") : l;
    }
    // Accept-Language: the best-weighted supported tag; "*" alone asks for nothing in particular.
    struct Tag
    {
        QByteArray tag;
        double q;
        int order;
    };
    QList<Tag> tags;
    int order = 0;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QByteArray tag = pieces.first().trimmed();
        if (tag.isEmpty())
            continue;
        double q = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray p = pieces[i].trimmed();
            if (p.startsWith("q="))
                q = p.mid(2).toDouble();
        }
        tags.append({tag, q, order++});
    }
    std::stable_sort(tags.begin(), tags.end(),
                     [](const Tag &a, const Tag &b) { return a.q > b.q; });
    bool anyOther = false;
    for (const Tag &t : tags) {
        if (t.q <= 0)
            continue;
        if (t.tag == "*")
            continue;
        const QString l = supported(t.tag);
        if (!l.isEmpty())
            return l;
        anyOther = true;
    }
    return anyOther ? QStringLiteral("en") : QString();
}

QString SandboxTexts::resource(const QString &idOrText, const QString &language) const
{
    QString id = idOrText;
    const bool bracketed = id.startsWith(QLatin1Char('[')) && id.endsWith(QLatin1Char(']'));
    if (bracketed)
        id = id.mid(1, id.size() - 2);
    if (!id.startsWith(QLatin1String("SR_")))
        return idOrText;
    if (!language.isEmpty()) {
        const auto it = m_texts.constFind(id);
        if (it != m_texts.constEnd()) {
            const QString text = it->value(language);
            if (!text.isEmpty())
                return text;
        }
    }
    return QLatin1Char('[') + id + QLatin1Char(']');
}

QString SandboxTexts::message(const QString &id, const QString &language) const
{
    const auto it = m_texts.constFind(id);
    if (it == m_texts.constEnd())
        return id;
    const QString text = it->value(language.isEmpty() ? QStringLiteral("en") : language);
    return text.isEmpty() ? it->value(QStringLiteral("en")) : text;
}

void SandboxTexts::translateTree(QJsonValue &value, const QString &language) const
{
    if (language.isEmpty())
        return;
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue v = a.at(i);
            translateTree(v, language);
            a.replace(i, v);
        }
        value = a;
    } else if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isString()) {
                // Bare label keys (SR_AL_ADDRESS1 in a person's address) are the client's to
                // translate, as real servers leave them; bracketed ones are inline resources.
                const bool label = it.key() == QLatin1String("Label") &&
                                   it->toString().startsWith(QLatin1Char('['));
                if (it.key() == QLatin1String("Reason") || label)
                    *it = resource(it->toString(), language);
            } else if (it->isObject() || it->isArray()) {
                QJsonValue v = *it;
                translateTree(v, language);
                *it = v;
            }
        }
        value = o;
    }
}
