<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Contact Editor</source>
        <translation>Über Contact Editor</translation>
    </message>
    <message>
        <source>Contact Editor icon</source>
        <translation>Symbol von Contact Editor</translation>
    </message>
    <message>
        <source>Contact Editor %1</source>
        <translation>Contact Editor %1</translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.</source>
        <translation>Firmen in SuperOffice CRM bearbeiten, online oder offline.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Contact Editor: %1</source>
        <translation>Contact Editor: %1</translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License v3 (LGPL-3.0-only); https://www.qt.io/licensing/</source>
        <translation>Qt: GNU Lesser General Public License v3 (LGPL-3.0-only); https://www.qt.io/licensing/</translation>
    </message>
    <message>
        <source>QtKeychain: BSD 3-Clause License (BSD-3-Clause); https://github.com/frankosterfeld/qtkeychain</source>
        <translation>QtKeychain: BSD 3-Clause License (BSD-3-Clause); https://github.com/frankosterfeld/qtkeychain</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Report a problem: %1</source>
        <translation>Problem melden: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the versions and licences</source>
        <translation>Versionen und Lizenzen kopieren</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Info-Fenster schließen</translation>
    </message>
    <message>
        <source>no licence has been chosen yet (LicenseRef-proprietary): the repository grants no rights beyond using this copy</source>
        <translation>noch keine Lizenz gewählt (LicenseRef-proprietary): Das Repository gewährt keine Rechte über die Nutzung dieser Kopie hinaus</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>Street address</source>
        <translation>Straßenadresse</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>Adresse 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation>Adresse 3</translation>
    </message>
    <message>
        <source>Postcode/City</source>
        <translation>PLZ/Ort</translation>
    </message>
    <message>
        <source>Zip code/City</source>
        <translation>PLZ/Ort</translation>
    </message>
    <message>
        <source>City/Postcode</source>
        <translation>Ort/PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>County/Postcode</source>
        <translation>Bezirk/PLZ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>State/Zip code</source>
        <translation>Bundesstaat/PLZ</translation>
    </message>
    <message>
        <source>City/State/Zip code</source>
        <translation>Ort/Bundesstaat/PLZ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>%1 (street)</source>
        <translation>%1 (Straße)</translation>
    </message>
    <message>
        <source>%1 (postal)</source>
        <translation>%1 (Post)</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Uses the company&apos;s address.</source>
        <translation>Verwendet die Adresse der Firma.</translation>
    </message>
    <message>
        <source>Not in this country&apos;s address (kept until you move or drop them):</source>
        <translation>Nicht Teil der Adresse dieses Landes (bleibt erhalten, bis Sie es verschieben oder verwerfen):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Move %1 to another field</source>
        <translation>%1 in ein anderes Feld verschieben</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>%1 verwerfen</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>The person uses the company&apos;s address</source>
        <translation>Die Person verwendet die Adresse der Firma</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again.</source>
        <translation>Ihre Anmeldung wurde nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Sie haben nicht das Recht, dies zu tun.</translation>
    </message>
    <message>
        <source>The company was not found on the server. It may have been deleted.</source>
        <translation>Die Firma wurde auf dem Server nicht gefunden. Möglicherweise wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it.</source>
        <translation>Jemand anderes hat diese Firma geändert, nachdem Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>This server address is not the right one for your SuperOffice tenant. Check the address in the connection settings.</source>
        <translation>Diese Serveradresse passt nicht zu Ihrem SuperOffice-Mandanten. Prüfen Sie die Adresse in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server sent an answer the editor could not read.</source>
        <translation>Der Server hat eine Antwort gesendet, die das Programm nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>Die Antwort des Servers war zu groß.</translation>
    </message>
    <message>
        <source>This connection would send your password unencrypted. Use an https:// address, or allow plain HTTP for this connection explicitly.</source>
        <translation>Diese Verbindung würde Ihr Passwort unverschlüsselt senden. Verwenden Sie eine https://-Adresse oder erlauben Sie unverschlüsseltes HTTP ausdrücklich für diese Verbindung.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the editor does not follow with your credentials.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet. Dorthin sendet das Programm Ihre Anmeldedaten nicht.</translation>
    </message>
    <message>
        <source>This company belongs to another connection. Connect to that server again to save it.</source>
        <translation>Diese Firma gehört zu einer anderen Verbindung. Verbinden Sie sich erneut mit diesem Server, um sie zu speichern.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>Not signed in to SuperOffice Online yet.</source>
        <translation>Noch nicht bei SuperOffice Online angemeldet.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Certificate issued to %1 by %2, valid from %3 to %4.</source>
        <translation>Zertifikat ausgestellt für %1 von %2, gültig vom %3 bis %4.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Signing in to SuperOffice Online again did not succeed.</source>
        <translation>Die erneute Anmeldung bei SuperOffice Online ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Expected JSON but got %1.</source>
        <translation>JSON erwartet, aber %1 erhalten.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The drafts were not moved: %1 already holds a draft database. They stay in %2.</source>
        <translation>Die Entwürfe wurden nicht verschoben: In %1 liegt bereits eine Entwurfsdatenbank. Sie bleiben in %2.</translation>
    </message>
    <message>
        <source>The drafts could not be moved to %1. They stay in %2.</source>
        <translation>Die Entwürfe konnten nicht nach %1 verschoben werden. Sie bleiben in %2.</translation>
    </message>
