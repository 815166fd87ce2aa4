#pragma once

#include <QString>

// Where the sandbox's one tenant (Cust12345) lives and what state it is in. SuperOffice moves
// tenants between hosts; the sandbox mimics that with a second port, and the WebAPI answers 421
// on any other port while the tenant is away.
class TenantState
{
public:
    static QString contextId() { return QStringLiteral("Cust12345"); }

    bool isMoved() const { return m_port != 0; }
    quint16 port() const { return m_port; } // 0 while at home
    void moveTo(quint16 port) { m_port = port; }
    void moveHome();

    // "http://127.0.0.1:PORT/Cust12345": on homeBase while at home, else on the port it moved to.
    QString endpoint(const QString &homeBase) const;
    // SuperOffice's names: Running, Suspended, OnlineMaintenance, ...
    QString state() const { return m_state; }
    void setState(const QString &state) { m_state = state; }
    bool isRunning() const;

private:
    quint16 m_port = 0;
    QString m_state = QStringLiteral("Running");
};
