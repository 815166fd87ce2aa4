#pragma once

#include "apijob.h"
#include "previewcontact.h"

// POST Agents/Contact/GetPreviewEnrichContact: what an enrichment candidate holds, to show it
// before applying it.
class GetPreviewEnrichContactJob : public ApiJob
{
    Q_OBJECT

public:
    GetPreviewEnrichContactJob(WebApiClient *client, const QString &enrichId);

    QString enrichId() const { return m_enrichId; }
    PreviewContact preview() const { return m_preview; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QString m_enrichId;
    PreviewContact m_preview;
};