</context>
<context>
    <name>AuthRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address %1 is not secure (https is required).</source>
        <translation>Die Adresse %1 des Anmeldedienstes ist nicht sicher (https ist erforderlich).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>Der Anmeldedienst von SuperOffice hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent an answer that is far too large.</source>
        <translation>Der Anmeldedienst von SuperOffice hat eine viel zu große Antwort gesendet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 cannot be reached (%2).</source>
        <translation>Der Anmeldedienst von SuperOffice unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered with a redirect, which is not followed.</source>
        <translation>Der Anmeldedienst von SuperOffice hat mit einer Umleitung geantwortet, der nicht gefolgt wird.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice hat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice hat abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>Der Anmeldedienst von SuperOffice hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>Der Anmeldedienst von SuperOffice hat etwas anderes als das erwartete JSON gesendet.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>Der Anmeldedienst von SuperOffice hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The editor cannot receive the browser&apos;s answer: no port is free on 127.0.0.1.</source>
        <translation>Das Programm kann die Antwort des Browsers nicht empfangen: Auf 127.0.0.1 ist kein Port frei.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Contact Editor started. You can close this page.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Contact Editor gestartet hat. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state differs), so it was ignored. Sign in again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (ihr state weicht ab) und wurde daher ignoriert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signing in was cancelled or access was denied in the browser.</source>
        <translation>Die Anmeldung wurde abgebrochen oder der Zugriff im Browser verweigert.</translation>
    </message>
    <message>
        <source>SuperOffice did not sign you in: %1</source>
        <translation>SuperOffice hat Sie nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>You can close this page.</source>
        <translation>Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in to SuperOffice. You can close this page and go back to Contact Editor.</source>
        <translation>Sie sind bei SuperOffice angemeldet. Sie können diese Seite schließen und zu Contact Editor zurückkehren.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent no access token.</source>
        <translation>Der Anmeldedienst von SuperOffice hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CarrierCodec</name>
    <message>
        <source>The data is empty.</source>
        <translation>Die Daten sind leer.</translation>
    </message>
    <message>
        <source>The data is not valid JSON (%1 at byte %2).</source>
        <translation>Die Daten sind kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Expected a JSON object but got %1.</source>
        <translation>JSON-Objekt erwartet, aber %1 erhalten.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein Einzelwert</translation>
    </message>
    <message>
        <source>Expected a JSON array but got %1.</source>
        <translation>JSON-Array erwartet, aber %1 erhalten.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>ChangeCountryJob</name>
    <message>
        <source>Getting the country&apos;s address layout</source>
        <translation>Adresslayout des Landes wird abgerufen</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>Position and country</source>
        <translation>Position und Land</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>CommunicationSection</name>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>example.com, example.no</source>
        <translation>beispiel.de, beispiel.com</translation>
    </message>
</context>
<context>
    <name>CompanyPickerDialog</name>
    <message>
        <source>Choose the company</source>
        <translation>Firma auswählen</translation>
    </message>
    <message>
        <source>&amp;Company name begins with:</source>
        <translation>&amp;Firmenname beginnt mit:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Type a company&apos;s name</source>
        <translation>Geben Sie einen Firmennamen ein</translation>
    </message>
    <message>
        <source>Companies found</source>
        <translation>Gefundene Firmen</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Choose the selected company</source>
        <translation>Die markierte Firma auswählen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No company found.</source>
        <translation>Keine Firma gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies found.</source>
        <translation>
            <numerusform>%n Firma gefunden.</numerusform>
            <numerusform>%n Firmen gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Auch auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed %1 on the server while you were editing it. For each field below, choose which value to keep.</source>
        <translation>Jemand hat %1 auf dem Server geändert, während Sie den Eintrag bearbeitet haben. Wählen Sie für jedes Feld unten, welcher Wert erhalten bleiben soll.</translation>
    </message>
    <message>
        <source>Their other changes are taken as they are: %1.</source>
        <translation>Die übrigen Änderungen werden unverändert übernommen: %1.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Felder mit Konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Keep yours for %1: %2</source>
        <translation>Ihren Wert für %1 behalten: %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s for %1: %2</source>
        <translation>Wert des Servers für %1 übernehmen: %2</translation>
    </message>
    <message>
        <source>&amp;Save with these values</source>
        <translation>Mit diesen Werten &amp;speichern</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Alle &amp;eigenen behalten</translation>
    </message>
    <message>
        <source>Take all from the ser&amp;ver</source>
        <translation>Alle vom Se&amp;rver übernehmen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (sends your password unencrypted)</source>
        <translation>Unverschlüsseltes &amp;HTTP erlauben (sendet Ihr Passwort unverschlüsselt)</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Anmeldung abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to SuperOffice</source>
        <translation>Mit SuperOffice verbinden</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Remove saved connection</source>
        <translation>Gespeicherte Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove this connection and its saved password</source>
        <translation>Diese Verbindung und ihr gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection</source>
        <translation>&amp;Gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection &amp;name</source>
        <translation>Verbindungs&amp;name</translation>
    </message>
    <message>
        <source>SuperOffice Online</source>
        <translation>SuperOffice Online</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>SuperOffice ticket</source>
        <translation>SuperOffice-Ticket</translation>
    </message>
    <message>
        <source>Access token (Online)</source>
        <translation>Zugriffstoken (Online)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method</source>
        <translation>Anmelde&amp;methode</translation>
    </message>
    <message>
        <source>Development (SOD)</source>
        <translation>Entwicklung (SOD)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Test (Stage)</translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation>Andere Adresse …</translation>
    </message>
    <message>
        <source>Where your tenant runs: SuperOffice Online for customers, Development (SOD) and Stage for developers&apos; test tenants</source>
        <translation>Wo Ihr Mandant läuft: SuperOffice Online für Kunden, Entwicklung (SOD) und Test (Stage) für Testmandanten von Entwicklern</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Sign-in &amp;address</source>
        <translation>Anmelde&amp;adresse</translation>
    </message>
    <message>
        <source>The client id of the application registered for Contact Editor in SuperOffice&apos;s developer portal; your SuperOffice administrator can tell you</source>
        <translation>Die Client-ID der Anwendung, die im Entwicklerportal von SuperOffice für Contact Editor registriert ist; Ihr SuperOffice-Administrator kann sie Ihnen nennen</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>Client-I&amp;D</translation>
    </message>
    <message>
        <source>Only if your tenant requires one</source>
        <translation>Nur, wenn Ihr Mandant eines verlangt</translation>
    </message>
    <message>
        <source>Client se&amp;cret (optional)</source>
        <translation>Client-Geh&amp;eimnis (optional)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;App token</source>
        <translation>App-To&amp;ken</translation>
    </message>
    <message>
        <source>Same as this program</source>
        <translation>Wie dieses Programm</translation>
    </message>
    <message>
        <source>Server &amp;language</source>
        <translation>Serversp&amp;rache</translation>
    </message>
    <message>
        <source>Optional, e.g. NO or UTC</source>
        <translation>Optional, z. B. NO oder UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Anmeldeadresse zum Öffnen im Browser</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the browser (Esc)</source>
        <translation>Nicht länger auf den Browser warten (Esc)</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet b&amp;leiben</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Sch&amp;lüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, so that the browser is needed only when SuperOffice asks again</source>
        <translation>Bewahrt die Anmeldung im Schlüsselbund des Systems auf, sodass der Browser nur nötig ist, wenn SuperOffice erneut danach fragt</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>T&amp;icket</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Zugriffst&amp;oken</translation>
    </message>
    <message>
        <source>Enter the sign-in address, for example https://online.superoffice.com/login.</source>
        <translation>Geben Sie die Anmeldeadresse ein, zum Beispiel https://online.superoffice.com/login.</translation>
    </message>
    <message>
        <source>Warning: plain HTTP sends your password unencrypted to %1.</source>
        <translation>Warnung: Unverschlüsseltes HTTP sendet Ihr Passwort unverschlüsselt an %1.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>%1 wird kontaktiert …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser …</translation>
    </message>
    <message>
        <source>If no browser page opened, open this address in your browser:</source>
        <translation>Falls sich keine Browserseite geöffnet hat, öffnen Sie diese Adresse im Browser:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse im Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Bei %1 angemeldet als %2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Geben Sie die Client-ID der Anwendung aus dem Entwicklerportal von SuperOffice ein.</translation>
    </message>
    <message>
        <source>The sign-in address must start with https:// (or http:// for a sign-in service on this computer).</source>
        <translation>Die Anmeldeadresse muss mit https:// beginnen (oder mit http:// für einen Anmeldedienst auf diesem Computer).</translation>
    </message>
    <message>
        <source>SuperOffice named a tenant address that is not https: %1.</source>
        <translation>SuperOffice hat eine Mandantenadresse ohne https genannt: %1.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or allow insecure HTTP for this connection explicitly.</source>
        <translation>Unverschlüsseltes HTTP zu %1 würde Ihr Passwort unverschlüsselt senden. Verwenden Sie https:// oder erlauben Sie unsicheres HTTP ausdrücklich für diese Verbindung.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie die Serveradresse ein, zum Beispiel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a full address: start it with https://, for example https://%1.</source>
        <translation>„%1“ ist keine vollständige Adresse: Beginnen Sie sie mit https://, zum Beispiel https://%1.</translation>
    </message>
    <message>
        <source>A SuperOffice server is not reached through a “%1:” address. The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation>Ein SuperOffice-Server ist nicht über eine „%1:“-Adresse erreichbar. Die Serveradresse muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>“%1” names no server. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>„%1“ nennt keinen Server. Geben Sie die Serveradresse ein, zum Beispiel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Geben Sie den Benutzernamen in sein eigenes Feld ein, nicht in die Serveradresse.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>Die Serveradresse darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>The company was not saved. Your changes are kept.</source>
        <translation>Die Firma wurde nicht gespeichert. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The company could not be opened.</source>
        <translation>Die Firma konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>A new company could not be started.</source>
        <translation>Es konnte keine neue Firma begonnen werden.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this company on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Nicht gespeichert: Jemand hat diese Firma auch auf dem Server geändert, und Sie haben noch nicht gewählt, welche Werte erhalten bleiben. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company got no answer, and the server now has: %1. Was it created then?</source>
        <translation>Ein früherer Versuch, diese Firma anzulegen, blieb ohne Antwort, und auf dem Server gibt es jetzt: %1. Wurde sie damals angelegt?</translation>
    </message>
    <message>
        <source>The existing company is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Die vorhandene Firma ist in einem eigenen Tab geöffnet. Diese neue wurde nicht gespeichert; schließen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>This company is marked as deleted in SuperOffice.</source>
        <translation>Diese Firma ist in SuperOffice als gelöscht markiert.</translation>
    </message>
    <message>
        <source>You can view this company but not change it: %1</source>
        <translation>Sie können diese Firma ansehen, aber nicht ändern: %1</translation>
    </message>
    <message>
        <source>This company may already exist: %1. Open the existing one instead?</source>
        <translation>Diese Firma gibt es möglicherweise schon: %1. Stattdessen die vorhandene öffnen?</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>&amp;Keep new</source>
        <translation>Neue &amp;behalten</translation>
    </message>
