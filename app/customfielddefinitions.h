#pragma once

#include "customfieldlayout.h"
#include "entitykind.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class GetCustomFieldListJob;
class GetUdefLayoutJob;
class WebApiClient;

// The connection's custom-field definitions for companies or persons (published UDF layout and
// custom-field list, merged), fetched after sign-in and restored from the offline cache, for the
// form and the mandatory check.
class CustomFieldDefinitions : public QObject
{
    Q_OBJECT

public:
    CustomFieldDefinitions(WebApiClient *client, EntityKind kind, QObject *parent = nullptr);

    EntityKind kind() const { return m_kind; }

    const CustomFieldLayout &layout() const { return m_layout; }
    bool isLoaded() const { return m_loaded; }
    bool isFetching() const;

    // Asks the server for both; what it answers replaces what is known, a call that fails
    // keeps its part (an older server without the custom-field list still has its layout).
    void fetch();
    // Another connection: nothing is known until restored or fetched.
    void clear();

    // Persistence for offline use: both answers as received.
    QJsonObject snapshot() const;
    void restore(const QJsonObject &snapshot);

signals:
    void changed();
    // Both calls answered (fetched: at least one of them succeeded).
    void fetchFinished(bool fetched);

private:
    void rebuild();
    void onAnswered();

    WebApiClient *m_client;
    EntityKind m_kind;
    QPointer<GetUdefLayoutJob> m_layoutJob;
    QPointer<GetCustomFieldListJob> m_listJob;
    bool m_anySucceeded = false;
    QJsonArray m_udefLayout;
    QJsonArray m_fieldList;
    CustomFieldLayout m_layout;
    bool m_loaded = false;
};
