#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

// The server's resource strings ([SR_...] ids) in English and Norwegian, and the language rules of
// the real server: SO-Language overrides Accept-Language, "*" or "x" turns translation off, and
// without a language resource ids stay as they are.
class SandboxTexts
{
public:
    SandboxTexts();

    // "en", "nb" or empty (no translation) for a request's headers.
    static QString requestLanguage(const QByteArray &soLanguage, const QByteArray &acceptLanguage);

    // A resource id ("SR_AL_STREET" or "[SR_AL_STREET]") in the language; "[SR_...]" when the
    // language is empty or the id unknown. Other text is returned unchanged.
    QString resource(const QString &idOrText, const QString &language) const;
    // Error messages are always readable: English when no language was asked for.
    QString message(const QString &id, const QString &language) const;
    // Translates every Reason and Label member in a JSON tree in place.
    void translateTree(QJsonValue &value, const QString &language) const;

private:
    QHash<QString, QHash<QString, QString>> m_texts; // id -> language -> text
};