</context>
<context>
    <name>ContactSearchJob</name>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>The search result is not a list of companies.</source>
        <translation>Das Suchergebnis ist keine Liste von Firmen.</translation>
    </message>
</context>
<context>
    <name>ContactSession</name>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>You are offline. The company waits in the outbox and is saved when the connection is back.</source>
        <translation>Sie sind offline. Die Firma wartet im Postausgang und wird gespeichert, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The company waits in the outbox.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Die Firma wartet im Postausgang.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The company waits in the outbox.</source>
        <translation>Der Server ist nicht erreichbar. Die Firma wartet im Postausgang.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company may have succeeded. Open it to decide.</source>
        <translation>Ein früherer Versuch, diese Firma anzulegen, war möglicherweise erfolgreich. Öffnen Sie sie, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Change country to %1</source>
        <translation>Land in %1 ändern</translation>
    </message>
    <message>
        <source>Apply the rules of %1</source>
        <translation>Regeln für %1 anwenden</translation>
    </message>
</context>
<context>
    <name>CreateDefaultContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Firma wird angelegt</translation>
    </message>
</context>
<context>
    <name>CreateDefaultPersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Person wird angelegt</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the keyring is locked</source>
        <translation>der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>access to it was denied</source>
        <translation>der Zugriff darauf wurde verweigert</translation>
    </message>
    <message>
        <source>it does not support storing passwords</source>
        <translation>er unterstützt das Speichern von Passwörtern nicht</translation>
    </message>
    <message>
        <source>no Secret Service could be reached or unlocked</source>
        <translation>kein Secret Service war erreichbar oder ließ sich entsperren</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain.</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund des Systems gelöscht werden.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>er hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1). Passwörter werden nur für diese Sitzung im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The password could not be read: the system keychain cannot be used (%1).</source>
        <translation>Das Passwort konnte nicht gelesen werden: Der Schlüsselbund des Systems kann nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). The password is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1). Das Passwort wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The password is forgotten for this session, but the system keychain cannot be used (%1), so a copy stored there earlier could not be deleted.</source>
        <translation>Das Passwort ist für diese Sitzung vergessen, aber der Schlüsselbund des Systems kann nicht verwendet werden (%1). Eine dort früher gespeicherte Kopie konnte daher nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>CurrentPrincipalJob</name>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>CustomFieldModel</name>
    <message>
        <source>The administrator made this field read-only.</source>
        <translation>Der Administrator hat dieses Feld schreibgeschützt.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>CustomFieldValue</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>DescriptionSection</name>
    <message>
        <source>This note has %L1 characters: only its beginning is shown, so that the window stays quick. The whole note is kept, and saved as it is.</source>
        <translation>Diese Notiz hat %L1 Zeichen: Nur ihr Anfang wird angezeigt, damit das Fenster schnell bleibt. Die ganze Notiz bleibt erhalten und wird unverändert gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Edit all of it</source>
        <translation>&amp;Ganz bearbeiten</translation>
    </message>
    <message>
        <source>Show &amp;all of it</source>
        <translation>&amp;Ganz anzeigen</translation>
    </message>
    <message>
        <source>Edit all of the note</source>
        <translation>Die ganze Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Show all of the note</source>
        <translation>Die ganze Notiz anzeigen</translation>
    </message>
    <message>
        <source>Showing a note this long can take a few seconds.</source>
        <translation>Eine so lange Notiz anzuzeigen kann einige Sekunden dauern.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft database %1 cannot be read and cannot be moved aside.</source>
        <translation>Die Entwurfsdatenbank %1 kann weder gelesen noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The draft database could not be read. It was kept as %1 and a new one was started.</source>
        <translation>Die Entwurfsdatenbank konnte nicht gelesen werden. Sie wurde als %1 aufbewahrt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>The draft database %1 cannot be opened.</source>
        <translation>Die Entwurfsdatenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). It is kept unchanged.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden (%1). Er bleibt unverändert erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this draft could not be read and were left out.</source>
        <translation>
            <numerusform>%n Änderung in diesem Entwurf konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Änderungen in diesem Entwurf konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElementListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation>In %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation>In %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Eintrag hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Markierten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Markierten Eintrag nach oben verschieben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Markierten Eintrag nach unten verschieben (Strg+Herunter)</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Probleme in %1</translation>
    </message>
    <message>
        <source>This entry may not be removed</source>
        <translation>Dieser Eintrag darf nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: bouncing, mail to it comes back</source>
        <translation>%1: unzustellbar, E-Mails dorthin kommen zurück</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>EnrichContactEntityJob</name>
    <message>
        <source>Enriching company</source>
        <translation>Firma wird angereichert</translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Review changes &gt;</source>
        <translation>Änderungen &amp;prüfen &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enrich %1</source>
        <translation>%1 anreichern</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Firmen&amp;name</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>The enrichment service found no company named “%1”. Try another spelling.</source>
        <translation>Der Anreicherungsdienst hat keine Firma namens „%1“ gefunden. Versuchen Sie eine andere Schreibweise.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>The enrichment service has nothing new for this company.</source>
        <translation>Der Anreicherungsdienst hat nichts Neues zu dieser Firma.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed. Untick what you do not want; changes to fields you edited yourself are unticked.</source>
        <translation>
            <numerusform>%n Änderung vorgeschlagen. Entfernen Sie das Häkchen bei allem, was Sie nicht möchten; Änderungen an Feldern, die Sie selbst bearbeitet haben, sind nicht angehakt.</numerusform>
            <numerusform>%n Änderungen vorgeschlagen. Entfernen Sie das Häkchen bei allem, was Sie nicht möchten; Änderungen an Feldern, die Sie selbst bearbeitet haben, sind nicht angehakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>You may not change this field.</source>
        <translation>Sie dürfen dieses Feld nicht ändern.</translation>
    </message>
    <message>
        <source>You changed this yourself; it is kept unless you tick it.</source>
        <translation>Sie haben dies selbst geändert; es bleibt erhalten, solange Sie es nicht anhaken.</translation>
    </message>
    <message>
        <source>Enrich company</source>
        <translation>Firma anreichern</translation>
    </message>
