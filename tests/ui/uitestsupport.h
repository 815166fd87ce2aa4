#pragma once

// Shared by the GUI suites: a main window signed in to contact-sandbox as one of the demo users,
// and small helpers to reach the editor's widgets and read the server's copy of a company.

#include "connectionprofile.h"
#include "contacteditor.h"
#include "contactsession.h"
#include "getcontactentityjob.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "sandboxprocess.h"
#include "webapiclient.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

#include <memory>

namespace UiTest {

// QSettings (window geometry, recent companies, last profile) must not leak between runs or
// into the user's own configuration.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("contact-editor-tests"));
}

// A first run: no settings, no drafts or cached lists from an earlier test's window.
inline void forgetEverything()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

inline ConnectionProfile profile(const SandboxProcess &sandbox, const QString &user)
{
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox-") + user);
    p.setBaseUrl(sandbox.baseUrl());
    p.setUserName(user);
    p.setAuthScheme(ConnectionProfile::AuthScheme::Basic);
    p.setLanguage(QStringLiteral("en"));
    return p;
}

// A shown main window signed in as user (whose password is the user name), as app/main.cpp
// builds it from --server/--user and CONTACT_EDITOR_SECRET. Null when sign-in fails.
inline std::unique_ptr<MainWindow> signedInWindow(const SandboxProcess &sandbox,
                                                  const QString &user)
{
    forgetEverything();
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QApplication::setActiveWindow(window.get());
    QSignalSpy signedIn(window.get(), &MainWindow::signedIn);
    MainWindow::StartOptions options;
    options.profile = profile(sandbox, user);
    options.secret = user;
    window->start(options);
    if (!window->isSignedIn() && !signedIn.wait(15000))
        return nullptr;
    return window;
}

// Opens the company through the window and waits until its form is filled.
inline ContactEditor *openAndWait(MainWindow *window, int contactId)
{
    ContactEditor *editor = window->openContact(contactId);
    if (!editor ||
        !QTest::qWaitFor(
            [&] { return editor->document() != nullptr && !editor->session()->isBusy(); }, 15000))
        return nullptr;
    return editor;
}

// The company as the server has it now, through a client of its own (not the window's).
inline QJsonObject serverCopy(const SandboxProcess &sandbox, int contactId,
                              const QString &user = QStringLiteral("demo"))
{
    WebApiClient client;
    client.setProfile(profile(sandbox, user));
    client.setSecret(user);
    GetContactEntityJob *job = client.getContactEntity(contactId);
    if (job->isRunning()) {
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(15000))
            return {};
    }
    return job->succeeded() ? job->entity().json() : QJsonObject();
}

// A button in a banner (or any widget) by its text without the mnemonic marker.
inline QPushButton *button(const QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (QString(b->text()).remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

// A button by its accessible name ("Add to Phones").
inline QAbstractButton *buttonNamed(const QWidget *parent, const QString &accessibleName)
{
    for (QAbstractButton *b : parent->findChildren<QAbstractButton *>()) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

// A click on the box itself: a check box only reacts to clicks on its indicator and text, and
// in a form it is often wider than both.
inline void clickCheckBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, indicator.center());
}

// The keys of a shortcut sent where the user's focus is, so the focused editor gets the first
// say (ShortcutOverride) just as it would on a desktop.
inline void pressKeys(QWidget *window, const QKeySequence &keys)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keySequence(target, keys);
}

} // namespace UiTest
