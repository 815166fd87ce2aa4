#pragma once

#include "apierror.h"
#include "entitysession.h"

#include <QPointer>
#include <QWidget>

class FormSection;
class MdoListCache;
class MessageBanner;
class QGridLayout;
class QProgressBar;
class QPushButton;
class QScrollArea;

// One open company or person in a tab: the banners for what the user must know (read-only,
// deleted, errors with Retry, busy with Cancel, blank mandatory fields, earlier creates), the
// conflict dialog, and save, revert and retry over its session. Subclasses build the form.
class EntityEditor : public QWidget
{
    Q_OBJECT

public:
    EntitySession *session() const { return m_session; }
    EntityDocument *document() const { return m_session->document(); }
    EntityKind kind() const { return m_session->kind(); }
    bool isModified() const;
    QString title() const;
    // What the tab's tooltip says beyond the name (a person's company); plain text, with the
    // server's names as DisplayText shows them.
    virtual QString description() const;

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
        const_cast<EntityEditor *>(this)->ensureForm();
        for (FormSection *s : m_sections) {
            if (auto *typed = qobject_cast<Section *>(s))
                return typed;
        }
        return nullptr;
    }

signals:
    void titleChanged();
    void modifiedChanged(bool modified);
    void documentReady(EntityDocument *document);
    void signInNeeded();
    void draftStateChanged();
    // The earlier create did go through: the user wants that entity (id of the same kind).
    void existingRequested(int id);

protected:
    // The session belongs to the workspace; the editor shows it and asks it to do things.
    EntityEditor(EntitySession *session, MdoListCache *lists, QWidget *parent);

    // Lays the kind's sections out in grid (whose parent is the form) and returns them in the
    // order they are shown.
    virtual QList<FormSection *> buildSections(QWidget *form, QGridLayout *grid) = 0;
    // The field that gets the focus when the entity has loaded.
    virtual QWidget *firstField() const { return nullptr; }
    // The members whose change renames the tab.
    virtual bool isNameMember(const QString &member) const = 0;

    // The words that differ between a company and a person.
    enum class Text {
        SaveFailed,
        OpenFailed,
        CreateFailed,
        ConflictNotSaved,
        EarlierCreate, // %1: the names found
        ExistingOpened,
        Deleted,
        ViewOnly, // %1: the reason
    };
    virtual QString text(Text which) const = 0;

    void showInfo(const QString &text);
    MdoListCache *lists() const;
    QScrollArea *scrollArea() const { return m_scroll; }
    void showEvent(QShowEvent *event) override;

private:
    void onDocumentReady(EntityDocument *document);
    void onFailed(EntitySession::Operation operation, const ApiError &error);
    void onBusy(bool busy, const QString &text);
    void updateStatusBanner();
    void showBlankMandatory(const QStringList &fields);
    void onConflicts(const ThreeWayMerge::Result &result);
    void onEarlierCreate(const QList<DuplicateEntry> &matches);
    // Tab moves through the sections in the order they are shown, whatever order their fields
    // were created in (the address builds its fields from the layout it receives).
    void fixTabOrder();

    EntitySession *m_session;
    QPointer<MdoListCache> m_lists;
    MessageBanner *m_banner; // errors and questions
    MessageBanner *m_status; // read-only, deleted
    MessageBanner *m_busy;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QScrollArea *m_scroll;
    QList<FormSection *> m_sections;
};
