<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Contact Editor</source>
        <translation>Om Contact Editor</translation>
    </message>
    <message>
        <source>Contact Editor icon</source>
        <translation>Contact Editor-ikon</translation>
    </message>
    <message>
        <source>Contact Editor %1</source>
        <translation>Contact Editor %1</translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.</source>
        <translation>Redigera företag i SuperOffice CRM, online eller offline.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (byggd med %2)</translation>
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
        <translation>Licenser</translation>
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
        <translation>Rapportera ett problem: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the versions and licences</source>
        <translation>Kopiera versioner och licenser</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Stäng Om-rutan</translation>
    </message>
    <message>
        <source>no licence has been chosen yet (LicenseRef-proprietary): the repository grants no rights beyond using this copy</source>
        <translation>ingen licens har valts ännu (LicenseRef-proprietary): förrådet ger inga rättigheter utöver att använda den här kopian</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>Adress 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adress 2</translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation>Adress 3</translation>
    </message>
    <message>
        <source>Postcode/City</source>
        <translation>Postnr/ort</translation>
    </message>
    <message>
        <source>Zip code/City</source>
        <translation>Postnr/ort</translation>
    </message>
    <message>
        <source>City/Postcode</source>
        <translation>Ort/postnr</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>County/Postcode</source>
        <translation>Län/postnr</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Delstat</translation>
    </message>
    <message>
        <source>State/Zip code</source>
        <translation>Delstat/postnr</translation>
    </message>
    <message>
        <source>City/State/Zip code</source>
        <translation>Ort/delstat/postnr</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provins</translation>
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
        <translation>%1 (gatuadress)</translation>
    </message>
    <message>
        <source>%1 (postal)</source>
        <translation>%1 (postadress)</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Så här skrivs den</translation>
    </message>
    <message>
        <source>Uses the company&apos;s address.</source>
        <translation>Använder företagets adress.</translation>
    </message>
    <message>
        <source>Not in this country&apos;s address (kept until you move or drop them):</source>
        <translation>Ingår inte i det här landets adress (behålls tills du flyttar eller tar bort dem):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flytta till</translation>
    </message>
    <message>
        <source>Move %1 to another field</source>
        <translation>Flytta %1 till ett annat fält</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Flytta %1 till %2</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Ändra adress</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(ingen adress)</translation>
    </message>
    <message>
        <source>The person uses the company&apos;s address</source>
        <translation>Kontakten använder företagets adress</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation>Det går inte att nå servern. Kontrollera nätverksanslutningen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Servern svarade inte i tid.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again.</source>
        <translation>Inloggningen godtogs inte. Logga in igen.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Du har inte behörighet att göra detta.</translation>
    </message>
    <message>
        <source>The company was not found on the server. It may have been deleted.</source>
        <translation>Företaget hittades inte på servern. Det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it.</source>
        <translation>Någon annan har ändrat företaget efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Servern avvisade begäran.</translation>
    </message>
    <message>
        <source>This server address is not the right one for your SuperOffice tenant. Check the address in the connection settings.</source>
        <translation>Den här serveradressen är inte rätt för din SuperOffice-tenant. Kontrollera adressen i anslutningsinställningarna.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Ett problem uppstod på servern (HTTP %1). Försök igen senare.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Den säkra anslutningen till servern kunde inte verifieras.</translation>
    </message>
    <message>
        <source>The server sent an answer the editor could not read.</source>
        <translation>Servern skickade ett svar som programmet inte kunde läsa.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>Svaret från servern var för stort.</translation>
    </message>
    <message>
        <source>This connection would send your password unencrypted. Use an https:// address, or allow plain HTTP for this connection explicitly.</source>
        <translation>Den här anslutningen skulle skicka ditt lösenord okrypterat. Använd en https://-adress eller tillåt okrypterad HTTP uttryckligen för den här anslutningen.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the editor does not follow with your credentials.</source>
        <translation>Servern omdirigerade begäran till en annan adress. Programmet skickar inte dina inloggningsuppgifter dit.</translation>
    </message>
    <message>
        <source>This company belongs to another connection. Connect to that server again to save it.</source>
        <translation>Det här företaget hör till en annan anslutning. Anslut till den servern igen för att spara det.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Begäran misslyckades (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Begäran misslyckades.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Servern svarade: %1</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>Not signed in to SuperOffice Online yet.</source>
        <translation>Inte inloggad på SuperOffice Online ännu.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Certificate issued to %1 by %2, valid from %3 to %4.</source>
        <translation>Certifikat utfärdat till %1 av %2, giltigt från %3 till %4.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-fingeravtryck: %1</translation>
    </message>
    <message>
        <source>Signing in to SuperOffice Online again did not succeed.</source>
        <translation>Det gick inte att logga in på SuperOffice Online igen.</translation>
    </message>
    <message>
        <source>Expected JSON but got %1.</source>
        <translation>JSON förväntades, men %1 togs emot.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen innehållstyp</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The drafts were not moved: %1 already holds a draft database. They stay in %2.</source>
        <translation>Utkasten flyttades inte: %1 innehåller redan en utkastdatabas. De ligger kvar i %2.</translation>
    </message>
    <message>
        <source>The drafts could not be moved to %1. They stay in %2.</source>
        <translation>Utkasten kunde inte flyttas till %1. De ligger kvar i %2.</translation>
    </message>
</context>
<context>
    <name>AuthRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address %1 is not secure (https is required).</source>
        <translation>Inloggningstjänstens adress %1 är inte säker (https krävs).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>SuperOffices inloggningstjänst svarade inte i tid.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent an answer that is far too large.</source>
        <translation>SuperOffices inloggningstjänst skickade ett alldeles för stort svar.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Den säkra anslutningen till %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 cannot be reached (%2).</source>
        <translation>Det går inte att nå SuperOffices inloggningstjänst på %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered with a redirect, which is not followed.</source>
        <translation>SuperOffices inloggningstjänst svarade med en omdirigering, som inte följs.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice avvisade: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice avvisade: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>SuperOffices inloggningstjänst svarade HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>SuperOffices inloggningstjänst skickade något annat än förväntad JSON.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>SuperOffices inloggningstjänst svarade inte i tid.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Inloggningen i webbläsaren slutfördes inte i tid.</translation>
    </message>
    <message>
        <source>The editor cannot receive the browser&apos;s answer: no port is free on 127.0.0.1.</source>
        <translation>Programmet kan inte ta emot svaret från webbläsaren: ingen port är ledig på 127.0.0.1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Contact Editor started. You can close this page.</source>
        <translation>Det här svaret hör inte till inloggningen som Contact Editor startade. Du kan stänga sidan.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state differs), so it was ignored. Sign in again.</source>
        <translation>Svaret från webbläsaren hör inte till den här inloggningen (state skiljer sig), så det ignorerades. Logga in igen.</translation>
    </message>
    <message>
        <source>Signing in was cancelled or access was denied in the browser.</source>
        <translation>Inloggningen avbröts eller så nekades åtkomst i webbläsaren.</translation>
    </message>
    <message>
        <source>SuperOffice did not sign you in: %1</source>
        <translation>SuperOffice loggade inte in dig: %1</translation>
    </message>
    <message>
        <source>You can close this page.</source>
        <translation>Du kan stänga sidan.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>You are signed in to SuperOffice. You can close this page and go back to Contact Editor.</source>
        <translation>Du är inloggad på SuperOffice. Du kan stänga sidan och gå tillbaka till Contact Editor.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent no access token.</source>
        <translation>SuperOffices inloggningstjänst skickade ingen åtkomsttoken.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
