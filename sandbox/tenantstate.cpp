#include "tenantstate.h"

void TenantState::moveHome()
{
    m_port = 0;
    m_state = QStringLiteral("Running");
}

QString TenantState::endpoint(const QString &homeBase) const
{
    const QString base = isMoved() ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : homeBase;
    return base + QLatin1Char('/') + contextId();
}

bool TenantState::isRunning() const
{
    // As SuperOffice's IsRunning: a tenant in online maintenance still answers.
    return m_state == QLatin1String("Running") || m_state == QLatin1String("OnlineMaintenance");
}