</context>
<context>
    <name>EntityDiff</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straßenadresse</translation>
    </message>
    <message>
        <source>postal</source>
        <translation>Postadresse</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityDocument</name>
    <message>
        <source>Change %1</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>„%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Changes someone made on the server were taken in before saving: %1.</source>
        <translation>Änderungen, die jemand auf dem Server vorgenommen hat, wurden vor dem Speichern übernommen: %1.</translation>
    </message>
    <message>
        <source>Your changes could not be written to this computer&apos;s draft store: %1. Save them to the server as soon as you can.</source>
        <translation>Ihre Änderungen konnten nicht in den Entwurfsspeicher dieses Computers geschrieben werden: %1. Speichern Sie sie so bald wie möglich auf dem Server.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation>Ja, %1 öffnen</translation>
    </message>
    <message>
        <source>No, &amp;create it</source>
        <translation>Nein, &amp;anlegen</translation>
    </message>
    <message>
        <source>Fill in the required fields before saving: %1.</source>
        <translation>Füllen Sie vor dem Speichern die Pflichtfelder aus: %1.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your changes are kept.</source>
        <translation>Das Speichern wurde abgebrochen. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
</context>
<context>
    <name>EntityElementListModel</name>
    <message>
        <source>Not a valid e-mail address (name@example.com).</source>
        <translation>Keine gültige E-Mail-Adresse (name@beispiel.de).</translation>
    </message>
    <message>
        <source>Not a valid web address (www.example.com).</source>
        <translation>Keine gültige Webadresse (www.beispiel.de).</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces, +, -, ( ) and /.</source>
        <translation>Eine Telefonnummer darf nur Ziffern, Leerzeichen, +, -, ( ) und / enthalten.</translation>
    </message>
    <message>
        <source>Bouncing: mail to this address comes back.</source>
        <translation>Unzustellbar: E-Mails an diese Adresse kommen zurück.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>EntityJob</name>
    <message>
        <source>The server answered with a person id no person can have (%1).</source>
        <translation>Der Server hat mit einer Personen-ID geantwortet, die keine Person haben kann (%1).</translation>
    </message>
    <message>
        <source>The server answered with a company id no company can have (%1).</source>
        <translation>Der Server hat mit einer Firmen-ID geantwortet, die keine Firma haben kann (%1).</translation>
    </message>
    <message>
        <source>The server did not say which person it saved.</source>
        <translation>Der Server hat nicht mitgeteilt, welche Person er gespeichert hat.</translation>
    </message>
    <message>
        <source>The server did not say which company it saved.</source>
        <translation>Der Server hat nicht mitgeteilt, welche Firma er gespeichert hat.</translation>
    </message>
    <message>
        <source>The server answered with a person without an id instead of person %1.</source>
        <translation>Der Server hat statt mit Person %1 mit einer Person ohne ID geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with a company without an id instead of company %1.</source>
        <translation>Der Server hat statt mit Firma %1 mit einer Firma ohne ID geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of a new person.</source>
        <translation>Der Server hat statt mit einer neuen Person mit Person %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of a new company.</source>
        <translation>Der Server hat statt mit einer neuen Firma mit Firma %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of person %2.</source>
        <translation>Der Server hat statt mit Person %2 mit Person %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of company %2.</source>
        <translation>Der Server hat statt mit Firma %2 mit Firma %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>EntitySession</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server too: %n field(s) need your decision.</source>
        <translation>
            <numerusform>Auch auf dem Server geändert: %n Feld braucht Ihre Entscheidung.</numerusform>
            <numerusform>Auch auf dem Server geändert: %n Felder brauchen Ihre Entscheidung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Remove hidden characters</source>
        <translation>Versteckte Zeichen entfernen</translation>
    </message>
    <message>
        <source>This text holds characters that change how it is shown (each is shown as � here): %1