</context>
<context>
    <name>CarrierCodec</name>
    <message>
        <source>The data is empty.</source>
        <translation>Datan är tom.</translation>
    </message>
    <message>
        <source>The data is not valid JSON (%1 at byte %2).</source>
        <translation>Datan är inte giltig JSON (%1 vid byte %2).</translation>
    </message>
    <message>
        <source>Expected a JSON object but got %1.</source>
        <translation>Ett JSON-objekt förväntades, men %1 togs emot.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en matris</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ett enskilt värde</translation>
    </message>
    <message>
        <source>Expected a JSON array but got %1.</source>
        <translation>En JSON-matris förväntades, men %1 togs emot.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
</context>
<context>
    <name>ChangeCountryJob</name>
    <message>
        <source>Getting the country&apos;s address layout</source>
        <translation>Hämtar landets adresslayout</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>Position and country</source>
        <translation>Befattning och land</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassificering</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
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
        <translation>exempel.se, exempel.com</translation>
    </message>
</context>
<context>
    <name>CompanyPickerDialog</name>
    <message>
        <source>Choose the company</source>
        <translation>Välj företag</translation>
    </message>
    <message>
        <source>&amp;Company name begins with:</source>
        <translation>&amp;Företagsnamnet börjar med:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Type a company&apos;s name</source>
        <translation>Skriv ett företagsnamn</translation>
    </message>
    <message>
        <source>Companies found</source>
        <translation>Hittade företag</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>Choose the selected company</source>
        <translation>Välj det markerade företaget</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No company found.</source>
        <translation>Inget företag hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies found.</source>
        <translation>
            <numerusform>%n företag hittades.</numerusform>
            <numerusform>%n företag hittades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Ändrat på servern också</translation>
    </message>
    <message>
        <source>Someone changed %1 on the server while you were editing it. For each field below, choose which value to keep.</source>
        <translation>Någon ändrade %1 på servern medan du redigerade. Välj för varje fält nedan vilket värde som ska behållas.</translation>
    </message>
    <message>
        <source>Their other changes are taken as they are: %1.</source>
        <translation>Deras övriga ändringar tas in som de är: %1.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Fält i konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>På servern</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Keep yours for %1: %2</source>
        <translation>Behåll ditt värde för %1: %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s for %1: %2</source>
        <translation>Använd serverns värde för %1: %2</translation>
    </message>
    <message>
        <source>&amp;Save with these values</source>
        <translation>&amp;Spara med de här värdena</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Behåll alla &amp;dina</translation>
    </message>
    <message>
        <source>Take all from the ser&amp;ver</source>
        <translation>Ta alla från ser&amp;vern</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (sends your password unencrypted)</source>
        <translation>Tillåt okrypterad &amp;HTTP (skickar lösenordet okrypterat)</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Ko&amp;piera adressen</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Avbr&amp;yt inloggningen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Connect to SuperOffice</source>
        <translation>Anslut till SuperOffice</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Sparade anslutningar</translation>
    </message>
    <message>
        <source>Remove saved connection</source>
        <translation>Ta bort sparad anslutning</translation>
    </message>
    <message>
        <source>Remove this connection and its saved password</source>
        <translation>Ta bort den här anslutningen och dess sparade lösenord</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection</source>
        <translation>Spara&amp;d anslutning</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny anslutning</translation>
    </message>
    <message>
        <source>Connection &amp;name</source>
        <translation>Anslutningens &amp;namn</translation>
    </message>
    <message>
        <source>SuperOffice Online</source>
        <translation>SuperOffice Online</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Användarnamn och lösenord</translation>
    </message>
    <message>
        <source>SuperOffice ticket</source>
        <translation>SuperOffice-biljett</translation>
    </message>
    <message>
        <source>Access token (Online)</source>
        <translation>Åtkomsttoken (Online)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method</source>
        <translation>Inloggnings&amp;metod</translation>
    </message>
    <message>
        <source>Development (SOD)</source>
        <translation>Utveckling (SOD)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Test (Stage)</translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation>Annan adress…</translation>
    </message>
    <message>
        <source>Where your tenant runs: SuperOffice Online for customers, Development (SOD) and Stage for developers&apos; test tenants</source>
        <translation>Var din tenant körs: SuperOffice Online för kunder, Utveckling (SOD) och Test (Stage) för utvecklares testtenanter</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>Milj&amp;ö</translation>
    </message>
    <message>
        <source>Sign-in &amp;address</source>
        <translation>Inloggnings&amp;adress</translation>
    </message>
    <message>
        <source>The client id of the application registered for Contact Editor in SuperOffice&apos;s developer portal; your SuperOffice administrator can tell you</source>
        <translation>Klient-ID för applikationen som är registrerad för Contact Editor i SuperOffices utvecklarportal; din SuperOffice-administratör kan ge dig det</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>K&amp;lient-ID</translation>
    </message>
    <message>
        <source>Only if your tenant requires one</source>
        <translation>Bara om din tenant kräver en</translation>
    </message>
    <message>
        <source>Client se&amp;cret (optional)</source>
        <translation>Klienthemli&amp;ghet (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradress</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>&amp;App token</source>
        <translation>A&amp;pptoken</translation>
    </message>
    <message>
        <source>Same as this program</source>
        <translation>Samma som det här programmet</translation>
    </message>
    <message>
        <source>Server &amp;language</source>
        <translation>Serverspr&amp;åk</translation>
    </message>
    <message>
        <source>Optional, e.g. NO or UTC</source>
        <translation>Valfritt, t.ex. NO eller UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>T&amp;idszon</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Anslutningsstatus</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Inloggning i webbläsaren</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Inloggningsadress att öppna i webbläsaren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopiera inloggningsadressen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Avbryt inloggningen</translation>
    </message>
    <message>
        <source>Stop waiting for the browser (Esc)</source>
        <translation>Sluta vänta på webbläsaren (Esc)</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>&amp;Förbli inloggad på den här datorn</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, so that the browser is needed only when SuperOffice asks again</source>
        <translation>Sparar inloggningen i systemets nyckelring, så att webbläsaren bara behövs när SuperOffice frågar igen</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Logga in med &amp;webbläsaren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ansl&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>Bil&amp;jett</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Åtk&amp;omsttoken</translation>
    </message>
    <message>
        <source>Enter the sign-in address, for example https://online.superoffice.com/login.</source>
        <translation>Ange inloggningsadressen, till exempel https://online.superoffice.com/login.</translation>
    </message>
    <message>
        <source>Warning: plain HTTP sends your password unencrypted to %1.</source>
        <translation>Varning: med okrypterad HTTP skickas ditt lösenord okrypterat till %1.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Kontaktar %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Väntar på att du loggar in i webbläsaren…</translation>
    </message>
    <message>
        <source>If no browser page opened, open this address in your browser:</source>
        <translation>Om ingen sida öppnades i webbläsaren öppnar du den här adressen i webbläsaren:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in:</source>
        <translation>Ingen webbläsare kunde öppnas. Öppna den här adressen i webbläsaren för att logga in:</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Inloggad som %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Inloggad på %1 som %2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ge anslutningen ett namn.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Ange applikationens klient-ID från SuperOffices utvecklarportal.</translation>
    </message>
    <message>
        <source>The sign-in address must start with https:// (or http:// for a sign-in service on this computer).</source>
        <translation>Inloggningsadressen måste börja med https:// (eller http:// för en inloggningstjänst på den här datorn).</translation>
    </message>
    <message>
        <source>SuperOffice named a tenant address that is not https: %1.</source>
        <translation>SuperOffice angav en tenantadress som inte är https: %1.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or allow insecure HTTP for this connection explicitly.</source>
        <translation>Okrypterad HTTP till %1 skulle skicka ditt lösenord okrypterat. Använd https:// eller tillåt osäker HTTP uttryckligen för den här anslutningen.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Ange användarnamnet.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>Ange serveradressen, till exempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>”%1” är ingen webbadress. Ange serveradressen, till exempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a full address: start it with https://, for example https://%1.</source>
        <translation>”%1” är ingen fullständig adress: inled den med https://, till exempel https://%1.</translation>
    </message>
    <message>
        <source>A SuperOffice server is not reached through a “%1:” address. The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation>En SuperOffice-server nås inte via en ”%1:”-adress. Serveradressen måste börja med https:// (eller http:// för en server på den här datorn).</translation>
    </message>
    <message>
        <source>“%1” names no server. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>”%1” anger ingen server. Ange serveradressen, till exempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Skriv användarnamnet i sitt eget fält, inte i serveradressen.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>Serveradressen får inte innehålla en fråga (?) eller ett fragment (#).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>The company was not saved. Your changes are kept.</source>
        <translation>Företaget sparades inte. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>The company could not be opened.</source>
        <translation>Företaget kunde inte öppnas.</translation>
    </message>
    <message>
        <source>A new company could not be started.</source>
        <translation>Det gick inte att påbörja ett nytt företag.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this company on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Inte sparat: någon har också ändrat företaget på servern, och du har inte valt vilka värden som ska behållas. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company got no answer, and the server now has: %1. Was it created then?</source>
        <translation>Ett tidigare försök att skapa företaget fick inget svar, och på servern finns nu: %1. Skapades det då?</translation>
    </message>
    <message>
        <source>The existing company is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Det befintliga företaget är öppet i en egen flik. Det nya sparades inte; stäng det när du inte längre behöver det.</translation>
    </message>
    <message>
        <source>This company is marked as deleted in SuperOffice.</source>
        <translation>Företaget är markerat som borttaget i SuperOffice.</translation>
    </message>
    <message>
        <source>You can view this company but not change it: %1</source>
        <translation>Du kan visa företaget men inte ändra det: %1</translation>
    </message>
    <message>
        <source>This company may already exist: %1. Open the existing one instead?</source>
        <translation>Företaget kanske redan finns: %1. Vill du öppna det befintliga i stället?</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öppna %1</translation>
    </message>
    <message>
        <source>&amp;Keep new</source>
        <translation>&amp;Behåll det nya</translation>
    </message>
</context>
<context>
    <name>ContactSearchJob</name>
    <message>
        <source>Searching</source>
        <translation>Söker</translation>
    </message>
    <message>
        <source>The search result is not a list of companies.</source>
        <translation>Sökresultatet är ingen lista över företag.</translation>
    </message>
</context>
<context>
    <name>ContactSession</name>
    <message>
        <source>Company %1</source>
        <translation>Företag %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <source>You are offline. The company waits in the outbox and is saved when the connection is back.</source>
        <translation>Du är offline. Företaget väntar i utkorgen och sparas när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The company waits in the outbox.</source>
        <translation>Servern svarade inte i tid. Företaget väntar i utkorgen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The company waits in the outbox.</source>
        <translation>Det går inte att nå servern. Företaget väntar i utkorgen.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company may have succeeded. Open it to decide.</source>
        <translation>Ett tidigare försök att skapa företaget kan ha lyckats. Öppna det för att avgöra.</translation>
    </message>
    <message>
        <source>Change country to %1</source>
        <translation>Ändra land till %1</translation>
    </message>
    <message>
        <source>Apply the rules of %1</source>
        <translation>Tillämpa reglerna för %1</translation>
    </message>
</context>
<context>
    <name>CreateDefaultContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Skapar företag</translation>
    </message>
</context>
<context>
    <name>CreateDefaultPersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Skapar kontakt</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the keyring is locked</source>
        <translation>nyckelringen är låst</translation>
    </message>
    <message>
        <source>access to it was denied</source>
        <translation>åtkomst till den nekades</translation>
    </message>
    <message>
        <source>it does not support storing passwords</source>
        <translation>den har inte stöd för att lagra lösenord</translation>
    </message>
    <message>
        <source>no Secret Service could be reached or unlocked</source>
        <translation>ingen Secret Service kunde nås eller låsas upp</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain.</source>
        <translation>Lösenordet kunde inte tas bort från systemets nyckelring.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Inget lösenord är sparat för den här anslutningen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Systemets nyckelring rapporterade ett fel.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>den svarade inte i tid</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Systemets nyckelring kan inte användas (%1). Lösenord hålls bara i minnet under den här sessionen och efterfrågas igen nästa gång.</translation>
    </message>
    <message>
        <source>The password could not be read: the system keychain cannot be used (%1).</source>
        <translation>Lösenordet kunde inte läsas: systemets nyckelring kan inte användas (%1).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). The password is kept for this session only.</source>
        <translation>Systemets nyckelring kan inte användas (%1). Lösenordet sparas bara under den här sessionen.</translation>
    </message>
    <message>
        <source>The password is forgotten for this session, but the system keychain cannot be used (%1), so a copy stored there earlier could not be deleted.</source>
        <translation>Lösenordet är glömt för den här sessionen, men systemets nyckelring kan inte användas (%1), så en kopia som sparats där tidigare kunde inte tas bort.</translation>
    </message>
</context>
<context>
    <name>CurrentPrincipalJob</name>
    <message>
        <source>Signing in</source>
        <translation>Loggar in</translation>
    </message>
</context>
<context>
    <name>CustomFieldModel</name>
    <message>
        <source>The administrator made this field read-only.</source>
        <translation>Administratören har gjort fältet skrivskyddat.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Decimaltal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kryssruta</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>DescriptionSection</name>
    <message>
        <source>This note has %L1 characters: only its beginning is shown, so that the window stays quick. The whole note is kept, and saved as it is.</source>
        <translation>Anteckningen har %L1 tecken: bara början visas, så att fönstret förblir snabbt. Hela anteckningen behålls och sparas som den är.</translation>
    </message>
    <message>
        <source>&amp;Edit all of it</source>
        <translation>&amp;Redigera hela</translation>
    </message>
    <message>
        <source>Show &amp;all of it</source>
        <translation>Visa &amp;hela</translation>
    </message>
    <message>
        <source>Edit all of the note</source>
        <translation>Redigera hela anteckningen</translation>
    </message>
    <message>
        <source>Show all of the note</source>
        <translation>Visa hela anteckningen</translation>
    </message>
    <message>
        <source>Showing a note this long can take a few seconds.</source>
        <translation>Det kan ta några sekunder att visa en så lång anteckning.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft database %1 cannot be read and cannot be moved aside.</source>
        <translation>Utkastdatabasen %1 kan inte läsas och kan inte heller flyttas undan.</translation>
    </message>
    <message>
        <source>The draft database could not be read. It was kept as %1 and a new one was started.</source>
        <translation>Utkastdatabasen kunde inte läsas. Den sparades som %1 och en ny skapades.</translation>
    </message>
    <message>
        <source>The draft database %1 cannot be opened.</source>
        <translation>Utkastdatabasen %1 kan inte öppnas.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>inte ett objekt</translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). It is kept unchanged.</source>
        <translation>Utkastet kan inte läsas (%1). Det behålls oförändrat.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this draft could not be read and were left out.</source>
        <translation>
            <numerusform>%n ändring i utkastet kunde inte läsas och utelämnades.</numerusform>
            <numerusform>%n ändringar i utkastet kunde inte läsas och utelämnades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElementListEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Lägg till i %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Ta bort från %1</translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation>Flytta upp i %1</translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation>Flytta ned i %1</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Lägg till en post (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Ta bort den markerade posten (Delete)</translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Flytta upp den markerade posten (Ctrl+Uppil)</translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Flytta ned den markerade posten (Ctrl+Nedpil)</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problem i %1</translation>
    </message>
    <message>
        <source>This entry may not be removed</source>
        <translation>Den här posten får inte tas bort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: bouncing, mail to it comes back</source>
        <translation>%1: studsar, e-post dit kommer tillbaka</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
</context>
<context>
    <name>EnrichContactEntityJob</name>
    <message>
        <source>Enriching company</source>
        <translation>Berikar företag</translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Review changes &gt;</source>
        <translation>&amp;Granska ändringar &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enrich %1</source>
        <translation>Berika %1</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Företags&amp;namn</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Föreslagna ändringar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <source>The enrichment service found no company named “%1”. Try another spelling.</source>
        <translation>Berikningstjänsten hittade inget företag med namnet ”%1”. Försök med en annan stavning.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webbsida</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (ny)</translation>
    </message>
    <message>
        <source>The enrichment service has nothing new for this company.</source>
        <translation>Berikningstjänsten har inget nytt om det här företaget.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed. Untick what you do not want; changes to fields you edited yourself are unticked.</source>
        <translation>
            <numerusform>%n ändring föreslås. Avmarkera det du inte vill ha; ändringar i fält som du själv har redigerat är avmarkerade.</numerusform>
            <numerusform>%n ändringar föreslås. Avmarkera det du inte vill ha; ändringar i fält som du själv har redigerat är avmarkerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
</context>
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>You may not change this field.</source>
        <translation>Du får inte ändra det här fältet.</translation>
    </message>
    <message>
        <source>You changed this yourself; it is kept unless you tick it.</source>
        <translation>Du har ändrat detta själv; ditt värde behålls om du inte markerar det.</translation>
    </message>
    <message>
        <source>Enrich company</source>
        <translation>Berika företag</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <source>postal</source>
        <translation>postadress</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityDocument</name>
    <message>
        <source>Change %1</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytta ”%1”</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Changes someone made on the server were taken in before saving: %1.</source>
        <translation>Ändringar som någon gjort på servern togs in före sparandet: %1.</translation>
    </message>
    <message>
        <source>Your changes could not be written to this computer&apos;s draft store: %1. Save them to the server as soon as you can.</source>
        <translation>Dina ändringar kunde inte skrivas till utkastlagret på den här datorn: %1. Spara dem på servern så snart du kan.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation>Ja, öppna %1</translation>
    </message>
    <message>
        <source>No, &amp;create it</source>
        <translation>Nej, &amp;skapa det</translation>
    </message>
    <message>
        <source>Fill in the required fields before saving: %1.</source>
        <translation>Fyll i de obligatoriska fälten innan du sparar: %1.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your changes are kept.</source>
        <translation>Sparandet avbröts. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Logga in…</translation>
    </message>
</context>
<context>
    <name>EntityElementListModel</name>
    <message>
        <source>Not a valid e-mail address (name@example.com).</source>
        <translation>Ingen giltig e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <source>Not a valid web address (www.example.com).</source>
        <translation>Ingen giltig webbadress (www.exempel.se).</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces, +, -, ( ) and /.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, blanksteg, +, -, ( ) och /.</translation>
    </message>
    <message>
        <source>Bouncing: mail to this address comes back.</source>
        <translation>Studsar: e-post till den här adressen kommer tillbaka.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Telefax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort ”%1”</translation>
    </message>
</context>
<context>
    <name>EntityJob</name>
    <message>
        <source>The server answered with a person id no person can have (%1).</source>
        <translation>Servern svarade med ett kontakt-ID som ingen kontakt kan ha (%1).</translation>
    </message>
    <message>
        <source>The server answered with a company id no company can have (%1).</source>
        <translation>Servern svarade med ett företags-ID som inget företag kan ha (%1).</translation>
    </message>
    <message>
        <source>The server did not say which person it saved.</source>
        <translation>Servern angav inte vilken kontakt den sparade.</translation>
    </message>
    <message>
        <source>The server did not say which company it saved.</source>
        <translation>Servern angav inte vilket företag den sparade.</translation>
    </message>
    <message>
        <source>The server answered with a person without an id instead of person %1.</source>
        <translation>Servern svarade med en kontakt utan ID i stället för kontakt %1.</translation>
    </message>
    <message>
        <source>The server answered with a company without an id instead of company %1.</source>
        <translation>Servern svarade med ett företag utan ID i stället för företag %1.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of a new person.</source>
        <translation>Servern svarade med kontakt %1 i stället för en ny kontakt.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of a new company.</source>
        <translation>Servern svarade med företag %1 i stället för ett nytt företag.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of person %2.</source>
        <translation>Servern svarade med kontakt %1 i stället för kontakt %2.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of company %2.</source>
        <translation>Servern svarade med företag %1 i stället för företag %2.</translation>
    </message>
</context>
<context>
    <name>EntitySession</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Väntar på ditt beslut</translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server too: %n field(s) need your decision.</source>
        <translation>
            <numerusform>Ändrat på servern också: %n fält behöver ditt beslut.</numerusform>
            <numerusform>Ändrat på servern också: %n fält behöver ditt beslut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Remove hidden characters</source>
        <translation>Ta bort dolda tecken</translation>
    </message>
    <message>
        <source>This text holds characters that change how it is shown (each is shown as � here): %1
Click to remove them.</source>
        <extracomment>%1: the field&apos;s text with each hidden character shown as a replacement mark</extracomment>
        <translation>Texten innehåller tecken som ändrar hur den visas (vart och ett visas som � här): %1
Klicka för att ta bort dem.</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>M&amp;r/Mrs</source>
        <translation>H&amp;r/Fr</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>Mi&amp;ddle name</source>
        <translation>&amp;Mellannamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Efter&amp;namn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Befattning</translation>
    </message>
    <message>
        <source>&amp;Salutation</source>
        <translation>&amp;Hälsningsfras</translation>
    </message>
    <message>
        <source>Person n&amp;umber</source>
        <translation>&amp;Kontaktnummer</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>F&amp;öretag</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Födelsedat&amp;um</translation>
    </message>
    <message>
        <source>Ret&amp;ired</source>
        <translation>&amp;Tidigare anställd</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>No mailin&amp;gs</source>
        <translation>In&amp;ga utskick</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Ant&amp;eckning</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Skapad av</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Uppdaterad av</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses</source>
        <translation>E-posta&amp;dresser</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Office p&amp;hones</source>
        <translation>&amp;Direktnummer</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Direktnummer</translation>
    </message>
    <message>
        <source>Mobile pho&amp;nes</source>
        <translation>M&amp;obil</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Pri&amp;vate phones</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Oth&amp;er phones</source>
        <translation>&amp;Andra telefonnummer</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Annat telefonnummer</translation>
    </message>
    <message>
        <source>Fa&amp;xes</source>
        <translation>Telefa&amp;x</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Telefax</translation>
    </message>
    <message>
        <source>&amp;Web addresses</source>
        <translation>&amp;Webbsidor</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Uses its own &amp;address</source>
        <translation>An&amp;vänd egen adress</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intresse</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Användardefinierade fält</translation>
    </message>
    <message>
        <source>Bouncing e-mail</source>
        <translation>Studsande e-post</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdelning</translation>
    </message>
    <message>
        <source>&amp;Org. number</source>
        <translation>&amp;Org.nr</translation>
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
        <translation>&amp;Kana-namn</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>Kategor&amp;i</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Bransch</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Vår kontakt</translation>
    </message>
    <message>
        <source>S&amp;upport contact</source>
        <translation>Vår s&amp;upportansvarige</translation>
    </message>
    <message>
        <source>T&amp;icket priority</source>
        <translation>Support&amp;prioritet</translation>
    </message>
    <message>
        <source>Customer &amp;language</source>
        <translation>Supportspr&amp;åk</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Företags-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
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
        <translation>Do&amp;mäner</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Användardefinierat fält %1</translation>
    </message>
</context>
<context>
    <name>FieldRights</name>
    <message>
        <source>You do not have the right to create this record.</source>
        <translation>Du har inte behörighet att skapa den här posten.</translation>
    </message>
    <message>
        <source>You do not have the right to change this record.</source>
        <translation>Du har inte behörighet att ändra den här posten.</translation>
    </message>
    <message>
        <source>You do not have the right to change this field.</source>
        <translation>Du har inte behörighet att ändra det här fältet.</translation>
    </message>
    <message>
        <source>You do not have the right to see this field.</source>
        <translation>Du har inte behörighet att se det här fältet.</translation>
    </message>
</context>
<context>
    <name>GetContactEntityJob</name>
    <message>
        <source>Opening company</source>
        <translation>Öppnar företag</translation>
    </message>
</context>
<context>
    <name>GetCustomFieldListJob</name>
    <message>
        <source>Loading the custom fields</source>
        <translation>Hämtar de användardefinierade fälten</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Svaret är ingen lista.</translation>
    </message>
</context>
<context>
    <name>GetDuplicatesJob</name>
    <message>
        <source>Looking for duplicates</source>
        <translation>Letar efter dubbletter</translation>
    </message>
</context>
<context>
    <name>GetPersonEntityJob</name>
    <message>
        <source>Opening person</source>
        <translation>Öppnar kontakt</translation>
    </message>
</context>
<context>
    <name>GetPreviewEnrichContactJob</name>
    <message>
        <source>Loading preview</source>
        <translation>Hämtar förhandsgranskning</translation>
    </message>
</context>
<context>
    <name>GetUdefLayoutJob</name>
    <message>
        <source>Loading the custom fields&apos; layout</source>
        <translation>Hämtar layouten för de användardefinierade fälten</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Svaret är ingen lista.</translation>
    </message>
</context>
<context>
    <name>IdToken</name>
    <message>
        <source>SuperOffice&apos;s sign-in sent an identity token that cannot be read.</source>
        <translation>SuperOffices inloggning skickade en identitetstoken som inte kan läsas.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in sent an unsigned identity token.</source>
        <translation>SuperOffices inloggning skickade en osignerad identitetstoken.</translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation>Identitetstoken är avsedd för en annan applikation.</translation>
    </message>
    <message>
        <source>The identity token was issued by someone other than %1.</source>
        <translation>Identitetstoken utfärdades av någon annan än %1.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>Identitetstoken har gått ut. Kontrollera klockan på den här datorn och logga sedan in igen.</translation>
    </message>
    <message>
        <source>The identity token is not valid yet. Check this computer&apos;s clock.</source>
        <translation>Identitetstoken är inte giltig ännu. Kontrollera klockan på den här datorn.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (its nonce differs). Sign in again.</source>
        <translation>Identitetstoken hör inte till den här inloggningen (nonce skiljer sig). Logga in igen.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in did not say which tenant you signed in to.</source>
        <translation>SuperOffices inloggning angav inte vilken tenant du loggade in på.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in named a WebAPI address that cannot be used: %1</source>
        <translation>SuperOffices inloggning angav en WebAPI-adress som inte kan användas: %1</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
</context>
<context>
    <name>InterestListModel</name>
    <message>
        <source>No longer offered; kept because it is selected</source>
        <translation>Erbjuds inte längre; behålls eftersom det är valt</translation>
    </message>
    <message>
        <source>Add interest %1</source>
        <translation>Lägg till intresset %1</translation>
    </message>
    <message>
        <source>Remove interest %1</source>
        <translation>Ta bort intresset %1</translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <source>Interests and mailings</source>
        <translation>Intressen och utskick</translation>
    </message>
    <message>
        <source>The person does not want advertising</source>
        <translation>Kontakten vill inte ha reklam</translation>
    </message>
    <message>
        <source>The company does not want advertising</source>
        <translation>Företaget vill inte ha reklam</translation>
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
        <translation>Öppna företag och kontakter</translation>
    </message>
    <message>
        <source>Find a company on the left (%1), or create a new one (%2).</source>
        <translation>Sök efter ett företag till vänster (%1) eller skapa ett nytt (%2).</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Inloggning i webbläsaren</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Inloggningsadress att öppna i webbläsaren</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Ko&amp;piera adressen</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopiera inloggningsadressen</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Avbr&amp;yt inloggningen</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Anslutningsproblem</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Försök ansluta igen</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>Anslutnings&amp;inställningar…</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Anslutningsinställningar</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Nätverksstatus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Loggar in på %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Inte ansluten: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Inloggad som %1 på %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1. %2</source>
        <translation>Det går inte att ansluta till %1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;Nytt företag</translation>
    </message>
    <message>
        <source>&amp;Find company…</source>
        <translation>&amp;Sök företag…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;para</translation>
    </message>
    <message>
        <source>Save &amp;all</source>
        <translation>Spa&amp;ra alla</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>&amp;Förkasta ändringar</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>&amp;Granska ändringar…</translation>
    </message>
    <message>
        <source>Review a&amp;ll unsent changes…</source>
        <translation>Granska alla &amp;osända ändringar…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>S&amp;täng flik</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>Ans&amp;lut…</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Logga &amp;in igen</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Forget saved &amp;password</source>
        <translation>Glö&amp;m sparat lösenord</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Berika…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Next company</source>
        <translation>&amp;Nästa företag</translation>
    </message>
    <message>
        <source>&amp;Previous company</source>
        <translation>&amp;Föregående företag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Contact Editor</source>
        <translation>&amp;Om Contact Editor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Enrichment needs a connection to SuperOffice; you are offline.</source>
        <translation>Berikning kräver en anslutning till SuperOffice; du är offline.</translation>
    </message>
    <message>
        <source>Open a company to enrich it.</source>
        <translation>Öppna ett företag för att berika det.</translation>
    </message>
    <message>
        <source>You may not change this company.</source>
        <translation>Du får inte ändra det här företaget.</translation>
    </message>
    <message>
        <source>Fill in address, phones and e-mail from SuperOffice&apos;s enrichment service (%1)</source>
        <translation>Fyll i adress, telefonnummer och e-post från SuperOffices berikningstjänst (%1)</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>Offline: ändringarna sparas och skickas senare</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Utkorg (%1)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Det finns inga osparade ändringar.</translation>
    </message>
    <message>
        <source> (outbox)</source>
        <translation> (utkorg)</translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation> (avgör)</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (inte sparat)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again to continue; your changes are kept.</source>
        <translation>Inloggningen godtogs inte. Logga in igen för att fortsätta; dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Förkasta ändringar</translation>
    </message>
    <message>
        <source>Drop every change to %1 since it was last saved?</source>
        <translation>Vill du förkasta alla ändringar i %1 sedan det senast sparades?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Vill du spara ändringarna i %1 innan du stänger?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Vill du spara ändringarna i %1 innan du avslutar?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again: finish it in your browser. Your changes are kept. If no browser page opened, open this address:</source>
        <translation>SuperOffice ber dig logga in igen: slutför inloggningen i webbläsaren. Dina ändringar finns kvar. Om ingen sida öppnades i webbläsaren öppnar du den här adressen:</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again, but no browser could be opened. Open this address in your browser; your changes are kept:</source>
        <translation>SuperOffice ber dig logga in igen, men ingen webbläsare kunde öppnas. Öppna den här adressen i webbläsaren; dina ändringar finns kvar:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Väntar på att du loggar in i webbläsaren…</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries.</source>
        <translation>
            <numerusform>Rensade %n cachad post.</numerusform>
            <numerusform>Rensade %n cachade poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inst&amp;ällningar…</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Osända ändringar</translation>
    </message>
    <message>
        <source>Unsent changes (%1)</source>
        <translation>Osända ändringar (%1)</translation>
    </message>
    <message>
        <source>&amp;Unsent changes</source>
        <translation>&amp;Osända ändringar</translation>
    </message>
    <message>
        <source>Loading the drafts to review…</source>
        <translation>Läser in utkasten som ska granskas…</translation>
    </message>
</context>
<context>
    <name>MdoListJob</name>
    <message>
        <source>Loading list</source>
        <translation>Hämtar lista</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 did not describe itself.</source>
        <translation>SuperOffices inloggningstjänst på %1 beskrev inte sig själv.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service named an address elsewhere (%1).</source>
        <translation>SuperOffices inloggningstjänst angav en adress någon annanstans (%1).</translation>
    </message>
</context>
<context>
    <name>OidcReplyHandler</name>
    <message>
        <source>SuperOffice&apos;s sign-in service cannot be reached (%1).</source>
        <translation>Det går inte att nå SuperOffices inloggningstjänst (%1).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>SuperOffices inloggningstjänst svarade HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice avvisade: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice avvisade: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>SuperOffices inloggningstjänst skickade något annat än förväntad JSON.</translation>
    </message>
</context>
<context>
    <name>OnlineAuthenticator</name>
    <message>
        <source>You signed in to %1, but this connection is for %2. Sign in to %2, or connect to %1 as a connection of its own.</source>
        <translation>Du loggade in på %1, men den här anslutningen gäller %2. Logga in på %2 eller anslut till %1 som en egen anslutning.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this connection is %2&apos;s. Sign in as %2.</source>
        <translation>Du loggade in som %1, men den här anslutningen tillhör %2. Logga in som %2.</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is not at this address, and which tenant it is is not known. Sign in again.</source>
        <translation>Enligt SuperOffice finns tenanten inte på den här adressen, och det är okänt vilken tenant det är. Logga in igen.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant %1 is not available right now (%2).</source>
        <translation>Din SuperOffice-tenant %1 är inte tillgänglig just nu (%2).</translation>
    </message>
    <message>
        <source>SuperOffice named a new address for the tenant that cannot be used: %1</source>
        <translation>SuperOffice angav en ny adress för tenanten som inte kan användas: %1</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is still at %1, but that host refuses it.</source>
        <translation>Enligt SuperOffice finns tenanten fortfarande på %1, men den värden avvisar den.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant has moved and its new address could not be found. %1</source>
        <translation>Din SuperOffice-tenant har flyttat och dess nya adress kunde inte hittas. %1</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person: %1</source>
        <extracomment>A person tab&apos;s tooltip: the person&apos;s name and company</extracomment>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Person: %1, at %2</source>
        <translation>Kontakt: %1, på %2</translation>
    </message>
    <message>
        <source>The person was not saved. Your changes are kept.</source>
        <translation>Kontakten sparades inte. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>The person could not be opened.</source>
        <translation>Kontakten kunde inte öppnas.</translation>
    </message>
    <message>
        <source>A new person could not be started.</source>
        <translation>Det gick inte att påbörja en ny kontakt.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this person on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Inte sparat: någon har också ändrat kontakten på servern, och du har inte valt vilka värden som ska behållas. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>The company already has a person of this name: %1. Is it the same person?</source>
        <translation>Företaget har redan en kontakt med det här namnet: %1. Är det samma person?</translation>
    </message>
    <message>
        <source>The existing person is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Den befintliga kontakten är öppen i en egen flik. Den nya sparades inte; stäng den när du inte längre behöver den.</translation>
    </message>
    <message>
        <source>This person is marked as deleted in SuperOffice.</source>
        <translation>Kontakten är markerad som borttagen i SuperOffice.</translation>
    </message>
    <message>
        <source>You can view this person but not change it: %1</source>
        <translation>Du kan visa kontakten men inte ändra den: %1</translation>
    </message>
</context>
<context>
    <name>PersonIdentitySection</name>
    <message>
        <source>Person</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Change the company</source>
        <translation>Ändra företaget</translation>
    </message>
    <message>
        <source>Move the person to another company</source>
        <translation>Flytta kontakten till ett annat företag</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>No dat&amp;e</source>
        <translation>Inget &amp;datum</translation>
    </message>
    <message>
        <source>Clear the birth date</source>
        <translation>Rensa födelsedatumet</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Byt företag</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(inget företag)</translation>
    </message>
</context>
<context>
    <name>PersonSession</name>
    <message>
        <source>Person %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>You are offline. The person waits in the outbox and is saved when the connection is back.</source>
        <translation>Du är offline. Kontakten väntar i utkorgen och sparas när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The person waits in the outbox.</source>
        <translation>Servern svarade inte i tid. Kontakten väntar i utkorgen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The person waits in the outbox.</source>
        <translation>Det går inte att nå servern. Kontakten väntar i utkorgen.</translation>
    </message>
    <message>
        <source>The company already has a person of this name. Open the person to decide.</source>
        <translation>Företaget har redan en kontakt med det här namnet. Öppna kontakten för att avgöra.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Retired</source>
        <extracomment>In the persons table, for a person who has left or retired</extracomment>
        <translation>Tidigare anställd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
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
        <translation>&amp;Öppna kontakt</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>N&amp;y kontakt</translation>
    </message>
    <message>
        <source>Filter persons</source>
        <translation>Filtrera kontakter</translation>
    </message>
    <message>
        <source>Filter by name, title, e-mail or phone (%1)</source>
        <translation>Filtrera på namn, titel, e-post eller telefon (%1)</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>Öppna den markerade kontakten</translation>
    </message>
    <message>
        <source>Open the selected person in a tab of its own (Enter)</source>
        <translation>Öppna den markerade kontakten i en egen flik (Enter)</translation>
    </message>
    <message>
        <source>New person at this company</source>
        <translation>Ny kontakt på det här företaget</translation>
    </message>
    <message>
        <source>Add a new person to this company (%1)</source>
        <translation>Lägg till en ny kontakt på det här företaget (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A section title and how many entries it has: &quot;Persons (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save the company before adding persons to it.</source>
        <translation>Spara företaget innan du lägger till kontakter.</translation>
    </message>
</context>
<context>
    <name>RecordInfoSection</name>
    <message>
        <source>Record</source>
        <translation>Postinformation</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivskyddat: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat ännu</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>added</source>
        <translation>tillagt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrat</translation>
    </message>
    <message>
        <source>&amp;Drop change</source>
        <translation>&amp;Förkasta ändring</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Granska ändringar i %1</translation>
    </message>
    <message>
        <source>Review all changes</source>
        <translation>Granska alla ändringar</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Put the selected field back as it was (Delete)</source>
        <translation>Återställ det markerade fältet till hur det var (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;para</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Spara alla</translation>
    </message>
    <message>
        <source>in the outbox</source>
        <translation>i utkorgen</translation>
    </message>
    <message>
        <source>needs your decision</source>
        <translation>behöver ditt beslut</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>inte sparat: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Det finns inga osparade ändringar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet. Select one and press Delete to drop it.</source>
        <translation>
            <numerusform>%n ändring är inte sparad ännu. Markera den och tryck på Delete för att förkasta den.</numerusform>
            <numerusform>%n ändringar är inte sparade ännu. Markera en och tryck på Delete för att förkasta den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop change to %1</source>
        <translation>Förkasta ändring i %1</translation>
    </message>
</context>
<context>
    <name>RightsApplier</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivskyddat: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Obligatoriskt: %1</translation>
    </message>
</context>
<context>
    <name>SaveContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Skapar företag</translation>
    </message>
    <message>
        <source>Saving company</source>
        <translation>Sparar företag</translation>
    </message>
</context>
<context>
    <name>SavePersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Skapar kontakt</translation>
    </message>
    <message>
        <source>Saving person</source>
        <translation>Sparar kontakt</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>&amp;Find company</source>
        <translation>&amp;Sök företag</translation>
    </message>
    <message>
        <source>Name begins with…</source>
        <translation>Namnet börjar med…</translation>
    </message>
    <message>
        <source>Find company</source>
        <translation>Sök företag</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Matchande företag</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Recent companies</source>
        <translation>Senast använda företag</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No company name begins with “%1”.</source>
        <translation>Inget företagsnamn börjar med ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Företag %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>C&amp;lear cached data…</source>
        <translation>&amp;Rensa cachade data…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemets standard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>The language of the editor and of the texts asked of the server</source>
        <translation>Språket i programmet och i de texter som begärs från servern</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>Den senast använda</translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation>%1 (inte längre sparad)</translation>
    </message>
    <message>
        <source>Connect at &amp;start to</source>
        <translation>Anslut vid s&amp;tart till</translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation>Datamappen</translation>
    </message>
    <message>
        <source>Keep &amp;drafts in</source>
        <translation>Spara &amp;utkast i</translation>
    </message>
    <message>
        <source>Choose the drafts folder</source>
        <translation>Välj mapp för utkast</translation>
    </message>
    <message>
        <source>Keep drafts in the data folder</source>
        <translation>Spara utkast i datamappen</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offlinecache</translation>
    </message>
    <message>
        <source>Lists, field definitions and companies kept for working offline. Drafts and unsent changes are never cleared.</source>
        <translation>Listor, fältdefinitioner och företag som sparas för arbete offline. Utkast och osända ändringar rensas aldrig.</translation>
    </message>
    <message>
        <source>Clear cached data</source>
        <translation>Rensa cachade data</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>The new language is used when Contact Editor is started again, for its own texts and for what the server is asked for. Nothing is lost in the restart.</source>
        <translation>Det nya språket används när Contact Editor startas nästa gång, både för programmets texter och för det som begärs från servern. Inget går förlorat vid omstarten.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again.</source>
        <translation>En ändring börjar gälla när Contact Editor startas nästa gång.</translation>
    </message>
    <message>
        <source>The drafts move to this folder when Contact Editor is started again; until then they stay where they are.</source>
        <translation>Utkasten flyttas till den här mappen när Contact Editor startas nästa gång; till dess ligger de kvar där de är.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again; the drafts move along.</source>
        <translation>En ändring börjar gälla när Contact Editor startas nästa gång; utkasten flyttas med.</translation>
    </message>
    <message>
        <source>Keep drafts in</source>
        <translation>Spara utkast i</translation>
    </message>
    <message>
        <source>Remove the lists, field definitions and companies kept for working offline? They are fetched again when needed. Your drafts and unsent changes stay.</source>
        <translation>Vill du ta bort listorna, fältdefinitionerna och företagen som sparats för arbete offline? De hämtas igen när de behövs. Dina utkast och osända ändringar finns kvar.</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>Cachen kunde inte rensas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries. Drafts and unsent changes were kept.</source>
        <translation>
            <numerusform>Rensade %n cachad post. Utkast och osända ändringar behölls.</numerusform>
            <numerusform>Rensade %n cachade poster. Utkast och osända ändringar behölls.</numerusform>
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
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>UnsentChangesModel</name>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>I utkorgen</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Behöver ditt beslut</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kan inte läsas</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Inte skickad än</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Inget har ändrats</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 och %n till</numerusform>
            <numerusform>%1 och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>Re&amp;view all…</source>
        <translation>Gra&amp;nska alla…</translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation>Skicka a&amp;lla</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Osända ändringar</translation>
    </message>
    <message>
        <source>Open the selected one in a tab (Enter)</source>
        <translation>Öppna den markerade i en flik (Enter)</translation>
    </message>
    <message>
        <source>Review every unsent change before sending it</source>
        <translation>Granska varje osänd ändring innan den skickas</translation>
    </message>
    <message>
        <source>Send every unsent change to SuperOffice</source>
        <translation>Skicka alla osända ändringar till SuperOffice</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) and person(s) with changes not on the server yet.</source>
        <translation>
            <numerusform>%n företag eller kontakt med ändringar som inte finns på servern än.</numerusform>
            <numerusform>%n företag och kontakter med ändringar som inte finns på servern än.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation>Allt finns på servern.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The connection is back.</source>
        <translation>Anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Sending the outbox: %1 of %2…</source>
        <translation>Skickar utkorgen: %1 av %2…</translation>
    </message>
    <message>
        <source>Outbox: %1 saved, %2 not saved (see the review).</source>
        <translation>Utkorg: %1 sparade, %2 inte sparade (se granskningen).</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n company(ies) saved.</source>
        <translation>
            <numerusform>Utkorg: %n företag sparat.</numerusform>
            <numerusform>Utkorg: %n företag sparade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits cannot be kept on this computer in this session.</source>
        <translation>Dina ändringar kan inte sparas lokalt på den här datorn under den här sessionen.</translation>
    </message>
    <message>
        <source>Connect to your SuperOffice to start.</source>
        <translation>Anslut till ditt SuperOffice för att börja.</translation>
    </message>
    <message>
        <source>The companies of the previous connection were closed; their drafts are kept.</source>
        <translation>Företagen från den förra anslutningen stängdes; deras utkast finns kvar.</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>SuperOffice moved your tenant to %1; the editor now works there.</source>
        <translation>SuperOffice flyttade din tenant till %1; programmet arbetar nu där.</translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved work is kept on this computer.</source>
        <translation>Du är utloggad. Ditt osparade arbete finns kvar på den här datorn.</translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation>Det sparade lösenordet togs bort från nyckelringen.</translation>
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
        <translation>Redigera företag i SuperOffice CRM, online eller offline.

Vid användning från skript kan lösenordet, biljetten eller token hämtas från miljövariabeln CONTACT_EDITOR_SECRET.</translation>
    </message>
    <message>
        <source>The SuperOffice address, e.g. https://sod2.superoffice.com/Cust12345.</source>
        <translation>SuperOffice-adressen, t.ex. https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Användarnamnet.</translation>
    </message>
    <message>
        <source>How to sign in: basic, soticket, bearer or online (default basic). online signs in to SuperOffice CRM Online in the browser.</source>
        <translation>Hur du loggar in: basic, soticket, bearer eller online (standard basic). online loggar in på SuperOffice CRM Online i webbläsaren.</translation>
    </message>
    <message>
        <source>With --auth online: the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Med --auth online: applikationens klient-ID från SuperOffices utvecklarportal.</translation>
    </message>
    <message>
        <source>With --auth online: online (default), sod, stage, or the address of a sign-in service (https, or http on this computer).</source>
        <translation>Med --auth online: online (standard), sod, stage eller adressen till en inloggningstjänst (https, eller http på den här datorn).</translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation>Öppna företaget med detta ID.</translation>
    </message>
    <message>
        <source>--contact needs a company id (a positive number).</source>
        <translation>--contact kräver ett företags-ID (ett positivt tal).</translation>
    </message>
    <message>
        <source>--auth online finds the server and user by signing in; leave out --server and --user.</source>
        <translation>--auth online hittar servern och användaren vid inloggningen; utelämna --server och --user.</translation>
    </message>
    <message>
        <source>--auth online needs --client-id, the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>--auth online kräver --client-id, applikationens klient-ID från SuperOffices utvecklarportal.</translation>
    </message>
    <message>
        <source>--login must be online, sod, stage or an https address (http only on this computer).</source>
        <translation>--login måste vara online, sod, stage eller en https-adress (http bara på den här datorn).</translation>
    </message>
    <message>
        <source>--client-id and --login go with --auth online.</source>
        <translation>--client-id och --login hör ihop med --auth online.</translation>
    </message>
    <message>
        <source>--server and --user go together.</source>
        <translation>--server och --user måste användas tillsammans.</translation>
    </message>
    <message>
        <source>--auth must be basic, soticket, bearer or online.</source>
        <translation>--auth måste vara basic, soticket, bearer eller online.</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Mapp för utkast</translation>
    </message>
</context>
</TS>
