#pragma once

#include "apierror.h"
#include "contactsession.h"

#include <QPointer>
#include <QWidget>

class AddressSection;
class ClassificationSection;
class CommunicationSection;
class CustomFieldsSection;
class DescriptionSection;
class FormSection;
class IdentitySection;
class InterestsSection;
class MdoListCache;
class MessageBanner;
class PersonsSection;
class QProgressBar;
class QPushButton;
class QScrollArea;
class RecordInfoSection;

// One open company in a tab: the form sections over its document, banners for what the user
// must know (read-only, deleted, errors with Retry, busy with Cancel), and save and revert.
class ContactEditor : public QWidget
{
    Q_OBJECT

public:
    // The session belongs to the workspace; the editor shows it and asks it to do things.
    ContactEditor(ContactSession *session, MdoListCache *lists, QWidget *parent = nullptr);

    ContactSession *session() const { return m_session; }
    ContactDocument *document() const { return m_session->document(); }
    bool isModified() const;
    QString title() const;
    int contactId() const { return m_session->contactId(); }

    // Checks mandatory fields first; returns false (and says why in the form) when it cannot
    // start the save.
    bool save();
    void revert();
    void retry();

    MessageBanner *banner() const { return m_banner; }
    MessageBanner *statusBanner() const { return m_status; }
    // The form's widgets are built when the editor is first shown (many drafts can be open).
    void ensureForm();
    bool hasForm() const { return !m_sections.isEmpty(); }
    template <typename Section> Section *section() const
    {
        const_cast<ContactEditor *>(this)->ensureForm();
        for (FormSection *s : m_sections) {
            if (auto *typed = qobject_cast<Section *>(s))
                return typed;
        }
        return nullptr;
    }

signals:
    void titleChanged();
    void modifiedChanged(bool modified);
    void documentReady(ContactDocument *document);
    void signInNeeded();
    void openContactRequested(int contactId);
    void savedContact(int contactId, const QString &name);
    void draftStateChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDocumentReady(ContactDocument *document);
    void onFailed(ContactSession::Operation operation, const ApiError &error);
    void onBusy(bool busy, const QString &text);
    void updateStatusBanner();
    void showPossibleDuplicates(const QList<DuplicateEntry> &matches);
    void showBlankMandatory(const QStringList &fields);
    void onConflicts(const ThreeWayMerge::Result &result);
    void onEarlierCreate(const QList<DuplicateEntry> &matches);
    void showInfo(const QString &text);
    // Tab moves through the sections in the order they are shown, whatever order their fields
    // were created in (the address builds its fields from the layout it receives).
    void fixTabOrder();

    ContactSession *m_session;
    QPointer<MdoListCache> m_lists;
    MessageBanner *m_banner; // errors and questions
    MessageBanner *m_status; // read-only, deleted
    MessageBanner *m_busy;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QScrollArea *m_scroll;
    QList<FormSection *> m_sections;
};
