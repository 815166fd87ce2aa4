#pragma once

#include "formsection.h"

#include <QPointer>

class MdoListCache;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class WebApiClient;

// Who the person is: Mr/Mrs, the name parts, title, salutation, person number, the company they
// belong to (changed through a company search), birth date and whether they have retired.
class PersonIdentitySection : public FormSection
{
    Q_OBJECT

public:
    explicit PersonIdentitySection(QWidget *parent = nullptr);

    // The suggestions for Mr/Mrs and Salutation.
    void setListCache(MdoListCache *cache);
    // Where the company search asks; without it the company cannot be changed.
    void setClient(WebApiClient *client);

    QLineEdit *lineEdit(const QString &member) const;
    QComboBox *choice(const QString &member) const;
    QDateEdit *birthDateEdit() const { return m_birthDate; }
    QLabel *companyLabel() const { return m_company; }
    QPushButton *changeCompanyButton() const { return m_changeCompany; }
    // The company search, as the Change button runs it (tests answer it).
    void chooseCompany();
    // Sets the person's company as one undoable step.
    void setCompany(const QJsonObject &company);

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    void fill(QComboBox *combo, const QString &listName);

    QPointer<MdoListCache> m_cache;
    QPointer<WebApiClient> m_client;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_choices; // member -> editable combo
    QHash<QString, QString> m_listOf;      // member -> MDO list
    QDateEdit *m_birthDate = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_companyCaption = nullptr;
    QPushButton *m_changeCompany = nullptr;
};
