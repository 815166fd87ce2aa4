#pragma once

#include "formsection.h"

class ElementListEditor;
class EntityElementListModel;
class QLabel;
class QLineEdit;

// How to reach the company or person: phones, e-mail addresses, web addresses, faxes, and a
// company's web domains.
class CommunicationSection : public FormSection
{
    Q_OBJECT

public:
    explicit CommunicationSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);

    ElementListEditor *editor(const QString &member) const;
    QLineEdit *domainsEdit() const { return m_domains; }

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    void storeDomains();

    QList<std::pair<QString, ElementListEditor *>> m_editors;
    QList<EntityElementListModel *> m_models;
    QLineEdit *m_domains;
    QLabel *m_domainsLabel;
    bool m_updating = false;
};