Click to remove them.</source>
        <extracomment>%1: the field&apos;s text with each hidden character shown as a replacement mark</extracomment>
        <translation>Dieser Text enthält Zeichen, die seine Darstellung verändern (hier jeweils als � angezeigt): %1
Klicken Sie, um sie zu entfernen.</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>M&amp;r/Mrs</source>
        <translation>Herr/Fra&amp;u</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>Mi&amp;ddle name</source>
        <translation>Zwe&amp;iter Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Na&amp;chname</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Salutation</source>
        <translation>&amp;Briefanrede</translation>
    </message>
    <message>
        <source>Person n&amp;umber</source>
        <translation>Pe&amp;rsonennummer</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Ret&amp;ired</source>
        <translation>Ausgesc&amp;hieden</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>No mailin&amp;gs</source>
        <translation>&amp;Mailsperre</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>Personen-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses</source>
        <translation>&amp;E-Mail-Adressen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Office p&amp;hones</source>
        <translation>Telefon (B&amp;üro)</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefon (Büro)</translation>
    </message>
    <message>
        <source>Mobile pho&amp;nes</source>
        <translation>Mobiltelefo&amp;n</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Pri&amp;vate phones</source>
        <translation>Telefon (priv&amp;at)</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <source>Oth&amp;er phones</source>
        <translation>&amp;Weitere Telefonnummern</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Weitere Telefonnummer</translation>
    </message>
    <message>
        <source>Fa&amp;xes</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>&amp;Web addresses</source>
        <translation>&amp;Websites</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Uses its own &amp;address</source>
        <translation>Eigene A&amp;dresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Bouncing e-mail</source>
        <translation>Unzustellbare E-Mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;Org. number</source>
        <translation>&amp;USt. ID-Nr.</translation>
    </message>
    <message>
        <source>Number &amp;1</source>
        <translation>Nummer &amp;1</translation>
    </message>
    <message>
        <source>Number &amp;2</source>
        <translation>Nummer &amp;2</translation>
    </message>
    <message>
        <source>&amp;Kana name</source>
        <translation>&amp;Kana-Name</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>Kate&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>S&amp;upport contact</source>
        <translation>Se&amp;rvice-Verantwortlicher</translation>
    </message>
    <message>
        <source>T&amp;icket priority</source>
        <translation>Service-Prior&amp;ität</translation>
    </message>
    <message>
        <source>Customer &amp;language</source>
        <translation>Bevorzugte Spra&amp;che</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Domain&amp;s</source>
        <translation>&amp;Domänen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Benutzerdefiniertes Feld %1</translation>
    </message>
</context>
<context>
    <name>FieldRights</name>
    <message>
        <source>You do not have the right to create this record.</source>
        <translation>Sie haben nicht das Recht, diesen Datensatz anzulegen.</translation>
    </message>
    <message>
        <source>You do not have the right to change this record.</source>
        <translation>Sie haben nicht das Recht, diesen Datensatz zu ändern.</translation>
    </message>
    <message>
        <source>You do not have the right to change this field.</source>
        <translation>Sie haben nicht das Recht, dieses Feld zu ändern.</translation>
    </message>
    <message>
        <source>You do not have the right to see this field.</source>
        <translation>Sie haben nicht das Recht, dieses Feld zu sehen.</translation>
    </message>
</context>
<context>
    <name>GetContactEntityJob</name>
    <message>
        <source>Opening company</source>
        <translation>Firma wird geöffnet</translation>
    </message>
</context>
<context>
    <name>GetCustomFieldListJob</name>
    <message>
        <source>Loading the custom fields</source>
        <translation>Benutzerdefinierte Felder werden geladen</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Die Antwort ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>GetDuplicatesJob</name>
    <message>
        <source>Looking for duplicates</source>
        <translation>Suche nach Duplikaten</translation>
    </message>
</context>
<context>
    <name>GetPersonEntityJob</name>
    <message>
        <source>Opening person</source>
        <translation>Person wird geöffnet</translation>
    </message>
</context>
<context>
    <name>GetPreviewEnrichContactJob</name>
    <message>
        <source>Loading preview</source>
        <translation>Vorschau wird geladen</translation>
    </message>
</context>
<context>
    <name>GetUdefLayoutJob</name>
    <message>
        <source>Loading the custom fields&apos; layout</source>
        <translation>Layout der benutzerdefinierten Felder wird geladen</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Die Antwort ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>IdToken</name>
    <message>
        <source>SuperOffice&apos;s sign-in sent an identity token that cannot be read.</source>
        <translation>Die Anmeldung bei SuperOffice hat ein Identitätstoken gesendet, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in sent an unsigned identity token.</source>
        <translation>Die Anmeldung bei SuperOffice hat ein unsigniertes Identitätstoken gesendet.</translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation>Das Identitätstoken ist für eine andere Anwendung bestimmt.</translation>
    </message>
    <message>
        <source>The identity token was issued by someone other than %1.</source>
        <translation>Das Identitätstoken wurde nicht von %1 ausgestellt.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>Das Identitätstoken ist abgelaufen. Prüfen Sie die Uhr dieses Computers und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The identity token is not valid yet. Check this computer&apos;s clock.</source>
        <translation>Das Identitätstoken ist noch nicht gültig. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (its nonce differs). Sign in again.</source>
        <translation>Das Identitätstoken gehört nicht zu dieser Anmeldung (seine Nonce weicht ab). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in did not say which tenant you signed in to.</source>
        <translation>Die Anmeldung bei SuperOffice hat nicht mitgeteilt, bei welchem Mandanten Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in named a WebAPI address that cannot be used: %1</source>
        <translation>Die Anmeldung bei SuperOffice hat eine WebAPI-Adresse genannt, die nicht verwendet werden kann: %1</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>InterestListModel</name>
    <message>
        <source>No longer offered; kept because it is selected</source>
        <translation>Nicht mehr angeboten; bleibt erhalten, weil es ausgewählt ist</translation>
    </message>
    <message>
        <source>Add interest %1</source>
        <translation>Interesse %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove interest %1</source>
        <translation>Interesse %1 entfernen</translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <source>Interests and mailings</source>
        <translation>Interessen und Mailings</translation>
    </message>
    <message>
        <source>The person does not want advertising</source>
        <translation>Die Person möchte keine Werbung</translation>
    </message>
    <message>
        <source>The company does not want advertising</source>
        <translation>Die Firma möchte keine Werbung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contact Editor</source>
        <translation>Contact Editor</translation>
    </message>
    <message>
        <source>Open companies and persons</source>
        <translation>Geöffnete Firmen und Personen</translation>
    </message>
    <message>
        <source>Find a company on the left (%1), or create a new one (%2).</source>
        <translation>Suchen Sie links eine Firma (%1) oder legen Sie eine neue an (%2).</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Anmeldeadresse zum Öffnen im Browser</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Anmeldung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Verbindungseinstellungen …</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Netzwerkstatus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Angemeldet als %1 bei %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1. %2</source>
        <translation>Keine Verbindung zu %1 möglich. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;Neue Firma</translation>
    </message>
    <message>
        <source>&amp;Find company…</source>
        <translation>Firma s&amp;uchen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;all</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>Änderungen &amp;prüfen …</translation>
    </message>
    <message>
        <source>Review a&amp;ll unsent changes…</source>
        <translation>Alle nicht gesendeten Änderungen p&amp;rüfen …</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>Verbin&amp;den …</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Erneut anm&amp;elden</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Forget saved &amp;password</source>
        <translation>Gespeichertes Pass&amp;wort vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>F&amp;irma</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Anreichern …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next company</source>
        <translation>&amp;Nächste Firma</translation>
    </message>
    <message>
        <source>&amp;Previous company</source>
        <translation>&amp;Vorherige Firma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Contact Editor</source>
        <translation>Ü&amp;ber Contact Editor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Enrichment needs a connection to SuperOffice; you are offline.</source>
        <translation>Die Anreicherung braucht eine Verbindung zu SuperOffice; Sie sind offline.</translation>
    </message>
    <message>
        <source>Open a company to enrich it.</source>
        <translation>Öffnen Sie eine Firma, um sie anzureichern.</translation>
    </message>
    <message>
        <source>You may not change this company.</source>
        <translation>Sie dürfen diese Firma nicht ändern.</translation>
    </message>
    <message>
        <source>Fill in address, phones and e-mail from SuperOffice&apos;s enrichment service (%1)</source>
        <translation>Adresse, Telefonnummern und E-Mail aus dem Anreicherungsdienst von SuperOffice übernehmen (%1)</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>Offline: Änderungen bleiben erhalten und werden später gesendet</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Es gibt keine ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <source> (outbox)</source>
        <translation> (Postausgang)</translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation> (Entscheidung nötig)</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again to continue; your changes are kept.</source>
        <translation>Ihre Anmeldung wurde nicht akzeptiert. Melden Sie sich erneut an, um fortzufahren; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Drop every change to %1 since it was last saved?</source>
        <translation>Alle Änderungen an %1 seit dem letzten Speichern verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Änderungen an %1 vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again: finish it in your browser. Your changes are kept. If no browser page opened, open this address:</source>
        <translation>SuperOffice bittet Sie, sich erneut anzumelden: Schließen Sie die Anmeldung im Browser ab. Ihre Änderungen bleiben erhalten. Falls sich keine Browserseite geöffnet hat, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again, but no browser could be opened. Open this address in your browser; your changes are kept:</source>
        <translation>SuperOffice bittet Sie, sich erneut anzumelden, aber es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse im Browser; Ihre Änderungen bleiben erhalten:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser …</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Eintrag gelöscht.</numerusform>
            <numerusform>%n zwischengespeicherte Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Unsent changes (%1)</source>
        <translation>Nicht gesendete Änderungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Unsent changes</source>
        <translation>&amp;Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Loading the drafts to review…</source>
        <translation>Die zu prüfenden Entwürfe werden geladen …</translation>
    </message>
</context>
<context>
    <name>MdoListJob</name>
    <message>
        <source>Loading list</source>
        <translation>Liste wird geladen</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 did not describe itself.</source>
        <translation>Der Anmeldedienst von SuperOffice unter %1 hat keine Selbstbeschreibung geliefert.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service named an address elsewhere (%1).</source>
        <translation>Der Anmeldedienst von SuperOffice hat eine Adresse an anderer Stelle genannt (%1).</translation>
    </message>
</context>
<context>
    <name>OidcReplyHandler</name>
    <message>
        <source>SuperOffice&apos;s sign-in service cannot be reached (%1).</source>
        <translation>Der Anmeldedienst von SuperOffice ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>Der Anmeldedienst von SuperOffice hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice hat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice hat abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>Der Anmeldedienst von SuperOffice hat etwas anderes als das erwartete JSON gesendet.</translation>
    </message>
</context>
<context>
    <name>OnlineAuthenticator</name>
    <message>
        <source>You signed in to %1, but this connection is for %2. Sign in to %2, or connect to %1 as a connection of its own.</source>
        <translation>Sie haben sich bei %1 angemeldet, aber diese Verbindung ist für %2. Melden Sie sich bei %2 an oder verbinden Sie sich mit %1 als eigene Verbindung.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this connection is %2&apos;s. Sign in as %2.</source>
        <translation>Sie haben sich als %1 angemeldet, aber diese Verbindung gehört %2. Melden Sie sich als %2 an.</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is not at this address, and which tenant it is is not known. Sign in again.</source>
        <translation>Laut SuperOffice ist der Mandant nicht unter dieser Adresse, und welcher Mandant es ist, ist unbekannt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant %1 is not available right now (%2).</source>
        <translation>Ihr SuperOffice-Mandant %1 ist zurzeit nicht verfügbar (%2).</translation>
    </message>
    <message>
        <source>SuperOffice named a new address for the tenant that cannot be used: %1</source>
        <translation>SuperOffice hat für den Mandanten eine neue Adresse genannt, die nicht verwendet werden kann: %1</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is still at %1, but that host refuses it.</source>
        <translation>Laut SuperOffice ist der Mandant weiterhin unter %1, aber dieser Host weist ihn ab.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant has moved and its new address could not be found. %1</source>
        <translation>Ihr SuperOffice-Mandant ist umgezogen, und seine neue Adresse wurde nicht gefunden. %1</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person: %1</source>
        <extracomment>A person tab&apos;s tooltip: the person&apos;s name and company</extracomment>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>Person: %1, at %2</source>
        <translation>Person: %1, bei %2</translation>
    </message>
    <message>
        <source>The person was not saved. Your changes are kept.</source>
        <translation>Die Person wurde nicht gespeichert. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The person could not be opened.</source>
        <translation>Die Person konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>A new person could not be started.</source>
        <translation>Es konnte keine neue Person begonnen werden.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this person on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Nicht gespeichert: Jemand hat diese Person auch auf dem Server geändert, und Sie haben noch nicht gewählt, welche Werte erhalten bleiben. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The company already has a person of this name: %1. Is it the same person?</source>
        <translation>Die Firma hat bereits eine Person mit diesem Namen: %1. Ist es dieselbe Person?</translation>
    </message>
    <message>
        <source>The existing person is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Die vorhandene Person ist in einem eigenen Tab geöffnet. Diese neue wurde nicht gespeichert; schließen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>This person is marked as deleted in SuperOffice.</source>
        <translation>Diese Person ist in SuperOffice als gelöscht markiert.</translation>
    </message>
    <message>
        <source>You can view this person but not change it: %1</source>
        <translation>Sie können diese Person ansehen, aber nicht ändern: %1</translation>
    </message>
</context>
<context>
    <name>PersonIdentitySection</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <source>Change the company</source>
        <translation>Firma ändern</translation>
    </message>
    <message>
        <source>Move the person to another company</source>
        <translation>Die Person in eine andere Firma verschieben</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>No dat&amp;e</source>
        <translation>&amp;Kein Datum</translation>
    </message>
    <message>
        <source>Clear the birth date</source>
        <translation>Geburtsdatum löschen</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Firma ändern</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(keine Firma)</translation>
    </message>
</context>
<context>
    <name>PersonSession</name>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>You are offline. The person waits in the outbox and is saved when the connection is back.</source>
        <translation>Sie sind offline. Die Person wartet im Postausgang und wird gespeichert, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The person waits in the outbox.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Die Person wartet im Postausgang.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The person waits in the outbox.</source>
        <translation>Der Server ist nicht erreichbar. Die Person wartet im Postausgang.</translation>
    </message>
    <message>
        <source>The company already has a person of this name. Open the person to decide.</source>
        <translation>Die Firma hat bereits eine Person mit diesem Namen. Öffnen Sie die Person, um zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Retired</source>
        <extracomment>In the persons table, for a person who has left or retired</extracomment>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>&amp;Open person</source>
        <translation>Person &amp;öffnen</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Neue &amp;Person</translation>
    </message>
    <message>
        <source>Filter persons</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Filter by name, title, e-mail or phone (%1)</source>
        <translation>Nach Name, Titel, E-Mail oder Telefon filtern (%1)</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>Die markierte Person öffnen</translation>
    </message>
    <message>
        <source>Open the selected person in a tab of its own (Enter)</source>
        <translation>Die markierte Person in einem eigenen Tab öffnen (Enter)</translation>
    </message>
    <message>
        <source>New person at this company</source>
        <translation>Neue Person in dieser Firma</translation>
    </message>
    <message>
        <source>Add a new person to this company (%1)</source>
        <translation>Dieser Firma eine neue Person hinzufügen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A section title and how many entries it has: &quot;Persons (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save the company before adding persons to it.</source>
        <translation>Speichern Sie die Firma, bevor Sie ihr Personen hinzufügen.</translation>
    </message>
</context>
<context>
    <name>RecordInfoSection</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>&amp;Drop change</source>
        <translation>Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Änderungen an %1 prüfen</translation>
    </message>
    <message>
        <source>Review all changes</source>
        <translation>Alle Änderungen prüfen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Put the selected field back as it was (Delete)</source>
        <translation>Das markierte Feld auf den vorherigen Stand zurücksetzen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>in the outbox</source>
        <translation>im Postausgang</translation>
    </message>
    <message>
        <source>needs your decision</source>
        <translation>braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Es gibt keine ungespeicherten Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet. Select one and press Delete to drop it.</source>
        <translation>
            <numerusform>%n Änderung ist noch nicht gespeichert. Markieren Sie sie und drücken Sie Entf, um sie zu verwerfen.</numerusform>
            <numerusform>%n Änderungen sind noch nicht gespeichert. Markieren Sie eine und drücken Sie Entf, um sie zu verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop change to %1</source>
        <translation>Änderung an %1 verwerfen</translation>
    </message>
</context>
<context>
    <name>RightsApplier</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Pflichtfeld: %1</translation>
    </message>
</context>
<context>
    <name>SaveContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Firma wird angelegt</translation>
    </message>
    <message>
        <source>Saving company</source>
        <translation>Firma wird gespeichert</translation>
    </message>
</context>
<context>
    <name>SavePersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Person wird angelegt</translation>
    </message>
    <message>
        <source>Saving person</source>
        <translation>Person wird gespeichert</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>&amp;Find company</source>
        <translation>Firma &amp;suchen</translation>
    </message>
    <message>
        <source>Name begins with…</source>
        <translation>Name beginnt mit …</translation>
    </message>
    <message>
        <source>Find company</source>
        <translation>Firma suchen</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Passende Firmen</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Recent companies</source>
        <translation>Zuletzt verwendete Firmen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No company name begins with “%1”.</source>
        <translation>Kein Firmenname beginnt mit „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>C&amp;lear cached data…</source>
        <translation>Zwischengespeicherte Daten &amp;löschen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language of the editor and of the texts asked of the server</source>
        <translation>Die Sprache des Programms und der vom Server angeforderten Texte</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>Die zuletzt verwendete</translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation>%1 (nicht mehr gespeichert)</translation>
    </message>
    <message>
        <source>Connect at &amp;start to</source>
        <translation>Beim Start &amp;verbinden mit</translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation>Der Datenordner</translation>
    </message>
    <message>
        <source>Keep &amp;drafts in</source>
        <translation>&amp;Entwürfe aufbewahren in</translation>
    </message>
    <message>
        <source>Choose the drafts folder</source>
        <translation>Ordner für Entwürfe auswählen</translation>
    </message>
    <message>
        <source>Keep drafts in the data folder</source>
        <translation>Entwürfe im Datenordner aufbewahren</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offline-Cache</translation>
    </message>
    <message>
        <source>Lists, field definitions and companies kept for working offline. Drafts and unsent changes are never cleared.</source>
        <translation>Listen, Felddefinitionen und Firmen, die für die Offline-Arbeit aufbewahrt werden. Entwürfe und nicht gesendete Änderungen werden nie gelöscht.</translation>
    </message>
    <message>
        <source>Clear cached data</source>
        <translation>Zwischengespeicherte Daten löschen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>The new language is used when Contact Editor is started again, for its own texts and for what the server is asked for. Nothing is lost in the restart.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Contact Editor, für die eigenen Texte und für die Anfragen an den Server. Beim Neustart geht nichts verloren.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again.</source>
        <translation>Eine Änderung wird beim nächsten Start von Contact Editor wirksam.</translation>
    </message>
    <message>
        <source>The drafts move to this folder when Contact Editor is started again; until then they stay where they are.</source>
        <translation>Die Entwürfe werden beim nächsten Start von Contact Editor in diesen Ordner verschoben; bis dahin bleiben sie, wo sie sind.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again; the drafts move along.</source>
        <translation>Eine Änderung wird beim nächsten Start von Contact Editor wirksam; die Entwürfe werden mit verschoben.</translation>
    </message>
    <message>
        <source>Keep drafts in</source>
        <translation>Entwürfe aufbewahren in</translation>
    </message>
    <message>
        <source>Remove the lists, field definitions and companies kept for working offline? They are fetched again when needed. Your drafts and unsent changes stay.</source>
        <translation>Die für die Offline-Arbeit aufbewahrten Listen, Felddefinitionen und Firmen entfernen? Sie werden bei Bedarf erneut abgerufen. Ihre Entwürfe und nicht gesendeten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>Der Cache konnte nicht geleert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries. Drafts and unsent changes were kept.</source>
        <translation>
            <numerusform>%n zwischengespeicherter Eintrag gelöscht. Entwürfe und nicht gesendete Änderungen bleiben erhalten.</numerusform>
            <numerusform>%n zwischengespeicherte Einträge gelöscht. Entwürfe und nicht gesendete Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>UnsentChangesModel</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;view all…</source>
        <translation>Alle p&amp;rüfen …</translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation>Alle &amp;senden</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Open the selected one in a tab (Enter)</source>
        <translation>Den ausgewählten Eintrag in einem Tab öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Review every unsent change before sending it</source>
        <translation>Jede nicht gesendete Änderung vor dem Senden prüfen</translation>
    </message>
    <message>
        <source>Send every unsent change to SuperOffice</source>
        <translation>Alle nicht gesendeten Änderungen an SuperOffice senden</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) and person(s) with changes not on the server yet.</source>
        <translation>
            <numerusform>%n Firma oder Person mit Änderungen, die noch nicht auf dem Server sind.</numerusform>
            <numerusform>%n Firmen und Personen mit Änderungen, die noch nicht auf dem Server sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation>Alles ist auf dem Server.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The connection is back.</source>
        <translation>Die Verbindung besteht wieder.</translation>
    </message>
    <message>
        <source>Sending the outbox: %1 of %2…</source>
        <translation>Postausgang wird gesendet: %1 von %2 …</translation>
    </message>
    <message>
        <source>Outbox: %1 saved, %2 not saved (see the review).</source>
        <translation>Postausgang: %1 gespeichert, %2 nicht gespeichert (siehe Prüfung).</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n company(ies) saved.</source>
        <translation>
            <numerusform>Postausgang: %n Firma gespeichert.</numerusform>
            <numerusform>Postausgang: %n Firmen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits cannot be kept on this computer in this session.</source>
        <translation>Ihre Änderungen können in dieser Sitzung nicht auf diesem Computer aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Connect to your SuperOffice to start.</source>
        <translation>Verbinden Sie sich mit Ihrem SuperOffice, um zu beginnen.</translation>
    </message>
    <message>
        <source>The companies of the previous connection were closed; their drafts are kept.</source>
        <translation>Die Firmen der vorherigen Verbindung wurden geschlossen; ihre Entwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>SuperOffice moved your tenant to %1; the editor now works there.</source>
        <translation>SuperOffice hat Ihren Mandanten nach %1 verlegt; das Programm arbeitet jetzt dort.</translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved work is kept on this computer.</source>
        <translation>Sie sind abgemeldet. Ihre ungespeicherte Arbeit bleibt auf diesem Computer erhalten.</translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation>Das gespeicherte Passwort wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact Editor</source>
        <translation>Contact Editor</translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.

For scripted use the password, ticket or token may come from the CONTACT_EDITOR_SECRET environment variable.</source>
        <translation>Firmen in SuperOffice CRM bearbeiten, online oder offline.

Bei Verwendung in Skripten können Passwort, Ticket oder Token aus der Umgebungsvariablen CONTACT_EDITOR_SECRET kommen.</translation>
    </message>
    <message>
        <source>The SuperOffice address, e.g. https://sod2.superoffice.com/Cust12345.</source>
        <translation>Die SuperOffice-Adresse, z. B. https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <source>How to sign in: basic, soticket, bearer or online (default basic). online signs in to SuperOffice CRM Online in the browser.</source>
        <translation>Art der Anmeldung: basic, soticket, bearer oder online (Standard: basic). online meldet sich im Browser bei SuperOffice CRM Online an.</translation>
    </message>
    <message>
        <source>With --auth online: the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Mit --auth online: die Client-ID der Anwendung aus dem Entwicklerportal von SuperOffice.</translation>
    </message>
    <message>
        <source>With --auth online: online (default), sod, stage, or the address of a sign-in service (https, or http on this computer).</source>
        <translation>Mit --auth online: online (Standard), sod, stage oder die Adresse eines Anmeldedienstes (https, oder http auf diesem Computer).</translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation>Die Firma mit dieser ID öffnen.</translation>
    </message>
    <message>
        <source>--contact needs a company id (a positive number).</source>
        <translation>--contact braucht eine Firmen-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>--auth online finds the server and user by signing in; leave out --server and --user.</source>
        <translation>--auth online ermittelt Server und Benutzer bei der Anmeldung; lassen Sie --server und --user weg.</translation>
    </message>
    <message>
        <source>--auth online needs --client-id, the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>--auth online braucht --client-id, die Client-ID der Anwendung aus dem Entwicklerportal von SuperOffice.</translation>
    </message>
    <message>
        <source>--login must be online, sod, stage or an https address (http only on this computer).</source>
        <translation>--login muss online, sod, stage oder eine https-Adresse sein (http nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>--client-id and --login go with --auth online.</source>
        <translation>--client-id und --login gehören zu --auth online.</translation>
    </message>
    <message>
        <source>--server and --user go together.</source>
        <translation>--server und --user gehören zusammen.</translation>
    </message>
    <message>
        <source>--auth must be basic, soticket, bearer or online.</source>
        <translation>--auth muss basic, soticket, bearer oder online sein.</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Ordner für Entwürfe</translation>
    </message>
</context>
</TS>
